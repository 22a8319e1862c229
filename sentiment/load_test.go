package sentiment

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func writeLexicon(t *testing.T, name, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestParseWeights(t *testing.T) {
	for _, tc := range []struct {
		in      string
		want    map[string]float64
		wantErr string
	}{
		{"positive=2,negative=-2", map[string]float64{"positive": 2, "negative": -2}, ""},
		{" Neg_Positive = -1.5 , ", map[string]float64{"neg_positive": -1.5}, ""},
		{"a=4,b=-4", map[string]float64{"a": 4, "b": -4}, ""},
		{"positive=x", nil, "want a number"},
		{"positive=4.5", nil, "want a number"},
		{"positive=NaN", nil, "want a number"},
		{"positive", nil, "want category=value"},
		{"=2", nil, "want category=value"},
		{"positive=1,POSITIVE=2", nil, "given twice"},
		{" , ", nil, "no weights"},
	} {
		got, err := ParseWeights(tc.in)
		if tc.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("ParseWeights(%q) error %v, want one containing %q", tc.in, err, tc.wantErr)
			}
			continue
		}
		if err != nil || !reflect.DeepEqual(got, tc.want) {
			t.Errorf("ParseWeights(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
		}
	}
}

func TestLexiconWeights(t *testing.T) {
	l, err := LoadLexicon(writeLexicon(t, "lsd.yml", "sentiment:\n  positive:\n    - good\n  negative:\n    - bad\nneg_positive:\n  - not good\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := l.Categories(), []string{"sentiment.positive", "sentiment.negative", "neg_positive"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("categories %q, want %q", got, want)
	}
	for _, tc := range []struct {
		weights map[string]float64
		want    map[string]float64
	}{
		{nil, map[string]float64{"sentiment.positive": 2, "sentiment.negative": -2, "neg_positive": -2}},
		// The last part of a nested name, in any case.
		{map[string]float64{"POSITIVE": 1}, map[string]float64{"sentiment.positive": 1}},
		// The whole name wins over a last part.
		{map[string]float64{"negative": -1, "sentiment.negative": -3}, map[string]float64{"sentiment.negative": -3}},
		{map[string]float64{"neutral": 1}, map[string]float64{}},
	} {
		if got := l.Weights(tc.weights); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Weights(%v) = %v, want %v", tc.weights, got, tc.want)
		}
	}
	if got := UnusedWeights(map[string]float64{"negative": 1, "neutral": 0, "sentiment.positive": 1, "Other": 1}, l); !reflect.DeepEqual(got, []string{"Other", "neutral"}) {
		t.Errorf("UnusedWeights = %q, want [Other neutral]", got)
	}
}

func TestLexiconOption(t *testing.T) {
	mine := writeLexicon(t, "mine.yml", "positive:\n  - stabil*\n  - step forward\nnegative:\n  - unrest\n")
	l, err := LoadLexicon(mine)
	if err != nil {
		t.Fatal(err)
	}
	replace, err := l.Option(false, nil)
	if err != nil {
		t.Fatal(err)
	}
	a, err := New(replace)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text     string
		pos, neg int
	}{
		{"The region has stabilised after months of unrest.", 1, 1},
		{"The reform is a step forward.", 1, 0},
		{"The excellent reform was a great success.", 0, 0}, // the built-in lexicon is replaced
		{"The region has not stabilised.", 0, 1},            // the rules still apply
	} {
		if s := score(t, a, tc.text); s.Pos != tc.pos || s.Neg != tc.neg {
			t.Errorf("replace, %q: %d positive, %d negative; want %d, %d", tc.text, s.Pos, s.Neg, tc.pos, tc.neg)
		}
	}

	// An extension overrides the words it names and keeps the rest.
	ext, err := LoadLexicon(writeLexicon(t, "ext.dic", "%\n1\tnegative\n%\nexcellent\t1\n"))
	if err != nil {
		t.Fatal(err)
	}
	o, err := ext.Option(true, nil)
	if err != nil {
		t.Fatal(err)
	}
	if a, err = New(o); err != nil {
		t.Fatal(err)
	}
	const text = "The excellent reform was a great success."
	before, after := score(t, analyzer(t), text), score(t, a, text)
	if after.Pos != before.Pos-1 || after.Neg != before.Neg+1 {
		t.Errorf("extend: %d positive, %d negative; want %d and %d (excellent negative, the rest as before)", after.Pos, after.Neg, before.Pos-1, before.Neg+1)
	}

	// A dictionary whose categories have no weight rates nothing: an error
	// naming the file and its categories.
	nocat, err := LoadLexicon(writeLexicon(t, "themes.yml", "voting:\n  - ballot\n"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := nocat.Option(false, nil); err == nil || !strings.Contains(err.Error(), "themes.yml") || !strings.Contains(err.Error(), "voting") {
		t.Errorf("no weighted category: error %v, want one naming themes.yml and voting", err)
	}
	if _, err := nocat.Option(false, map[string]float64{"voting": 1}); err != nil {
		t.Errorf("weighted voting: %v", err)
	}

	// A broken file: the error names its file and line.
	if _, err := LoadLexicon(writeLexicon(t, "bad.yml", "positive:\n  - good\n   broken: [\n")); err == nil || !strings.Contains(err.Error(), "bad.yml:3") {
		t.Errorf("broken file: error %v, want one naming bad.yml:3", err)
	}
	if _, err := LoadLexicon(filepath.Join(t.TempDir(), "missing.yml")); err == nil || !strings.Contains(err.Error(), "missing.yml") {
		t.Errorf("missing file: error %v, want one naming missing.yml", err)
	}
}
