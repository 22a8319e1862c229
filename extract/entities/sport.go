package entities

import (
	"strings"
	"unicode"

	"github.com/commentariat/commentariat/pipeline"
)

// sportReportWords is how many different words of the [sport-words] list
// (a score such as "2-1" counts as one) make a document a report on sport.
const sportReportWords = 3

// clubs types as an organisation, in a report on sport, the name of a town
// or region that is not where something happens: "Leeds beat Everton",
// "Newcastle striker Alan Shearer", "Ulster's win" name clubs, which the
// gazetteer (or a preposition: "a return to Everton") would make places;
// "in Cardiff", "at Twickenham", a dateline and a town's name modifying a
// noun after an article ("the London marathon") stay places. Countries
// stay places too: a national side goes by its country's name, and
// readers count it as the country.
func (a *annotator) clubs() {
	// the candidates first: most documents have none, and need not be
	// read for words of sport
	var cands []int
	for i := range a.ments {
		m := &a.ments[i]
		if m.typ != pipeline.GPE || m.hi-m.lo > 3 || a.lx.gaz[m.key].country || a.placeUse(m.lo, m.hi) {
			continue
		}
		cands = append(cands, i)
	}
	if len(cands) == 0 || !a.sportReport() {
		return
	}
	var clubs map[string]bool
	for _, i := range cands {
		m := &a.ments[i]
		_, inGaz := a.lx.gaz[m.key]
		m.typ, m.conf, m.canon = pipeline.Org, confContext, ""
		if !inGaz {
			if clubs == nil {
				clubs = map[string]bool{}
			}
			clubs[m.key] = true
		}
	}
	// A name the gazetteer does not hold was a place only by a
	// preposition: where it is a club elsewhere, it is one there too
	// ("Rooney made a return to Everton").
	for i := range a.ments {
		if m := &a.ments[i]; m.typ == pipeline.GPE && clubs[m.key] {
			m.typ, m.conf, m.canon = pipeline.Org, confContext, ""
		}
	}
	a.nicknames(cands)
}

// nicknames joins to a town's name made a club the team's nickname right
// after it, which the gazetteer split off: "Leeds Rhinos", "Texas
// Rangers", "Cleveland Indians" are one club each. The nickname is one
// or two capitalised words, a people's name or an English plural (not a
// club's name after another: "Leeds Hartlepool" in a list of fixtures).
func (a *annotator) nicknames(clubs []int) {
	drop := map[int]bool{}
	for _, i := range clubs {
		if i+1 >= len(a.ments) {
			continue
		}
		m, n := &a.ments[i], &a.ments[i+1]
		if n.lo != m.hi || n.hi-n.lo > 2 || !a.sameSegment(m.hi-1, n.lo) || a.lx.gaz[n.key].typ == pipeline.GPE {
			continue
		}
		if !(n.typ == pipeline.NORP || a.pluralNickname(n)) {
			continue
		}
		m.hi, m.span.End = n.hi, n.span.End
		m.key = a.key(m.lo, m.hi)
		drop[i+1] = true
	}
	if len(drop) == 0 {
		return
	}
	out := a.ments[:0]
	for i, m := range a.ments {
		if !drop[i] {
			out = append(out, m)
		}
	}
	a.ments = out
}

// placeUse reports whether the name toks[lo:hi] is used as a place: after
// a locative preposition (or a list that follows one: "in Tel Aviv,
// Chicago and Athens"), after "to" and a word of motion ("the trip to
// London"), after a place's name and a comma ("Lansdowne Road, Dublin")
// or a country's possessive ("Australia's Gold Coast"),
// as a dateline, or modifying a noun after an article, a possessive or a
// year ("the London marathon", "this year's London event").
func (a *annotator) placeUse(lo, hi int) bool {
	if a.locative(a.listStart(lo)) || a.dateline(lo, hi) || a.venue(lo, hi) {
		return true
	}
	if lo == 0 || hi >= len(a.toks) || !a.sameSegment(lo-1, hi) {
		return false
	}
	prev := a.toks[lo-1].lower
	switch {
	case prev == "to":
		return lo >= 2 && motionWords[a.toks[lo-2].lower]
	case prev == ",":
		return lo >= 2 && a.toks[lo-2].cap && a.lx.geoHeads[a.toks[lo-2].lower]
	case (prev == "'s" || prev == "’s") && lo >= 2 && a.lx.gaz[a.toks[lo-2].lower].country:
		return true // a place in a country: "Australia's Gold Coast"
	case prev == "'s" || prev == "’s":
		// "this year's London event", not "Shearer's Newcastle team
		// mate"
		next := &a.toks[hi]
		return lo >= 2 && !a.toks[lo-2].cap && next.letter && !next.cap
	case prev == "the" || prev == "a" || prev == "an" || a.yearAt(lo-1) > 0:
		next := &a.toks[hi]
		return next.letter && !next.cap
	}
	return false
}

