package attribution

import (
	"testing"

	"github.com/commentariat/commentariat/internal/testcorpus"
	"github.com/commentariat/commentariat/internal/testdoc"
)

// BenchmarkAttribution measures the attribution stage alone (structure and
// language run before the timer starts) on Reuters news.
func BenchmarkAttribution(b *testing.B) {
	texts := testcorpus.Texts(b, "corpus/reuters21578/reuters21578.jsonl", 500)
	testdoc.BenchStage(b, texts, newStage(b))
}
