package sentiment

import (
	"testing"

	"github.com/commentariat/commentariat/internal/testcorpus"
	"github.com/commentariat/commentariat/pipeline"
)

// BenchmarkTone measures scoring alone (MB/s of text) on pre-tokenized
// Reuters articles: the language stage runs before the timer starts.
func BenchmarkTone(b *testing.B) {
	arts := testcorpus.Articles(b, "corpus/reuters21578/reuters21578.jsonl", 2000)
	a := analyzer(b)
	docs := make([]*pipeline.Document, 0, len(arts))
	size := 0
	for _, art := range arts {
		docs = append(docs, parse(b, art.Text))
		size += len(art.Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			a.Score(d)
		}
	}
}
