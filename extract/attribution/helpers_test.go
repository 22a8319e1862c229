package attribution

import (
	"sync"
	"testing"

	"github.com/commentariat/commentariat/internal/testdoc"
	"github.com/commentariat/commentariat/pipeline"
)

// stage is the attribution stage, built once for all tests.
var stage = sync.OnceValues(func() (*Stage, error) { return New() })

// newStage returns stage, failing tb when it cannot be built.
func newStage(tb testing.TB) *Stage {
	tb.Helper()
	st, err := stage()
	if err != nil {
		tb.Fatal(err)
	}
	return st
}

// analyse runs the structure, language and attribution stages on text.
func analyse(tb testing.TB, text string) *pipeline.Document {
	tb.Helper()
	return testdoc.Analyse(tb, text, newStage(tb))
}

// speakerName returns the name of a statement's speaker, or "".
func speakerName(doc *pipeline.Document, st pipeline.Statement) string {
	if st.Speaker < 0 {
		return ""
	}
	return doc.Speakers[st.Speaker].Name
}
