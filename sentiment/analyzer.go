package sentiment

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/commentariat/commentariat/internal/dict"
	"github.com/commentariat/commentariat/pipeline"
)

// Option configures an Analyzer.
type Option func(*config)

type config struct {
	vader    bool
	dict     *dict.Dictionary
	weights  map[string]float64
	ext      []dictWeights
	stemming bool
	stemSet  bool
}

type dictWeights struct {
	d dict.Dictionary
	w map[string]float64
}

// WithVADER makes the Analyzer behave as VADER does: VADER's lexicon alone
// and VADER's rules alone (no political extension, no concessive, modal or
// shifter rules, no part-of-speech filters, no stem fallback). It exists to
// compare against the published VADER figures.
func WithVADER() Option { return func(c *config) { c.vader = true } }

// WithDictionary replaces the default valence lexicon with a user
// dictionary, such as the Lexicoder Sentiment Dictionary in quanteda YAML.
// weights maps category names to valences on VADER's -4..4 scale; an
// entry's valence is the sum over its categories. With nil weights,
// DefaultWeights applies. Stem fallback is off unless WithStemFallback
// turns it on.
func WithDictionary(d dict.Dictionary, weights map[string]float64) Option {
	return func(c *config) { c.dict, c.weights = &d, weights }
}

// WithExtension overlays a user dictionary on the valence lexicon in use:
// its entries replace the ratings of the same terms and add new ones.
// weights is as for WithDictionary.
func WithExtension(d dict.Dictionary, weights map[string]float64) Option {
	return func(c *config) { c.ext = append(c.ext, dictWeights{d, weights}) }
}

// WithStemFallback turns on or off the rating of inflected forms missing
// from the lexicon through the word they inflect ("reformers" through
// "reform"); on by default with the built-in lexicon.
func WithStemFallback(on bool) Option { return func(c *config) { c.stemming, c.stemSet = on, true } }

// Analyzer scores tone. Build it once with New; it is immutable and safe
// for concurrent use.
type Analyzer struct {
	vader   bool
	valence *table
	cert    *table
	info    map[string]int32
	infos   []wordInfo
	pool    sync.Pool
}

// word flags.
const (
	fNeg uint32 = 1 << iota
	fContrast
	fConcessive
	fIrrealis
	fShifter
	fModal
	fBoundary
)

// wordInfo is everything the rules know about one lower-case word, found
// with a single map lookup per token.
type wordInfo struct {
	val, cert       float64
	hasVal, hasCert bool
	// stemVal is the rating of the word this one inflects, when the word
	// itself is not rated (WithStemFallback).
	stemVal         float64
	hasStem         bool
	booster         float64
	flags           uint32
	pos             string // rating only for tags with this prefix
	valMWE, certMWE []term
}

// New builds an Analyzer.
func New(opts ...Option) (*Analyzer, error) {
	var c config
	for _, o := range opts {
		o(&c)
	}
	a := &Analyzer{vader: c.vader}
	var err error
	if c.dict != nil {
		if a.valence, err = dictionaryTable(*c.dict, c.weights); err != nil {
			return nil, err
		}
	} else if a.valence, err = defaultValence(c.vader); err != nil {
		return nil, fmt.Errorf("loading built-in lexicon: %w", err)
	}
	for _, e := range c.ext {
		t, err := dictionaryTable(e.d, e.w)
		if err != nil {
			return nil, err
		}
		for w, v := range t.words {
			a.valence.add(w, v)
		}
		for p, v := range t.globs {
			a.valence.add(p+"*", v)
		}
		for _, list := range t.mwes {
			for _, m := range list {
				a.valence.add(strings.Join(m.words, " "), m.value)
			}
		}
		for _, list := range t.globMWEs {
			for _, m := range list {
				a.valence.add(strings.Join(m.words, " "), m.value)
			}
		}
	}
	if a.cert, err = certaintyTable(); err != nil {
		return nil, fmt.Errorf("loading built-in certainty lexicon: %w", err)
	}
	stemming := c.dict == nil && !c.vader
	if c.stemSet {
		stemming = c.stemming
	}
	var stems map[string]float64
	if stemming {
		stems = stemTable(a.valence)
	}
	n := len(a.valence.words) + len(a.valence.mwes) + len(a.cert.words) + len(stems) + 256
	a.info, a.infos = make(map[string]int32, n), make([]wordInfo, 0, n)
	a.buildInfo()
	// Inflected forms go into the same index as the words, so an unknown
	// word costs one map lookup, not two.
	for form, v := range stems {
		e := a.entry(form)
		e.stemVal, e.hasStem = v, true
	}
	a.pool.New = func() any { return new(scratch) }
	return a, nil
}

// entry returns the wordInfo of w, creating it.
func (a *Analyzer) entry(w string) *wordInfo {
	i, ok := a.info[w]
	if !ok {
		i = int32(len(a.infos))
		a.info[w] = i
		a.infos = append(a.infos, wordInfo{})
	}
	return &a.infos[i]
}

