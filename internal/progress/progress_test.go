package progress

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestLine(t *testing.T) {
	for _, tc := range []struct {
		docs, bytes, total int64
		elapsed            time.Duration
		want               string
	}{
		{10, 2_000_000, 0, time.Second, "10 docs  2.0 MB  2.00 MB/s"},
		{10, 2_000_000, 4_000_000, time.Second, "[============            ]  50%  10 docs  2.0 MB  2.00 MB/s  ETA 1s"},
		{10, 5_000_000, 4_000_000, time.Second, "[========================] 100%  10 docs  5.0 MB  5.00 MB/s  ETA --"},
		{0, 0, 4_000_000, 0, "[                        ]   0%  0 docs  0.0 MB  0.00 MB/s  ETA --"},
	} {
		if got := Line(tc.docs, tc.bytes, tc.total, tc.elapsed); got != tc.want {
			t.Errorf("Line(%d,%d,%d,%v)\n got %q\nwant %q", tc.docs, tc.bytes, tc.total, tc.elapsed, got, tc.want)
		}
	}
}

func TestQuietWhenNotATerminal(t *testing.T) {
	var buf bytes.Buffer
	b := New(&buf, 100)
	b.Add(1, 50)
	b.Done()
	if buf.Len() != 0 || b != nil {
		t.Fatalf("drew %q on a non-terminal", buf.String())
	}
}

func TestRedrawAndClear(t *testing.T) {
	var buf bytes.Buffer
	clock := time.Unix(0, 0)
	b := newBar(&buf, 0, func() time.Time { return clock })
	clock = clock.Add(time.Second)
	b.Add(1, 1_000_000)
	b.Add(1, 1_000_000) // within the redraw interval: not drawn
	if n := strings.Count(buf.String(), "docs"); n != 1 {
		t.Fatalf("drew %d times, want 1: %q", n, buf.String())
	}
	b.Done()
	if !strings.HasSuffix(buf.String(), "\r") {
		t.Fatalf("bar not blanked: %q", buf.String())
	}
}
