package pipeline

import (
	"strings"
	"testing"
)

func TestWrapped(t *testing.T) {
	long := strings.Repeat("word ", 12) + "said"
	for _, c := range []struct {
		text      string
		end, next int
		want      bool
	}{
		{long + "\nRick May", len(long), len(long) + 1, true},
		{"Jane Doe\nSenior Expert", 8, 9, false},                 // a short line of its own
		{long + "\n\nRick May", len(long), len(long) + 2, false}, // a paragraph break
		{long + " Rick May", len(long), len(long) + 1, false},    // no line break
		{"x", 1, 5, false}, // out of range
	} {
		if got := Wrapped(c.text, c.end, c.next); got != c.want {
			t.Errorf("Wrapped(%q, %d, %d) = %v, want %v", c.text, c.end, c.next, got, c.want)
		}
	}
}
