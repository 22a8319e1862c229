// Package testdoc prepares documents for the tests of analysis stages: the
// bundled example article, the backbone stages (structure and language)
// every later stage reads, golden-file comparison, and the benchmark of
// one stage on documents already through the stages before it.
package testdoc

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/commentariat/commentariat/pipeline"
	"github.com/commentariat/commentariat/pipeline/language"
	"github.com/commentariat/commentariat/pipeline/structure"
)

// ExampleFile is the bundled example article, relative to the module root.
const ExampleFile = "examples/kisi-2023-03-24.txt"

// Root returns the module root: the nearest folder above the working
// directory that holds go.mod.
func Root(tb testing.TB) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatalf("working directory: %v", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Fatal("module root (go.mod) not found")
		}
		dir = parent
	}
}

// Example returns the text of the bundled example article.
func Example(tb testing.TB) string {
	tb.Helper()
	raw, err := os.ReadFile(filepath.Join(Root(tb), ExampleFile))
	if err != nil {
		tb.Fatal(err)
	}
	return string(raw)
}

// backbone holds the structure and language stages, built once per test
// binary: they are read-only and safe for concurrent use.
var backbone = sync.OnceValues(func() ([]pipeline.Stage, error) {
	st, err := structure.New()
	if err != nil {
		return nil, err
	}
	lang, err := language.New()
	if err != nil {
		return nil, err
	}
	return []pipeline.Stage{st, lang}, nil
})

// Backbone returns the structure and language stages with their default
// options.
func Backbone(tb testing.TB) []pipeline.Stage {
	tb.Helper()
	stages, err := backbone()
	if err != nil {
		tb.Fatalf("backbone stages: %v", err)
	}
	return stages
}

// Analyse runs the backbone and then stages on text and returns the
// document, failing tb when a stage fails.
func Analyse(tb testing.TB, text string, stages ...pipeline.Stage) *pipeline.Document {
	tb.Helper()
	doc := &pipeline.Document{Text: text}
	for _, s := range append(Backbone(tb), stages...) {
		if err := s.Process(context.Background(), doc); err != nil {
			tb.Fatalf("%s: %v", s.Name(), err)
		}
	}
	return doc
}

// BenchStage times st alone on texts: each text first goes through the
// backbone and then the stages before (outside the timer); MB/s is of
// text.
func BenchStage(b *testing.B, texts []string, st pipeline.Stage, before ...pipeline.Stage) {
	b.Helper()
	docs := make([]*pipeline.Document, len(texts))
	var n int64
	for i, t := range texts {
		docs[i] = Analyse(b, t, before...)
		n += int64(len(t))
	}
	ctx := context.Background()
	b.SetBytes(n)
	b.ResetTimer()
	for range b.N {
		for _, doc := range docs {
			if err := st.Process(ctx, doc); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// Golden compares got with the golden file at path (relative to the
// test's package), first rewriting the file with got when update is set
// (the package's -update flag).
func Golden(tb testing.TB, path, got string, update bool) {
	tb.Helper()
	if update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		tb.Fatalf("%v (go test -update writes it)", err)
	}
	if got != string(want) {
		tb.Errorf("output differs from %s (go test -update rewrites it; check the diff):\n%s", path, got)
	}
}