func (a *Analyzer) buildInfo() {
	for w, v := range a.valence.words {
		e := a.entry(w)
		e.val, e.hasVal = v, true
	}
	for w, list := range a.valence.mwes {
		a.entry(w).valMWE = list
	}
	for w, v := range a.cert.words {
		e := a.entry(w)
		e.cert, e.hasCert = v, true
	}
	for w, list := range a.cert.mwes {
		a.entry(w).certMWE = list
	}
	for _, w := range modalVerbs {
		a.entry(w).flags |= fModal
	}
	for _, w := range vaderNegations {
		if a.vader || w != "despite" {
			a.entry(w).flags |= fNeg
		}
	}
	for w, b := range vaderBoosters {
		a.entry(w).booster = b
	}
	for _, w := range []string{",", ";", ":", "(", ")", "-", "--", "—", "–"} {
		a.entry(w).flags |= fBoundary
	}
	a.entry("but").flags |= fContrast
	if a.vader {
		return
	}
	for _, w := range commentaryNegations {
		e := a.entry(w)
		e.flags |= fNeg
		e.booster = 0 // "hardly", "scarcely": negations, not dampeners
	}
	for w, b := range commentaryBoosters {
		a.entry(w).booster = b
	}
	for _, w := range contrastMarkers {
		a.entry(w).flags |= fContrast
	}
	for _, w := range concessiveMarkers {
		a.entry(w).flags |= fConcessive
	}
	for _, w := range irrealisMarkers {
		a.entry(w).flags |= fIrrealis
	}
	for _, w := range shifters {
		a.entry(w).flags |= fShifter
	}
	for w, p := range posOnly {
		a.entry(w).pos = p
	}
	a.entry("less").booster = 0 // "less" shifts ("less corruption") rather than damps
}

// word is one non-punctuation token of the span being scored.
type word struct {
	tok      int
	lower    string
	info     *wordInfo
	val      float64 // rating after lexicon, MWE and part-of-speech rules
	rated    bool    // val comes from the lexicon (a single word or the head of an expression)
	consumed bool    // inside an expression, after its first word
	boundary bool    // clause punctuation stands between this word and the previous one
	caps     bool    // written in capitals
	// elongated is set when the word was rated through its form with
	// expressive lengthening undone ("sooo goooood").
	elongated bool
	shifted   bool // a shifter that reversed a later word
	irrealis  bool
}

// scratch holds per-call buffers, pooled so scoring does not allocate per
// sentence.
type scratch struct {
	words  []word
	sent   []float64
	weight []float64
}

// Sentence scores sentence i of doc.
func (a *Analyzer) Sentence(doc *pipeline.Document, i int) Score {
	s := doc.Sentences[i]
	return a.Tokens(doc, s.TokenStart, s.TokenEnd)
}

// Tokens scores the tokens doc.Tokens[from:to] as one sentence.
func (a *Analyzer) Tokens(doc *pipeline.Document, from, to int) Score {
	sc := a.pool.Get().(*scratch)
	out := a.score(doc, from, to, sc)
	a.pool.Put(sc)
	return out
}

// Span scores the text a span covers, such as a statement: each sentence
// it overlaps is scored on the tokens inside the span, and the sentence
// scores are aggregated. doc.Sentences must be in document order, as the
// language stage leaves them.
func (a *Analyzer) Span(doc *pipeline.Document, span pipeline.Span) Score {
	return a.span(doc, span, nil)
}

// span is Span reusing sents, the scores of doc's whole sentences when the
// caller has them, for the sentences the span covers entirely.
func (a *Analyzer) span(doc *pipeline.Document, span pipeline.Span, sents []Score) Score {
	sc := a.pool.Get().(*scratch)
	defer a.pool.Put(sc)
	var buf [8]Score
	parts := buf[:0]
	first := sort.Search(len(doc.Sentences), func(i int) bool { return doc.Sentences[i].Span.End > span.Start })
	for i := first; i < len(doc.Sentences) && doc.Sentences[i].Span.Start < span.End; i++ {
		s := doc.Sentences[i]
		if s.Span.End <= span.Start {
			continue
		}
		from, to := max(s.TokenStart, 0), min(s.TokenEnd, len(doc.Tokens))
		for from < to && doc.Tokens[from].Span.Start < span.Start {
			from++
		}
		for to > from && doc.Tokens[to-1].Span.End > span.End {
			to--
		}
		switch {
		case from >= to:
		case i < len(sents) && from == s.TokenStart && to == s.TokenEnd:
			parts = append(parts, sents[i])
		default:
			parts = append(parts, a.score(doc, from, to, sc))
		}
	}
	return Aggregate(parts)
}

// lookup returns the info of a lower-case word, or nil.
func (a *Analyzer) lookup(w string) *wordInfo {
	if i, ok := a.info[w]; ok {
		return &a.infos[i]
	}
	return nil
}

// isPunct reports whether a token holds no letter or digit.
func isPunct(w string) bool {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if ('a' <= c && c <= 'z') || ('0' <= c && c <= '9') || ('A' <= c && c <= 'Z') {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
		i += n
	}
	return true
}

// isCaps reports whether token text has letters and no lower-case ones.
func isCaps(s string) bool {
	up := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z':
			return false
		case 'A' <= c && c <= 'Z':
			up = true
		case c >= utf8.RuneSelf:
			return up && !strings.ContainsFunc(s, unicode.IsLower)
		}
	}
	return up
}
