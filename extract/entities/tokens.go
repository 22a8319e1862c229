package entities

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/commentariat/commentariat/internal/names"
	"github.com/commentariat/commentariat/pipeline"
)

// tok is a document token with the shape features the rules read.
type tok struct {
	text, lower, tag string
	span             pipeline.Span
	sent             int
	// cap: starts with an upper-case letter; caps: two or more letters,
	// all upper case; word: holds a letter or digit.
	cap, caps, word bool
	letter          bool // holds a letter
	// cls: the word lists the lower-case form is in; dcls: those of the
	// lower-case form without a final dot ("corp." is a head like "corp").
	// Both are looked up in classes when first asked for (cKnown set):
	// most tokens are never asked, and the lists are large.
	cls, dcls wclass
	// initial: the first word of its sentence (or of a quotation or
	// heading inside it), capitalised by convention.
	initial bool
}

// mention is a typed span of tokens (or, for dates, of bytes) found in a
// document, before resolution.
type mention struct {
	lo, hi int // token range [lo, hi)
	span   pipeline.Span
	typ    string
	conf   int
	key    string // phraseKey of the text
	canon  string // gazetteer canonical name, if any
	date   string // normalised date key for DATE
	// initial: it starts a sentence.
	initial bool
	// common: a lone English word that is not written capitalised as a
	// name ("Shearer", "Such"), kept only if the document makes it the
	// surname of a person it names in full or types it elsewhere.
	common bool
}

// Confidence levels of a mention's type.
const (
	confNone    = 0 // untyped: a capitalised word with no evidence
	confDefault = 1 // the default for its shape
	confContext = 2 // a title, a verb of saying, a first name, a noun after
	confLexicon = 3 // a gazetteer, a speaker, a head word, a date
)

// annotator holds the working state of one document.
type annotator struct {
	lx   *lexicon
	doc  *pipeline.Document
	opts *Stage
	toks []tok
	// restricted marks tokens in headlines, all-caps lines and titles,
	// where capitals say nothing: only known names are found there.
	restricted []bool
	// join marks sentence boundaries (by the index of the first token after
	// it) that a name may cross: signature lines broken inside a name.
	join  map[int]bool
	taken []bool // tokens inside a mention already
	// common holds the words the document writes in lower case: a
	// capitalised one of them is more likely a common word than a name.
	common   map[string]bool
	ments    []mention
	speakers []speakerName
	// pkeys, surs and leads memoise names.PersonKey, names.Surname and
	// names.LeadSurname of the document's names (see personKey).
	pkeys, surs, leads map[string]string
	index              entIndex // resolve's, kept for the next document
	// recent holds the classes of words looked up lately, across
	// documents (see classOf).
	recent map[string]wclass
	// sport memoises sportReport: 0 not known yet, 1 a report on sport,
	// -1 not one.
	sport int8
}

// speakerName is a person named by the attribution stage.
type speakerName struct {
	idx   int
	key   string // names.PersonKey
	forms []string
}

// newAnnotator returns an annotator for doc, reusing the buffers of one
// released before when there is one; release returns it.
func newAnnotator(s *Stage, doc *pipeline.Document) *annotator {
	a, _ := s.annotators.Get().(*annotator)
	if a == nil {
		a = &annotator{common: map[string]bool{}, join: map[int]bool{}, pkeys: map[string]string{}, surs: map[string]string{}, leads: map[string]string{}, recent: map[string]wclass{}}
	}
	a.lx, a.doc, a.opts, a.sport = s.lx, doc, s, 0
	a.toks = slices.Grow(a.toks[:0], len(doc.Tokens))[:len(doc.Tokens)]
	for i := range doc.Tokens {
		t := &doc.Tokens[i]
		text := t.Span.In(doc.Text)
		lower := t.Lower
		if lower == "" {
			lower = strings.ToLower(text)
		}
		if lower == "&amp;" {
			lower = "&" // "Merrill Lynch &amp; Co", as wires escape it
		}
		k := &a.toks[i]
		*k = tok{text: text, lower: lower, tag: t.Tag, span: t.Span, sent: t.Sentence}
		r, size := utf8.RuneError, 0
		if text != "" {
			if r, size = rune(text[0]), 1; r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(text)
			}
		}
		k.cap = 'A' <= r && r <= 'Z' || r >= utf8.RuneSelf && unicode.IsUpper(r)
		k.caps, k.word, k.letter = shape(text)
		// "'Meara" of "O'Meara", split by the tokenizer
		if (r == '\'' || r == '’') && len(text) > 3 {
			if r2, _ := utf8.DecodeRuneInString(text[size:]); unicode.IsUpper(r2) {
				k.cap = true
			}
		}
	}
	a.taken = falses(a.taken, len(a.toks))
	// the lower-case uses of words the document also capitalises
	for i := range a.toks {
		if t := &a.toks[i]; t.cap && len(t.text) > 3 {
			a.common[t.lower] = false
		}
	}
	if len(a.common) > 0 {
		for i := range a.toks {
			// only a token that is its own lower case can equal a key
			t := &a.toks[i]
			if len(t.text) <= 3 || t.cap || t.text != t.lower {
				continue
			}
			if seen, ok := a.common[t.text]; ok && !seen {
				a.common[t.text] = true
			}
		}
	}
	a.restricted = falses(a.restricted, len(a.toks))
	a.markSentences()
	a.loadSpeakers()
	return a
}

