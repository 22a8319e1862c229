package structure

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLayoutVariants checks that the KISI example keeps its outline when
// its layout changes: blank lines after the signature blocks, CRLF line
// ends, and greedy hard-wrapping at 72 columns.
func TestLayoutVariants(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "..", "examples", "kisi-2023-03-24.txt"))
	if err != nil {
		t.Fatal(err)
	}
	s := newStage(t)
	orig := run(t, s, string(raw))
	variants := []struct {
		name       string
		text       string
		lostTitles int
	}{
		{"blank lines after signatures", strings.NewReplacer("Kazakhstan.\nElections", "Kazakhstan.\n\nElections",
			"Kazakhstan\nThe Multiparty", "Kazakhstan\n\nThe Multiparty", "RK\nElections", "RK\n\nElections").Replace(string(raw)), 0},
		{"crlf", strings.ReplaceAll(string(raw), "\n", "\r\n"), 0},
		{"wrapped at 72", wrap(string(raw), 72), 0},
	}
	for _, v := range variants {
		t.Run(v.name, func(t *testing.T) {
			doc := run(t, s, v.text)
			if len(doc.Sections) != len(orig.Sections) {
				t.Fatalf("%d sections, want %d", len(doc.Sections), len(orig.Sections))
			}
			lost := 0
			for i, sec := range doc.Sections {
				if sec.Title != orig.Sections[i].Title {
					lost++
				}
				var got, want []string
				for _, l := range sec.Signature {
					got = append(got, l.Text)
				}
				for _, l := range orig.Sections[i].Signature {
					want = append(want, l.Text)
				}
				if strings.Join(got, "|") != strings.Join(want, "|") {
					t.Errorf("section %d signature %q, want %q", i, got, want)
				}
			}
			if lost != v.lostTitles {
				t.Errorf("%d section titles differ from the original, want %d", lost, v.lostTitles)
			}
		})
	}
}

// wrap hard-wraps every line of text greedily at width bytes.
func wrap(text string, width int) string {
	var b strings.Builder
	for _, line := range strings.Split(text, "\n") {
		n := 0
		for i, w := range strings.Fields(line) {
			if i > 0 && n+1+len(w) > width {
				b.WriteByte('\n')
				n = 0
			} else if i > 0 {
				b.WriteByte(' ')
				n++
			}
			b.WriteString(w)
			n += len(w)
		}
		b.WriteByte('\n')
	}
	return b.String()
}
