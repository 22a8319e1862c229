package attribution

import (
	"context"
	"testing"

	"github.com/commentariat/commentariat/pipeline"
)

// want is one expected statement: its kind, content, canonical speaker
// name (empty for none) and cue.
type want struct {
	kind, content, speaker, cue string
}

func TestPatterns(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"said after quote", `"The budget will pass in May," said Marta Olsen.`,
			[]want{{pipeline.Direct, "The budget will pass in May,", "Marta Olsen", "said"}}},
		{"name said after quote", `“We will not raise taxes,” Pavel Orlov said.`,
			[]want{{pipeline.Direct, "We will not raise taxes,", "Pavel Orlov", "said"}}},
		{"guillemets", `«The border stays open,» said Aliya Serikova.`,
			[]want{{pipeline.Direct, "The border stays open,", "Aliya Serikova", "said"}}},
		{"colon before quote", `Dana Ivers said: "The vote was fair and the count was quick."`,
			[]want{{pipeline.Direct, "The vote was fair and the count was quick.", "Dana Ivers", "said"}}},
		{"according to", `According to Erlan Bekov, the reform will take five years.`,
			[]want{{pipeline.Indirect, "the reform will take five years.", "Erlan Bekov", "according to"}}},
		{"according to after", `The reform will take five years, according to Erlan Bekov.`,
			[]want{{pipeline.Indirect, "The reform will take five years", "Erlan Bekov", "according to"}}},
		{"believes that", `Analyst Rosa Lind believes that turnout will fall.`,
			[]want{{pipeline.Indirect, "turnout will fall.", "Rosa Lind", "believes"}}},
		{"expressed the hope", `Omar Haddad expressed the hope that talks will resume soon.`,
			[]want{{pipeline.Indirect, "talks will resume soon.", "Omar Haddad", "expressed"}}},
		{"postposed said", `The plan is too expensive for small towns, Greta Holm said.`,
			[]want{{pipeline.Indirect, "The plan is too expensive for small towns", "Greta Holm", "said"}}},
		{"inverted said", `The plan is too expensive for small towns, said Greta Holm.`,
			[]want{{pipeline.Indirect, "The plan is too expensive for small towns", "Greta Holm", "said"}}},
		{"apposition role", `Ivan Petrov, director of the Centre for Policy Studies, said that prices will rise.`,
			[]want{{pipeline.Indirect, "prices will rise.", "Ivan Petrov", "said"}}},
		{"no cue, scare quote", `The so-called "reset" of the party began last year.`, nil},
		{"passive is not a cue", `It was noted that the hall was full.`, nil},
		{"what X says", `Nobody knows what Lena Berg says about the plan.`, nil},
		{"descriptor resolves", "Kamila Nurova, a sociologist, said that young people rarely vote.\n\n\"They do not trust parties,\" the expert added.",
			[]want{
				{pipeline.Indirect, "young people rarely vote.", "Kamila Nurova", "said"},
				{pipeline.Direct, "They do not trust parties,", "Kamila Nurova", "added"},
			}},
		{"pronoun resolves", "Tom Reyes said the mayor would resign.\n\n\"It is only a matter of time,\" he said.",
			[]want{
				{pipeline.Indirect, "the mayor would resign.", "Tom Reyes", "said"},
				{pipeline.Direct, "It is only a matter of time,", "Tom Reyes", "said"},
			}},
		{"pronoun before any speaker", "Maria Lenz arrived late at the hearing.\n\n\"We were stuck in traffic for an hour,\" she said.",
			[]want{{pipeline.Direct, "We were stuck in traffic for an hour,", "Maria Lenz", "said"}}},
		{"interrupted quote", `"Prices rose," said Ana Pike, "and wages did not."`,
			[]want{
				{pipeline.Direct, "Prices rose,", "Ana Pike", "said"},
				{pipeline.Direct, "and wages did not.", "Ana Pike", "said"},
			}},
		{"said that with a quoted phrase", `Leo Hart said that the plan was "dead on arrival" in the Senate.`,
			[]want{{pipeline.Indirect, "the plan was \"dead on arrival\" in the Senate.", "Leo Hart", "said"}}},
		{"introduced quote carries speaker", "Economist Mira Sol said, in turn, that growth will slow.\n\n\"Exports are down and credit is tight this year.\"",
			[]want{
				{pipeline.Indirect, "growth will slow.", "Mira Sol", "said"},
				{pipeline.Direct, "Exports are down and credit is tight this year.", "Mira Sol", "said"},
			}},
		{"quote over two paragraphs", "\"The first part of the speech was long.\n\n\"The second part was short,\" said Joe Quill.",
			[]want{{pipeline.Direct, "The first part of the speech was long.\n\n\"The second part was short,", "Joe Quill", "said"}}},
		{"transliteration variants", "Arman Tazhibayev said the court is independent.\n\n\"We trust it,\" Tazhibaev said.",
			[]want{
				{pipeline.Indirect, "the court is independent.", "Arman Tazhibayev", "said"},
				{pipeline.Direct, "We trust it,", "Arman Tazhibayev", "said"},
			}},
		{"dash signature", `"Voting is a habit, not an event." — Nell Carter`,
			[]want{{pipeline.Direct, "Voting is a habit, not an event.", "Nell Carter", "—"}}},
		{"called with a quote", `Senator Amy Dole called the bill "a gift to lobbyists."`,
			[]want{{pipeline.Indirect, "the bill \"a gift to lobbyists.\"", "Amy Dole", "called"}}},
		{"called without a quote", `Senator Amy Dole called the meeting to order.`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := analyse(t, tt.text)
			if len(doc.Statements) != len(tt.want) {
				t.Fatalf("%d statements, want %d:\n%s", len(doc.Statements), len(tt.want), render(doc))
			}
			for i, w := range tt.want {
				st := doc.Statements[i]
				name := ""
				if st.Speaker >= 0 {
					name = doc.Speakers[st.Speaker].Name
				}
				if st.Kind != w.kind || st.Span.In(doc.Text) != w.content || name != w.speaker || st.Cue != w.cue {
					t.Errorf("statement %d = %s %q by %q cue %q, want %s %q by %q cue %q", i,
						st.Kind, st.Span.In(doc.Text), name, st.Cue, w.kind, w.content, w.speaker, w.cue)
				}
			}
		})
	}
}

