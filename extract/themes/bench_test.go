package themes

import (
	"testing"

	"github.com/commentariat/commentariat/internal/testcorpus"
	"github.com/commentariat/commentariat/internal/testdoc"
)

// BenchmarkThemes measures the theme stage alone (dictionary matching and
// key terms) on Reuters articles already through the structure and
// language stages; MB/s is of article text.
func BenchmarkThemes(b *testing.B) {
	texts := testcorpus.Texts(b, "corpus/reuters21578/reuters21578.jsonl", 500)
	s, err := New()
	if err != nil {
		b.Fatal(err)
	}
	testdoc.BenchStage(b, texts, s)
}
