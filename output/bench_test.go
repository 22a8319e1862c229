package output

import (
	"testing"
)

// BenchmarkBatchAdd writes 3,000 synthetic documents with every table,
// tokens included, and commits them: one dataset per iteration.
func BenchmarkBatchAdd(b *testing.B) {
	results := synthResults(0, 3000)
	var bytes int64
	for _, r := range results {
		if r.Doc != nil {
			bytes += int64(len(r.Doc.Text))
		}
	}
	b.SetBytes(bytes)
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		dir := b.TempDir()
		b.StartTimer()
		ds, err := Open(dir, Options{Tokens: true})
		if err != nil {
			b.Fatal(err)
		}
		batch, err := ds.NewBatch()
		if err != nil {
			b.Fatal(err)
		}
		for _, r := range results {
			if err := batch.Add(r); err != nil {
				b.Fatal(err)
			}
		}
		if _, err := batch.Commit(CommitInfo{}); err != nil {
			b.Fatal(err)
		}
		if err := ds.Close(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N*3000)/b.Elapsed().Seconds(), "docs/s")
}
