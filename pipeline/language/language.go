// Package language is the pipeline stage that splits a document into
// sentences and tokens, tags each token with its part of speech and gives
// it a lower-case form and a Snowball stem.
//
// It is built on prose v3 (github.com/jdkato/prose/v3): its segmenter and
// tokenizer report byte offsets into the text they are given and are safe
// for concurrent use, so one Stage serves every worker of a run. Tags come
// from prose's English perceptron model through internal/postag, which
// gives prose's tags exactly, nearly four times as fast.
//
// Tokens are prose's with one correction: prose keeps the period on a
// short capitalised word as if it were an abbreviation ("May."), and at
// the end of a sentence the stage cuts it off unless the word is one
// ("Jr.", "Co.", "Jan."); see splitFinalPeriod.
//
// Sentences never cross a paragraph boundary: each paragraph the structure
// stage found is segmented on its own, which keeps a title line or a
// signature line from being glued to the prose that follows it.
package language

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/segment"
	"github.com/jdkato/prose/v3/token"
	"github.com/jdkato/prose/v3/tokenize"
	"github.com/kljensen/snowball/english"

	words "github.com/commentariat/commentariat/internal/english"
	"github.com/commentariat/commentariat/internal/names"
	"github.com/commentariat/commentariat/internal/postag"
	"github.com/commentariat/commentariat/pipeline"
)

// Option configures a Stage.
type Option func(*Stage)

// WithTagging turns part-of-speech tagging on or off (default on). Without
// it Token.Tag stays empty and the stage runs about three times faster.
func WithTagging(on bool) Option { return func(s *Stage) { s.tagging = on } }

// WithStems turns Snowball stemming on or off (default on).
func WithStems(on bool) Option { return func(s *Stage) { s.stems = on } }

// Stage is the language stage. Build it once with New and share it.
type Stage struct {
	seg     *segment.Segmenter
	tok     *tokenize.Tokenizer
	tagger  *postag.Tagger
	tagging bool
	stems   bool
	// scratches pools per-goroutine working memory (see scratch).
	scratches sync.Pool
}

// scratch is one goroutine's working memory: a memo table of each token
// text's lower-case form and Snowball stem (both pure functions of the
// text, and news reuses its vocabulary, so the table removes most of their
// cost without any locking), and the buffer a sentence's tokens are
// tokenized into before they are copied to the document.
type scratch struct {
	words map[string]wordForms
	toks  []token.Token
}

// wordForms are a token text's lower-case form and stem ("" when the token
// holds no letter or stemming is off).
type wordForms struct{ lower, stem string }

// wordCacheMax bounds each memo table; a full table is cleared.
const wordCacheMax = 1 << 15

// New builds the stage, loading prose's models once.
func New(opts ...Option) (*Stage, error) {
	s := &Stage{tagging: true, stems: true}
	for _, o := range opts {
		o(s)
	}
	var err error
	if s.seg, err = segment.New(); err != nil {
		return nil, fmt.Errorf("loading sentence segmenter: %w", err)
	}
	s.tok = tokenize.New()
	if s.tagging {
		if s.tagger, err = postag.New(); err != nil {
			return nil, fmt.Errorf("loading part-of-speech tagger: %w", err)
		}
	}
	s.scratches.New = func() any { return &scratch{words: make(map[string]wordForms, 1024)} }
	return s, nil
}

// Name returns "language".
func (s *Stage) Name() string { return "language" }

