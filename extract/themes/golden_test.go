package themes

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/commentariat/commentariat/pipeline"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// render writes a document's theme hits, document and section scores and
// key terms as readable text.
func render(doc *pipeline.Document) string {
	var b strings.Builder
	for _, h := range doc.ThemeHits {
		fmt.Fprintf(&b, "hit %s %q [%d,%d) s%d %q\n", h.Theme, h.Term, h.Span.Start, h.Span.End, h.Sentence, h.Span.In(doc.Text))
	}
	for _, s := range Scores(doc) {
		fmt.Fprintf(&b, "score %s sec=%d st=%d %s hits=%d tokens=%d rate=%.2f present=%v terms=%q\n",
			s.Level, s.Section, s.Statement, s.Theme, s.Hits, s.Tokens, s.Rate, s.Present(), s.Terms)
	}
	for i, k := range doc.KeyTerms {
		fmt.Fprintf(&b, "keyterm %d %q stem=%q score=%.4f count=%d\n", i+1, k.Term, k.Stem, k.Score, k.Count)
	}
	return b.String()
}

// TestGoldenExample runs the stage on the example article (a fixture; the
// dictionary is not derived from it) and compares with
// testdata/kisi-2023-03-24.golden.
func TestGoldenExample(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "..", "examples", "kisi-2023-03-24.txt"))
	if err != nil {
		t.Fatal(err)
	}
	doc := analyse(t, string(raw))
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	got := render(doc)
	golden := filepath.Join("testdata", "kisi-2023-03-24.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("themes differ from %s (go test -update rewrites it):\n%s", golden, got)
	}
}
