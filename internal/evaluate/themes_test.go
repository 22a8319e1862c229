package evaluate

import (
	"context"
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/commentariat/commentariat/internal/testcorpus"
)

func TestThemeSetMetrics(t *testing.T) {
	c := compareSets([]string{"a", "b", "c", "d"}, []string{"a", "b", "e"})
	if c.tp != 2 || c.fp != 1 || c.fn != 2 {
		t.Fatalf("counts = %+v", c)
	}
	p, r, f := c.prf()
	if math.Abs(p-2.0/3) > 1e-12 || math.Abs(r-0.5) > 1e-12 || math.Abs(f-4.0/7) > 1e-12 {
		t.Errorf("prf = %v %v %v", p, r, f)
	}
	if strings.Join(c.missed, ",") != "c,d" || strings.Join(c.extra, ",") != "e" {
		t.Errorf("missed %v extra %v", c.missed, c.extra)
	}
	if p, r, f := (setCounts{}).prf(); p != 0 || r != 0 || f != 0 {
		t.Errorf("empty prf = %v %v %v", p, r, f)
	}
}

func TestAtK(t *testing.T) {
	gold := map[string]bool{"a": true, "b": true, "c": true, "d": true}
	// duplicates count once; only the first k count
	p, r, f := atK(gold, []string{"a", "a", "x", "b", "c"}, 4)
	if math.Abs(p-0.5) > 1e-12 || math.Abs(r-0.5) > 1e-12 || math.Abs(f-0.5) > 1e-12 {
		t.Errorf("atK = %v %v %v", p, r, f)
	}
	// fewer predictions than k still divide by k
	if p, _, _ := atK(gold, []string{"a"}, 10); math.Abs(p-0.1) > 1e-12 {
		t.Errorf("P@10 of one hit = %v", p)
	}
}

func TestStemPhrase(t *testing.T) {
	for in, want := range map[string]string{
		"Competitive Elections": "competit elect",
		"  the U.S. ":           "the u.s.",
		"Anton's":               "anton",
		"...":                   "",
	} {
		if got := stemPhrase(in); got != want {
			t.Errorf("stemPhrase(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestThemesNoData(t *testing.T) {
	err := Themes(context.Background(), t.TempDir(), &strings.Builder{})
	if !errors.Is(err, ErrNoData) {
		t.Errorf("Themes on empty dir: %v, want ErrNoData", err)
	}
}

// TestThemesEval prints the theme evaluation (go test -v -run
// TestThemesEval ./internal/evaluate).
func TestThemesEval(t *testing.T) {
	if testing.Short() {
		t.Skip("evaluation skipped in -short mode")
	}
	shared := testcorpus.Shared(t)
	var out strings.Builder
	if err := Themes(context.Background(), shared, &out); err != nil {
		if errors.Is(err, ErrNoData) {
			t.Skip(err)
		}
		t.Fatal(err)
	}
	t.Log("\n" + out.String())
}
