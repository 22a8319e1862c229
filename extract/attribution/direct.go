package attribution

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/commentariat/commentariat/internal/names"
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
		if inner.Empty() || a.overTurn(q.outer) {
			continue // a quotation inside a transcript's turn is the speaker's
		}
		words := len(strings.Fields(inner.In(a.text)))
		t0 := a.tokAt(q.outer.Start)
		tEnd := a.tokAt(q.outer.End)
		if t0 >= len(a.toks) {
			continue
		}
		bs := a.sentenceStart(t0)
		embedded := bs < t0 && !strings.Contains(",:—–-", a.word(t0-1))
		if !embedded && (a.quoteAfterCue(q, inner, t0, bs, tEnd) || a.quoteDash(q, inner, tEnd)) || a.quoteBeforeCue(q, inner, t0, bs, words) {
			a.claimed = append(a.claimed, q.outer)
		}
	}
	if len(a.turns) > 0 {
		a.claimed = append(a.claimed, a.turns...)
		slices.SortFunc(a.claimed, func(x, y pipeline.Span) int { return x.Start - y.Start })
	}
}

// quoteAfterCue attributes a quotation by the words after it: "...,"
// said Tulindinova / Kaliyev said / the expert noted.
func (a *annotator) quoteAfterCue(q quote, inner pipeline.Span, t0, bs, tEnd int) bool {
	// A quotation inside the quotation may close with it: "... the
	// term 'outreach,' " he said.
	last := strings.TrimRight(inner.In(a.text), " '’‘")
	open := strings.HasSuffix(last, ",") || strings.HasSuffix(last, "?") || strings.HasSuffix(last, "!") ||
		strings.HasSuffix(last, "—") || strings.HasSuffix(last, "-")
	w0 := tEnd
	if w0 < len(a.toks) && a.word(w0) == "," && a.toks[w0].Span.Start == q.outer.End {
		open = true
		w0++
	}
	if !open && w0+1 < len(a.toks) && a.cueAt(w0) != "" && strings.HasPrefix(a.tag(w0), "VB") && !a.isCap(w0) && (a.isCap(w0+1) || a.tag(w0+1) == "DT") {
		open = true // a comma left out: "... their obituary" said Niel Ransom
	}
	if !open && bs == t0 && w0+2 < len(a.toks) && (subjectPronouns[a.word(w0)] || a.tag(w0) == "NNP" && a.isCap(w0)) && a.cueAt(w0+1) != "" &&
		strings.HasPrefix(a.tag(w0+1), "VB") && a.endsAt(w0+2) && len(strings.Fields(last)) >= 3 {
		// and before the subject, the quotation a sentence of its own:
		// "“... a very nervous market” he said."
		open = true
	}
	if !open || w0 >= len(a.toks) {
		return false
	}
	if gap := a.text[q.outer.End:a.toks[w0].Span.Start]; strings.Contains(gap, "\n") && !pipeline.Wrapped(a.text, q.outer.End, a.toks[w0].Span.Start) {
		return false // the cue may open the next line of wrapped prose only
	}
	hi := w0
	for hi < len(a.toks) && hi-w0 < 24 && !a.endsAt(hi) && !a.isQuoteTok(hi) && (hi == w0 || a.sameLine(hi-1, hi) || pipeline.Wrapped(a.text, a.toks[hi-1].Span.End, a.toks[hi].Span.Start)) {
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
		a.leadPart(bs, t0, a.word(w0), a.toks[w0].Span, r)
		return true
	}
	for v := w0 + 1; v < hi && v-w0 < 16; v++ {
		// (a past form the tagger read as a noun is the verb all the
		// same: "the 21-year-old/JJ told/NN Cadena Cope")
		if a.cueAt(v) == "" || !strings.HasPrefix(a.tag(v), "VB") && a.tag(v) != "NNS" &&
			!(a.tag(v) == "NN" && a.word(v) != a.cueAt(v) && !strings.HasSuffix(a.word(v), "s")) {
			continue
		}
		if a.relativeWho(v, w0) > w0 {
			continue // "one official, who asked not to be identified, told Reuters"
		}
		if r, ok := a.quotedAs(v, w0); ok {
			// "“...,” the NRC quoted the official as saying."
			a.cueUsed[v] = true
			a.add(pipeline.Direct, inner, a.word(v), a.toks[v].Span, r)
			return true
		}
		r, s, ok := a.subjectLeft(v, w0)
		if !ok || s != w0 {
			// "a narrator in the Clinton ad asks."
			if r, ok = a.headNP(w0, v); !ok {
				return false
			}
		}
		a.cueUsed[v] = true
		a.add(pipeline.Direct, inner, a.word(v), a.toks[v].Span, r)
		a.leadPart(bs, t0, a.word(v), a.toks[v].Span, r)
		return true
	}
	return false
}

