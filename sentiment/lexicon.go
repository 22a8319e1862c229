package sentiment

import (
	"bufio"
	_ "embed"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/commentariat/commentariat/internal/dict"
)

// The embedded data; see data/LICENSES.md.
var (
	//go:embed data/lexicon.tsv
	lexiconTSV string
	//go:embed data/certainty.tsv
	certaintyTSV string
)

// term is one rated word or expression of a table.
type term struct {
	words []string // lower-case words; each may end with "*"
	value float64
}

// table maps words and expressions to values: valence ratings or certainty
// weights. Single words are looked up in one map keyed by the lower-case
// token; multi-word expressions are indexed by their first word and tried
// longest first; "*" globs (from user dictionaries) by their prefix.
type table struct {
	words    map[string]float64
	mwes     map[string][]term // by exact first word
	globs    map[string]float64
	globMWEs map[string][]term // by glob prefix of the first word
	globLens []int             // the prefix lengths globs use, longest first
}

func newTable() *table {
	return &table{words: map[string]float64{}, mwes: map[string][]term{}, globs: map[string]float64{}, globMWEs: map[string][]term{}}
}

// add records pattern (lower case, single-spaced) with value v, replacing
// an earlier value.
func (t *table) add(pattern string, v float64) {
	words := splitPattern(pattern)
	if len(words) == 1 {
		w := words[0]
		if strings.HasSuffix(w, "*") {
			t.globs[strings.TrimSuffix(w, "*")] = v
			t.addGlobLen(len(w) - 1)
		} else {
			t.words[w] = v
		}
		return
	}
	first := words[0]
	idx := t.mwes
	if strings.HasSuffix(first, "*") {
		first = strings.TrimSuffix(first, "*")
		idx = t.globMWEs
		t.addGlobLen(len(first))
	}
	list := idx[first]
	for i := range list {
		if strings.Join(list[i].words, " ") == strings.Join(words, " ") {
			list[i].value = v
			return
		}
	}
	list = append(list, term{words: words, value: v})
	// Longest first, so that "as well as" wins over "as well".
	for i := len(list) - 1; i > 0 && len(list[i].words) > len(list[i-1].words); i-- {
		list[i], list[i-1] = list[i-1], list[i]
	}
	idx[first] = list
}

func (t *table) addGlobLen(n int) {
	for _, l := range t.globLens {
		if l == n {
			return
		}
	}
	t.globLens = append(t.globLens, n)
	for i := len(t.globLens) - 1; i > 0 && t.globLens[i] > t.globLens[i-1]; i-- {
		t.globLens[i], t.globLens[i-1] = t.globLens[i-1], t.globLens[i]
	}
}

// splitPattern splits a pattern into the words the tokenizer produces:
// contractions lose their "n't" to a word of its own ("can't" → "ca",
// "n't"), as prose's tokenizer splits them.
func splitPattern(p string) []string {
	var out []string
	for _, w := range strings.Fields(p) {
		if len(w) > 3 && strings.HasSuffix(w, "n't") {
			stem := w[:len(w)-3]
			switch stem {
			case "can":
				stem = "ca"
			case "won":
				stem = "wo"
			}
			out = append(out, stem, "n't")
			continue
		}
		out = append(out, w)
	}
	return out
}

// lookupGlob returns the value of the longest glob matching w.
func (t *table) lookupGlob(w string) (float64, bool) {
	for _, n := range t.globLens {
		if n <= len(w) {
			if v, ok := t.globs[w[:n]]; ok {
				return v, true
			}
		}
	}
	return 0, false
}

// matchWord reports whether token lower-case form w matches pattern word p.
func matchWord(p, w string) bool {
	if strings.HasSuffix(p, "*") {
		return strings.HasPrefix(w, p[:len(p)-1])
	}
	return p == w
}

// readTSV calls fn for each "term<TAB>value[<TAB>...]" line of data,
// skipping blank lines and "#" comments.
func readTSV(name, data string, fn func(line int, fields []string) error) error {
	sc := bufio.NewScanner(strings.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := fn(n, strings.Split(line, "\t")); err != nil {
			return fmt.Errorf("%s:%d: %w", name, n, err)
		}
	}
	return sc.Err()
}

// lexiconRow is one row of data/lexicon.tsv.
type lexiconRow struct {
	term    string
	valence float64
	source  string
}

