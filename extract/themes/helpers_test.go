package themes

import (
	"context"
	"testing"

	"github.com/commentariat/commentariat/internal/dict"
	"github.com/commentariat/commentariat/pipeline"
	"github.com/commentariat/commentariat/pipeline/language"
	"github.com/commentariat/commentariat/pipeline/structure"
)

// analyse runs the structure and language stages on text.
func analyse(tb testing.TB, text string) *pipeline.Document {
	tb.Helper()
	return analyser(tb)(text)
}

// analyser returns a function that runs the structure and language stages
// (built once) on a text.
func analyser(tb testing.TB) func(string) *pipeline.Document {
	tb.Helper()
	st, err := structure.New()
	if err != nil {
		tb.Fatal(err)
	}
	lang, err := language.New()
	if err != nil {
		tb.Fatal(err)
	}
	return func(text string) *pipeline.Document {
		doc := &pipeline.Document{Text: text}
		for _, s := range []pipeline.Stage{st, lang} {
			if err := s.Process(context.Background(), doc); err != nil {
				tb.Fatal(err)
			}
		}
		return doc
	}
}

// compileYAML parses and compiles a YAML dictionary.
func compileYAML(tb testing.TB, src string) *Dictionary {
	tb.Helper()
	d, err := dict.ParseYAML("test.yml", []byte(src))
	if err != nil {
		tb.Fatal(err)
	}
	c, err := Compile("test.yml", d)
	if err != nil {
		tb.Fatal(err)
	}
	return c
}
