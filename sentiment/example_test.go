package sentiment_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/commentariat/commentariat/internal/dict"
	"github.com/commentariat/commentariat/pipeline"
	"github.com/commentariat/commentariat/pipeline/language"
	"github.com/commentariat/commentariat/sentiment"
)

// tokenize runs the language stage, which sentiment needs before it.
func tokenize(text string) *pipeline.Document {
	lang, err := language.New()
	if err != nil {
		panic(err)
	}
	doc := &pipeline.Document{Text: text}
	if err := lang.Process(context.Background(), doc); err != nil {
		panic(err)
	}
	return doc
}

func ExampleAnalyzer_Score() {
	doc := tokenize("The new law is a step forward. It may not end corruption, but it will clearly reduce it.")
	a, err := sentiment.New()
	if err != nil {
		panic(err)
	}
	r := a.Score(doc)
	for i, s := range r.Sentences {
		fmt.Printf("sentence %d: %s (valence %+.2f, certainty %+.2f)\n", i, s.Label, s.Valence, s.Certainty)
	}
	fmt.Printf("document: %s, %d positive and %d negative hits\n", r.Document.Label, r.Document.Pos, r.Document.Neg)
	// Output:
	// sentence 0: positive (valence +0.23, certainty +0.00)
	// sentence 1: positive (valence +0.18, certainty +0.33)
	// document: positive, 2 positive and 1 negative hits
}

func ExampleWithDictionary() {
	// A user's own dictionary in quanteda YAML (the Lexicoder Sentiment
	// Dictionary has this shape).
	d, err := dict.ParseYAML("my.yml", []byte("positive:\n  - stabil*\nnegative:\n  - unrest\n"))
	if err != nil {
		panic(err)
	}
	a, err := sentiment.New(sentiment.WithDictionary(d, nil))
	if err != nil {
		panic(err)
	}
	for _, text := range []string{"The region has stabilised.", "Months of unrest followed."} {
		s := a.Sentence(tokenize(text), 0)
		fmt.Println(s.Label, s.Pos, s.Neg)
	}
	// Output:
	// positive 1 0
	// negative 0 1
}

func ExampleLoadLexicon() {
	// A user's own valence dictionary file, here in LIWC .dic form with
	// categories of its own, weighted on VADER's -4..+4 scale.
	dir, err := os.MkdirTemp("", "lexicon")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "mine.dic")
	if err := os.WriteFile(path, []byte("%\n1\tpraise\n2\tblame\n%\nstabil*\t1\nunrest\t2\n"), 0o644); err != nil {
		panic(err)
	}
	lex, err := sentiment.LoadLexicon(path)
	if err != nil {
		panic(err)
	}
	weights, err := sentiment.ParseWeights("praise=2.5,blame=-3")
	if err != nil {
		panic(err)
	}
	opt, err := lex.Option(false, weights) // true: add to the built-in lexicon
	if err != nil {
		panic(err)
	}
	a, err := sentiment.New(opt)
	if err != nil {
		panic(err)
	}
	for _, text := range []string{"The region has stabilised.", "Months of unrest followed."} {
		s := a.Sentence(tokenize(text), 0)
		fmt.Printf("%s %+.3f\n", s.Label, s.Valence)
	}
	// Output:
	// positive +0.312
	// negative -0.450
}

func ExampleAggregate() {
	// Three sentences' evidence: one rated word of value +3, none, and
	// one of value -1 with the negativity weight 1.5.
	s := sentiment.Aggregate([]sentiment.Score{
		{Sum: 3, Weight: 1, Sentences: 1, Toned: 1},
		{Sentences: 1}, // no rated word: adds nothing
		{Sum: -1.5, Weight: 1.5, Sentences: 1, Toned: 1},
	})
	// (3 - 1.5) / (1 + 1 + 1.5) / 4
	fmt.Printf("%.3f %s over %d sentences\n", s.Valence, s.Label, s.Sentences)
	// Output:
	// 0.107 positive over 3 sentences
}
