package language

import (
	"context"
	"testing"
	"unicode/utf8"

	"github.com/commentariat/commentariat/pipeline"
)

// FuzzLanguage runs the stage on arbitrary text: it must not panic, and
// every sentence and token span must hold (checkInvariants).
func FuzzLanguage(f *testing.F) {
	for _, s := range []string{
		"", "A.", "Mr. Smith said: \"It's fine.\" Then he left.",
		"«Выборы» — это шаг вперёд, — said Erlan.\n\nNew paragraph... ok?!",
		"e.g. U.S.A. 3.5% $10bn @user #tag :) -LRB- 0 *-1",
		"\u00a0\u2028word\ttab\r\nline",
		"bad \xff\xfe bytes",
	} {
		f.Add(s)
	}
	st, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		doc := &pipeline.Document{Text: text, Paragraphs: paragraphs(text)}
		err := st.Process(context.Background(), doc)
		if !utf8.ValidString(text) {
			if err == nil {
				t.Fatal("invalid UTF-8 accepted")
			}
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		checkInvariants(t, doc)
	})
}