// leadPart records the words that open a sentence before a quotation
// attributed by a cue, when they are part of what is reported rather
// than an introduction: "With thousands of systems, “there is no single
// point of failure,” he said" or "So when the deal came, Mr. Barrett
// said, “we were floored.”" The lead, tokens [bs, end) with end a comma,
// becomes an indirect statement sharing the quotation's cue, so that
// the two read as one attribution.
func (a *annotator) leadPart(bs, end int, cue string, cueSpan pipeline.Span, r ref) {
	if end-1 <= bs || a.word(end-1) != "," || a.isQuoteTok(bs) {
		return
	}
	if bs > 0 && !a.endsAt(bs-1) && !a.quoteEndsAt(bs-1) && a.sameLine(bs-1, bs) {
		// Not the start of the sentence: the lead would be cut.
		return
	}
	end--
	for j := bs; j < end; j++ {
		if a.cueAt(j) != "" && strings.HasPrefix(a.tag(j), "VB") || a.cueUsed[j] || a.word(j) == ":" {
			return
		}
	}
	if a.tag(bs) == "IN" || a.tag(bs) == "VBG" {
		// "In remarks prepared for a speech before the Economic Club,
		// Roderick said, “...”": where the words were said, not what
		for j := bs; j < end; j++ {
			if settingNouns[a.word(j)] {
				return
			}
		}
	}
	lead := a.unclaimed(a.span(bs, end))
	if a.words(lead) < 3 || lead.Start != a.toks[bs].Span.Start {
		return
	}
	a.add(pipeline.Indirect, lead, cue, cueSpan, r)
}

// clauseLead reports whether tokens [bs, e), before the subject of a cue
// that a quotation follows, are a subordinate clause that belongs to what
// is reported ("So when the deal came, Mr. Barrett said, “we were
// floored.”"), not a participle's or a preposition's phrase about the
// speaker or the occasion ("Speaking to the Heritage Foundation, Heller
// said", "After an extraordinary expense, ...").
func (a *annotator) clauseLead(bs, e int) bool {
	k := bs
	if w := a.word(k); w == "so" || w == "but" || w == "and" {
		k++
	}
	switch a.word(k) {
	case "when", "if", "because", "although", "though", "while", "unless", "since", "once", "whether", "until":
	default:
		return false
	}
	for j := k + 1; j < e; j++ {
		if finiteTag(a.tag(j)) {
			return true
		}
	}
	return false
}

// settingNouns name the occasion or the medium of what is said ("in a
// speech", "at a news conference", "speaking on television").
var settingNouns = map[string]bool{
	"speech": true, "speeches": true, "remarks": true, "address": true, "interview": true, "statement": true,
	"conference": true, "briefing": true, "hearing": true, "testimony": true, "letter": true, "meeting": true,
	"session": true, "broadcast": true, "programme": true, "program": true, "appearance": true, "debate": true,
	"rally": true, "communique": true, "message": true, "article": true, "column": true, "editorial": true,
	"memo": true, "lecture": true, "seminar": true, "forum": true, "symposium": true, "luncheon": true,
	"dinner": true, "television": true, "radio": true, "newspaper": true, "magazine": true, "report": true,
}

// headNP reads tokens [s, e), the subject of a cue verb at e, as a noun
// phrase with prepositional phrases after its head ("a narrator in the
// Clinton ad", "the head of the party in Ohio"): the head phrase, before
// the first preposition, is the reference.
func (a *annotator) headNP(s, e int) (ref, bool) {
	if e-s > 12 {
		return ref{}, false
	}
	p := -1
	for k := s; k < e; k++ {
		t := a.tag(k)
		switch {
		case t == "IN" && k > s:
			if p < 0 {
				p = k
			}
		case npTag(t) || t == "PRP" || t == "CC" || t == "NNP" || t == "NNPS":
		default:
			return ref{}, false
		}
	}
	if p < 0 {
		return ref{}, false
	}
	r, ok := a.parseNP(s, p)
	if !ok || r.kind == refPronoun || !r.span.Empty() && r.span.Start != a.toks[s].Span.Start && r.kind == refDescriptor {
		return ref{}, false
	}
	return r, true
}

