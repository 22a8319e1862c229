package attribution

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/commentariat/commentariat/pipeline"
)

// progressive are the auxiliaries of "is telling", "’s claiming".
var progressive = map[string]bool{"is": true, "are": true, "was": true, "were": true, "'s": true, "’s": true, "been": true}

// beForms mark a passive or copular use of a cue verb ("it was noted").
var beForms = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true, "to": true, "'s": true}

// indirect finds reported speech in the sentences outside signed pieces
// and outside quotations already attributed.
func (a *annotator) indirect() {
	ss := a.doc.Sentences
	for n := 0; n < len(ss); n++ {
		lo, hi := ss[n].TokenStart, ss[n].TokenEnd
		// A full stop inside parentheses ("(R-Ga.) said") does not end
		// the sentence.
		for n+1 < len(ss) && ss[n+1].TokenStart == hi && hi < len(a.toks) && a.word(hi) == ")" && ss[n+1].Paragraph == ss[n].Paragraph {
			n++
			hi = ss[n].TokenEnd
		}
		if lo < 0 || hi > len(a.toks) || lo >= hi {
			continue
		}
		if sec := a.sectionAt(a.toks[lo].Span.Start); sec >= 0 && a.signed[sec] {
			continue
		}
		for i := lo; i < hi; i++ {
			if a.inClaimed(a.toks[i].Span.Start) || a.cueUsed[i] {
				continue
			}
			if a.word(i) == "according" && i+1 < hi && a.word(i+1) == "to" {
				a.accordingTo(i, lo, hi)
				continue
			}
			a.cueVerb(i, lo, hi)
		}
		a.quotedPredicate(lo, hi)
		a.colonLine(lo, hi)
	}
}

// colonLine attributes what follows a name and a colon at the start of a
// sentence, as in transcripts and headlines ("PENCE: Well, ...", "Jane
// Doe: Voters Are Tired"), to that person, up to the end of the
// paragraph.
func (a *annotator) colonLine(lo, hi int) {
	c := lo
	if c < hi && a.isQuoteTok(c) {
		c++
	}
	e := c
	for e < hi && e-c < 4 && a.isCap(e) && a.tag(e) != "DT" {
		e++
	}
	if e == c || e+2 >= hi || a.word(e) != ":" || a.cueUsed[e] || a.inQuote(a.toks[e].Span.Start) {
		return
	}
	r, ok := a.parseNP(c, e)
	if !ok || r.kind != refName && !(r.kind == refOrg && e-c == 1 && isAllCaps(a.tokText(c))) {
		return
	}
	if r.kind == refOrg {
		r.kind = refName // a speaker's name in capitals: "PENCE:"
	}
	end := a.toks[hi-1].Span.End
	if p := a.paragraphAt(a.toks[e].Span.Start); p >= 0 && p < len(a.doc.Paragraphs) && a.doc.Paragraphs[p].End > end {
		end = a.doc.Paragraphs[p].End
	}
	content := a.unclaimed(pipeline.Span{Start: a.toks[e].Span.End, End: end})
	if a.words(content) < 2 {
		return
	}
	a.cueUsed[e] = true
	a.add(pipeline.Indirect, content, ":", a.toks[e].Span, r)
}

