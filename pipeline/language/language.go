// Package language is the pipeline stage that splits a document into
// sentences and tokens, tags each token with its part of speech and gives
// it a lower-case form and a Snowball stem.
//
// It is built on prose v3 (github.com/jdkato/prose/v3): its segmenter and
// tokenizer report byte offsets into the text they are given and are safe
// for concurrent use, so one Stage serves every worker of a run. Tags come
// from prose's English perceptron model through internal/postag, which
// gives prose's tags exactly, twice as fast.
// Sentences never cross a paragraph boundary: each paragraph the structure
// stage found is segmented on its own, which keeps a title line or a
// signature line from being glued to the prose that follows it.
package language

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/segment"
	"github.com/jdkato/prose/v3/token"
	"github.com/jdkato/prose/v3/tokenize"
	"github.com/kljensen/snowball/english"

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
	// stemCaches pools per-goroutine memo tables of Snowball stems: stemming
	// is a pure function of the word, and news reuses its vocabulary, so a
	// cache removes most of its cost without any locking.
	stemCaches sync.Pool
}

// stemCacheMax bounds each memo table; a full table is cleared.
const stemCacheMax = 1 << 15

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
	s.stemCaches.New = func() any { m := make(map[string]string, 1024); return &m }
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
	cache := s.stemCaches.Get().(*map[string]string)
	defer s.stemCaches.Put(cache)
	section := 0
	for pi, p := range paras {
		if pi%64 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		text := doc.Text[p.Start:p.End]
		for _, sent := range s.seg.Segment(text) {
			span := pipeline.Span{Start: p.Start + sent.Start, End: p.Start + sent.Start + len(sent.Text)}
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
			s.addSentence(doc, span, secIdx, para, *cache)
		}
	}
	return nil
}

// addSentence tokenizes, tags and stems one sentence and appends it.
func (s *Stage) addSentence(doc *pipeline.Document, span pipeline.Span, section, paragraph int, stems map[string]string) {
	idx := len(doc.Sentences)
	toks := s.tokenize(doc.Text[span.Start:span.End])
	if len(toks) == 0 {
		return
	}
	if s.tagging {
		s.tagger.TagTokens(toks)
	}
	first := len(doc.Tokens)
	for _, t := range toks {
		lower := lowerWord(t.Text)
		stem := ""
		if s.stems && isWord(lower) {
			var ok bool
			if stem, ok = stems[lower]; !ok {
				stem = english.Stem(lower, true)
				if len(stems) >= stemCacheMax {
					clear(stems)
				}
				// Clone: the key must not pin the document's text.
				stems[strings.Clone(lower)] = stem
			}
		}
		doc.Tokens = append(doc.Tokens, pipeline.Token{
			Span:     pipeline.Span{Start: span.Start + t.Start, End: span.Start + t.Start + len(t.Text)},
			Tag:      t.Tag,
			Lower:    lower,
			Stem:     stem,
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

// tokenize is prose's tokenizer with a bound on the work per byte: text
// whose chunks between white space are all short (nearly always) goes to
// prose whole; otherwise every long chunk is tokenized in pieces.
func (s *Stage) tokenize(text string) []token.Token {
	run, longest := 0, 0
	for i := 0; i < len(text); i++ {
		if isSpaceByte(text[i]) {
			run = 0
			continue
		}
		run++
		longest = max(longest, run)
	}
	if longest <= maxChunk {
		return s.tok.Tokenize(text)
	}
	var out []token.Token
	emit := func(start, end int) {
		for _, t := range s.tok.Tokenize(text[start:end]) {
			t.Start += start
			out = append(out, t)
		}
	}
	segStart := 0 // start of the pending text of short chunks
	for i := 0; i < len(text); {
		if isSpaceByte(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && !isSpaceByte(text[j]) {
			j++
		}
		if j-i > maxChunk {
			emit(segStart, i)
			for k := i; k < j; {
				end := min(j, k+maxChunk)
				for end < j && !utf8.RuneStart(text[end]) {
					end--
				}
				if end == k { // no rune start within maxChunk bytes: invalid UTF-8
					end = min(j, k+maxChunk)
				}
				emit(k, end)
				k = end
			}
			segStart = j
		}
		i = j
	}
	emit(segStart, len(text))
	return out
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
