package themes

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/commentariat/commentariat/internal/dict"
	"github.com/commentariat/commentariat/pipeline"
)

const testDict = `
competition:
  - compete
  - competition
  - rival*
  - "!rival gang"
parties:
  - party
  - "!birthday party"
law:
  - rule of law
  - law
politics:
  pluralism:
    - multi-party
    - diversity of views
`

// hitsOf renders hits as "theme:term=text" in order.
func hitsOf(doc *pipeline.Document, hits []pipeline.ThemeHit) string {
	var parts []string
	for _, h := range hits {
		parts = append(parts, fmt.Sprintf("%s:%s=%s", h.Theme, h.Term, h.Span.In(doc.Text)))
	}
	return strings.Join(parts, " | ")
}

func TestMatch(t *testing.T) {
	d := compileYAML(t, testDict)
	for _, tc := range []struct {
		name, text, want string
	}{
		{"stems", "Parties are competing in a competitive race.",
			"parties:party=Parties | competition:compete=competing | competition:competition=competitive"},
		{"glob", "The rivalry between rivals.",
			"competition:rival*=rivalry | competition:rival*=rivals"},
		{"exclusion", "A rival gang came to the birthday party.", ""},
		{"exclusion is per theme", "The birthday party was a rival affair.", "competition:rival*=rival"},
		{"longest phrase wins", "The rule of law matters; law is law.",
			"law:rule of law=rule of law | law:law=law | law:law=law"},
		{"nested category", "A multi-party system needs a diversity of views.",
			"politics/pluralism:multi-party=multi-party | politics/pluralism:diversity of views=diversity of views"},
		{"phrase does not cross sentences", "It was a diversity. Of views we speak.", ""},
		{"no match", "Nothing to see here.", ""},
		{"empty", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := analyse(t, tc.text)
			if got := hitsOf(doc, d.Match(doc)); got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestDefaultDictionary(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	want := "pluralism competition reform democracy elections parliamentarism parties civil_society integrity governance stability rule_of_law international economy security media"
	if got := strings.Join(d.Themes(), " "); got != want {
		t.Errorf("themes = %s", got)
	}
	// Senses: the default dictionary's exclusions and stems.
	for _, tc := range []struct{ text, want string }{
		{"They organised a birthday party.", ""},
		{"Social security payments rose.", "economy"},
		{"The opposition parties competed fiercely.", "competition parties pluralism"},
		{"He did it in order to win.", ""},
	} {
		doc := analyse(t, tc.text)
		set := map[string]bool{}
		for _, h := range d.Match(doc) {
			set[h.Theme] = true
		}
		var got []string
		for _, th := range d.Themes() {
			if set[th] {
				got = append(got, th)
			}
		}
		g := strings.Join(got, " ")
		if tc.want == "" && g != "" || tc.want != "" && !containsAll(g, tc.want) {
			t.Errorf("%q: themes %q, want %q", tc.text, g, tc.want)
		}
	}
}

func containsAll(have, want string) bool {
	for _, w := range strings.Fields(want) {
		if !strings.Contains(" "+have+" ", " "+w+" ") {
			return false
		}
	}
	return true
}

func TestExtendAndReplace(t *testing.T) {
	ext := compileYAML(t, "pluralism:\n  - polyphony\nclimate:\n  - climate change\n")
	s, err := New(WithExtension(ext))
	if err != nil {
		t.Fatal(err)
	}
	th := s.Dictionary().Themes()
	if th[len(th)-1] != "climate" || len(th) != 17 {
		t.Errorf("extended themes = %v", th)
	}
	doc := analyse(t, "Climate change and polyphony.")
	if err := s.Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if got := hitsOf(doc, doc.ThemeHits); got != "climate:climate change=Climate change | pluralism:polyphony=polyphony" {
		t.Errorf("hits = %q", got)
	}
	r, err := New(WithDictionary(ext))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(r.Dictionary().Themes(), ","); got != "pluralism,climate" {
		t.Errorf("replaced themes = %s", got)
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.yml")
	if err := os.WriteFile(bad, []byte("a:\n  - fine\n  - bro*ken\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := LoadOptions(bad, false)
	var de *dict.Error
	if !errors.As(err, &de) || de.Line != 3 || !strings.Contains(err.Error(), "bad.yml:3") {
		t.Errorf("error %v, want one naming bad.yml:3", err)
	}
	excl := filepath.Join(dir, "excl.dic")
	if err := os.WriteFile(excl, []byte("%\n1\tx\n%\nok\t1\n!\t1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(excl); err == nil || !strings.Contains(err.Error(), "excl.dic:5") {
		t.Errorf("bare exclusion: %v, want an error naming excl.dic:5", err)
	}
	good := filepath.Join(dir, "good.dic")
	if err := os.WriteFile(good, []byte("%\n1\tgreen\n%\nclimate change\t1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	opts, err := LoadOptions(good, true)
	if err != nil {
		t.Fatal(err)
	}
	s, err := New(opts...)
	if err != nil || len(s.Dictionary().Themes()) != 17 {
		t.Fatalf("extend with .dic: %v %v", err, s)
	}
}

func TestScores(t *testing.T) {
	d := compileYAML(t, testDict)
	doc := analyse(t, "The party competes. The party competes again with a rival party.")
	doc.ThemeHits = d.Match(doc)
	second := strings.Index(doc.Text, "The party competes again")
	doc.Statements = []pipeline.Statement{{Kind: pipeline.Direct, Span: pipeline.Span{Start: second, End: len(doc.Text)}, Speaker: -1}}
	var got []string
	for _, s := range Scores(doc) {
		got = append(got, fmt.Sprintf("%s/%d/%d %s hits=%d tokens=%d rate=%.0f terms=%s",
			s.Level, s.Section, s.Statement, s.Theme, s.Hits, s.Tokens, s.Rate, strings.Join(s.Terms, ",")))
	}
	want := []string{
		"document/-1/-1 competition hits=3 tokens=11 rate=273 terms=compete,rival*",
		"document/-1/-1 parties hits=3 tokens=11 rate=273 terms=party",
		"section/0/-1 competition hits=3 tokens=11 rate=273 terms=compete,rival*",
		"section/0/-1 parties hits=3 tokens=11 rate=273 terms=party",
		"statement/-1/0 competition hits=2 tokens=8 rate=250 terms=compete,rival*",
		"statement/-1/0 parties hits=2 tokens=8 rate=250 terms=party",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("scores:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if th := DocumentThemes(doc); strings.Join(th, ",") != "competition,parties" {
		t.Errorf("DocumentThemes = %v", th)
	}
}

func TestKeyTerms(t *testing.T) {
	doc := analyse(t, "Electoral reform dominated the debate. The electoral reform passed parliament. "+
		"Critics said electoral reform was rushed, and parliament agreed.")
	kt := KeyTerms(doc, nil, 3)
	if len(kt) != 3 || kt[0].Stem != "elector reform" || kt[0].Term != "electoral reform" || kt[0].Count != 3 {
		t.Errorf("key terms = %+v", kt)
	}
	again := KeyTerms(doc, nil, 3)
	if fmt.Sprint(kt) != fmt.Sprint(again) {
		t.Errorf("key terms not deterministic: %v vs %v", kt, again)
	}
	// A reference in which "reform" is everywhere demotes it.
	ref := NewReference(100, map[string]int{"reform": 100, "elector": 100})
	if k := KeyTerms(doc, ref, 1); k[0].Stem == "elector reform" {
		t.Errorf("reference ignored: %+v", k)
	}
	if got := KeyTerms(&pipeline.Document{}, nil, 5); len(got) != 0 {
		t.Errorf("empty doc key terms = %v", got)
	}
}

func TestBatchTerms(t *testing.T) {
	b := NewBatchTerms()
	for _, text := range []string{
		"Electoral reform was debated. Electoral reform passed.",
		"Pension reform and electoral reform were on the agenda.",
		"The budget deficit grew.",
	} {
		doc := analyse(t, text)
		doc.KeyTerms = KeyTerms(doc, nil, 5)
		b.Add(doc)
	}
	b.Add(&pipeline.Document{})
	top := b.Top(2)
	if len(top) != 2 || top[0].Stem != "reform" || top[1].Stem != "elector reform" || top[1].Count != 3 {
		t.Errorf("batch top = %+v", top)
	}
	if fmt.Sprint(top) != fmt.Sprint(b.Top(2)) {
		t.Error("Top not deterministic")
	}
}

func TestKeyTermsSkipMonths(t *testing.T) {
	doc := analyse(t, "The vote was held in March. In March the protest march went on. The march was peaceful.")
	var stems []string
	for _, k := range KeyTerms(doc, nil, 10) {
		stems = append(stems, k.Term)
	}
	if slices.Contains(stems, "March") {
		t.Errorf("key terms %q hold the month name", stems)
	}
	if !slices.Contains(stems, "march") && !slices.Contains(stems, "protest march") {
		t.Errorf("key terms %q lost the common noun march", stems)
	}
}

func TestBatchTermsBounded(t *testing.T) {
	b := NewBatchTerms()
	b.limit = 10
	// "common" is key in every document; each document also has a term of
	// its own that no other shares.
	for i := range 100 {
		b.Add(&pipeline.Document{KeyTerms: []pipeline.KeyTerm{
			{Term: "common", Stem: "common", Score: 2, Count: 1},
			{Term: fmt.Sprint("rare", i), Stem: fmt.Sprint("rare", i), Score: 1, Count: 1},
		}})
		if len(b.terms) > b.limit {
			t.Fatalf("after %d documents %d terms held, limit %d", i+1, len(b.terms), b.limit)
		}
	}
	top := b.Top(1)
	if len(top) != 1 || top[0].Stem != "common" || top[0].Count != 100 || top[0].Score != 100 {
		t.Errorf("top = %+v, want common counted in all 100 documents", top)
	}
}

func TestStageCancelled(t *testing.T) {
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := s.Process(ctx, analyse(t, "Parties compete.")); !errors.Is(err, context.Canceled) {
		t.Errorf("Process on cancelled context: %v", err)
	}
}

func TestBadSpans(t *testing.T) {
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	doc := &pipeline.Document{Text: "short", Tokens: []pipeline.Token{
		{Span: pipeline.Span{Start: 3, End: 99}, Lower: "party", Stem: "parti", Sentence: 7},
		{Span: pipeline.Span{Start: -1, End: 2}, Lower: "election", Stem: "elect", Tag: "NN", Sentence: 0},
	}, Sentences: []pipeline.Sentence{{Span: pipeline.Span{Start: 0, End: 5}, TokenStart: -3, TokenEnd: 40}}}
	if err := s.Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.ThemeHits) != 0 {
		t.Errorf("hits on invalid spans: %+v", doc.ThemeHits)
	}
	_ = Scores(doc)
}

// TestDefaultStemsDoNotConflate: Snowball gives some of the default
// dictionary's words the stem of unrelated common words ("integrity" and
// "integration", "international" and "internal", "authorities" and
// "author", "rights" and "right"); those entries are globs or phrases,
// and these words must not fire the theme.
func TestDefaultStemsDoNotConflate(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ text, theme string }{
		{"Regional integration deepened.", "integrity"},
		{"The internal report was leaked.", "international"},
		{"The author of the book spoke.", "governance"},
		{"He is a liberal and values liberty.", "reform"},
		{"An active member took part in the activity.", "civil_society"},
		{"She opened a bank account.", "integrity"},
		{"The effect was small.", "governance"},
		{"Emerging markets grew.", "security"},
		{"The public library opened.", "media"},
		{"According to the report, sales rose.", "stability"},
		{"Sales continued to rise.", "stability"},
		{"The transit system is new.", "reform"},
		{"They sat on opposite sides.", "pluralism"},
		{"Exports constitute half of output.", "rule_of_law"},
		{"The securities firm grew.", "security"},
		{"It is a modern building.", "reform"},
		{"The execution was delayed.", "governance"},
		{"The oil rig was moved.", "integrity"},
		{"He turned right at the corner.", "rule_of_law"},
		{"The standard rate rose.", "integrity"},
		{"Consolidated profits rose.", "stability"},
		{"Company executives met.", "governance"},
	} {
		doc := analyse(t, tc.text)
		for _, h := range d.Match(doc) {
			if h.Theme == tc.theme {
				t.Errorf("%q fires %s through %q (%q)", tc.text, tc.theme, h.Term, h.Span.In(doc.Text))
			}
		}
	}
}
