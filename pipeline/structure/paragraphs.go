package structure

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/commentariat/commentariat/internal/names"
	"github.com/commentariat/commentariat/pipeline"
)

// line is one line of the text: its trimmed content span, the width of its
// leading indentation and its length in runes (indentation included).
type line struct {
	span   pipeline.Span // content, trimmed; empty for a blank line
	indent int
	runes  int
}

func (l line) blank() bool { return l.span.Empty() }

// splitLines cuts text at "\n" into lines whose spans exclude surrounding
// white space.
func splitLines(text string, out []line) []line {
	for start := 0; start <= len(text); {
		end := start
		for end < len(text) && text[end] != '\n' {
			end++
		}
		sp := trimSpace(text, pipeline.Span{Start: start, End: end})
		l := line{span: sp}
		if !sp.Empty() {
			l.indent = utf8.RuneCountInString(text[start:sp.Start])
			l.runes = l.indent + utf8.RuneCountInString(text[sp.Start:sp.End])
		}
		out = append(out, l)
		start = end + 1
	}
	return out
}

// trimSpace narrows sp to exclude surrounding Unicode white space.
func trimSpace(text string, sp pipeline.Span) pipeline.Span {
	for sp.Start < sp.End {
		c := text[sp.Start]
		if c < utf8.RuneSelf {
			if c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\f' && c != '\v' {
				break
			}
			sp.Start++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[sp.Start:sp.End])
		if !unicode.IsSpace(r) {
			break
		}
		sp.Start += n
	}
	for sp.End > sp.Start {
		c := text[sp.End-1]
		if c < utf8.RuneSelf {
			if c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\f' && c != '\v' {
				break
			}
			sp.End--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(text[sp.Start:sp.End])
		if !unicode.IsSpace(r) {
			break
		}
		sp.End -= n
	}
	return sp
}

// layout describes how the text is laid out on lines.
type layout struct {
	// wrapped is set for hard-wrapped text: most lines end near a fixed
	// width, so a line break inside a block is not a paragraph break.
	wrapped bool
	// width is the wrap width in runes, estimated low: the 90th
	// percentile of line lengths.
	width int
	// indented is set when paragraphs start with an indented line.
	indented bool
	// first is the index of the first non-blank line.
	first int
}

// detectLayout decides whether the text is hard-wrapped. It is when the
// 90th percentile of non-blank line lengths (the wrap width) is between 40
// and 110 runes, at least a quarter of the lines (and two or more) end
// within the last 30% of that width, hardly any run past it, and most of
// those near-full lines break inside a sentence. Text that keeps a
// paragraph on one line has a long, scattered length distribution, and its
// lines end with full stops.
func detectLayout(text string, lines []line) layout {
	var hist [128]int // lengths capped at 127
	n, indentedStarts := 0, 0
	for i, l := range lines {
		if l.blank() {
			continue
		}
		n++
		hist[min(l.runes, len(hist)-1)]++
		if l.indent >= 2 && i > 0 && !lines[i-1].blank() {
			indentedStarts++
		}
	}
	if n < 3 {
		return layout{}
	}
	p90, acc := 0, 0
	for w, c := range hist {
		acc += c
		if acc*10 >= n*9 {
			p90 = w
			break
		}
	}
	if p90 < 40 || p90 > 110 {
		return layout{}
	}
	near, over, open := 0, 0, 0
	for _, l := range lines {
		w := l.runes
		if l.blank() {
			continue
		}
		if w*100 > p90*115+300 {
			over++
			continue
		}
		if w*10 >= p90*7 && w <= p90+3 {
			near++
			if !finishes(text[l.span.Start:l.span.End]) {
				open++
			}
		}
	}
	if near < 2 || near*100 < n*25 || over*20 > n || open*2 < near {
		return layout{}
	}
	first := 0
	for first < len(lines) && lines[first].blank() {
		first++
	}
	return layout{wrapped: true, width: p90, indented: indentedStarts >= 2, first: first}
}

// paragraphs groups lines into paragraph spans.
//
// Blank lines always separate paragraphs. In text that is not hard-wrapped
// every line is a paragraph of its own (a title, a signature line, a one-line
// quote), except that a dateline ending in a dash ("ASTANA, March 24
// (Reuters) -") stays with the line it introduces and a line break inside a
// sentence (see midSentence) joins. In hard-wrapped text lines are joined,
// and a new paragraph starts at an indented line and after a line that
// stopped early: one the next line's first word would still have fitted on
// (see joins).
func (lx *Lexicon) paragraphs(text string, lines []line, lay layout, out []pipeline.Span) []pipeline.Span {
	cur := pipeline.Span{Start: -1}
	flush := func() {
		if cur.Start >= 0 {
			out = append(out, cur)
		}
		cur = pipeline.Span{Start: -1}
	}
	base := 0  // least indentation of the current blank-separated block
	block := 0 // first line of the current blank-separated block
	for i, l := range lines {
		if l.blank() {
			flush()
			continue
		}
		if i == 0 || lines[i-1].blank() {
			block, base = i, l.indent
			for _, m := range lines[i+1:] {
				if m.blank() {
					break
				}
				base = min(base, m.indent)
			}
		}
		if cur.Start >= 0 && !lx.joins(text, lines, i, lay, base, block) {
			flush()
		}
		if cur.Start < 0 {
			cur.Start = l.span.Start
		}
		cur.End = l.span.End
	}
	flush()
	return out
}