// is reports whether token t's lower-case form is in one of the word
// lists c.
func (a *annotator) is(t *tok, c wclass) bool {
	a.lookup(t)
	return t.cls&c != 0
}

// isD is is for the lower-case form without a final dot.
func (a *annotator) isD(t *tok, c wclass) bool {
	a.lookup(t)
	return t.dcls&c != 0
}

// lookup sets t's cls and dcls, once.
func (a *annotator) lookup(t *tok) {
	if t.cls&cKnown != 0 {
		return
	}
	t.cls = a.classOf(t.lower)
	t.dcls = t.cls
	if d := trimDot(t.lower); len(d) < len(t.lower) {
		t.dcls = a.classOf(d)
	}
}

// classOf returns the classes of a lower-case word, with cPlain and
// cKnown set as they apply. The words of the documents an annotator has
// seen lately are kept in a small table of its own, which is much faster
// to search than the lexicon's (tens of thousands of words).
func (a *annotator) classOf(w string) wclass {
	if c, ok := a.recent[w]; ok {
		return c
	}
	c := a.lx.classes[w] | cKnown
	if !strings.ContainsAny(w, keySeparators) {
		c |= cPlain
	}
	if len(a.recent) >= maxRecentWords {
		clear(a.recent)
	}
	// a clone: the table outlives the document, whose text w may be part of
	a.recent[strings.Clone(w)] = c
	return c
}

// maxRecentWords bounds annotator.recent; a full table is cleared.
const maxRecentWords = 1 << 13

// shape reports whether text has two or more letters, all upper case
// (caps), whether it holds a letter or digit (word) and whether it holds
// a letter.
func shape(text string) (caps, word, letter bool) {
	letters, upper := 0, 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c >= utf8.RuneSelf {
			return shapeUnicode(text)
		}
		switch {
		case 'A' <= c && c <= 'Z':
			letters++
			upper++
			word = true
		case 'a' <= c && c <= 'z':
			letters++
			word = true
		case '0' <= c && c <= '9':
			word = true
		}
	}
	return letters >= 2 && upper == letters, word, letters > 0
}

// shapeUnicode is shape for any text.
func shapeUnicode(text string) (caps, word, letter bool) {
	letters, upper := 0, 0
	for _, r := range text {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			word = true
		}
	}
	return letters >= 2 && upper == letters, word, letters > 0
}

// maxPooledTokens is the size of the largest document whose annotator
// buffers are kept for the next one: a rare huge document's are dropped,
// so pooled memory stays small.
const maxPooledTokens = 1 << 16

// release clears the annotator, so that it pins nothing of its document,
// and keeps its buffers for the next document.
func (a *annotator) release(s *Stage) {
	if cap(a.toks) > maxPooledTokens {
		return
	}
	clear(a.toks) // the tokens past len were cleared by the last release
	clear(a.ments[:cap(a.ments)])
	a.toks, a.ments = a.toks[:0], a.ments[:0]
	clear(a.common)
	clear(a.join)
	clear(a.pkeys)
	clear(a.surs)
	clear(a.leads)
	a.index.reset()
	a.lx, a.doc, a.opts, a.speakers = nil, nil, nil, nil
	s.annotators.Put(a)
}

// leadSurname is names.LeadSurname(s), computed once per document and
// name.
func (a *annotator) leadSurname(s string) string { return memo(a.leads, s, names.LeadSurname) }

// personKey is names.PersonKey(s), computed once per document and name.
func (a *annotator) personKey(s string) string { return memo(a.pkeys, s, names.PersonKey) }

// surname is names.Surname(s), computed once per document and name.
func (a *annotator) surname(s string) string { return memo(a.surs, s, names.Surname) }

// memo returns f(s), computing it only when m does not hold it yet.
func memo(m map[string]string, s string, f func(string) string) string {
	v, ok := m[s]
	if !ok {
		v = f(s)
		m[s] = v
	}
	return v
}

// falses returns a slice of n false values, reusing b's memory.
func falses(b []bool, n int) []bool {
	b = slices.Grow(b[:0], n)[:n]
	clear(b)
	return b
}

