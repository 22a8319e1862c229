package evaluate

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"text/tabwriter"

	"github.com/commentariat/commentariat/pipeline"
	"github.com/commentariat/commentariat/pipeline/language"
	"github.com/commentariat/commentariat/sentiment"
)

// toneCorpus is one file of eval/tone and VADER's figures for it.
type toneCorpus struct {
	name string
	// paperR and paperF1 are Hutto & Gilbert's (2014) Table 4; readmeR and
	// readmeF1 the README's reproduction with vader-sentiment 1.1.3.
	paperR, paperF1, readmeR, readmeF1 float64
}

var toneCorpora = []toneCorpus{
	{"nyt_editorials", 0.492, 0.55, 0.492, 0.548},
	{"movie_reviews", 0.451, 0.61, 0.418, 0.446},
	{"amazon_reviews", 0.565, 0.63, 0.572, 0.563},
	{"tweets", 0.881, 0.96, 0.879, 0.736},
}

// ToneMetrics is the agreement of one system with one corpus.
type ToneMetrics struct {
	N         int
	R         float64
	Precision float64
	Recall    float64
	F1        float64
}

// toneSystems are the analyzers compared: commentariat's default and its
// VADER-only mode.
type toneSystems struct {
	lang            *language.Stage
	ours, vaderOnly *sentiment.Analyzer
}

func newToneSystems() (*toneSystems, error) {
	lang, err := language.New()
	if err != nil {
		return nil, err
	}
	ours, err := sentiment.New()
	if err != nil {
		return nil, err
	}
	vaderOnly, err := sentiment.New(sentiment.WithVADER())
	if err != nil {
		return nil, err
	}
	return &toneSystems{lang, ours, vaderOnly}, nil
}

// Tone evaluates the tone analyzer on sharedDir/eval/tone (Pearson r and
// three-class precision, recall and F1 per corpus, for commentariat's
// default analyzer and its VADER-only mode, next to VADER's published
// figures) and on the hand-coded statements of
// sharedDir/eval/commentary (accuracy and Cohen's kappa), writing tables
// to w. It returns an error wrapping ErrNoData when the data is absent.
func Tone(ctx context.Context, sharedDir string, w io.Writer) error {
	return ToneWith(ctx, sharedDir, w, nil, "")
}

