package entities

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

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
	raw, err := os.ReadFile(filepath.Join("..", "..", "examples", "kisi-2023-03-24.txt"))
	if err != nil {
		t.Fatal(err)
	}
	doc := analyse(t, string(raw))
	checkDoc(t, doc)
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
		t.Errorf("entities differ from %s (go test -update rewrites it):\n%s", golden, got)
	}
}