// quotedPredicate attributes the words a sentence quotes inside its
// predicate to the sentence's subject when no cue verb did: "Trump openly
// admires Putin as a “strong leader”". Quoted titles ("Fox News Sunday")
// do not count.
func (a *annotator) quotedPredicate(lo, hi int) {
	if hi-lo < 4 {
		return
	}
	for k := lo; k < hi; k++ {
		if a.cueUsed[k] || a.inClaimed(a.toks[k].Span.Start) {
			return
		}
	}
	sent := pipeline.Span{Start: a.toks[lo].Span.Start, End: a.toks[hi-1].Span.End}
	qs := sort.Search(len(a.quotes), func(i int) bool { return a.quotes[i].outer.Start >= sent.Start })
	var quoted *quote
	for i := qs; i < len(a.quotes) && a.quotes[i].outer.Start < sent.End; i++ {
		if q := a.quotes[i]; !isTitle(q.inner.In(a.text)) {
			quoted = &a.quotes[i]
			break
		}
	}
	if quoted == nil {
		return
	}
	for v := lo + 1; v < hi && a.toks[v].Span.Start < quoted.outer.Start; v++ {
		t := a.tag(v)
		if t != "VBD" && t != "VBZ" && t != "VBP" && !(t == "VBG" && progressive[a.word(v-1)]) {
			continue
		}
		verb := v
		if t == "VBG" {
			verb = v - 1
		}
		r, subj, ok := a.subjectLeft(verb, lo)
		if !ok || subj != lo && a.word(subj-1) != "," || r.kind == refDescriptor && !r.definite && r.roles == nil {
			return
		}
		if lightVerbs[a.word(v)] {
			return
		}
		if beForms[a.word(v)] || a.word(v) == "has" || a.word(v) == "have" || a.word(v) == "had" {
			// "X is ...", "X has ...": a copula or an auxiliary says
			// nothing.
			if v+1 < hi && a.tag(v+1) != "VBN" {
				return
			}
			continue
		}
		if v+1 >= hi {
			return
		}
		content := a.toQuoteEnd(a.unclaimed(pipeline.Span{Start: a.toks[v+1].Span.Start, End: a.toks[a.clauseEnd(v+1, hi)-1].Span.End}))
		if a.words(content) >= 2 && content.Start <= quoted.outer.Start {
			a.cueUsed[v] = true
			a.add(pipeline.Indirect, content, a.word(v), a.toks[v].Span, r)
		}
		return
	}
}

// lightVerbs say nothing about words even when the predicate quotes some:
// "She became so upset that ...", "He made the criticism ...".
var lightVerbs = map[string]bool{
	"'s": true, "’s": true, "make": true, "makes": true, "made": true, "take": true, "takes": true,
	"took": true, "become": true, "becomes": true, "became": true, "send": true, "sends": true,
	"sent": true, "go": true, "goes": true, "went": true, "get": true, "gets": true, "got": true,
	"come": true, "comes": true, "came": true, "give": true, "gives": true, "gave": true, "put": true,
	"puts": true, "keep": true, "keeps": true, "kept": true, "check": true, "checks": true, "checked": true,
	"seem": true, "seems": true, "seemed": true, "appear": true, "appears": true, "appeared": true,
}

// isTitle reports whether quoted words read as a title or a name
// ("Fox News Sunday", "Results of Parliamentary Elections") rather than
// words someone said: most words capitalised and no sentence inside.
func isTitle(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 {
		return true
	}
	caps, words := 0, 0
	for _, w := range f {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		words++
		if unicode.IsUpper(r) {
			caps++
		}
	}
	if words == 0 {
		return true
	}
	return caps*10 >= words*6 && !strings.ContainsAny(strings.TrimRight(s, ".,;:!? "), ".!?")
}

// accordingTo handles "According to X, CONTENT" and "CONTENT, according
// to X".
func (a *annotator) accordingTo(i, lo, hi int) {
	r, end, ok := a.speakerRight(i+1, hi)
	if !ok || r.kind == refPronoun && false {
		return
	}
	cue := a.span(i, i+2)
	lead := i-lo <= 3
	for j := lo; j < i && lead; j++ {
		if w := a.word(j); w != "," && w != "but" && w != "and" && w != "so" && w != "however" && w != "also" && !a.isQuoteTok(j) {
			lead = false
		}
	}
	var content pipeline.Span
	switch {
	case lead && end < hi && a.word(end) == ",":
		content = pipeline.Span{Start: a.toks[end].Span.End, End: a.toks[hi-1].Span.End}
	case !lead && i > lo && a.word(i-1) == ",":
		content = a.span(lo, i-1)
	default:
		return
	}
	content = a.unclaimed(content)
	if a.words(content) < 3 {
		return
	}
	a.cueUsed[i] = true
	a.add(pipeline.Indirect, content, "according to", cue, r)
}

