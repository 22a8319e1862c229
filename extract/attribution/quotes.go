package attribution

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/commentariat/commentariat/pipeline"
)

// quote is one quotation: Outer covers the marks, Inner the words between
// them. A quotation that runs over several paragraphs (each reopened with
// a mark, the last one closed) is one quote.
type quote struct {
	outer, inner pipeline.Span
	// closed is false when the text ended the quotation without a mark.
	closed bool
}

// closerOf returns the mark that closes a quotation opened by r, and
// whether r opens one.
func closerOf(r rune) (rune, bool) {
	switch r {
	case '“':
		return '”', true
	case '„':
		return '“', true
	case '«':
		return '»', true
	case '"':
		return '"', true
	case '”':
		// A closing mark typed at the start of a quotation.
		return '”', true
	}
	return 0, false
}

// findQuotes finds the quotations of text, paragraph by paragraph; paras
// are the structure stage's paragraphs (the whole text when empty).
func findQuotes(text string, paras []pipeline.Span) []quote {
	if len(paras) == 0 {
		paras = []pipeline.Span{{Start: 0, End: len(text)}}
	}
	var out []quote
	var open *quote // a quotation carried over from the paragraph before
	var closer rune
	for pi, p := range paras {
		if p.Start < 0 || p.End > len(text) || p.Start >= p.End {
			continue
		}
		if pi > 0 && p.Start < paras[pi-1].End {
			continue
		}
		i := p.Start
		if open != nil {
			r, n := markAt(text, i, p.End)
			if c, ok := closerOf(r); ok && c == closer {
				i += n // the mark that reopens the quotation
			} else {
				// Not continued: the quotation ended with its paragraph.
				out = append(out, *open)
				open = nil
			}
		}
		for i < p.End {
			// '' and `` stand for double quotation marks in some
			// newswire text; both are read as a straight mark.
			r, n := markAt(text, i, p.End)
			if open == nil {
				if c, ok := closerOf(r); ok && opensAt(text, p.Start, i, i+n) {
					open = &quote{outer: pipeline.Span{Start: i}, inner: pipeline.Span{Start: i + n}}
					closer = c
				}
			} else if r == closer && (r != '"' || closesAt(text, open.inner.Start, i, i+n)) ||
				foreignCloser(text, closer, r, open.inner.Start, i, i+n, p.End) {
				open.inner.End = i
				open.outer.End = i + n
				open.closed = true
				out = append(out, *open)
				open = nil
			}
			i += n
		}
		if open != nil {
			open.inner.End = p.End
			open.outer.End = p.End
			// Carry over only when the next paragraph reopens it.
			if pi+1 < len(paras) {
				np := paras[pi+1]
				if np.Start >= p.End && np.Start < np.End && np.End <= len(text) {
					r, _ := markAt(text, np.Start, np.End)
					if c, ok := closerOf(r); ok && c == closer {
						continue
					}
				}
			}
			out = append(out, *open)
			open = nil
		}
	}
	if open != nil {
		out = append(out, *open)
	}
	return out
}

// opensAt reports whether the mark at [i, j) can open a quotation: it
// starts the paragraph or follows a space or opening punctuation, and a
// non-space follows it.
func opensAt(text string, start, i, j int) bool {
	if j >= len(text) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(text[j:])
	if unicode.IsSpace(next) {
		return false
	}
	if i == start {
		return true
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsSpace(prev) || prev == '(' || prev == '[' || prev == '—' || prev == '–' || prev == '-' || prev == ':' || prev == '/'
}

// closesAt reports whether a straight mark at [i, j) closes the quotation
// opened at innerStart: it follows a non-space and is not followed by a
// letter.
func closesAt(text string, innerStart, i, j int) bool {
	if i <= innerStart {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	if unicode.IsSpace(prev) {
		// A thin space between a quotation inside the quotation and the
		// closing mark: "the term 'outreach,' "
		before := strings.TrimRight(text[innerStart:i], " ")
		last, _ := utf8.DecodeLastRuneInString(before)
		if len(text[len(before)+innerStart:i]) != 1 || last != '\'' && last != '’' {
			return false
		}
	}
	if j < len(text) {
		next, _ := utf8.DecodeRuneInString(text[j:])
		if unicode.IsLetter(next) || unicode.IsDigit(next) {
			return false
		}
	}
	return true
}

// foreignCloser reports whether a double mark r of the other style than
// the expected closer ends the quotation all the same: web text often
// opens with a straight mark and closes with a curly one (or the other
// way round). It does so only when the expected closer does not occur
// in the rest of the paragraph.
func foreignCloser(text string, closer, r rune, innerStart, i, j, end int) bool {
	switch {
	case closer == '"' && r == '”', closer == '”' && r == '"':
	default:
		return false
	}
	if !closesAt(text, innerStart, i, j) {
		return false
	}
	rest := text[j:end]
	if closer == '"' {
		return !strings.Contains(rest, `"`) && !strings.Contains(rest, "''")
	}
	return !strings.ContainsRune(rest, '”')
}

// markAt decodes the character at i (before end), reading ” and “ as a
// straight double quotation mark two bytes wide.
func markAt(text string, i, end int) (rune, int) {
	r, n := utf8.DecodeRuneInString(text[i:end])
	if (r == '\'' || r == '`') && i+1 < end && text[i+1] == text[i] {
		return '"', 2
	}
	return r, n
}
