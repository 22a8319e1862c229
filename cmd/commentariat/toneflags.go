package main

import (
	"flag"
	"fmt"
	"strings"

	"github.com/commentariat/commentariat/sentiment"
)

// toneFlags are the -tone-* flags, shared by run (the tone stage) and eval
// (the tone evaluation, so a user can measure their own lexicon).
type toneFlags struct {
	// dict replaces the built-in valence lexicon; add extends the lexicon
	// in use; weights gives their categories' valences (empty:
	// sentiment.DefaultWeights); vader scores with VADER's rules and, with
	// no dict, its lexicon alone.
	dict    string
	add     multiFlag
	weights string
	vader   bool

	parsed map[string]float64 // weights, parsed by check
}

// register defines the flags on fs.
func (t *toneFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&t.dict, "tone-dict", "", "valence dictionary `file` (quanteda YAML or LIWC .dic, such as the Lexicoder Sentiment Dictionary) to score tone with instead of the built-in lexicon")
	fs.Var(&t.add, "add-tone-dict", "valence dictionary `file` whose entries add to the lexicon in use or replace its ratings; may be repeated")
	fs.StringVar(&t.weights, "tone-weights", "", "valences of the tone dictionaries' categories on VADER's -4..+4 scale, as `name=value,...` (default: positive and posemo +2, negative and negemo -2, neg_positive -2, neg_negative +2)")
	fs.BoolVar(&t.vader, "tone-vader", false, "score tone with VADER's rules (and, without -tone-dict, its lexicon alone), to compare with published VADER figures; valence is then VADER's normalised sum")
}

// check validates the flags once parsed; its errors wrap errUsage.
func (t *toneFlags) check() error {
	if t.weights == "" {
		return nil
	}
	if t.dict == "" && len(t.add) == 0 {
		return fmt.Errorf("%w: -tone-weights needs -tone-dict or -add-tone-dict", errUsage)
	}
	w, err := sentiment.ParseWeights(t.weights)
	if err != nil {
		return fmt.Errorf("%w: -tone-weights: %v", errUsage, err)
	}
	t.parsed = w
	return nil
}

// custom reports whether the flags change the default analyzer, and
// describes the change.
func (t *toneFlags) custom() (string, bool) {
	var parts []string
	if t.vader {
		parts = append(parts, "-tone-vader")
	}
	if t.dict != "" {
		parts = append(parts, "-tone-dict "+t.dict)
	}
	for _, f := range t.add {
		parts = append(parts, "-add-tone-dict "+f)
	}
	if t.weights != "" {
		parts = append(parts, "-tone-weights "+t.weights)
	}
	return strings.Join(parts, " "), len(parts) > 0
}

// analyzer builds the analyzer the flags describe, reading the
// dictionaries (errors name the file and line). A weight that names no
// category of any dictionary is an error, so a misspelt category is not
// silently left unrated.
func (t *toneFlags) analyzer() (*sentiment.Analyzer, error) {
	var opts []sentiment.Option
	if t.vader {
		opts = append(opts, sentiment.WithVADER())
	}
	// The -tone-dict file, if any, comes first and replaces the lexicon;
	// every other one extends it.
	var lexicons []*sentiment.Lexicon
	for _, path := range append([]string{t.dict}, t.add...) {
		if path == "" {
			continue
		}
		l, err := sentiment.LoadLexicon(path)
		if err != nil {
			return nil, err
		}
		lexicons = append(lexicons, l)
	}
	if unused := sentiment.UnusedWeights(t.parsed, lexicons...); len(unused) > 0 {
		var cats []string
		for _, l := range lexicons {
			cats = append(cats, l.Categories()...)
		}
		return nil, fmt.Errorf("-tone-weights: no tone dictionary has the categor%s %s (they have %s)", plural(len(unused), "y", "ies"), strings.Join(unused, ", "), strings.Join(cats, ", "))
	}
	for i, l := range lexicons {
		o, err := l.Option(i > 0 || t.dict == "", t.parsed)
		if err != nil {
			return nil, err
		}
		opts = append(opts, o)
	}
	return sentiment.New(opts...)
}

// plural returns one when n is 1 and many otherwise.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