// cueVerb handles a cue verb at token i: "X said (that) CONTENT",
// "CONTENT, X said", "CONTENT, said X".
func (a *annotator) cueVerb(i, lo, hi int) {
	base := a.cueAt(i)
	if base == "" || a.isCap(i) && i > lo || !strings.HasPrefix(a.tag(i), "VB") || a.inQuote(a.toks[i].Span.Start) {
		return
	}
	cue := a.word(i)
	verb := i // the word left of which the subject ends
	if a.tag(i) == "VBG" {
		switch {
		case i > lo && progressive[a.word(i-1)]:
			// "Trump is telling voters that ...": progressive.
			verb = i - 1
		case i > lo && a.word(i-1) == ",":
			// "..., adding that ...": the subject of the clause before.
			if c := a.contentStart(i, hi, base); c >= 0 && hi-c >= 3 {
				content := a.unclaimed(pipeline.Span{Start: a.toks[c].Span.Start, End: a.toks[a.clauseEnd(c, hi)-1].Span.End})
				if a.words(content) >= 3 {
					a.cueUsed[i] = true
					a.add(pipeline.Indirect, content, cue, a.toks[i].Span, a.clauseSubject(lo, i))
				}
			}
			return
		default:
			return
		}
	} else if i > lo && beForms[a.word(i-1)] || i > lo+1 && beForms[a.word(i-2)] && a.tag(i-1) == "RB" {
		return
	}
	if a.lx.quoting[base] && a.cueAt(i) != "" && !a.lx.bare[base] && !a.lx.object[base] && !a.isSpeech(base) {
		a.quotingVerb(i, verb, lo, hi, cue)
		return
	}
	if r, subj, ok := a.subjectLeft(verb, lo); ok {
		// Postposed: "CONTENT, X said (in a statement)."
		if a.tail(i+1, hi) {
			if c := a.commaBefore(subj, lo); c > lo {
				content := a.unclaimed(a.span(lo, c))
				if a.words(content) >= 3 {
					a.cueUsed[i] = true
					a.add(pipeline.Indirect, content, cue, a.toks[i].Span, r)
				}
			}
			return
		}
		c := a.contentStart(i, hi, base)
		if c < 0 || hi-c < 3 {
			return
		}
		content := a.unclaimed(pipeline.Span{Start: a.toks[c].Span.Start, End: a.toks[a.clauseEnd(c, hi)-1].Span.End})
		if a.words(content) < 3 {
			return
		}
		a.cueUsed[i] = true
		if cb := a.commaBefore(subj, lo); cb > lo+1 && i+1 < hi && a.word(i+1) == "," {
			// "Though the move was seamless, he said, it came late.": the
			// content runs on both sides of the cue; its first part is a
			// statement with the same cue.
			if first := a.unclaimed(a.span(lo, cb)); a.words(first) >= 3 {
				a.add(pipeline.Indirect, first, cue, a.toks[i].Span, r)
			}
		}
		a.add(pipeline.Indirect, content, cue, a.toks[i].Span, r)
		return
	}
	if w := a.relativeWho(i, lo); w > lo {
		// "McConnell, who in 2010 said the goal was ...": the person
		// the relative clause hangs from.
		e := w
		if a.word(e-1) == "," {
			e--
		}
		if s, ok := a.npLeft(e-1, lo); ok {
			if r, ok := a.parseNP(s, e); ok && (r.kind == refName || r.kind == refOrg) {
				if c := a.contentStart(i, hi, base); c >= 0 && hi-c >= 3 {
					content := a.unclaimed(pipeline.Span{Start: a.toks[c].Span.Start, End: a.toks[a.clauseEnd(c, hi)-1].Span.End})
					if a.words(content) >= 3 {
						a.cueUsed[i] = true
						a.add(pipeline.Indirect, content, cue, a.toks[i].Span, r)
					}
				}
			}
		}
		return
	}
	if i > lo && a.word(i-1) == "and" && (a.tag(i) == "VBD" || a.tag(i) == "VBZ") {
		// "X says ... and said ...": the subject of the clause before.
		if r := a.clauseSubject(lo, i-1); r.kind != refCarry && r.kind != refDescriptor {
			if c := a.contentStart(i, hi, base); c >= 0 && hi-c >= 3 {
				content := a.unclaimed(pipeline.Span{Start: a.toks[c].Span.Start, End: a.toks[a.clauseEnd(c, hi)-1].Span.End})
				if a.words(content) >= 3 {
					a.cueUsed[i] = true
					a.add(pipeline.Indirect, content, cue, a.toks[i].Span, r)
				}
			}
		}
		return
	}
	// Inverted: "CONTENT, said X."
	if c := a.commaBefore(i, lo); c > lo+1 {
		r, end, ok := a.speakerRight(i, hi)
		if !ok || !a.tail(end, hi) {
			return
		}
		content := a.unclaimed(a.span(lo, c))
		if a.words(content) >= 3 {
			a.cueUsed[i] = true
			a.add(pipeline.Indirect, content, cue, a.toks[i].Span, r)
		}
	}
}