// parseLexicon reads the embedded data/lexicon.tsv.
func parseLexicon() ([]lexiconRow, error) {
	var rows []lexiconRow
	err := readTSV("data/lexicon.tsv", lexiconTSV, func(_ int, f []string) error {
		if len(f) != 3 {
			return fmt.Errorf("want term, valence and source")
		}
		v, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			return err
		}
		rows = append(rows, lexiconRow{f[0], v, f[2]})
		return nil
	})
	return rows, err
}

// defaultValence builds the valence table from the embedded lexicon: VADER
// overlaid with the political extension, or VADER alone.
func defaultValence(vaderOnly bool) (*table, error) {
	rows, err := parseLexicon()
	if err != nil {
		return nil, err
	}
	t := newTable()
	// VADER first, then the extension, which replaces VADER's ratings.
	for _, source := range []string{"vader", "afinn", "politics"} {
		if source != "vader" && vaderOnly {
			break
		}
		for _, r := range rows {
			if r.source != source || r.term != strings.ToLower(r.term) { // tokens are matched lower-case
				continue
			}
			if strings.ContainsRune(r.term, ' ') {
				t.add(r.term, r.valence)
			} else {
				t.words[r.term] = r.valence // literally: ":-*" is an emoticon, not a glob
			}
		}
	}
	// VADER's idioms replace nothing the extension rated.
	for p, v := range vaderIdioms {
		if slangIdioms[p] && !vaderOnly {
			continue
		}
		if _, ok := t.words[p]; !ok {
			t.add(p, v)
		}
	}
	return t, nil
}

// certaintyTable builds the certainty table from data/certainty.tsv.
func certaintyTable() (*table, error) {
	t := newTable()
	err := readTSV("data/certainty.tsv", certaintyTSV, func(_ int, f []string) error {
		if len(f) != 2 {
			return fmt.Errorf("want term and weight")
		}
		v, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			return err
		}
		t.add(f[0], v)
		return nil
	})
	return t, err
}

// dictionaryTable builds a valence table from a user dictionary: an
// entry's valence is the sum of the weights of its categories (on VADER's
// -4..4 scale); entries whose categories carry no weight are left out.
func dictionaryTable(d dict.Dictionary, weights map[string]float64) (*table, error) {
	if weights == nil {
		weights = DefaultWeights(d)
	}
	if len(weights) == 0 {
		return nil, fmt.Errorf("dictionary has no category with a valence weight (categories: %s)", strings.Join(d.Categories, ", "))
	}
	t := newTable()
	for _, e := range d.Entries {
		v, rated := 0.0, false
		for _, c := range e.Categories {
			if w, ok := weights[c]; ok {
				v += w
				rated = true
			}
		}
		if rated {
			t.add(e.Pattern, max(-4, min(4, v)))
		}
	}
	return t, nil
}

// DefaultWeights maps the usual polarity categories of a dictionary to
// valences on VADER's scale: "positive" and LIWC's "posemo" to +2,
// "negative" and "negemo" to -2, and the Lexicoder Sentiment Dictionary's
// negated categories "neg_positive" to -2 and "neg_negative" to +2
// (matched case-insensitively, after any "parent." prefix). ±2 is about
// VADER's rating of "good" (1.9) and "bad" (-2.5).
func DefaultWeights(d dict.Dictionary) map[string]float64 {
	w := map[string]float64{}
	for _, c := range d.Categories {
		name := strings.ToLower(c[strings.LastIndexByte(c, '.')+1:])
		switch name {
		case "positive", "posemo", "pos":
			w[c] = 2
		case "negative", "negemo", "neg":
			w[c] = -2
		case "neg_positive":
			w[c] = -2
		case "neg_negative":
			w[c] = 2
		}
	}
	return w
}

