package sentiment

import (
	"context"
	"testing"

	"github.com/commentariat/commentariat/internal/testcorpus"
	"github.com/commentariat/commentariat/pipeline"
)

// benchDocs runs the language stage on 2,000 Reuters articles (the corpus
// BenchmarkLanguage uses) and gives every document one statement per two
// sentences, as the attribution stage finds in quote-heavy news, so that
// statement scoring is measured too.
func benchDocs(b *testing.B) ([]*pipeline.Document, int64) {
	arts := testcorpus.Articles(b, "corpus/reuters21578/reuters21578.jsonl", 2000)
	docs := make([]*pipeline.Document, 0, len(arts))
	var size int64
	for _, art := range arts {
		d := parse(b, art.Text)
		for i := 0; i+1 < len(d.Sentences); i += 2 {
			d.Statements = append(d.Statements, pipeline.Statement{
				Kind: pipeline.Direct,
				Span: pipeline.Span{Start: d.Sentences[i].Span.Start, End: d.Sentences[i+1].Span.End},
			})
		}
		docs = append(docs, d)
		size += int64(len(art.Text))
	}
	return docs, size
}

// BenchmarkTone measures the tone stage alone (MB/s of text, one core):
// every sentence, statement, section and document of 2,000 pre-tokenized
// Reuters articles; the language stage runs before the timer starts.
// Compare with BenchmarkLanguage in pipeline/language on the same
// articles.
func BenchmarkTone(b *testing.B) {
	docs, size := benchDocs(b)
	st := NewStage(analyzer(b))
	ctx := context.Background()
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			if err := st.Process(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkNew measures building the default Analyzer, a once-per-process
// cost.
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := New(); err != nil {
			b.Fatal(err)
		}
	}
}