// tail reports whether tokens [j, hi) end the sentence without a clause:
// nothing, a full stop, or a short adverbial ("in a statement", "on
// Monday").
func (a *annotator) tail(j, hi int) bool {
	n := 0
	for k := j; k < hi; k++ {
		w := a.word(k)
		if sentenceEnd(w) || a.isQuoteTok(k) {
			continue
		}
		if w == "," && k+1 < hi && a.tag(k+1) == "VBG" {
			// "..., McConnell said in June, citing ..."
			break
		}
		if w == "that" || w == ":" || strings.HasPrefix(a.tag(k), "VB") && a.tag(k) != "VBN" {
			return false
		}
		if n++; n > 8 {
			return false
		}
	}
	if n == 0 {
		return true
	}
	if n > 8 {
		return false
	}
	w := a.word(j)
	return w == "in" || w == "on" || w == "at" || w == "during" || w == "after" || w == "to" || w == "," || w == "with" || w == "last" || w == "this" || w == "yesterday" || w == "today" || w == "earlier"
}

// contentStart returns the first token of the clause a cue verb at i
// introduces, or -1: after "that" (skipping an object, "in a statement" or
// ", in turn,"), after a colon, or right after a verb that takes a bare
// clause.
func (a *annotator) contentStart(i, hi int, base string) int {
	j := i + 1
	for j < hi && (a.tag(j) == "RP" || a.word(j) == "out") {
		j++
	}
	if j < hi && a.word(j) == "," {
		k := j + 1
		for k < hi && k-j <= 5 && a.word(k) != "," {
			k++
		}
		if k < hi && k-j <= 5 {
			j = k + 1
		} else if a.lx.bare[base] {
			// "Mr. Obama said, a majority of Americans ..."
			j++
		}
	}
	for k := j; k < hi && k-j <= 12; k++ {
		w := a.word(k)
		if w == "that" {
			return k + 1
		}
		if w == ":" && k == j {
			return k + 1
		}
		t := a.tag(k)
		if !(npTag(t) || t == "IN" || t == "PRP" || t == "TO" || w == ",") {
			break
		}
	}
	if base == "express" {
		return -1
	}
	if j >= hi || !a.lx.bare[base] {
		return -1
	}
	switch t := a.tag(j); {
	case t == "IN" && a.word(j) != "if" && a.word(j) != "whether", t == "TO", t == ",", t == ".", t == "CC":
		return -1
	}
	if a.isQuoteTok(j) && a.inClaimed(a.toks[j].Span.Start) {
		return -1
	}
	// A bare clause has a finite verb of its own ("said the vote was
	// fair", not "told CNN in August").
	for k := j; k < hi && k-j < 25; k++ {
		switch a.tag(k) {
		case "VBD", "VBZ", "VBP", "MD":
			return j
		}
		if finiteWords[a.word(k)] {
			return j
		}
	}
	return -1
}

// finiteWords are finite verbs the tagger may miss ("cannot" as a noun).
var finiteWords = map[string]bool{
	"cannot": true, "can't": true, "won't": true, "don't": true, "doesn't": true, "didn't": true,
	"isn't": true, "wasn't": true, "aren't": true, "is": true, "are": true, "was": true, "were": true,
	"has": true, "have": true, "had": true, "will": true, "would": true, "can": true, "could": true,
	"should": true, "must": true, "may": true, "might": true,
}

// inQuote reports whether byte offset off lies inside a quotation.
func (a *annotator) inQuote(off int) bool {
	i := sort.Search(len(a.quotes), func(i int) bool { return a.quotes[i].inner.End > off })
	return i < len(a.quotes) && a.quotes[i].inner.Start <= off
}

// unclaimed cuts sp before the first quotation already attributed that it
// reaches into, and returns the empty span when sp starts inside one.
func (a *annotator) unclaimed(sp pipeline.Span) pipeline.Span {
	if a.inClaimed(sp.Start) {
		return pipeline.Span{}
	}
	i := sort.Search(len(a.claimed), func(i int) bool { return a.claimed[i].Start > sp.Start })
	if i < len(a.claimed) && a.claimed[i].Start < sp.End {
		sp.End = a.claimed[i].Start
	}
	return trimSpan(a.text, sp)
}

