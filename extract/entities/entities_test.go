package entities

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/commentariat/commentariat/internal/names"
	"github.com/commentariat/commentariat/internal/testdoc"
	"github.com/commentariat/commentariat/pipeline"
)

// found lists a document's mentions as "TYPE text" strings.
func found(doc *pipeline.Document) []string {
	var out []string
	for _, m := range doc.Mentions {
		out = append(out, m.Type+" "+strings.Join(strings.Fields(m.Span.In(doc.Text)), " "))
	}
	return out
}

func TestMentions(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Erkin Tukumov, the director of KISI, said that reforms will go on.",
			[]string{"PERSON Erkin Tukumov", "ORG KISI"}},
		{"Talgat Kaliyev, Director of the Institute of Ethnopolitical Studies, expressed the hope that things change.",
			[]string{"PERSON Talgat Kaliyev", "ORG Institute of Ethnopolitical Studies"}},
		{"The message of the President of the Republic of Kazakhstan Kassym-Jomart Tokayev March 16, 2022 launched reforms.",
			[]string{"GPE Republic of Kazakhstan", "PERSON Kassym-Jomart Tokayev", "DATE March 16, 2022"}},
		{"Most of the missions were from the Organization for Security and Cooperation in Europe.",
			[]string{"ORG Organization for Security and Cooperation in Europe"}},
		{"Auyl and Respublica parties gained the status of parliamentary parties.",
			[]string{"ORG Auyl", "ORG Respublica"}},
		{"Political scientist Assol Mirmanova said it is important.",
			[]string{"PERSON Assol Mirmanova"}},
		{"U.S. President Bill Clinton met Boris Yeltsin in Moscow on Friday.",
			[]string{"GPE U.S.", "PERSON Bill Clinton", "PERSON Boris Yeltsin", "GPE Moscow"}},
		{"The updated Constitution allowed citizens to vote, as the Law on Elections says.",
			[]string{"LAW Constitution", "LAW Law on Elections"}},
		{"\"Rates will fall,\" said Lawrence Cohn, an analyst at Xstrata. Xstrata shares fell.",
			[]string{"PERSON Lawrence Cohn", "ORG Xstrata", "ORG Xstrata"}},
		{"\"Rates will fall,\" said Ann Cole, an analyst at Merrill Lynch in New York.",
			[]string{"PERSON Ann Cole", "ORG Merrill Lynch", "GPE New York"}},
		{"\"Rates will fall,\" said Ward McCarthy of Merrill Lynch. \"Growth will slow,\" said Joe Plocek, an economist at McCarthy. McCarthy noted that prices rose.",
			[]string{"PERSON Ward McCarthy", "ORG Merrill Lynch", "PERSON Joe Plocek", "PERSON McCarthy", "PERSON McCarthy"}},
		{"\"We will win,\" said Ann Cole, the ambassador of Kazakhstan.",
			[]string{"PERSON Ann Cole", "GPE Kazakhstan"}},
		{"The detention of Tesfay Dinka showed resolve. Dinka was held on Friday.",
			[]string{"PERSON Tesfay Dinka", "PERSON Dinka"}},
		{"The weekly Der Spiegel and the daily Il Giornale reported it, as did Ernie De Kock.",
			[]string{"ORG Der Spiegel", "ORG Il Giornale", "PERSON Ernie De Kock"}},
		{"Analysts liked it. Now Vodafone wants more. Former WorldCom chief Bernie Ebbers spoke. Now I know. Kelly Holmes won.",
			[]string{"ORG Vodafone", "ORG WorldCom", "PERSON Bernie Ebbers", "PERSON Kelly Holmes"}},
		{"Merrill Lynch analyst Ann Cole said rates would rise. Shares of Merrill Lynch fell.",
			[]string{"ORG Merrill Lynch", "PERSON Ann Cole", "ORG Merrill Lynch"}},
		{"West German Finance Minister Gerhard Stoltenberg spoke in West Berlin. Statistics Canada said West Texas Intermediate rose in the North Sea.",
			[]string{"PERSON Gerhard Stoltenberg", "GPE West Berlin", "ORG Statistics Canada", "ORG West Texas Intermediate", "LOC North Sea"}},
		{"Analysts at Merrill Lynch and economists with Goldman Sachs disagreed. The former manager of Johnny Cash has died.",
			[]string{"ORG Merrill Lynch", "ORG Goldman Sachs", "PERSON Johnny Cash"}},
		{"Shares rose in Sao Paulo and in Malmo.",
			[]string{"GPE Sao Paulo", "GPE Malmo"}},
		{"Senate Republican leader Bob Dole and House Democrats opposed the bill. Pro-Kremlin United Russia won.",
			[]string{"ORG Senate", "NORP Republican", "PERSON Bob Dole", "ORG House", "NORP Democrats", "ORG United Russia"}},
		{"Sales rose. A YouGov poll published on Monday found support for Delino DeShields.",
			[]string{"ORG YouGov", "PERSON Delino DeShields"}},
		{"The detention of veteran dissident Wang Donghai showed resolve. Wang was held on Friday.",
			[]string{"PERSON Wang Donghai", "PERSON Wang"}},
		{"Sales rose. Dole campaign manager Scott Reed wrote to Clinton campaign manager Peter Knight. Obama administration officials agreed.",
			[]string{"PERSON Dole", "PERSON Scott Reed", "PERSON Clinton", "PERSON Peter Knight", "PERSON Obama"}},
		{"Sales rose. BCI is launching a eurobond on behalf of Merrill Lynch &amp; Co. Later Merrill Lynch sold it.",
			[]string{"ORG BCI", "ORG Merrill Lynch &amp; Co.", "ORG Merrill Lynch"}},
		{"Shares of Douglas & Lomason rose in July.",
			[]string{"ORG Douglas & Lomason", "DATE July"}},
		{"Russian and Kazakh experts met in Almaty.",
			[]string{"NORP Russian", "NORP Kazakh", "GPE Almaty"}},
		{"Labour and the Lib Dems attacked the plans of the Tories.",
			[]string{"ORG Labour", "ORG Lib Dems", "NORP Tories"}},
		{"The new party 'Veritas' was launched by Robert Kilroy-Silk in London.",
			[]string{"ORG Veritas", "PERSON Robert Kilroy-Silk", "GPE London"}},
		{"I've always said that the General Election will be held in Britain.",
			[]string{"EVENT General Election", "GPE Britain"}},
		{"Harlan Tool Co said its orders rose.",
			[]string{"ORG Harlan Tool Co"}},
		{"General Dynamo Co said its orders rose.",
			[]string{"ORG General Dynamo Co"}},
		{"The Treasury said it would sell more bills.",
			[]string{"ORG Treasury"}},
		{"Texaco said it would appeal.",
			[]string{"ORG Texaco"}},
		{"Acme Widget Corp lost money. Finance Minister Richard\nHu is expected to announce a neutral budget tomorrow with\nno tax changes, the minister said.",
			[]string{"ORG Acme Widget Corp", "PERSON Richard Hu"}},
		{"Orders from <Airbus Industrie GmbH> and &lt;Dornier Werke Ltd&gt; rose.",
			[]string{"ORG Airbus Industrie GmbH", "ORG Dornier Werke Ltd"}},
		{"The European Community said it would cut farm prices.",
			[]string{"ORG European Community"}},
		{"During the meeting, prominent experts shared their opinions.", nil},
		{"A filing with the Securities and Exchange Commission named Merrill Lynch and Co Inc.",
			[]string{"ORG Securities and Exchange Commission", "ORG Merrill Lynch and Co Inc."}},
		{"Standard and Poor's Corp and Moody's Investors Service Inc cut the debt.",
			[]string{"ORG Standard and Poor's Corp", "ORG Moody's Investors Service Inc"}},
		{"Talks on the General Agreement on Tariffs and Trade resumed as Britain's Finance Ministry said.",
			[]string{"ORG General Agreement on Tariffs and Trade", "GPE Britain", "ORG Finance Ministry"}},
		{"Merrill Lynch and Co Inc cut its forecast, and analysts at Merrill Lynch and Salomon Brothers were cautious.",
			[]string{"ORG Merrill Lynch and Co Inc", "ORG Merrill Lynch", "ORG Salomon Brothers"}},
		{"The split of its Class A and Class B shares was approved.", nil},
		{"Prices rose, Reuters said.\n Reuter\n&#3;", []string{"ORG Reuters"}},
		{"Prices rose, she wrote.\n\nAnna Petrova", []string{"PERSON Anna Petrova"}},
		{"The Bank of England and Japan agreed.",
			[]string{"ORG Bank of England", "GPE Japan"}},
		{"International Business Machines\nCorp said it introduced a computer, an entry-level\naddition to its family of computers.",
			[]string{"ORG International Business Machines Corp"}},
		{"Groups said the Reagan administration plan and the Kohl government failed.",
			[]string{"PERSON Reagan", "PERSON Kohl"}},
		{"The U.S. Trade deficit and the U.S. And West German talks worried dollar and trade markets.",
			[]string{"GPE U.S.", "GPE U.S.", "NORP West German"}},
		{"Foreign Secretary Jack Straw met Alan Shearer. Straw said the talks went well, and Mr Straw left. Shearer agreed. Such talks help.",
			[]string{"PERSON Jack Straw", "PERSON Alan Shearer", "PERSON Straw", "PERSON Straw", "PERSON Shearer"}},
		{"Federal Reserve Board Chairman Paul Volcker and Air Traffic Control Administration Director Branko Bilbija met Deputy Energy Minister Ann Lee. It was bought by NationsBank Corp.",
			[]string{"ORG Federal Reserve Board", "PERSON Paul Volcker", "ORG Air Traffic Control Administration", "PERSON Branko Bilbija", "PERSON Ann Lee", "ORG NationsBank Corp."}},
		{"Last year Securities and Exchange Commission Chairman John Shad said it would act.",
			[]string{"ORG Securities and Exchange Commission", "PERSON John Shad"}},
		{"Money supply rose.\nAug 28 Chg on wk Chg on yr\nM1 63.02 62.83 57.50\nQtr net profit 1.2 mln vs 0.8 mln\nMr Ng said prices rose 5 pct in the Midwest.",
			[]string{"DATE Aug 28", "PERSON Ng", "LOC Midwest"}},
		{"Sales rose, Merrill Lynch said. Morgan Stanley and Smith Barney disagreed, and Goldman Sachs and Co cut its forecast.",
			[]string{"ORG Merrill Lynch", "ORG Morgan Stanley", "ORG Smith Barney", "ORG Goldman Sachs and Co"}},
		{"Prime Minister Theresa May said the deal was good. May added that talks would end on May 3.",
			[]string{"PERSON Theresa May", "PERSON May", "DATE May 3"}},
		{"Comelf, based in the central Transylvanian town of Bistrita, makes pumps. A Guardian reporter met a former Surinamese guerrilla leader.",
			[]string{"ORG Comelf", "NORP Transylvanian", "GPE Bistrita", "NORP Surinamese"}},
		{"Sales rose. Italian tyre and cables giant Pirelli linked up with the carmaker Fiat, as film maker Theo van Gogh said.",
			[]string{"NORP Italian", "ORG Pirelli", "ORG Fiat", "PERSON Theo van Gogh"}},
		{"Sales rose.\n    Shr 1.04 dlrs vs 87 cts\n    SHR 1.04 DLRS VS 87 CTS\n    Net 77.7 mln vs 64.2 mln\nLeicester 3 Chelsea 1",
			[]string{"GPE Leicester", "ORG Chelsea"}},
		{"Coach Glenn Hoddle named Alan Shearer captain. \"I spoke to Alan and he wanted it,\" Hoddle said.",
			[]string{"PERSON Glenn Hoddle", "PERSON Alan Shearer", "PERSON Alan", "PERSON Hoddle"}},
		{"Economist Joel Naroff of First Union said sales rose, as did Security Council President Tono Eitel of Germany and Vice President Al Gore.",
			[]string{"PERSON Joel Naroff", "ORG First Union", "ORG Security Council", "PERSON Tono Eitel", "GPE Germany", "PERSON Al Gore"}},
		{"Tiger Woods made his debut at the Greater Milwaukee Open. The Olympic champion won.",
			[]string{"PERSON Tiger Woods", "EVENT Greater Milwaukee Open", "EVENT Olympic"}},
		{"He flew to St Louis and Mt Kenya, not to St Andrews United Reform Church.",
			[]string{"GPE St Louis", "GPE Mt Kenya", "ORG St Andrews United Reform Church"}},
		{"Volkswagen of America said it would shut a plant, and Volkswagen A.G. agreed. Yeltsin, whom Boris Yeltsin named, spoke.",
			[]string{"ORG Volkswagen", "GPE America", "ORG Volkswagen A.G.", "PERSON Yeltsin", "PERSON Boris Yeltsin"}},
		{"Solv-Ex said its deal with Shell Canada Limited was done. Shell Canada will pay it, and Shell gains.",
			[]string{"ORG Solv-Ex", "ORG Shell Canada Limited", "ORG Shell Canada", "ORG Shell"}},
	} {
		doc := analyse(t, c.text)
		checkDoc(t, doc)
		got := found(doc)
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q:\n got %q\nwant %q", c.text, got, c.want)
		}
	}
}