// Process fills doc.Sentences and doc.Tokens.
func (s *Stage) Process(ctx context.Context, doc *pipeline.Document) error {
	if !utf8.ValidString(doc.Text) {
		// The corpus readers decode every input to UTF-8; text from
		// elsewhere is refused rather than cut at arbitrary bytes.
		return errors.New("language: text is not valid UTF-8")
	}
	paras := doc.Paragraphs
	if len(paras) == 0 {
		if sp := trimSpan(doc.Text, pipeline.Span{Start: 0, End: len(doc.Text)}); !sp.Empty() {
			paras = []pipeline.Span{sp}
		}
	}
	doc.Sentences = doc.Sentences[:0]
	doc.Tokens = doc.Tokens[:0]
	sc := s.scratches.Get().(*scratch)
	defer s.scratches.Put(sc)
	// Reserve room for the tokens at once (news averages a token per five
	// to six bytes) rather than growing the slice a sentence at a time.
	if want := len(doc.Text)/5 + 16; cap(doc.Tokens) < want {
		doc.Tokens = make([]pipeline.Token, 0, want)
	}
	section := 0
	for pi, p := range paras {
		if pi%64 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		text := doc.Text[p.Start:p.End]
		sents := s.seg.Segment(text)
		for si := 0; si < len(sents); si++ {
			sent := sents[si]
			span := pipeline.Span{Start: p.Start + sent.Start, End: p.Start + sent.Start + len(sent.Text)}
			for si+1 < len(sents) {
				// "Melvin L. | Gold has been named", "U.S. | Dollars
				// declined", "Chas. | P. | Young": one sentence
				cur := doc.Text[span.Start:span.End]
				if !endsInInitial(cur) && !(endsInAbbreviation(cur) && goesOn(sents[si+1].Text)) && !(endsInTitle(cur) && opensName(sents[si+1].Text)) {
					break
				}
				si++
				sent = sents[si]
				span.End = p.Start + sent.Start + len(sent.Text)
			}
			for section < len(doc.Sections) && span.Start >= doc.Sections[section].Span.End {
				section++
			}
			secIdx := -1
			if section < len(doc.Sections) && doc.Sections[section].Span.Start <= span.Start {
				secIdx = section
			}
			para := pi
			if len(doc.Paragraphs) == 0 {
				para = -1
			}
			s.addSentence(doc, span, secIdx, para, sc)
		}
	}
	return nil
}

// endsInInitial reports whether a sentence the segmenter found ends with a
// given name and an initial ("It said director Melvin L."), or with an
// abbreviated given name ("engaged Alex."): the segmenter
// took the initial's period for the sentence's end because the surname
// after it is also an English word ("Gold", "Castle", "Hall"), so the
// next sentence goes on with the name. After other capitalised words the
// letter may end the sentence ("World War I.", "Plan B.").
func endsInInitial(sent string) bool {
	sent = strings.TrimRight(sent, " \t\r\n")
	n := len(sent)
	if n >= 4 && sent[n-1] == '.' {
		// an abbreviated given name: "Alex. Brown and Sons", "Wm. Wrigley"
		if givenAbbrevs[lastWordOf(sent[:n-1])] {
			return true
		}
	}
	if n < 4 || sent[n-1] != '.' || sent[n-2] < 'A' || sent[n-2] > 'Z' || sent[n-3] != ' ' {
		return false
	}
	given := lastWordOf(sent[:n-3])
	return len(given) > 1 && (words.GivenNames().Has(strings.ToLower(given)) || givenAbbrevs[strings.TrimSuffix(given, ".")])
}

// endsInTitle reports whether a sentence the segmenter found ends with
// the abbreviation of a title that stands before a name ("consider Rep.
// | Don Beyer"), which ends no sentence.
func endsInTitle(sent string) bool {
	w := lastWordOf(strings.TrimRight(sent, " \t\r\n"))
	core, ok := strings.CutSuffix(w, ".")
	if !ok {
		return false
	}
	if titleAbbrevs[core] {
		return true
	}
	// an office or a rank, written with a capital: "Rep.", "Lt."
	r, n := utf8.DecodeRuneInString(core)
	return unicode.IsUpper(r) && core[n:] == strings.ToLower(core[n:]) && names.RankAbbrev(strings.ToLower(core))
}

// opensName reports whether a sentence opens with a capitalised word, as
// the name after a title does, and not with a word that commonly opens
// a sentence ("the House of Reps. | The vote is due").
func opensName(next string) bool {
	next = strings.TrimLeft(next, " \t\r\n")
	r, _ := utf8.DecodeRuneInString(next)
	i := strings.IndexFunc(next, func(r rune) bool { return !unicode.IsLetter(r) })
	if i < 0 {
		i = len(next)
	}
	return unicode.IsUpper(r) && !sentenceOpeners[strings.ToLower(next[:i])]
}

// titleAbbrevs are the abbreviated titles of English that stand before a
// name other than the offices and ranks of names.RankAbbrev ("Dr.",
// "Mrs.", "Rt. Hon."; and "Pvt.", which that list, shared with the
// attribution stage, lacks).
var titleAbbrevs = map[string]bool{
	"Pvt": true, "Dr": true, "Mr": true, "Mrs": true, "Ms": true, "Messrs": true, "Prof": true, "Rev": true,
	"Hon": true, "Rt": true,
}

