package evaluate

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/jdkato/prose/v3"

	"github.com/commentariat/commentariat/extract/attribution"
	"github.com/commentariat/commentariat/extract/entities"
	"github.com/commentariat/commentariat/pipeline"
)

// Entities evaluates the entity stage: the example article's distinct
// entities against the commentary gold (document-level precision, recall
// and F1 per type), and CoNLL-2003 English test (exact-span entity-level
// precision, recall and F1 per type, conlleval style) for the stage and
// for prose v3's stock entity model side by side, next to the published
// figures of sharedDir/eval/ner/README.md. It returns an error wrapping
// ErrNoData when neither data set is present.
func Entities(ctx context.Context, sharedDir string, w io.Writer) error {
	return EntitiesSplit(ctx, sharedDir, w, "test")
}

// EntitiesSplit is Entities on the CoNLL-2003 split "dev" or "test".
func EntitiesSplit(ctx context.Context, sharedDir string, w io.Writer, split string) error {
	if split != "dev" && split != "test" {
		return fmt.Errorf("entities evaluation: split %q: want dev or test", split)
	}
	comDir := filepath.Join(sharedDir, "eval", "commentary")
	conll := filepath.Join(sharedDir, "eval", "ner", "conll2003_"+split+".jsonl")
	golds, _ := filepath.Glob(filepath.Join(comDir, "*.gold.json"))
	_, conllErr := os.Stat(conll)
	if len(golds) == 0 && conllErr != nil {
		return fmt.Errorf("entities evaluation: %s, %s: %w", comDir, conll, ErrNoData)
	}
	run, err := entityPipeline()
	if err != nil {
		return err
	}
	if len(golds) > 0 {
		if err := entityGold(ctx, golds, run, w); err != nil {
			return err
		}
	}
	if conllErr == nil {
		return conllEval(ctx, conll, split, run, w)
	}
	return nil
}

// entityPipeline returns a function that runs structure, language,
// attribution and entities on a text.
func entityPipeline() (func(ctx context.Context, text string) (*pipeline.Document, error), error) {
	stages, err := withBackbone(
		func() (pipeline.Stage, error) { return attribution.New() },
		func() (pipeline.Stage, error) { return entities.New() },
	)
	if err != nil {
		return nil, err
	}
	return func(ctx context.Context, text string) (*pipeline.Document, error) {
		return runStages(ctx, stages, text)
	}, nil
}

// entityTypes are the types of the commentary gold, in print order.
var entityTypes = []string{"PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "LAW", "DATE"}

// formKey normalises an entity form for matching: lower case, no leading
// "the", single spaces.
func formKey(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	return strings.TrimPrefix(s, "the ")
}

// entityGold prints the document-level agreement of the predicted
// entities with each gold file's entities. A predicted entity matches a
// gold one of the same type when any of its forms (name or alias) is one
// of the gold entity's forms; each is matched at most once, so a gold
// entity split into two predicted ones counts one false positive.
func entityGold(ctx context.Context, golds []string, run func(context.Context, string) (*pipeline.Document, error), w io.Writer) error {
	slices.Sort(golds)
	fmt.Fprintln(w, "document entities (commentary gold, distinct entities, any form matches)")
	var all map[string]*setCounts
	for _, g := range golds {
		raw, err := os.ReadFile(g)
		if err != nil {
			return err
		}
		var gold struct {
			ID       string `json:"id"`
			Entities []struct {
				Text    string   `json:"text"`
				Type    string   `json:"type"`
				Aliases []string `json:"aliases"`
			} `json:"entities"`
		}
		if err := json.Unmarshal(raw, &gold); err != nil {
			return fmt.Errorf("reading %s: %w", g, err)
		}
		text, err := os.ReadFile(filepath.Join(filepath.Dir(g), gold.ID+".txt"))
		if err != nil {
			return err
		}
		doc, err := run(ctx, string(text))
		if err != nil {
			return fmt.Errorf("%s: %w", gold.ID, err)
		}
		var gs, ps []typedForms
		for _, e := range gold.Entities {
			gs = append(gs, typedForms{e.Type, e.Text, append([]string{e.Text}, e.Aliases...)})
		}
		for _, e := range doc.Entities {
			ps = append(ps, typedForms{e.Type, e.Name, append([]string{e.Name}, e.Aliases...)})
		}
		by := matchEntities(gs, ps)
		fmt.Fprintf(w, "%s: %d gold, %d predicted\n", gold.ID, len(gs), len(ps))
		printTypeTable(w, by)
		if all == nil {
			all = by
		} else {
			for t, c := range by {
				if all[t] == nil {
					all[t] = &setCounts{}
				}
				all[t].add(*c)
			}
		}
	}
	return nil
}

// typedForms is an entity as the evaluation sees it.
type typedForms struct {
	typ   string
	name  string
	forms []string
}

// matchEntities pairs gold and predicted entities one to one and returns
// the counts per type (and "all").
func matchEntities(gold, pred []typedForms) map[string]*setCounts {
	by := map[string]*setCounts{"all": {}}
	get := func(t string) *setCounts {
		if by[t] == nil {
			by[t] = &setCounts{}
		}
		return by[t]
	}
	used := make([]bool, len(pred))
	for _, g := range gold {
		gk := map[string]bool{}
		for _, f := range g.forms {
			gk[formKey(f)] = true
		}
		hit := -1
		for i, p := range pred {
			if used[i] || p.typ != g.typ {
				continue
			}
			for _, f := range p.forms {
				if gk[formKey(f)] {
					hit = i
					break
				}
			}
			if hit >= 0 {
				break
			}
		}
		c := get(g.typ)
		if hit >= 0 {
			used[hit] = true
			c.tp++
			by["all"].tp++
		} else {
			c.fn++
			by["all"].fn++
			c.missed = append(c.missed, g.name)
		}
	}
	for i, p := range pred {
		if !used[i] {
			c := get(p.typ)
			c.fp++
			by["all"].fp++
			c.extra = append(c.extra, p.name)
		}
	}
	return by
}

func printTypeTable(w io.Writer, by map[string]*setCounts) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "type\tgold\tpred\tP\tR\tF1\tmissed\textra\t")
	for _, t := range append(slices.Clone(entityTypes), "all") {
		c := by[t]
		if c == nil {
			continue
		}
		p, r, f := c.prf()
		missed, extra := "", ""
		if t != "all" {
			missed, extra = strings.Join(c.missed, "; "), strings.Join(c.extra, "; ")
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%.3f\t%.3f\t%.3f\t%s\t%s\t\n", t, c.tp+c.fn, c.tp+c.fp, p, r, f, missed, extra)
	}
	tw.Flush()
}