// motionWords go before "to" and a place: "went to Dublin", "the trip to
// London", "Welcome to Cardiff".
var motionWords = map[string]bool{
	"go": true, "goes": true, "went": true, "going": true, "gone": true,
	"come": true, "comes": true, "came": true, "coming": true,
	"return": true, "returns": true, "returned": true, "returning": true,
	"travel": true, "travels": true, "travelled": true, "traveled": true, "travelling": true, "traveling": true,
	"trip": true, "journey": true, "visit": true, "move": true, "moved": true, "moves": true, "moving": true,
	"welcome": true, "back": true, "head": true, "headed": true, "heading": true,
	"fly": true, "flew": true, "flown": true, "arrive": true, "arrived": true, "drive": true, "drove": true,
}

// sportReport reports whether the document is a report on sport: filed
// under sport or with a headline naming a sport (sportHeadline), or
// holding sportReportWords different words of the [sport-words] list, a
// plural counting as its singular. The reading is done once a document.
func (a *annotator) sportReport() bool {
	if a.sport == 0 {
		a.sport = -1
		if a.readsAsSport() {
			a.sport = 1
		}
	}
	return a.sport > 0
}

// teamName reports whether m, a capitalised plural English word in the
// middle of a sentence of a report on sport, is a team's nickname
// ("the Orioles", "Wasps beat Saracens").
func (a *annotator) teamName(m *mention) bool {
	if m.hi-m.lo != 1 || m.initial {
		return false
	}
	t := &a.toks[m.lo]
	if len(t.text) <= 4 || t.caps || !strings.HasSuffix(t.text, "s") || strings.HasSuffix(t.text, "ss") ||
		a.isD(t, cEventHead) || a.lx.sportWords[t.lower] || a.lx.sportNames[t.lower] {
		return false // "the Games", "Athletics"
	}
	if m.hi < len(a.toks) && a.toks[m.hi].text == ":" {
		return false // a label: "Replacements: ..."
	}
	return a.sportReport()
}

// pluralNickname reports whether n, not read as a person's name, ends in
// an English plural ("Rangers", "Rhinos"; not "Milan Baros").
func (a *annotator) pluralNickname(n *mention) bool {
	t := &a.toks[n.hi-1]
	return n.typ != pipeline.Person && len(t.text) > 3 && strings.HasSuffix(t.lower, "s") && !strings.HasSuffix(t.lower, "ss") && a.is(t, cCommon)
}

// readsAsSport does sportReport's reading.
func (a *annotator) readsAsSport() bool {
	if a.sportHeadline() {
		return true
	}
	seen := map[string]bool{}
	for i := range a.toks {
		w := a.toks[i].lower
		if stem, ok := strings.CutSuffix(w, "s"); ok && a.lx.sportWords[stem] {
			w = stem // "goal" and "goals" are one word
		}
		if !a.lx.sportWords[w] {
			if !isScore(w) {
				continue
			}
			w = "2-1"
		}
		if !seen[w] {
			seen[w] = true
			if len(seen) >= sportReportWords {
				return true
			}
		}
	}
	return false
}

// maxHeadline is the longest first line, in bytes, read as a headline.
const maxHeadline = 200

// sportHeadline reports whether the document is filed under sport by its
// metadata ("section", "category", "topic" or "desk" is "sport" or
// "sports") or its headline (its title, or its first line when that is
// at most maxHeadline bytes) names a sport ("CRICKET - ...", "Tennis:
// ...").
func (a *annotator) sportHeadline() bool {
	for _, k := range []string{"section", "category", "topic", "desk"} {
		if v := strings.ToLower(strings.TrimSpace(a.doc.Meta[k])); v == "sport" || v == "sports" {
			return true
		}
	}
	named := func(words []string) bool {
		for i, w := range words {
			if a.lx.sportNames[w] || w == "racing" && i > 0 && (words[i-1] == "motor" || words[i-1] == "horse") {
				return true
			}
		}
		return false
	}
	if a.doc.Title != "" && named(strings.FieldsFunc(strings.ToLower(a.doc.Title), notLetter)) {
		return true
	}
	end := strings.IndexByte(a.doc.Text, '\n')
	if end < 0 {
		end = len(a.doc.Text)
	}
	if end > maxHeadline {
		return false
	}
	var words []string
	for i := range a.toks {
		if a.toks[i].span.Start >= end {
			break
		}
		words = append(words, a.toks[i].lower)
	}
	return named(words)
}

