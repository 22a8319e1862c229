package entities

import (
	"strings"

	"github.com/commentariat/commentariat/internal/names"
	"github.com/commentariat/commentariat/pipeline"
)

// classify types the name [lo, hi) from its words and context.
func (a *annotator) classify(lo, hi int, titled bool) {
	// strip trailing non-name tokens
	for hi > lo && !a.toks[hi-1].cap {
		hi--
	}
	if lo >= hi {
		return
	}
	lx := a.lx
	first, last := &a.toks[lo], &a.toks[hi-1]
	lastW := trimDot(last.lower)
	n := hi - lo
	hasOf := false
	for k := lo; k < hi; k++ {
		if !a.toks[k].cap {
			hasOf = true
		}
	}
	switch {
	case n == 1 && (a.is(first, cNonEntity) || a.isRole(lo) || len(first.text) == 1 || a.is(first, cMonth)),
		n == 2 && a.toks[hi-1].text == ".":
		return
	case n == 2 && len(last.text) == 1 && a.is(first, cCommon):
		// "Class A shares", "Plan B": a common word and a letter
		return
	case n == 2 && a.is(first, cDirection) && a.lx.gaz[a.key(lo+1, hi)].typ == pipeline.NORP:
		// "West German", "East European"
		a.add(lo, hi, pipeline.NORP, confLexicon, "")
		return
	case n == 2 && a.is(first, cDirection) && a.lx.gaz[a.key(lo+1, hi)].typ == pipeline.GPE:
		// "West Berlin", "East Java"
		a.add(lo, hi, pipeline.GPE, confContext, "")
		return
	case n >= 2 && a.placeAfterCommon(lo, hi):
		// "Statistics Canada", "Air France", "West Texas
		// Intermediate": capitalised common words and a place name no
		// person
		a.add(lo, hi, pipeline.Org, confContext, "")
		return
	case a.hasTok(lo, hi, "&"):
		a.add(lo, hi, pipeline.Org, confLexicon, "")
		return
	case lx.lawHeads[lastW] || first.lower == "law" && hasOf:
		a.add(lo, hi, pipeline.Law, confLexicon, "")
		return
	case n > 1 && lx.eventHeads[lastW]:
		a.add(lo, hi, pipeline.Event, confLexicon, "")
		return
	case a.orgHeadIn(lo, hi):
		if !(n == 1 && first.initial && !strings.HasPrefix(first.tag, "NNP")) {
			a.add(lo, hi, pipeline.Org, confLexicon, "")
		}
		return
	case n > 1 && lx.geoHeads[lastW] && !lx.roles[lastW]:
		a.add(lo, hi, pipeline.Loc, confContext, "")
		return
	}
	// "Merrill Lynch", "Goldman Sachs and Co": a firm named after people
	if a.firmAt(lo, hi) {
		a.add(lo, hi, pipeline.Org, confLexicon, "")
		return
	}
	// "the central Transylvanian town", "a Surinamese guerrilla leader":
	// a demonym the gazetteer lacks, before the noun it qualifies
	if n == 1 && a.demonym(lo) {
		a.add(lo, hi, pipeline.NORP, confDefault, "")
		return
	}
	// "Chg", "Wk" in a table of figures: abbreviations, not names
	if n == 1 && !first.caps && abbreviation(first.text) && !(lo > 0 && a.isD(&a.toks[lo-1], cTitle)) &&
		(len(first.text) >= 3 || a.figuresOnLine(lo) >= 2) {
		return // not "Mr Ng"
	}
	// acronyms
	if n == 1 && first.caps && len(first.text) <= 8 {
		a.add(lo, hi, pipeline.Org, confDefault, "")
		return
	}
	prev, next := "", ""
	if lo > 0 {
		prev = a.toks[lo-1].lower
	}
	if hi < len(a.toks) {
		next = a.toks[hi].lower
	}
	// "Broker Khurshid Alam": a common noun before a name; "Now
	// Vodafone", "Former WorldCom": a common word opening the sentence
	for (n >= 3 && a.is(&a.toks[lo], cCommon) || n == 2 && a.toks[lo].initial && notNameStart(&a.toks[lo]) && !a.is(&a.toks[lo], cFirst)) &&
		a.toks[lo].cap && a.nameShaped(lo+1, hi) && !a.commonIn(lo+1, hi) {
		lo++
		n--
		first = &a.toks[lo]
	}
	if n == 1 && len(first.text) == 1 {
		return // "Now I know"
	}
	// "the Treasury", "the Fed": no person's name follows "the"
	personish := n <= 4 && a.nameShaped(lo, hi) && prev != "the"
	switch {
	case n == 2 && placeAbbrevs[trimDot(first.lower)] && !titled:
		// "St Louis", "St Andrews", "Mt Kenya": a saint's or a
		// mountain's name names a place (or the club of a town)
		a.add(lo, hi, pipeline.GPE, confDefault, "")
	case n == 1 && (prev == "the" && leaderNouns[next] || personalNouns[next]) && !first.caps && !a.is(first, cCommon) && !a.common[first.lower]:
		// "the Reagan administration", "the Kohl government": a
		// government or campaign named after its leader
		a.add(lo, hi, pipeline.Person, confContext, "")
	case personish && (titled || lx.titles[trimDot(prev)]) && !(n == 1 && a.is(first, cCommon)):
		// not a title and a common word: "General Agreement", "General
		// Electric"
		a.add(lo, hi, pipeline.Person, confContext, "")
	case (prev == "at" || prev == "with") && lo >= 2 && a.workerNoun(lo-2) && !a.is(first, cTitle) && !(n == 1 && a.lx.gaz[first.lower].typ != ""):
		// "an analyst at Merrill Lynch", "economists with Goldman
		// Sachs": where people work ("the manager of Johnny Cash" is
		// someone's); one word only weakly, as it may be a surname the
		// document gives in full ("an economist at McCarthy" where Ward
		// McCarthy speaks)
		conf := confContext
		if n == 1 {
			conf = confDefault
		}
		a.add(lo, hi, pipeline.Org, conf, "")
	case lx.firmNouns[prev] && !a.toks[lo-1].cap && !(n == 1 && a.lx.gaz[first.lower].typ != "") && !(n >= 2 && a.is(first, cFirst)):
		// "cables giant Pirelli", "the carmaker Fiat": the kind of
		// business stands before its name as a title before a person's
		// (a given name makes a person: "film maker Theo van Gogh")
		a.add(lo, hi, pipeline.Org, confContext, "")
	case prev == "of" && lo >= 2 && lx.placeNouns[a.toks[lo-2].lower] && !a.headAfter(lo, hi):
		// "the town of Tavildara", "east of Arbil"
		a.add(lo, hi, pipeline.GPE, confContext, "")
	case lx.orgNouns[next] && hi < len(a.toks) && !a.toks[hi].cap:
		a.add(lo, hi, pipeline.Org, confContext, "")
	case n >= 2 && first.cap && foreignArticles[first.lower] && !a.is(&a.toks[lo+1], cFirst):
		// "Der Spiegel", "El Al", "Le Monde": a name that opens with
		// an article of another language names a title or a firm; a
		// person's particle is written in lower case ("Charles de
		// Gaulle") or comes after a given name
		a.add(lo, hi, pipeline.Org, confDefault, "")
	case personish && n >= 2 && a.is(first, cFirst) && !a.commonIn(lo, hi):
		a.add(lo, hi, pipeline.Person, confContext, "")
	case personish && n >= 2 && !a.commonIn(lo, hi) && (lx.personVerbs[next] || prev == "to" && lo > 1 && a.toks[lo-2].lower == "according"):
		// A lone word before "said" may be a firm's name as well as a
		// surname ("Texaco said"): the document decides (harmonise).
		a.add(lo, hi, pipeline.Person, confContext, "")
	case n == 1 && lx.placePreps[prev] && !first.initial:
		a.add(lo, hi, pipeline.GPE, confDefault, "")
	case personish && n >= 2 && !a.commonIn(lo, hi):
		a.add(lo, hi, pipeline.Person, confDefault, "")
	case personish && n >= 2 && a.commonIn(lo, hi):
		// "International Relations": capitalised common words
	case n == 1 && a.is(first, cCommon):
		// a common word, unless the document names a person with it
		// ("Alan Shearer ... Shearer said"): see harmonise
		a.addCommon(lo, hi)
	case n == 1 && first.initial && !strings.HasPrefix(first.tag, "NNP"):
		// a capitalised sentence opener: a name only if the document
		// says so (a surname of a person it names in full: "Shearer
		// takes the captaincy"), else dropped (harmonise)
		a.add(lo, hi, "", confNone, "")
	case n == 1 && (a.common[first.lower] || a.tableLabel(lo)):
		// a word the document also writes in lower case ("U.S. Dlrs ...
		// dlrs"), the label of a table row ("Shr 1.04 dlrs vs 87 cts")
	case n == 1:
		a.add(lo, hi, "", confNone, "")
	default:
		a.add(lo, hi, pipeline.Org, confDefault, "")
	}
}

