package sentiment

import (
	"context"

	"github.com/commentariat/commentariat/pipeline"
)

// Levels of the tone table: the level a Score was computed for.
const (
	LevelSentence  = "sentence"
	LevelStatement = "statement"
	LevelSection   = "section"
	LevelDocument  = "document"
)

// Result is the tone of one document at every level.
type Result struct {
	// Sentences is indexed like Document.Sentences.
	Sentences []Score
	// Sections is indexed like Document.Sections: the aggregate of the
	// sentences whose Section is that index.
	Sections []Score
	// Document aggregates every sentence.
	Document Score
}

// Score scores every sentence of doc and aggregates them by section and
// for the whole document. Statements are scored with Span once the
// attribution stage has found them.
func (a *Analyzer) Score(doc *pipeline.Document) Result {
	sc := a.pool.Get().(*scratch)
	defer a.pool.Put(sc)
	r := Result{Sentences: make([]Score, len(doc.Sentences)), Sections: make([]Score, len(doc.Sections))}
	for i, s := range doc.Sentences {
		r.Sentences[i] = a.score(doc, s.TokenStart, s.TokenEnd, sc)
	}
	r.Document = Aggregate(r.Sentences)
	if len(doc.Sections) > 0 {
		by := make([][]Score, len(doc.Sections))
		for i, s := range doc.Sentences {
			if s.Section >= 0 && s.Section < len(by) {
				by[s.Section] = append(by[s.Section], r.Sentences[i])
			}
		}
		for i := range by {
			r.Sections[i] = Aggregate(by[i])
		}
	}
	return r
}

// Stage is the pipeline stage "tone": it scores every sentence, section
// and the document, and hands the Result to its store function (which
// will set the Document's tone fields once the model has them).
type Stage struct {
	a     *Analyzer
	store func(*pipeline.Document, Result)
}

// NewStage returns the tone stage for a. store receives each document's
// Result; it may be nil.
func NewStage(a *Analyzer, store func(*pipeline.Document, Result)) *Stage {
	return &Stage{a: a, store: store}
}

// Name returns "tone".
func (s *Stage) Name() string { return "tone" }

// Process scores doc. It needs the language stage's sentences and tokens.
func (s *Stage) Process(ctx context.Context, doc *pipeline.Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	r := s.a.Score(doc)
	if s.store != nil {
		s.store(doc, r)
	}
	return nil
}