// notLetter reports whether r is not a letter.
func notLetter(r rune) bool { return !unicode.IsLetter(r) }

// isScore reports whether w is a score: one or two digits, a hyphen, one
// or two digits ("2-1", "6-4", "21-19").
func isScore(w string) bool {
	digits := func(s string) bool { return len(s) <= 2 && isDigits(s) }
	for i := 1; i < len(w)-1; i++ {
		if w[i] == '-' {
			return digits(w[:i]) && digits(w[i+1:])
		}
	}
	return false
}

// listStart returns where the list of names that toks[lo] ends starts
// ("Tel Aviv, Chicago and Athens"): lo itself when no comma or "and" of a
// list of capitalised words comes before it.
func (a *annotator) listStart(lo int) int {
	start, sep := lo, false
	for k := lo - 1; k >= 0 && lo-k <= maxListWords && a.sameSegment(k, lo); k-- {
		t := &a.toks[k]
		switch {
		case t.lower == "," || t.lower == "and" || t.lower == "or":
			sep = true
		case t.cap && !a.lx.function[t.lower]:
			if sep {
				start = k
			}
		default:
			return start
		}
	}
	return start
}

// maxListWords bounds the words listStart looks back over.
const maxListWords = 12

// locative reports whether the token before i makes a name there a place:
// "in", "at", "near" and the like, also with an article between ("at the
// Riverside"), or "of" after a noun for a place ("the city of Leeds").
func (a *annotator) locative(i int) bool {
	if i == 0 || !a.sameSegment(i-1, i) {
		return false
	}
	if t := a.toks[i-1].lower; (t == "the" || t == "a") && i >= 2 && a.sameSegment(i-2, i) {
		i-- // "at the Riverside"
	}
	switch a.toks[i-1].lower {
	case "in", "at", "near", "outside", "inside", "across", "throughout", "around", "via", "toward", "towards":
		return true
	case "of":
		return i >= 2 && a.lx.placeNouns[a.toks[i-2].lower]
	}
	return false
}

// dateline reports whether toks[lo:hi] is a place of a wire's dateline:
// the name opening a line, or the region after it and a comma, before a
// date ("LONDON 1996-08-30", "LEEDS, March 3", "MILWAUKEE, Wisconsin
// 1996-08-29", "NICE, France 1996-08-30").
func (a *annotator) dateline(lo, hi int) bool {
	if lo > 0 && a.sameSegment(lo-1, lo) {
		// the region after the opening name: a comma, and before it
		// capitalised words from the line's start
		if a.toks[lo-1].lower != "," {
			return false
		}
		s := lo - 2
		for s > 0 && lo-2-s < maxDatelineWords && a.toks[s].cap && a.sameSegment(s-1, s) {
			s--
		}
		if s < 0 || !a.toks[s].cap || s > 0 && a.sameSegment(s-1, s) {
			return false
		}
	}
	k := hi
	if k < len(a.toks) && a.toks[k].lower == "," {
		k++
		// the region after the place: "Wisconsin", "Wis.", "N.Y."
		for r := k; r < len(a.toks) && r-k < maxDatelineWords && (a.toks[r].cap || a.toks[r].text == "."); r++ {
			if a.dateAt(r + 1) {
				return true
			}
			if r+1 < len(a.toks) && a.toks[r+1].lower == "," && a.dateAt(r+2) {
				return true
			}
		}
	}
	return a.dateAt(k)
}

// venue reports whether toks[lo:hi] opens a line of results as the place
// where they were played: a colon follows it (or a bracketed ground
// after it), then a name with a score or a verb ("Leicester :
// Leicestershire beat Somerset", "London ( The Oval ) : Warwickshire
// 195"), not a list of players ("Everton: Martyn, Hibbert, ...").
func (a *annotator) venue(lo, hi int) bool {
	if !a.lineStart(lo) {
		return false
	}
	k := hi
	if k < len(a.toks) && a.toks[k].text == "(" {
		for k < len(a.toks) && k-hi < 8 && a.toks[k].text != ")" {
			k++
		}
		k++
	}
	if k+2 >= len(a.toks) || a.toks[k].text != ":" || !a.toks[k+1].cap {
		return false
	}
	for j := k + 2; j < len(a.toks) && j < k+5; j++ {
		t := &a.toks[j]
		switch {
		case isDigits(t.text) || t.letter && !t.cap:
			return true
		case !t.cap:
			return false
		}
	}
	return false
}

