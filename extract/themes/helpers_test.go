package themes

import (
	"testing"

	"github.com/commentariat/commentariat/internal/dict"
	"github.com/commentariat/commentariat/internal/testdoc"
	"github.com/commentariat/commentariat/pipeline"
)

// analyse runs the structure and language stages on text.
func analyse(tb testing.TB, text string) *pipeline.Document {
	tb.Helper()
	return testdoc.Analyse(tb, text)
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
