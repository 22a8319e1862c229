package sentiment

import (
	"context"
	"math"
	"strings"
	"sync"
	"testing"

	"github.com/commentariat/commentariat/internal/dict"
	"github.com/commentariat/commentariat/pipeline"
	"github.com/commentariat/commentariat/pipeline/language"
)

var (
	langOnce  sync.Once
	langStage *language.Stage
	langErr   error
	anOnce    sync.Once
	an        *Analyzer
	anErr     error
)

// parse runs the language stage on text.
func parse(t testing.TB, text string) *pipeline.Document {
	t.Helper()
	langOnce.Do(func() { langStage, langErr = language.New() })
	if langErr != nil {
		t.Fatal(langErr)
	}
	doc := &pipeline.Document{Text: text}
	if err := langStage.Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	return doc
}

func analyzer(t testing.TB) *Analyzer {
	t.Helper()
	anOnce.Do(func() { an, anErr = New() })
	if anErr != nil {
		t.Fatal(anErr)
	}
	return an
}

// score scores text as one span.
func score(t testing.TB, a *Analyzer, text string) Score {
	t.Helper()
	doc := parse(t, text)
	return a.Tokens(doc, 0, len(doc.Tokens))
}

func TestRules(t *testing.T) {
	a := analyzer(t)
	v := func(s string) float64 { return score(t, a, s).Valence }
	c := func(s string) float64 { return score(t, a, s).Certainty }
	tests := []struct {
		name string
		ok   bool
	}{
		{"not effective < 0", v("The policy is not effective.") < 0},
		{"effective > 0", v("The policy is effective.") > 0},
		{"isn't effective < 0", v("The policy isn't effective.") < 0},
		{"no longer effective < 0", v("The policy is no longer effective.") < 0},
		{"no longer a threat > 0", v("The army is no longer a threat.") > 0},
		{"no longer a threat > a threat", v("Inflation is no longer a threat.") > v("Inflation is a threat.")},
		{"hardly effective < 0", v("The plan is hardly effective.") < 0},
		{"scarcely credible < 0", v("The promise is scarcely credible.") < 0},
		{"far from perfect < 0", v("The plan is far from perfect.") < 0},
		{"far from the border and safe > 0", v("The city is far from the border and safe.") > 0},
		{"anything but fair < 0", v("The election was anything but fair.") < 0},
		{"failed to improve negative", LabelOf(v("The reform failed to improve the economy.")) == Negative},
		{"fell short < 0", v("The talks fell short of expectations.") < 0},
		{"never so good > good", v("It has never been so good.") > v("It has been good.")},
		{"very good > good", v("The result is very good.") > v("The result is good.")},
		{"rather good < good", v("The result is rather good.") < v("The result is good.")},
		{"slightly good < good", v("The result is slightly good.") < v("The result is good.")},
		{"good but weak < 0", v("The plan is good but weak.") < 0},
		{"weak but good > 0", v("The plan is weak but good.") > 0},
		{"good, however weak < 0", v("The plan is good, however it is weak.") < 0},
		{"although weak, good > 0", v("Although the plan is weak, it is good.") > 0},
		{"despite discounts its clause", v("Despite the crisis, the economy showed growth.") > v("There was a crisis and the economy showed growth.")},
		{"despite the unrest, growth > 0", v("Despite the unrest, the economy showed strong growth.") > 0},
		{"not only good but also strong > strong", v("It is not only good but also strong.") > v("It is strong.")},
		{"would be good < is good", v("It would be good.") < v("It is good.")},
		{"would be good > 0", v("It would be good.") > 0},
		{"if it succeeds < it succeeds", v("If it succeeds, we wait.") < v("It succeeds, we wait.")},
		{"step forward > 0", v("The law is a step forward.") > 0},
		{"step back < 0", v("The law is a step back.") < 0},
		{"high point > 0", v("The vote was the high point of the campaign.") > 0},
		{"fewer remarks > 0", v("Observers made fewer remarks this time.") > 0},
		{"fewer violations > 0", v("There were fewer violations.") > 0},
		{"reduce poverty > 0", v("The programme will reduce poverty.") > 0},
		{"lack of transparency < 0", v("There is a lack of transparency.") < 0},
		{"fight corruption > 0", v("The government must fight corruption.") > 0},
		{"party neutral", score(t, a, "The party met on Monday.").Label == Neutral},
		{"like as preposition neutral", score(t, a, "It looks like a house.").Label == Neutral},
		{"like as verb positive", v("Voters like the reform.") > 0},
		{"corruption < 0", v("Corruption remains widespread.") < 0},
		{"pluralism > 0", v("The parliament reflects political pluralism.") > 0},
		{"inflected form through stem", v("The reformers promised improvements.") > 0},
		{"an agent noun is no comparative", score(t, a, "The broker phoned the player on Monday.").Label == Neutral},
		{"a lexicalised plural is not its singular", score(t, a, "Imports of goods were counted in May.").Label == Neutral},
		{"a verb form of a rated adjective", score(t, a, "The bond matures in 1995.").Label == Neutral},
		{"outstanding shares are unpaid", score(t, a, "The company has 12 mln outstanding shares.").Label == Neutral},
		{"shares outstanding are unpaid", score(t, a, "The company has 12 mln shares outstanding.").Label == Neutral},
		{"outstanding work is praise", v("The team did outstanding work.") > 0},
		{"a credit facility is lending", score(t, a, "The bank arranged a credit facility.").Label == Neutral},
		{"tax credits are lending", score(t, a, "Net includes tax credits of 3.9 mln dlrs.").Label == Neutral},
		{"deserves credit is praise", v("The minister deserves credit for the reform.") > 0},
		{"to his credit is praise", v("To his credit, the minister stayed.") > 0},
		{"an export bonus is a payment", score(t, a, "The department said the export bonus was 42 dlrs per tonne.").Label == Neutral},
		{"fans are people", score(t, a, "Liverpool fans camped outside the stadium.").Label == Neutral},
		{"supporters are people", score(t, a, "Hunt supporters gathered in the square.").Label == Neutral},
		{"a fan of is liking", v("I am a fan of the new policy.") > 0},
		{"a special meeting is a kind of meeting", score(t, a, "Shareholders will hold a special meeting on May 5.").Label == Neutral},
		{"face value is an amount", score(t, a, "The bonds have a face value of 100 dlrs each.").Label == Neutral},
		{"value for money is praise", v("The scheme is value for money.") > 0},
		{"playing for a club is a game", score(t, a, "He has been playing for Chelsea for two years.").Label == Neutral},
		{"a film festival is an event", score(t, a, "The film opens the Berlin festival on Thursday.").Label == Neutral},
		{"a grand jury is a court", score(t, a, "A federal grand jury was probing the deal.").Label == Neutral},
		{"values as principles keep their rating", v("The party defends its values.") > 0},
		{"crude is the oil", score(t, a, "Brent crude traded at 20 dlrs on Monday.").Label == Neutral},
		{"effective from a date takes effect", score(t, a, "The new tariff is effective March 6.").Label == Neutral},
		{"an effective policy works", v("The policy is effective.") > 0},
		{"argue reports a view", score(t, a, "She argued that the vote should be held in May.").Label == Neutral},
		{"social care is a service", score(t, a, "Ministers discussed social care and intelligence services.").Label == Neutral},
		{"valued at is a price", score(t, a, "The deal was valued at 2 bln dlrs.").Label == Neutral},
		{"on the other hand is no praise", score(t, a, "On the other hand, the vote was held in May.").Label == Neutral},
		{"ALL CAPS stronger", v("The result is GOOD, she said.") > v("The result is good, she said.")},
		{"exclamation stronger", v("The result is good!") > v("The result is good.")},
		{"may improve certainty < will improve", c("The economy may improve.") < c("The economy will improve.")},
		{"will improve certainty > 0", c("The economy will improve.") > 0},
		{"we hope certainty < 0", c("We hope the economy improves.") < 0},
		{"it seems certainty < 0", c("It seems the economy improves.") < 0},
		{"obviously certainty > 0", c("Obviously the economy improves.") > 0},
		{"not clear certainty < 0", c("It is not clear whether the economy improves.") < 0},
		{"no doubt certainty > 0", c("There is no doubt the economy improves.") > 0},
		{"will as noun is not a booster", c("The will of the people matters.") == 0},
		{"neutral sentence", score(t, a, "The vote was held on 19 March.").Label == Neutral},
		{"emoticon :) > 0", v("Results are out :)") > 0},
		{"emoticon :-( < 0", v("Results are out :-(") < 0},
		{"emoticon ;) > 0", v("See you there ;)") > 0},
		{"parenthesis and colon are no emoticon", score(t, a, "The figures (see table 2): 40 per cent.").Label == Neutral},
		{"glued punctuation is no emoticon", score(t, a, "He left (again):").Label == Neutral},
		{"lengthened word rated", v("That was goooood") > 0},
		{"lengthening intensifies", v("That was goooood") > v("That was good")},
		{"lone capitalised word still rated", v("We had a Great day") > 0},
		{"word in a name not rated", score(t, a, "He met the Justice Party leaders.").Label == Neutral},
		{"name with a possessive not rated", score(t, a, "Analysts at Moody's Investors Service met on Monday.").Label == Neutral},
		{"lone name with a possessive not rated", score(t, a, "The rating was set by Moody's last year.").Label == Neutral},
		{"middle initial not rated", score(t, a, "The board named Peter L. Scott to the post.").Label == Neutral},
		{"word before an initial is a name", score(t, a, "The board named Victor E. Smith to the post.").Label == Neutral},
		{"the bomb is no slang praise", v("The bomb exploded near the ministry.") < 0},
		{"AFINN fills VADER's gaps", v("The conditions were atrocious.") < 0},
		{"not bad > 0", v("The plan is not bad.") > 0},
		{"not bad is fainter than not good", v("The plan is not bad.") < -v("The plan is not good.")},
		{"a negated weak word stays weaker", v("The plan is not ok.") > v("The plan is not good.")},
		{"negativity weighs more than positivity", v("The plan is good and bad.") < 0},
		{"too optimistic < 0", v("The forecast is too optimistic.") < 0},
		{"too costly < costly", v("The plan is too costly.") < v("The plan is costly.")},
		{"too, meaning also, is no excess", v("The plan is good too.") > 0},
		{"so-called reform < reform", v("The so-called reform passed.") < v("The reform passed.")},
		{"alleviate poverty > 0", v("The plan will alleviate poverty.") > 0},
		{"ban torture > 0", v("The treaty bans torture.") > 0},
		{"commentary vocabulary: bipartisan > 0", v("The bill had bipartisan backing.") > 0},
		{"commentary vocabulary: fiasco < 0", v("The rollout was a fiasco.") < 0},
		{"commentary vocabulary: gerrymandering < 0", v("Gerrymandering shaped the map.") < 0},
	}
	for _, tt := range tests {
		if !tt.ok {
			t.Errorf("%s: failed", tt.name)
		}
	}
}

