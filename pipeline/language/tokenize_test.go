package language

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/commentariat/commentariat/internal/testcorpus"
	"github.com/commentariat/commentariat/pipeline"
)

// sameAsProse fails unless the stage's tokenizer gives exactly prose's
// tokens (text and offset) on text whose chunks are all at most maxChunk
// bytes long (longer ones are cut on purpose).
func sameAsProse(t *testing.T, s *Stage, text string) {
	t.Helper()
	got, want := s.tokenize(text, nil), s.tok.Tokenize(text)
	if !slices.Equal(got, want) {
		for i := range min(len(got), len(want)) {
			if got[i] != want[i] {
				t.Fatalf("%q: token %d is %+v, prose gives %+v", text, i, got[i], want[i])
			}
		}
		t.Fatalf("%q: %d tokens, prose gives %d", text, len(got), len(want))
	}
}

func TestTokenizeMatchesProse(t *testing.T) {
	s := newStage(t)
	for _, text := range []string{
		"", " ", "word", "  two  words  ", "state-run TV in 2023",
		"He said: \"It's fine.\" (Really?) [sic] $10bn, U.S.A. Mr. Dr.",
		"They'll won't can’t it’s “quoted” ‘single’",
		"Алматы — café naïve\u00a0non\u00a0breaking\u2009thin\u3000ideographic",
		"tab\tnew\nline\r\nfeed\fvertical\v\u0085nel",
		":) :-( XD <3 ;) -_- -LRB- *-1",
		"-leading trailing- --double-- a-b-c",
		"e.g. i.e. etc. No. 5 p.m. 3.5% 1,000,000",
	} {
		sameAsProse(t, s, text)
	}
	sameAsProse(t, s, testcorpus.File(t, "eval/commentary/kisi-2023-03-24.txt"))
	for _, a := range testcorpus.Articles(t, "corpus/reuters21578/reuters21578.jsonl", 3000) {
		sameAsProse(t, s, a.Text)
	}
}

// FuzzTokenize: on any valid UTF-8 text without over-long chunks the
// stage's tokens are prose's.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"", "a-b c.d", "It's “x”", "é\u00a0ü", ":) (a)"} {
		f.Add(s)
	}
	st, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		for _, chunk := range strings.FieldsFunc(text, func(r rune) bool { return r < utf8.RuneSelf && isSpaceByte(byte(r)) }) {
			if len(chunk) > maxChunk {
				return
			}
		}
		sameAsProse(t, st, text)
	})
}

// TestFinalPeriod: a sentence-final short word keeps its period only
// when it is an abbreviation.
func TestFinalPeriod(t *testing.T) {
	checkTokens(t, map[string]string{
		"It is expected for 5 May.":      "It|is|expected|for|5|May|.",
		"He met Tom.":                    "He|met|Tom|.",
		"The heir is John Smith Jr.":     "The|heir|is|John|Smith|Jr.",
		"Shares of Acme Co.":             "Shares|of|Acme|Co.",
		"Talks resume in Jan.":           "Talks|resume|in|Jan.",
		"The vote is in May. It is set.": "The|vote|is|in|May|.|It|is|set|.",
	})
}

// TestElisions: a name with an elided article is one token, whichever
// apostrophe it is written with; a possessive or a quotation is not one.
func TestElisions(t *testing.T) {
	checkTokens(t, map[string]string{
		"O'Sullivan and D’Souza met O'Neill.": "O'Sullivan|and|D’Souza|met|O'Neill|.",
		"Plan B's cost rose.":                 "Plan|B|'s|cost|rose|.",
		"O'Sullivan's goal won it.":           "O'Sullivan|'s|goal|won|it|.",
		"He said 'No' to A 'Big' plan.":       "He|said|'No|'|to|A|'Big|'|plan|.",
	})
}

// checkTokens fails for every text whose tokens, joined by "|", are not
// the ones wanted.
func checkTokens(t *testing.T, cases map[string]string) {
	t.Helper()
	s := newStage(t)
	for text, want := range cases {
		if got, _ := tokensOf(t, s, text); got != want {
			t.Errorf("%q: tokens %s, want %s", text, got, want)
		}
	}
}

// tokensOf processes text and returns its tokens joined by "|", and the
// document.
func tokensOf(t *testing.T, s *Stage, text string) (string, *pipeline.Document) {
	t.Helper()
	doc := &pipeline.Document{Text: text}
	process(t, s, doc)
	checkInvariants(t, doc)
	var got []string
	for _, tk := range doc.Tokens {
		got = append(got, tk.Span.In(doc.Text))
	}
	return strings.Join(got, "|"), doc
}

// TestMarkup: angle brackets and HTML character references at the ends
// of words are tokens of their own (tagged SYM); inside a word they stay.
func TestMarkup(t *testing.T) {
	s := newStage(t)
	for text, want := range map[string]string{
		"Orders from <Airbus Industrie> rose.":       "Orders|from|<|Airbus|Industrie|>|rose|.",
		"Orders from &lt;Airbus Industrie&gt; rose.": "Orders|from|&lt;|Airbus|Industrie|&gt;|rose|.",
		"Boeing Co &lt;BA> said so.":                 "Boeing|Co|&lt;|BA|>|said|so|.",
		"AT&amp;T rose.":                             "AT&amp;T|rose|.",
		"Sales rose &#3;":                            "Sales|rose|&#3;",
		"A & B and <> stay; x &foo bar; y.":          "A|&|B|and|<|>|stay|;|x|&foo|bar|;|y|.",
	} {
		got, doc := tokensOf(t, s, text)
		if got != want {
			t.Errorf("%q: tokens %s, want %s", text, got, want)
		}
		for _, tk := range doc.Tokens {
			if w := tk.Span.In(doc.Text); isMarkup(w) && tk.Tag != "SYM" {
				t.Errorf("%q: %q tagged %s, want SYM", text, w, tk.Tag)
			}
		}
	}
}
