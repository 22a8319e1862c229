package themes

import (
	"flag"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/commentariat/commentariat/internal/testdoc"
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
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	doc := testdoc.Analyse(t, testdoc.Example(t), s)
	testdoc.Golden(t, filepath.Join("testdata", "kisi-2023-03-24.golden"), render(doc), *update)
}
