package corpus

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkReadJSONL reads a generated file of 2,000 articles of about
// 4 KB each.
func BenchmarkReadJSONL(b *testing.B) {
	path := filepath.Join(b.TempDir(), "bench.jsonl")
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	w := bufio.NewWriter(f)
	para := strings.Repeat("The parliament discussed the reform and experts said it was a first step. ", 18)
	var size int64
	for i := range 2000 {
		row, _ := json.Marshal(map[string]any{
			"id": fmt.Sprintf("doc-%d", i), "title": fmt.Sprintf("Article %d", i),
			"date": "2023-03-24", "source": "Bench", "text": para + "\n\n" + para + fmt.Sprint(i),
			"words": i, "tags": []string{"a", "b"},
		})
		n, _ := w.Write(append(row, '\n'))
		size += int64(n)
	}
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
	f.Close()
	b.SetBytes(size)
	b.ResetTimer()
	for b.Loop() {
		n := 0
		for it := range Read(context.Background(), []string{path}, Options{}) {
			if it.Doc == nil {
				b.Fatalf("problem: %v", it.Problem)
			}
			n++
		}
		if n != 2000 {
			b.Fatalf("read %d documents", n)
		}
	}
}
