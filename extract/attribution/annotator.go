package attribution

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/commentariat/commentariat/pipeline"
)

// refKind says how a statement names its speaker.
type refKind int

const (
	refNone       refKind = iota
	refName               // a person's name: "Zhanar Tulindinova", "Kaliyev"
	refOrg                // an institution: "KISI", "The New York Post"
	refPronoun            // "he", "she", "they"
	refDescriptor         // "the expert", "a source"
	refCarry              // nothing: the speaker of the statement before
)

// ref is the words that name a statement's speaker, before resolution.
type ref struct {
	kind     refKind
	text     string // as written
	span     pipeline.Span
	name     string // canonical form of a name (refName, refOrg)
	definite bool   // "the expert" rather than "a source" or "experts"
	// head is a descriptor's head noun, singular and lower case.
	head string
	// samePara limits a refCarry to a statement in the same paragraph.
	samePara bool
	roles    []string
	affs     []string
	// co are the other names of a coordinated subject ("Ann Smith and
	// Bob Jones said": this reference is Ann Smith, co holds Bob Jones)
	// and all the span of the whole coordination.
	co  []ref
	all pipeline.Span
}

// describe adds a role and an affiliation, each unless empty.
func (r *ref) describe(role, aff string) {
	if role != "" {
		r.roles = append(r.roles, role)
	}
	if aff != "" {
		r.affs = append(r.affs, aff)
	}
}

// cand is a statement found, waiting for its speaker to be resolved.
type cand struct {
	st  pipeline.Statement
	ref ref
}

// annotator holds the state of one Process call.
type annotator struct {
	lx     *Lexicon
	doc    *pipeline.Document
	text   string
	toks   []pipeline.Token
	quotes []quote
	// claimed are the outer spans (marks included) of quotations that
	// became direct statements, and the turns of a transcript; cues
	// inside them are not looked at. Sorted.
	claimed []pipeline.Span
	// turns are the spans of a transcript's turns (see transcript), and
	// turnParas the paragraphs they are in, sorted.
	turns, turnParas []pipeline.Span
	// cueUsed marks tokens already used as the cue of a statement.
	cueUsed map[int]bool
	// lower holds the words the document writes in lower case, built
	// when first needed (see writtenLower).
	lower map[string]bool
	// surnames holds the lower-case words the document writes after a
	// given name or a title, built when first needed (see personSurname).
	surnames map[string]bool
	// firmNames holds the lower-case words of the firms' names the
	// document writes with a legal form, built when first needed (see
	// firmWord).
	firmNames map[string]bool
	cands     []cand
	// signed marks sections whose body is an authored statement.
	signed map[int]bool
	// bases holds each token's cue-verb base form ("" for none), looked
	// up once.
	bases []string
}

func newAnnotator(lx *Lexicon, doc *pipeline.Document) *annotator {
	return &annotator{lx: lx, doc: doc, text: doc.Text, toks: doc.Tokens, cueUsed: map[int]bool{}, signed: map[int]bool{}}
}

// usable reports whether the language stage's tokens are there and fit
// the text.
func (a *annotator) usable() bool {
	if len(a.toks) == 0 || len(a.doc.Sentences) == 0 {
		return false
	}
	for i, t := range a.toks {
		if t.Span.Start < 0 || t.Span.End > len(a.text) || t.Span.Start > t.Span.End {
			return false
		}
		if i > 0 && t.Span.Start < a.toks[i-1].Span.Start {
			return false
		}
	}
	return true
}

// cueAt returns the base form of token i when it is a cue verb, or "".
func (a *annotator) cueAt(i int) string {
	if i < 0 || i >= len(a.toks) {
		return ""
	}
	if a.bases == nil {
		a.bases = make([]string, len(a.toks))
		for j := range a.toks {
			a.bases[j] = a.lx.cueBase(a.word(j))
		}
	}
	return a.bases[i]
}

// word returns token i's lower-case form.
func (a *annotator) word(i int) string {
	if i < 0 || i >= len(a.toks) {
		return ""
	}
	w := a.toks[i].Lower
	if w == "" {
		w = strings.ToLower(a.tokText(i))
	}
	if w == "&amp;" {
		return "&" // "Merrill Lynch &amp; Co", as wires escape it
	}
	if w == "who" && i > 0 && a.toks[i-1].Lower == "the" && a.isCap(i) {
		return "WHO" // "the WHO said": the World Health Organization, no relative pronoun
	}
	return w
}

