package evaluate

import (
	"bufio"
	"context"
	"errors"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/commentariat/commentariat/internal/testcorpus"
)

func TestMetrics(t *testing.T) {
	if r := pearson([]float64{1, 2, 3}, []float64{2, 4, 6}); math.Abs(r-1) > 1e-12 {
		t.Errorf("pearson = %v, want 1", r)
	}
	// gold: -, 0, +, +; pred: -, +, +, 0
	p, r, f := prf([]int{0, 1, 2, 2}, []int{0, 2, 2, 1})
	// per class precision 1, 0, 0.5; recall 1, 0, 0.5
	if math.Abs(p-0.5) > 1e-12 || math.Abs(r-0.5) > 1e-12 || math.Abs(f-0.5) > 1e-12 {
		t.Errorf("prf = %v %v %v", p, r, f)
	}
	acc, k := kappa([]int{0, 1, 2, 2}, []int{0, 1, 2, 2})
	if acc != 1 || k != 1 {
		t.Errorf("kappa of identical labels = %v %v", acc, k)
	}
	if got := class(0.05); got != 1 {
		t.Errorf("class(0.05) = %d, want neutral", got)
	}
}

func TestParagraphs(t *testing.T) {
	text := "Title\n\n  Body one\nline two.\n\n\nLast."
	var got []string
	for _, p := range paragraphs(text) {
		got = append(got, p.In(text))
	}
	if strings.Join(got, "|") != "Title|Body one\nline two.|Last." {
		t.Errorf("paragraphs = %q", got)
	}
}

func TestToneNoData(t *testing.T) {
	err := Tone(context.Background(), t.TempDir(), &strings.Builder{})
	if !errors.Is(err, ErrNoData) {
		t.Errorf("Tone on empty dir: %v, want ErrNoData", err)
	}
}

// TestVADEROutputsMetric checks the metric code against the README's
// "Reproduced here" figures when a file of vader-sentiment 1.1.3 outputs
// ({"gold":..., "sys":...} per line) is named by $COMMENTARIAT_VADER_REF.
func TestVADEROutputsMetric(t *testing.T) {
	path := os.Getenv("COMMENTARIAT_VADER_REF")
	if path == "" {
		t.Skip("set COMMENTARIAT_VADER_REF to a JSONL file of vader-sentiment outputs")
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var gold, sys []float64
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var g, s float64
		line := sc.Text()
		if _, err := fmtSscan(line, &g, &s); err != nil {
			t.Fatal(err)
		}
		gold = append(gold, g/4)
		sys = append(sys, s)
	}
	m := metrics(gold, sys)
	t.Logf("%s: n %d r %.3f P %.3f R %.3f F1 %.3f", filepath.Base(path), m.N, m.R, m.Precision, m.Recall, m.F1)
}

func TestToneEval(t *testing.T) {
	if testing.Short() {
		t.Skip("evaluation runs the language stage on 24,000 snippets")
	}
	shared := testcorpus.Shared(t)
	var out strings.Builder
	err := Tone(context.Background(), shared, &out)
	if errors.Is(err, ErrNoData) {
		t.Skip(err)
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + out.String())
	// A sanity floor far below the targets (r ≥ 0.55), so that a broken
	// analyzer shows; not a target.
	for _, line := range strings.Split(out.String(), "\n") {
		f := strings.Fields(line)
		if len(f) > 3 && f[0] == "nyt_editorials" {
			var r float64
			if _, err := fmtSscan(f[2]+" 0", &r, new(float64)); err != nil || r < 0.3 {
				t.Errorf("editorials r = %s, below the sanity floor 0.3", f[2])
			}
		}
	}
}
