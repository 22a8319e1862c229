package entities

import (
	"sync"
	"testing"

	"github.com/commentariat/commentariat/extract/attribution"
	"github.com/commentariat/commentariat/internal/testdoc"
	"github.com/commentariat/commentariat/pipeline"
	"github.com/commentariat/commentariat/pipeline/language"
	"github.com/commentariat/commentariat/pipeline/structure"
)

// buildStages returns new structure, language, attribution and entity
// stages: the whole pipeline the entity stage needs.
func buildStages() ([]pipeline.Stage, error) {
	st, err := structure.New()
	if err != nil {
		return nil, err
	}
	lang, err := language.New()
	if err != nil {
		return nil, err
	}
	own, err := ownStages()
	if err != nil {
		return nil, err
	}
	return append([]pipeline.Stage{st, lang}, own...), nil
}

// ownStages are the attribution stage, whose speakers the entity stage
// reads, and the entity stage, built once for all tests.
var ownStages = sync.OnceValues(func() ([]pipeline.Stage, error) {
	at, err := attribution.New()
	if err != nil {
		return nil, err
	}
	en, err := New()
	if err != nil {
		return nil, err
	}
	return []pipeline.Stage{at, en}, nil
})

// attributionAndEntities returns ownStages, failing tb when they cannot be
// built.
func attributionAndEntities(tb testing.TB) (at, en pipeline.Stage) {
	tb.Helper()
	own, err := ownStages()
	if err != nil {
		tb.Fatal(err)
	}
	return own[0], own[1]
}

// analyse runs structure, language, attribution and entities on text.
func analyse(tb testing.TB, text string) *pipeline.Document {
	tb.Helper()
	at, en := attributionAndEntities(tb)
	return testdoc.Analyse(tb, text, at, en)
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
