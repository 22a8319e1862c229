package entities

import (
	"context"
	"sync"
	"testing"

	"github.com/commentariat/commentariat/extract/attribution"
	"github.com/commentariat/commentariat/pipeline"
	"github.com/commentariat/commentariat/pipeline/language"
	"github.com/commentariat/commentariat/pipeline/structure"
)

var (
	stagesOnce sync.Once
	stages     []pipeline.Stage
	stagesErr  error
)

// buildStages returns new structure, language, attribution and entity
// stages.
func buildStages() ([]pipeline.Stage, error) {
	st, err := structure.New()
	if err != nil {
		return nil, err
	}
	lang, err := language.New(language.WithStems(false))
	if err != nil {
		return nil, err
	}
	at, err := attribution.New()
	if err != nil {
		return nil, err
	}
	en, err := New()
	if err != nil {
		return nil, err
	}
	return []pipeline.Stage{st, lang, at, en}, nil
}

// pipelineStages returns the stages of buildStages, built once for all
// tests.
func pipelineStages(tb testing.TB) []pipeline.Stage {
	tb.Helper()
	stagesOnce.Do(func() { stages, stagesErr = buildStages() })
	if stagesErr != nil {
		tb.Fatal(stagesErr)
	}
	return stages
}

// analyse runs the stages on text.
func analyse(tb testing.TB, text string) *pipeline.Document {
	tb.Helper()
	doc := &pipeline.Document{Text: text}
	for _, s := range pipelineStages(tb) {
		if err := s.Process(context.Background(), doc); err != nil {
			tb.Fatalf("%s: %v", s.Name(), err)
		}
	}
	return doc
}

// checkDoc fails on any mention or entity that breaks the model's
// invariants: spans inside the text and in order, indexes in range, the
// mention's type its entity's, ids present.
func checkDoc(t *testing.T, doc *pipeline.Document) {
	t.Helper()
	last := -1
	for i, m := range doc.Mentions {
		if m.Span.Start < 0 || m.Span.End > len(doc.Text) || m.Span.Empty() {
			t.Fatalf("mention %d: span %v outside text of %d bytes", i, m.Span, len(doc.Text))
		}
		if m.Span.Start < last {
			t.Fatalf("mention %d: %v overlaps or precedes the one before (ends %d)", i, m.Span, last)
		}
		last = m.Span.End
		if m.Entity < 0 || m.Entity >= len(doc.Entities) {
			t.Fatalf("mention %d: entity %d of %d", i, m.Entity, len(doc.Entities))
		}
		if m.Type != doc.Entities[m.Entity].Type {
			t.Fatalf("mention %d: type %s, entity's %s", i, m.Type, doc.Entities[m.Entity].Type)
		}
		if m.Sentence < -1 || m.Sentence >= len(doc.Sentences) {
			t.Fatalf("mention %d: sentence %d of %d", i, m.Sentence, len(doc.Sentences))
		}
	}
	used := make([]bool, len(doc.Entities))
	for _, m := range doc.Mentions {
		used[m.Entity] = true
	}
	for i, e := range doc.Entities {
		if e.ID == "" || e.Name == "" || !used[i] {
			t.Fatalf("entity %d %+v: no id, no name or no mention", i, e)
		}
	}
}