func TestSignedPieces(t *testing.T) {
	tests := []struct {
		name, text                 string
		speaker, role, affiliation string
	}{
		{"name role institution", "The Road Ahead\n\nThe reforms have changed how parties compete. Voters now expect more from their deputies and less from slogans.\n\nMaria Kusainova\nSenior Fellow\nInstitute of Regional Policy",
			"Maria Kusainova", "Senior Fellow", "Institute of Regional Policy"},
		{"position only", "The Road Ahead\n\nThe reforms have changed how parties compete. Voters now expect more from their deputies and less from slogans.\n\nChief Economist\nInstitute of Regional Policy",
			"Chief Economist, Institute of Regional Policy", "Chief Economist", "Institute of Regional Policy"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := analyse(t, tt.text)
			var got *pipeline.Statement
			for i := range doc.Statements {
				if doc.Statements[i].Kind == pipeline.Authored {
					got = &doc.Statements[i]
				}
			}
			if got == nil || got.Speaker < 0 {
				t.Fatalf("no signed statement:\n%s", render(doc))
			}
			sp := doc.Speakers[got.Speaker]
			if sp.Name != tt.speaker || len(sp.Roles) == 0 || sp.Roles[0] != tt.role || len(sp.Affiliations) == 0 || sp.Affiliations[0] != tt.affiliation {
				t.Errorf("speaker %q roles %q affiliations %q, want %q, %q, %q", sp.Name, sp.Roles, sp.Affiliations, tt.speaker, tt.role, tt.affiliation)
			}
			if got.Cue != "signed" || got.CueSpan.Empty() {
				t.Errorf("cue %q %v, want signed with a span", got.Cue, got.CueSpan)
			}
		})
	}
}

func TestSpeakerIDsAgree(t *testing.T) {
	a := analyse(t, `"We are ready," said Yerlan Kemelov.`)
	b := analyse(t, `"We are ready," said Erlan KEMELOV.`)
	if len(a.Speakers) != 1 || len(b.Speakers) != 1 {
		t.Fatalf("speakers: %d and %d", len(a.Speakers), len(b.Speakers))
	}
	if a.Speakers[0].ID == "" || a.Speakers[0].ID != b.Speakers[0].ID {
		t.Errorf("ids %q and %q differ", a.Speakers[0].ID, b.Speakers[0].ID)
	}
}

func TestNoTokens(t *testing.T) {
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	doc := &pipeline.Document{Text: `"Hello there," she said.`}
	if err := s.Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Statements) != 0 {
		t.Errorf("statements without the language stage: %v", doc.Statements)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := s.Process(ctx, doc); err == nil {
		t.Error("cancelled context: no error")
	}
}

func TestParseLexiconErrors(t *testing.T) {
	for _, bad := range []string{"said\n", "[speech\nsay\n", "[nosuch]\nx\n", "[forms]\nsaid\n", "[role]\nexpert\n"} {
		if _, err := ParseLexicon("bad.txt", []byte(bad)); err == nil {
			t.Errorf("ParseLexicon(%q): no error", bad)
		}
	}
	if _, err := New(WithLexicon("x.txt", []byte("[speech]\nsay\n"))); err != nil {
		t.Errorf("minimal lexicon: %v", err)
	}
}