func TestResolution(t *testing.T) {
	text := "The Kazakhstan Institute for Strategic Studies held a meeting. " +
		"Zhanar Tulindinova said the Mazhilis of the Parliament of the RK will change. " +
		"\"It will,\" said Tulindinova. KISI experts agreed that the Mazhilis will work. " +
		"The OSCE praised the Organization for Security and Co-operation in Europe report. " +
		"Later, TULINDINOVA wrote that the Republic of Kazakhstan and Kazakhstan are one. The RK is big."
	doc := analyse(t, text)
	checkDoc(t, doc)
	group := map[string][]string{}
	for _, m := range doc.Mentions {
		e := doc.Entities[m.Entity]
		group[e.Name] = append(group[e.Name], m.Span.In(doc.Text))
	}
	for name, want := range map[string]string{
		"Kazakhstan Institute for Strategic Studies": "Kazakhstan Institute for Strategic Studies|KISI",
		"Zhanar Tulindinova":                         "Zhanar Tulindinova|Tulindinova|TULINDINOVA",
		"Mazhilis of the Parliament of the RK":       "Mazhilis of the Parliament of the RK|Mazhilis",
		"Republic of Kazakhstan":                     "Republic of Kazakhstan|Kazakhstan|RK",
	} {
		if got := strings.Join(group[name], "|"); got != want {
			t.Errorf("entity %q: mentions %q, want %q (all: %q)", name, got, want, group)
		}
	}
	for _, e := range doc.Entities {
		if e.Type == pipeline.Person && e.ID != names.PersonID("Zhanar Tulindinova") {
			t.Errorf("person %q: id %s, want the speaker id", e.Name, e.ID)
		}
	}
}