// lineStart reports whether token k opens a line of the text (the first
// token, or one after a line break).
func (a *annotator) lineStart(k int) bool {
	return k == 0 || strings.Contains(a.doc.Text[a.toks[k-1].span.End:a.toks[k].span.Start], "\n")
}

// maxDatelineWords bounds the words of a dateline's region.
const maxDatelineWords = 3

// dateAt reports whether token k is a month's name or an ISO date.
func (a *annotator) dateAt(k int) bool {
	if k >= len(a.toks) {
		return false
	}
	w := a.toks[k].lower
	return a.lx.months[w] > 0 || isoShaped(w)
}

// minStandingFigures is how many whole numbers after a name make a row of
// a league table (played, won, drawn, lost, for, against, points).
const minStandingFigures = 6

// resultLines types as clubs, in a report on sport, the names on lines of
// results and league tables: a line reading name, score, name, score
// ("Wigan 42 Bradford Bulls 36", "Crystal Palace 1 Norwich 0"), or a name
// and minStandingFigures whole numbers or more ("Greenock Morton 3 2 0 1
// 5 2 6"), bracketed notes aside ("Red Star ( Yugoslavia ) 75"). The
// tagger reads many such names as persons' ("Crystal Palace", "Leyton
// Orient"); a country's name stays a place.
func (a *annotator) resultLines() {
	if len(a.ments) == 0 || !a.hasResultLine() || !a.sportReport() {
		return // most documents have no such line: the cheap test first
	}
	// the mention holding each token
	at := make(map[int]int, len(a.ments))
	for i := range a.ments {
		m := &a.ments[i]
		if m.typ == pipeline.Date {
			continue
		}
		for k := m.lo; k < m.hi; k++ {
			at[k] = i
		}
	}
	clubs := map[string]bool{}
	for lo := 0; lo < len(a.toks); {
		// the tokens of one line
		hi := lo + 1
		for hi < len(a.toks) && !a.lineStart(hi) {
			hi++
		}
		a.resultLine(lo, hi, at, clubs)
		lo = hi
	}
	// the clubs so found are clubs in the prose too ("Crystal Palace
	// won again")
	for i := range a.ments {
		if m := &a.ments[i]; clubs[m.key] && m.typ != pipeline.Org && m.conf <= confContext {
			m.typ, m.conf, m.canon = pipeline.Org, confContext, ""
		}
	}
}

// hasResultLine reports whether a line of the document has the shape of
// a result or a league table's row by its tokens alone (capitalised words
// and whole numbers), before any mention is looked at.
func (a *annotator) hasResultLine() bool {
	var shape []byte
	for k := 0; k < len(a.toks); k++ {
		if k > 0 && a.lineStart(k) {
			if resultShape(string(shape)) {
				return true
			}
			shape = shape[:0]
		}
		t := &a.toks[k]
		switch {
		case t.text == "(":
			for k+1 < len(a.toks) && a.toks[k].text != ")" && !a.lineStart(k+1) {
				k++
			}
		case isDigits(t.text):
			shape = append(shape, 'I')
		case t.cap:
			if len(shape) == 0 || shape[len(shape)-1] != 'N' {
				shape = append(shape, 'N')
			}
		default:
			shape = append(shape, 'x')
		}
	}
	return resultShape(string(shape))
}

// resultShape reports whether a line's shape (N a name, I a whole number)
// is a result's or a league table row's.
func resultShape(s string) bool {
	return s == "NINI" || len(s) > minStandingFigures && s[0] == 'N' && strings.Count(s, "I") == len(s)-1
}

// resultLine does resultLines' work on the line of tokens [lo, hi).
// The names it types are added to clubs.
func (a *annotator) resultLine(lo, hi int, at map[int]int, clubs map[string]bool) {
	var shape []byte
	var names []int
	for k := lo; k < hi; k++ {
		t := &a.toks[k]
		if t.text == "(" {
			for k < hi && a.toks[k].text != ")" {
				k++
			}
			continue
		}
		if i, ok := at[k]; ok {
			if len(names) == 0 || names[len(names)-1] != i || shape[len(shape)-1] != 'N' {
				shape = append(shape, 'N')
				names = append(names, i)
			}
			continue
		}
		if isDigits(t.text) {
			shape = append(shape, 'I')
		} else {
			return
		}
		if len(shape) > 16 {
			return
		}
	}
	if !resultShape(string(shape)) {
		return
	}
	for _, i := range names {
		m := &a.ments[i]
		if a.lx.gaz[m.key].country || m.typ == pipeline.Org {
			continue
		}
		m.typ, m.conf, m.canon = pipeline.Org, confContext, ""
		clubs[m.key] = true
	}
}