// endsInAbbreviation reports whether a sentence ends with an abbreviation
// of capital letters and dots ("U.S.", "U.K.", "E.C.").
func endsInAbbreviation(sent string) bool {
	w := lastWordOf(strings.TrimRight(sent, " \t\r\n"))
	if len(w) < 4 || w[len(w)-1] != '.' {
		return false
	}
	for j := 0; j < len(w); j += 2 {
		if w[j] < 'A' || w[j] > 'Z' || j+1 >= len(w) || w[j+1] != '.' {
			return false
		}
	}
	return true
}

// goesOn reports whether a sentence the segmenter found after an
// abbreviation is rather the rest of the sentence before: it opens with
// a capitalised common word that seldom opens a sentence ("U.S. |
// Dollars declined", "the U.S. | Agreed to hold up duties"; news wires
// capitalise the word after "U.S."), not with an article, a pronoun, a
// conjunction or a preposition ("the U.S. | The figures show").
func goesOn(next string) bool {
	next = strings.TrimLeft(next, " \t\r\n\"“'‘(")
	i := strings.IndexFunc(next, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	if i < 0 {
		i = len(next)
	}
	w := next[:i]
	if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	lw := strings.ToLower(w)
	return words.Common().Has(lw) && !sentenceOpeners[lw]
}

// sentenceOpeners are the function words a new sentence commonly opens
// with.
var sentenceOpeners = map[string]bool{
	"a": true, "an": true, "the": true, "this": true, "that": true, "these": true, "those": true,
	"it": true, "its": true, "he": true, "she": true, "his": true, "her": true, "they": true, "their": true,
	"we": true, "our": true, "you": true, "your": true, "there": true, "here": true,
	"and": true, "but": true, "or": true, "nor": true, "so": true, "yet": true, "for": true,
	"in": true, "on": true, "at": true, "from": true, "with": true, "by": true, "of": true, "to": true,
	"as": true, "if": true, "when": true, "while": true, "after": true, "before": true, "since": true,
	"although": true, "though": true, "however": true, "meanwhile": true, "also": true, "moreover": true,
	"which": true, "who": true, "what": true, "where": true, "why": true, "how": true,
	"some": true, "many": true, "most": true, "one": true, "no": true, "not": true, "all": true,
	"both": true, "each": true, "any": true, "other": true, "such": true, "earlier": true,
	"later": true, "last": true, "next": true, "under": true, "during": true, "despite": true,
}

// lastWordOf returns the last white-space-delimited word of s.
func lastWordOf(s string) string { return s[strings.LastIndexAny(s, " \t\r\n")+1:] }

// notDeterminer reports whether a word the tagger read as a determiner
// is none: a capitalised word that is no English determiner ("Kall",
// "Randall" before a dash).
func notDeterminer(w string) bool { return capitalisedOutside(w, determiners) }

// notWhWord reports whether w, which the tagger marked WDT, WP, WP$ or
// WRB, is capitalised and no wh-word.
func notWhWord(w string) bool { return capitalisedOutside(w, whWords) }

// capitalisedOutside reports whether w is capitalised and, in lower case,
// no word of the closed class.
func capitalisedOutside(w string, class map[string]bool) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && !class[strings.ToLower(w)]
}

// notAdverb reports whether w, which the tagger marked RB, is
// capitalised and no English word in lower case (the word list leaves
// out the few adverbs that are also written in capitals as acronyms).
func notAdverb(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || len(w) < 2 {
		return false
	}
	lw := strings.ToLower(w)
	switch lw {
	case "now", "so", "no", "more", "rather", "up":
		return false
	}
	return !words.Common().Has(lw)
}

// whWords are the words of the closed classes the tagger marks WDT, WP,
// WP$ and WRB.
var whWords = map[string]bool{
	"which": true, "that": true, "what": true, "whatever": true, "whichever": true, "who": true, "whom": true,
	"whoever": true, "whomever": true, "whose": true, "where": true, "when": true, "why": true, "how": true,
	"whenever": true, "wherever": true, "whereby": true, "whence": true, "wherein": true, "whereupon": true, "however": true,
}

// determiners are the words of the closed class the tagger marks DT.
var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true,
	"all": true, "any": true, "some": true, "each": true, "every": true, "no": true, "both": true,
	"either": true, "neither": true, "another": true, "such": true, "half": true, "many": true,
	"what": true, "which": true, "whatever": true, "whichever": true, "whether": true, "del": true,
	"le": true, "la": true, "les": true, "el": true, "los": true, "las": true, "der": true, "die": true, "das": true,
}

