package structure

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/commentariat/commentariat/internal/testcorpus"
	"github.com/commentariat/commentariat/pipeline"
)

// TestGoldSections measures section agreement with the hand-made gold of
// ../shared/eval/commentary (skipped when it is absent). It reports; it
// asserts only the invariants. The gold is for measuring: rules are never
// fitted to it.
func TestGoldSections(t *testing.T) {
	dir := testcorpus.File(t, filepath.Join("eval", "commentary"))
	golds, _ := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if len(golds) == 0 {
		t.Skipf("no gold files in %s", dir)
	}
	s := newStage(t)
	var sumIoU float64
	var nGold, exact, titles int
	for _, gp := range golds {
		text, err := os.ReadFile(strings.TrimSuffix(gp, ".gold.json") + ".txt")
		if err != nil {
			t.Logf("%s: no text beside the gold: %v", filepath.Base(gp), err)
			continue
		}
		raw, err := os.ReadFile(gp)
		if err != nil {
			t.Fatal(err)
		}
		var g struct {
			Sections []struct {
				Title  string  `json:"title"`
				Start  int     `json:"start"`
				End    int     `json:"end"`
				Author *string `json:"author"`
			} `json:"sections"`
		}
		if err := json.Unmarshal(raw, &g); err != nil {
			t.Fatalf("reading %s: %v", gp, err)
		}
		doc := run(t, s, string(text))
		t.Logf("%s: %d gold sections, %d found", filepath.Base(gp), len(g.Sections), len(doc.Sections))
		for _, gs := range g.Sections {
			want := pipeline.Span{Start: gs.Start, End: gs.End}
			best, bestIoU := -1, 0.0
			for i, ds := range doc.Sections {
				if iou := spanIoU(want, ds.Span); iou > bestIoU {
					best, bestIoU = i, iou
				}
			}
			nGold++
			sumIoU += bestIoU
			line := fmt.Sprintf("  gold [%d,%d) %q", gs.Start, gs.End, gs.Title)
			if best < 0 {
				t.Log(line + ": no overlapping section")
				continue
			}
			ds := doc.Sections[best]
			if ds.Span == want {
				exact++
			}
			if ds.Title == gs.Title {
				titles++
			}
			var sig []string
			for _, l := range ds.Signature {
				sig = append(sig, l.Text)
			}
			author := "-"
			if gs.Author != nil {
				author = *gs.Author
			}
			t.Logf("%s -> section %d [%d,%d) %q IoU %.3f; author %q, signature %q",
				line, best, ds.Span.Start, ds.Span.End, ds.Title, bestIoU, author, sig)
		}
	}
	if nGold > 0 {
		t.Logf("sections: mean best IoU %.3f, exact spans %d/%d, titles %d/%d",
			sumIoU/float64(nGold), exact, nGold, titles, nGold)
	}
}

func spanIoU(a, b pipeline.Span) float64 {
	inter := a.Overlap(b)
	union := a.Len() + b.Len() - inter
	if union <= 0 {
		return 0
	}
	return float64(inter) / float64(union)
}

// TestNewsCorpus runs the stage over real news (the shared throughput
// corpus, skipped when absent): ordinary news is one unsigned piece, so
// more than one section should be rare. It asserts the invariants and
// reports the documents that did split. STRUCTURE_CORPUS_ALL=1 runs the
// whole corpus instead of the first 500 articles of each collection.
func TestNewsCorpus(t *testing.T) {
	s := newStage(t)
	n := 500
	if os.Getenv("STRUCTURE_CORPUS_ALL") != "" {
		n = 0 // every article
	}
	for _, rel := range []string{"corpus/reuters21578/reuters21578.jsonl", "corpus/bbc2005/bbc2005.jsonl"} {
		t.Run(filepath.Base(rel), func(t *testing.T) {
			arts := testcorpus.Articles(t, rel, n)
			multi, signed, headed, paras := 0, 0, 0, 0
			for _, a := range arts {
				doc := run(t, s, a.Text)
				paras += len(doc.Paragraphs)
				if doc.Header.Title != (pipeline.Span{}) || doc.Header.Date != (pipeline.Span{}) {
					headed++
				}
				for _, sec := range doc.Sections {
					if len(sec.Signature) > 0 {
						signed++
						if testing.Verbose() {
							t.Logf("%s: signature %q", a.ID, sec.Signature[0].Text)
						}
					}
				}
				if len(doc.Sections) > 1 {
					multi++
					if multi <= 5 {
						t.Logf("%s: %d sections, second %q at %d", a.ID, len(doc.Sections), doc.Sections[1].Title, doc.Sections[1].Span.Start)
					}
				}
			}
			t.Logf("%d articles: %d with more than one section, %d signature blocks, %d with a header, %.1f paragraphs per article",
				len(arts), multi, signed, headed, float64(paras)/float64(max(1, len(arts))))
			if multi*20 > len(arts) {
				t.Errorf("%d of %d news articles split into sections", multi, len(arts))
			}
		})
	}
}
