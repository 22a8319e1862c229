package evaluate

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/commentariat/commentariat/extract/attribution"
	"github.com/commentariat/commentariat/internal/names"
	"github.com/commentariat/commentariat/pipeline"
	"github.com/commentariat/commentariat/pipeline/language"
	"github.com/commentariat/commentariat/pipeline/structure"
)

// Attribution evaluates the attribution stage on the hand-made gold of
// sharedDir/eval/commentary (statement precision, recall and F1, and
// speaker role and affiliation accuracy) and on PolNeAR
// (sharedDir/eval/attribution/polnear_<split>.jsonl, split "dev" or
// "test": precision, recall and F1 of content spans for direct, mixed and
// indirect attributions and over all, and speaker accuracy on the matched
// ones), writing tables to w. It returns an error wrapping ErrNoData when
// the data is absent.
//
// A predicted statement matches a gold one when their spans overlap by at
// least half of the longer span (and, on the commentary gold, their
// speakers agree); each gold statement matches at most one prediction.
// On PolNeAR, which annotates one relation per cue (its content may be
// discontinuous), the predicted statements that share a cue (the two
// halves of a quotation interrupted by "she said", or reported words
// and the quotation that completes them) are scored as one span.
func Attribution(ctx context.Context, sharedDir string, w io.Writer, split string) error {
	if split != "dev" && split != "test" {
		return fmt.Errorf("attribution evaluation: split %q: want dev or test", split)
	}
	polnear := filepath.Join(sharedDir, "eval", "attribution", "polnear_"+split+".jsonl")
	commentary := filepath.Join(sharedDir, "eval", "commentary", "kisi-2023-03-24.gold.json")
	_, errP := os.Stat(polnear)
	_, errC := os.Stat(commentary)
	if errP != nil && errC != nil {
		return fmt.Errorf("attribution evaluation: %s: %w", filepath.Join(sharedDir, "eval"), ErrNoData)
	}
	stages, err := attributionStages()
	if err != nil {
		return err
	}
	if errC == nil {
		if err := commentaryAttribution(ctx, stages, commentary, w); err != nil {
			return err
		}
	} else {
		fmt.Fprintf(w, "commentary gold %s not present: skipped\n", commentary)
	}
	if errP != nil {
		fmt.Fprintf(w, "\nPolNeAR %s not present: skipped\n", polnear)
		return nil
	}
	return polnearAttribution(ctx, stages, polnear, w)
}

// attributionStages returns the stages attribution needs, in order.
func attributionStages() ([]pipeline.Stage, error) {
	return withBackbone(func() (pipeline.Stage, error) { return attribution.New() })
}

// withBackbone returns new structure and language stages followed by the
// stages the constructors build, in order.
func withBackbone(more ...func() (pipeline.Stage, error)) ([]pipeline.Stage, error) {
	st, err := structure.New()
	if err != nil {
		return nil, err
	}
	lang, err := language.New()
	if err != nil {
		return nil, err
	}
	stages := []pipeline.Stage{st, lang}
	for _, m := range more {
		s, err := m()
		if err != nil {
			return nil, err
		}
		stages = append(stages, s)
	}
	return stages, nil
}

// runStages analyses text.
func runStages(ctx context.Context, stages []pipeline.Stage, text string) (*pipeline.Document, error) {
	doc := &pipeline.Document{Text: text}
	for _, s := range stages {
		if err := s.Process(ctx, doc); err != nil {
			return nil, fmt.Errorf("%s stage: %w", s.Name(), err)
		}
	}
	return doc, nil
}

// PRF is a precision, recall and F1 with the counts behind them.
type PRF struct {
	Gold, Pred, Matched int
	P, R, F1            float64
}

// newPRF computes precision, recall and F1 from counts; matched counts
// both the gold items and the predictions that matched (one to one).
func newPRF(gold, pred, matched int) PRF {
	m := PRF{Gold: gold, Pred: pred, Matched: matched}
	if pred > 0 {
		m.P = float64(matched) / float64(pred)
	}
	if gold > 0 {
		m.R = float64(matched) / float64(gold)
	}
	if m.P+m.R > 0 {
		m.F1 = 2 * m.P * m.R / (m.P + m.R)
	}
	return m
}