// workerNoun reports whether token i is a lower-case job title, singular
// or plural ("analyst", "economists", "chairman").
func (a *annotator) workerNoun(i int) bool {
	t := &a.toks[i]
	if t.cap && !t.initial {
		return false
	}
	w := t.lower
	return a.lx.roles[w] || strings.HasSuffix(w, "s") && a.lx.roles[w[:len(w)-1]] || workers[w]
}

// workers are lower-case nouns for people at work that the roles list,
// made of words of titles, lacks.
var workers = map[string]bool{
	"economist": true, "economists": true, "analysts": true, "strategist": true, "strategists": true,
	"trader": true, "traders": true, "dealer": true, "dealers": true, "banker": true, "bankers": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "official": true, "officials": true,
	"executive": true, "executives": true,
}

// placeAfterCommon reports whether [lo, hi) holds a gazetteer place
// with capitalised common words or compass points, and nothing else,
// around it ("Statistics Canada", "West Texas Intermediate").
func (a *annotator) placeAfterCommon(lo, hi int) bool {
	if a.isD(&a.toks[hi-1], cGeoHead|cOrgHead|cEventHead|cLawHead) {
		return false // "North Sea", "Rift Valley" are places, "Greater Milwaukee Open" an event
	}
	place := false
	for k := lo; k < hi; k++ {
		t := &a.toks[k]
		if !place {
			if n, e := a.gazAt(k, hi); n > 0 && (e.typ == pipeline.GPE || e.typ == pipeline.Loc) && k > lo {
				place = true
				k += n - 1
				continue
			}
		}
		if !a.is(t, cCommon) && !a.is(t, cDirection) || a.isRole(k) || a.isD(t, cGeoHead|cOrgHead) {
			return false
		}
	}
	return place
}