// TestAveragingScale: a sentence's valence is the weighted mean rating of
// its words with a neutral prior worth one word, divided by 4, so one
// word rated 1.9 ("good") gives 1.9/2/4, and adding words of the same
// rating moves the valence towards 1.9/4 without passing it.
func TestAveragingScale(t *testing.T) {
	a := analyzer(t)
	one := score(t, a, "The result is good.").Valence
	if math.Abs(one-1.9/2/4) > 1e-9 {
		t.Errorf("one good word: valence %v, want %v", one, 1.9/2/4)
	}
	two := score(t, a, "The result is good and the plan is good.").Valence
	if !(two > one && two < 1.9/4) {
		t.Errorf("two good words: valence %v, want between %v and %v", two, one, 1.9/4)
	}
	vader, err := New(WithVADER())
	if err != nil {
		t.Fatal(err)
	}
	if v := score(t, vader, "The result is good.").Valence; math.Abs(v-1.9/math.Sqrt(1.9*1.9+15)) > 1e-9 {
		t.Errorf("VADER mode: valence %v, want VADER's compound", v)
	}
}

func TestScoreFields(t *testing.T) {
	a := analyzer(t)
	s := score(t, a, "The reform is good but the corruption is bad.")
	if s.Pos != 2 || s.Neg != 2 || s.Toned != 1 || s.Sentences != 1 || s.Label != Negative {
		t.Errorf("score = %+v", s)
	}
	if s.Valence < -1 || s.Valence > 1 {
		t.Errorf("valence %v outside [-1, 1]", s.Valence)
	}
	if got := score(t, a, "!!!").Label; got != Neutral {
		t.Errorf("punctuation only: label %v", got)
	}
}

