package structure

import (
	"strings"
	"testing"

	"github.com/commentariat/commentariat/pipeline"
)

type wantSection struct {
	title     string
	signature []string
	body      string // prefix of the body
}

var cases = []struct {
	name       string
	text       string
	title      string // header title
	date       string // header date line
	paragraphs int
	sections   []wantSection
	paraText   []string // optional: every paragraph's text
}{
	{
		name: "op-ed with byline before the text",
		text: "Why the Alliance Still Matters\n\n" +
			"By John Smith, Senior Fellow at the Atlantic Policy Institute\n\n" +
			"The alliance turned 75 this year, and its critics have never been louder. Yet the case for it is stronger than it has been for a generation.\n\n" +
			"Europe has learnt that deterrence is cheaper than war. The budgets agreed last summer show that the lesson has been taken to heart.\n",
		title:      "Why the Alliance Still Matters",
		paragraphs: 4,
		sections: []wantSection{{
			title:     "Why the Alliance Still Matters",
			signature: []string{"By John Smith, Senior Fellow at the Atlantic Policy Institute"},
			body:      "The alliance turned 75",
		}},
	},
	{
		name: "report followed by a bylined comment",
		text: "Talks resume in Geneva\n\nMarch 3, 2024\n\n" +
			"Negotiators returned to Geneva on Monday for a third round of talks. The delegations said they expected a long week.\n\n" +
			"Officials declined to comment on the agenda, which has not been published.\n\n" +
			"A fragile process\n" +
			"By Jane Doe\n" +
			"Professor of International Law, University of Leeds\n\n" +
			"Talks of this kind rarely succeed at the first attempt. What matters is that both sides have come back to the table.\n\n" +
			"The next weeks will show whether the format can hold.\n",
		title:      "Talks resume in Geneva",
		date:       "March 3, 2024",
		paragraphs: 9,
		sections: []wantSection{
			{title: "Talks resume in Geneva", body: "Negotiators returned"},
			{title: "A fragile process", signature: []string{"By Jane Doe", "Professor of International Law, University of Leeds"}, body: "Talks of this kind"},
		},
	},
	{
		name: "plain news story without signature",
		text: "Government wins confidence vote\n\nFriday, 24 March 2023\n\n" +
			"LONDON, March 24 (Reuters) - The government won a confidence vote on Friday after a day of heated debate in parliament.\n\n" +
			"\"We will carry on,\" the prime minister said.\n\n" +
			"Reuters\n\n" +
			"\"No.\"\n\n" +
			"John Smith\n\n" +
			"Opposition leaders said they would try again next month, when the budget comes before the house.\n\n" +
			"Next steps\n\n" +
			"The vote was 320 to 290, a wider margin than most analysts had expected.\n",
		title:      "Government wins confidence vote",
		date:       "Friday, 24 March 2023",
		paragraphs: 10,
		sections:   []wantSection{{title: "Government wins confidence vote", body: "LONDON, March 24"}},
	},
	{
		name: "hard-wrapped newswire copy",
		text: "The central bank raised its main interest rate by half a\n" +
			"point on Thursday, its third increase this year, citing\n" +
			"stubborn inflation in services and a weaker currency.\n" +
			"    The decision was expected by most economists polled by\n" +
			"the agency last week, although two had forecast a pause.\n" +
			"    \"Inflation remains too high and the risks are still on\n" +
			"the upside,\" the bank said in a statement after the\n" +
			"meeting of its policy committee.\n" +
			"    The currency rose slightly after the announcement.\n" +
			"    The next meeting is scheduled for the end of April and\n" +
			"analysts expect another increase of a quarter point.\n",
		paragraphs: 5,
		sections:   []wantSection{{body: "The central bank raised"}},
		paraText: []string{
			"The central bank raised its main interest rate by half a\npoint on Thursday, its third increase this year, citing\nstubborn inflation in services and a weaker currency.",
			"The decision was expected by most economists polled by\nthe agency last week, although two had forecast a pause.",
			"\"Inflation remains too high and the risks are still on\nthe upside,\" the bank said in a statement after the\nmeeting of its policy committee.",
			"The currency rose slightly after the announcement.",
			"The next meeting is scheduled for the end of April and\nanalysts expect another increase of a quarter point.",
		},
	},
	{
		name: "a company's name broken before its legal form",
		text: "International Business Machines\n" +
			"Corp said it will ship its mid-range 9370 computer two months\n" +
			"earlier than it had planned.\n",
		paragraphs: 1,
		sections:   []wantSection{{body: "International Business Machines"}},
	},
	{
		name: "two short wire lines inside a sentence",
		text: "Mercury Entertainment Corp said it\n" +
			"expects improved results in 1987.\n" +
			"    The company today reported a loss for the year ended\n" +
			"November 30 of 413,021 dlrs on revenues of 600,971 dlrs,\n" +
			"compared with a loss of 163,932 dlrs on revenues of 665,800\n" +
			"dlrs a year before.\n",
		paragraphs: 2,
		sections:   []wantSection{{body: "Mercury Entertainment Corp said it"}},
		paraText: []string{
			"Mercury Entertainment Corp said it\nexpects improved results in 1987.",
			"The company today reported a loss for the year ended\nNovember 30 of 413,021 dlrs on revenues of 600,971 dlrs,\ncompared with a loss of 163,932 dlrs on revenues of 665,800\ndlrs a year before.",
		},
	},
	{
		name: "a wire line that stops early inside a sentence",
		text: "Archive Corp said it signed\n" +
			"an agreement under which &lt;Microamerica>, a value-added reseller\n" +
			"of personal computers, peripherals and supplies, will\n" +
			"distribute its Archive XL tape drive.\n" +
			"   Archive said Microamerica will carry both models of the XL\n" +
			"drive, a 40-megabyte, 5.25-inch drive based on the QIC-40\n" +
			"standard that is compatible with the IBM PC/XT and PC/AT PCs.\n",
		paragraphs: 2,
		sections:   []wantSection{{body: "Archive Corp said it signed"}},
	},
	{
		name: "blank-line paragraphs only",
		text: "The committee met on Tuesday to review the draft. It agreed to send it back to the ministry.\n\n" +
			"Members said the draft was incomplete and that several articles had to be rewritten.\n\n" +
			"A new version is due in May.\n",
		paragraphs: 3,
		sections:   []wantSection{{body: "The committee met"}},
	},
	{
		name:       "one line",
		text:       "Only one line here.",
		paragraphs: 1,
		sections:   []wantSection{{body: "Only one line here."}},
	},
	{
		name:       "empty",
		text:       " \n\n \t\n",
		paragraphs: 0,
		sections:   []wantSection{{}},
	},
	{
		name: "no header, signed at the end",
		text: "The reform of the pension system cannot wait much longer. Every year of delay adds to the bill that our children will pay.\n\n" +
			"The government has a majority and a mandate; it should use both.\n\n" +
			"Anna Petrova\n" +
			"Senior Researcher\n" +
			"Institute of Economic Policy\n",
		paragraphs: 5,
		sections: []wantSection{{
			signature: []string{"Anna Petrova", "Senior Researcher", "Institute of Economic Policy"},
			body:      "The reform of the pension",
		}},
	},
	{
		name: "numeric date first, then title",
		text: "24.03.2023\n\nElections Reviewed by Experts\n\n" +
			"Experts met on Friday to discuss the results of the elections held last Sunday in the country.\n",
		title:      "Elections Reviewed by Experts",
		date:       "24.03.2023",
		paragraphs: 3,
		sections:   []wantSection{{title: "Elections Reviewed by Experts", body: "Experts met"}},
	},
	{
		name: "dateline on a line of its own stays with its paragraph",
		text: "ASTANA, March 24 (Reuters) -\nThe government said on Friday that it would hold talks with the opposition.\n\n" +
			"The talks are due to start next week.\n",
		paragraphs: 2,
		sections:   []wantSection{{body: "ASTANA, March 24 (Reuters) -\nThe government"}},
	},
	{
		name: "first line is prose, not a title",
		text: "The minister said on Monday that the plan would be published next week.\n" +
			"Critics said the plan came too late.\n",
		paragraphs: 2,
		sections:   []wantSection{{body: "The minister said"}},
	},
}

