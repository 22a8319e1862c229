package sentiment

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/commentariat/commentariat/internal/dict"
)

// Lexicon is a user valence dictionary read from a file, such as the
// Lexicoder Sentiment Dictionary in quanteda YAML.
type Lexicon struct {
	path string
	d    dict.Dictionary
}

// LoadLexicon reads a valence dictionary file: quanteda YAML as .yml or
// .yaml, LIWC as .dic (see package internal/dict). Errors name the file and
// line.
func LoadLexicon(path string) (*Lexicon, error) {
	d, err := dict.Load(path)
	if err != nil {
		return nil, fmt.Errorf("tone dictionary: %w", err)
	}
	return &Lexicon{path: path, d: d}, nil
}

// Categories lists the lexicon's categories in file order; nested YAML
// categories are joined with ".".
func (l *Lexicon) Categories() []string { return slices.Clone(l.d.Categories) }

// Weights resolves weights against the lexicon's categories: each
// category gets the weight named by its whole name ("sentiment.negative")
// or, failing that, by its last part ("negative"), compared
// case-insensitively. nil weights give DefaultWeights.
func (l *Lexicon) Weights(weights map[string]float64) map[string]float64 {
	if weights == nil {
		return DefaultWeights(l.d)
	}
	byName := make(map[string]float64, len(weights))
	for k, v := range weights {
		byName[strings.ToLower(k)] = v
	}
	out := map[string]float64{}
	for _, c := range l.d.Categories {
		lc := strings.ToLower(c)
		if v, ok := byName[lc]; ok {
			out[c] = v
		} else if v, ok := byName[lc[strings.LastIndexByte(lc, '.')+1:]]; ok {
			out[c] = v
		}
	}
	return out
}

// Option returns the option that scores with the lexicon under weights
// (as Weights resolves them): WithDictionary, which replaces the built-in
// lexicon, or, when extend is set, WithExtension, which overlays the
// lexicon in use. A lexicon none of whose categories has a weight is an
// error naming the file and its categories, so a dictionary that would
// rate nothing never runs silently.
func (l *Lexicon) Option(extend bool, weights map[string]float64) (Option, error) {
	w := l.Weights(weights)
	if len(w) == 0 {
		return nil, fmt.Errorf("tone dictionary %s: no category has a valence weight (categories: %s; give weights for them)", l.path, strings.Join(l.d.Categories, ", "))
	}
	if extend {
		return WithExtension(l.d, w), nil
	}
	return WithDictionary(l.d, w), nil
}

// ParseWeights parses category weights written "name=value,name=value"
// ("positive=2,negative=-2,neg_positive=-2,neg_negative=2"), the form of
// the run command's -tone-weights flag. Values are on VADER's -4..+4
// scale; names may not repeat.
func ParseWeights(s string) (map[string]float64, error) {
	out := map[string]float64{}
	for part := range strings.SplitSeq(s, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		name, val, ok := strings.Cut(part, "=")
		name = strings.TrimSpace(name)
		if !ok || name == "" {
			return nil, fmt.Errorf("weight %q: want category=value", part)
		}
		v, err := strconv.ParseFloat(strings.TrimSpace(val), 64)
		if err != nil || math.IsNaN(v) || v < -4 || v > 4 {
			return nil, fmt.Errorf("weight %q: want a number from -4 to 4", part)
		}
		key := strings.ToLower(name)
		if _, dup := out[key]; dup {
			return nil, fmt.Errorf("weight %q: category %q given twice", part, name)
		}
		out[key] = v
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no weights in %q (want category=value, ...)", s)
	}
	return out, nil
}

// UnusedWeights lists, sorted, the keys of weights that name no category
// of any of the lexicons (as Lexicon.Weights matches them), so that a
// caller can report a misspelt category.
func UnusedWeights(weights map[string]float64, lexicons ...*Lexicon) []string {
	var out []string
	for k := range weights {
		used := false
		for _, l := range lexicons {
			if len(l.Weights(map[string]float64{k: 0})) > 0 {
				used = true
				break
			}
		}
		if !used {
			out = append(out, k)
		}
	}
	slices.Sort(out)
	return out
}