func TestVADERMode(t *testing.T) {
	a, err := New(WithVADER())
	if err != nil {
		t.Fatal(err)
	}
	// vaderSentiment's own examples (compound scores of the reference
	// implementation, rounded to 4 places).
	tests := []struct {
		text string
		want float64
	}{
		{"VADER is smart, handsome, and funny.", 0.8316},
		{"VADER is not smart, handsome, nor funny.", -0.7424},
		{"The book was good.", 0.4404},
		{"The book was kind of good.", 0.3832},
		{"At least it isn't a horrible book.", 0.431},
		{"Today SUX!", -0.5461},
		{"The plot was good, but the characters are uncompelling and the dialog is not great.", -0.7042},
	}
	for _, tt := range tests {
		got := score(t, a, tt.text).Valence
		if d := got - tt.want; d > 0.002 || d < -0.002 {
			t.Errorf("%q: %.4f, want %.4f", tt.text, got, tt.want)
		}
	}
	if score(t, a, "The party was great.").Valence <= 0 {
		t.Error("VADER mode rates party like VADER")
	}
	if score(t, a, "This song is the bomb").Valence <= 0 {
		t.Error(`VADER mode keeps VADER's idiom "the bomb"`)
	}
	// VADER splits text on white space, so "L." is no "l".
	if score(t, a, "Peter L. Scott was named to the post.").Valence != 0 {
		t.Error("VADER mode rates an initial")
	}
}

