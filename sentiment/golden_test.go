package sentiment

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/commentariat/commentariat/pipeline"
	"github.com/commentariat/commentariat/pipeline/language"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/")

// TestGoldenKISI scores every sentence of the bundled example article and
// compares with testdata/kisi-2023-03-24.golden (regenerate with -update
// and read the diff).
func TestGoldenKISI(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "examples", "kisi-2023-03-24.txt"))
	if err != nil {
		t.Fatal(err)
	}
	// Paragraphs at blank lines, as the structure stage finds them.
	text := string(raw)
	doc := &pipeline.Document{Text: text}
	for start := 0; start < len(text); {
		end := strings.Index(text[start:], "\n\n")
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if p := strings.TrimSpace(text[start:end]); p != "" {
			off := start + strings.Index(text[start:end], p)
			doc.Paragraphs = append(doc.Paragraphs, pipeline.Span{Start: off, End: off + len(p)})
		}
		start = end + 2
	}
	langOnce.Do(func() { langStage, langErr = language.New() })
	if langErr != nil {
		t.Fatal(langErr)
	}
	if err := langStage.Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
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
	golden := filepath.Join("testdata", "kisi-2023-03-24.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if b.String() != string(want) {
		t.Errorf("scores differ from %s (run go test -update and check the diff):\n%s", golden, b.String())
	}
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
