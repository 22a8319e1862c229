package themes

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode"

	"github.com/commentariat/commentariat/pipeline"
)

// maxPhrase is the longest key phrase, in words.
const maxPhrase = 3

// candidate is one key-term candidate of a document: a run of tokens
// counted under its stems.
type candidate struct {
	key       string // stems joined by " "
	words     []string
	count     int
	firstSent int
	forms     []form // written forms, in order of first use
	order     int    // first occurrence, for deterministic ties
	score     float64
}

// form is one written form of a candidate and how often it occurs.
type form struct {
	text string
	n    int
}

// candidates returns the noun-phrase candidates of doc keyed by their
// stems: every run of up to three adjectives and nouns inside a sentence
// that ends in a noun and holds no stop word. Words are the token stems
// (the lower-case form when a token has no stem).
func candidates(doc *pipeline.Document) map[string]*candidate {
	out := make(map[string]*candidate, len(doc.Tokens)/2)
	var buf []byte
	for si, s := range doc.Sentences {
		lo, hi := max(s.TokenStart, 0), min(s.TokenEnd, len(doc.Tokens))
		for i := lo; i < hi; {
			if !phraseWord(&doc.Tokens[i]) {
				i++
				continue
			}
			j := i
			for j < hi && phraseWord(&doc.Tokens[j]) {
				j++
			}
			for a := i; a < j; a++ {
				buf = buf[:0]
				for b := a + 1; b <= j && b-a <= maxPhrase; b++ {
					if b-a > 1 {
						buf = append(buf, ' ')
					}
					buf = append(buf, stemOf(&doc.Tokens[b-1])...)
					if !isNoun(doc.Tokens[b-1].Tag) {
						continue
					}
					addCandidate(doc, out, buf, a, b, si)
				}
			}
			i = j
		}
	}
	return out
}

func addCandidate(doc *pipeline.Document, out map[string]*candidate, key []byte, a, b, sent int) {
	c := out[string(key)]
	if c == nil {
		words := make([]string, 0, b-a)
		for i := a; i < b; i++ {
			words = append(words, stemOf(&doc.Tokens[i]))
		}
		c = &candidate{key: string(key), words: words, firstSent: sent, order: len(out)}
		out[c.key] = c
	}
	c.count++
	text := pipeline.Span{Start: doc.Tokens[a].Span.Start, End: doc.Tokens[b-1].Span.End}.In(doc.Text)
	if text == "" {
		return
	}
	if irregularSpace(text) {
		text = strings.Join(strings.Fields(text), " ")
	}
	for i := range c.forms {
		if c.forms[i].text == text {
			c.forms[i].n++
			return
		}
	}
	c.forms = append(c.forms, form{text, 1})
}

// irregularSpace reports whether text holds white space other than single
// spaces: a line break, a tab, a no-break space or two spaces in a row.
func irregularSpace(text string) bool {
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c == '\n' || c == '\t' || c == '\r':
			return true
		case c == ' ' && i+1 < len(text) && text[i+1] == ' ':
			return true
		case c == 0xC2 && i+1 < len(text) && text[i+1] == 0xA0: // U+00A0
			return true
		}
	}
	return false
}

// readable returns the most frequent written form, the first used on
// ties.
func (c *candidate) readable() string {
	best, bn := c.key, 0
	for _, f := range c.forms {
		if f.n > bn {
			best, bn = f.text, f.n
		}
	}
	return best
}

func stemOf(t *pipeline.Token) string {
	if t.Stem != "" {
		return t.Stem
	}
	return t.Lower
}

// phraseWord reports whether a token can be part of a key phrase: an
// adjective or noun with a letter, not a stop word nor a month name.
func phraseWord(t *pipeline.Token) bool {
	if !(isNoun(t.Tag) || strings.HasPrefix(t.Tag, "JJ")) || stopwords[t.Lower] || len(t.Lower) < 2 {
		return false
	}
	if months[t.Lower] && strings.HasPrefix(t.Tag, "NNP") {
		return false
	}
	return strings.IndexFunc(t.Lower, unicode.IsLetter) >= 0
}

func isNoun(tag string) bool { return strings.HasPrefix(tag, "NN") }

// Reference is a table of document frequencies of word stems in a
// reference collection: how many of its documents use each stem. Key-term
// scores use it to prefer words that are rare in general. It is immutable
// and safe for concurrent use.
type Reference struct {
	docs int
	df   map[string]int
}

// NewReference returns a reference of docs documents with the document
// frequencies df (copied).
func NewReference(docs int, df map[string]int) *Reference {
	r := &Reference{docs: docs, df: make(map[string]int, len(df))}
	for k, v := range df {
		r.df[k] = v
	}
	return r
}

// ReferenceOf counts the word stems of the documents (which must have been
// through the language stage) into a reference.
func ReferenceOf(docs []*pipeline.Document) *Reference {
	r := &Reference{df: map[string]int{}}
	for _, d := range docs {
		r.docs++
		seen := map[string]bool{}
		for i := range d.Tokens {
			t := &d.Tokens[i]
			if strings.IndexFunc(t.Lower, unicode.IsLetter) < 0 {
				continue
			}
			s := stemOf(t)
			if !seen[s] {
				seen[s] = true
				r.df[s]++
			}
		}
	}
	return r
}

// IDF returns the smoothed inverse document frequency of a stem, 1 when r
// is nil.
func (r *Reference) IDF(stem string) float64 {
	if r == nil || r.docs == 0 {
		return 1
	}
	return math.Log(float64(r.docs+1)/float64(r.df[stem]+1)) + 1
}

// KeyTerms ranks the candidates of doc and returns the best n (all when n
// <= 0), best first. A candidate's score is its frequency in the document
// times a position weight (1 + 1/(1+s) for a first use in sentence s, so
// a term of the lead counts up to twice) times the mean rarity (IDF) of
// its words in ref; with a nil ref only frequency and position count.
// Ties are broken by first occurrence, so the result is deterministic.
func KeyTerms(doc *pipeline.Document, ref *Reference, n int) []pipeline.KeyTerm {
	cands := candidates(doc)
	list := make([]*candidate, 0, len(cands))
	for _, c := range cands {
		list = append(list, c)
	}
	for _, c := range list {
		var idf float64
		for _, w := range c.words {
			idf += ref.IDF(w)
		}
		idf /= float64(len(c.words))
		pos := 1 + 1/float64(1+c.firstSent)
		c.score = float64(c.count) * pos * idf
	}
	slices.SortFunc(list, func(a, b *candidate) int {
		return cmp.Or(cmp.Compare(b.score, a.score), cmp.Compare(a.order, b.order))
	})
	if n > 0 && len(list) > n {
		list = list[:n]
	}
	out := make([]pipeline.KeyTerm, len(list))
	for i, c := range list {
		out[i] = pipeline.KeyTerm{Term: c.readable(), Stem: c.key, Score: c.score, Count: c.count}
	}
	return out
}