func TestAggregate(t *testing.T) {
	a := analyzer(t)
	doc := parse(t, "The reform is a success. The vote was held on Monday. Corruption is a problem. It will clearly work. Turnout was good.")
	r := a.Score(doc)
	all := Aggregate(r.Sentences)
	parts := Aggregate([]Score{Aggregate(r.Sentences[:2]), Aggregate(r.Sentences[2:])})
	if d := all.Valence - parts.Valence; d > 1e-12 || d < -1e-12 || all.Pos != parts.Pos || all.Toned != parts.Toned {
		t.Errorf("aggregating aggregates: %+v, want %+v", parts, all)
	}
	if all.Sentences != 5 || all.Toned != 4 {
		t.Errorf("counts: %+v", all)
	}
	var sum, weight float64
	for _, s := range r.Sentences {
		sum += s.Sum
		weight += s.Weight
	}
	want := sum / (1 + weight) / 4
	if d := all.Valence - want; d > 1e-12 || d < -1e-12 {
		t.Errorf("valence %v, want the pooled mean of the words %v", all.Valence, want)
	}
	if r.Document != all {
		t.Errorf("Result.Document %+v != Aggregate %+v", r.Document, all)
	}
	if got := Aggregate(nil); got.Label != Neutral || got.Valence != 0 {
		t.Errorf("Aggregate(nil) = %+v", got)
	}
	// The set-size effect: three sentences with a good word each read as
	// more positive than one, and never beyond the word's rating.
	one := a.Score(parse(t, "The reform was good.")).Document.Valence
	three := a.Score(parse(t, "The reform was good. The vote was good. The result was good.")).Document.Valence
	if !(one < three && three < 1.9/4) {
		t.Errorf("one good sentence %.3f, three %.3f: want one < three < %.3f", one, three, 1.9/4)
	}
}

func TestSpan(t *testing.T) {
	a := analyzer(t)
	text := `He said: "The reform is a great success." Critics disagreed.`
	doc := parse(t, text)
	start := len(`He said: "`)
	end := start + len(`The reform is a great success.`)
	s := a.Span(doc, pipeline.Span{Start: start, End: end})
	if s.Label != Positive || s.Sentences != 1 {
		t.Errorf("span score %+v", s)
	}
	if got := a.Span(doc, pipeline.Span{Start: len(text), End: len(text)}); got.Sentences != 0 {
		t.Errorf("empty span scored %+v", got)
	}
}