// givenAbbrevs are the abbreviated given names of English ("Alex.",
// "Wm.", "Chas."), which end no sentence.
var givenAbbrevs = map[string]bool{
	"Alex": true, "Wm": true, "Chas": true, "Jas": true, "Thos": true, "Geo": true,
	"Robt": true, "Benj": true, "Jos": true, "Edw": true, "Saml": true,
}

// addSentence tokenizes, tags and stems one sentence and appends it.
func (s *Stage) addSentence(doc *pipeline.Document, span pipeline.Span, section, paragraph int, sc *scratch) {
	idx := len(doc.Sentences)
	toks := joinElisions(splitFinalPeriod(splitMarkup(s.tokenize(doc.Text[span.Start:span.End], sc.toks[:0]))))
	sc.toks = toks
	defer clear(toks) // the pooled buffer must not pin the document's text
	words := sc.words
	if len(toks) == 0 {
		return
	}
	if s.tagging {
		s.tagger.TagTokens(toks)
		for i := range toks {
			switch {
			case isMarkup(toks[i].Text):
				toks[i].Tag = "SYM" // a bracket or reference, whatever the model guessed
			case toks[i].Tag == "VBG" && surnameInIng(toks[i].Text):
				toks[i].Tag = "NNP"
			case toks[i].Tag == "DT" && notDeterminer(toks[i].Text),
				strings.HasPrefix(toks[i].Tag, "W") && notWhWord(toks[i].Text),
				toks[i].Tag == "RB" && notAdverb(toks[i].Text) && i+1 < len(toks) && (strings.HasPrefix(toks[i+1].Tag, "VB") || toks[i+1].Tag == "MD"):
				// "Kall -- co-editor of a book -- said", "Warren called
				// the behavior outrageous": determiners and wh-words are
				// closed classes, so a capitalised word outside them is a
				// name; so is a capitalised "adverb" that is no English
				// word, before a verb ("Elsinore/RB said")
				toks[i].Tag = "NNP"
			}
		}
	}
	first := len(doc.Tokens)
	for _, t := range toks {
		w, ok := words[t.Text]
		if !ok {
			// Clone: neither the key nor the forms may pin the
			// document's text (a lower-case word is its own key).
			key := strings.Clone(t.Text)
			w.lower = lowerWord(key)
			if s.stems && isWord(w.lower) {
				w.stem = english.Stem(w.lower, true)
			}
			if len(words) >= wordCacheMax {
				clear(words)
			}
			words[key] = w
		}
		doc.Tokens = append(doc.Tokens, pipeline.Token{
			Span:     pipeline.Span{Start: span.Start + t.Start, End: span.Start + t.Start + len(t.Text)},
			Tag:      t.Tag,
			Lower:    w.lower,
			Stem:     w.stem,
			Sentence: idx,
		})
	}
	doc.Sentences = append(doc.Sentences, pipeline.Sentence{
		Span: span, Section: section, Paragraph: paragraph,
		TokenStart: first, TokenEnd: len(doc.Tokens),
	})
}

// maxChunk is the longest run of text without white space that prose's
// tokenizer is given at once. Its cost grows with the square of a chunk's
// length on runs of punctuation ("””...", "....", "(((("), so that one
// such run of a few hundred kilobytes would stall a worker for minutes;
// longer chunks are cut into pieces of at most maxChunk bytes (a URL or a
// word is far shorter).
const maxChunk = 128

// tokenize gives the tokens prose's tokenizer gives, with two changes to
// how it gets there. A chunk between white space made only of letters,
// digits and hyphens (most words) is one token whatever prose's rules say
// (its prefixes, suffixes and contractions all hold punctuation), so it is
// emitted directly; every other run of chunks goes to prose, whose per-span
// regular expression and affix tests are the bulk of its cost. And a chunk
// longer than maxChunk is tokenized in pieces, which bounds the work per
// byte. TestTokenizeMatchesProse checks the tokens are prose's.
//
// The tokens are appended to out, which may be nil.
func (s *Stage) tokenize(text string, out []token.Token) []token.Token {
	pending := -1 // start of the run of chunks waiting for prose
	flush := func(end int) {
		if pending < 0 {
			return
		}
		for _, t := range s.tok.Tokenize(text[pending:end]) {
			t.Start += pending
			out = append(out, t)
		}
		pending = -1
	}
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		j, plain := i, true
		for j < len(text) {
			c := text[j]
			if c < utf8.RuneSelf {
				if isSpaceByte(c) {
					break
				}
				plain = plain && isPlainByte(c)
				j++
				continue
			}
			r, size := utf8.DecodeRuneInString(text[j:])
			if unicode.IsSpace(r) {
				break
			}
			plain = plain && unicode.IsLetter(r)
			j += size
		}
		switch {
		case plain:
			flush(i)
			out = append(out, token.Token{Text: text[i:j], Start: i})
		case j-i > maxChunk:
			flush(i)
			for k := i; k < j; {
				end := min(j, k+maxChunk)
				for end < j && !utf8.RuneStart(text[end]) {
					end--
				}
				if end == k { // no rune start within maxChunk bytes: invalid UTF-8
					end = min(j, k+maxChunk)
				}
				pending = k
				flush(end)
				k = end
			}
		case pending < 0:
			pending = i
		}
		i = j
	}
	flush(len(text))
	return out
}

