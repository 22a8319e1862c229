package themes

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/commentariat/commentariat/internal/dict"
)

// FuzzCompile feeds arbitrary YAML dictionaries through the parser and
// the compiler and matches the result on a fixed text: neither may panic,
// and every hit must lie inside the text.
func FuzzCompile(f *testing.F) {
	f.Add("a:\n  - party\n  - \"!birthday party\"\n")
	f.Add("x:\n  y: [rule of law, democra*]\n")
	f.Add("a:\n  - \"!\"\n")
	doc := analyse(f, "The birthday party and the ruling party debated the rule of law and democracy.")
	f.Fuzz(func(t *testing.T, src string) {
		d, err := dict.ParseYAML("fuzz.yml", []byte(src))
		if err != nil {
			return
		}
		c, err := Compile("fuzz.yml", d)
		if err != nil {
			return
		}
		for _, h := range c.Match(doc) {
			if h.Span.In(doc.Text) == "" {
				t.Fatalf("hit %+v outside the text", h)
			}
		}
	})
}

// FuzzStage runs the default stage on arbitrary text: it must not panic,
// and every hit must lie inside the text.
func FuzzStage(f *testing.F) {
	f.Add("Parties compete in the election.")
	f.Add("")
	f.Add("\x00\xff rule of\n\nlaw")
	f.Add("rule\u00a0of  law \xe2\xc2\xa0 democracy\treforms")
	s, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := irregularSpace(text), strings.ContainsAny(text, "\n\t\r\u00a0") || strings.Contains(text, "  "); got != want {
			t.Fatalf("irregularSpace(%q) = %v, want %v", text, got, want)
		}
		if !utf8.ValidString(text) {
			return // the language stage refuses it; corpus readers decode to UTF-8
		}
		doc := analyse(t, text)
		if err := s.Process(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		for _, h := range doc.ThemeHits {
			if h.Span.In(doc.Text) == "" {
				t.Fatalf("hit %+v outside the text", h)
			}
		}
		_ = Scores(doc)
	})
}