func TestIDsAcrossDocuments(t *testing.T) {
	a := analyse(t, "Experts of the OSCE met in Kazakhstan.")
	b := analyse(t, "The Organization for Security and Co-operation in Europe praised the Republic of Kazakhstan.")
	ids := func(doc *pipeline.Document) map[string]string {
		m := map[string]string{}
		for _, e := range doc.Entities {
			m[e.Type] = e.ID
		}
		return m
	}
	ia, ib := ids(a), ids(b)
	if ia["ORG"] == "" || ia["ORG"] != ib["ORG"] {
		t.Errorf("OSCE ids differ: %v, %v", ia, ib)
	}
	if ia["GPE"] == "" || ia["GPE"] != ib["GPE"] {
		t.Errorf("Kazakhstan ids differ: %v, %v", ia, ib)
	}
}

func TestHeadlinesOnlyKnownNames(t *testing.T) {
	doc := analyse(t, "Preliminary Results Discussed by KISI Experts\n\nThe KISI held a meeting in Astana on Monday with experts.")
	for _, m := range doc.Mentions {
		if s := m.Span.In(doc.Text); s == "Preliminary Results" || s == "Experts" || s == "KISI Experts" {
			t.Errorf("headline words %q taken for a name", s)
		}
	}
	if got := strings.Join(found(doc), "|"); !strings.HasPrefix(got, "ORG KISI|ORG KISI") {
		t.Errorf("mentions %q: want the headline's KISI found", got)
	}
}

