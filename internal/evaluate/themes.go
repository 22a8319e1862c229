package evaluate

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"
	"unicode"

	"github.com/kljensen/snowball/english"

	"github.com/commentariat/commentariat/extract/themes"
	"github.com/commentariat/commentariat/pipeline"
)

// Themes evaluates the theme stage: document-level theme precision,
// recall and F1 against the hand-coded themes of sharedDir/eval/commentary,
// and F1@5 and F1@10 of the key terms on sharedDir/eval/keyphrase
// (500N-KPCrowd) next to a plain TF-IDF baseline computed by the same
// code, writing tables to w. It returns an error wrapping ErrNoData when
// neither data set is present.
func Themes(ctx context.Context, sharedDir string, w io.Writer) error {
	comDir := filepath.Join(sharedDir, "eval", "commentary")
	kpPath := filepath.Join(sharedDir, "eval", "keyphrase", "kpcrowd500n.jsonl")
	golds, _ := filepath.Glob(filepath.Join(comDir, "*.gold.json"))
	_, kpErr := os.Stat(kpPath)
	if len(golds) == 0 && kpErr != nil {
		return fmt.Errorf("themes evaluation: %s, %s: %w", comDir, kpPath, ErrNoData)
	}
	stages, err := withBackbone(func() (pipeline.Stage, error) { return themes.New() })
	if err != nil {
		return err
	}
	prep := func(text string) (*pipeline.Document, error) { return runStages(ctx, stages, text) }
	if len(golds) > 0 {
		if err := themeGold(golds, prep, w); err != nil {
			return err
		}
	}
	if kpErr == nil {
		return keyphraseEval(ctx, kpPath, prep, w)
	}
	return nil
}

// themeGold prints the document-level theme agreement of each gold file
// and of all together (micro-averaged).
func themeGold(golds []string, prep func(string) (*pipeline.Document, error), w io.Writer) error {
	slices.Sort(golds)
	fmt.Fprintln(w, "document themes (commentary gold)")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "document\tgold\tpredicted\tP\tR\tF1\tmissed\textra\t")
	var all setCounts
	for _, g := range golds {
		raw, err := os.ReadFile(g)
		if err != nil {
			return err
		}
		var gold struct {
			ID     string   `json:"id"`
			Themes []string `json:"themes"`
		}
		if err := json.Unmarshal(raw, &gold); err != nil {
			return fmt.Errorf("reading %s: %w", g, err)
		}
		text, err := os.ReadFile(filepath.Join(filepath.Dir(g), gold.ID+".txt"))
		if err != nil {
			return err
		}
		doc, err := prep(string(text))
		if err != nil {
			return fmt.Errorf("%s: %w", gold.ID, err)
		}
		pred := themes.DocumentThemes(doc)
		c := compareSets(gold.Themes, pred)
		all.add(c)
		p, r, f := c.prf()
		fmt.Fprintf(tw, "%s\t%d\t%d\t%.3f\t%.3f\t%.3f\t%s\t%s\t\n", gold.ID, len(gold.Themes), len(pred), p, r, f,
			strings.Join(c.missed, ","), strings.Join(c.extra, ","))
	}
	if len(golds) > 1 {
		p, r, f := all.prf()
		fmt.Fprintf(tw, "all (micro)\t\t\t%.3f\t%.3f\t%.3f\t\t\t\n", p, r, f)
	}
	return tw.Flush()
}

// setCounts is the agreement of a predicted set with a gold set.
type setCounts struct {
	tp, fp, fn    int
	missed, extra []string
}

func (c *setCounts) add(o setCounts) { c.tp += o.tp; c.fp += o.fp; c.fn += o.fn }

// prf returns precision, recall and F1 (0 when undefined).
func (c setCounts) prf() (p, r, f float64) {
	if c.tp+c.fp > 0 {
		p = float64(c.tp) / float64(c.tp+c.fp)
	}
	if c.tp+c.fn > 0 {
		r = float64(c.tp) / float64(c.tp+c.fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// compareSets counts the agreement of pred with gold (duplicates ignored).
func compareSets(gold, pred []string) setCounts {
	g, p := map[string]bool{}, map[string]bool{}
	for _, x := range gold {
		g[x] = true
	}
	for _, x := range pred {
		p[x] = true
	}
	var c setCounts
	for x := range p {
		if g[x] {
			c.tp++
		} else {
			c.fp++
			c.extra = append(c.extra, x)
		}
	}
	for x := range g {
		if !p[x] {
			c.fn++
			c.missed = append(c.missed, x)
		}
	}
	slices.Sort(c.missed)
	slices.Sort(c.extra)
	return c
}

// stemPhrase lower-cases a phrase, splits it into words at white space
// and punctuation (apostrophes, hyphens and the periods of abbreviations
// such as "U.S." stay inside words, as the language stage's tokenizer keeps
// them) and stems each word, as the keyphrase README's matching asks.
func stemPhrase(s string) string {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '-' || r == '.' || r == '&')
	})
	out := words[:0]
	for _, w := range words {
		w = strings.Trim(w, "'-")
		if strings.Trim(w, ".") == "" {
			continue
		}
		if w == "" {
			continue
		}
		out = append(out, english.Stem(w, true))
	}
	return strings.Join(out, " ")
}