// halfOverlap reports whether two spans overlap by at least half of the
// longer one.
func halfOverlap(a, b pipeline.Span) bool {
	longer := max(a.Len(), b.Len())
	return longer > 0 && 2*a.Overlap(b) >= longer
}

// matchSpans pairs gold and predicted spans one to one: each gold span, in
// order, takes the unmatched prediction it overlaps most among those that
// overlap it by half of the longer span and that ok allows. It returns,
// for each gold span, the index of its prediction or -1.
func matchSpans(gold, pred []pipeline.Span, ok func(g, p int) bool) []int {
	out := make([]int, len(gold))
	used := make([]bool, len(pred))
	for g := range gold {
		out[g] = -1
		best := 0
		for p := range pred {
			if used[p] || !halfOverlap(gold[g], pred[p]) || ok != nil && !ok(g, p) {
				continue
			}
			if o := gold[g].Overlap(pred[p]); o > best {
				best, out[g] = o, p
			}
		}
		if out[g] >= 0 {
			used[out[g]] = true
		}
	}
	return out
}

// sameName reports whether two names denote the same speaker: equal
// person keys, equal name keys, or the words of one (two words at least)
// all among the words of the other ("Senior Expert, KISI" and "Senior
// Expert, KISI under the President").
func sameName(a, b string) bool {
	if ka, kb := names.PersonKey(a), names.PersonKey(b); ka != "" && ka == kb {
		return true
	}
	ka, kb := strings.Fields(names.Key(a)), strings.Fields(names.Key(b))
	if len(ka) == 0 || len(kb) == 0 {
		return false
	}
	if len(ka) > len(kb) {
		ka, kb = kb, ka
	}
	if len(ka) < 2 && len(kb) != len(ka) {
		return false
	}
	set := map[string]bool{}
	for _, w := range kb {
		set[w] = true
	}
	for _, w := range ka {
		if !set[w] {
			return false
		}
	}
	return true
}

// sameText reports whether two roles or affiliations agree: equal when
// folded, or the words of one a contiguous part of the other
// ("head" and "head of the Center for Electoral Training").
func sameText(a, b string) bool {
	fa := " " + strings.Join(strings.Fields(strings.ToLower(a)), " ") + " "
	fb := " " + strings.Join(strings.Fields(strings.ToLower(b)), " ") + " "
	if strings.TrimSpace(fa) == "" || strings.TrimSpace(fb) == "" {
		return false
	}
	return strings.Contains(fa, fb) || strings.Contains(fb, fa)
}

// anySame reports whether some predicted value agrees with gold.
func anySame(pred []string, gold string) bool {
	for _, p := range pred {
		if sameText(p, gold) {
			return true
		}
	}
	return false
}

// commentaryGold is the hand-made gold of one article.
type commentaryGold struct {
	ID       string `json:"id"`
	Speakers []struct {
		Name        string   `json:"name"`
		Aliases     []string `json:"aliases"`
		Role        *string  `json:"role"`
		Affiliation *string  `json:"affiliation"`
	} `json:"speakers"`
	Statements []struct {
		Speaker string `json:"speaker"`
		Kind    string `json:"kind"`
		Start   int    `json:"start"`
		End     int    `json:"end"`
	} `json:"statements"`
}

// speakerMatches reports whether a predicted speaker is the gold speaker
// with the given name and aliases.
func speakerMatches(sp pipeline.Speaker, gold string, aliases []string) bool {
	for _, p := range append([]string{sp.Name}, sp.Aliases...) {
		for _, g := range append([]string{gold}, aliases...) {
			if sameName(p, g) {
				return true
			}
		}
	}
	return false
}

