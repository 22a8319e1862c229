package pipeline

import "context"

// Stage is one step of analysis. Process reads what earlier stages wrote
// into doc and adds its own annotations. A Stage must be safe for
// concurrent use: the runner calls Process on many documents at once, so
// any model a stage holds is built once, before the run, and never mutated.
//
// An error from Process means the document could not be analysed; the
// runner records it against the document's origin and the run goes on.
// Problems that leave the document usable belong in doc.Warn instead.
type Stage interface {
	// Name is a short lower-case identifier ("structure", "language"),
	// used in error rows, benchmarks and progress output.
	Name() string
	Process(ctx context.Context, doc *Document) error
}

// StageFunc adapts a function to a Stage.
type StageFunc struct {
	StageName string
	Fn        func(ctx context.Context, doc *Document) error
}

// Name returns the stage's name.
func (s StageFunc) Name() string { return s.StageName }

// Process calls the function.
func (s StageFunc) Process(ctx context.Context, doc *Document) error { return s.Fn(ctx, doc) }
