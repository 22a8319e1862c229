package pipeline

import "strings"

// MinWrappedLine is the length in bytes from which a line that ends in the
// middle of a sentence is taken for prose wrapped at a fixed width (news
// wires wrap at 60 to 80 characters), not for a line of its own (a
// signature line, a name above a title).
const MinWrappedLine = 50

// Wrapped reports whether the space of text between byte offsets end and
// next (after one word, before the next) holds one line break that only
// wraps prose: the line it ends is MinWrappedLine bytes or longer.
func Wrapped(text string, end, next int) bool {
	if end < 0 || next > len(text) || end > next || strings.Count(text[end:next], "\n") != 1 {
		return false
	}
	start := strings.LastIndexByte(text[:end], '\n') + 1
	return end-start >= MinWrappedLine
}