func TestAcronymMatches(t *testing.T) {
	for _, c := range []struct {
		acr, name string
		want      bool
	}{
		{"PPK", "People's Party of Kazakhstan", true},
		{"RK", "Republic of Kazakhstan", true},
		{"KISI", "Kazakhstan Institute for Strategic Studies", true},
		{"OSCE", "Organization for Security and Cooperation in Europe", true},
		{"CEC", "Center for Electoral Training", false},
		{"KISS", "Kazakhstan Institute", false},
		{"ABC", "Alpha Beta Gamma", false},
	} {
		if got := acronymMatches(c.acr, initials(c.name)); got != c.want {
			t.Errorf("acronymMatches(%q, %q) = %v", c.acr, c.name, got)
		}
	}
}

func TestKeys(t *testing.T) {
	if contentKey("the Organization for Security and Co-operation in Europe") != contentKey("Organization for Security and Cooperation in Europe") {
		t.Error("hyphens and stop words must not change the content key")
	}
	if got := baseForm("KISI under the President of the RK"); got != "KISI" {
		t.Errorf("baseForm = %q", got)
	}
	for in, want := range map[string]string{"Mazhilis of the Parliament": "mazhilis", "RK Parliament": "parliament", "the Senate": "senate"} {
		if got := headWord(in); got != want {
			t.Errorf("headWord(%q) = %q, want %q", in, got, want)
		}
	}
	if phraseKey("The Hague's") != "hague" {
		t.Errorf("phraseKey = %q", phraseKey("The Hague's"))
	}
}

