package attribution

import (
	"testing"
	"unicode/utf8"

	"github.com/commentariat/commentariat/pipeline"
)

// checkDoc reports every span of the stage's output that does not fit the
// text, every speaker index out of range, and overlapping statements other
// than signed pieces.
func checkDoc(t *testing.T, doc *pipeline.Document) {
	t.Helper()
	valid := func(what string, sp pipeline.Span) {
		if sp.Start < 0 || sp.End > len(doc.Text) || sp.Start > sp.End {
			t.Fatalf("%s span %v outside text of %d bytes", what, sp, len(doc.Text))
		}
	}
	lastEnd := -1
	for i, st := range doc.Statements {
		valid("statement", st.Span)
		valid("cue", st.CueSpan)
		valid("speaker", st.SpeakerSpan)
		if st.Span.Empty() {
			t.Fatalf("statement %d is empty", i)
		}
		if st.Speaker < -1 || st.Speaker >= len(doc.Speakers) {
			t.Fatalf("statement %d: speaker %d of %d", i, st.Speaker, len(doc.Speakers))
		}
		if st.Kind != pipeline.Direct && st.Kind != pipeline.Indirect && st.Kind != pipeline.Authored {
			t.Fatalf("statement %d: kind %q", i, st.Kind)
		}
		if st.Kind == pipeline.Authored {
			continue
		}
		if st.Span.Start < lastEnd {
			t.Fatalf("statement %d %v overlaps the one before (ends %d)", i, st.Span, lastEnd)
		}
		lastEnd = st.Span.End
	}
	for _, sp := range doc.Speakers {
		if sp.ID == "" || sp.Name == "" {
			t.Fatalf("speaker %+v without id or name", sp)
		}
		for _, m := range sp.Mentions {
			valid("mention", m)
		}
	}
}

func FuzzAttribution(f *testing.F) {
	for _, s := range []string{
		`"The budget will pass," said Marta Olsen.`,
		"According to Erlan Bekov, the reform will take five years.\n\n\"It is slow,\" he said.",
		"“Unclosed quote said he\n\n“and another",
		"\"\"\"\", said , said said.",
		"Title\n\nBody text that is long enough to be prose, said nobody.\n\nJane Doe\nSenior Expert\nInstitute of Things",
		"« » „ “ ” — said X.",
		"Mike Pence spoke.\n\n\"PENCE: Well, look.\n\n\"WALLACE: Sir?\n\n\"More words.\n\n\"(CROSSTALK.)\n\nSEN. X: Y",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		checkDoc(t, analyse(t, text))
	})
}