func (a *annotator) tokText(i int) string { return a.toks[i].Span.In(a.text) }

func (a *annotator) tag(i int) string {
	if i < 0 || i >= len(a.toks) {
		return ""
	}
	return a.toks[i].Tag
}

// isCap reports whether token i starts with an upper-case letter, after
// the digits a name may open with ("3Com").
func (a *annotator) isCap(i int) bool {
	if i < 0 || i >= len(a.toks) {
		return false
	}
	t := a.tokText(i)
	r, n := utf8.DecodeRuneInString(t)
	if unicode.IsDigit(r) {
		// a name that opens with a digit: "3Com", "3M"
		r, _ = utf8.DecodeRuneInString(strings.TrimLeftFunc(t[n:], unicode.IsDigit))
	}
	if r == 'a' || r == 'e' {
		// the Arabic article inside a name: "Abdul-Aziz al-Saqr",
		// "Mohye al-Deen Gharib"
		if rest, ok := strings.CutPrefix(t, "al-"); ok {
			r, _ = utf8.DecodeRuneInString(rest)
		} else if rest, ok := strings.CutPrefix(t, "el-"); ok {
			r, _ = utf8.DecodeRuneInString(rest)
		}
	}
	return unicode.IsUpper(r)
}

// tokAt returns the index of the first token starting at or after off.
func (a *annotator) tokAt(off int) int {
	return sort.Search(len(a.toks), func(i int) bool { return a.toks[i].Span.Start >= off })
}

// orgRef returns a definite reference to the institution whose name is
// the whole text of sp ("Moody's"; "Midivest Inc" inside angle brackets).
func (a *annotator) orgRef(sp pipeline.Span) ref {
	name := sp.In(a.text)
	return ref{kind: refOrg, text: name, span: sp, name: name, definite: true}
}

// span returns the byte span of tokens [i, j).
func (a *annotator) span(i, j int) pipeline.Span {
	if i >= j || i < 0 || j > len(a.toks) {
		return pipeline.Span{}
	}
	return pipeline.Span{Start: a.toks[i].Span.Start, End: a.toks[j-1].Span.End}
}

// inClaimed reports whether byte offset off lies in a quotation already
// made a direct statement.
func (a *annotator) inClaimed(off int) bool { return inSorted(a.claimed, off) }

// inSorted reports whether off lies in one of spans, which are sorted and
// do not overlap.
func inSorted(spans []pipeline.Span, off int) bool {
	i := sort.Search(len(spans), func(i int) bool { return spans[i].End > off })
	return i < len(spans) && spans[i].Start <= off
}

