package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Bounds on how far inline Markdown constructs are looked for, so that a
// long line full of "[" or "<" stays linear.
const (
	maxLabel = 1000
	maxURL   = 2048
)

// piece is a stretch of inline text or an emphasis delimiter run.
type piece struct {
	text        string
	delim       byte // '*', '_' or '~'; 0 for text
	n           int  // delimiter characters left
	open, close bool
}

// inline renders one line of Markdown inline syntax as plain text: code
// spans keep their content, links their text, images are dropped, HTML
// tags are dropped, autolinks keep their address, backslash escapes their
// character, and paired emphasis (*, _, **, __, ~~) loses its markers.
func inline(s string) string {
	var ps []piece
	var lit strings.Builder
	flush := func() {
		if lit.Len() > 0 {
			ps = append(ps, piece{text: lit.String()})
			lit.Reset()
		}
	}
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s) && isASCIIPunct(s[i+1]):
			lit.WriteByte(s[i+1])
			i += 2
		case c == '`':
			n := runOf(s, i, '`')
			if j := closingTicks(s, i+n, n); j >= 0 {
				code := s[i+n : j]
				if len(code) >= 2 && code[0] == ' ' && code[len(code)-1] == ' ' && strings.TrimSpace(code) != "" {
					code = code[1 : len(code)-1]
				}
				lit.WriteString(code)
				i = j + n
			} else {
				lit.WriteString(s[i : i+n])
				i += n
			}
		case c == '!' && i+1 < len(s) && s[i+1] == '[':
			if end, _, ok := linkAt(s, i+1); ok {
				i = end
			} else {
				lit.WriteByte(c)
				i++
			}
		case c == '[':
			if end, label, ok := linkAt(s, i); ok {
				lit.WriteString(inline(label))
				i = end
			} else {
				lit.WriteByte(c)
				i++
			}
		case c == '<':
			if end, keep, ok := angleAt(s, i); ok {
				lit.WriteString(keep)
				i = end
			} else {
				lit.WriteByte(c)
				i++
			}
		case c == '*' || c == '_' || c == '~':
			n := runOf(s, i, c)
			before, _ := utf8.DecodeLastRuneInString(s[:i])
			after, _ := utf8.DecodeRuneInString(s[i+n:])
			if i == 0 {
				before = ' '
			}
			if i+n == len(s) {
				after = ' '
			}
			left := !unicode.IsSpace(after) && (!isPunct(after) || unicode.IsSpace(before) || isPunct(before))
			right := !unicode.IsSpace(before) && (!isPunct(before) || unicode.IsSpace(after) || isPunct(after))
			open, close := left, right
			if c == '_' { // no intraword emphasis with underscores
				open = left && (!right || isPunct(before))
				close = right && (!left || isPunct(after))
			}
			if (!open && !close) || (c == '~' && n != 2) {
				lit.WriteString(s[i : i+n])
			} else {
				flush()
				ps = append(ps, piece{delim: c, n: n, open: open, close: close})
			}
			i += n
		default:
			lit.WriteByte(c)
			i++
		}
	}
	flush()
	pairEmphasis(ps)
	var b strings.Builder
	for _, p := range ps {
		if p.delim != 0 {
			b.WriteString(strings.Repeat(string(p.delim), p.n))
		} else {
			b.WriteString(p.text)
		}
	}
	return b.String()
}

// pairEmphasis matches each closing delimiter run with the nearest open
// run of the same character before it and removes the markers they share.
func pairEmphasis(ps []piece) {
	for ci := range ps {
		c := &ps[ci]
		if c.delim == 0 || !c.close {
			continue
		}
		for oi := ci - 1; oi >= 0 && c.n > 0; oi-- {
			o := &ps[oi]
			if o.delim != c.delim || !o.open || o.n == 0 {
				continue
			}
			k := min(o.n, c.n)
			o.n -= k
			c.n -= k
		}
	}
}

// runOf returns how many times c repeats from s[i].
func runOf(s string, i int, c byte) int {
	n := 0
	for i+n < len(s) && s[i+n] == c {
		n++
	}
	return n
}

// closingTicks finds a run of exactly n backticks at or after i.
func closingTicks(s string, i, n int) int {
	for i < len(s) {
		j := strings.IndexByte(s[i:], '`')
		if j < 0 {
			return -1
		}
		j += i
		m := runOf(s, j, '`')
		if m == n {
			return j
		}
		i = j + m
	}
	return -1
}

// linkAt parses "[label](url)" or "[label][ref]" at s[i] == '['. end is
// the index just after it.
func linkAt(s string, i int) (end int, label string, ok bool) {
	close := matching(s, i, '[', ']', maxLabel)
	if close < 0 || close+1 >= len(s) {
		return 0, "", false
	}
	label = s[i+1 : close]
	switch s[close+1] {
	case '(':
		if e := matching(s, close+1, '(', ')', maxURL); e >= 0 {
			return e + 1, label, true
		}
	case '[':
		if e := matching(s, close+1, '[', ']', maxLabel); e >= 0 {
			return e + 1, label, true
		}
	}
	return 0, "", false
}

// matching returns the index of the bracket closing the one at s[i],
// looking no further than limit bytes, or -1.
func matching(s string, i int, open, close byte, limit int) int {
	depth := 0
	for j := i; j < len(s) && j-i <= limit; j++ {
		switch s[j] {
		case '\\':
			j++
		case open:
			depth++
		case close:
			depth--
			if depth == 0 {
				return j
			}
		}
	}
	return -1
}

// angleAt reads an autolink ("<https://…>", "<name@host>"), whose address
// is kept, or an HTML tag, which is dropped, at s[i] == '<'.
func angleAt(s string, i int) (end int, keep string, ok bool) {
	j := strings.IndexByte(s[i+1:min(len(s), i+1+maxURL)], '>')
	if j < 0 {
		return 0, "", false
	}
	inner := s[i+1 : i+1+j]
	end = i + 1 + j + 1
	if inner == "" || strings.ContainsAny(inner, "<\n") {
		return 0, "", false
	}
	if k := strings.Index(inner, ":"); k >= 2 && k <= 32 && isScheme(inner[:k]) && !strings.ContainsAny(inner, " \t") {
		return end, inner, true
	}
	if at := strings.IndexByte(inner, '@'); at > 0 && at < len(inner)-1 && !strings.ContainsAny(inner, " \t") {
		return end, inner, true
	}
	name := strings.TrimPrefix(inner, "/")
	if name != "" && isASCIILetter(name[0]) {
		k := 1
		for k < len(name) && (isASCIILetter(name[k]) || name[k] >= '0' && name[k] <= '9' || name[k] == '-') {
			k++
		}
		if k == len(name) || name[k] == ' ' || name[k] == '/' || name[k] == '\t' {
			return end, "", true
		}
	}
	return 0, "", false
}

func isScheme(s string) bool {
	if !isASCIILetter(s[0]) {
		return false
	}
	for i := 1; i < len(s); i++ {
		c := s[i]
		if !isASCIILetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '.' && c != '-' {
			return false
		}
	}
	return true
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func isASCIIPunct(c byte) bool {
	return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
}

func isPunct(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) }
