package structure

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/commentariat/commentariat/internal/testcorpus"
	"github.com/commentariat/commentariat/pipeline"
)

// BenchmarkStructure runs the stage on the KISI example (one document of
// 17 kB, and the same text repeated to 1 MB as one document) and, when the
// shared corpus is present, on 2,000 hard-wrapped Reuters articles.
func BenchmarkStructure(b *testing.B) {
	raw, err := os.ReadFile(filepath.Join("..", "..", "examples", "kisi-2023-03-24.txt"))
	if err != nil {
		b.Fatal(err)
	}
	s := newStage(b)
	bench := func(b *testing.B, texts []string) {
		size := 0
		for _, t := range texts {
			size += len(t)
		}
		b.SetBytes(int64(size))
		b.ReportAllocs()
		ctx := context.Background()
		for b.Loop() {
			for _, t := range texts {
				doc := &pipeline.Document{Text: t}
				if err := s.Process(ctx, doc); err != nil {
					b.Fatal(err)
				}
			}
		}
	}
	b.Run("kisi", func(b *testing.B) { bench(b, []string{string(raw)}) })
	b.Run("kisi-1MB", func(b *testing.B) {
		bench(b, []string{strings.Repeat(string(raw)+"\n\n", 1<<20/len(raw))})
	})
	b.Run("wrapped-1MB", func(b *testing.B) {
		var wrapped string
		for _, tc := range cases {
			if tc.name == "hard-wrapped newswire copy" {
				wrapped = tc.text
			}
		}
		var sb strings.Builder
		for sb.Len() < 1<<20 {
			sb.WriteString(wrapped)
		}
		bench(b, []string{sb.String()})
	})
	b.Run("reuters", func(b *testing.B) {
		var texts []string
		for _, a := range testcorpus.Articles(b, "corpus/reuters21578/reuters21578.jsonl", 2000) {
			texts = append(texts, a.Text)
		}
		bench(b, texts)
	})
}