// notNameStart reports whether a capitalised word opening a sentence
// cannot start a name: an adverb, a preposition, a determiner or a
// conjunction by its tag ("Now Vodafone wants ..."), or an adjective that
// comes before names without being one ("Former WorldCom chief ...").
func notNameStart(t *tok) bool {
	switch t.tag {
	case "RB", "RBR", "RBS", "IN", "DT", "CC", "WRB", "WDT", "PRP$":
		return true
	}
	return nameModifiers[t.lower]
}

// nameModifiers are adjectives written before names that are no part of
// them.
var nameModifiers = map[string]bool{"former": true, "late": true, "then": true, "ex": true}

// foreignArticles are the definite articles of other languages that open
// the names of newspapers, clubs and firms ("La Nacion", "Il Sole", "De
// Telegraaf" aside, since "De" and "El" start many surnames: "De Kock",
// "El Guerrouj").
var foreignArticles = map[string]bool{
	"la": true, "le": true, "les": true, "los": true, "las": true, "il": true,
	"der": true, "die": true, "das": true, "het": true,
}

// leaderNouns are the lower-case nouns after "the" and a surname that
// name what the person leads ("the Reagan administration").
var leaderNouns = map[string]bool{
	"administration": true, "administrations": true, "government": true, "cabinet": true,
	"presidency": true, "campaign": true, "camp": true, "era": true, "years": true, "doctrine": true,
}

// personalNouns name what a person runs, with or without "the" ("Dole
// campaign manager Scott Reed", "Obama administration officials").
var personalNouns = map[string]bool{"campaign": true, "administration": true, "camp": true, "presidency": true}

// abbreviation reports whether a capitalised word of two to four letters
// has no vowel ("Chg", "Wk", "Shr", "Qtr"), as abbreviations in tables of
// figures do and names rarely (a word of two letters counts only on a
// line of figures, and never after a title: "Mr Ng").
func abbreviation(w string) bool {
	if len(w) < 2 || len(w) > 4 {
		return false
	}
	if w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i] | 0x20
		if c < 'a' || c > 'z' || strings.IndexByte("aeiouy", c) >= 0 || i > 0 && w[i] < 'a' {
			return false // a vowel, or a capital inside ("PwC")
		}
	}
	return true
}

// figuresOnLine counts the tokens holding a digit on the line of token i.
func (a *annotator) figuresOnLine(i int) int {
	text := a.doc.Text
	ls := strings.LastIndexByte(text[:a.toks[i].span.Start], '\n') + 1
	le := strings.IndexByte(text[a.toks[i].span.End:], '\n')
	if le < 0 {
		le = len(text)
	} else {
		le += a.toks[i].span.End
	}
	n := 0
	for k := i - 1; k >= 0 && a.toks[k].span.Start >= ls; k-- {
		if strings.ContainsAny(a.toks[k].text, "0123456789") {
			n++
		}
	}
	for k := i + 1; k < len(a.toks) && a.toks[k].span.End <= le; k++ {
		if strings.ContainsAny(a.toks[k].text, "0123456789") {
			n++
		}
	}
	return n
}