// joins reports whether line i continues the paragraph of line i-1 (which
// is not blank); base is the least indentation of their block and block
// the index of its first line.
//
// In hard-wrapped text a paragraph ends before an indented line and
// between two short lines (under 60% of the width) unless the break falls
// inside a sentence (see midSentence); a short line after a
// finished sentence, followed by another short line or by the end of the
// block, starts a paragraph of its own (a signature under the text). With
// indented paragraph starts (newswire copy), a paragraph also ends after a
// short line that finishes a sentence.
//
// Without indentation, a line that stopped although the next line's first
// word would have fitted on it ends its paragraph: a wrapping editor only
// breaks early at a paragraph's end; but not inside a sentence (see
// midSentence), as the width of wire copy varies.
//
// Either way the first line of the text, when it does not finish a
// sentence, is joined to a long next line: newswire copy often starts with
// the short rest of a line whose dateline was cut off ("Champion Products
// Inc said its").
func (lx *Lexicon) joins(text string, lines []line, i int, lay layout, base, block int) bool {
	prev, l := lines[i-1], lines[i]
	ptext, ltext := text[prev.span.Start:prev.span.End], text[l.span.Start:l.span.End]
	if firmRunOn(ptext, ltext) {
		return true
	}
	if !lay.wrapped {
		return endsWithDash(ptext) || lx.midSentence(ptext, ltext)
	}
	if l.indent > base && l.indent >= 2 {
		return false
	}
	short := lay.width * 6 / 10
	if i-1 == block && block == lay.first && !finishes(ptext) && l.runes >= short {
		return true
	}
	if prev.runes < short && l.runes < short {
		// two short lines, unless the break falls inside a sentence
		// ("Mercury Entertainment Corp said it" / "expects improved
		// results in 1987."), which a table's rows do not ("Shr profit
		// three cts vs loss two cts" / "net profit 157,500 vs ...")
		return !finishes(ptext) && lx.midSentence(ptext, ltext) && !strings.Contains(ptext, " vs ") && !strings.Contains(ltext, " vs ")
	}
	next := i+1 == len(lines) || lines[i+1].blank() || lines[i+1].runes < short
	if l.runes < short && finishes(ptext) && next {
		return false
	}
	if lay.indented {
		return prev.runes >= short || !finishes(ptext)
	}
	if !finishes(ptext) && lx.midSentence(ptext, ltext) {
		return true // "supplies, will" / "distribute its tape drive.": the wrap width varies
	}
	return prev.runes+1+firstWordRunes(ltext) > lay.width
}

// firmRunOn reports whether a line break falls inside a company's name:
// prev ends with a capitalised word and next opens with the legal form
// that ends the name ("International Business Machines" / "Corp said
// it will ship", "led by First Boston" / "Inc <FBC>, ..."), which opens
// no sentence.
func firmRunOn(prev, next string) bool {
	w := prev[strings.LastIndexAny(prev, " \t\n")+1:]
	if !unicode.IsUpper(firstRune(w)) {
		return false
	}
	first := next
	if i := strings.IndexAny(next, " \t,"); i >= 0 {
		first = next[:i]
	}
	return len(first) > 1 && unicode.IsUpper(firstRune(first)) && names.CompanyForm(first)
}

// firstWordRunes returns the length in runes of the first word of s.
func firstWordRunes(s string) int {
	n := 0
	for _, r := range s {
		if r == ' ' || r == '\t' {
			break
		}
		n++
	}
	return n
}

// midSentence reports whether a line break between prev and next falls
// inside a sentence: prev ends with an article or possessive ("Cybertek
// said it is forming a" / "General Products division"), or next starts
// with a lower-case word and either prev ends with a lower-case word, a
// number or a comma, or next's first word is not a connector such as "of"
// ("Holding BV of Rotterdam" / "said it has licensed ..."). A wrapped
// signature line ("KISI under the President" / "of the Republic of
// Kazakhstan") stays a line of its own.
func (lx *Lexicon) midSentence(prev, next string) bool {
	last, _ := utf8.DecodeLastRuneInString(prev)
	w := prev[strings.LastIndexAny(prev, " \t\n")+1:]
	if lx.lookup(w)&clDeterminer != 0 {
		return true
	}
	if !unicode.IsLower(firstRune(next)) {
		return false
	}
	if last == ',' || last == ';' {
		return true
	}
	if r := firstRune(w); unicode.IsLower(r) || unicode.IsDigit(r) && unicode.IsDigit(last) {
		return true
	}
	first := next
	if i := strings.IndexAny(next, " \t"); i >= 0 {
		first = next[:i]
	}
	return lx.lookup(first)&(clConnector|clFunction) == 0
}

// finishes reports whether s ends a sentence: it ends with sentence-final
// punctuation that does not close an abbreviation or an initial ("U.S.",
// "J.").
func finishes(s string) bool {
	if !endsSentence(s) {
		return false
	}
	i := len(s)
	for i > 0 && s[i-1] != ' ' && s[i-1] != '\n' {
		i--
	}
	w := strings.TrimFunc(s[i:], notWordRune)
	return !isAbbrev(w) || w == ""
}

// endsWithDash reports whether s ends with a dash set off by a space, as a
// news dateline does.
func endsWithDash(s string) bool {
	for _, d := range []string{" -", " --", " –", " —"} {
		if len(s) > len(d) && s[len(s)-len(d):] == d {
			return true
		}
	}
	return false
}

// endsSentence reports whether s ends with sentence-final punctuation,
// possibly followed by closing quotes or brackets.
func endsSentence(s string) bool {
	for len(s) > 0 {
		r, n := utf8.DecodeLastRuneInString(s)
		switch r {
		case '"', '\'', '”', '’', ')', ']', '»':
			s = s[:len(s)-n]
			continue
		case '.', '!', '?', '…':
			return true
		}
		return false
	}
	return false
}