// namingParticiple reports whether token v, in a sentence opening at bs,
// is a participle of naming after the noun it names ("a work in progress
// called", "links, called", "a service from Europe called"), whose
// quotation is a name given, not words said; not a verb of naming with
// its subject ("A UAW spokesman called “premature” ...", "Arabs, who
// he called “suicide bombers”", "what Variety called “...”").
func (a *annotator) namingParticiple(v, bs int) bool {
	if !namingWords[a.word(v)] {
		return false
	}
	s, ok := a.npLeft(v-1, bs)
	if !ok {
		return true
	}
	if s == bs {
		return false
	}
	p := s - 1
	switch w := a.word(p); {
	case w == "which" || w == "who" || w == "whom" || w == "what" || w == "that":
		return false
	case w == ",", a.tag(p) == "IN", a.tag(p) == "TO", strings.HasPrefix(a.tag(p), "VB"):
		return true
	}
	return false
}

// namingWords are the forms of verbs that give a name, which a quotation
// right after them may be ("called “ipodder”").
var namingWords = map[string]bool{
	"called": true, "dubbed": true, "named": true, "labelled": true, "labeled": true, "termed": true,
	"titled": true, "entitled": true, "nicknamed": true, "branded": true, "christened": true,
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
	if lastW == "," && a.word(bEnd-2) == "that" {
		// "said that, “...”": reported speech, as below.
		return false
	}
	if a.namingParticiple(bEnd-1, bs) {
		// "a work in progress called “ipodder”": a name given, not
		// words said
		return false
	}
	if lastW != ":" && lastW != "," && (a.lx.cueBase(lastW) == "" || !a.endsSentence(q, inner)) {
		// "said that “...”" is reported speech quoting words: the
		// indirect pass takes the whole clause.
		return false
	}
	for v := bEnd - 1; v >= bs; v-- {
		if a.word(v) == "that" && v+2 < bEnd {
			// "acknowledged that there are "some people" who feel that
			// way, "but not ..."": the quotation is part of a reported
			// clause, which the indirect pass takes whole.
			return false
		}
		if a.cueAt(v) == "" || a.isCap(v) && v != bs {
			continue
		}
		if a.reportedBefore(v, bs) {
			// "Munim said Bangladesh feared a drop in prices, “which
			// will affect our earnings”": the cue is inside what another
			// cue reports, which the indirect pass takes whole.
			return false
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
		if lastW == "," && a.clauseBetween(v+1, bEnd-1) {
			// "Mousavi said the security of the Gulf had nothing to do
			// with the U.S. But Iran would defend the Gulf, “even ...”":
			// the quotation ends what the cue reports, which the
			// indirect pass takes whole.
			return false
		}
		if r, subj, ok := a.subjectLeft(v, bs); ok {
			a.cueUsed[v] = true
			a.add(pipeline.Direct, inner, a.word(v), a.toks[v].Span, r)
			if lastW == "," && a.clauseLead(bs, subj) {
				a.leadPart(bs, subj, a.word(v), a.toks[v].Span, r)
			}
			return true
		}
		if s, ok := a.npLeft(v-1, bs); ok && lastW == "," && s > bs && a.word(s-1) == "as" {
			// "But as State Treasurer Ann Richards said last Thursday,
			// “...”": a comment clause before the quotation
			if r, ok := a.parseNP(s, v); ok && (r.kind == refName || r.kind == refOrg || r.kind == refDescriptor) {
				a.cueUsed[v] = true
				a.add(pipeline.Direct, inner, a.word(v), a.toks[v].Span, r)
				return true
			}
		}
		if r, _, ok := a.speakerRight(v, bEnd); ok {
			a.cueUsed[v] = true
			a.add(pipeline.Direct, inner, a.word(v), a.toks[v].Span, r)
			return true
		}
		if c := a.skipAdverbs(v-1, bs); c > bs && (a.word(c) == "and" || a.word(c) == "but") {
			// "I laughed and said, “...”", "She urges her husband to come
			// out and repeatedly says, “...”": the subject of the clause
			// before
			lo := bs
			if n := a.toks[c].Sentence; n >= 0 && n < len(a.doc.Sentences) && a.doc.Sentences[n].TokenStart < lo {
				lo = a.doc.Sentences[n].TokenStart // the sentence, not the line it wraps onto
			}
			if r := a.nearestSubject(lo, c); r.kind != refCarry {
				a.cueUsed[v] = true
				a.add(pipeline.Direct, inner, a.word(v), a.toks[v].Span, r)
				return true
			}
		}
		if (lastW == ":" || lastW == ",") && v-2 > bs && a.word(v-1) == "to" && a.tag(v) == "VB" && a.lightBefore(v-2, bs) {
			// "He went on to say: “...”": the subject of the light verb
			if r := a.clauseSubject(bs, v-1); r.kind != refCarry {
				a.cueUsed[v] = true
				a.add(pipeline.Direct, inner, a.word(v), a.toks[v].Span, r)
				return true
			}
		}
		if r, ok := a.quotedAs(v, bs); ok {
			// "The company quoted Boyd Jefferies as saying, “...”"
			a.cueUsed[v] = true
			a.add(pipeline.Direct, inner, a.word(v), a.toks[v].Span, r)
			return true
		}
		if v > bs && (a.tag(v) == "VBG" || strings.HasSuffix(a.word(v), "ing")) {
			switch w := a.word(v - 1); {
			case w == "," || w == "before" || w == "after" || w == "while" || w == "when" || w == "by":
				// "He defended the remark, saying, “...”", "sings to
				// Clinton before asking her, “...”"; after an inverted
				// cue, its speaker: "U.S. banks have half the seats, he
				// said, adding “...”"
				lo := bs
				if u := v - 2; w == "," && u > bs && a.cueAt(u) != "" && finiteTag(a.tag(u)) {
					for c := u - 1; c > bs; c-- {
						if a.word(c) == "," {
							lo = c
							break
						}
					}
				} else if u := v - 2; w == "," && u-1 > bs && a.tag(u) == "NNP" && a.cueAt(u-1) != "" && a.word(u-2) == "," {
					lo = u - 2 // "..., said Smith, adding “...”"
				}
				a.cueUsed[v] = true
				a.add(pipeline.Direct, inner, a.word(v), a.toks[v].Span, a.clauseSubject(lo, v))
				return true
			default:
				// "footage of Hillary Clinton asking, “...”"
				if s, ok := a.npLeft(v-1, bs); ok {
					if r, ok := a.parseNP(s, v); ok && r.kind == refName {
						a.cueUsed[v] = true
						a.add(pipeline.Direct, inner, a.word(v), a.toks[v].Span, r)
						return true
					}
				}
			}
		}
		return false
	}
	return false
}

// clauseBetween reports whether tokens [s, e) outside quotations hold a
// finite verb: a clause between a cue and a quotation, not an audience or
// an adverbial ("told reporters after meeting the envoy").
func (a *annotator) clauseBetween(s, e int) bool {
	for k := s; k < e; k++ {
		if finiteTag(a.tag(k)) && !a.inQuote(a.toks[k].Span.Start) {
			return true
		}
	}
	return false
}

// reportedBefore reports whether a verb of saying before token v, with no
// comma between, reports the clause that v is the first verb of ("said
// Bangladesh feared ..."), v not joined to it by "and" or "but".
func (a *annotator) reportedBefore(v, bs int) bool {
	if c := a.skipAdverbs(v-1, bs); c >= bs && (a.word(c) == "and" || a.word(c) == "but") {
		return false // a verb of its own: "said sales rose and added, “...”"
	}
	for u := v - 1; u >= bs; u-- {
		switch {
		case a.word(u) == "," || a.isQuoteTok(u):
			return false
		case a.cueAt(u) != "" && finiteTag(a.tag(u)) && !a.cueUsed[u]:
			// v the first verb of the clause u reports, not "concludes
			// with footage of Trump saying"
			if a.tag(u+1) == "IN" && a.word(u+1) != "that" {
				return false
			}
			for k := u + 1; k < v; k++ {
				if finiteTag(a.tag(k)) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// lightBefore reports whether token k, or the one before it when k is a
// particle or an adverb ("went on", "then went"), is a light verb: "went
// on to say", "took to the radio to accuse" are the subject's words.
func (a *annotator) lightBefore(k, lo int) bool {
	if k > lo && (a.word(k) == "on" || a.tag(k) == "RP") {
		k--
	}
	return lightVerbs[a.word(a.skipAdverbs(k, lo))]
}

// nearestSubject returns the subject of the clause that a coordinated
// verb of saying at token c+1 shares ("Melton declined to give volumes,
// but said", "I laughed and said"): the sentence's first finite verb's,
// past an opening subordinate clause ("When my mother mentioned it, I
// laughed and said": "I"), or a reference to the statement before when
// there is none.
func (a *annotator) nearestSubject(lo, c int) ref {
	start := lo
	for k := lo; k < c && k-lo <= 4; k++ {
		if w := a.word(k); w == "when" || w == "if" || w == "as" || w == "after" || w == "before" || w == "while" || w == "although" || w == "though" || w == "once" || w == "because" || w == "since" {
			// a leading subordinate clause: the main clause starts
			// after its comma
			for j := k + 1; j < c; j++ {
				if a.word(j) == "," {
					start = j + 1
					break
				}
			}
			break
		}
	}
	return a.clauseSubject(start, c)
}

// skipAdverbs returns the first token at or before k, not before lo,
// that is no adverb ("and repeatedly says": "and").
func (a *annotator) skipAdverbs(k, lo int) int {
	for k > lo && a.tag(k) == "RB" {
		k--
	}
	return k
}

// sentenceStart returns the first token of the stretch that ends at token
// t: back to the end of the sentence before, a line break or a quotation
// already attributed, at most 30 tokens. A line break inside a paragraph
// of wrapped prose does not end it ("Brian Kissack, president of the
// Foreign Banks Association,\ntold Reuters, “...”").
func (a *annotator) sentenceStart(t int) int {
	bs, first := t, 0
	if n := a.toks[t].Sentence; n >= 0 && n < len(a.doc.Sentences) {
		first = a.doc.Sentences[n].TokenStart
	}
	for bs > first && t-bs < 30 && !a.endsAt(bs-1) && !a.quoteEndsAt(bs-1) && !a.inClaimed(a.toks[bs-1].Span.Start) &&
		(a.sameLine(bs-1, bs) || a.wrappedIn(bs-1, bs)) && !a.formEnds(bs-1, bs) {
		bs--
	}
	return bs
}

// formEnds reports whether token i, a company's abbreviated legal form
// with its period, ends a sentence the segmenter ran on into a quotation
// at token j ("said Thomas Bradley of Richardson Greenshields of Canada
// Ltd. “Clearly, ...”").
func (a *annotator) formEnds(i, j int) bool {
	w := a.tokText(i)
	return strings.HasSuffix(w, ".") && names.CompanyForm(w) && a.isQuoteTok(j)
}

// wrappedIn reports whether the line break between tokens i and j only
// wraps prose: both are in one paragraph, as the structure stage found
// paragraphs, and the line before is long enough (pipeline.Wrapped).
func (a *annotator) wrappedIn(i, j int) bool {
	return a.paragraphAt(a.toks[i].Span.Start) == a.paragraphAt(a.toks[j].Span.Start) &&
		pipeline.Wrapped(a.text, a.toks[i].Span.End, a.toks[j].Span.Start)
}

// quoteDash attributes a quotation signed with a dash after it:
// "..." — Jane Doe.
func (a *annotator) quoteDash(q quote, inner pipeline.Span, _ int) bool {
	k := q.outer.End
	for k < len(a.text) {
		r, n := utf8.DecodeRuneInString(a.text[k:])
		if r == '\n' || !unicode.IsSpace(r) {
			break
		}
		k += n // spaces, tabs and no-break spaces
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
// not close an abbreviation inside parentheses ("(D-Wis.)"), before a
// comma ("McConnell, R-Ky., said") or of an initial.
func (a *annotator) endsAt(k int) bool {
	return sentenceEnd(a.word(k)) && a.word(k+1) != ")" && !(a.word(k) == "." && a.word(k+1) == ",") && !a.initialAt(k)
}

// quoteEndsAt reports whether token k is a quotation mark closing a
// quoted sentence (`on “Fox and Friends.”`), which ends the sentence
// around it too.
func (a *annotator) quoteEndsAt(k int) bool {
	return k > 0 && a.isQuoteTok(k) && a.endsAt(k-1) && a.toks[k-1].Span.End == a.toks[k].Span.Start
}

// initialAt reports whether the full stop at token k closes an initial
// or a title written before a name ("Vann R. Newkirk", "Lt. Gen."):
// a single capital letter or a short title right before it, and a
// capitalised word after it.
func (a *annotator) initialAt(k int) bool {
	if k < 1 || k+1 >= len(a.toks) || a.word(k) != "." || a.toks[k-1].Span.End != a.toks[k].Span.Start || !a.isCap(k+1) {
		return false
	}
	w := a.tokText(k - 1)
	if len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
		return true
	}
	return nameTitles[a.word(k-1)]
}

// nameTitles are abbreviated titles written before a name.
var nameTitles = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "sen": true, "rep": true, "gov": true, "lt": true,
	"gen": true, "col": true, "maj": true, "capt": true, "sgt": true, "prof": true, "rev": true, "st": true,
	"del": true, "atty": true, "supt": true, "adm": true, "cmdr": true, "pres": true, "hon": true,
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
