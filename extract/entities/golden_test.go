package entities

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

// render writes a document's entities and mentions as readable text.
func render(doc *pipeline.Document) string {
	var b strings.Builder
	for i, e := range doc.Entities {
		fmt.Fprintf(&b, "entity %d %s %-6s %q aliases=%q\n", i, e.ID, e.Type, e.Name, e.Aliases)
	}
	for _, m := range doc.Mentions {
		fmt.Fprintf(&b, "mention [%d,%d) s%d e%d %-6s %q\n", m.Span.Start, m.Span.End, m.Sentence, m.Entity, m.Type, m.Span.In(doc.Text))
	}
	return b.String()
}

func TestGoldenExample(t *testing.T) {
	doc := analyse(t, testdoc.Example(t))
	checkDoc(t, doc)
	testdoc.Golden(t, filepath.Join("testdata", "kisi-2023-03-24.golden"), render(doc), *update)
}