// commentaryAttribution scores the stage on one hand-made gold file.
func commentaryAttribution(ctx context.Context, stages []pipeline.Stage, goldPath string, w io.Writer) error {
	raw, err := os.ReadFile(goldPath)
	if err != nil {
		return err
	}
	var gold commentaryGold
	if err := json.Unmarshal(raw, &gold); err != nil {
		return fmt.Errorf("reading %s: %w", goldPath, err)
	}
	txtPath := filepath.Join(filepath.Dir(goldPath), gold.ID+".txt")
	text, err := os.ReadFile(txtPath)
	if err != nil {
		return err
	}
	doc, err := runStages(ctx, stages, string(text))
	if err != nil {
		return fmt.Errorf("%s: %w", txtPath, err)
	}
	aliases := map[string][]string{}
	for _, s := range gold.Speakers {
		aliases[s.Name] = s.Aliases
	}
	gs := make([]pipeline.Span, len(gold.Statements))
	for i, st := range gold.Statements {
		if st.Start < 0 || st.End > len(doc.Text) || st.Start > st.End {
			return fmt.Errorf("%s: statement %d [%d, %d) out of range", goldPath, i, st.Start, st.End)
		}
		gs[i] = pipeline.Span{Start: st.Start, End: st.End}
	}
	ps := make([]pipeline.Span, len(doc.Statements))
	for i, st := range doc.Statements {
		ps[i] = st.Span
	}
	m := matchSpans(gs, ps, func(g, p int) bool {
		sp := doc.Statements[p].Speaker
		return sp >= 0 && speakerMatches(doc.Speakers[sp], gold.Statements[g].Speaker, aliases[gold.Statements[g].Speaker])
	})
	matched := 0
	kindGold, kindMatched := map[string]int{}, map[string]int{}
	for g, p := range m {
		kindGold[gold.Statements[g].Kind]++
		if p >= 0 {
			matched++
			kindMatched[gold.Statements[g].Kind]++
		}
	}
	all := newPRF(len(gs), len(ps), matched)
	fmt.Fprintf(w, "commentary gold %s: %d statements, %d speakers\n", gold.ID, len(gs), len(gold.Speakers))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "statements\tgold\tpredicted\tmatched\tP\tR\tF1\t")
	fmt.Fprintf(tw, "all\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\t\n", all.Gold, all.Pred, all.Matched, all.P, all.R, all.F1)
	for _, k := range []string{pipeline.Direct, pipeline.Indirect, pipeline.Authored} {
		fmt.Fprintf(tw, "%s (recall)\t%d\t\t%d\t\t%.3f\t\t\n", k, kindGold[k], kindMatched[k], ratio(kindMatched[k], kindGold[k]))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	var found, roleN, roleOK, affN, affOK int
	for _, gsp := range gold.Speakers {
		var pred *pipeline.Speaker
		for i := range doc.Speakers {
			if speakerMatches(doc.Speakers[i], gsp.Name, gsp.Aliases) {
				pred = &doc.Speakers[i]
				break
			}
		}
		if pred != nil {
			found++
		}
		if gsp.Role != nil {
			roleN++
			if pred != nil && anySame(pred.Roles, *gsp.Role) {
				roleOK++
			}
		}
		if gsp.Affiliation != nil {
			affN++
			if pred != nil && anySame(pred.Affiliations, *gsp.Affiliation) {
				affOK++
			}
		}
	}
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "speakers\tgold\tpredicted\tfound\trole acc\taffiliation acc\t")
	fmt.Fprintf(tw, "\t%d\t%d\t%d\t%.3f (%d/%d)\t%.3f (%d/%d)\t\n", len(gold.Speakers), len(doc.Speakers), found,
		ratio(roleOK, roleN), roleOK, roleN, ratio(affOK, affN), affOK, affN)
	return tw.Flush()
}

// ratio returns a/b, or 0 when b is 0.
func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// polnearRecord is one article of the PolNeAR evaluation files.
type polnearRecord struct {
	ID     string `json:"id"`
	Text   string `json:"text"`
	Quotes []struct {
		Start        int      `json:"start"`
		End          int      `json:"end"`
		Speaker      *string  `json:"speaker"`
		SpeakerSpans [][2]int `json:"speaker_spans"`
		Kind         string   `json:"kind"`
	} `json:"quotes"`
}

// relation is a predicted attribution relation: statements sharing a
// cue, merged.
type relation struct {
	span, speakerSpan pipeline.Span
	kind, name        string
}

// relations merges a document's statements into relations.
func relations(doc *pipeline.Document) []relation {
	var out []relation
	byCue := map[[2]int]int{}
	for _, st := range doc.Statements {
		name := ""
		if st.Speaker >= 0 && st.Speaker < len(doc.Speakers) {
			name = doc.Speakers[st.Speaker].Name
		}
		key := [2]int{st.CueSpan.Start, st.CueSpan.End}
		if i, ok := byCue[key]; ok && !st.CueSpan.Empty() {
			r := &out[i]
			r.span.Start = min(r.span.Start, st.Span.Start)
			r.span.End = max(r.span.End, st.Span.End)
			if r.speakerSpan.Empty() {
				r.speakerSpan = st.SpeakerSpan
			}
			if r.kind != st.Kind {
				// A quotation and reported words around it: one mixed
				// relation.
				r.kind = pipeline.Indirect
			}
			continue
		}
		byCue[key] = len(out)
		out = append(out, relation{span: st.Span, speakerSpan: st.SpeakerSpan, kind: st.Kind, name: name})
	}
	return out
}

