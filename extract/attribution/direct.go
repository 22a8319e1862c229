package attribution

import (
	"strings"
	"unicode/utf8"

	"github.com/commentariat/commentariat/pipeline"
)

// sentenceEnd reports whether a lower-case token ends a sentence.
func sentenceEnd(w string) bool { return w == "." || w == "!" || w == "?" || w == "..." || w == "…" }

// sameLine reports whether no line break lies between tokens i and j
// (i < j).
func (a *annotator) sameLine(i, j int) bool {
	return !strings.Contains(a.text[a.toks[i].Span.End:a.toks[j].Span.Start], "\n")
}

// direct turns quotations with a cue, or opening a sentence right after
// another statement, into direct statements.
func (a *annotator) direct() {
	a.quotes = findQuotes(a.text, a.doc.Paragraphs)
	for _, q := range a.quotes {
		inner := trimSpan(a.text, q.inner)
		if inner.Empty() {
			continue
		}
		words := len(strings.Fields(inner.In(a.text)))
		t0 := a.tokAt(q.outer.Start)
		tEnd := a.tokAt(q.outer.End)
		if t0 >= len(a.toks) {
			continue
		}
		bs := a.sentenceStart(t0)
		embedded := bs < t0 && !strings.Contains(",:—–-", a.word(t0-1))
		if !embedded && (a.quoteAfterCue(q, inner, tEnd) || a.quoteDash(q, inner, tEnd)) || a.quoteBeforeCue(q, inner, t0, bs, words) {
			a.claimed = append(a.claimed, q.outer)
		}
	}
}

// quoteAfterCue attributes a quotation by the words after it: "...,"
// said Tulindinova / Kaliyev said / the expert noted.
func (a *annotator) quoteAfterCue(q quote, inner pipeline.Span, tEnd int) bool {
	last := strings.TrimRight(inner.In(a.text), " ")
	open := strings.HasSuffix(last, ",") || strings.HasSuffix(last, "?") || strings.HasSuffix(last, "!") ||
		strings.HasSuffix(last, "—") || strings.HasSuffix(last, "-")
	w0 := tEnd
	if w0 < len(a.toks) && a.word(w0) == "," && a.toks[w0].Span.Start == q.outer.End {
		open = true
		w0++
	}
	if !open || w0 >= len(a.toks) || strings.Contains(a.text[q.outer.End:a.toks[w0].Span.Start], "\n") {
		return false
	}
	hi := w0
	for hi < len(a.toks) && hi-w0 < 24 && !a.endsAt(hi) && !a.isQuoteTok(hi) && (hi == w0 || a.sameLine(hi-1, hi)) {
		hi++
	}
	if hi == w0 {
		return false
	}
	if base := a.cueAt(w0); base != "" {
		r, _, ok := a.speakerRight(w0, hi)
		if !ok {
			return false
		}
		a.cueUsed[w0] = true
		a.add(pipeline.Direct, inner, a.word(w0), a.toks[w0].Span, r)
		return true
	}
	for v := w0 + 1; v < hi && v-w0 < 16; v++ {
		if a.cueAt(v) == "" || !strings.HasPrefix(a.tag(v), "VB") && a.tag(v) != "NNS" {
			continue
		}
		r, s, ok := a.subjectLeft(v, w0)
		if !ok || s != w0 {
			return false
		}
		a.cueUsed[v] = true
		a.add(pipeline.Direct, inner, a.word(v), a.toks[v].Span, r)
		return true
	}
	return false
}

