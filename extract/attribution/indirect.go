package attribution

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/commentariat/commentariat/internal/english"
	"github.com/commentariat/commentariat/internal/names"
	"github.com/commentariat/commentariat/pipeline"
)

// progressive are the auxiliaries of "is telling", "’s claiming".
var progressive = map[string]bool{"is": true, "are": true, "was": true, "were": true, "'s": true, "’s": true, "been": true}

// quantityOf are the words that take "of" and a group ("most of the
// mergers", "some of the banks").
var quantityOf = map[string]bool{"most": true, "some": true, "all": true, "many": true, "none": true, "half": true, "several": true, "few": true, "each": true, "one": true}

// clauseWords are the prepositions and conjunctions tagged IN that open a
// clause, not a phrase qualifying a noun.
var clauseWords = map[string]bool{"that": true, "if": true, "whether": true, "because": true, "although": true, "though": true, "while": true, "as": true, "since": true, "unless": true, "than": true}

// thirdSingular are the subject pronouns that take a verb in -s.
var thirdSingular = map[string]bool{"he": true, "she": true, "it": true}

// sayAdverbs are adverbs of time and manner after a verb of saying and
// before the clause it reports, which the tagger may read as
// prepositions. Only adverbs that modify a verb of saying are listed: a
// word such as "only", "wholly" or "sharply" after "said" premodifies the
// reported clause's subject ("said wholly owned X extended its offer").
var sayAdverbs = map[string]bool{"afterwards": true, "afterward": true, "later": true, "earlier": true, "again": true, "previously": true,
	// and of manner: "say privately that", "said repeatedly the plan"
	"privately": true, "publicly": true, "repeatedly": true, "recently": true, "openly": true, "frankly": true,
	"bluntly": true, "flatly": true, "separately": true, "subsequently": true, "initially": true, "emphatically": true,
	"firmly": true, "explicitly": true, "categorically": true, "formally": true, "candidly": true, "angrily": true,
	"confidently": true, "cautiously": true, "tentatively": true, "falsely": true, "wrongly": true, "correctly": true}

// complementNouns take a "that" clause as their content, as the nouns
// of saying in the lexicon do: "the fact that", "evidence that", "fears
// that", and the nouns of saying that are verbs as well ("denied reports
// that", "Tory demands that"), which the lexicon's nouns cannot hold.
var complementNouns = map[string]bool{
	"fact": true, "idea": true, "notion": true, "evidence": true, "hope": true, "hopes": true, "fear": true, "fears": true,
	"possibility": true, "likelihood": true, "chance": true, "chances": true, "sign": true, "signs": true, "news": true,
	"word": true, "doubt": true, "doubts": true, "impression": true, "feeling": true, "concern": true, "concerns": true,
	"conclusion": true, "assumption": true, "expectation": true, "expectations": true, "speculation": true,
	"stand": true, "position": true, "opinion": true, "forecast": true, "forecasts": true, "proposal": true,
	"proposals": true, "decision": true, "confirmation": true, "indication": true, "indications": true,
	"assurances": true, "message": true, "theory": true, "principle": true, "understanding": true,
	"report": true, "reports": true, "rumour": true, "rumours": true, "rumor": true, "rumors": true,
	"demand": true, "demands": true, "requirement": true, "recommendation": true,
}

// gerundPreps introduce a gerund whose subject is the clause's: "for
// saying that", "after saying", "by saying".
var gerundPreps = map[string]bool{"for": true, "by": true, "after": true, "before": true, "while": true, "when": true, "in": true}

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
			if i+1 < hi && a.word(i+1) == "that" && a.lx.claimNoun[a.word(i)] {
				a.nounCue(i, lo, hi)
				if a.cueUsed[i] || a.cueAt(i) == "" {
					continue
				}
				// not the noun but the verb: "Trump claims that he
				// should be the exception"
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
	if e-c == 1 && editorialLabels[a.word(c)] {
		// "Correction: ...", "UPDATE: ..."
		return
	}
	if e-c >= 2 && !slices.ContainsFunc(a.toks[c:e], func(t pipeline.Token) bool { return !english.Common().Has(t.Lower) }) {
		// a heading of common words, no name: "Subs Not Used: Rice,
		// Todd", "Key Points: ..."
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
	last := hi // the end of the tokens read
	if q := headlineQuote(a.text[a.toks[e].Span.End:a.toks[hi-1].Span.End]); q > 0 {
		// "Goldsmith: 'I was not leant on' The attorney general has
		// again denied ...": a headline's quotation, run into the story
		end = a.toks[e].Span.End + q
		last = min(hi, a.tokAt(end-1)+1)
	}
	content := a.unclaimed(pipeline.Span{Start: a.toks[e].Span.End, End: end})
	if a.words(content) < 2 || a.tableRow(e+1, last) || a.notSaid(c, e, last) {
		// a table row or a label ("Due: 27 35", "North End: 13 hrs"),
		// not something said
		return
	}
	a.cueUsed[e] = true
	a.add(pipeline.Indirect, content, ":", a.toks[e].Span, r)
}

// headlineQuote returns the length of the quotation that opens s after
// white space, through its closing mark ("'I was not leant on'"), or 0
// when s opens with no quotation mark or it is not closed.
func headlineQuote(s string) int {
	t := strings.TrimLeft(s, " \t")
	if t == "" {
		return 0
	}
	open, n := utf8.DecodeRuneInString(t)
	var closers string
	switch open {
	case '\'', '‘':
		closers = "'’"
	case '"', '“':
		closers = "\"”"
	default:
		return 0
	}
	body := t[n:]
	for i, r := range body {
		if strings.ContainsRune(closers, r) && i > 0 && body[i-1] != ' ' && (i+utf8.RuneLen(r) == len(body) || !unicode.IsLetter(rune(body[i+utf8.RuneLen(r)]))) {
			return len(s) - len(t) + n + i + utf8.RuneLen(r)
		}
	}
	return 0
}

// notSaid reports whether what follows the name [c, e) and its colon, up
// to hi, is no line the name speaks: a number or a word in lower case
// first ("Att: 47,111", "NOTER: full name of company is ..."), a list
// ("Everton: Martyn, Hibbert,
// Yobo, ..."), a line of capitals ("SAO PAULO STATE: PRESIDENTE PRUDENTE
// 0.6 MM, ..."), the rest of a title ("Bridget Jones: The Edge of Reason
// was named ...", "GoldenEye: Rogue Agent is out now"), words that name
// the speaker again, as a headline's run into the story does ("Arthur
// Hailey: King of the bestsellers Novelist Arthur Hailey, who has
// died"), or a name that is no one's ("Q&A").
func (a *annotator) notSaid(c, e, hi int) bool {
	for j := c; j < e; j++ {
		if strings.ContainsAny(a.tokText(j), "&0123456789") {
			return true
		}
	}
	if f := e + 1; f < hi {
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(a.tokText(f), "'\"‘“"))
		if a.tag(f) == "CD" || unicode.IsLower(r) {
			return true // "Att: 47,111", "NOTER: full name of company is ..."
		}
	}
	surname := a.word(e - 1)
	commas, caps, wordsN, verb := 0, 0, 0, false
	title, titleCaps := true, 0
	for j := e + 1; j < hi; j++ {
		t, w := a.tag(j), a.tokText(j)
		if a.isCap(j) && a.word(j) == surname {
			return true
		}
		switch {
		case w == ",":
			commas++
		case !a.isPunct(j):
			wordsN++
			if isAllCaps(w) && len(w) > 1 {
				caps++
			}
		}
		if !verb && (finiteTag(t) || t == "MD") && !a.isCap(j) {
			verb = true
			if title && titleCaps >= 2 {
				return true // a title's second part, then its verb
			}
		}
		if !verb && !a.isPunct(j) {
			if a.isCap(j) {
				titleCaps++
			} else if !titleWords[a.word(j)] {
				title = false
			}
		}
	}
	return commas >= 3 && !verb || wordsN > 0 && caps*5 >= wordsN*3
}

// titleWords are the small words a title leaves in lower case.
var titleWords = map[string]bool{"of": true, "the": true, "a": true, "an": true, "to": true, "and": true, "in": true, "for": true, "on": true, "at": true, "with": true}

// reportedClause adds the clause the cue verb at i reports (from
// contentStart to the clause's end) as an indirect statement of r, when
// it holds three words or more.
func (a *annotator) reportedClause(i, hi int, base, cue string, r ref) {
	c := a.contentStart(i, hi, base)
	if c < 0 && a.infinitiveClause(i, hi, base, cue, r) {
		return
	}
	if c < 0 || hi-c < 3 {
		return
	}
	content := a.unclaimed(pipeline.Span{Start: a.toks[c].Span.Start, End: a.toks[a.clauseEnd(c, hi)-1].Span.End})
	if a.words(content) >= 3 {
		a.cueUsed[i] = true
		a.add(pipeline.Indirect, content, cue, a.toks[i].Span, r)
	}
}

// tableRow reports whether tokens [lo, hi) read as the cells of a table
// row rather than words: fewer than two words with letters, or no more
// of them than numbers.
func (a *annotator) tableRow(lo, hi int) bool {
	words, numbers := 0, 0
	for k := lo; k < hi; k++ {
		switch w := a.tokText(k); {
		case strings.ContainsFunc(w, unicode.IsLetter):
			words++
		case strings.ContainsFunc(w, unicode.IsDigit):
			numbers++
		}
	}
	return words < 2 || words <= numbers
}

// editorialLabels are the one-word labels news pages put before a colon
// that name no speaker (hand-written from general knowledge of news
// page layout).
var editorialLabels = map[string]bool{
	"correction": true, "corrections": true, "clarification": true, "update": true, "updated": true,
	"note": true, "editor": true, "related": true, "source": true, "sources": true, "photo": true,
	"photos": true, "video": true, "watch": true, "listen": true, "advertisement": true, "disclosure": true,
	"warning": true, "breaking": true, "exclusive": true, "analysis": true, "opinion": true, "background": true,
	"q": true, "a": true, "question": true, "answer": true, "credit": true, "caption": true, "transcript": true,
}

