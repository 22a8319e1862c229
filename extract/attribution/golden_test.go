package attribution

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

// render writes a document's statements and speakers as readable text.
func render(doc *pipeline.Document) string {
	var b strings.Builder
	for _, sp := range doc.Speakers {
		fmt.Fprintf(&b, "speaker %s %s %q aliases=%q roles=%q affiliations=%q mentions=%d\n",
			sp.ID, sp.Kind, sp.Name, sp.Aliases, sp.Roles, sp.Affiliations, len(sp.Mentions))
	}
	for _, st := range doc.Statements {
		name := speakerName(doc, st)
		text := st.Span.In(doc.Text)
		if len(text) > 90 {
			text = text[:40] + " ... " + text[len(text)-40:]
		}
		fmt.Fprintf(&b, "%s [%d,%d) s%d %q as %q cue %q [%d,%d): %q\n", st.Kind, st.Span.Start, st.Span.End,
			st.Section, name, st.SpeakerText, st.Cue, st.CueSpan.Start, st.CueSpan.End, text)
	}
	return b.String()
}

func TestGoldenExample(t *testing.T) {
	got := render(analyse(t, testdoc.Example(t)))
	testdoc.Golden(t, filepath.Join("testdata", "kisi-2023-03-24.golden"), got, *update)
}