// splitFinalPeriod cuts the period off a sentence's last token when prose
// kept it on a short capitalised word as if it were an abbreviation ("5
// May." is "May" and "."), unless the word is one ("Smith Jr.", "Co.").
// The sentence segmenter has already decided that the period ends the
// sentence.
func splitFinalPeriod(toks []token.Token) []token.Token {
	if len(toks) == 0 {
		return toks
	}
	last := toks[len(toks)-1]
	w, ok := strings.CutSuffix(last.Text, ".")
	if !ok || len(w) < 2 || len(w) > 3 || w[0] < 'A' || w[0] > 'Z' || abbreviations[strings.ToLower(w)] {
		return toks
	}
	for i := 1; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return toks
		}
	}
	toks[len(toks)-1].Text = w
	return append(toks, token.Token{Text: ".", Start: last.Start + len(w)})
}

// joinElisions joins back the names prose splits at an elided article
// ("O" and "'Sullivan", "D" and "’Souza"): one capital letter written
// against an apostrophe and a capitalised word is one word, "O'Sullivan".
func joinElisions(toks []token.Token) []token.Token {
	out := toks[:0]
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if i+1 < len(toks) && len(t.Text) == 1 && t.Text[0] >= 'A' && t.Text[0] <= 'Z' {
			n := toks[i+1]
			rest, ok := strings.CutPrefix(n.Text, "'")
			if !ok {
				rest, ok = strings.CutPrefix(n.Text, "’")
			}
			if ok && n.Start == t.Start+1 && rest != "" && rest[0] >= 'A' && rest[0] <= 'Z' {
				t.Text += n.Text
				i++
				// the possessive prose left on the word is a token of
				// its own, as elsewhere: "O'Sullivan" and "'s"
				if name, p, ok := cutPossessive(t.Text); ok {
					t.Text = name
					out = append(out, t, token.Token{Text: p, Start: t.Start + len(name)})
					continue
				}
			}
		}
		out = append(out, t)
	}
	return out
}

// cutPossessive splits a joined name from the possessive ending prose
// left on it ("O'Sullivan's" gives "O'Sullivan" and "'s").
func cutPossessive(w string) (name, poss string, ok bool) {
	for _, p := range []string{"'s", "’s"} {
		if name, ok := strings.CutSuffix(w, p); ok && len(name) > 2 {
			return name, p, true
		}
	}
	return w, "", false
}

// splitMarkup cuts angle brackets and HTML character references off the
// start and end of words, which prose leaves on them: news wires put
// company names between brackets ("<Airbus Industrie>"), and text taken
// from the web keeps them escaped ("&lt;Airbus Industrie&gt;"). The word
// is then the name's, not "&lt;Airbus" or "Industrie>". References
// inside a word ("AT&amp;T") stay.
func splitMarkup(toks []token.Token) []token.Token {
	n := len(toks)
	for i := 0; i < n; i++ {
		// prose cuts the semicolon off a reference that ends a word
		// ("Industrie&gt" ";"): put it back
		if i+1 < n && toks[i+1].Text == ";" && toks[i+1].Start == toks[i].Start+len(toks[i].Text) {
			if amp := strings.LastIndexByte(toks[i].Text, '&'); amp >= 0 && isReference(toks[i].Text[amp+1:]) {
				toks[i].Text += ";"
				toks = slices.Delete(toks, i+1, i+2)
				n--
			}
		}
		t := toks[i]
		if len(t.Text) < 2 || !strings.ContainsAny(t.Text, "<>&") {
			continue
		}
		var parts []string
		rest := t.Text
		for {
			p := markupPrefix(rest)
			if p == 0 || p == len(rest) {
				break
			}
			parts = append(parts, rest[:p])
			rest = rest[p:]
		}
		var tail []string
		for {
			p := markupSuffix(rest)
			if p == 0 || p == len(rest) {
				break
			}
			tail = append(tail, rest[len(rest)-p:])
			rest = rest[:len(rest)-p]
		}
		if len(parts) == 0 && len(tail) == 0 {
			continue
		}
		parts = append(parts, rest)
		for k := len(tail) - 1; k >= 0; k-- {
			parts = append(parts, tail[k])
		}
		split := make([]token.Token, 0, len(parts))
		off := t.Start
		for _, p := range parts {
			split = append(split, token.Token{Text: p, Start: off})
			off += len(p)
		}
		toks = slices.Insert(slices.Delete(toks, i, i+1), i, split...)
		i += len(split) - 1
		n = len(toks)
	}
	return toks
}