func TestCases(t *testing.T) {
	s := newStage(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc := run(t, s, tc.text)
			if got := doc.Header.Title.In(doc.Text); got != tc.title {
				t.Errorf("header title %q, want %q", got, tc.title)
			}
			if got := doc.Header.Date.In(doc.Text); got != tc.date {
				t.Errorf("header date %q, want %q", got, tc.date)
			}
			if tc.title != "" && doc.Title != tc.title {
				t.Errorf("doc.Title %q, want %q", doc.Title, tc.title)
			}
			if tc.date != "" && (doc.Date.IsZero() || doc.DateText != tc.date) {
				t.Errorf("doc.Date %v (%q), want the date of %q", doc.Date, doc.DateText, tc.date)
			}
			if len(doc.Paragraphs) != tc.paragraphs {
				t.Errorf("%d paragraphs, want %d:\n%s", len(doc.Paragraphs), tc.paragraphs, dumpParas(doc.Text, doc.Paragraphs))
			}
			if tc.paraText != nil {
				for i, p := range doc.Paragraphs {
					if i < len(tc.paraText) && p.In(doc.Text) != tc.paraText[i] {
						t.Errorf("paragraph %d = %q, want %q", i, p.In(doc.Text), tc.paraText[i])
					}
				}
			}
			if len(doc.Sections) != len(tc.sections) {
				t.Fatalf("%d sections, want %d: %+v", len(doc.Sections), len(tc.sections), doc.Sections)
			}
			for i, w := range tc.sections {
				got := doc.Sections[i]
				if got.Title != w.title {
					t.Errorf("section %d title %q, want %q", i, got.Title, w.title)
				}
				var sig []string
				for _, l := range got.Signature {
					sig = append(sig, l.Text)
				}
				if strings.Join(sig, "|") != strings.Join(w.signature, "|") {
					t.Errorf("section %d signature %q, want %q", i, sig, w.signature)
				}
				if body := got.Body.In(doc.Text); !strings.HasPrefix(body, w.body) {
					t.Errorf("section %d body starts %q, want %q", i, clip(body, true), w.body)
				}
			}
		})
	}
}

func dumpParas(text string, ps []pipeline.Span) string {
	var b strings.Builder
	for _, p := range ps {
		b.WriteString("  ")
		b.WriteString(strings.ReplaceAll(p.In(text), "\n", "⏎"))
		b.WriteByte('\n')
	}
	return b.String()
}