func TestDates(t *testing.T) {
	doc := analyse(t, "On March 19 the vote was held; since 2004, and on 24 March 2023, and in December 2022, 1,700 observers and 2000 people came. ISO 1996-08-30 too. Pay May One. May one ask?")
	var got []string
	for _, m := range doc.Mentions {
		if m.Type == pipeline.Date {
			got = append(got, m.Span.In(doc.Text))
		}
	}
	want := "March 19|2004|24 March 2023|December 2022|1996-08-30|May One"
	if strings.Join(got, "|") != want {
		t.Errorf("dates %q, want %q", got, want)
	}
}

// TestAbbreviatedMonths: "Oct. 16, 1996" is a date (the abbreviation's
// dot is no sentence end) and the same day as "October 16, 1996".
func TestAbbreviatedMonths(t *testing.T) {
	doc := analyse(t, "The debates are on Sept. 25, Oct. 9 and Oct. 16, 1996. On October 16, 1996 it ended. Jan Smith came in Dec. 1995.")
	var got []string
	ent := map[string]int{}
	for _, m := range doc.Mentions {
		if m.Type == pipeline.Date {
			got = append(got, m.Span.In(doc.Text))
			ent[m.Span.In(doc.Text)] = m.Entity
		}
	}
	want := "Sept. 25|Oct. 9|Oct. 16, 1996|October 16, 1996|Dec. 1995"
	if strings.Join(got, "|") != want {
		t.Errorf("dates %q, want %q", got, want)
	}
	if ent["Oct. 16, 1996"] != ent["October 16, 1996"] {
		t.Errorf("Oct. 16, 1996 and October 16, 1996 are entities %d and %d", ent["Oct. 16, 1996"], ent["October 16, 1996"])
	}
}