// atK returns precision, recall and F1 of the first k predictions (stem
// keys) against the gold keys, each gold key matched at most once.
func atK(gold map[string]bool, pred []string, k int) (p, r, f float64) {
	if len(pred) > k {
		pred = pred[:k]
	}
	seen := map[string]bool{}
	tp := 0
	for _, x := range pred {
		if gold[x] && !seen[x] {
			tp++
		}
		seen[x] = true
	}
	if k > 0 {
		p = float64(tp) / float64(k)
	}
	if len(gold) > 0 {
		r = float64(tp) / float64(len(gold))
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// kpDoc is one story of the keyphrase set, analysed.
type kpDoc struct {
	doc  *pipeline.Document
	gold map[string]bool
}

// keyphraseEval prints F1@5 and F1@10 (mean over stories) of the key-term
// methods on 500N-KPCrowd.
func keyphraseEval(ctx context.Context, path string, prep func(string) (*pipeline.Document, error), w io.Writer) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	var docs []kpDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for n := 1; sc.Scan(); n++ {
		var rec struct {
			Text       string   `json:"text"`
			Keyphrases []string `json:"keyphrases"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		doc, err := prep(rec.Text)
		if err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
		g := map[string]bool{}
		for _, k := range rec.Keyphrases {
			if s := stemPhrase(k); s != "" {
				g[s] = true
			}
		}
		docs = append(docs, kpDoc{doc, g})
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("reading %s: %w", path, err)
	}
	all := make([]*pipeline.Document, len(docs))
	for i, d := range docs {
		all[i] = d.doc
	}
	ref := themes.ReferenceOf(all)
	tfidf := newTFIDF(all)
	systems := []struct {
		name string
		rank func(*pipeline.Document) []string
	}{
		{"TF-IDF n-grams (baseline)", tfidf.rank},
		{"TextRank (Mihalcea & Tarau 2004, baseline)", func(d *pipeline.Document) []string { return textRank(d, 10) }},
		{"commentariat key terms, no reference", func(d *pipeline.Document) []string { return keys(themes.KeyTerms(d, nil, 10)) }},
		{"commentariat key terms, collection as reference", func(d *pipeline.Document) []string { return keys(themes.KeyTerms(d, ref, 10)) }},
	}
	fmt.Fprintf(w, "\nkey terms (500N-KPCrowd, %d stories, mean per story; stemmed exact match)\n", len(docs))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "method\tP@5\tR@5\tF1@5\tP@10\tR@10\tF1@10\t")
	for _, s := range systems {
		var m [6]float64
		for _, d := range docs {
			pred := s.rank(d.doc)
			p5, r5, f5 := atK(d.gold, pred, 5)
			p10, r10, f10 := atK(d.gold, pred, 10)
			for i, v := range []float64{p5, r5, f5, p10, r10, f10} {
				m[i] += v
			}
		}
		n := float64(max(len(docs), 1))
		fmt.Fprintf(tw, "%s\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t\n", s.name, m[0]/n, m[1]/n, m[2]/n, m[3]/n, m[4]/n, m[5]/n)
	}
	fmt.Fprintln(tw, "YAKE (Campos et al. 2020)\t\t\t\t\t\tnot listed in README\t")
	return tw.Flush()
}

func keys(ks []pipeline.KeyTerm) []string {
	out := make([]string, len(ks))
	for i, k := range ks {
		out[i] = k.Stem
	}
	return out
}

// tfidf is the plain TF-IDF baseline: every word n-gram (n <= 3) inside a
// sentence that neither starts nor ends with a stop word, scored by its
// count times the log inverse document frequency of the n-gram in the
// collection.
type tfidf struct {
	docs int
	df   map[string]int
}

func newTFIDF(docs []*pipeline.Document) *tfidf {
	t := &tfidf{docs: len(docs), df: map[string]int{}}
	for _, d := range docs {
		for g := range ngrams(d) {
			t.df[g]++
		}
	}
	return t
}

func (t *tfidf) rank(d *pipeline.Document) []string {
	counts := ngrams(d)
	type sc struct {
		key   string
		score float64
	}
	var list []sc
	for g, c := range counts {
		list = append(list, sc{g, float64(c) * math.Log(float64(t.docs)/float64(max(t.df[g], 1)))})
	}
	slices.SortFunc(list, func(a, b sc) int {
		if a.score != b.score {
			if a.score > b.score {
				return -1
			}
			return 1
		}
		return strings.Compare(a.key, b.key)
	})
	out := make([]string, 0, 10)
	for i := 0; i < len(list) && i < 10; i++ {
		out = append(out, list[i].key)
	}
	return out
}

// ngrams counts the baseline's candidate n-grams of d by stem key.
func ngrams(d *pipeline.Document) map[string]int {
	out := map[string]int{}
	for _, s := range d.Sentences {
		lo, hi := max(s.TokenStart, 0), min(s.TokenEnd, len(d.Tokens))
		for a := lo; a < hi; a++ {
			for b := a + 1; b <= hi && b-a <= 3; b++ {
				if !wordTok(d.Tokens[b-1]) {
					break
				}
				if !wordTok(d.Tokens[a]) || baselineStop[d.Tokens[a].Lower] || baselineStop[d.Tokens[b-1].Lower] {
					continue
				}
				parts := make([]string, 0, b-a)
				for _, tk := range d.Tokens[a:b] {
					parts = append(parts, tk.Stem)
				}
				out[strings.Join(parts, " ")]++
			}
		}
	}
	return out
}

func wordTok(t pipeline.Token) bool {
	return t.Stem != "" && strings.IndexFunc(t.Lower, unicode.IsLetter) >= 0
}

// baselineStop is a short list of English function words for the TF-IDF
// baseline (the classic SMART-style core, written from general knowledge).
var baselineStop = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a about after all also an and any are as at be been but by can could did do
does for from had has have he her his how i if in into is it its just more most my no not of on one or other
our out over said says she so some than that the their them then there these they this those to up us was we
were what when which who will with would you your 's n't`) {
		m[w] = true
	}
	return m
}()
