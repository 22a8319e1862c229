package sentiment

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/commentariat/commentariat/internal/testdoc"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/")

// TestGoldenKISI scores every sentence of the bundled example article and
// compares with testdata/kisi-2023-03-24.golden (regenerate with -update
// and read the diff).
func TestGoldenKISI(t *testing.T) {
	doc := testdoc.Analyse(t, testdoc.Example(t))
	r := analyzer(t).Score(doc)
	var b strings.Builder
	for i, s := range r.Sentences {
		text := strings.Join(strings.Fields(doc.Sentences[i].Span.In(doc.Text)), " ")
		if len(text) > 90 {
			text = text[:90] + "..."
		}
		fmt.Fprintf(&b, "%3d %+.3f %-8s c%+.2f p%d n%d h%d b%d | %s\n", i, s.Valence, s.Label, s.Certainty, s.Pos, s.Neg, s.Hedges, s.Boosters, text)
	}
	d := r.Document
	fmt.Fprintf(&b, "document %+.3f %s certainty %+.2f pos %d neg %d hedges %d boosters %d sentences %d toned %d\n",
		d.Valence, d.Label, d.Certainty, d.Pos, d.Neg, d.Hedges, d.Boosters, d.Sentences, d.Toned)
	testdoc.Golden(t, filepath.Join("testdata", "kisi-2023-03-24.golden"), b.String(), *update)
}

// TestEmbeddedLexicon checks that the generated lexicon parses, is sorted
// by term and source and has no duplicate rows, and that every extension
// row comes from a known source.
func TestEmbeddedLexicon(t *testing.T) {
	rows, err := parseLexicon()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) < 7000 {
		t.Fatalf("only %d rows", len(rows))
	}
	for i := 1; i < len(rows); i++ {
		a, b := rows[i-1], rows[i]
		if a.term > b.term || (a.term == b.term && a.source >= b.source) {
			t.Fatalf("rows %q/%s and %q/%s out of order or duplicated", a.term, a.source, b.term, b.source)
		}
	}
	for _, r := range rows {
		if r.source != "vader" && r.source != "afinn" && r.source != "politics" {
			t.Fatalf("row %q: unknown source %q", r.term, r.source)
		}
		if r.valence < -4 || r.valence > 4 {
			t.Fatalf("row %q: valence %v", r.term, r.valence)
		}
	}
	if _, err := certaintyTable(); err != nil {
		t.Fatal(err)
	}
}

// TestGenerateReproduces runs the generator into a temporary file and
// compares it with the committed data/lexicon.tsv byte for byte. It needs
// the pinned VADER module in the module cache (or the module proxy) and is
// skipped in -short mode.
func TestGenerateReproduces(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go run ./internal/build")
	}
	out := filepath.Join(t.TempDir(), "lexicon.tsv")
	cmd := exec.Command("go", "run", "./internal/build", "-out", out, "-politics", "data/politics.tsv")
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Skipf("generator could not run here (%v): %s", err, msg)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != lexiconTSV {
		t.Error("go generate does not reproduce data/lexicon.tsv: run go generate ./sentiment/... and commit the result")
	}
}
