package themes

import (
	"context"
	"testing"

	"github.com/commentariat/commentariat/internal/testcorpus"
	"github.com/commentariat/commentariat/pipeline"
)

// BenchmarkThemes measures the theme stage alone (dictionary matching and
// key terms) on Reuters articles already through the structure and
// language stages; MB/s is of article text.
func BenchmarkThemes(b *testing.B) {
	arts := testcorpus.Articles(b, "corpus/reuters21578/reuters21578.jsonl", 500)
	docs := make([]*pipeline.Document, len(arts))
	var n int64
	for i, a := range arts {
		docs[i] = analyse(b, a.Text)
		n += int64(len(a.Text))
	}
	s, err := New()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(n)
	b.ResetTimer()
	for range b.N {
		for _, doc := range docs {
			if err := s.Process(context.Background(), doc); err != nil {
				b.Fatal(err)
			}
		}
	}
}