// words counts the words of a span, up to 10: enough to tell a clause
// from a scrap without reading a long span twice.
func (a *annotator) words(sp pipeline.Span) int {
	t := sp.In(a.text)
	n, in := 0, false
	for i := 0; i < len(t) && n < 10; i++ {
		sp := isSpace(t[i])
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// isSpeech reports whether base is listed among the speech verbs proper
// (not only among the quoting verbs).
func (a *annotator) isSpeech(base string) bool { return a.lx.speechBase[base] }

// commaBefore returns the index of the comma that ends the content before
// a postposed cue whose subject (or inverted verb) starts at token s:
// "CONTENT, X said" or "“CONTENT,” X said"; -1 when there is none.
func (a *annotator) commaBefore(s, lo int) int {
	if s-2 > lo && (a.tag(s-1) == "VBD" || a.tag(s-1) == "VBN") && !a.isCap(s-1) && (a.word(s-2) == "," || a.isQuoteTok(s-2)) {
		// "..., retired general X said": a participle the tagger took
		// for a verb opens the subject.
		s--
	}
	switch {
	case s-1 > lo && a.word(s-1) == ",":
		return s - 1
	case s-2 > lo && a.isQuoteTok(s-1) && a.word(s-2) == ",":
		return s - 2
	}
	return -1
}

// quotingVerb handles a verb that reports words only by quoting them:
// "X called the plan “a disaster”".
func (a *annotator) quotingVerb(i, verb, lo, hi int, cue string) {
	r, _, ok := a.subjectLeft(verb, lo)
	if !ok || i+1 >= hi {
		return
	}
	content := a.unclaimed(pipeline.Span{Start: a.toks[i+1].Span.Start, End: a.toks[a.clauseEnd(i+1, hi)-1].Span.End})
	if a.words(content) < 2 || !strings.ContainsAny(content.In(a.text), "\"“”«»") {
		return
	}
	content = a.toQuoteEnd(content)
	a.cueUsed[i] = true
	a.add(pipeline.Indirect, content, cue, a.toks[i].Span, r)
}

// clauseSubject returns the subject of the clause that a participle at
// token v hangs from ("He defended the remark, saying ..."), or a
// reference to the statement before when none is found.
func (a *annotator) clauseSubject(lo, v int) ref {
	for k := lo; k < v; k++ {
		switch a.tag(k) {
		case "VBD", "VBZ", "VBP":
			if r, _, ok := a.subjectLeft(k, lo); ok {
				return r
			}
			if s, ok := a.npLeft(k-1, lo); ok && s < k {
				sp := a.span(s, k)
				return ref{kind: refDescriptor, text: sp.In(a.text), span: sp}
			}
			return ref{kind: refCarry, samePara: true}
		}
	}
	return ref{kind: refCarry, samePara: true}
}

// clauseEnd returns the end of a reported clause that starts at token c:
// the end of the sentence, or the "and" or "but" that joins a second verb
// of the speaker's own ("said it was opposed and warned ...").
func (a *annotator) clauseEnd(c, hi int) int {
	for k := c + 2; k+1 < hi && k-c < 120; k++ {
		if w := a.word(k); (w == "and" || w == "but") && a.cueAt(k+1) != "" {
			if t := a.tag(k + 1); t == "VBD" || t == "VBZ" {
				return k
			}
		}
	}
	return hi
}

// toQuoteEnd ends a predicate's content with the last quotation in it
// when more than a few words follow that quotation ("described it as a
// “terrible situation,” but stopped short of ...").
func (a *annotator) toQuoteEnd(sp pipeline.Span) pipeline.Span {
	i := sort.Search(len(a.quotes), func(i int) bool { return a.quotes[i].outer.End > sp.End })
	if i == 0 {
		return sp
	}
	q := a.quotes[i-1]
	if q.outer.Start < sp.Start || q.outer.End > sp.End {
		return sp
	}
	if a.words(pipeline.Span{Start: q.outer.End, End: sp.End}) > 6 {
		sp.End = q.outer.End
	}
	return sp
}

// relativeWho returns the index of the "who" that opens a relative clause
// whose verb is the cue at i ("who in 2010 said"), or -1.
func (a *annotator) relativeWho(i, lo int) int {
	for w := i - 1; w >= lo && i-w <= 5; w-- {
		switch {
		case a.word(w) == "who":
			return w
		case strings.HasPrefix(a.tag(w), "VB") && !aux[a.word(w)]:
			return -1
		}
	}
	return -1
}
