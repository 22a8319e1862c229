package attribution

import (
	"context"
	"fmt"

	"github.com/commentariat/commentariat/pipeline"
)

// Stage is the attribution pipeline stage. It is safe for concurrent use:
// its lexicon is read-only after New.
type Stage struct {
	lx *Lexicon
}

// Option configures a Stage.
type Option func(*config)

type config struct {
	lexName string
	lexData []byte
}

// WithLexicon replaces the embedded word lists with data in the format of
// lexicon.txt; name is used in error messages.
func WithLexicon(name string, data []byte) Option {
	return func(c *config) { c.lexName, c.lexData = name, data }
}

// New returns a Stage with the embedded lexicon, or the one WithLexicon
// gives.
func New(opts ...Option) (*Stage, error) {
	c := config{lexName: "lexicon.txt", lexData: defaultLexicon}
	for _, o := range opts {
		o(&c)
	}
	lx, err := ParseLexicon(c.lexName, c.lexData)
	if err != nil {
		return nil, fmt.Errorf("attribution: %w", err)
	}
	return &Stage{lx: lx}, nil
}

// Name returns "attribution".
func (s *Stage) Name() string { return "attribution" }

// Process fills doc.Statements and doc.Speakers, replacing what they held.
// It needs the structure stage's sections and paragraphs and the language
// stage's sentences and tokens; without tokens it finds signed pieces
// only.
func (s *Stage) Process(ctx context.Context, doc *pipeline.Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	a := newAnnotator(s.lx, doc)
	a.authored()
	if err := ctx.Err(); err != nil {
		return err
	}
	if a.usable() {
		a.transcript()
		a.direct()
		if err := ctx.Err(); err != nil {
			return err
		}
		a.indirect()
	}
	a.resolve()
	return nil
}
