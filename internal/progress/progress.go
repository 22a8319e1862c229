// Package progress draws a one-line progress bar for long runs on a
// terminal: documents done, megabytes, throughput and time left. When its
// output is not a terminal (a pipe, a file, CI) it draws nothing, so logs
// stay clean.
package progress

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"
)

// Bar is a progress bar. Its methods are safe for concurrent use; a nil *Bar
// is valid and draws nothing.
type Bar struct {
	w        io.Writer
	total    int64 // bytes expected, 0 when unknown
	start    time.Time
	interval time.Duration
	now      func() time.Time

	mu    sync.Mutex
	docs  int64
	bytes int64
	last  time.Time
	width int // of the last line drawn, to blank it
}

// New returns a Bar drawing to w when w is a terminal, or nil (a bar that
// draws nothing) otherwise. total is the number of input bytes expected, or
// 0 when unknown (the bar then shows no percentage or time left).
func New(w io.Writer, total int64) *Bar {
	if !IsTerminal(w) {
		return nil
	}
	return newBar(w, total, time.Now)
}

func newBar(w io.Writer, total int64, now func() time.Time) *Bar {
	return &Bar{w: w, total: total, start: now(), interval: 100 * time.Millisecond, now: now}
}

// IsTerminal reports whether w is a character device such as a terminal.
func IsTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// Add records docs more documents and n more input bytes done, redrawing
// at most ten times a second.
func (b *Bar) Add(docs, n int64) {
	if b == nil {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.docs += docs
	b.bytes += n
	if t := b.now(); t.Sub(b.last) >= b.interval {
		b.last = t
		b.draw(t)
	}
}

// Clear blanks the bar's line, so that a message can be printed in its
// place; the next Add draws it again.
func (b *Bar) Clear() {
	if b == nil {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.blank()
}

// Done blanks the bar for good.
func (b *Bar) Done() { b.Clear() }

func (b *Bar) blank() {
	if b.width > 0 {
		fmt.Fprintf(b.w, "\r%s\r", strings.Repeat(" ", b.width))
		b.width = 0
	}
}

func (b *Bar) draw(t time.Time) {
	line := Line(b.docs, b.bytes, b.total, t.Sub(b.start))
	b.blank()
	fmt.Fprint(b.w, line)
	b.width = len(line)
}

// Line formats a progress line: documents, megabytes, throughput and, when
// total is known, a bar with percentage and estimated time left.
func Line(docs, bytes, total int64, elapsed time.Duration) string {
	mb := float64(bytes) / 1e6
	rate := 0.0
	if s := elapsed.Seconds(); s > 0 {
		rate = mb / s
	}
	head := fmt.Sprintf("%d docs  %.1f MB  %.2f MB/s", docs, mb, rate)
	if total <= 0 {
		return head
	}
	frac := min(float64(bytes)/float64(total), 1)
	const width = 24
	filled := int(frac * width)
	bar := strings.Repeat("=", filled) + strings.Repeat(" ", width-filled)
	eta := "--"
	if rate > 0 && frac < 1 {
		left := time.Duration((float64(total-bytes) / 1e6 / rate) * float64(time.Second))
		eta = left.Round(time.Second).String()
	}
	return fmt.Sprintf("[%s] %3.0f%%  %s  ETA %s", bar, frac*100, head, eta)
}