func TestWithDictionary(t *testing.T) {
	d, err := dict.ParseYAML("lsd.yml", []byte("positive:\n  - stabil*\n  - stable\n  - step forward\nnegative:\n  - crisi*\n  - lack* of\n"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := New(WithDictionary(d, nil))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		text string
		want Label
	}{
		{"The region is stabilising.", Positive},
		{"The crisis deepened.", Negative},
		{"The law is a step forward.", Positive},
		{"The government lacks of ideas.", Negative},
		{"The party is good.", Neutral}, // "good" is not in this dictionary
		{"The region is not stable.", Negative},
	} {
		if got := score(t, a, tt.text).Label; got != tt.want {
			t.Errorf("%q: %v, want %v", tt.text, got, tt.want)
		}
	}
	if _, err := New(WithDictionary(dict.Dictionary{Categories: []string{"economy"}}, nil)); err == nil {
		t.Error("dictionary without polarity categories accepted")
	}
	ext, _ := dict.ParseYAML("x.yml", []byte("negative: [quagmire]\n"))
	b, err := New(WithExtension(ext, nil))
	if err != nil {
		t.Fatal(err)
	}
	if score(t, b, "It is a quagmire.").Label != Negative || score(t, b, "It is good.").Label != Positive {
		t.Error("extension did not overlay the default lexicon")
	}
}

// TestStanceCue: a statement whose cue judges what it reports ("X
// criticised the plan") takes the cue's rating into its tone; "said"
// adds nothing, and a negated cue is left out.
func TestStanceCue(t *testing.T) {
	a := analyzer(t)
	for _, tt := range []struct {
		text, cue string
		want      Label
	}{
		{"Ann Lee criticised the plan for the port.", "criticised", Negative},
		{"Ann Lee praised the plan for the port.", "praised", Positive},
		{"Ann Lee said the plan for the port.", "said", Neutral},
		{"Ann Lee accused the board of waste.", "accused", Negative},
		{"Ann Lee did not criticise the plan for the port.", "criticise", Neutral},
	} {
		doc := parse(t, tt.text)
		c := strings.Index(tt.text, tt.cue)
		start := c + len(tt.cue) + 1
		doc.Statements = []pipeline.Statement{{Kind: pipeline.Indirect, Span: pipeline.Span{Start: start, End: len(tt.text) - 1},
			Cue: tt.cue, CueSpan: pipeline.Span{Start: c, End: c + len(tt.cue)}}}
		tone := a.Tone(doc)
		if got := Label(tone.Statements[0].Label); got != tt.want {
			t.Errorf("%q: statement %s (%+v), want %s", tt.text, got, tone.Statements[0], tt.want)
		}
	}
}

func TestStage(t *testing.T) {
	a := analyzer(t)
	text := "Good news. Bad news. Officials said the reform was a great success."
	doc := parse(t, text)
	doc.Sections = []pipeline.Section{{Span: pipeline.Span{Start: 0, End: len(doc.Text)}}}
	for i := range doc.Sentences {
		doc.Sentences[i].Section = 0
	}
	start := len("Good news. Bad news. Officials said ")
	doc.Statements = []pipeline.Statement{
		{Kind: pipeline.Indirect, Span: pipeline.Span{Start: start, End: len(text) - 1}},
		{Kind: pipeline.Direct, Span: pipeline.Span{Start: len("Good news. "), End: len("Good news. Bad news.")}},
		{Kind: pipeline.Direct, Span: pipeline.Span{Start: 50, End: 10}},      // reversed
		{Kind: pipeline.Direct, Span: pipeline.Span{Start: -5, End: 1 << 30}}, // out of range
	}
	st := NewStage(a)
	if st.Name() != "tone" {
		t.Errorf("name %q", st.Name())
	}
	if err := st.Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	tone := doc.Tone
	if !tone.Scored || len(tone.Sentences) != len(doc.Sentences) || len(tone.Sections) != 1 || len(tone.Statements) != 4 {
		t.Fatalf("tone %+v", tone)
	}
	if tone.Sentences[0].Label != "positive" || tone.Sentences[1].Label != "negative" {
		t.Errorf("sentences %+v", tone.Sentences)
	}
	if s := tone.Statements[0]; s.Label != "positive" || s.Sentences != 1 {
		t.Errorf("statement 0 %+v", s)
	}
	if s := tone.Statements[1]; s.Label != "negative" {
		t.Errorf("statement 1 %+v", s)
	}
	if s := tone.Statements[2]; s.Label != "neutral" || s.Sentences != 0 {
		t.Errorf("reversed span %+v", s)
	}
	if s := tone.Statements[3]; s.Sentences != len(doc.Sentences) {
		t.Errorf("out-of-range span %+v", s)
	}
	// Tone reuses whole-sentence scores for statements; Span rescores.
	for i, st := range doc.Statements {
		if got, want := tone.Statements[i], a.Span(doc, st.Span).ToneScore(); got != want {
			t.Errorf("statement %d: Tone %+v, Span %+v", i, got, want)
		}
	}
	if tone.Sections[0] != tone.Document || tone.Document.Sentences != 3 || tone.Document.Pos < 2 || tone.Document.Neg != 1 {
		t.Errorf("document %+v section %+v", tone.Document, tone.Sections[0])
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if st.Process(ctx, doc) == nil {
		t.Error("cancelled context not reported")
	}
}

// TestToneRobust scores documents whose annotations are empty or corrupt:
// nothing may panic.
func TestToneRobust(t *testing.T) {
	a := analyzer(t)
	docs := []*pipeline.Document{
		{},
		{Text: "x", Sentences: []pipeline.Sentence{{TokenStart: -3, TokenEnd: 99, Section: 7}}},
		{Text: "ok", Tokens: []pipeline.Token{{Span: pipeline.Span{Start: 5, End: 9}, Lower: ":)"}},
			Sentences: []pipeline.Sentence{{TokenStart: 0, TokenEnd: 1, Section: -1}},
			Sections:  []pipeline.Section{{}}, Statements: []pipeline.Statement{{}}},
	}
	for i, d := range docs {
		tone := a.Tone(d)
		if !tone.Scored || tone.Document.Label != "neutral" {
			t.Errorf("doc %d: %+v", i, tone)
		}
	}
}
