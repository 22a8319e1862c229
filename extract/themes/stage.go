package themes

import (
	"context"
	"fmt"

	"github.com/commentariat/commentariat/pipeline"
)

// DefaultKeyTerms is the number of key terms the stage keeps per document.
const DefaultKeyTerms = 20

// Stage is the theme stage: it fills Document.ThemeHits with the matches
// of its dictionary and Document.KeyTerms with the document's key terms.
// It is safe for concurrent use.
type Stage struct {
	dict     *Dictionary
	ext      []*Dictionary
	ref      *Reference
	keyTerms int
}

// Option configures a Stage.
type Option func(*Stage)

// WithDictionary replaces the default dictionary by d.
func WithDictionary(d *Dictionary) Option { return func(s *Stage) { s.dict = d } }

// WithExtension adds d's themes and patterns to the dictionary (the
// default one, or the one WithDictionary gave).
func WithExtension(d *Dictionary) Option { return func(s *Stage) { s.ext = append(s.ext, d) } }

// WithReference scores key terms by their rarity in ref as well as by
// frequency and position.
func WithReference(ref *Reference) Option { return func(s *Stage) { s.ref = ref } }

// WithKeyTerms sets how many key terms are kept per document
// (DefaultKeyTerms by default; 0 turns key terms off).
func WithKeyTerms(n int) Option { return func(s *Stage) { s.keyTerms = max(n, 0) } }

// New returns a theme stage with the default dictionary unless an option
// replaces it.
func New(opts ...Option) (*Stage, error) {
	s := &Stage{keyTerms: DefaultKeyTerms}
	for _, o := range opts {
		o(s)
	}
	if s.dict == nil {
		d, err := Default()
		if err != nil {
			return nil, err
		}
		s.dict = d
	}
	for _, e := range s.ext {
		if e != nil {
			s.dict = s.dict.Extend(e)
		}
	}
	return s, nil
}

// LoadOptions returns the options for a --themes FILE flag: the file's
// dictionary replaces the default, or extends it when extend is set.
func LoadOptions(path string, extend bool) ([]Option, error) {
	d, err := Load(path)
	if err != nil {
		return nil, err
	}
	if extend {
		return []Option{WithExtension(d)}, nil
	}
	return []Option{WithDictionary(d)}, nil
}

// Name returns "themes".
func (s *Stage) Name() string { return "themes" }

// Dictionary returns the stage's compiled dictionary.
func (s *Stage) Dictionary() *Dictionary { return s.dict }

// Process fills doc.ThemeHits and doc.KeyTerms.
func (s *Stage) Process(ctx context.Context, doc *pipeline.Document) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("themes: %w", err)
	}
	doc.ThemeHits = s.dict.Match(doc)
	if s.keyTerms > 0 {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("themes: %w", err)
		}
		doc.KeyTerms = KeyTerms(doc, s.ref, s.keyTerms)
	}
	return nil
}
