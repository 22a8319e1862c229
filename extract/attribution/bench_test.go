package attribution

import (
	"context"
	"testing"

	"github.com/commentariat/commentariat/internal/testcorpus"
	"github.com/commentariat/commentariat/pipeline"
)

// BenchmarkAttribution measures the attribution stage alone (structure and
// language run before the timer starts) on Reuters news.
func BenchmarkAttribution(b *testing.B) {
	arts := testcorpus.Articles(b, "corpus/reuters21578/reuters21578.jsonl", 500)
	stages := pipelineStages(b)
	docs := make([]*pipeline.Document, len(arts))
	var n int64
	for i, a := range arts {
		doc := &pipeline.Document{Text: a.Text}
		for _, s := range stages[:2] {
			if err := s.Process(context.Background(), doc); err != nil {
				b.Fatal(err)
			}
		}
		docs[i] = doc
		n += int64(len(a.Text))
	}
	st := stages[2]
	b.SetBytes(n)
	b.ResetTimer()
	for range b.N {
		for _, doc := range docs {
			if err := st.Process(context.Background(), doc); err != nil {
				b.Fatal(err)
			}
		}
	}
}