func TestEmptyAndCancelled(t *testing.T) {
	st, err := New()
	if err != nil {
		t.Fatal(err)
	}
	doc := &pipeline.Document{Text: "Erkin Tukumov"}
	if err := st.Process(context.Background(), doc); err != nil || len(doc.Entities) != 0 {
		t.Errorf("no tokens: %v %v", err, doc.Entities)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := st.Process(ctx, analyse(t, "Erkin Tukumov spoke.")); err == nil {
		t.Error("a cancelled context must stop the stage")
	}
	if st.Name() != "entities" {
		t.Errorf("Name() = %q", st.Name())
	}
	off, _ := New(WithDates(false))
	doc = analyse(t, "On March 19, 2023 Erkin Tukumov spoke.")
	if err := off.Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	for _, m := range doc.Mentions {
		if m.Type == pipeline.Date {
			t.Errorf("WithDates(false) found %q", m.Span.In(doc.Text))
		}
	}
}

func ExampleStage() {
	doc := &pipeline.Document{Text: "Erkin Tukumov, the director of the Kazakhstan Institute for Strategic Studies (KISI), " +
		"said that the OSCE praised the elections in Kazakhstan. Tukumov spoke in Astana."}
	stages, err := buildStages()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range stages {
		if err := s.Process(context.Background(), doc); err != nil {
			fmt.Println(err)
			return
		}
	}
	for _, e := range doc.Entities {
		fmt.Printf("%s %s %q\n", e.Type, e.Name, e.Aliases)
	}
	// Output:
	// PERSON Erkin Tukumov ["Tukumov"]
	// ORG Kazakhstan Institute for Strategic Studies ["KISI"]
	// ORG OSCE []
	// GPE Kazakhstan []
	// GPE Astana []
}

// TestKeyFastPath: key's direct construction gives slowKey's result on
// every range of up to six tokens of the example article and of tricky
// text (possessives, quotes, parentheses, "the", non-ASCII case).
func TestKeyFastPath(t *testing.T) {
	texts := []string{
		`The Kazakhstan Institute's director (KISI) said: "the Mazhilis; the RK's Senate" — ÉCOLE Normale, O'Neill’s party.`,
		"THE UNITED NATIONS and the the Council of Europe met in Almaty, Astana and Nur-Sultan.",
	}
	texts = append(texts, testdoc.Example(t))
	st, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range texts {
		doc := analyse(t, text)
		a := newAnnotator(st, doc)
		for lo := range a.toks {
			for hi := lo + 1; hi <= min(len(a.toks), lo+6); hi++ {
				if got, want := a.key(lo, hi), a.slowKey(lo, hi); got != want {
					t.Fatalf("key(%q) = %q, slowKey = %q", a.spanOf(lo, hi).In(doc.Text), got, want)
				}
			}
		}
		a.release(st)
	}
}

// TestRetypeSpeakers: a speaker known by one word that the document
// names as an organisation becomes one, with the entity's id; a person
// stays a person, with the id the entity shares.
func TestRetypeSpeakers(t *testing.T) {
	doc := analyse(t, "Texaco said it would appeal the ruling soon.\n\nJohn Smith said the ruling was fair to all.\n\nThe Liberal Democrats said the ruling was a disgrace.")
	kinds := map[string]string{}
	for _, sp := range doc.Speakers {
		kinds[sp.Name] = sp.Kind
		for _, e := range doc.Entities {
			if e.Name == sp.Name && e.ID != sp.ID && sp.Kind == pipeline.Person {
				t.Errorf("speaker %q has id %s, entity %s", sp.Name, sp.ID, e.ID)
			}
		}
	}
	if kinds["Texaco"] != pipeline.Org || kinds["John Smith"] != pipeline.Person || kinds["Liberal Democrats"] != pipeline.Org {
		t.Errorf("kinds %v, want Texaco and Liberal Democrats ORG, John Smith PERSON", kinds)
	}
}

// TestInstitutionIDs: an institution that speaks has one speaker_id
// wherever it is named the same, whether the attribution stage took it
// for one or the entity stage retyped it ("China said ... He said"), and
// whatever type and canonical name its entity has.
func TestInstitutionIDs(t *testing.T) {
	want := names.EntityID(pipeline.Org, "China")
	for _, text := range []string{
		"Sales rose.\n\nChina said exports would grow.\n\nHe said imports would fall.",
		"China said its exports would grow this year.\n\nChina said imports would fall in March.",
		"The Chinese government met on Monday.\n\nChina said exports would grow this year.",
	} {
		doc := analyse(t, text)
		for _, sp := range doc.Speakers {
			if sp.Name == "China" && (sp.ID != want || sp.Kind != pipeline.Org) {
				t.Errorf("%q: China is %s %s, want ORG %s", text, sp.Kind, sp.ID, want)
			}
		}
	}
}

// TestRoleOfABody: a speaker whose only role is a kind of business or
// body ("the official news agency Tass") is retyped like any other; a
// person's role keeps a person a person.
func TestRoleOfABody(t *testing.T) {
	for text, want := range map[string]string{
		"Seventeen people were killed after a dam collapsed, the official news agency Tass said.\n\nThe water swept away 53 houses, Tass said.": pipeline.Org,
		"Prices will fall, economist Ann Cole said.\n\nThe dollar will rise, Cole said.":                                                        pipeline.Person,
	} {
		doc := analyse(t, text)
		if len(doc.Speakers) == 0 || doc.Speakers[0].Kind != want {
			t.Errorf("%q: speakers %+v, want the first %s", text, doc.Speakers, want)
		}
	}
}

// TestGenderedSpeakers: a speaker known by one word that a "he" refers to
// stays a person however its name is typed, unless a gazetteer makes it a
// place.
func TestGenderedSpeakers(t *testing.T) {
	for text, want := range map[string]string{
		"Sales rose.\n\nCook said the plan would fail.\n\nHe said costs would rise.":     pipeline.Person,
		"Sales rose.\n\nSilas said the field would start.\n\nHe said output would rise.": pipeline.Person,
		"Sales rose.\n\nChina said exports would grow.\n\nHe said imports would fall.":   pipeline.Org,
	} {
		doc := analyse(t, text)
		if len(doc.Speakers) == 0 || doc.Speakers[0].Kind != want {
			t.Errorf("%q: speakers %+v, want the first %s", text, doc.Speakers, want)
		}
	}
}

// TestPronounsNeverPlaces: a "he" the attribution stage sent back to a
// name found before it names nobody when that name is a place's, an
// event's or a firm's; a person found so, and a speaker a statement names,
// keep it.
func TestPronounsNeverPlaces(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // speaker of each statement, "" for none
	}{
		{"a place", "Prices rose sharply in Hong Kong and New York last week.\n\nHe said the market would recover soon.", ""},
		{"an event", "Record crowds came to the New York Marathon last week.\n\nHe said the race would grow next year.", ""},
		{"a person", "Prices rose sharply after John Smith sold his shares.\n\nHe said the market would recover soon.", "John Smith"},
		{"a speaker named", "Nogales said the station would grow.\n\nHe said ratings rose in March.", "Nogales|Nogales"},
		{"an institution named", "China said its exports would grow.\n\nHe said imports would fall in March.", "China|"},
		{"a party named", "The Tories said the tax would fall.\n\nHe said spending would rise.", "Tories|"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := analyse(t, "Sales rose.\n\n"+tt.text)
			var got []string
			for _, st := range doc.Statements {
				name := ""
				if st.Speaker >= 0 {
					name = doc.Speakers[st.Speaker].Name
				}
				got = append(got, name)
			}
			if strings.Join(got, "|") != tt.want {
				t.Errorf("speakers %q, want %q", got, tt.want)
			}
			if tt.want == "" && len(doc.Speakers) != 0 {
				t.Errorf("speakers %v left without a statement", doc.Speakers)
			}
		})
	}
}