// isPunct reports whether token i is punctuation (no letter or digit).
func (a *annotator) isPunct(i int) bool {
	for _, r := range a.tokText(i) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// isQuoteTok reports whether token i is a quotation mark.
func (a *annotator) isQuoteTok(i int) bool {
	t := a.tokText(i)
	return t != "" && strings.Trim(t, "\"“”«»„‘’'`") == ""
}

// add records a candidate statement.
func (a *annotator) add(kind string, content pipeline.Span, cue string, cueSpan pipeline.Span, r ref) {
	content = trimSpan(a.text, content)
	if content.Empty() {
		return
	}
	if kind == pipeline.Indirect {
		content = a.toQuoteClose(content)
		content = a.cliticHost(content)
		if a.fragment(content) || a.onlyAttribution(content) {
			return
		}
	}
	st := pipeline.Statement{Kind: kind, Span: content, Cue: cue, CueSpan: cueSpan, Speaker: -1,
		SpeakerText: r.text, SpeakerSpan: r.span}
	if !r.all.Empty() {
		st.SpeakerText, st.SpeakerSpan = r.all.In(a.text), r.all
	}
	a.cands = append(a.cands, cand{st: st, ref: r})
}

// cliticHost starts content that opens with a clitic ("'s", "n't",
// "'re") at the word it is written onto: no clause opens with one ("I
// think that's what's done it" reports "that's what's done it").
func (a *annotator) cliticHost(sp pipeline.Span) pipeline.Span {
	t := a.tokAt(sp.Start)
	if t == 0 || t >= len(a.toks) || a.toks[t].Span.Start != sp.Start || a.toks[t-1].Span.End != sp.Start {
		return sp
	}
	switch strings.ToLower(strings.ReplaceAll(a.tokText(t), "’", "'")) {
	case "'s", "'re", "'ve", "'ll", "'d", "'m", "n't":
		sp.Start = a.toks[t-1].Span.Start
	}
	return sp
}

// fragment reports whether reported content is no statement but a
// phrase left over from parsing: ten words at most, no verb and no
// quotation in it, and it opens with a preposition, adverb or
// conjunction or is one word ("In a statement", "Under existing law",
// "But", "Earlier").
func (a *annotator) fragment(sp pipeline.Span) bool {
	lo, hi := a.tokAt(sp.Start), a.tokAt(sp.End)
	if hi-lo > 14 || lo >= hi || lo >= len(a.toks) {
		return false // long content, checked first as most content is
	}
	if strings.ContainsAny(sp.In(a.text), "\"“”«»") {
		return false
	}
	if rest := strings.TrimLeft(a.text[sp.End:], " ,\n"); strings.HasPrefix(rest, "\"") || strings.HasPrefix(rest, "“") {
		return false // the words that lead into a quotation ("With thousands of systems, “there is ...,” he said")
	}
	words := 0
	for k := lo; k < hi; k++ {
		if t := a.tag(k); t == "VBD" || t == "VBZ" || t == "VBP" || t == "VB" || t == "MD" {
			return false // participles ("existing law") are no verbs of a clause
		}
		if !a.isPunct(k) {
			words++
		}
	}
	if words > 10 {
		return false // a long phrase with no verb is more likely the tagger's miss
	}
	switch a.tag(lo) {
	case "IN", "RB", "CC", "WRB":
		return true
	}
	return words == 1
}

// onlyAttribution reports whether content, after a comma, is nothing but
// an attribution of its own, a subject and a verb of saying that end the
// sentence ("In January, the capital account showed a surplus, the
// Bundesbank said.": "showed" would report "the Bundesbank said.").
func (a *annotator) onlyAttribution(sp pipeline.Span) bool {
	lo, hi := a.tokAt(sp.Start), a.tokAt(sp.End)
	if hi-lo > 10 || lo >= hi || lo >= len(a.toks) || lo > 0 && a.word(lo-1) != "," {
		return false
	}
	for k := lo; k < hi; k++ {
		if finiteTag(a.tag(k)) {
			return k > lo && a.cueAt(k) != "" && a.tail(k+1, hi)
		}
	}
	return false
}

// toQuoteClose extends reported content that ends inside a quotation
// (the sentence splitter cut a quoted passage of several sentences) to
// the end of that quotation.
func (a *annotator) toQuoteClose(sp pipeline.Span) pipeline.Span {
	off := sp.End - 1
	i := sort.Search(len(a.quotes), func(i int) bool { return a.quotes[i].inner.End > off })
	if i < len(a.quotes) && a.quotes[i].inner.Start <= off && a.quotes[i].inner.Start >= sp.Start && a.quotes[i].outer.End > sp.End {
		if a.quotes[i].inner.End-sp.End < 2000 {
			sp.End = a.quotes[i].outer.End
		}
	}
	return sp
}

// trimSpan shrinks sp past white space at both ends and clamps it to text.
func trimSpan(text string, sp pipeline.Span) pipeline.Span {
	sp.Start = max(sp.Start, 0)
	sp.End = min(sp.End, len(text))
	for sp.Start < sp.End && isSpace(text[sp.Start]) {
		sp.Start++
	}
	for sp.End > sp.Start && isSpace(text[sp.End-1]) {
		sp.End--
	}
	if sp.End < sp.Start {
		return pipeline.Span{}
	}
	return sp
}

func isSpace(b byte) bool { return b == ' ' || b == '\n' || b == '\t' || b == '\r' }

// sectionAt returns the index of the section holding byte offset off, or
// -1, by binary search (sections are in text order).
func (a *annotator) sectionAt(off int) int {
	ss := a.doc.Sections
	i := sort.Search(len(ss), func(i int) bool { return ss[i].Span.End > off })
	if i < len(ss) && ss[i].Span.Start <= off {
		return i
	}
	return -1
}

// writtenLower reports whether the document writes the lower-case word w
// in lower case somewhere ("dlrs" in "759 mln dlrs"), which a word of a
// name seldom is.
func (a *annotator) writtenLower(w string) bool {
	if a.lower == nil {
		a.lower = map[string]bool{}
		for i := range a.toks {
			if t := a.tokText(i); t != "" && !a.isCap(i) && strings.ToLower(t) == t {
				a.lower[t] = true
			}
		}
	}
	return a.lower[w]
}
