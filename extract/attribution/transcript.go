package attribution

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/commentariat/commentariat/internal/english"
	"github.com/commentariat/commentariat/pipeline"
)

// maxLabelWords bounds the words of a transcript's speaker label
// ("SEN. ELIZABETH WARREN:").
const maxLabelWords = 4

// turn is one turn of a transcript: the speaker's label and what they
// said, to the end of the paragraph.
type turn struct {
	pi      int // the paragraph's index
	para    pipeline.Span
	label   pipeline.Span // "PENCE"
	full    string        // the name in full where the document gives it: "Mike Pence"
	person  bool          // the label names a person (personLabel)
	colon   pipeline.Span
	content pipeline.Span
}

// transcript finds the turns of an interview or a debate transcript: a
// paragraph that opens with a speaker's name in capitals and a colon
// ("PENCE: Well, look, ...", "SEN. WARREN: ...", after an opening
// quotation mark too) is a direct statement of that speaker, running to
// the end of the paragraph. The labels must name people: a title or a
// given name, or a surname the document writes in full elsewhere ("Mike
// Pence"); and the document must hold two turns or more, so that a lone
// heading ("UPDATE:", "FULL SPEECH:", "NATO:") is no turn. Quotations and
// cues inside a turn are the speaker's words, not statements of their own.
func (a *annotator) transcript() {
	var turns []turn
	people, seen := 0, map[string]int{}
	for pi, p := range a.doc.Paragraphs {
		if t, ok := a.turnAt(p); ok {
			t.pi = pi
			turns = append(turns, t)
			seen[t.label.In(a.text)]++
			if t.person {
				people++
			}
		}
	}
	if len(turns) < 2 || people == 0 {
		return
	}
	// In a transcript, a label that comes back is a speaker too, though
	// the document names them nowhere else (the interviewer "WALLACE").
	kept := turns[:0]
	for _, t := range turns {
		if t.person || seen[t.label.In(a.text)] >= 2 {
			kept = append(kept, t)
		}
	}
	turns = kept
	if len(turns) < 2 {
		return
	}
	// A turn of several paragraphs, each opening with a quotation mark
	// (as a quotation of several paragraphs is written), runs to the
	// next turn, an aside ("(CROSSTALK.)") or a paragraph that closes the
	// quotation.
	for i := range turns {
		t := &turns[i]
		if !opensQuoted(t.para.In(a.text)) {
			continue
		}
		next := len(a.doc.Paragraphs)
		if i+1 < len(turns) {
			next = turns[i+1].pi
		}
		for pj := t.pi + 1; pj < next; pj++ {
			prev, p := a.doc.Paragraphs[pj-1].In(a.text), a.doc.Paragraphs[pj].In(a.text)
			if closesQuoted(prev) || !opensQuoted(p) || strings.HasPrefix(strings.TrimLeft(p, " \"“'‘"), "(") {
				break
			}
			t.content.End = trimSpan(a.text, a.doc.Paragraphs[pj]).End
			t.para.End = a.doc.Paragraphs[pj].End
		}
	}
	for _, t := range turns {
		label := t.label.In(a.text)
		words := strings.Fields(label)
		var roles []string
		for len(words) > 1 && a.lx.isRole(strings.ToLower(strings.TrimSuffix(words[0], "."))) {
			roles = append(roles, singularRole(strings.ToLower(strings.TrimSuffix(words[0], "."))))
			words = words[1:]
		}
		name := nameCase(strings.Join(words, " "))
		if t.full != "" {
			name = t.full
		}
		a.add(pipeline.Direct, t.content, "transcript", t.colon,
			ref{kind: refName, text: label, span: t.label, name: name, definite: true, roles: roles})
		a.turns = append(a.turns, t.content)
		a.turnParas = append(a.turnParas, t.para)
	}
}

