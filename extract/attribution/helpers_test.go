package attribution

import (
	"context"
	"sync"
	"testing"

	"github.com/commentariat/commentariat/pipeline"
	"github.com/commentariat/commentariat/pipeline/language"
	"github.com/commentariat/commentariat/pipeline/structure"
)

var (
	stagesOnce sync.Once
	stages     []pipeline.Stage
	stagesErr  error
)

// pipelineStages returns the structure, language and attribution stages,
// built once for all tests.
func pipelineStages(tb testing.TB) []pipeline.Stage {
	tb.Helper()
	stagesOnce.Do(func() {
		st, err := structure.New()
		if err != nil {
			stagesErr = err
			return
		}
		lang, err := language.New(language.WithStems(false))
		if err != nil {
			stagesErr = err
			return
		}
		at, err := New()
		if err != nil {
			stagesErr = err
			return
		}
		stages = []pipeline.Stage{st, lang, at}
	})
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