// quotedPredicate attributes the words a sentence quotes inside its
// predicate to the sentence's subject when no cue verb did: "Trump openly
// admires Putin as a “strong leader”". Quoted titles ("Fox News Sunday")
// do not count.
func (a *annotator) quotedPredicate(lo, hi int) {
	if hi-lo < 4 {
		return
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
	for k := lo; k < hi; k++ {
		// a cue of a verb coordinated after the quotation reports
		// something else: "He attacked the government's “failure” ...
		// and criticised its record"
		after := a.toks[k].Span.Start >= quoted.outer.End && k > lo && (a.word(k-1) == "and" || a.word(k-1) == "but")
		if a.cueUsed[k] && !after || a.inClaimed(a.toks[k].Span.Start) {
			return
		}
	}
	for v := lo + 1; v < hi && a.toks[v].Span.Start < quoted.outer.Start; v++ {
		t := a.tag(v)
		aux := -1
		if t == "VBG" || t == "VBN" {
			aux = a.auxChain(v, lo)
		}
		if t != "VBD" && t != "VBZ" && t != "VBP" && aux < 0 && !a.pastAfterSubject(v, lo) {
			continue
		}
		if rel := a.relativeBefore(v, quoted.outer.Start); rel > v && a.cueAt(rel+1) != "" {
			// "turned to the Chicago Police Department which reported
			// “2,521 shooting incidents”": the quotation is the relative
			// clause's, whose head said it
			if s, e, end, ok := a.relativeHead(rel, rel+1, lo, hi); ok {
				if r, ok := a.parseNP(s, e); ok && (r.kind == refName || r.kind == refOrg || r.kind == refDescriptor && a.speaking(r)) {
					c := rel + 2
					if c < end && a.word(c) == ":" {
						c++ // "UKIP spokesman, who said: “...”"
					}
					content := a.unclaimed(pipeline.Span{Start: a.toks[c].Span.Start, End: a.toks[a.clauseEnd(c, end)-1].Span.End})
					if a.words(content) >= 2 {
						a.cueUsed[rel+1] = true
						a.add(pipeline.Indirect, content, a.word(rel+1), a.toks[rel+1].Span, r)
					}
				}
			}
			return
		}
		verb := v
		if aux >= 0 {
			if !a.asBefore(quoted.outer.Start, v) {
				// a verb group quotes a label by the way ("is providing a
				// 279 mln dlr “bridge” loan", "has signed a “letter of
				// intent”"); only one that casts its object as the
				// quoted words is the subject's ("has been pounding Trump
				// as a “con artist”")
				continue
			}
			verb = aux
		}
		r, subj, ok := a.subjectLeft(verb, lo)
		if !ok || subj != lo && a.word(subj-1) != "," || r.kind == refDescriptor && !r.definite && r.roles == nil {
			return
		}
		if lightVerbs[a.word(v)] {
			// "took to the radio to accuse the opposition of being
			// “reckless”": the verb of saying after "to"
			c := a.purposeCue(v, hi, quoted.outer.Start)
			if c < 0 {
				return
			}
			v = c
		}
		if w := a.word(v); w == "do" || w == "does" || w == "did" {
			// "It did not quantify what might constitute a “dominant”
			// holding": an auxiliary says nothing
			return
		}
		if beForms[a.word(v)] || a.word(v) == "has" || a.word(v) == "have" || a.word(v) == "had" {
			// "X is ...", "X has ...": a copula or an auxiliary says
			// nothing; the participle after it may ("has gone after
			// Trump as", "is attacking Trump as").
			n := v + 1
			for n < hi && a.tag(n) == "RB" {
				n++
			}
			if n < hi && a.tag(n) != "VBN" && a.tag(n) != "VBG" {
				return
			}
			continue
		}
		if v+1 >= hi {
			return
		}
		from := v + 1
		if a.cueAt(v) != "" {
			// "told African-Americans this weekend he would consider it a
			// “personal insult”": the clause after the object.
			for k := v + 1; k < hi && k-v <= 8 && a.toks[k].Span.Start < quoted.outer.Start; k++ {
				if (a.tag(k) == "PRP" || a.tag(k) == "DT" || a.tag(k) == "NNP") && a.clauseVerb(k, hi) > k {
					from = k
					break
				}
			}
		}
		content := a.unclaimed(pipeline.Span{Start: a.toks[from].Span.Start, End: a.toks[a.clauseEnd(from, hi)-1].Span.End})
		if a.cueAt(v) == "" {
			content = a.toQuoteEnd(content)
		}
		if a.words(content) >= 2 && content.Start <= quoted.outer.Start {
			a.cueUsed[v] = true
			a.add(pipeline.Indirect, content, a.word(v), a.toks[v].Span, r)
		}
		return
	}
}

// relativeBefore returns the relative pronoun ("which", "who") followed
// by a finite verb that stands between token v and the quotation opening
// at byte offset off, close before it and with no clause or comma
// between, or -1.
func (a *annotator) relativeBefore(v, off int) int {
	q := a.tokAt(off)
	for k := v + 1; k+1 < q; k++ {
		if w := a.word(k); (w == "which" || w == "who") && finiteTag(a.tag(k+1)) && q-k <= 8 {
			for j := k + 2; j < q; j++ {
				if a.word(j) == "that" || a.word(j) == "," {
					return -1 // "told a woman who suggested that ... that “...”": the quotation is the main verb's
				}
			}
			return k
		}
	}
	return -1
}

// asBefore reports whether "as" (and at most a determiner and an
// adjective) stands right before the quotation opening at byte offset
// off, after the verb at token v and in its clause: "as a “con
// artist”", "as “racially discriminatory”".
func (a *annotator) asBefore(off, v int) bool {
	q := a.tokAt(off)
	for k, n := q-1, 0; k > v && n < 3; k, n = k-1, n+1 {
		switch {
		case a.word(k) == "as":
			// and no other verb between: not "faces two challenges from
			// IATA, which has attacked the package as a “bad piece of
			// legislation”"
			for j := v + 1; j < k; j++ {
				if strings.HasPrefix(a.tag(j), "VB") || a.tag(j) == "MD" || a.word(j) == "which" || a.word(j) == "who" {
					return false
				}
			}
			return true
		case a.tag(k) != "DT" && a.tag(k) != "JJ":
			return false
		}
	}
	return false
}

// auxChain returns the first auxiliary of the verb group that ends in
// the participle at token v, past adverbs ("has been steadily pounding
// Trump as", "has gone after Trump as", "was accusing"), or -1 when
// there is none or the group is passive ("was described as", "has been
// called"), whose subject is not the one who speaks.
func (a *annotator) auxChain(v, lo int) int {
	k := a.skipAdverbs(v-1, lo)
	first := -1
	passive := false
	for k > lo && (progressive[a.word(k)] || a.word(k) == "be" || a.word(k) == "has" || a.word(k) == "have" || a.word(k) == "had") {
		if first < 0 {
			// the auxiliary next to the participle sets the voice
			passive = a.tag(v) == "VBN" && a.word(k) != "has" && a.word(k) != "have" && a.word(k) != "had"
		}
		first = k
		k = a.skipAdverbs(k-1, lo)
	}
	if first < 0 || passive || a.tag(v) == "VBG" && !(progressive[a.word(v-1)] || a.tag(v-1) == "RB") {
		return -1
	}
	return first
}

// pastAfterSubject reports whether token v, a past participle by its
// tag, is the past tense of the sentence's subject instead: right after a
// noun that opens the sentence, followed by an object ("The professor
// compared the mayor to ...").
func (a *annotator) pastAfterSubject(v, lo int) bool {
	if a.tag(v) != "VBN" || v-1 < lo || v+1 >= len(a.toks) || !strings.HasPrefix(a.tag(v-1), "NN") {
		return false
	}
	switch a.tag(v + 1) {
	case "DT", "PRP$", "PRP", "NNP":
	default:
		return false
	}
	_, s, ok := a.subjectLeft(v, lo)
	return ok && s == lo
}

// purposeCue returns the verb of saying that "to" opens after a light verb
// at token v and before byte offset end ("took to Twitter to accuse"),
// or -1.
func (a *annotator) purposeCue(v, hi, end int) int {
	for k := v + 1; k+1 < hi && k-v <= 8 && a.toks[k+1].Span.Start < end; k++ {
		if a.word(k) == "to" && a.tag(k+1) == "VB" && a.cueAt(k+1) != "" {
			return k + 1
		}
	}
	return -1
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
	if !ok {
		return
	}
	if p := end - 1; p > i+2 && isPossessive(a.word(p)) && (end == hi || a.word(end) == "," || a.word(end) == ".") &&
		(r.kind == refName || r.kind == refOrg) && a.toks[p].Span.Start == r.span.End {
		// "According to Moody's, ...", "according to Standard & Poor's,":
		// a possessive that ends the phrase ends a firm's name, as in
		// "Moody's said"
		sp := pipeline.Span{Start: r.span.Start, End: a.toks[p].Span.End}
		r = a.orgRef(sp)
	}
	cue := a.span(i, i+2)
	lead := i-lo <= 3
	for j := lo; j < i && lead; j++ {
		if w := a.word(j); w != "," && w != "but" && w != "and" && w != "so" && w != "however" && w != "also" && !a.isQuoteTok(j) {
			lead = false
		}
	}
	// "The IMF said that, according to data provided by the Liberians,
	// the country's GDP rose": what follows the phrase is reported
	after := -1
	if !lead && i-2 >= lo && a.word(i-1) == "," && (a.word(i-2) == "that" || a.cueAt(i-2) == "say") {
		after = a.commaAfter(end, hi)
	}
	var content pipeline.Span
	switch {
	case lead && end < hi && a.word(end) == ",":
		content = pipeline.Span{Start: a.toks[end].Span.End, End: a.toks[hi-1].Span.End}
	case after > 0:
		content = pipeline.Span{Start: a.toks[after].Span.End, End: a.toks[hi-1].Span.End}
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
	if base == "" || a.isCap(i) && i > lo && !a.titleCase(lo, hi) || a.inQuote(a.toks[i].Span.Start) {
		return
	}
	if a.isCap(i) && i > lo && !strings.HasPrefix(a.tag(i), "VB") {
		// A headline: "..., Lindsey Graham Says."
		if i+1 < hi && !a.isPunct(i+1) {
			return
		}
		if i+1 < hi && a.word(i+1) == ":" && base != "say" && isAllCaps(a.tokText(i)) {
			return // a heading in capitals: "RAINFALL IN MINAS GERAIS STATE: GUAXUPE 33.0 MILLIMETRES"
		}
	} else if !strings.HasPrefix(a.tag(i), "VB") {
		// "The New York Post reports that ...": a verb in -s the tagger
		// took for a plural noun, after a name and before "that".
		if a.tag(i) != "NNS" || !strings.HasSuffix(a.word(i), "s") || i+1 >= hi || a.word(i+1) != "that" || i == lo || !a.isCap(i-1) {
			return
		}
	}
	cue := a.word(i)
	if a.hypothetical(i, lo) {
		return
	}
	if a.lx.quoting[base] && a.whatCalled(i, lo, hi) {
		return
	}
	verb := i // the word left of which the subject ends
	if a.tag(i) == "VBG" {
		switch {
		case i > lo && progressive[a.word(i-1)]:
			// "Trump is telling voters that ...": progressive.
			verb = i - 1
		case i > lo && a.word(i-1) == "as":
			// "The Post quoted a source close to Reagan as saying the
			// White House expected ...": the person quoted speaks
			if r, ok := a.quotedAs(i, lo); ok {
				a.reportedClause(i, hi, base, cue, r)
			}
			return
		case i > lo && (a.word(i-1) == "," || gerundPreps[a.word(i-1)]):
			// "..., adding that ...", "for saying that ...": the subject
			// of the clause before (not for a verb that reports words
			// only by quoting them: "dismissing the fact ...").
			if !a.lx.quoting[base] || a.isSpeech(base) {
				r := a.clauseSubject(lo, i)
				if a.word(i-1) == "," {
					r = a.participleSubject(lo, i-1, r)
				}
				a.reportedClause(i, hi, base, cue, r)
			}
			return
		default:
			return
		}
	} else if i > lo && a.word(i-1) == "to" && a.tag(i) == "VB" && i+1 < hi && a.word(i+1) == "that" {
		// "went on to say that ...": the subject of the clause.
		a.reportedClause(i, hi, base, cue, a.clauseSubject(lo, i))
		return
	} else if i > lo && beForms[a.word(i-1)] && !a.possessiveName(i-1, lo) || i > lo+1 && beForms[a.word(i-2)] && a.tag(i-1) == "RB" && !a.possessiveName(i-2, lo) {
		return
	}
	if a.lx.quoting[base] && a.cueAt(i) != "" && !a.lx.bare[base] && !a.lx.object[base] && !a.isSpeech(base) {
		r, _, ok := a.subjectLeft(verb, lo)
		if !ok && i-1 > lo && (a.word(i-1) == "and" || a.word(i-1) == "but") && (a.tag(i) == "VBD" || a.tag(i) == "VBN" && a.activePast(lo, i-1)) {
			// "Warren criticised the bank and called for ...": the
			// subject of the clause before
			r, ok = a.conjoinedSubject(lo, i-1)
		}
		if ok && (a.prepContent(i, hi, base, cue, r) || a.objectContent(i, hi, base, cue, r)) {
			return // "Trump called for a ban on imports", "condemned the attack on the embassy"
		}
		a.quotingVerb(i, verb, lo, hi, cue)
		return
	}
	if c := a.commaBefore(i, lo); c < 0 && i-lo >= 4 && a.lx.bare[base] && i+2 < hi && names.IsTitle(strings.TrimSuffix(a.word(i+1), ".")) && a.isCap(i+2) {
		// "... that have educational elements said Mr Owen.": the comma
		// left out before an inverted cue and a titled name that ends the
		// sentence
		if r, end, ok := a.speakerRight(i, hi); ok && r.kind == refName && a.tail(end, hi) {
			if content := a.unclaimed(a.span(lo, i)); a.words(content) >= 3 {
				a.cueUsed[i] = true
				a.add(pipeline.Indirect, content, cue, a.toks[i].Span, r)
			}
			return
		}
	}
	if r, subj, ok := a.subjectLeft(verb, lo); ok && !a.invertedAfterComma(i, hi) {
		// Postposed: "CONTENT, X said (in a statement)."
		if a.tail(i+1, hi) {
			if c := a.commaBefore(subj, lo); c > lo {
				content := a.unclaimed(a.span(lo, c))
				if a.words(content) >= 3 {
					a.cueUsed[i] = true
					a.add(pipeline.Indirect, content, cue, a.toks[i].Span, r)
					a.continuation(i, hi, cue, r)
				}
				return
			}
			if (i+1 >= hi || a.word(i+1) != ",") && (subj > lo || !a.lx.bare[base]) {
				return
			}
			// nothing before the subject: what the tail took for an
			// adverbial may open the content ("said, as previously
			// announced, he will listen to any bid") or be the reported
			// clause ("The officials said the meeting here, where ...,
			// will be")
		}
		if a.interrupted(i, subj, lo, hi) && a.parenthetical(i, subj, lo, hi, cue, r) {
			// "These employees, Stumpf explained earlier in the
			// hearing, were well paid."
			return
		}
		c := a.contentStart(i, hi, base)
		if c < 0 && a.parenthetical(i, subj, lo, hi, cue, r) {
			return
		}
		if c < 0 || hi-c < 3 {
			if c < 0 && a.infinitiveClause(i, hi, base, cue, r) {
				return
			}
			if c < 0 && (a.prepContent(i, hi, base, cue, r) || a.objectContent(i, hi, base, cue, r)) {
				return
			}
			if c < 0 && a.lx.quoting[base] {
				// "Trump is promising lower taxes and “jobs, jobs, jobs”"
				a.quotingVerb(i, verb, lo, hi, cue)
			}
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
	if w := a.relativeWhich(i, lo); w > lo {
		// "the Low Pay Commission, which said the number of jobs had
		// continued to grow": the institution the clause hangs from
		if s, e, end, ok := a.relativeHead(w, i, lo, hi); ok {
			if r, ok := a.parseNP(s, e); ok && r.kind == refOrg {
				a.reportedClause(i, end, base, cue, r)
			}
		}
		return
	}
	if w := a.relativeWho(i, lo); w > lo {
		// "McConnell, who in 2010 said the goal was ...": the person
		// the relative clause hangs from.
		s, e, end, ok := a.relativeHead(w, i, lo, hi)
		hi = end
		if ok {
			if p := s - 1; p-1 >= lo && a.tag(p) == "IN" && a.tag(p-1) == "NNS" && !a.isCap(p-1) {
				// "lawmakers in her Conservative Party, who said ...":
				// the group the clause hangs from, nobody named
				g := pipeline.Span{Start: a.toks[p-1].Span.Start, End: a.toks[e-1].Span.End}
				a.reportedClause(i, hi, base, cue, ref{kind: refDescriptor, text: g.In(a.text), span: g, head: singular(a.word(p - 1))})
				return
			}
			if r, ok := a.parseNP(s, e); ok && (r.kind == refName || r.kind == refOrg) {
				a.reportedClause(i, hi, base, cue, r)
			} else if n, ok := a.appositionHead(s, lo); ok {
				// "McConnell, now the Senate majority leader, who in
				// 2010 said ...": the name the apposition describes
				a.reportedClause(i, hi, base, cue, n)
			} else if r, ok := a.parseNP(s, e); ok && a.describedSpeaker(r, s, e, lo, base) {
				a.reportedClause(i, a.relativeEnd(i, hi), base, cue, r)
			}
		}
		return
	}
	conj := i - 1
	if conj > lo && (a.word(conj) == "has" || a.word(conj) == "have" || a.word(conj) == "had") {
		conj-- // "... and has said it intends to"
	}
	if conj >= lo && (a.word(conj) == "and" || a.word(conj) == "but") && (a.tag(i) == "VBD" || a.tag(i) == "VBZ" || conj < i-1 || a.tag(i) == "VBN" && a.activePast(lo, conj)) {
		// "X says ... and said ...", "AOL backed the cuts but said
		// ...": the subject of the clause before.
		if r, ok := a.conjoinedSubject(lo, conj); ok {
			a.reportedClause(i, hi, base, cue, r)
		}
		return
	}
	// Inverted: "CONTENT, said X." (not "told": what follows it is the
	// audience, never the speaker); the comma may be left out after a
	// quotation that ends the content ("2004 was a “stellar year” said
	// Roger Bennett")
	c := a.commaBefore(i, lo)
	if c < 0 && i-1 > lo && a.closingMark(i-1) && i+1 < hi && a.isCap(i+1) {
		c = i
	}
	if c > lo && !(a.lx.object[base] && !a.lx.bare[base]) {
		r, end, ok := a.speakerRight(i, hi)
		if !ok || r.kind == refDescriptor && !a.speakerHead(r.head) {
			return // not "..., announced increases in fuel prices"
		}
		// "..., said the official who declined to be named.": a relative
		// clause of the speaker's ends the sentence as a tail does
		inside := !a.tail(end, hi) && !(end < hi && a.word(end) == "who")
		// "One of the drawbacks, said Mr Purushotma, was the lack of
		// ...": the cue between the subject and the predicate of what it
		// reports
		predicate := end+1 < hi && a.word(end) == "," && (finiteTag(a.tag(end+1)) || a.tag(end+1) == "MD") && a.verbless(lo, c) && !a.endsInCue(end+1, hi) &&
			finiteTag(a.tag(i)) && a.word(i+1) != "by" // not "The diary, written by a daughter of ..., was missing"
		if inside && !(end+1 < hi && a.word(end) == "," && (a.newClause(end+1, hi) || predicate) && !a.endsInCue(end+1, hi)) {
			return
		}
		if content := a.unclaimed(a.span(lo, c)); a.words(content) >= 3 {
			a.cueUsed[i] = true
			a.add(pipeline.Indirect, content, cue, a.toks[i].Span, r)
		}
		if inside {
			// "At that point, says Dr Tuffy, games could become ...",
			// "Also, said Mr Trainor, research is being done": the
			// clause after the inverted cue is reported too (what
			// stands before it, when only an adverbial, is dropped as a
			// fragment)
			if content := a.unclaimed(pipeline.Span{Start: a.toks[end+1].Span.Start, End: a.toks[a.clauseEnd(end+1, hi)-1].Span.End}); a.words(content) >= 3 {
				a.cueUsed[i] = true
				a.add(pipeline.Indirect, content, cue, a.toks[i].Span, r)
			}
		}
	}
}

// closingMark reports whether token k is the closing mark of a
// quotation.
func (a *annotator) closingMark(k int) bool {
	end := a.toks[k].Span.End
	for _, q := range a.quotes {
		if q.outer.End == end && q.closed {
			return true
		}
	}
	return false
}

// invertedAfterComma reports whether the verb of saying at token i,
// right after a comma, is an inverted cue whose speaker ends the sentence
// ("..., now at around five pct per annum, said the official who
// declined to be named."), whatever noun phrase stands before the comma.
func (a *annotator) invertedAfterComma(i, hi int) bool {
	if i == 0 || a.word(i-1) != "," || i+1 >= hi || !strings.HasPrefix(a.tag(i+1), "DT") && !a.isCap(i+1) {
		return false
	}
	if base := a.cueAt(i); a.lx.object[base] && !a.lx.bare[base] {
		return false // "..., told Reuters": an audience, never the speaker
	}
	r, end, ok := a.speakerRight(i, hi)
	if !ok || r.kind == refDescriptor && !a.speakerHead(r.head) {
		return false
	}
	if end < hi && a.word(end) == "who" {
		// "said the official who declined to be named.", not "said the
		// only executive who could release the news would not be
		// available": one verb, the relative clause's, to the end
		n := 0
		for k := end + 1; k < hi; k++ {
			if t := a.tag(k); finiteTag(t) || t == "MD" {
				n++
			}
		}
		return n == 1
	}
	return a.tail(end, hi)
}

// titleCase reports whether the words of tokens [lo, hi) are mostly
// capitalised, as in a headline ("Clean Energy, Lindsey Graham Says").
func (a *annotator) titleCase(lo, hi int) bool {
	caps, words := 0, 0
	for k := lo; k < hi && k-lo < 40; k++ {
		if a.isPunct(k) || a.tag(k) == "DT" || a.tag(k) == "IN" || a.tag(k) == "CC" || a.tag(k) == "TO" {
			continue
		}
		words++
		if a.isCap(k) {
			caps++
		}
	}
	return words >= 4 && caps*10 >= words*8
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
		if w == "," && k+1 < hi && (a.tag(k+1) == "VBG" && (!a.gerundSubject(k+1, hi) || a.cueAt(k+1) != "") || subordinators[a.word(k+1)] || a.word(k+1) == "with" ||
			k == j && (a.word(k+1) == "which" || a.word(k+1) == "who")) {
			// "..., said John Owens, spokesman for local 480, which is ..."
			// "..., McConnell said in June, citing ...", "..., lawmakers
			// said Friday, as they bristled at ...", "..., he said,
			// adding “This is not fair.”" (a verb of saying after the
			// comma is never a clause's subject)
			break
		}
		if a.tag(k) == "VBD" && k > j && strings.HasPrefix(a.tag(k-1), "NN") && !a.isCap(k-1) && k+1 < hi && (a.word(k+1) == "to" || a.word(k+1) == "by") {
			continue // a participle the tagger read as a past tense: "in a report submitted to ministers"
		}
		if w == "that" || w == ":" || strings.HasPrefix(a.tag(k), "VB") && a.tag(k) != "VBN" && !(a.tag(k) == "VBG" && k > j && a.tag(k-1) == "IN") {
			return false // a gerund after a preposition is a noun: "said without giving details", "told a conference on ageing"
		}
		if n++; n > maxTail || n > shortTail && !ppPreps[a.word(j)] && a.word(j) != "to" {
			return false
		}
	}
	if n == 0 {
		return true
	}
	w := a.word(j)
	return w == "in" || w == "on" || w == "at" || w == "during" || w == "after" || w == "to" || w == "," || w == "with" || w == "without" || w == "last" || w == "this" || w == "yesterday" || w == "today" || w == "earlier" ||
		// "..., oil analyst Doug Gowland said from Toronto", "..., a
		// spokeswoman said by phone"
		w == "from" && j+1 < hi && (a.isCap(j+1) || a.tag(j+1) == "PRP$") || w == "by" && j+1 < hi && byMeans[a.word(j+1)] ||
		// "..., Morgan Stanley Ltd said as lead manager"
		w == "as" && j+1 < hi && !subjectPronouns[a.word(j+1)] && !a.isQuoteTok(j+1) ||
		// "..., Treasurer Paul Keating said here" (a wire's dateline
		// place), "..., he said later"
		w == "here" || w == "there" || w == "later" || w == "recently" || w == "separately" || w == "tonight" ||
		// "..., Graham told The New York Times", "..., he told me",
		// "..., she said Friday"
		a.isCap(j) || w == "me" || w == "us" || w == "him" || w == "her" || w == "them" || w == "reuters" || a.audienceEnd(j, hi) > j ||
		audienceNouns[w] || w == "officials" // "told officials from 30 Asian countries"
}

// byMeans are the means of speaking after "said by" in a tail.
var byMeans = map[string]bool{"phone": true, "telephone": true, "telex": true, "fax": true, "letter": true, "e-mail": true, "email": true}

// shortTail is the most words a tail after a postposed cue may hold
// ("told Reuters in an interview"), and maxTail the most a tail opening
// with a preposition may ("in a published weekend speech delivered to a
// youth congress").
const shortTail, maxTail = 8, 12

// gerundSubject reports whether the gerund at token g is the subject of
// a clause ("replacing Clinton would be much more acrimonious") rather
// than a participle hanging from the clause before ("citing ...").
func (a *annotator) gerundSubject(g, hi int) bool {
	for k := g + 1; k < hi && k-g <= 8; k++ {
		switch w := a.word(k); {
		case w == "," || w == "that" || w == "which" || w == "who":
			return false
		case a.tag(k) == "MD" || a.tag(k) == "VBZ" || a.tag(k) == "VBD" || a.tag(k) == "VBP":
			return true
		}
	}
	return false
}

// subordinators open an adverbial clause that ends a postposed cue's
// tail: "..., lawmakers said, as they ...".
var subordinators = map[string]bool{
	"as": true, "while": true, "because": true, "since": true, "though": true, "although": true,
	"after": true, "before": true, "when": true, "where": true, "but": true, "and": true,
}

// contentStart returns the first token of the clause a cue verb at i
// introduces, or -1: after "that" (skipping an object, "in a statement" or
// ", in turn,"), after a colon, or right after a verb that takes a bare
// clause.
func (a *annotator) contentStart(i, hi int, base string) int {
	if a.lx.closesOnly(base) {
		return -1
	}
	j := i + 1
	for j < hi && (a.tag(j) == "RP" || a.word(j) == "out") {
		j++
	}
	if j < hi && a.word(j) == "," {
		k := j + 1
		for k < hi && k-j <= 12 && a.word(k) != "," {
			k++
		}
		if k < hi && (k-j <= 5 || j+1 < hi && a.tag(j+1) == "IN" && a.newClause(k+1, hi)) {
			// "said, as previously announced, he will", "said, on its
			// first day under new management, it slashed fares"
			j = k + 1
		} else if a.lx.bare[base] {
			// "Mr. Obama said, a majority of Americans ..."
			j++
		}
	}
	window := 12
	if a.lx.object[base] && !a.lx.bare[base] {
		window = 20 // an audience before "that": "told the opening meeting of trade ministers from 22 nations gathered for informal talks on the GATT that"
	}
	for k := j; k < hi && k-j <= window; k++ {
		w := a.word(k)
		if w == "that" {
			// A noun of saying or one that takes a clause of its own
			// ("denied reports that", "repeated his view that", "the fact
			// that") is followed by that clause, not by a relative.
			// Nor is a time ("Lyng's statement last week that").
			relative := k > j && strings.HasPrefix(a.tag(k-1), "NN") && !a.lx.claimNoun[a.word(k-1)] && !complementNouns[a.word(k-1)] && !timeWords[a.word(k-1)]
			if relative && !a.lx.object[base] && a.plainNP(j, k) {
				break // "said the typical used car that changed hands was": "say" takes no object, so "that" is a relative
			}
			// After a phrase ("said after the opening session that
			// prospects for an agreement were improving") "that" opens
			// the clause far more often than a relative on the phrase's
			// noun, so only a word that cannot be a noun makes it one.
			if a.thatSubject(k, hi, !(k > j && a.tag(j) == "IN")) {
				if relative && !(k-1 == j && a.lx.object[base]) {
					// "said the segment of the pipeline that was damaged
					// was underground": a relative clause on a noun of
					// the reported clause (or of an object: "warning
					// about viruses that can spread"), not its opening;
					// but "told reporters that was not good enough"
					break
				}
				return k // "said that was the only contact": "that" is the subject
			}
			if k+2 < hi && a.word(k+1) == "," {
				return k + 2 // "said that, for airline companies, a purchaser would"
			}
			return k + 1
		}
		if w == ":" && k == j {
			return k + 1
		}
		t := a.tag(k)
		if t == "VBG" && k > j && (a.word(k-1) == "before" || a.word(k-1) == "after" || a.word(k-1) == "while" || a.word(k-1) == "when" ||
			w == "following" || w == "regarding" || w == "concerning") {
			continue // "told Reuters before addressing the association that", "told reporters following the release of ... that"
		}
		if k > j && k+1 < hi && (t == "RB" && (a.tag(k+1) == "VBN" || a.tag(k+1) == "JJ") && a.tag(k-1) == "DT" ||
			t == "VBN" && (a.tag(k-1) == "RB" || a.tag(k-1) == "DT" || a.tag(k-1) == "JJ") && strings.HasPrefix(a.tag(k+1), "NN")) {
			continue // a participle in the phrase's noun phrase: "during a nationally televised news conference that"
		}
		if !(npTag(t) || t == "IN" || t == "PRP" || t == "TO" || w == "," || (t == "RB" || t == "RBR") && k > j && a.lx.object[base] || sayAdverbs[w] ||
			t == "CC" && a.isCap(k-1) && a.isCap(k+1)) { // "in a filing with the Securities and Exchange Commission that"
			break // "told reporters later that", "said earlier today that"
		}
	}
	if base == "express" {
		return -1
	}
	if j < hi && !a.lx.bare[base] && a.lx.object[base] {
		// "told reporters the talks would resume", "told Reuters
		// prices would fall": an audience, then a clause of its own
		k := a.audienceEnd(j, hi)
		if k == j {
			k = a.plainAudience(j, hi)
		} else if k < hi && !a.newClause(k, hi) {
			// a name's possessive and the rest of the phrase: "told USA
			// TODAY's weekly video newsmaker series it is clear"
			if m := a.plainAudience(k, hi); m > k {
				k = m
			}
		}
		if k > j && k+1 < hi && a.word(k) == "here" {
			k++ // "told reporters here the EC would not bow"
		}
		if k > j && k < hi {
			if a.newClause(k, hi) {
				return k
			}
			if c := a.afterPhrase(k, hi); c > k {
				return c // "told reporters on Friday the vote would ..."
			}
			if a.longSubject(k, hi) {
				// a longer subject: "told the meeting an austerity plan
				// to trim government spending would be introduced"
				return k
			}
		}
		return -1
	}
	if j >= hi || !a.lx.bare[base] {
		return -1
	}
	if j+1 < hi && sayAdverbs[a.word(j)] && a.tag(j+1) != "VBN" && a.tag(j+1) != "VBD" && a.tag(j+1) != "JJ" {
		// "said afterwards the three men had ...", "say privately he
		// is", not "said recently elected secretary John Manningham
		// died"
		j++
	}
	if a.word(j) == "as" {
		// "said as previously announced, it will ...": an aside
		k := j + 1
		for k < hi && k-j <= 3 && a.tag(k) == "RB" {
			k++
		}
		if k+1 < hi && a.tag(k) == "VBN" && a.word(k+1) == "," && a.newClause(k+2, hi) {
			return k + 2
		}
	}
	if c := a.afterTime(j, hi); c > j {
		return c // "said this week he would not apologise"
	}
	if a.opensPhrase(j) {
		// "said in a statement it would ...", "said on Monday the
		// talks had failed": a short phrase of place or time, then a
		// clause of its own
		if c := a.afterPhrase(j, hi); c > j {
			return c
		}
		return a.frontedPhrase(j, hi)
	}
	if base == "add" && !a.newClause(j, hi) {
		// "added the industry would need ...", not "added 10 cts to
		// 5.20 dlrs after ..."
		return -1
	}
	if clauseOpeners[a.word(j)] {
		// "said while production stayed below quota, sales might
		// exceed output": a subordinate clause, a comma, the main one
		for k := j + 2; k < hi && k-j <= 25; k++ {
			if a.word(k) == "," {
				if a.newClause(k+1, hi) {
					return j
				}
				break
			}
		}
	}
	if j+1 < hi && (a.tag(j) == "VBN" && a.tag(j+1) == "IN" || base == "say" && a.tag(j) == "TO" && a.tag(j+1) == "VB" && a.word(j+1) != "be" && a.word(j+1) != "have") {
		// "said based on recent talks with Intel, it expects", "said to
		// make the offering, it will ask"
		if c := a.frontedPhrase(j, hi); c >= 0 {
			return c
		}
	}
	if a.tag(j) == "IN" && !quantityWords[a.word(j)] && a.word(j) != "if" && a.word(j) != "whether" {
		// "said by the end of 1987, more than 1.6 billion dlrs would
		// be downgraded", "said without the rise of the mark, orders
		// would have been higher": a phrase that the reported clause
		// opens with
		return a.frontedPhrase(j, hi)
	}
	switch t := a.tag(j); {
	case t == "IN" && quantityWords[a.word(j)] && j+1 < hi && a.tag(j+1) == "CD":
		// "said over 19,000 products will be affected"
	case t == "VBN" && j+1 < hi && (a.tag(j+1) == "NN" || a.tag(j+1) == "NNS") && (a.clauseVerb(j+1, hi) > 0 || a.newClause(j+1, hi)):
		// "said imported goods prices rose": a participle before its
		// noun, in the subject of the clause
	case t == "CC" && (a.word(j) == "neither" || a.word(j) == "either" || a.word(j) == "both") && a.newClause(j, hi):
		// "says neither the nominee nor her campaign helped"
		return j
	case t == "IN" && a.word(j) != "if" && a.word(j) != "whether", t == "TO", t == ",", t == ".", t == "CC",
		strings.HasPrefix(t, "VB") && t != "VBG" && !a.isCap(j):
		return -1
	}
	if a.isQuoteTok(j) && a.inClaimed(a.toks[j].Span.Start) {
		return -1
	}
	// Existential "there" and a verb start a clause whatever the verb's
	// tag ("said there needed to be ...", where "needed" may be taken for
	// a participle).
	if a.tag(j) == "EX" && j+1 < hi && (strings.HasPrefix(a.tag(j+1), "VB") || a.tag(j+1) == "MD") {
		return j
	}
	// A bare clause has a finite verb of its own ("said the vote was
	// fair", not "told CNN in August").
	// np: tokens j..k-1 are a noun phrase so far, with a noun if noun
	// is set; pp: one with phrases qualifying the noun ("the procedures
	// for surveillance"). Only "say" is trusted with these readings:
	// "declared a dividend ... held" has an object, not a clause.
	np, pp, noun := base == "say", base == "say", false
	for k := j; k < hi && k-j < 25; k++ {
		if base != "say" && noun && (a.word(k) == "and" || a.word(k) == "but") && a.endsInTime(j, k) &&
			k+1 < hi && !timeWords[a.word(k+1)] && a.tag(k+1) != "VBN" && a.tag(k+1) != "CD" { // not "for January and February", "dated March 15 and delivered"
			// "Watsonville declared bankruptcy last week and the cannery
			// was taken over": an object and when, then a clause of the
			// writer's
			return -1
		}
		if a.word(k) == "," && noun && (np || pp) {
			// "said other countries, such as Japan, also needed", "said
			// the drought, the worst for 20 years, is affecting": an
			// aside between commas after the subject's noun
			if c := a.asideEnd(k, hi); c > k {
				if c+1 < hi && a.tag(c+1) == "NNS" && a.thirdPerson(c+1, hi) {
					return j // "said the program, estimated to cost ..., aims to"
				}
				k = c
				continue
			}
		}
		switch a.tag(k) {
		case "VBD", "VBZ", "VBP", "MD":
			return j
		case "NN", "NNS", "VB":
			if pp && noun && k > j && k+2 < hi && a.word(k+1) == "to" && a.tag(k+2) == "VB" && !a.isCap(k) && semiModals[a.word(k)] {
				// "said the procedures need to be reviewed": a verb
				// before "to" the tagger took for a noun
				return j
			}
			if np && noun && k > j && k+1 < hi && evidenceVerbs[a.word(k)] && strings.HasSuffix(a.word(k-1), "s") && !a.isCap(k-1) &&
				(a.tag(k+1) == "DT" || a.tag(k+1) == "NNP" || a.tag(k+1) == "PRP" || a.tag(k+1) == "PRP$" || a.word(k+1) == "that") {
				// "said the videos show Scott calmly leaving his car": a
				// verb after a plural subject that the tagger took for a
				// noun
				return j
			}
		case "VBN":
			if k == j+1 && (a.word(j) == "this" || a.word(j) == "these" || a.word(j) == "those") && !a.isCap(k) && k+1 < hi &&
				!strings.HasPrefix(a.tag(k+1), "NN") && a.tag(k+1) != "JJ" && a.word(k+1) != "by" {
				// "said this represented under one month's consumption": a
				// demonstrative subject and a past tense the tagger took
				// for a participle (not "this proposed rule")
				return j
			}
			if (np || pp && k-j >= 3) && noun && !a.isCap(k) && (k+1 >= hi || a.word(k+1) != "by" || k+2 < hi && a.tag(k+2) == "CD") {
				// "has said its profits doubled": a noun phrase and a
				// past tense the tagger took for a participle
				return j
			}
		}
		t := a.tag(k)
		adv := k > j && (t == "RB" || t == "RBR" || t == "RBS" || t == "JJR" || a.word(k) == "than") ||
			k == j && t == "RB" && k+1 < hi && (a.tag(k+1) == "CD" || a.tag(k+1) == "RB" || a.tag(k+1) == "DT") // "only about five minutes"
		// "its sales and profits hit records": nouns joined by "and"
		coord := t == "CC" && noun && k+1 < hi && npTag(a.tag(k+1)) && a.tag(k+1) != "VBN"
		pp = pp && (npTag(t) && t != "VBN" || adv || coord || noun && npPreps[a.word(k)]) // "the procedures for surveillance need to"
		np = np && (npTag(t) && t != "VBN" || adv || coord)
		// "most of the recent mergers": a quantity of a group is a noun
		noun = noun || strings.HasPrefix(t, "NN") || k+1 < hi && a.word(k+1) == "of" && quantityOf[a.word(k)]
		if finiteWords[a.word(k)] {
			return j
		}
		if (np || pp) && a.tag(k) == "NNS" && k > j && (noun && a.tag(k-1) == "NN" || a.tag(k-1) == "JJ" && k-1 == j+1 && a.tag(j) == "DT") && !a.isCap(k-1) && a.thirdPerson(k, hi) {
			// "said the rate applies to two-year loans", "said its
			// indenture for subordinated debt limits stock purchases",
			// "says the public supports replacing the Lords": a verb in
			// -s the tagger took for a plural noun, the clause's only verb
			return j
		}
		if (np || pp) && noun && a.baseVerbAfterPlural(j, k, hi) {
			// "says a clear majority of MPs support replacing the Lords":
			// a verb in the base form the tagger took for a noun after a
			// plural, the clause's only verb
			return j
		}
		if (np || pp) && noun && k > j && pastForms[a.word(k)] && !a.isCap(k) && (strings.HasPrefix(a.tag(k-1), "NN") || a.tag(k-1) == "CD") && !a.isCap(k-1) {
			// "said firmness in the market ... lent/JJ support", "said
			// the most common types of attacks hit/VBN sites": an
			// irregular past after the subject's noun, whatever the
			// tagger made of it
			return j
		}
		if changeVerbs[a.word(k)] && noun && k > j && (strings.HasPrefix(a.tag(k-1), "NN") || a.tag(k-1) == "CD") {
			// "said its load factor for February declines to 41.8 pct":
			// a verb of change the tagger took for a plural noun
			return j
		}
		if subjectPronouns[a.word(k)] && a.tag(k) == "PRP" {
			// "said it no longer needed ...": a subject pronoun and a
			// verb the tagger took for a participle
			v := k + 1
			for v < hi && (a.tag(v) == "RB" || a.word(v) == "no" || a.word(v) == "longer") {
				v++
			}
			if v < hi && (a.tag(v) == "VBN" || a.tag(v) == "VB" || a.tag(v) == "NNS" && thirdSingular[a.word(k)] && strings.HasSuffix(a.word(v), "s")) && !a.isCap(v) {
				return j // "says it no longer tolerates": a verb the tagger took for a plural
			}
		}
	}
	return -1
}

// endsInTime reports whether tokens [s, e) end in a phrase of time of
// up to three words after at least one other word ("bankruptcy last
// week").
func (a *annotator) endsInTime(s, e int) bool {
	for m := max(s+1, e-3); m < e; m++ {
		if a.timePhrase(m, e) {
			return true
		}
	}
	return false
}

// plainNP reports whether tokens [s, e) are a noun phrase (with "of"
// phrases) that is no time adverbial: "the typical used car", "the
// formation of a new group", not "last week" or "in a statement".
func (a *annotator) plainNP(s, e int) bool {
	if a.timePhrase(s, e) {
		return false
	}
	for j := s; j < e; j++ {
		if t := a.tag(j); !(npTag(t) && (t != "VBN" || j > s) || a.word(j) == "of" && j > s) || a.isQuoteTok(j) {
			return false
		}
	}
	return true
}

// thatSubject reports whether "that" at token k is the subject of the
// verb after it ("said that was the only contact", "viruses that can
// spread") rather than a conjunction before a clause. After "that" the
// tagger takes many a word for a verb: a name ("told delegates that iPod
// already had", "that Sofer transferred"), a plural noun ("said in a
// statement that forecasts show"), a participle before its noun ("told
// Reuters that planned job cuts would"), "up to". So a modal, a form of
// "be" or "have" counts, and a past tense when no noun follows it; a
// present ("a system that runs at", "demands that come with") counts
// only if present is set, and only when no verb, "to" or noun follows it
// ("that project expenditure would"); none with a capital letter.
func (a *annotator) thatSubject(k, hi int, present bool) bool {
	if k+1 >= hi || a.isQuoteTok(k+1) {
		return false
	}
	t, w := a.tag(k+1), a.word(k+1)
	if t == "MD" || finiteWords[w] {
		return true
	}
	if !(t == "VBD" || present && (t == "VBZ" || t == "VBP")) || strings.ContainsFunc(a.tokText(k+1), unicode.IsUpper) {
		return false
	}
	if k+2 >= hi {
		return true
	}
	n := a.tag(k + 2)
	if t == "VBD" {
		return !(n == "NN" || n == "NNS" || n == "JJ" || n == "VBG")
	}
	return !(finiteTag(n) || n == "MD" || n == "TO" || n == "NN" || n == "NNS")
}

// quotedAs reads the person a source quotes before "as" and a verb of
// saying at token v ("the NRC quoted the official as saying", "They
// quoted an Iranian soldier, Hamid Dehqani, as saying", "quoting Baka as
// telling"): the speaker is the person quoted, not the source.
func (a *annotator) quotedAs(v, lo int) (ref, bool) {
	if v-3 < lo || a.word(v-1) != "as" {
		return ref{}, false
	}
	q := -1
	for k := v - 2; k >= lo && v-k <= 14; k-- {
		switch a.word(k) {
		case "quoted", "quoting", "quotes", "quote", "cited", "citing", "cites":
			q = k
		}
		if q >= 0 || a.isQuoteTok(k) || finiteTag(a.tag(k)) && k < v-2 {
			break
		}
	}
	if q < 0 || q+1 >= v-1 {
		return ref{}, false
	}
	b := a.skipAdverbs(q-1, lo)
	if passive := b >= lo && beForms[a.word(b)]; passive || a.word(q+1) == "by" {
		// "Nakasone was quoted by Kyodo News Service as saying": the
		// subject of the passive, never the agent
		if passive {
			if r, _, ok := a.subjectLeft(b, lo); ok {
				return r, true
			}
		}
		return ref{}, false
	}
	// the person read as a subject is: "a source close to Reagan", "an
	// Iranian soldier, Hamid Dehqani,"; nothing else ("Mobil president
	// Richard Tucker, currently in Peking," is no place's)
	if r, s, ok := a.subjectLeft(v-1, q+1); ok && s == q+1 && !(r.kind == refPronoun && strings.ToLower(r.text) == "it") {
		return r, true
	}
	return ref{}, false
}

// thirdPerson reports whether token k, a word in -s read as a plural
// noun after a singular one, is the verb of the clause instead: an object
// or a phrase follows it ("applies to", "limits stock purchases") and no
// other verb does before the sentence ends.
func (a *annotator) thirdPerson(k, hi int) bool {
	w := a.word(k)
	if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || k+1 >= hi {
		return false
	}
	switch a.tag(k + 1) {
	case "TO", "DT", "PRP$", "NN", "NNS", "CD", "JJ", "IN", "VBG":
	default:
		return false
	}
	return a.noVerbAfter(k, hi)
}

// frontedPhrase returns j when the phrase or subordinate clause that
// opens at token j, right after a verb of saying, runs to a comma after
// which a clause of its own begins ("said by the end of 1987, more than
// 1.6 billion dlrs would be downgraded", "said unless the dispute was
// settled, he would withdraw the subsidy"): the phrase belongs to what is
// reported. It returns -1 otherwise.
func (a *annotator) frontedPhrase(j, hi int) int {
	for k := j + 1; k < hi && k-j <= 25; k++ {
		w := a.word(k)
		if sentenceEnd(w) || w == ";" || w == ":" || a.isQuoteTok(k) || w == "that" {
			return -1
		}
		if w == "," {
			if k > j+1 && a.looseClause(k+1, hi) && !a.endsInCue(k+1, hi) {
				return j
			}
			return -1
		}
	}
	return -1
}

// longSubject reports whether tokens from j, after an audience, are a
// clause whose subject is longer than newClause allows ("an austerity
// plan to trim government spending would be", "bilateral retaliation at
// the enormous expense of the rest of the world was"): a noun phrase with
// its phrases, no relative clause, participle, pronoun or time word
// (which would mean the audience goes on, or another clause starts), and
// a finite verb within fourteen words.
func (a *annotator) longSubject(j, hi int) bool {
	if j >= hi || !(a.tag(j) == "DT" || a.tag(j) == "JJ" || a.tag(j) == "NN" || a.tag(j) == "NNS") {
		return false
	}
	for k := j; k < hi && k-j <= 14; k++ {
		t, w := a.tag(k), a.word(k)
		switch {
		case finiteTag(t) || t == "MD":
			return k > j+1
		case t == "VBG" || t == "PRP" || t == "WDT" || t == "WP" || timeWords[w] || clauseWords[w] || w == "where",
			a.isPunct(k) && w != "-" && w != "%":
			return false
		}
	}
	return false
}

// looseClause reports whether tokens from j start a clause with a subject
// of any shape ("more than 1.6 billion dlrs of the stock would be",
// "incoming orders would have been", "about 32,000 are"): a finite verb
// within fourteen words, no punctuation before it, and a first word that
// is no verb, conjunction or relative pronoun.
func (a *annotator) looseClause(j, hi int) bool {
	if j >= hi {
		return false
	}
	switch t, w := a.tag(j), a.word(j); {
	case strings.HasPrefix(t, "VB") && t != "VBG", t == "CC", t == "WDT", t == "WP", t == "TO", t == "MD",
		t == "IN" && !quantityWords[w]:
		return false
	}
	for k := j; k < hi && k-j <= 14; k++ {
		t := a.tag(k)
		switch {
		case finiteTag(t) || t == "MD":
			return k > j
		case a.isPunct(k) && a.word(k) != "-" && a.word(k) != "%":
			return false
		}
	}
	return false
}

// pastForms are irregular past tenses of English verbs, which the tagger
// often reads as adjectives or nouns ("lent", "hit", "fell").
var pastForms = map[string]bool{
	"lent": true, "hit": true, "fell": true, "rose": true, "grew": true, "led": true, "cut": true, "sold": true,
	"bought": true, "paid": true, "held": true, "won": true, "lost": true, "spent": true, "sent": true, "built": true,
	"kept": true, "left": true, "made": true, "took": true, "gave": true, "came": true, "went": true, "brought": true,
	"began": true, "drew": true, "fought": true, "found": true, "knew": true, "met": true, "meant": true, "ran": true,
	"saw": true, "sought": true, "stood": true, "struck": true, "taught": true, "thought": true, "threw": true,
	"told": true, "understood": true, "wrote": true, "broke": true, "chose": true, "dealt": true, "drove": true,
	"fed": true, "felt": true, "fled": true, "flew": true, "got": true, "hid": true, "laid": true, "shook": true,
	"slid": true, "spoke": true, "stole": true, "stuck": true, "swept": true, "swung": true, "tore": true,
	"withdrew": true, "upheld": true, "withheld": true, "overtook": true, "undercut": true, "outweighed": true,
}

// changeVerbs are verbs in -s of the figures news reports, which the
// tagger may take for plural nouns after a noun phrase.
var changeVerbs = map[string]bool{
	"rises": true, "falls": true, "declines": true, "drops": true, "climbs": true, "totals": true,
	"increases": true, "decreases": true, "grows": true, "gains": true, "eases": true, "jumps": true,
	"slips": true, "remains": true, "stands": true, "exceeds": true,
	// and verbs of cause and need: "most of the decline results from"
	"results": true, "stems": true, "depends": true, "reflects": true, "needs": true,
}

// subjectPronouns are the pronouns that can only be a clause's subject.
var subjectPronouns = map[string]bool{"i": true, "he": true, "she": true, "we": true, "they": true, "it": true}

// audienceEnd returns the token after the audience a verb of telling
// names at j ("reporters", "a news conference", "Reuters", "him"), or j
// when there is none.
func (a *annotator) audienceEnd(j, hi int) int {
	if a.tag(j) == "PRP" {
		if audiencePronouns[a.word(j)] {
			return j + 1
		}
		return j
	}
	k := j
	if a.tag(k) == "DT" && k+1 < hi && a.isCap(k+1) {
		k++ // "the Stock Exchange", "the Senate Judiciary Committee"
	}
	if a.isCap(k) && strings.HasPrefix(a.tag(k), "NN") {
		// a name: "told Reuters" (whatever the tagger made of it:
		// "Reuters/NNS"), "told CNN", "told Parliament", "told the
		// Commons"
		e := k + 1
		for e < hi && e-k < 8 && (a.isCap(e) && (a.tag(e) == "NNP" || a.tag(e) == "NNPS") || a.tag(e) == "POS" ||
			(a.word(e) == "and" || a.word(e) == "of" || a.word(e) == "for" || a.word(e) == "&") && e+1 < hi && a.isCap(e+1)) {
			e++ // "told the Securities and Exchange Commission"
		}
		if e < hi && !a.newClause(e, hi) && (finiteTag(a.tag(e)) || a.tag(e) == "MD") {
			// the clause's subject is a name too: "told Reuters Brazil
			// was not planning": the longest audience a clause follows
			for c := e - 1; c > k; c-- {
				if a.newClause(c, hi) && !a.lx.isRole(a.word(c-1)) && genderOfTitle[strings.TrimSuffix(a.word(c-1), ".")] == "" {
					return c // not inside a titled name: "told the BBC Mr Howard had"
				}
			}
		}
		if k > j {
			// a name that modifies the audience's noun: "told a Sydney
			// radio station the deficit may ...", up to the determiner
			// that opens the clause's subject
			m := e
			for m < hi && m-e < 4 && (a.tag(m) == "NN" || a.tag(m) == "NNS") && !a.isCap(m) {
				m++
			}
			if m > e && m < hi && (a.tag(m) == "DT" || a.tag(m) == "PRP$" || a.tag(m) == "PRP") && a.newClause(m, hi) {
				return m
			}
		}
		return e
	}
	k = j
	for k < hi && k-j < 3 && (a.tag(k) == "DT" || a.tag(k) == "PRP$" || a.tag(k) == "JJ" || a.tag(k) == "NN" && !audienceNouns[a.word(k)]) {
		k++
	}
	if k < hi && audienceNouns[a.word(k)] {
		if k+2 < hi && a.tag(k+1) == "POS" && a.tag(k+2) == "NN" {
			return k + 3 // "told the annual shareholders' meeting"
		}
		return k + 1
	}
	return j
}

// possessiveName reports whether the "'s" at token k ends a name
// ("Moody's said", "McDonald's said") rather than standing for "is" ("it's
// said"): a possessive after a capitalised word.
func (a *annotator) possessiveName(k, lo int) bool {
	return k > lo && isPossessive(a.tokText(k)) && a.tag(k) == "POS" && a.isCap(k-1) && a.tag(k-1) != "PRP"
}

// endsInCue reports whether the clause from token c is a subject and a
// verb of saying that ends the sentence ("..., the minister added."):
// an attribution of its own, not what the verb before reports.
func (a *annotator) endsInCue(c, hi int) bool {
	for k := c; k < hi && k-c <= 8; k++ {
		if finiteTag(a.tag(k)) {
			return a.cueAt(k) != "" && a.tail(k+1, hi)
		}
	}
	return false
}

// afterTime returns where a clause of its own starts after a time
// adverbial at j ("this week", "earlier this month"), or -1: not after
// a time word that modifies a noun ("today's figures", "the three month
// increase").
func (a *annotator) afterTime(j, hi int) int {
	for n := 1; n <= 3 && j+n < hi; n++ {
		if a.timePhrase(j, j+n) && a.word(j) != "the" && !isPossessive(a.tokText(j+n)) && a.tag(j+n) != "NN" && a.newClause(j+n, hi) {
			return j + n
		}
	}
	return -1
}

// afterPhrase returns where a clause of its own starts after the short
// phrase of place, time or channel that opens at token j ("in a
// statement", "on Friday"), or -1.
func (a *annotator) afterPhrase(j, hi int) int {
	if c := a.afterTime(j, hi); c > j {
		return c // "told the Chamber earlier this month a sudden revaluation could"
	}
	if j >= hi || !a.opensPhrase(j) {
		return -1
	}
	if j+2 < hi && phraseIdioms[a.word(j)+" "+a.word(j+1)] && a.newClause(j+2, hi) {
		return j + 2 // "said at present people can only guess"
	}
	if j+3 < hi && phraseIdioms[a.word(j)+" "+a.word(j+1)+" "+a.word(j+2)] && a.newClause(j+3, hi) &&
		a.tag(j+3) != "CD" && a.tag(j+3) != "JJ" && a.tag(j+3) != "NN" { // not "in the past two years", "in the past decade"
		return j + 3 // "said in the past the government had pressed banks"
	}
	end, first := j+1, j+2
	if end < hi && a.tag(end) == "VBG" && !a.isCap(end) {
		// "said on leaving Tokyo today he had": a gerund and its
		// object, of a word at least
		end++
		first++
	}
	for end < hi && end-j <= 6 && ppTag[a.tag(end)] { // "in the current 1988 fiscal year"
		end++
	}
	for k := first; k <= end && k < hi; k++ {
		if a.tag(k) == "POS" {
			continue // "in its annual report the company's program": a possessive's noun
		}
		switch a.tag(k - 1) {
		case "DT", "JJ", "PRP$", "POS":
			continue // inside the phrase's noun phrase
		case "NNP", "NNPS":
			if a.isCap(k) && a.tag(k) != "DT" {
				continue // inside a name: "after meeting President Suharto"
			}
		case "CD":
			if w := a.word(k - 1); len(w) != 4 || w < "1800" || w > "2199" || a.tag(k) == "JJ" { // "the current 1988 fiscal year"
				continue // a number inside it; a year ends it ("in 1985")
			}
		}
		if a.newClause(k, hi) && (a.word(j) != "as" || a.tag(k) == "PRP" || a.tag(k) == "DT" || a.tag(k) == "EX" || a.word(k) == "there") {
			// after "as", only a clause with a subject of its own: "as
			// the Tory Party spring conference began" is the phrase's
			for p := k + 1; p < hi && p-k <= 3 && (a.tag(p-1) == "NN" || a.tag(p-1) == "NNS") && !a.isCap(p-1); p++ {
				if (a.word(p) == "there" || a.tag(p) == "PRP" && a.lx.pronoun[a.word(p)]) && a.newClause(p, hi) {
					return p // "told Reuters after the contact group meeting there had been": the nouns are the phrase's
				}
			}
			return k
		}
		if k < hi && a.word(k) == "," && a.newClause(k+1, hi) && !a.endsInCue(k+1, hi) {
			return k + 1 // "said in March 1986, sales were helped by ..."
		}
	}
	return -1
}

// opensPhrase reports whether token j is a preposition that opens a
// phrase of place, time or channel after a verb of saying: one of ppPreps,
// "for" ("said for the full year it restated"), or "as" before a noun
// phrase ("said as a promotion it will offer").
func (a *annotator) opensPhrase(j int) bool {
	return a.tag(j) == "IN" && (ppPreps[a.word(j)] || a.word(j) == "for" ||
		a.word(j) == "as" && j+1 < len(a.toks) && a.tag(j+1) == "DT") // "said as a promotion it will offer"
}

// quantityWords are prepositions that open a quantity ("over 19,000").
var quantityWords = map[string]bool{"over": true, "about": true, "around": true, "nearly": true, "almost": true, "under": true, "some": true}

// ppPreps open the phrases of place, time or channel that may stand
// between a verb of saying and a bare clause; ppTag are the tags of the
// words of such a phrase.
var (
	ppPreps = map[string]bool{"in": true, "at": true, "on": true, "during": true, "after": true, "before": true, "through": true, "via": true, "under": true}
	ppTag   = map[string]bool{"DT": true, "JJ": true, "NN": true, "NNS": true, "NNP": true, "NNPS": true, "CD": true, "POS": true, "PRP$": true}
)

// phraseIdioms are two-word phrases of time or manner that a clause may
// follow ("said at present people can only guess").
var phraseIdioms = map[string]bool{
	"at present": true, "at first": true, "at least": true, "in general": true, "in particular": true,
	"in turn": true, "in fact": true, "at times": true, "in future": true, "for now": true,
	"in the past": true, "in the meantime": true, "in the end": true, "at the moment": true,
	"for the moment": true, "in the future": true, "by contrast": true, "in contrast": true,
	"in addition": true, "on average": true, "on balance": true, "in principle": true, "in practice": true,
}

// clauseOpeners open a subordinate clause that may come first in what is
// reported ("said while ..., ...").
var clauseOpeners = map[string]bool{
	"while": true, "although": true, "though": true, "because": true, "since": true, "when": true,
	"once": true, "unless": true, "after": true, "before": true, "whereas": true, "despite": true,
}

// npPreps open the phrases that qualify a noun inside a noun phrase.
var npPreps = map[string]bool{"of": true, "for": true, "in": true, "on": true, "at": true, "with": true}

// semiModals are verbs that take "to" and a verb and that the tagger may
// read as nouns ("the procedures need to be reviewed").
var semiModals = map[string]bool{
	"need": true, "needs": true, "want": true, "wants": true, "plan": true, "plans": true,
	"intend": true, "intends": true, "hope": true, "hopes": true, "expect": true, "expects": true,
	"have": true, "has": true, "continue": true, "continues": true, "seem": true, "seems": true,
}

// plainAudience returns the end of a short noun phrase at j ending in a
// plural noun after a verb that takes an audience ("told politicians",
// "told his colleagues"): people, before what they were told. It returns
// j when there is none.
func (a *annotator) plainAudience(j, hi int) int {
	// the last noun of a short phrase that a clause follows: "told
	// securities analysts business ... is good", "told a military
	// parade there was no tension"
	end, noun := j, false
	for k := j; k < hi && k-j < 6 && (a.tag(k) == "DT" || a.tag(k) == "PRP$" || a.tag(k) == "JJ" || a.tag(k) == "NN" || a.tag(k) == "NNS" || a.tag(k) == "POS") && !a.isCap(k); k++ {
		if noun && (a.tag(k) == "DT" || a.tag(k) == "PRP$") && a.tag(k-1) != "IN" {
			break // a determiner after a noun opens the clause's subject: "told clients the stock market is"
		}
		if a.tag(k) == "NN" || a.tag(k) == "NNS" {
			noun = true
			if a.newClause(k+1, hi) {
				end = k + 1
			}
		}
	}
	return end
}

// audiencePronouns and audienceNouns name whom a speaker tells something.
var (
	audiencePronouns = map[string]bool{"him": true, "her": true, "them": true, "us": true, "me": true, "you": true}
	audienceNouns    = map[string]bool{
		"reporters": true, "journalists": true, "newsmen": true, "correspondents": true, "conference": true,
		"briefing": true, "parliament": true, "congress": true, "lawmakers": true, "legislators": true,
		"delegates": true, "shareholders": true, "stockholders": true, "investors": true, "analysts": true,
		"newspaper": true, "paper": true, "agency": true, "radio": true, "television": true, "audience": true,
		"meeting": true, "crowd": true, "supporters": true, "members": true, "committee": true, "senators": true,
		"mps": true, "viewers": true, "listeners": true, "students": true, "interviewer": true, "magazine": true,
		"leaders": true, "diplomats": true, "ministers": true, "colleagues": true, "voters": true, "workers": true,
		"jurors": true, "jury": true, "court": true, "tribunal": true, "hearing": true, "inquiry": true,
		"commission": true, "summit": true, "rally": true, "assembly": true, "session": true, "programme": true,
		"program": true, "show": true, "website": true, "daily": true, "weekly": true, "station": true,
	}
)

// contentPreps are the prepositions after which a verb of saying names
// what is said as a noun phrase: "called for a ban on imports", "warned
// of a surge in violence", "argued against a rate cut", "complained
// about unfair competition", "insisted on a recount".
var contentPreps = map[string][]string{
	"call": {"for"}, "warn": {"of", "against", "about"}, "argue": {"for", "against"},
	"complain": {"about", "of"}, "insist": {"on", "upon"}, "urge": {"against"},
}

// provisionHeads name writings that provide for what they "call for"
// rather than say it: "The agreement calls for a working group", "The
// plan calls for spending cuts".
var provisionHeads = map[string]bool{
	"agreement": true, "accord": true, "pact": true, "treaty": true, "plan": true, "proposal": true,
	"bill": true, "budget": true, "transaction": true, "deal": true, "term": true, "project": true,
	"design": true, "forecast": true, "contract": true, "law": true, "package": true, "programme": true,
	"program": true, "scheme": true, "resolution": true, "merger": true, "offer": true, "settlement": true,
	"amendment": true, "motion": true, "measure": true, "legislation": true, "directive": true, "regulation": true,
	"rule": true, "guideline": true,
}

// hypothetical reports whether the cue at token i follows a modal of
// possibility or obligation ("the USDA could encourage farmers to",
// "investment managers must find", "many would argue that"): what it
// reports has not been said. "will" and "shall" announce what will be
// ("the campaigners will say ..."), and a speaker in the first person
// says what they put so ("I would say that ...", "we can say").
func (a *annotator) hypothetical(i, lo int) bool {
	m := a.skipAdverbs(i-1, lo)
	if m < lo || a.tag(m) != "MD" {
		return false
	}
	switch a.word(m) {
	case "will", "'ll", "’ll", "shall", "wo":
		return false
	}
	return !(m > lo && (a.word(m-1) == "i" || a.word(m-1) == "we"))
}

// prepContent reads what the cue at token i says as the noun phrase
// after one of its contentPreps, up to the end of the phrase, and adds
// it as r's statement; it reports whether it did. The subject must be
// someone who speaks: a plan, a transaction or an accord that "calls
// for" something provides for it.
func (a *annotator) prepContent(i, hi int, base, cue string, r ref) bool {
	if !a.speaking(r) {
		return false
	}
	j := i + 1
	for j < hi && a.tag(j) == "RB" {
		j++ // "warned repeatedly of"
	}
	if j+1 >= hi || !slices.Contains(contentPreps[base], a.word(j)) {
		return false
	}
	return a.phraseContent(i, j+1, hi, cue, r, a.lx.quoting[base])
}

// objectVerbs are the verbs of saying whose object, a noun phrase, is
// what they say: "demanded his resignation", "urged restraint",
// "proposed a tax credit for caregivers", "promised lower taxes"; not
// "pledge", whose object in news is as often collateral ("pledged its
// shares as security").
var objectVerbs = map[string]bool{
	"demand": true, "urge": true, "propose": true, "promise": true, "recommend": true,
	// and what they judge: "condemned the attack on the embassy",
	// "criticised the decision to close the base", "praised the
	// agreement as historic"
	"condemn": true, "denounce": true, "criticise": true, "criticize": true, "praise": true, "hail": true,
}

// objectContent reads what the cue at token i says as its object, a
// noun phrase, when the cue is one of objectVerbs, and adds it as r's
// statement; it reports whether it did.
func (a *annotator) objectContent(i, hi int, base, cue string, r ref) bool {
	if !objectVerbs[base] || !a.speaking(r) || i+1 >= hi {
		return false
	}
	if t := a.tag(i + 1); t == "PRP" || t == "NNP" || t == "NNPS" || t == "TO" {
		return false // a person or a body urged to do something, not what is said
	}
	return a.phraseContent(i, i+1, hi, cue, r, a.lx.quoting[base])
}

// speaking reports whether the subject r can say something: not a
// writing that provides for it ("The agreement calls for a working
// group").
func (a *annotator) speaking(r ref) bool {
	return !(r.kind == refDescriptor && (provisionHeads[r.head] || !a.speakerHead(r.head)))
}

// phraseContent adds the noun phrase that starts at token c, up to the
// end of the phrase or another statement's cue, as what the cue at
// token i says for r; it reports whether it did. A phrase with quoted
// words is left to quotingVerb when the cue is one of its verbs
// (quoting).
func (a *annotator) phraseContent(i, c, hi int, cue string, r ref, quoting bool) bool {
	if p := a.skipAdverbs(i-1, 0); p >= 0 && (a.tag(p) == "MD" || a.word(p) == "to") {
		return false // not said yet: "can propose asylum quotas", "plans to call for"
	}
	if c >= hi || a.tag(c) == "CD" || a.timePhrase(c, min(c+2, hi)) || a.timePhrase(c, c+1) {
		return false // a date: "a meeting called for April 27"
	}
	if !npTag(a.tag(c)) && a.tag(c) != "VBG" && a.tag(c) != "JJR" || a.anonymity(c, hi) {
		return false
	}
	end := a.phraseEnd(c, hi)
	for k := c + 1; k < end; k++ {
		if a.tag(k) == "CC" && a.word(k-1) == "," && a.clauseVerb(k+1, end) > k+1 {
			end = k - 1 // "lower taxes, but he has also intensified ...": a clause of its own
			break
		}
		if a.isCap(k) && !a.isCap(k-1) && a.tag(k-1) != "DT" && a.newClause(k, end) {
			// a name opens a clause of its own: a headline run into the
			// first sentence ("Blair pledges unity to Labour MPs Tony
			// Blair has sought ...")
			end = k
			break
		}
		if a.cueAt(k) != "" && a.tag(k) == "VBG" && (a.word(k-1) == "by" || a.word(k-1) == "while") && k-1 > c {
			end = k - 1 // "criticized the budget by saying ...": what he said is the gerund's
			break
		}
		if a.cueAt(k) != "" && (finiteTag(a.tag(k)) || a.tag(k) == "VBG" && a.word(k-1) == ",") {
			// another statement's cue ends the phrase, and its subject
			// with it: "Collins calls for Chambers return World 100m
			// champion Kim Collins says ...", "..., stating the dollar
			// is still too strong"
			end = k
			if _, subj, ok := a.subjectLeft(k, c); ok && subj > c {
				end = subj
			}
			for end > c && (a.word(end-1) == "," || a.tag(end-1) == "CC" || a.tag(end-1) == "WDT" || a.tag(end-1) == "WP" || a.word(end-1) == "that" ||
				a.tag(end-1) == "PRP" && subjectPronouns[a.word(end-1)]) {
				end-- // "methods that she said can worsen ..."
			}
			break
		}
	}
	for end > c+1 && (a.tag(end-1) == "IN" || a.tag(end-1) == "TO" || a.tag(end-1) == "DT" || a.tag(end-1) == "CC") {
		end-- // "unity to"
	}
	noun := false
	for k := c; k < end; k++ {
		if quoting && a.isQuoteTok(k) && k+1 < end && a.inQuote(a.toks[k+1].Span.Start) {
			return false // "promising lower taxes and “jobs, jobs, jobs”": quotingVerb's
		}
		noun = noun || strings.HasPrefix(a.tag(k), "NN")
	}
	content := a.unclaimed(pipeline.Span{Start: a.toks[c].Span.Start, End: a.toks[end-1].Span.End})
	if !noun || a.words(content) < 1 {
		return false
	}
	a.cueUsed[i] = true
	a.add(pipeline.Indirect, content, cue, a.toks[i].Span, r)
	return true
}

// infinitiveClause adds, for a verb of asking or promising at i
// ("urged voters to ...", "called on Congress to ..."), the object and
// infinitive it reports, and reports whether it did.
func (a *annotator) infinitiveClause(i, hi int, base, cue string, r ref) bool {
	if !a.lx.infinitive[base] {
		return false
	}
	c := a.infinitiveStart(i, hi)
	if c < 0 || a.anonymity(c, hi) {
		return false
	}
	content := a.unclaimed(pipeline.Span{Start: a.toks[c].Span.Start, End: a.toks[a.phraseEnd(c, hi)-1].Span.End})
	if a.words(content) < 3 {
		return false
	}
	a.cueUsed[i] = true
	a.add(pipeline.Indirect, content, cue, a.toks[i].Span, r)
	return true
}

// anonymity reports whether the infinitive at token c is a source's
// request not to be named ("who asked not to be identified"): the news
// report's convention, not what the source said.
func (a *annotator) anonymity(c, hi int) bool {
	if c+3 >= hi || a.word(c) != "not" || a.word(c+1) != "to" || a.word(c+2) != "be" {
		return false
	}
	switch a.word(c + 3) {
	case "identified", "named", "quoted", "cited":
		return true
	}
	return false
}

// infinitiveStart returns the first token of what a verb of calling or
// promising at i reports, or -1: "urged [voters to stay home]", "vowed
// [to veto it]", "called on [Congress to act]". An infinitive must
// follow within a few words, with no verb or punctuation before it.
func (a *annotator) infinitiveStart(i, hi int) int {
	c := i + 1
	if c < hi && (a.word(c) == "on" || a.word(c) == "upon") {
		c++
	} else if a.lx.cueBase(a.word(i)) == "call" {
		return -1 // "called" alone names; "called on" calls
	}
	if c < hi && a.tag(c) == "IN" && c == i+1 {
		return -1 // "warned of more to come": no one is told
	}
	noun := false
	for k := c; k+1 < hi && k-c <= 10; k++ {
		w := a.word(k)
		if w == "not" && a.word(k+1) == "to" {
			continue // "told film-makers not to ignore ..."
		}
		if noun && (a.tag(k) == "DT" || a.tag(k) == "PRP$") && a.tag(k-1) != "IN" || timeWords[w] ||
			k > c && a.isCap(k-1) && !a.isCap(k) && strings.HasPrefix(a.tag(k), "NN") {
			// a second noun phrase or a time: "told a press conference
			// the rate underlines the need to", "told Reuters proposals
			// to reduce ... were", "told reporters last week new measures
			// to correct ... would"
			return -1
		}
		noun = noun || strings.HasPrefix(a.tag(k), "NN")
		if w == "to" {
			if t := a.tag(k + 1); t == "VB" || t == "RB" {
				return c
			}
			return -1
		}
		if a.tag(k) == "VBG" && k+1 < hi && (a.tag(k+1) == "JJ" || strings.HasPrefix(a.tag(k+1), "NN")) {
			continue // "aspiring young film-makers"
		}
		if a.isPunct(k) || strings.HasPrefix(a.tag(k), "VB") || a.tag(k) == "MD" || w == "that" {
			return -1
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
	q := s - 1
	for n := 0; n < 2 && q > lo && a.isQuoteTok(q); n++ {
		q-- // a closing mark, or '' typed as two tokens
	}
	if q > lo && a.word(q) == "," {
		return q
	}
	return -1
}

// quotingVerb handles a verb that reports words only by quoting them:
// "X called the plan “a disaster”".
func (a *annotator) quotingVerb(i, verb, lo, hi int, cue string) {
	r, _, ok := a.subjectLeft(verb, lo)
	if !ok || i+1 >= hi || a.isQuoteTok(i+1) && a.namingParticiple(i, lo) {
		return // not "a new service from Europe called “Quick Call USA”"
	}
	content := a.unclaimed(pipeline.Span{Start: a.toks[i+1].Span.Start, End: a.toks[a.phraseEnd(i+1, hi)-1].Span.End})
	if a.words(content) < 2 || !strings.ContainsAny(content.In(a.text), "\"“”«»") {
		return
	}
	content = a.toLabelEnd(content)
	a.cueUsed[i] = true
	a.add(pipeline.Indirect, content, cue, a.toks[i].Span, r)
}

// toLabelEnd ends what a quoting verb reports with its last quotation
// when an adjunct follows it: in "described Clinton as a “disgrace”
// after she attacked ...", the label is the words reported.
func (a *annotator) toLabelEnd(sp pipeline.Span) pipeline.Span {
	i := sort.Search(len(a.quotes), func(i int) bool { return a.quotes[i].outer.End > sp.End })
	if i == 0 {
		return sp
	}
	q := a.quotes[i-1]
	if q.outer.Start < sp.Start || q.outer.End > sp.End {
		return sp
	}
	if rest := (pipeline.Span{Start: q.outer.End, End: sp.End}); a.words(rest) > 2 {
		sp.End = q.outer.End
	}
	// An adjunct after an earlier label ends it too: "as a “disgrace”
	// after she ... blamed police shootings on “implicit bias”".
	for n := sort.Search(len(a.quotes), func(n int) bool { return a.quotes[n].outer.Start >= sp.Start }); n < i-1; n++ {
		t := a.tokAt(a.quotes[n].outer.End)
		if t >= len(a.toks) || a.toks[t].Span.Start >= sp.End {
			break
		}
		if tag := a.tag(t); a.word(t) != "of" && a.word(t) != "to" && (tag == "IN" || tag == "WRB" || tag == "NNP") {
			sp.End = a.quotes[n].outer.End
			break
		}
	}
	return sp
}

// conjoinedSubject returns the subject of the clause before the "and" or
// "but" at conj, for a verb coordinated after it; a descriptor only as
// the sentence's own subject ("A senior ministry official welcomed the
// scheme and said").
func (a *annotator) conjoinedSubject(lo, conj int) (ref, bool) {
	r := a.clauseSubject(lo, conj)
	return r, r.kind != refCarry && (r.kind != refDescriptor || a.tokAt(r.span.Start) == lo)
}

// activePast reports whether the first finite verb in tokens [lo, e) is
// a past tense other than a form of "be" or "have", so that a past
// participle after "and" at e is its coordinated past ("Warren
// criticised the bank and called for ...", where the tagger reads
// "called" as a participle; not "The bill was passed and called ...").
func (a *annotator) activePast(lo, e int) bool {
	for k := lo; k < e; k++ {
		switch a.tag(k) {
		case "VBD":
			return !beForms[a.word(k)] && a.word(k) != "had"
		case "VBZ", "VBP", "MD":
			return false
		}
	}
	return false
}

// clauseSubject returns the subject of the clause that a participle at
// token v hangs from ("He defended the remark, saying ..."), or a
// reference to the statement before when none is found.
func (a *annotator) clauseSubject(lo, v int) ref {
	for k := lo; k < v; k++ {
		if a.inQuote(a.toks[k].Span.Start) {
			continue // a quotation's verbs are its own: ""Deals should not ...," X said, adding"
		}
		switch a.tag(k) {
		case "VBD", "VBZ", "VBP", "MD": // "Van Liemt would not speculate ..., but said
			if k > lo && a.invertedCue(k) {
				// an inverted cue: ""...," said Anthony Sebok, adding"
				// (not "China, ..., said it was opposed ... and warned":
				// a pronoun after the cue opens what it reports)
				if r, _, ok := a.speakerRight(k, v); ok && r.kind != refPronoun {
					return r
				}
			}
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
// the end of the sentence, the "and" or "but" that joins a second verb
// of the speaker's own ("said it was opposed and warned ..."), or the
// comma before "and" or "but" and a clause with a subject of its own.
func (a *annotator) clauseEnd(c, hi int) int { return a.contentEnd(c, hi, false) }

// phraseEnd is clauseEnd for content that is a phrase rather than a
// clause (an object and an infinitive, a quoted label), which a
// non-restrictive relative or a participle after a comma also ends.
func (a *annotator) phraseEnd(c, hi int) int { return a.contentEnd(c, hi, true) }

// contentEnd implements clauseEnd and phraseEnd.
func (a *annotator) contentEnd(c, hi int, phrase bool) int {
	for k := c + 2; k+1 < hi && k-c < 120; k++ {
		switch w := a.word(k); {
		case w == "and" || w == "but":
			j := k + 1
			if a.tag(j) == "RB" && j+1 < hi {
				j++ // "and repeatedly says"
			}
			if a.cueAt(j) != "" {
				if t := a.tag(j); t == "VBD" || t == "VBZ" || t == "VBN" && !strings.HasPrefix(a.tag(k-1), "VB") {
					return k
				}
			}
			comma := k - 1
			if a.isQuoteTok(comma) && a.word(comma-1) == "," {
				comma-- // `... a gun," but he said`
			}
			if a.word(comma) == "," {
				if v := a.clauseVerb(j, hi); v > j && (a.cueAt(v) != "" || a.tag(j) != "PRP") {
					// "..., and the Supreme Court declined to ...", "...,
					// but he said ...": a second clause with a subject of
					// its own ("..., but she knows ..." goes on).
					return comma
				}
			}
		case w == "," && !a.inQuote(a.toks[k].Span.Start):
			if v := a.clauseVerb(k+1, hi); v > k+1 && a.cueAt(v) != "" && !a.isCap(v) {
				// "While X acknowledged that ..., Ham also noted ...": a
				// new statement.
				return k
			}
			if n := a.word(k + 1); n == "while" || n == "whereas" {
				if v := a.clauseVerb(k+2, hi); v > k+2 && a.cueAt(v) != "" && !a.isCap(v) {
					// "..., while the Bank of England warned that ...":
					// someone else's statement
					return k
				}
			}
			if n := a.word(k + 1); phrase && n == "which" || a.tag(k+1) == "VBG" && n != "including" && !a.gerundSubject(k+1, hi) && !a.subjectAside(c, k, hi) {
				// "..., which makes him an outlier", "..., contradicting
				// the police": the writer's words about what was said
				// (not an aside in the reported clause's subject: "said
				// the budget, featuring tax cuts, had improved ...").
				return k
			}
		}
	}
	return hi
}

// subjectAside reports whether the comma at token k, in content that
// opens at c with no verb of its own yet, opens an aside of a participle
// that closes with a comma before the clause's verb ("the budget,
// featuring income tax cuts, had improved").
func (a *annotator) subjectAside(c, k, hi int) bool {
	for j := c; j < k; j++ {
		if t := a.tag(j); finiteTag(t) || t == "MD" {
			return false
		}
	}
	for j := k + 1; j < hi && j-k <= 14; j++ {
		if a.word(j) == "," {
			v := j + 1
			for v < hi && a.tag(v) == "RB" {
				v++
			}
			return v < hi && (finiteTag(a.tag(v)) || a.tag(v) == "MD" || a.tag(v) == "NNS" && a.thirdPerson(v, hi))
		}
		if t := a.tag(j); finiteTag(t) || t == "MD" || a.isQuoteTok(j) {
			return false
		}
	}
	return false
}

// clauseVerb returns the finite verb of the clause that starts at token
// j with a short noun phrase or existential "there" (and an adverb such as
// "also"), or -1.
func (a *annotator) clauseVerb(j, hi int) int {
	for k := j; k < hi && k-j <= 7; k++ {
		t := a.tag(k)
		switch {
		case t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD":
			if k == j {
				return -1
			}
			return k
		case npTag(t) || t == "PRP" && (k == j || a.tag(k-1) == "CC") || t == "EX" && k == j || t == "NNP" || t == "NNPS" || t == "RB" && k > j,
			a.word(k) == "of" && k > j && a.isCap(k-1) && k+1 < hi && a.isCap(k+1):
			// "the Bank of England warned"
		default:
			return -1
		}
	}
	return -1
}

// newClause reports whether tokens from j start a clause: a short noun
// phrase (coordinated, or with an adverb after it: "it now holds") and a
// finite verb ("the talks would resume").
func (a *annotator) newClause(j, hi int) bool {
	skipped := 0 // the tokens of an aside, not counted
	for k := j; k < hi && k-j-skipped <= 14; k++ {
		t := a.tag(k)
		if a.word(k) == "," && k > j && strings.HasPrefix(a.tag(k-1), "NN") {
			// "the Lord Chancellor, Lord Falconer, was insisting": an
			// aside after the subject
			if c := a.asideEnd(k, hi); c > k {
				skipped += c - k + 1
				k = c
				continue
			}
		}
		switch {
		case finiteTag(t) || t == "MD":
			return k > j
		case t == "NNS" && k > j && (strings.HasPrefix(a.tag(k-1), "NN") || a.tag(k-1) == "JJ" && k-2 >= j && a.tag(k-2) == "DT") && a.thirdPerson(k, hi) && k+1 < hi &&
			(a.tag(k+1) == "DT" || a.tag(k+1) == "PRP$" || a.tag(k+1) == "VBG" || a.tag(k+1) == "JJ"):
			// a verb in -s the tagger read as a plural noun: "the new
			// bus offers processing power", "the public/JJ supports
			// replacing"
			return true
		case a.baseVerbAfterPlural(j, k, hi):
			// a verb in the base form the tagger read as a noun, after a
			// plural: "a clear majority of MPs support replacing the Lords"
			return true
		case k == j && (a.word(k) == "neither" || a.word(k) == "either" || a.word(k) == "both") && k+1 < hi && a.tag(k+1) == "DT":
			// "neither the economy nor the dollar justify"
		case npTag(t) || t == "PRP" && (k == j || a.tag(k-1) == "CC") || (t == "EX" || a.word(k) == "there") && k == j || t == "NNP" || t == "NNPS", (t == "RB" || t == "CC") && k > j,
			// a phrase qualifying the subject's noun: "the higher volumes
			// for gilts reflected"
			t == "IN" && k > j && !clauseWords[a.word(k)] && strings.HasPrefix(a.tag(k-1), "NN"),
			// "to" as a preposition there: "accrued interest to March 31
			// will be paid"
			t == "TO" && k > j && strings.HasPrefix(a.tag(k-1), "NN") && k+1 < hi && (a.tag(k+1) == "NNP" || a.tag(k+1) == "CD" || a.tag(k+1) == "DT"),
			t == "VBG" && k > j && k+1 < hi && strings.HasPrefix(a.tag(k+1), "NN"),        // "the borrowing program will"
			(t == "JJR" || t == "RBR") && k+1 < hi && strings.HasPrefix(a.tag(k+1), "NN"): // "higher spending will"
		default:
			return false
		}
	}
	return false
}

// baseVerbAfterPlural reports whether token k, after j, is a verb in the
// base form that the tagger read as a noun after a plural, the clause's
// only verb: "a clear majority of MPs support/NN replacing the Lords".
func (a *annotator) baseVerbAfterPlural(j, k, hi int) bool {
	return a.tag(k) == "NN" && k > j && (a.tag(k-1) == "NNS" || a.tag(k-1) == "NNP" && strings.HasSuffix(a.tokText(k-1), "s")) &&
		k+1 < hi && a.tag(k+1) == "VBG" && !strings.HasSuffix(a.word(k), "ing") && a.noVerbAfter(k, hi)
}

// noVerbAfter reports whether no finite verb follows token k to hi.
func (a *annotator) noVerbAfter(k, hi int) bool {
	for j := k + 1; j < hi; j++ {
		if t := a.tag(j); finiteTag(t) || t == "MD" || a.isQuoteTok(j) {
			return false
		}
	}
	return true
}

// asideEnd returns the comma that closes an aside opening with the comma
// at token k, after a subject's noun, when a verb follows it ("other
// countries, such as Japan and West Germany, also needed", "the Lord
// Chancellor, Lord Falconer, was insisting"): at most twelve tokens of
// noun phrases and phrases, no verb of their own and no quotation. It
// returns -1 otherwise.
func (a *annotator) asideEnd(k, hi int) int {
	for c := k + 1; c < hi && c-k <= 12; c++ {
		t := a.tag(c)
		switch {
		case a.word(c) == ",":
			if c == k+1 || names.CompanyForm(a.word(c-1)) {
				return -1 // not "Smith Barney, Harris Upham and Co Inc, will"
			}
			v := c + 1
			for v < hi && a.tag(v) == "RB" {
				v++
			}
			if v < hi && (finiteTag(a.tag(v)) || a.tag(v) == "MD" || a.tag(v) == "VBN" && v > c+1 || a.tag(v) == "NNS" && a.thirdPerson(v, hi)) {
				return c
			}
			return -1
		case finiteTag(t) || t == "MD" || a.isQuoteTok(c) || a.word(c) == "that" || a.word(c) == "which" || a.word(c) == "who":
			return -1
		case npTag(t) || t == "IN" || t == "CC" || t == "TO" || t == "RB" || t == "POS" || t == "PRP$" || (t == "VBG" || t == "VBN") && c == k+1 ||
			t == "VB" && c > k+1 && a.word(c-1) == "to":
		default:
			return -1
		}
	}
	return -1
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

// appositionHead returns the name before an apposition starting at token
// s: "McConnell" of "McConnell, now the Senate majority leader".
func (a *annotator) appositionHead(s, lo int) (ref, bool) {
	c := s - 1
	if c > lo && a.tag(c) == "RB" {
		c-- // "now", "then"
	}
	if c <= lo || a.word(c) != "," {
		return ref{}, false
	}
	n, ok := a.npLeft(c-1, lo)
	if !ok {
		return ref{}, false
	}
	r, ok := a.parseNP(n, c)
	return r, ok && (r.kind == refName || r.kind == refOrg)
}

// evidenceVerbs are verbs that report what evidence shows, which the
// tagger may take for nouns after a plural ("the videos show").
var evidenceVerbs = map[string]bool{"show": true, "suggest": true, "indicate": true, "reveal": true, "confirm": true, "prove": true}

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

// relativeHead returns the noun phrase [s, e) that a relative clause
// opening at token w hangs from, and where what the cue at i inside the
// clause reports ends: hi, or the comma that closes a clause between
// commas (see relativeEnd).
func (a *annotator) relativeHead(w, i, lo, hi int) (s, e, end int, ok bool) {
	e, end = w, hi
	if a.word(e-1) == "," {
		e--
		end = a.relativeEnd(i, hi)
	}
	s, ok = a.npLeft(e-1, lo)
	return s, e, end, ok
}

// participleSubject returns the subject of the clause that a participle
// after the comma at token c hangs from ("The comments come after Tony
// Blair defended his proposals, warning that ...": Tony Blair; "..., and
// the government has condemned the stoppages, warning that ...": the
// government): the subject of the last finite verb before the comma
// outside quotations and outside what a statement found already reports,
// when it names someone who speaks. Otherwise it returns first, the
// subject of the sentence's first clause.
func (a *annotator) participleSubject(lo, c int, first ref) ref {
	for k := c - 1; k > lo; k-- {
		t := a.tag(k)
		if t == "VBN" && a.word(k-1) == "," && !a.inQuote(a.toks[k].Span.Start) {
			// "Roy Cooper (D), McCrory's opponent ..., called Friday for
			// releasing the videos, saying ...": a past tense after the
			// subject's apposition that the tagger took for a participle
			if r, _, ok := a.subjectLeft(k, lo); ok && r.kind == refName {
				return r
			}
		}
		if !finiteTag(t) && t != "MD" || a.inQuote(a.toks[k].Span.Start) || a.inReported(a.toks[k].Span.Start) {
			continue
		}
		if a.invertedCue(k) {
			return first // clauseSubject reads it
		}
		r, subj, ok := a.subjectLeft(k, lo)
		if ok && a.reportedAfterCue(subj, lo) {
			// "Kiechle indicated yesterday he would veto the proposals,
			// saying ...": a clause a verb of saying reports
			k = subj
			continue
		}
		if !ok || !(r.kind == refName || r.kind == refOrg || r.kind == refPronoun || r.kind == refDescriptor && a.speakerHead(r.head)) {
			return first
		}
		return r
	}
	return first
}

// reportedAfterCue reports whether the clause whose subject opens at
// token s follows a verb of saying, a few words before it and no comma
// between ("denied it had lost", "indicated yesterday he would veto").
func (a *annotator) reportedAfterCue(s, lo int) bool {
	for j := s - 1; j >= lo && s-j <= 4; j-- {
		if a.word(j) == "," || a.isQuoteTok(j) {
			return false
		}
		if a.cueAt(j) != "" && strings.HasPrefix(a.tag(j), "VB") {
			return true
		}
	}
	return false
}

// invertedCue reports whether token k, a verb of saying, stands right
// after a comma or a quotation mark, where a cue comes before its
// speaker (""...," said Anthony Sebok", "..., said the official").
func (a *annotator) invertedCue(k int) bool {
	return k > 0 && a.cueAt(k) != "" && (a.isQuoteTok(k-1) || a.word(k-1) == ",")
}

// inReported reports whether byte offset off lies in what a statement
// found so far reports.
func (a *annotator) inReported(off int) bool {
	for _, c := range a.cands {
		if c.st.Span.Start <= off && off < c.st.Span.End {
			return true
		}
	}
	return false
}

// commaAfter returns the first comma at or after token e and before hi,
// within twelve tokens, or -1.
func (a *annotator) commaAfter(e, hi int) int {
	for c := e; c < hi && c-e <= 12; c++ {
		if a.word(c) == "," {
			return c
		}
	}
	return -1
}

// describedSpeaker reports whether the noun phrase [s, e), a descriptor,
// before a relative clause whose cue has the base given, is someone who
// speaks there: a person or group described ("an architect who said he
// was not paid", "critics, who said it deferred payments"), with a verb
// of speech proper (not one of belief, nor "write" or "confirm", which
// take objects as often: "people who write computer viruses"), and
// where the clause ends: between commas, or at the end of the sentence
// when it hangs from an object ("took calls from listeners who said
// ..."), not inside a subject ("the voter who said it would fail was
// ignored").
func (a *annotator) describedSpeaker(r ref, s, e, lo int, base string) bool {
	if r.kind != refDescriptor || r.head == "" || quantifiers[r.head] || !a.speakerHead(r.head) || a.lx.isInstitution(r.head) || sourceNouns[r.head] ||
		!describedSpeech[base] || strings.HasPrefix(a.tag(s), "VB") {
		return false // not "listeners to his radio program who said", "It has had vocal critics who say"
	}
	if a.word(e) == "," {
		return true
	}
	return s > lo && (a.tag(s-1) == "IN" || a.tag(s-1) == "TO" || strings.HasPrefix(a.tag(s-1), "VB"))
}

// describedSpeech are the bases of verbs of speech proper, which a
// relative clause on a descriptor reports with (see describedSpeaker).
var describedSpeech = map[string]bool{
	"say": true, "tell": true, "add": true, "claim": true, "argue": true, "insist": true, "complain": true,
	"warn": true, "testify": true, "state": true, "explain": true, "concede": true, "admit": true,
	"allege": true, "contend": true, "maintain": true, "acknowledge": true, "declare": true,
	"announce": true, "reply": true, "respond": true, "stress": true, "deny": true,
}

// relativeEnd returns where what a cue at i inside a relative clause
// between commas reports ends: at the comma that closes the clause
// before the main verb ("McConnell, who in 2010 said ..., spoke";
// "Spartech Corp, which said it will repurchase shares, said it has ..."),
// else hi.
func (a *annotator) relativeEnd(i, hi int) int {
	for k := i + 2; k+1 < hi; k++ {
		if a.word(k) == "," && (a.tag(k+1) == "VBD" || a.tag(k+1) == "VBZ" || a.tag(k+1) == "VBP") &&
			(a.cueAt(k+1) == "" || a.tag(k+1) != "VBZ" && a.cueAt(k+1) != "" && k+2 < hi && (a.newClause(k+2, hi) || a.isPunct(k+2))) {
			return k
		}
	}
	return hi
}

// relativeWhich returns the index of the "which" right before the cue at
// i (an adverb or auxiliary between), or -1.
func (a *annotator) relativeWhich(i, lo int) int {
	for w := i - 1; w >= lo && i-w <= 3; w-- {
		switch {
		case a.word(w) == "which":
			return w
		case aux[a.word(w)] || a.tag(w) == "RB":
		default:
			return -1
		}
	}
	return -1
}

// whatCalled handles a quoting verb at i inside a free relative or a
// relative clause: "what she called a “rant”", "an explosion that the
// mayor described as “an intentional act”". The statement runs from
// "what" (or from the noun phrase the relative clause hangs from) to the
// end of the quotation.
func (a *annotator) whatCalled(i, lo, hi int) bool {
	k := i - 1
	for k >= lo && (aux[a.word(k)] || a.tag(k) == "RB") && i-k <= 3 {
		k--
	}
	s, ok := a.npLeft(k, lo)
	if !ok || s <= lo {
		return false
	}
	start := s - 1
	switch a.word(start) {
	case "what":
	case "that", "which":
		ns, ok := a.npLeft(start-1, lo)
		if !ok || a.tag(start-1) == "PRP" {
			return false
		}
		start = ns
	default:
		return false
	}
	r, ok := a.parseNP(s, k+1)
	if !ok {
		return false
	}
	var end int = -1
	for j := i + 1; j < hi && j-i <= 8; j++ {
		if a.isQuoteTok(j) {
			q := sort.Search(len(a.quotes), func(n int) bool { return a.quotes[n].outer.End > a.toks[j].Span.Start })
			if q < len(a.quotes) && a.quotes[q].outer.Start == a.toks[j].Span.Start {
				end = a.quotes[q].outer.End
			}
			break
		}
		if a.isPunct(j) || strings.HasPrefix(a.tag(j), "VB") {
			break
		}
	}
	if end < 0 {
		return false
	}
	content := a.unclaimed(pipeline.Span{Start: a.toks[start].Span.Start, End: end})
	if content.End != end || a.words(content) < 3 {
		return false
	}
	a.cueUsed[i] = true
	a.add(pipeline.Indirect, content, a.word(i), a.toks[i].Span, r)
	return true
}

// nounCue handles a noun of saying followed by "that" and a clause, with
// its owner before it: "Trump's claim that there have been ...", "his
// repeated warning that ...". The clause is the statement.
func (a *annotator) nounCue(i, lo, hi int) {
	c := i + 2
	if c >= hi || !a.newClause(c, hi) {
		return
	}
	// The owner: a possessive before the noun and its adjectives.
	k := i - 1
	for k >= lo && i-k <= 3 && (a.tag(k) == "JJ" || a.tag(k) == "VBN" || a.tag(k) == "RB") {
		k--
	}
	if k < lo {
		return
	}
	var r ref
	owner := k // the first token of the owner's noun phrase
	switch {
	case a.tag(k) == "PRP$":
		w := a.word(k)
		p := possessivePronouns[w]
		if p == "" || !a.lx.pronoun[p] {
			return
		}
		r = ref{kind: refPronoun, text: a.tokText(k), span: a.span(k, k+1), definite: true}
	case a.word(k) == "'s" || a.word(k) == "’s" || a.word(k) == "'" || a.word(k) == "’":
		s, ok := a.npLeft(k-1, lo)
		if !ok {
			return
		}
		if r, ok = a.parseNP(s, k); !ok || r.kind != refName && r.kind != refOrg {
			return
		}
		owner = s
	default:
		return
	}
	end := a.clauseEnd(c, hi)
	if a.sentenceSubject(owner, lo) {
		// "Trump's claim that Mexico will pay for the wall drew laughs":
		// the noun phrase is the sentence's subject, and its verb ends
		// the clause the noun reports
		end = a.complementEnd(c, end)
	}
	content := a.unclaimed(pipeline.Span{Start: a.toks[c].Span.Start, End: a.toks[end-1].Span.End})
	if a.words(content) < 3 {
		return
	}
	a.cueUsed[i] = true
	a.add(pipeline.Indirect, content, a.word(i), a.toks[i].Span, r)
}

// possessivePronouns map the possessive determiners that own a noun of
// saying to their pronouns ("his claim" is what "he" claims).
var possessivePronouns = map[string]string{"his": "he", "her": "she", "their": "they", "our": "we", "my": "i", "its": "it"}

// sentenceSubject reports whether the noun phrase starting at token s
// opens the sentence starting at lo, after at most a conjunction or an
// adverb ("But his claim that ...").
func (a *annotator) sentenceSubject(s, lo int) bool {
	for j := lo; j < s; j++ {
		if t := a.tag(j); t != "CC" && t != "RB" && !a.isQuoteTok(j) {
			return false
		}
	}
	return s-lo <= 2
}

// complementEnd returns where the clause that opens at token c (and ends
// at end at the latest) ends when it complements a noun in the
// sentence's subject: before the next finite verb after its own, when
// nothing between them can open another clause ("claim that Mexico will
// pay for the wall drew laughs", "claim that prices have risen was
// wrong"). It returns end when no such verb is found, or when the word
// before it cannot end a clause.
func (a *annotator) complementEnd(c, end int) int {
	v := c
	for v < end && !(finiteTag(a.tag(v)) || a.tag(v) == "MD") {
		v++
	}
	for m := v + 1; m < end; m++ {
		t, w := a.tag(m), a.word(m)
		if t == "CC" || t == "PRP" || t == "WDT" || t == "WP" || t == "EX" || w == "," || w == ";" || w == ":" || clauseWords[w] ||
			w == "which" || w == "who" || w == "when" || w == "where" || a.isQuoteTok(m) {
			return end
		}
		if finiteTag(t) || t == "MD" {
			p := m - 1
			if a.tag(p) == "RB" && p-1 > v {
				p-- // "... last year only hurt the stock"
			}
			if p > v && (strings.HasPrefix(a.tag(p), "NN") || a.tag(p) == "VBN" || a.tag(p) == "JJ" || a.tag(p) == "CD") {
				return m
			}
			return end
		}
	}
	return end
}

// interrupted reports whether the cue at i, with its subject at subj,
// interrupts what it reports with an adverbial after the verb: a phrase
// of two words or more with no verb before the subject's comma, and a
// phrase with no verb between the verb and the next comma ("These
// employees, Stumpf explained earlier in the hearing, were well paid").
func (a *annotator) interrupted(i, subj, lo, hi int) bool {
	cb := a.commaBefore(subj, lo)
	if cb <= lo+1 || !a.verbless(lo, cb) || a.timeFrame(lo, cb) {
		return false
	}
	// the first part is the reported clause's subject: a noun phrase
	// with a determiner, not an adverbial ("In addition, it said ...")
	// or a name and its title ("Mobil chairman, Allen Murray said")
	if t := a.tag(lo); t != "DT" && t != "PRP$" {
		return false
	}
	for k := i + 1; k < hi && k-i <= 8; k++ {
		if a.word(k) == "," {
			return k > i+1
		}
		if t := a.tag(k); strings.HasPrefix(t, "VB") || t == "MD" || a.isQuoteTok(k) || a.word(k) == "that" {
			return false
		}
	}
	return false
}

// timeFrame reports whether tokens [lo, e) before a cue's comma only say
// when ("Last year", "Several weeks ago"), framing what is reported.
func (a *annotator) timeFrame(lo, e int) bool {
	return a.timePhrase(lo, e) || a.word(e-1) == "ago"
}

// parenthetical handles a cue clause set off by commas inside what it
// reports: "The difference now, he told me on Friday, is that ...". The
// words on both sides become statements with the cue at i, whose
// subject starts at token subj.
func (a *annotator) parenthetical(i, subj, lo, hi int, cue string, r ref) bool {
	cb := a.commaBefore(subj, lo)
	if cb <= lo {
		return false
	}
	m := -1
	for k := i + 1; k < hi && k-i <= 8; k++ {
		if a.word(k) == "," {
			m = k
			break
		}
		if t := a.tag(k); strings.HasPrefix(t, "VB") || t == "MD" || a.isQuoteTok(k) {
			return false
		}
	}
	if m < 0 || hi-m < 4 {
		return false
	}
	first := a.unclaimed(a.span(lo, cb))
	second := a.unclaimed(pipeline.Span{Start: a.toks[m+1].Span.Start, End: a.toks[a.clauseEnd(m+1, hi)-1].Span.End})
	if a.words(first) < 1 || a.words(second) < 3 {
		return false
	}
	a.cueUsed[i] = true
	// an adverbial before the cue frames what is said, it is no part of
	// it ("In addition, Acme said on Monday, the unit will be sold")
	if t := a.tag(lo); t != "IN" && t != "RB" && t != "VBG" && t != "TO" && !a.timeFrame(lo, cb) {
		a.add(pipeline.Indirect, first, cue, a.toks[i].Span, r)
	}
	a.add(pipeline.Indirect, second, cue, a.toks[i].Span, r)
	return true
}

// continuation adds what follows a postposed cue at i when it goes on
// with the speaker's words: "Mills “got an immunity agreement,” Jordan
// said, and still “got to sit in on the interview”". Only a verb or a
// quotation right after ", and" or ", but" (and adverbs) continues the
// statement; a clause with a subject of its own does not.
func (a *annotator) continuation(i, hi int, cue string, r ref) {
	k := i + 1
	for k < hi && k-i <= 8 && a.word(k) != "," {
		k++
	}
	if k+2 >= hi || a.word(k) != "," || a.word(k+1) != "and" && a.word(k+1) != "but" {
		return
	}
	j := k + 2
	for j < hi && a.tag(j) == "RB" {
		j++
	}
	if j >= hi || !a.isQuoteTok(j) && !strings.HasPrefix(a.tag(j), "VB") {
		return
	}
	rest := a.unclaimed(pipeline.Span{Start: a.toks[k+2].Span.Start, End: a.toks[a.clauseEnd(k+2, hi)-1].Span.End})
	if a.words(rest) >= 3 && strings.ContainsAny(rest.In(a.text), "\"“”«»") {
		a.add(pipeline.Indirect, rest, cue, a.toks[i].Span, r)
	}
}
