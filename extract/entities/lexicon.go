package entities

import (
	"bufio"
	"embed"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/commentariat/commentariat/internal/english"
	"github.com/commentariat/commentariat/internal/names"
	"golang.org/x/text/unicode/norm"
)

//go:generate sh gen/fetch.sh

//go:embed data/gpe.tsv data/norp.tsv data/hand.txt
var dataFS embed.FS

// gazEntry is one gazetteer form: the entity type it names and the
// canonical name every form of the entity maps to.
type gazEntry struct {
	typ   string
	canon string
	// country is set for the names of countries (not cities, regions).
	country bool
	// caps is set when some form with this key is written in capitals
	// ("US", "OSCE"), so that an acronym in running text only matches a
	// gazetteer acronym and not a place that happens to be spelt alike.
	caps bool
}

// lexicon holds the gazetteers and word lists, built once and shared
// read-only by every document. Keys are lower-case.
type lexicon struct {
	// gaz maps a lower-cased name (words joined by single spaces, as
	// phraseKey makes them) to its type and canonical name.
	gaz map[string]gazEntry
	// maxGazWords is the length in words of the longest gazetteer name;
	// gazFirst the length of the longest one starting with a given
	// (lower-case) word, so that most positions need one lookup.
	maxGazWords int
	gazFirst    map[string]int
	first       *english.Words
	// familyFirst holds family names written before the given name.
	familyFirst map[string]bool
	// common holds English words never written capitalised as names.
	common     *english.Words
	orgHeads   map[string]bool
	underHeads map[string]bool
	titles     map[string]bool
	roles      map[string]bool
	lawHeads   map[string]bool
	eventHeads map[string]bool
	geoHeads   map[string]bool
	collective map[string]bool
	particles  map[string]bool
	orgNouns   map[string]bool
	// firmNouns stand before an organisation's name ("carmaker Fiat").
	firmNouns   map[string]bool
	personVerbs map[string]bool
	placePreps  map[string]bool
	// sportWords mark a report on sport (see annotator.clubs).
	sportWords map[string]bool
	// sportNames name sports (see annotator.sportHeadline).
	sportNames  map[string]bool
	function    map[string]bool
	placeNouns  map[string]bool
	nonEntities map[string]bool
	months      map[string]int
	// classes holds, for every word of the lists above, the lists it is
	// in, so that a token needs one lookup for all of them.
	classes map[string]wclass
}

// wclass is a set of the word lists a (lower-case) word belongs to.
type wclass uint32

// The word lists of wclass.
const (
	cFirst wclass = 1 << iota
	cCommon
	cOrgHead
	cUnderHead
	cTitle
	cRole
	cLawHead
	cEventHead
	cGeoHead
	cCollective
	cParticle
	cFunction
	cPlaceNoun
	cNonEntity
	cMonth
	cWeekday
	cDirection
	cGaz1  // a one-word gazetteer name
	cPlain // no apostrophe or separator of phraseKey: the word is its own key
	// Bits gazShift to gazShift+6 hold, for a word that starts gazetteer
	// names, the length in words of the longest (lexicon.gazFirst).
	gazShift        = 24
	gazMask  wclass = 0x7f << gazShift
	cKnown   wclass = 1 << 31 // set once a token's classes are looked up
)

// gazFirst returns the length in words of the longest gazetteer name
// starting with the word.
func (c wclass) gazFirst() int { return int(c&gazMask) >> gazShift }