// quoteBeforeCue attributes a quotation by the words before it
// (Kaliyev said: "..."), or, when it opens a sentence, by the statement
// before it.
func (a *annotator) quoteBeforeCue(q quote, inner pipeline.Span, t0, bs, words int) bool {
	bEnd := t0
	if bs == bEnd && bEnd > 0 && a.word(bEnd-1) == ":" {
		// "He said:" closing the paragraph before the quotation.
		bs = a.sentenceStart(bEnd - 1)
	}
	if bs == bEnd {
		if words < 3 || !a.endsSentence(q, inner) {
			return false
		}
		a.add(pipeline.Direct, inner, "", pipeline.Span{}, ref{kind: refCarry})
		return true
	}
	lastW := a.word(bEnd - 1)
	if lastW != ":" && lastW != "," && (a.lx.cueBase(lastW) == "" || !a.endsSentence(q, inner)) {
		// "said that “...”" is reported speech quoting words: the
		// indirect pass takes the whole clause.
		return false
	}
	for v := bEnd - 1; v >= bs; v-- {
		if a.cueAt(v) == "" || a.isCap(v) && v != bs {
			continue
		}
		if a.cueUsed[v] {
			// "A," said X, "B.": the second part shares the first's cue.
			for k := len(a.cands) - 1; k >= 0; k-- {
				if c := a.cands[k]; c.st.CueSpan == a.toks[v].Span {
					a.add(pipeline.Direct, inner, c.st.Cue, c.st.CueSpan, c.ref)
					return true
				}
			}
			return false
		}
		if r, _, ok := a.subjectLeft(v, bs); ok {
			a.cueUsed[v] = true
			a.add(pipeline.Direct, inner, a.word(v), a.toks[v].Span, r)
			return true
		}
		if r, _, ok := a.speakerRight(v, bEnd); ok {
			a.cueUsed[v] = true
			a.add(pipeline.Direct, inner, a.word(v), a.toks[v].Span, r)
			return true
		}
		if a.tag(v) == "VBG" && v > bs && a.word(v-1) == "," {
			// "He defended the remark, saying, “...”"
			a.cueUsed[v] = true
			a.add(pipeline.Direct, inner, a.word(v), a.toks[v].Span, a.clauseSubject(bs, v))
			return true
		}
		return false
	}
	return false
}

// sentenceStart returns the first token of the stretch that ends at token
// t: back to the end of the sentence before, a line break or a quotation
// already attributed, at most 30 tokens.
func (a *annotator) sentenceStart(t int) int {
	bs := t
	for bs > 0 && t-bs < 30 && !a.endsAt(bs-1) && a.sameLine(bs-1, t) && !a.inClaimed(a.toks[bs-1].Span.Start) {
		bs--
	}
	return bs
}

// quoteDash attributes a quotation signed with a dash after it:
// "..." — Jane Doe.
func (a *annotator) quoteDash(q quote, inner pipeline.Span, _ int) bool {
	k := q.outer.End
	for k < len(a.text) && (a.text[k] == ' ' || a.text[k] == '\t') {
		k++
	}
	d, n := utf8.DecodeRuneInString(a.text[k:])
	if d != '—' && d != '―' && d != '–' && d != '-' {
		return false
	}
	dash := pipeline.Span{Start: k, End: k + n}
	s := a.tokAt(dash.End)
	e := s
	for e < len(a.toks) && e-s < 6 && (e == s || a.sameLine(e-1, e)) && a.word(e) != "," && !sentenceEnd(a.word(e)) && a.isCap(e) {
		e++
	}
	if e == s || s >= len(a.toks) || strings.Contains(a.text[dash.End:a.toks[s].Span.Start], "\n") {
		return false
	}
	r, ok := a.parseNP(s, e)
	if !ok || r.kind != refName && r.kind != refOrg {
		return false
	}
	a.add(pipeline.Direct, inner, string(d), dash, r)
	return true
}

// endsAt reports whether token k ends a sentence: a full stop that does
// not close an abbreviation inside parentheses ("(D-Wis.)").
func (a *annotator) endsAt(k int) bool {
	return sentenceEnd(a.word(k)) && a.word(k+1) != ")"
}

// endsSentence reports whether a quotation ends its sentence: its words
// end with a full stop, question or exclamation mark, or a full stop, a
// line break or the end of the text follows the closing mark.
func (a *annotator) endsSentence(q quote, inner pipeline.Span) bool {
	t := inner.In(a.text)
	if strings.HasSuffix(t, ".") || strings.HasSuffix(t, "?") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "…") {
		return true
	}
	rest := strings.TrimLeft(a.text[min(q.outer.End, len(a.text)):], " \t")
	return rest == "" || strings.HasPrefix(rest, "\n") || strings.HasPrefix(rest, ".") || !q.closed
}