// quoteKind classifies a predicted relation as PolNeAR derives its kinds:
// direct when quoted, mixed when it holds a quotation mark.
func quoteKind(text string, r relation) string {
	if r.kind == pipeline.Direct {
		return "direct"
	}
	if strings.ContainsAny(r.span.In(text), "\"“”«»") {
		return "mixed"
	}
	return "indirect"
}

// polnearKinds are PolNeAR's relation kinds in table order.
var polnearKinds = []string{"direct", "mixed", "indirect"}

// polnearAttribution scores the stage on one PolNeAR file.
func polnearAttribution(ctx context.Context, stages []pipeline.Stage, path string, w io.Writer) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	gold, pred, matched := map[string]int{}, map[string]int{}, map[string]int{}
	spkN, spkOK := map[string]int{}, map[string]int{}
	docs := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for n := 1; sc.Scan(); n++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		var rec polnearRecord
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
		docs++
		doc, err := runStages(ctx, stages, rec.Text)
		if err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
		rels := relations(doc)
		gs := make([]pipeline.Span, len(rec.Quotes))
		for i, q := range rec.Quotes {
			gs[i] = pipeline.Span{Start: q.Start, End: q.End}
			gold[q.Kind]++
		}
		ps := make([]pipeline.Span, len(rels))
		for i, r := range rels {
			ps[i] = r.span
		}
		m := matchSpans(gs, ps, nil)
		predKind := make([]string, len(rels))
		for i, r := range rels {
			predKind[i] = quoteKind(rec.Text, r)
		}
		for g, p := range m {
			if p < 0 {
				continue
			}
			q := rec.Quotes[g]
			predKind[p] = q.Kind
			matched[q.Kind]++
			if q.Speaker == nil {
				continue
			}
			spkN[q.Kind]++
			if speakerRight(rels[p], *q.Speaker, q.SpeakerSpans) {
				spkOK[q.Kind]++
			}
		}
		for _, k := range predKind {
			pred[k]++
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("reading %s: %w", path, err)
	}
	fmt.Fprintf(w, "\nPolNeAR %s: %d articles\n", filepath.Base(path), docs)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "kind\tgold\tpredicted\tmatched\tP\tR\tF1\tspeaker acc\t")
	var tg, tp, tm, tn, tok int
	for _, k := range polnearKinds {
		m := newPRF(gold[k], pred[k], matched[k])
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t\n", k, m.Gold, m.Pred, m.Matched, m.P, m.R, m.F1, ratio(spkOK[k], spkN[k]))
		tg, tp, tm, tn, tok = tg+gold[k], tp+pred[k], tm+matched[k], tn+spkN[k], tok+spkOK[k]
	}
	dm := newPRF(gold["direct"]+gold["mixed"], pred["direct"]+pred["mixed"], matched["direct"]+matched["mixed"])
	fmt.Fprintf(tw, "direct+mixed\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t\n", dm.Gold, dm.Pred, dm.Matched, dm.P, dm.R, dm.F1,
		ratio(spkOK["direct"]+spkOK["mixed"], spkN["direct"]+spkN["mixed"]))
	all := newPRF(tg, tp, tm)
	fmt.Fprintf(tw, "all\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t\n", all.Gold, all.Pred, all.Matched, all.P, all.R, all.F1, ratio(tok, tn))
	return tw.Flush()
}

// speakerRight reports whether a matched relation names the gold source:
// its speaker's words overlap a gold source span, or its speaker's
// canonical name contains the gold source text.
func speakerRight(r relation, gold string, spans [][2]int) bool {
	for _, s := range spans {
		if r.speakerSpan.Overlap(pipeline.Span{Start: s[0], End: s[1]}) > 0 {
			return true
		}
	}
	g := strings.ToLower(strings.TrimSpace(gold))
	return g != "" && r.name != "" && strings.Contains(strings.ToLower(r.name), g)
}