// turnAt reads a turn's label at the start of paragraph p.
func (a *annotator) turnAt(p pipeline.Span) (turn, bool) {
	s := p.Start
	for s < p.End {
		r, size := utf8.DecodeRuneInString(a.text[s:])
		if !unicode.IsSpace(r) && !strings.ContainsRune("\"“”«»„'‘’", r) {
			break
		}
		s += size
	}
	// up to maxLabelWords words of capitals (dots, apostrophes and
	// hyphens inside), then ":" and a space
	e, n := s, 0
	for n < maxLabelWords {
		w := e
		for w < p.End {
			c := a.text[w]
			if !('A' <= c && c <= 'Z' || w > e && (c == '.' || c == '\'' || c == '-')) {
				break
			}
			w++
		}
		if w-e < 2 && !(w-e == 1 && w < p.End && a.text[w] == '.') {
			return turn{}, false
		}
		n++
		e = w
		if e < p.End && a.text[e] == ' ' && n < maxLabelWords && e+1 < p.End && 'A' <= a.text[e+1] && a.text[e+1] <= 'Z' {
			e++
			continue
		}
		break
	}
	if e+1 >= p.End || a.text[e] != ':' || a.text[e+1] != ' ' {
		return turn{}, false
	}
	label := pipeline.Span{Start: s, End: e}
	full, person := a.personLabel(label.In(a.text))
	content := trimSpan(a.text, pipeline.Span{Start: e + 1, End: p.End})
	if content.Empty() {
		return turn{}, false
	}
	return turn{para: p, label: label, full: full, person: person, colon: pipeline.Span{Start: e, End: e + 1}, content: content}, true
}

// personLabel reports whether a transcript label in capitals names a
// person: it opens with a title or a given name ("SEN. WARREN", "HILLARY
// CLINTON"), or its last word is a surname the document writes after a
// capitalised word ("Mike Pence" for "PENCE"). It returns that full name
// when the document gives one.
func (a *annotator) personLabel(label string) (string, bool) {
	words := strings.Fields(strings.ToLower(label))
	if len(words) == 0 {
		return "", false
	}
	first := strings.TrimSuffix(words[0], ".")
	titled := len(words) > 1 && (a.lx.isRole(first) || english.GivenNames().Has(first))
	last := words[len(words)-1]
	r, size := utf8.DecodeRuneInString(last)
	title := string(unicode.ToUpper(r)) + last[size:]
	for off := 0; ; {
		i := strings.Index(a.text[off:], title)
		if i < 0 {
			return "", titled
		}
		at := off + i
		off = at + len(title)
		if off < len(a.text) {
			if r, _ := utf8.DecodeRuneInString(a.text[off:]); unicode.IsLetter(r) {
				continue // "Pences"
			}
		}
		// the capitalised words before it, titles left out: "Mike" of
		// "Gov. Mike Pence"
		start := at
		for n := 0; n < 3; n++ {
			sp, size := utf8.DecodeLastRuneInString(a.text[:start])
			if size == 0 || !unicode.IsSpace(sp) || sp == '\n' {
				break
			}
			b := start - size
			w := b
			for w > 0 {
				r, size := utf8.DecodeLastRuneInString(a.text[:w])
				if unicode.IsSpace(r) {
					break
				}
				w -= size
			}
			prev := a.text[w:b]
			if prev == "" || prev[0] < 'A' || prev[0] > 'Z' || strings.ToUpper(prev) == prev ||
				a.lx.isRole(strings.ToLower(strings.TrimSuffix(prev, "."))) || strings.ContainsAny(prev, ".,;:\"“”") {
				break
			}
			start = w
		}
		if start < at {
			return a.text[start:off], true
		}
	}
}

// overTurn reports whether span sp overlaps a transcript's turn or its
// label (a quotation mark that opens the turn's paragraph).
func (a *annotator) overTurn(sp pipeline.Span) bool {
	i := sort.Search(len(a.turnParas), func(i int) bool { return a.turnParas[i].End > sp.Start })
	return i < len(a.turnParas) && a.turnParas[i].Start < sp.End
}

// nameCase writes a name in capitals with capital initials ("WALLACE"
// -> "Wallace", "SEN. WARREN" -> "Sen. Warren").
func nameCase(s string) string {
	b := []rune(strings.ToLower(s))
	for i := range b {
		if i == 0 || b[i-1] == ' ' || b[i-1] == '-' || b[i-1] == '\'' {
			b[i] = unicode.ToUpper(b[i])
		}
	}
	return string(b)
}

// opensQuoted reports whether a paragraph opens with a quotation mark.
func opensQuoted(p string) bool {
	p = strings.TrimLeft(p, " \t\n")
	return strings.HasPrefix(p, "\"") || strings.HasPrefix(p, "“")
}

// closesQuoted reports whether a paragraph ends with a closing quotation
// mark.
func closesQuoted(p string) bool {
	p = strings.TrimRight(p, " \t\n")
	return strings.HasSuffix(p, "\"") || strings.HasSuffix(p, "”")
}