// TestKnights: "Sir Richard" is the Sir Richard Branson the document
// named, unless two people named Richard are in it.
func TestKnights(t *testing.T) {
	for text, want := range map[string]string{
		"Sir Richard Branson launched a show. Sir Richard said it was fun.":     "Richard Branson|Richard Branson",
		"Richard Branson and Richard Hammond met. Sir Richard said it was fun.": "Richard Branson|Richard Hammond|Richard",
	} {
		doc := analyse(t, text)
		var got []string
		for _, m := range doc.Mentions {
			got = append(got, doc.Entities[m.Entity].Name)
		}
		if strings.Join(got, "|") != want {
			t.Errorf("%q: entities of the mentions %q, want %s", text, got, want)
		}
	}
}

// TestFamilyNameFirst: "Zhao" alone is the Zhao Ziyang the document
// named, and stays a person as a speaker.
func TestFamilyNameFirst(t *testing.T) {
	doc := analyse(t, "Premier Zhao Ziyang said growth would slow this year.\n\nZhao said prices would rise this year.")
	var got []string
	for _, m := range doc.Mentions {
		got = append(got, m.Span.In(doc.Text)+"="+doc.Entities[m.Entity].Name)
	}
	if want := "Zhao Ziyang=Zhao Ziyang|Zhao=Zhao Ziyang"; strings.Join(got, "|") != want {
		t.Errorf("mentions %q, want %s", got, want)
	}
	for _, sp := range doc.Speakers {
		if sp.Kind != pipeline.Person {
			t.Errorf("speaker %q is %s, want PERSON", sp.Name, sp.Kind)
		}
	}
}