// conllType maps an OntoNotes-style type to CoNLL-2003's: GPE and LOC
// (and prose's FAC) are LOC; NORP, EVENT, LAW (and prose's PRODUCT,
// WORK_OF_ART, LANGUAGE) are MISC; dates and numbers are not CoNLL
// entities ("").
func conllType(t string) string {
	switch t {
	case "PERSON", "PER":
		return "PERSON"
	case "ORG":
		return "ORG"
	case "GPE", "LOC", "FAC":
		return "LOC"
	case "NORP", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART", "LANGUAGE", "MISC":
		return "MISC"
	}
	return ""
}

// spanTyped is one entity mention for exact-span scoring.
type spanTyped struct {
	start, end int
	typ        string
}

// conllCounts holds exact-span counts per CoNLL type.
type conllCounts map[string]*setCounts

func (c conllCounts) score(gold, pred []spanTyped) {
	get := func(t string) *setCounts {
		if c[t] == nil {
			c[t] = &setCounts{}
		}
		return c[t]
	}
	g := map[spanTyped]bool{}
	for _, s := range gold {
		g[s] = true
		get(s.typ).fn++
	}
	seen := map[spanTyped]bool{}
	for _, s := range pred {
		if seen[s] {
			continue
		}
		seen[s] = true
		if g[s] {
			get(s.typ).tp++
			get(s.typ).fn--
		} else {
			get(s.typ).fp++
		}
	}
}

// micro sums the counts of the given types.
func (c conllCounts) micro(types ...string) setCounts {
	var s setCounts
	for _, t := range types {
		if x := c[t]; x != nil {
			s.add(*x)
		}
	}
	return s
}

// conllEval runs the stage and prose's stock model on CoNLL-2003 and
// prints both side by side with the published figures.
func conllEval(ctx context.Context, path, split string, run func(context.Context, string) (*pipeline.Document, error), w io.Writer) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	ours, stock := conllCounts{}, conllCounts{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	line, docs := 0, 0
	for sc.Scan() {
		line++
		if err := ctx.Err(); err != nil {
			return err
		}
		var rec struct {
			ID       string `json:"id"`
			Text     string `json:"text"`
			Entities []struct {
				Start int    `json:"start"`
				End   int    `json:"end"`
				Type  string `json:"type"`
			} `json:"entities"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return fmt.Errorf("%s:%d: %w", path, line, err)
		}
		docs++
		var gold []spanTyped
		for _, e := range rec.Entities {
			if t := conllType(e.Type); t != "" {
				gold = append(gold, spanTyped{e.Start, e.End, t})
			}
		}
		doc, err := run(ctx, rec.Text)
		if err != nil {
			return fmt.Errorf("%s:%d: %w", path, line, err)
		}
		var pred []spanTyped
		for _, m := range doc.Mentions {
			if t := conllType(m.Type); t != "" {
				pred = append(pred, spanTyped{m.Span.Start, m.Span.End, t})
			}
		}
		ours.score(gold, pred)
		pd, err := prose.NewDocumentContext(ctx, rec.Text)
		if err != nil {
			return fmt.Errorf("%s:%d: prose: %w", path, line, err)
		}
		pred = pred[:0]
		for _, e := range pd.Entities() {
			if t := conllType(e.Label); t != "" {
				pred = append(pred, spanTyped{e.Start, e.End(), t})
			}
		}
		stock.score(gold, pred)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("reading %s: %w", path, err)
	}
	fmt.Fprintf(w, "\nCoNLL-2003 English %s (%d documents), exact-span entity-level P/R/F1\n", split, docs)
	fmt.Fprintln(w, "types mapped: GPE, LOC (prose: FAC) -> LOC; NORP, EVENT, LAW (prose: PRODUCT, WORK_OF_ART, LANGUAGE) -> MISC; DATE and numbers not scored")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "type\tgold\tentities P\tR\tF1\tprose v3 P\tR\tF1\t")
	row := func(name string, a, b setCounts) {
		pa, ra, fa := a.prf()
		pb, rb, fb := b.prf()
		fmt.Fprintf(tw, "%s\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t\n", name, a.tp+a.fn, pa, ra, fa, pb, rb, fb)
	}
	for _, t := range []string{"PERSON", "ORG", "LOC", "MISC"} {
		row(t, ours.micro(t), stock.micro(t))
	}
	row("micro PER/ORG/LOC", ours.micro("PERSON", "ORG", "LOC"), stock.micro("PERSON", "ORG", "LOC"))
	row("micro all 4", ours.micro("PERSON", "ORG", "LOC", "MISC"), stock.micro("PERSON", "ORG", "LOC", "MISC"))
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintln(w, "published test F1 (4 types, from eval/ner/README.md): CoNLL-2003 best (Florian et al. 2003) 88.76; Stanford CRF ~89; Stanza 92.1; Flair 93.1")
	return nil
}
