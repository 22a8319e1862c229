package sentiment

import (
	"reflect"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/commentariat/commentariat/pipeline"
)

// FuzzTone scores arbitrary text, and the same tokens with a statement
// span cut from the fuzzer's offsets: nothing may panic, and every score
// must stay in [-1, 1] with a label that matches it.
func FuzzTone(f *testing.F) {
	for _, s := range []string{
		"The reform is not bad :) but TOO costly!!!",
		"Sooo goooood ;-( (see below): no longer a threat?",
		"", "  ", ":-)", "Despite the so-called crisis, growth.",
	} {
		f.Add(s, 0, len(s))
	}
	a := analyzer(f)
	f.Fuzz(func(t *testing.T, text string, from, to int) {
		if !utf8.ValidString(text) {
			return // the corpus readers decode every input; the language stage refuses the rest
		}
		doc := parse(t, text)
		doc.Statements = []pipeline.Statement{{Span: pipeline.Span{Start: from, End: to}}}
		tone := a.Tone(doc)
		check := func(level string, s pipeline.ToneScore) {
			if s.Valence < -1 || s.Valence > 1 || s.Certainty < -1 || s.Certainty > 1 {
				t.Fatalf("%s score out of range: %+v", level, s)
			}
			if s.Label != string(LabelOf(s.Valence)) {
				t.Fatalf("%s label %q for valence %v", level, s.Label, s.Valence)
			}
		}
		check("document", tone.Document)
		for _, s := range tone.Sentences {
			check("sentence", s)
		}
		for _, s := range tone.Statements {
			check("statement", s)
		}
	})
}

// FuzzParseWeights parses arbitrary -tone-weights values: nothing may
// panic, and what parses holds non-empty lower-case names with values in
// [-4, 4] that survive being written back and parsed again.
func FuzzParseWeights(f *testing.F) {
	for _, s := range []string{"positive=2,negative=-2", " a = 1.5 ,", "x=4,X=1", "=", "a=1e400", "a=-0,b=+4", ",,,"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		w, err := ParseWeights(s)
		if err != nil {
			return
		}
		var parts []string
		for k, v := range w {
			if k == "" || k != strings.ToLower(k) || v < -4 || v > 4 {
				t.Fatalf("ParseWeights(%q): %q=%v", s, k, v)
			}
			if strings.ContainsAny(k, ",=") {
				t.Fatalf("ParseWeights(%q): name %q holds a separator", s, k)
			}
			parts = append(parts, k+"="+strconv.FormatFloat(v, 'g', -1, 64))
		}
		again, err := ParseWeights(strings.Join(parts, ","))
		if err != nil || !reflect.DeepEqual(again, w) {
			t.Fatalf("ParseWeights(%q) = %v; written back and parsed again: %v, %v", s, w, again, err)
		}
	})
}
