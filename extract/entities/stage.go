package entities

import (
	"context"
	"fmt"
	"sync"

	"github.com/commentariat/commentariat/pipeline"
)

// Stage is the entity pipeline stage. It is safe for concurrent use: its
// gazetteers are built once, by New, and only read afterwards.
type Stage struct {
	lx    *lexicon
	dates bool
	// annotators pools per-document working memory (see newAnnotator).
	annotators sync.Pool
}

// Option configures a Stage.
type Option func(*Stage)

// WithDates sets whether DATE entities are found (default true).
func WithDates(on bool) Option { return func(s *Stage) { s.dates = on } }

var (
	sharedOnce sync.Once
	sharedLex  *lexicon
	sharedErr  error
)

// defaultLexicon parses the embedded gazetteers once per process; every
// Stage shares the (read-only) result.
func defaultLexicon() (*lexicon, error) {
	sharedOnce.Do(func() { sharedLex, sharedErr = loadLexicon() })
	return sharedLex, sharedErr
}

// New returns the entity stage, named "entities". It needs the structure
// and language stages (sections, sentences, tokens with part-of-speech
// tags) to have run, and reads the attribution stage's speakers when they
// are there.
func New(opts ...Option) (*Stage, error) {
	lx, err := defaultLexicon()
	if err != nil {
		return nil, fmt.Errorf("entities: loading gazetteers: %w", err)
	}
	s := &Stage{lx: lx, dates: true}
	for _, o := range opts {
		o(s)
	}
	return s, nil
}

// Name returns "entities".
func (s *Stage) Name() string { return "entities" }

// Process fills doc.Mentions and doc.Entities, replacing what they held.
// A document without tokens gets no entities.
func (s *Stage) Process(ctx context.Context, doc *pipeline.Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	doc.Mentions, doc.Entities = nil, nil
	if len(doc.Tokens) == 0 || len(doc.Text) == 0 {
		return nil
	}
	a := newAnnotator(s, doc)
	defer a.release(s)
	a.findDates()
	a.findNames()
	if err := ctx.Err(); err != nil {
		return err
	}
	a.harmonise()
	a.findKnown()
	a.clubs()
	a.resultLines()
	a.resolve()
	a.retypeSpeakers()
	a.unlinkPronouns()
	return nil
}