// TestClubs checks that in a report on sport a town's name is the club it
// names, except where it is the place where something happens.
func TestClubs(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Leeds beat Everton 2-1 at Elland Road. Leeds striker Alan Smith scored twice after half-time, " +
			"and the goalkeeper was unbeaten. The team flew back to Leeds, and the next match is in Cardiff.",
			[]string{"ORG Leeds", "ORG Everton", "LOC Elland Road", "ORG Leeds", "PERSON Alan Smith", "GPE Leeds", "GPE Cardiff"}},
		{"Athletes missed tests in Tel Aviv, Chicago and Athens, the sprinter's coach said. " +
			"The medallist ran in this year's London marathon and was in the Olympics.",
			[]string{"GPE Tel Aviv", "GPE Chicago", "GPE Athens", "GPE London", "EVENT Olympics"}},
		// A headline naming the sport makes a report on sport of a
		// results story with few words of sport.
		{"RUGBY - LEICESTER BEAT GLOUCESTER .\nLONDON 1996-08-30\nLeicester beat Gloucester on Saturday and meet Australia's Gold Coast Rams at the Riverside next.",
			[]string{"ORG LEICESTER", "ORG GLOUCESTER", "GPE LONDON", "DATE 1996-08-30", "ORG Leicester", "ORG Gloucester",
				"GPE Australia", "GPE Gold Coast", "ORG Rams", "GPE Riverside"}},
		{"Alan Shearer scored twice after half-time and the goalkeeper was beaten again. He will be replaced by Shearer's Newcastle team mate Les Ferdinand in the next match.",
			[]string{"PERSON Alan Shearer", "PERSON Shearer", "ORG Newcastle", "PERSON Les Ferdinand"}},
		{"Last night Wasps beat Saracens 21-19 after half-time, the goalkeeper was unbeaten and the Games go on.",
			[]string{"ORG Wasps", "ORG Saracens"}},
		// A dateline's town and region stay places, with the region
		// between a comma and the date.
		{"GOLF - WOODS MAKES PRO DEBUT .\nMILWAUKEE , Wisconsin 1996-08-29\nNICE, France, Aug 29\nLeeds beat Everton.",
			[]string{"GPE MILWAUKEE", "GPE Wisconsin", "DATE 1996-08-29", "GPE NICE", "GPE France", "DATE Aug 29", "ORG Leeds", "ORG Everton"}},
		// A club's nickname after its town's name is part of it.
		{"BASEBALL - RANGERS WIN .\nThe New York Rangers beat the Cleveland Indians 6-2 and Baros scored for Leeds Rhinos , not for Leeds Hartlepool .",
			[]string{"ORG New York Rangers", "ORG Cleveland Indians", "ORG Baros", "ORG Leeds Rhinos", "ORG Leeds", "ORG Hartlepool"}},
		// A country stays a place, whatever its form in the gazetteer.
		{"SOCCER - BELGIUM BEAT TURKEY 2-1 .\nBAKU 1996-08-31\nBelgium beat Turkey 2-1 in a World Cup qualifier .",
			[]string{"GPE BELGIUM", "GPE TURKEY", "GPE BAKU", "DATE 1996-08-31", "GPE Belgium", "GPE Turkey", "EVENT World Cup"}},
		// Lines of results and league tables name clubs; a country stays
		// a place, and a golfer's scores make no table.
		{"SOCCER - ENGLISH LEAGUE RESULTS .\nHuddersfield 1 Crystal Palace 1\nLeyton Orient 4 1 1 2 3 3 4\nBelgium 2 Turkey 1\nTiger Woods 70 67 68 72 277\nCrystal Palace won again .",
			[]string{"NORP ENGLISH", "ORG Huddersfield", "ORG Crystal Palace", "ORG Leyton Orient", "GPE Belgium", "GPE Turkey", "PERSON Tiger Woods", "ORG Crystal Palace"}},
		// A town opening a line of results before a colon is where they
		// were played; before a list of players, it is the club.
		{"CRICKET - COUNTY RESULTS .\nLeicester : Leicestershire beat Somerset by an innings .\nLeeds : Alan Smith , Harry Kewell .",
			[]string{"GPE Leicester", "ORG Leicestershire", "ORG Somerset", "ORG Leeds", "PERSON Alan Smith", "PERSON Harry Kewell"}},
		// Not a report on sport: the towns stay places.
		{"Leeds beat Everton in the race for the new hospital, the council said.",
			[]string{"GPE Leeds", "ORG Everton"}},
	} {
		doc := analyse(t, c.text)
		checkDoc(t, doc)
		if got := found(doc); strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q:\n got %q\nwant %q", c.text, got, c.want)
		}
	}
}

// TestClubsFromMetadata checks that metadata filing a document under sport
// makes it a report on sport.
func TestClubsFromMetadata(t *testing.T) {
	at, en := attributionAndEntities(t)
	for _, section := range []string{"sport", "politics"} {
		doc := &pipeline.Document{Text: "Leeds beat Everton on Saturday.", Meta: map[string]string{"section": section}}
		for _, s := range append(testdoc.Backbone(t), at, en) {
			if err := s.Process(context.Background(), doc); err != nil {
				t.Fatal(err)
			}
		}
		want := "GPE Leeds"
		if section == "sport" {
			want = "ORG Leeds"
		}
		if got := found(doc); len(got) == 0 || got[0] != want {
			t.Errorf("section %s: got %q, want %s first", section, got, want)
		}
	}
}