// buildClasses fills lx.classes from the word lists.
func (lx *lexicon) buildClasses() {
	lx.classes = make(map[string]wclass, lx.common.Len()+lx.first.Len())
	for _, l := range []struct {
		c     wclass
		words map[string]bool
	}{
		{cOrgHead, lx.orgHeads}, {cUnderHead, lx.underHeads}, {cTitle, lx.titles},
		{cRole, lx.roles}, {cLawHead, lx.lawHeads}, {cEventHead, lx.eventHeads}, {cGeoHead, lx.geoHeads},
		{cCollective, lx.collective}, {cParticle, lx.particles}, {cFunction, lx.function},
		{cPlaceNoun, lx.placeNouns}, {cNonEntity, lx.nonEntities}, {cWeekday, weekdays}, {cDirection, directions},
	} {
		for w, ok := range l.words {
			if ok {
				lx.classes[w] |= l.c
			}
		}
	}
	for w := range lx.months {
		lx.classes[w] |= cMonth
	}
	for w := range lx.common.All() {
		lx.classes[w] |= cCommon
	}
	for w := range lx.first.All() {
		lx.classes[w] |= cFirst
	}
	for k := range lx.gaz {
		if !strings.Contains(k, " ") {
			lx.classes[k] |= cGaz1
		}
	}
	for w, n := range lx.gazFirst {
		lx.classes[w] |= wclass(min(n, int(gazMask>>gazShift))) << gazShift
	}
}

// gazetteer section types, in increasing priority: a later section's
// entry replaces an earlier one's for the same form.
var gazSections = []struct{ file, section, typ string }{
	{"data/gpe.tsv", "", "GPE"},
	{"data/norp.tsv", "", "NORP"},
	{"data/hand.txt", "loc", "LOC"},
	{"data/hand.txt", "gpe", "GPE"},
	{"data/hand.txt", "norp", "NORP"},
	{"data/hand.txt", "org", "ORG"},
	{"data/hand.txt", "event", "EVENT"},
}

// loadLexicon parses the embedded data files.
func loadLexicon() (*lexicon, error) {
	hand, err := readSections("data/hand.txt")
	if err != nil {
		return nil, err
	}
	lx := &lexicon{gaz: map[string]gazEntry{}, gazFirst: map[string]int{}}
	words := func(section string) map[string]bool {
		m := map[string]bool{}
		for _, line := range hand[section] {
			for _, w := range strings.Fields(line) {
				m[strings.ToLower(w)] = true
			}
		}
		return m
	}
	lx.orgHeads = words("org-heads")
	lx.underHeads = words("under-heads")
	lx.titles = words("titles")
	lx.roles = words("roles")
	lx.lawHeads = words("law-heads")
	lx.eventHeads = words("event-heads")
	lx.geoHeads = words("geo-heads")
	lx.collective = words("collective")
	lx.particles = names.Particles()
	lx.orgNouns = words("org-nouns")
	lx.firmNouns = words("firm-nouns")
	lx.familyFirst = words("family-first")
	lx.personVerbs = words("person-verbs")
	lx.placePreps = words("place-preps")
	lx.sportWords = words("sport-words")
	lx.sportNames = words("sport-names")
	lx.function = words("function-words")
	lx.placeNouns = words("place-nouns")
	lx.nonEntities = words("non-entities")
	lx.months = map[string]int{}
	for i, m := range strings.Fields(strings.Join(hand["months"], " ")) {
		n := i + 1
		if n > 12 {
			n = []int{1, 2, 3, 4, 6, 7, 8, 9, 9, 10, 11, 12}[n-13]
		}
		lx.months[strings.ToLower(m)] = n
	}
	lx.common = english.Common()
	lx.first = english.GivenNames()
	for _, gs := range gazSections {
		if gs.file == "data/hand.txt" {
			for _, line := range hand[gs.section] {
				forms := strings.Split(line, "|")
				canon := strings.TrimSpace(forms[0])
				for _, f := range forms {
					lx.addGaz(strings.TrimSpace(f), gs.typ, canon)
				}
			}
			continue
		}
		secs, err := readSections(gs.file)
		if err != nil {
			return nil, err
		}
		for _, line := range secs[""] {
			name, canon, ok := strings.Cut(line, "\t")
			if !ok {
				canon = name
			}
			canon, kind, _ := strings.Cut(canon, "\t")
			if !strings.Contains(name, " ") && lx.common.Has(strings.ToLower(name)) {
				continue // "Nice", "Bath", "Reading": common words first
			}
			lx.addGaz(name, gs.typ, canon)
			if kind == "country" {
				e := lx.gaz[phraseKey(name)]
				e.country = true
				lx.gaz[phraseKey(name)] = e
			}
		}
	}
	// hand-written forms of countries ("US") are countries too
	extra := map[string]bool{}
	for _, c := range hand["countries"] {
		extra[phraseKey(c)] = true
	}
	// a hand-written line naming a country under one of its forms
	// ("Turkey | Türkiye") names it under all of them
	for _, line := range hand["gpe"] {
		forms := strings.Split(line, "|")
		for _, f := range forms {
			if lx.gaz[phraseKey(strings.TrimSpace(f))].country {
				extra[phraseKey(strings.TrimSpace(forms[0]))] = true
				break
			}
		}
	}
	for k, e := range lx.gaz {
		if e.typ == "GPE" && !e.country && (lx.gaz[phraseKey(e.canon)].country || extra[phraseKey(e.canon)]) {
			e.country = true
			lx.gaz[k] = e
		}
	}
	lx.addPlainForms()
	lx.buildClasses()
	return lx, nil
}