// markupPrefix returns the length of the angle bracket or HTML character
// reference ("&lt;", "&#3;") that s starts with, or 0.
func markupPrefix(s string) int {
	if s[0] == '<' || s[0] == '>' {
		return 1
	}
	if s[0] != '&' {
		return 0
	}
	end := strings.IndexByte(s, ';')
	if end < 2 || end > 8 || !isReference(s[1:end]) {
		return 0
	}
	return end + 1
}

// surnameInIng reports whether a word the tagger took for a gerund is a
// name: capitalised, not in capitals, and not an English word ("Ruding
// said", "Harding said"; not "Saying so, ...").
func surnameInIng(w string) bool {
	if len(w) < 5 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return !words.Common().Has(strings.ToLower(w))
}

// isMarkup reports whether a token is an angle bracket or an HTML
// character reference.
func isMarkup(t string) bool { return t != "" && markupPrefix(t) == len(t) }

// markupSuffix is markupPrefix for the end of s.
func markupSuffix(s string) int {
	last := s[len(s)-1]
	if last == '<' || last == '>' {
		return 1
	}
	if last != ';' {
		return 0
	}
	amp := strings.LastIndexByte(s, '&')
	if amp < 0 || len(s)-amp < 4 || len(s)-amp > 9 || !isReference(s[amp+1:len(s)-1]) {
		return 0
	}
	return len(s) - amp
}

// isReference reports whether name is the name of an HTML character
// reference: letters ("lt", "amp") or "#" and digits.
func isReference(name string) bool {
	if name == "" {
		return false
	}
	if name[0] == '#' {
		return len(name) > 1 && strings.Trim(name[1:], "0123456789") == ""
	}
	for i := 0; i < len(name); i++ {
		if c := name[i]; !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
			return false
		}
	}
	return true
}

// abbreviations are the short capitalised abbreviations that keep their
// period at the end of a sentence: titles, company and place words,
// months and days.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "jr": true, "sr": true,
	"co": true, "no": true, "mt": true, "ft": true, "gen": true, "col": true, "lt": true,
	"sgt": true, "rev": true, "inc": true, "ltd": true, "gov": true, "sen": true, "rep": true,
	"vol": true, "ed": true, "est": true, "ave": true, "rd": true, "bro": true, "cpl": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "oct": true, "nov": true, "dec": true,
	"mon": true, "tue": true, "wed": true, "thu": true, "fri": true, "sat": true, "sun": true,
}

// isPlainByte reports whether an ASCII byte can be part of a chunk that
// prose keeps as one token without looking at it: a letter, a digit or a
// hyphen.
func isPlainByte(c byte) bool {
	return ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') || ('0' <= c && c <= '9') || c == '-'
}

// lowerWord lower-cases a token, returning the token itself (no copy) when
// it has no upper-case letters, which is the common case.
func lowerWord(w string) string {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return strings.ToLower(w)
		}
	}
	return w
}

// isWord reports whether a token is worth stemming: it holds a letter.
func isWord(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// trimSpan narrows sp to exclude surrounding white space.
func trimSpan(text string, sp pipeline.Span) pipeline.Span {
	for sp.Start < sp.End && isSpaceByte(text[sp.Start]) {
		sp.Start++
	}
	for sp.End > sp.Start && isSpaceByte(text[sp.End-1]) {
		sp.End--
	}
	return sp
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'
}