// stemTable maps the regular inflections of the table's single words
// (plural and third person "-s"/"-es"/"-ies", past "-ed"/"-ied", "-ing",
// comparative "-er"/"-est", with the final "e" dropped or the final
// consonant doubled as English spelling does) to the word's rating, when
// the form is not itself in the table. A form two words of different sign
// or of ratings more than 1.5 apart could produce is left out.
//
// Inflection keeps a word's evaluation ("reformers", "improvements",
// "threatened"); derivation need not ("polite" and "political",
// "organ" and "organize" share a Snowball stem), so only inflections are
// generated. A generated form is only a candidate: the scorer rates it
// only when the token's tag agrees with the inflection (see
// inflectionAgrees), so "player" and "broker" are not comparatives of
// "play" and "broke". The forms in lexicalised, whose usual sense has
// left the word they look like inflecting, are never generated.
func stemTable(t *table) map[string]float64 {
	type acc struct {
		sum, lo, hi float64
		n           int
		sign        int
	}
	accs := make(map[string]acc, 6*len(t.words))
	bad := map[string]bool{}
	add := func(form string, v float64) {
		if _, ok := t.words[form]; ok || bad[form] || lexicalised[form] {
			return
		}
		sg := sign(v)
		a, ok := accs[form]
		if !ok {
			accs[form] = acc{sum: v, lo: v, hi: v, n: 1, sign: sg}
			return
		}
		if a.sign != sg {
			bad[form] = true
			delete(accs, form)
			return
		}
		a.sum += v
		a.n++
		a.lo, a.hi = min(a.lo, v), max(a.hi, v)
		accs[form] = a
	}
	words := make([]string, 0, len(t.words))
	for w := range t.words {
		words = append(words, w)
	}
	sort.Strings(words) // deterministic means
	for _, w := range words {
		if !isAlpha(w) || len(w) < 3 {
			continue
		}
		for _, f := range inflections(w) {
			add(f, t.words[w])
		}
	}
	out := make(map[string]float64, len(accs))
	for s, a := range accs {
		if a.hi-a.lo <= 1.5 {
			out[s] = a.sum / float64(a.n)
		}
	}
	return out
}

// lexicalised are regular-looking inflections whose usual sense is not the
// rating of the word they inflect: plurals with a meaning of their own
// ("goods" are merchandise, "kinds" sorts, "odds" chances, "means" ways,
// "spirits" drinks or mood) and verb forms of a rated adjective or noun
// whose verb is neutral or of the other sign ("fined" is punished, not
// fine; a bond "matures"; "clearing" banks; "treated" patients;
// "bargaining" and "refining" as trades; oil "rigs").
var lexicalised = map[string]bool{
	"goods": true, "kinds": true, "odds": true, "means": true, "spirits": true,
	"fined": true, "fines": true, "fining": true,
	"matured": true, "matures": true, "maturing": true,
	"clearing": true, "treated": true, "treating": true,
	"bargaining": true, "refining": true, "rigs": true,
}

// inflectionAgrees reports whether a token tagged tag can be the
// inflection form ends with: a comparative or superlative adjective or
// adverb for "-er" and "-est", a plural noun or a verb in the third person
// for "-s", a past or participle (or an adjective) for "-ed", and a
// gerund or participle (or the noun or adjective it makes) for "-ing".
func inflectionAgrees(form, tag string) bool {
	switch {
	case strings.HasSuffix(form, "est"):
		return tag == "JJS" || tag == "RBS"
	case strings.HasSuffix(form, "er"):
		return tag == "JJR" || tag == "RBR"
	case strings.HasSuffix(form, "ing"):
		return tag == "VBG" || tag == "NN" || tag == "JJ"
	case strings.HasSuffix(form, "ed"):
		return tag == "VBD" || tag == "VBN" || tag == "JJ"
	case strings.HasSuffix(form, "s"):
		return tag == "NNS" || tag == "VBZ"
	}
	return false
}

// inflections returns the regular inflected forms of w.
func inflections(w string) []string {
	n := len(w)
	last := w[n-1]
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	var out []string
	switch {
	case last == 'y' && !vowel(w[n-2]):
		stem := w[:n-1]
		out = append(out, stem+"ies", stem+"ied", w+"ing", stem+"ier", stem+"iest")
	case last == 'e':
		stem := w[:n-1]
		out = append(out, w+"s", w+"d", stem+"ing", w+"r", w+"st")
	case last == 's' || last == 'x' || last == 'z' || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		out = append(out, w+"es", w+"ed", w+"ing", w+"er", w+"est")
	default:
		out = append(out, w+"s", w+"ed", w+"ing", w+"er", w+"est")
		// a final consonant after a single vowel doubles ("stop",
		// "stopped"; "abet", "abetting")
		if !vowel(last) && last != 'w' && last != 'y' && vowel(w[n-2]) && !vowel(w[n-3]) {
			d := w + string(last)
			out = append(out, d+"ed", d+"ing", d+"er", d+"est")
		}
	}
	return out
}

func sign(v float64) int {
	switch {
	case v > 0:
		return 1
	case v < 0:
		return -1
	}
	return 0
}

func isAlpha(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	return w != ""
}