// addPlainForms adds to the gazetteer the forms without diacritics that
// English-language wires write ("Sao Paulo" for "São Paulo", "Bogota" for
// "Bogotá"), where no other name has that form; in key order, so that the
// first of two names with one plain form is the one kept.
func (lx *lexicon) addPlainForms() {
	var keys []string
	for k := range lx.gaz {
		if !isASCII(k) {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	for _, k := range keys {
		p := stripMarks(k)
		if _, taken := lx.gaz[p]; taken || p == k || p == "" {
			continue
		}
		lx.gaz[p] = lx.gaz[k]
		first, _, _ := strings.Cut(p, " ")
		lx.gazFirst[first] = max(lx.gazFirst[first], strings.Count(p, " ")+1)
	}
}

// stripMarks removes the combining marks of s ("são" gives "sao").
func stripMarks(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func (lx *lexicon) addGaz(form, typ, canon string) {
	k := phraseKey(form)
	if k == "" {
		return
	}
	caps := strings.ToUpper(form) == form && strings.ToLower(form) != form
	old, ok := lx.gaz[k]
	if ok && old.caps {
		caps = true
	}
	lx.gaz[k] = gazEntry{typ: typ, canon: canon, caps: caps, country: ok && old.country && typ == old.typ}
	n := strings.Count(k, " ") + 1
	lx.maxGazWords = max(lx.maxGazWords, n)
	first, _, _ := strings.Cut(k, " ")
	lx.gazFirst[first] = max(lx.gazFirst[first], n)
}

// readSections reads an embedded list file: "[name]" lines start a
// section (lines before the first belong to ""), "#" lines are comments.
func readSections(path string) (map[string][]string, error) {
	f, err := dataFS.Open(path)
	if err != nil {
		return nil, fmt.Errorf("entities: %w", err)
	}
	defer f.Close()
	out := map[string][]string{}
	sec := ""
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "["):
			if !strings.HasSuffix(line, "]") {
				return nil, fmt.Errorf("entities: %s:%d: unterminated section name", path, n)
			}
			sec = line[1 : len(line)-1]
		default:
			out[sec] = append(out[sec], line)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("entities: reading %s: %w", path, err)
	}
	return out, nil
}

// phraseKey is the gazetteer and matching key of a name: lower case,
// the leading "the" and a final possessive dropped, punctuation other than
// inner hyphens, dots, ampersands and apostrophes removed, words joined by
// single spaces.
func phraseKey(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimSuffix(s, "'s")
	s = strings.TrimSuffix(s, "’s")
	fs := strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '\t' || r == '\n' || r == ',' || r == '(' || r == ')' || r == '"' || r == ':' || r == ';'
	})
	if len(fs) > 1 && fs[0] == "the" {
		fs = fs[1:]
	}
	return strings.Join(fs, " ")
}