// ToneWith is Tone measuring ours in place of the default analyzer (nil:
// the default), such as one built from a user's own lexicon; about
// describes it in the output.
func ToneWith(ctx context.Context, sharedDir string, w io.Writer, ours *sentiment.Analyzer, about string) error {
	toneDir := filepath.Join(sharedDir, "eval", "tone")
	if _, err := os.Stat(filepath.Join(toneDir, "nyt_editorials.jsonl")); err != nil {
		return fmt.Errorf("tone evaluation: %s: %w", toneDir, ErrNoData)
	}
	sys, err := newToneSystems()
	if err != nil {
		return err
	}
	if ours != nil {
		sys.ours = ours
		fmt.Fprintf(w, "commentariat columns: the analyzer of %s\n", about)
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "corpus\tn\tr\tP\tR\tF1\tVADER-mode r\tF1\tREADME VADER r\tF1\tpaper VADER r\tF1\t")
	for _, c := range toneCorpora {
		ours, vader, err := sys.corpus(ctx, filepath.Join(toneDir, c.name+".jsonl"))
		if err != nil {
			return err
		}
		fmt.Fprintf(tw, "%s\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.2f\t\n",
			c.name, ours.N, ours.R, ours.Precision, ours.Recall, ours.F1, vader.R, vader.F1,
			c.readmeR, c.readmeF1, c.paperR, c.paperF1)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(w, "r: Pearson with the mean human rating / 4; P, R, F1: three classes, valence beyond ±%.2f (sentiment.Threshold, as the README defines them).\n", sentiment.Threshold)
	fmt.Fprintln(w, "commentariat: each sentence scored, snippet = its sentences aggregated as a document is (the product path); VADER mode: the snippet as one unit, VADER's lexicon and rules.")
	gold := filepath.Join(sharedDir, "eval", "commentary", "kisi-2023-03-24.gold.json")
	if _, err := os.Stat(gold); err != nil {
		fmt.Fprintf(w, "\ncommentary gold %s not present: skipped\n", gold)
		return nil
	}
	return sys.commentary(ctx, gold, w)
}

// corpus scores every snippet of a JSONL file.
func (s *toneSystems) corpus(ctx context.Context, path string) (ours, vader ToneMetrics, err error) {
	f, err := os.Open(path)
	if err != nil {
		return ours, vader, err
	}
	defer f.Close()
	var gold, a, b []float64
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for n := 1; sc.Scan(); n++ {
		var rec struct {
			Text  string  `json:"text"`
			Score float64 `json:"score"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return ours, vader, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		doc := &pipeline.Document{Text: rec.Text}
		if err := s.lang.Process(ctx, doc); err != nil {
			return ours, vader, err
		}
		gold = append(gold, rec.Score/4)
		// The product path: sentences scored and aggregated.
		a = append(a, s.ours.Score(doc).Document.Valence)
		// VADER scores a snippet as one unit of text.
		b = append(b, s.vaderOnly.Tokens(doc, 0, len(doc.Tokens)).Valence)
	}
	if err := sc.Err(); err != nil {
		return ours, vader, fmt.Errorf("reading %s: %w", path, err)
	}
	return metrics(gold, a), metrics(gold, b), nil
}

// metrics compares system scores with gold scores, both in [-1, 1].
func metrics(gold, sys []float64) ToneMetrics {
	g := make([]int, len(gold))
	p := make([]int, len(sys))
	for i := range gold {
		g[i], p[i] = class(gold[i]), class(sys[i])
	}
	m := ToneMetrics{N: len(gold), R: pearson(sys, gold)}
	m.Precision, m.Recall, m.F1 = prf(g, p)
	return m
}

// commentary compares the tone of each hand-coded statement with the
// label of its span.
func (s *toneSystems) commentary(ctx context.Context, goldPath string, w io.Writer) error {
	raw, err := os.ReadFile(goldPath)
	if err != nil {
		return err
	}
	var gold struct {
		ID         string `json:"id"`
		Statements []struct {
			Speaker string `json:"speaker"`
			Start   int    `json:"start"`
			End     int    `json:"end"`
			Tone    int    `json:"tone"`
		} `json:"statements"`
	}
	if err := json.Unmarshal(raw, &gold); err != nil {
		return fmt.Errorf("reading %s: %w", goldPath, err)
	}
	txtPath := filepath.Join(filepath.Dir(goldPath), gold.ID+".txt")
	text, err := os.ReadFile(txtPath)
	if err != nil {
		return err
	}
	doc := &pipeline.Document{Text: string(text)}
	doc.Paragraphs = paragraphs(doc.Text)
	if err := s.lang.Process(ctx, doc); err != nil {
		return err
	}
	fmt.Fprintf(w, "\ncommentary gold %s: %d statements\n", gold.ID, len(gold.Statements))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "system\taccuracy\tkappa\tgold -/0/+\tpredicted -/0/+\t")
	for _, sys := range []struct {
		name string
		a    *sentiment.Analyzer
	}{{"commentariat", s.ours}, {"VADER mode", s.vaderOnly}} {
		var g, p []int
		var gn, pn [classes]int
		for _, st := range gold.Statements {
			if st.Start < 0 || st.End > len(doc.Text) || st.Start > st.End || st.Tone < -1 || st.Tone > 1 {
				return fmt.Errorf("%s: statement [%d, %d) tone %d out of range", goldPath, st.Start, st.End, st.Tone)
			}
			sc := sys.a.Span(doc, pipeline.Span{Start: st.Start, End: st.End})
			g = append(g, st.Tone+1)
			p = append(p, class(sc.Valence))
			gn[st.Tone+1]++
			pn[class(sc.Valence)]++
		}
		acc, k := kappa(g, p)
		fmt.Fprintf(tw, "%s\t%.3f\t%.3f\t%d/%d/%d\t%d/%d/%d\t\n", sys.name, acc, k, gn[0], gn[1], gn[2], pn[0], pn[1], pn[2])
	}
	return tw.Flush()
}