// markSentences sets initial and restricted flags and the joins between
// signature lines.
func (a *annotator) markSentences() {
	d := a.doc
	var titles []pipeline.Span
	if !d.Header.Title.Empty() {
		titles = append(titles, d.Header.Title)
	}
	var sigs []pipeline.Span
	for _, s := range d.Sections {
		if !s.TitleSpan.Empty() {
			titles = append(titles, s.TitleSpan)
		}
		for _, l := range s.Signature {
			sigs = append(sigs, l.Span)
		}
	}
	inAny := func(spans []pipeline.Span, sp pipeline.Span) bool {
		for _, s := range spans {
			if s.Overlap(sp) > 0 {
				return true
			}
		}
		return false
	}
	prevSig := false
	for _, s := range d.Sentences {
		lo, hi := max(s.TokenStart, 0), min(s.TokenEnd, len(a.toks))
		if lo >= hi {
			continue
		}
		sig := inAny(sigs, s.Span)
		restricted := inAny(titles, s.Span) || a.capsLine(lo, hi) || !sig && a.titleCaseLine(lo, hi)
		for i := lo; i < hi; i++ {
			a.restricted[i] = restricted
		}
		a.markQuotedTitles(lo, hi)
		first := true
		for i := lo; i < hi; i++ {
			t := &a.toks[i]
			if first && t.word {
				t.initial = true
				first = false
			}
			if !t.word && openers[t.text] { // openers hold no letter or digit
				first = true
			}
		}
		if sig && prevSig && lo > 0 {
			prev, next := a.toks[lo-1].lower, a.toks[lo].lower
			if prev == "of" || prev == "for" || prev == "and" || prev == "the" || next == "of" || next == "under" || next == "for" {
				a.join[lo] = true
			}
		}
		prevSig = sig
	}
}

// markQuotedTitles restricts the quoted titles of works, talks and
// events inside a sentence ("on the theme "Results of Parliamentary
// Elections: New System - New Challenges""): three or more words between
// quotation marks, every longer one capitalised.
func (a *annotator) markQuotedTitles(lo, hi int) {
	open := -1
	for i := lo; i < hi; i++ {
		if a.toks[i].word {
			continue // no quotation mark
		}
		switch a.toks[i].text {
		case "\"", "“", "”", "«", "»":
			if open < 0 {
				open = i
				continue
			}
			if i-open-1 >= 3 && a.titleCaseLine(open+1, i+1) {
				for k := open + 1; k < i; k++ {
					a.restricted[k] = true
				}
			}
			open = -1
		}
	}
}

// openers are the tokens after which a capitalised word starts a new
// stretch of text (a quotation, a parenthesis, a list item).
var openers = map[string]bool{"\"": true, "“": true, "«": true, "(": true, ":": true, "—": true, "–": true, "-": true, "--": true, "'": true, "‘": true, "``": true}

// capsLine reports whether a sentence is written in capitals (a
// newswire headline): most of its words upper case.
func (a *annotator) capsLine(lo, hi int) bool {
	words, caps := 0, 0
	for k := lo; k < hi; k++ {
		if t := &a.toks[k]; t.letter {
			words++
			if t.caps || (len(t.text) == 1 && t.cap) {
				caps++
			}
		}
	}
	return words >= 2 && caps*10 >= words*7
}

// titleCaseLine reports whether a short sentence without a final stop has
// every longer word capitalised (a heading).
func (a *annotator) titleCaseLine(lo, hi int) bool {
	last := a.toks[hi-1].text
	if last == "." || last == "?" || last == "!" || hi-lo < 3 || hi-lo > 16 {
		return false
	}
	long, capd, common := 0, 0, 0
	for k := lo; k < hi; k++ {
		if t := &a.toks[k]; t.word && len(t.text) > 3 && !isDigits(t.text) {
			long++
			if t.cap {
				capd++
			}
			if a.is(t, cCommon) {
				common++
			}
		}
	}
	// a heading is made of common words; a list of names is not
	return long >= 3 && capd == long && common*2 >= long
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// sameSegment reports whether tokens i and j (i < j) may belong to one
// name: the same sentence, or signature lines joined inside a name.
func (a *annotator) sameSegment(i, j int) bool {
	for k := i + 1; k <= j; k++ {
		if a.join[k] {
			continue
		}
		if a.toks[k].sent != a.toks[k-1].sent {
			return false
		}
		if gap := a.doc.Text[a.toks[k-1].span.End:a.toks[k].span.Start]; strings.Contains(gap, "\n") && !pipeline.Wrapped(a.doc.Text, a.toks[k-1].span.End, a.toks[k].span.Start) &&
			!(strings.Count(gap, "\n") == 1 && a.companyForm(k)) {
			// a company form starts no name: it ends the one on the line
			// before, however short that line ("International Business
			// Machines\nCorp said")
			return false
		}
	}
	return true
}