// tableLabel reports whether token i labels a row of a table of figures:
// it starts its line, and the line holds a lower-case word (a unit) and
// two figures, or one and no verb, but no other capitalised word than a
// month's, or the whole row is in capitals ("Shr 1.04 dlrs vs 87 cts",
// "SHR 1.04 DLRS VS 87 CTS"; not "Leicester 3 Chelsea 1").
func (a *annotator) tableLabel(i int) bool {
	text := a.doc.Text
	start := a.toks[i].span.Start
	if ls := strings.LastIndexByte(text[:start], '\n') + 1; strings.TrimSpace(text[ls:start]) != "" {
		return false
	}
	nums, unit, verb := 0, false, false
	upper := a.toks[i].caps // "SHR 1.04 DLRS VS 87 CTS": a row in capitals
	for k := i + 1; k < len(a.toks); k++ {
		t := &a.toks[k]
		if a.lineStart(k) {
			break
		}
		switch {
		case t.cap && !a.is(t, cMonth) && !(upper && t.caps):
			return false
		case strings.ContainsAny(t.text, "0123456789"):
			nums++
		case t.word:
			unit = true
			verb = verb || strings.HasPrefix(t.tag, "VB") || t.tag == "MD"
		}
	}
	// two figures make a row whatever the tagger made of its words ("vs");
	// a label and figures alone too ("M1 63.02 62.83 57.50")
	return unit && (nums >= 2 || nums == 1 && !verb) || !unit && nums >= 2 && strings.ContainsAny(a.toks[i].text, "0123456789")
}

// hasTok reports whether [lo, hi) holds the token text s.
func (a *annotator) hasTok(lo, hi int, s string) bool {
	for k := lo; k < hi; k++ {
		if a.toks[k].text == s || a.toks[k].lower == s {
			return true
		}
	}
	return false
}

// commonIn reports whether [lo, hi) reads as capitalised common words
// rather than a name: a word of it is one the document also writes in
// lower case, or every word is an English word never capitalised
// ("International Relations", "Human Rights", but not "Tiger Woods").
func (a *annotator) commonIn(lo, hi int) bool {
	all, caps := true, 0
	for k := lo; k < hi; k++ {
		t := &a.toks[k]
		if !t.cap {
			continue
		}
		caps++
		if a.common[t.lower] {
			return true
		}
		if !a.is(t, cCommon) {
			all = false
		}
	}
	return caps > 0 && all
}

// nameShaped reports whether every token of [lo, hi) could be part of a
// personal name: capitalised words or name particles, no digits, no head
// words.
func (a *annotator) nameShaped(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		t := &a.toks[k]
		if !t.cap {
			if !a.is(t, cParticle) && t.text != "." {
				return false
			}
			continue
		}
		if a.isD(t, cOrgHead|cGeoHead) || k == lo && a.isD(t, cRole) || k == hi-1 && a.isD(t, cLawHead|cEventHead) ||
			strings.ContainsAny(t.text, "0123456789&") || t.caps && len(t.text) <= 4 {
			return false
		}
	}
	return true
}

// firmAt reports whether the name [lo, hi) is, or opens with, a firm named
// after people (names.Firm: "Merrill Lynch", "Goldman Sachs and Co Inc").
func (a *annotator) firmAt(lo, hi int) bool {
	// every such firm has two words or more: most runs need no lookup
	return hi-lo >= 2 && names.Firm(a.spanOf(lo, hi).In(a.doc.Text))
}

// demonymEndings end the adjectives of peoples and places ("Transylvanian",
// "Surinamese", "Kurdish").
var demonymEndings = []string{"ian", "ean", "ese", "ish", "iot"}

// demonym reports whether token i, a capitalised word not in the
// gazetteer and no given name, has a demonym's ending and qualifies the
// lower-case noun after it ("Transylvanian town", "Surinamese
// guerrilla").
func (a *annotator) demonym(i int) bool {
	t := &a.toks[i]
	if len(t.text) < 6 || t.caps || i+1 >= len(a.toks) || a.is(t, cFirst) || a.is(t, cCommon) || a.lx.gaz[t.lower].typ != "" ||
		strings.HasPrefix(t.text, "Mc") || strings.HasPrefix(t.text, "Mac") {
		return false // "Guardian reporter", "McLean Hospital"
	}
	next := &a.toks[i+1]
	if next.cap || !strings.HasPrefix(next.tag, "NN") || !a.sameSegment(i, i+1) {
		return false
	}
	for _, e := range demonymEndings {
		if strings.HasSuffix(t.lower, e) {
			return true
		}
	}
	return false
}
