package structure

import (
	"context"
	"strings"
	"testing"

	"github.com/commentariat/commentariat/pipeline"
)

// headlineCases are texts with and without a headline run into their
// first sentence, and the headline.
var headlineCases = []struct{ name, text, headline string }{
	{"a sentence's article", "Car maker hit by sales slump A slump in profits at the carmaker has hit its shares this week.", "Car maker hit by sales slump"},
	{"a given name and the headline's surname", "Smith attacks cost of tax plan John Smith has attacked the plan in a speech on Monday.", "Smith attacks cost of tax plan"},
	{"a surname with a possessive in the headline", "Smith's plan under fire John Smith has defended his plan in a speech on Monday.", "Smith's plan under fire"},
	{"a description before the name", "Jones denies fraud at firm Former Acme boss Peter Jones has denied the charges in court.", "Jones denies fraud at firm"},
	{"a description ending in a noun for a person", "Brown back in squad Chelsea striker Tom Brown has been recalled for the match on Saturday.", "Brown back in squad"},
	{"the headline's own name after a preposition", "Club makes bid for Brown Rovers striker Tom Brown is talking to the club about a move.", "Club makes bid for Brown"},
	{"no headline before a name after another full name", "Acme hit by Smith row Acme chief Mary Jones says lawyer John Smith misled the board last year.", ""},
	{"no article after a label", "Acme Corp holders of its Class A common will vote on the plan next month in Chicago.", ""},
	{"no headline before a name not in it", "Labour MPs urged Tony Blair to quit over the war in Iraq on Monday night in London.", ""},
	{"no headline in a sentence with an article", "The government won the vote on Friday after a long debate in parliament.", ""},
	{"no headline before the title of a work", "Critics praise film The Aviator as the best of the year by far in their polls.", ""},
	{"no headline in a sentence with an auxiliary", "Smith has quit the board John Smith will leave at the end of the month.", ""},
	{"no headline in a sentence with a past verb of saying", "Acme Oil Partners' Acme Oil Co said its chairman Bill Acme and its chief executive have resigned.", ""},
	{"no headline in a lower-case opening", "shares in Acme fell A spokesman said the fall was due to the weak dollar on Monday.", ""},
	{"no headline in a short text", "Smith quits John Smith quit.", ""},
}

// TestFusedHeadline checks where a headline run into the first sentence
// of an untitled text is cut, and that ordinary first sentences are left
// whole.
func TestFusedHeadline(t *testing.T) {
	lx, err := ParseLexicon("default", defaultLexicon)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range headlineCases {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			if n := lx.fusedHeadline(tt.text); n > 0 {
				got = strings.TrimSpace(tt.text[:n])
			}
			if got != tt.headline {
				t.Errorf("headline %q, want %q", got, tt.headline)
			}
		})
	}
}

// TestFusedHeadlineDocument checks that the stage makes a fused headline
// the document's title and its own paragraph, only when the document has
// no title from its metadata.
func TestFusedHeadlineDocument(t *testing.T) {
	s := newStage(t)
	text := "Smith attacks cost of tax plan John Smith has attacked the plan in a speech on Monday. He said it would cost jobs.\n\nThe Treasury declined to comment."
	doc := run(t, s, text)
	if doc.Title != "Smith attacks cost of tax plan" || doc.Header.Title.In(text) != doc.Title {
		t.Errorf("title %q (header %q), want the headline", doc.Title, doc.Header.Title.In(text))
	}
	if len(doc.Paragraphs) != 3 || !strings.HasPrefix(doc.Paragraphs[1].In(text), "John Smith has attacked") {
		t.Errorf("paragraphs:\n%s", dumpParas(text, doc.Paragraphs))
	}
	// a headline with a role word, which alone could be a signature's
	// position line, is the title all the same
	role := "Acme chief offers apology to staff The chief executive of Acme has apologised for the losses of the past year."
	if doc := run(t, s, role); doc.Title != "Acme chief offers apology to staff" {
		t.Errorf("title %q, want the headline\n%s", doc.Title, dumpParas(role, doc.Paragraphs))
	}
	titled := &pipeline.Document{Text: text, Title: "Tax plan"}
	if err := s.Process(context.Background(), titled); err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, titled)
	if len(titled.Paragraphs) != 2 || titled.Title != "Tax plan" {
		t.Errorf("a titled document changed: title %q, paragraphs:\n%s", titled.Title, dumpParas(text, titled.Paragraphs))
	}
}
