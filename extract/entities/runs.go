package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/commentariat/commentariat/internal/english"
	"github.com/commentariat/commentariat/internal/names"
	"github.com/commentariat/commentariat/pipeline"
)

// nameTok reports whether token i can be part of a name: a capitalised
// word outside any date.
func (a *annotator) nameTok(i int) bool {
	if i < 0 || i >= len(a.toks) || a.taken[i] {
		return false
	}
	t := &a.toks[i]
	if !t.cap || !t.word || a.is(t, cWeekday) {
		return false
	}
	// "I've", "We'd", "They'll": a pronoun the tokenizer left whole
	if _, _, ok := english.Uncontract(t.lower); ok {
		return false
	}
	// "London-based", "Kurdish-controlled": adjectives, not names
	if h := strings.LastIndexByte(t.text, '-'); h > 0 && h+1 < len(t.text) {
		if rest := t.text[h+1:]; strings.ToLower(rest) == rest && (strings.HasSuffix(rest, "ed") || hyphenAdj[rest]) {
			return false
		}
	}
	return true
}

// directions start names ("Central Clinical Hospital") though they are
// no names alone.
var directions = map[string]bool{"north": true, "south": true, "east": true, "west": true, "northern": true, "southern": true, "eastern": true, "western": true, "central": true}

// abbreviations keep their dot at the end of a name ("First Albany
// Corp.").
var abbreviations = map[string]bool{"corp": true, "inc": true, "co": true, "ltd": true, "jr": true, "sr": true, "st": true, "bros": true, "plc": true, "cos": true, "dept": true, "univ": true, "assn": true}

// hyphenAdj are the second halves of hyphenated adjectives made from
// names ("Brazilian-born", "Amman-bound").
var hyphenAdj = map[string]bool{"born": true, "bound": true, "run": true, "made": true, "speaking": true, "style": true, "like": true, "owned": true, "led": true, "held": true, "built": true}

// placeAbbrevs open the names of places though they name nothing alone:
// "St Louis", "Mt Kenya", "Ft Worth".
var placeAbbrevs = map[string]bool{"st": true, "mt": true, "ft": true}

// weekdays end a name: "Jose Miguel Insulza Monday".
var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}

func (a *annotator) orgHead(i int) bool {
	return i >= 0 && i < len(a.toks) && a.toks[i].cap && a.isD(&a.toks[i], cOrgHead)
}

// headTok reports whether token i is a word after which "of" continues a
// name: an organisation, law, event or place head, or a title.
func (a *annotator) headTok(i int) bool {
	t := &a.toks[i]
	return a.isD(t, cOrgHead|cLawHead|cEventHead|cGeoHead|cRole|cTitle) || t.lower == "law" || t.lower == "law."
}

// functionTags are the part-of-speech tags of words that never start a
// name, capitalised or not ("At Bristol", "In Kazakhstan").
var functionTags = map[string]bool{
	"IN": true, "DT": true, "CC": true, "PRP": true, "PRP$": true, "WDT": true, "WP": true,
	"WRB": true, "TO": true, "MD": true, "EX": true, "PDT": true, "WP$": true,
}

func trimDot(s string) string { return strings.TrimSuffix(s, ".") }

// findNames collects the capitalised runs of unrestricted text, splits
// them into names and types each one.
func (a *annotator) findNames() {
	n := len(a.toks)
	for i := 0; i < n; i++ {
		if a.restricted[i] || !a.nameTok(i) || a.is(&a.toks[i], cFunction) && !(len(a.toks[i].text) == 1 && i+1 < n && a.toks[i+1].text == ".") {
			continue
		}
		j := a.extendRun(i)
		a.splitRun(i, j)
		i = j - 1
	}
}

// extendRun returns the end of the capitalised run starting at i, taking
// in the connectors that occur inside names ("Institute for Strategic
// Studies", "Organization for Security and Cooperation in Europe",
// "People's Party", "... under the President of the RK").
func (a *annotator) extendRun(i int) int {
	n := len(a.toks)
	j := i + 1
	hasHead, complete, hasAnd, afterThe := a.headTok(i), false, false, false
	firstHead := a.orgHead(i)
	// person: a title or job and a given name after it ("Economist Joel
	// Naroff", "President Tono Eitel"): a person's name has begun, and
	// "of" after it opens no head's complement ("Joel Naroff of First
	// Union", "Tono Eitel of Germany")
	person := false
	for j < n {
		if a.restricted[j] || !a.sameSegment(j-1, j) {
			break
		}
		if a.nameTok(j) {
			if a.headTok(j) {
				hasHead = true
				person = false
			} else if a.isD(&a.toks[j-1], cRole|cTitle) && (a.is(&a.toks[j], cFirst) || a.nameTok(j+1) && a.sameSegment(j, j+1) && !a.headTok(j+1)) {
				person = true
			}
			j++
			continue
		}
		// an initial's dot: "S. Waugh"
		if t := a.toks[j]; t.text == "." && len(a.toks[j-1].text) == 1 && a.toks[j-1].cap && t.span.Start == a.toks[j-1].span.End && a.nameTok(j+1) && a.sameSegment(j, j+1) {
			j++
			continue
		}
		w := a.toks[j].lower
		next := j + 1
		ok := false
		switch w {
		case "of", "for", "on":
			if person {
				break
			}
			if w == "on" && !a.orgHeadIn(i, j) && !a.is(&a.toks[j-1], cLawHead) && a.toks[j-1].lower != "law" {
				break
			}
			if next < n && a.is(&a.toks[next], cNonEntity) {
				break
			}
			if next < n && a.toks[next].lower == "the" && a.sameSegment(j, next) {
				next++
				afterThe = true
			}
			if next < n && a.nameTok(next) && a.sameSegment(j, next) && !a.restricted[next] {
				if a.orgHead(next) && complete && hasHead {
					break // "Center for Electoral Training | of the | Academy ..."
				}
				ok = hasHead || a.runHasHead(next) && !a.is(&a.toks[i], cFirst)
			}
			if ok {
				complete = complete || a.orgHeadIn(i, j) || a.lawHeadIn(i, j)
			}
		case "and", "&":
			if next < n && a.nameTok(next) && a.sameSegment(j, next) {
				ok = w == "&" || (firstHead && complete && !afterThe && !a.is(&a.toks[i], cRole) &&
					a.toks[next].tag != "NNPS" && !a.orgHead(next) && a.gazLen(next) == 0) ||
					// "General Agreement on Tariffs and Trade": one last
					// word of a head's complement, not a place's name
					complete && !firstHead && !afterThe && !a.nameTok(next+1) && a.gazLen(next) == 0 ||
					(!hasHead || j-i == 1 && (a.toks[i].tag == "NNS" || a.toks[i].tag == "NNPS" || strings.HasSuffix(a.toks[i].lower, "s"))) && a.firmAfter(i, j, next)
				hasAnd = hasAnd || ok
			}
		case "in":
			ok = hasAnd && firstHead && a.nameTok(next) && a.sameSegment(j, next)
		case "under":
			if next < n && a.toks[next].lower == "the" && (a.orgHeadIn(i, j) || a.toks[j-1].caps) {
				for k := next + 1; k < min(n, next+4) && a.nameTok(k) && a.sameSegment(j, k); k++ {
					if a.is(&a.toks[k], cUnderHead) {
						next++
						ok = true
						break
					}
				}
			}
		case "'s", "'", "’s", "’":
			ok = a.nameTok(next) && a.sameSegment(j, next) && (a.is(&a.toks[j-1], cCollective) || !hasHead && a.firmAfter(i, j, next))
		default:
			for next < n && a.is(&a.toks[next], cParticle) && next-j < 2 {
				next++ // "van der"
			}
			ok = a.lx.particles[w] && j-i <= 2 && a.nameTok(next) && a.sameSegment(j, next) && !a.toks[j].cap
		}
		if !ok {
			break
		}
		j = next
	}
	return j
}

// companyForm reports whether token i is a capitalised company form
// ("Inc", "Corp").
func (a *annotator) companyForm(i int) bool {
	return i >= 0 && i < len(a.toks) && a.toks[i].cap && names.CompanyForm(a.toks[i].lower)
}

// firmAfter reports whether the capitalised words from next, after the
// "and" or possessive at j that follows the head-less run [i, j), end an
// organisation's name that takes the run in: "Securities and Exchange
// Commission", "Merrill Lynch and Co Inc", "Standard and Poor's Corp",
// "Moody's Investors Service Inc". The words after the connector must be
// two or more ending in a head, or a company form, and what comes before
// it no place's or other known name ("Japan and Bank of England" stays
// two names), and either a company form follows "and" or one word
// precedes it.
func (a *annotator) firmAfter(i, j, next int) bool {
	if j-i > 3 || a.isRole(i) || a.gazLen(i) > 0 {
		return false
	}
	possessive := a.toks[j].lower != "and" && a.toks[j].lower != "&"
	k := next
	for k < len(a.toks) && k-next < 5 && a.sameSegment(k-1, k) {
		if a.nameTok(k) {
			k++
			continue
		}
		if w := a.toks[k].lower; (w == "'s" || w == "’s") && !possessive && a.nameTok(k+1) {
			k++
			continue
		}
		break
	}
	last := k - 1
	switch {
	case possessive:
		// a possessive makes a company's name only with a company form:
		// "Britain's Finance Ministry" is no one name
		return a.companyForm(last)
	case a.companyForm(next):
		return true // "Merrill Lynch and Co Inc"
	}
	// one word and a name with a head: "Securities and Exchange
	// Commission", "Standard and Poor's Corp"; but "Merrill Lynch and
	// Salomon Brothers" are two
	if j-i != 1 {
		return false
	}
	if a.companyForm(last) {
		return true
	}
	// the head may be followed by a title and a name the run goes on to
	// ("Securities and Exchange Commission Chairman John Shad")
	for h := next + 1; h < last; h++ {
		if a.orgHead(h) && a.isRole(h+1) {
			return true
		}
	}
	return k-next >= 2 && a.orgHead(last)
}

// gazLen returns the length of the longest gazetteer name starting at
// token i within its capitalised run.
func (a *annotator) gazLen(i int) int {
	if i >= len(a.toks) || !a.nameTok(i) {
		return 0
	}
	hi := i + 1
	for hi < len(a.toks) && hi-i < 6 && a.nameTok(hi) && a.sameSegment(hi-1, hi) {
		hi++
	}
	n, _ := a.gazAt(i, hi)
	return n
}

// runHasHead reports whether the capitalised run starting at k holds an
// organisation's head word.
func (a *annotator) runHasHead(k int) bool {
	for ; k < len(a.toks) && a.nameTok(k); k++ {
		if a.orgHead(k) {
			return true
		}
	}
	return false
}

func (a *annotator) orgHeadIn(lo, hi int) bool {
	if a.capIn(lo, hi, cOrgHead) {
		return true
	}
	for k := lo + 1; k < hi; k++ {
		if strings.Contains(a.toks[k].text, ".") && a.companyForm(k) {
			return true // "Volkswagen A.G.", "Philips N.V."
		}
	}
	return false
}

func (a *annotator) lawHeadIn(lo, hi int) bool { return a.capIn(lo, hi, cLawHead) }

// capIn reports whether a capitalised word of class c (without a final
// dot) lies in [lo, hi).
func (a *annotator) capIn(lo, hi int, c wclass) bool {
	for k := lo; k < hi; k++ {
		if a.toks[k].cap && a.isD(&a.toks[k], c) {
			return true
		}
	}
	return false
}

// splitRun trims a run of sentence-initial function words and job titles
// and cuts it into names: gazetteer entries, organisations, people.
func (a *annotator) splitRun(lo, hi int) {
	// sentence-initial words that are not proper nouns
	for lo < hi {
		t := &a.toks[lo]
		if n, _ := a.gazAt(lo, hi); n > 0 && t.lower != "the" || a.speakerAt(lo) > 0 {
			break
		}
		initialDot := len(t.text) == 2 && t.text[1] == '.' && t.cap ||
			len(t.text) == 1 && t.cap && lo+1 < hi && a.toks[lo+1].text == "." && a.toks[lo+1].span.Start == t.span.End
		// an adjective or noun opening a firm's name: "General Electric Co",
		// "United Technologies Corp"
		firm := hi-lo >= 3 && a.orgHead(hi-1) && (t.tag == "JJ" || t.tag == "NN" || t.tag == "NNS")
		if nnp := strings.HasPrefix(t.tag, "NNP"); hi-lo == 1 && t.initial && !a.is(t, cFunction) && !a.is(t, cNonEntity) &&
			(nnp && a.is(t, cCommon) || !nnp && !functionTags[t.tag] && !t.caps && !a.is(t, cMonth)) {
			// "Shearer said", "Yeltsin has said", "Such had taken
			// four wickets": a word opening a sentence that the tagger
			// or the dictionary reads as no name, kept in case the
			// document names a person with it
			a.addCommon(lo, hi)
			return
		}
		if t.lower == "the" || a.is(t, cNonEntity) && hi-lo > 1 && !a.headTok(lo) && !a.is(t, cDirection) && !placeAbbrevs[t.lower] || (functionTags[t.tag] || a.is(t, cFunction)) && !initialDot ||
			(t.initial && !firm && !initialDot && !strings.HasPrefix(t.tag, "NNP") && !t.caps && !(a.is(t, cFirst) && lo+1 < hi) &&
				(a.is(t, cCommon) || lo+1 >= hi || !a.toks[lo+1].cap)) ||
			(t.initial && hi-lo == 1 && a.is(t, cCommon)) {
			lo = a.skipConnectors(lo+1, hi)
			continue
		}
		break
	}
	if lo >= hi {
		return
	}
	// the whole run is a gazetteer name
	if e, ok := a.lx.gaz[a.key(lo, hi)]; ok && (hi-lo > 1 || e.caps || !a.toks[lo].caps || len(a.toks[lo].text) >= 5 || a.dateline(lo, hi)) {
		a.add(lo, hi, e.typ, confLexicon, e.canon)
		return
	}
	// an event named with a title word: "General Election", "Presidential
	// Summit"
	if hi-lo > 1 && a.is(&a.toks[hi-1], cEventHead) && a.isRole(lo) {
		a.add(lo, hi, pipeline.Event, confLexicon, "")
		return
	}
	// job titles: "Director of the", "Senior Expert", "President"
	titled := false
	for lo < hi && a.isRole(lo) && !a.firstNameRole(lo, hi) && !a.titleStartsName(lo, hi) {
		if _, ok := a.lx.gaz[a.key(lo, hi)]; ok {
			break
		}
		titled = a.isD(&a.toks[lo], cTitle) && lo+1 < hi && a.nameTok(lo+1)
		lo = a.skipConnectors(lo+1, hi)
	}
	// leading adjectives: "Former England", "Controversial Australian"
	for lo+1 < hi && a.toks[lo].tag == "JJ" && a.is(&a.toks[lo], cCommon) {
		lo++
	}
	if lo >= hi {
		return
	}
	if lo > 0 && a.isD(&a.toks[lo-1], cTitle) {
		titled = true
	}
	a.segment(lo, hi, titled)
}

// titleStartsName reports whether the title or role word at lo is rather the
// first word of a longer name: followed by a common English word (no
// given name) that an organisation's head follows or more of the name
// ("General Electric Co", "General Agreement on Tariffs and Trade"), where
// a title would be followed by a person's name ("General Wood" stays a
// title and a name).
func (a *annotator) titleStartsName(lo, hi int) bool {
	switch {
	case lo+1 >= hi:
		return false
	case a.orgHead(lo + 1):
		return true // "General Motors"
	case lo+2 >= hi:
		return false
	}
	next := &a.toks[lo+1]
	return a.is(next, cCommon) && !a.is(next, cFirst) && !a.isRole(lo+1)
}

// firstNameRole reports whether the role word at lo is rather a first
// name: "Dean Saunders", a role word that is also a given name followed
// by one more name.
func (a *annotator) firstNameRole(lo, hi int) bool {
	return hi-lo == 2 && a.is(&a.toks[lo], cFirst) && !a.isD(&a.toks[lo], cTitle)
}

func (a *annotator) isRole(i int) bool {
	t := &a.toks[i]
	if a.isD(t, cRole) || a.isD(t, cTitle) && !a.isD(t, cOrgHead) {
		return true
	}
	w := trimDot(t.lower)
	// "Lieutenant-Colonel", "Vice-Chairman"
	if strings.Contains(w, "-") {
		for _, p := range strings.Split(w, "-") {
			if !a.lx.roles[p] && !a.lx.titles[p] {
				return false
			}
		}
		return true
	}
	return false
}

// skipConnectors moves lo past lower-case connectors.
func (a *annotator) skipConnectors(lo, hi int) int {
	for lo < hi && !a.toks[lo].cap {
		lo++
	}
	return lo
}

// segment cuts [lo, hi) at the names it contains and types each piece.
func (a *annotator) segment(lo, hi int, titled bool) {
	if a.hasTok(lo, hi, "&") && hi-lo >= 3 {
		a.add(lo, hi, pipeline.Org, confLexicon, "") // "Douglas & Lomason"
		return
	}
	for lo < hi {
		if w := a.toks[lo].lower; !a.toks[lo].cap || w == "and" || w == "or" || w == "but" || w == "nor" {
			lo++ // "U.S. | And | West German"
			continue
		}
		// a speaker's name
		if n := a.speakerAt(lo); n > 0 && lo+n <= hi && (n > 1 || lo+1 == hi || !a.toks[lo+1].cap) {
			typ := pipeline.Person
			if a.firmAt(lo, lo+n) {
				typ = pipeline.Org // "Merrill Lynch said": a firm speaks
			}
			a.add(lo, lo+n, typ, confLexicon, "")
			lo += n
			continue
		}
		// a job title inside the run: "U.S. President Bill Clinton"
		if a.isRole(lo) && lo+1 < hi && !a.firstNameRole(lo, hi) && !a.titleStartsName(lo, hi) {
			if n, _ := a.gazAt(lo, hi); n == 0 {
				titled = a.isD(&a.toks[lo], cTitle) && a.nameTok(lo+1)
				lo = a.skipConnectors(lo+1, hi)
				continue
			}
		}
		// the longest gazetteer name, unless an organisation's, event's
		// or law's head follows it within the run ("Kazakhstan Institute
		// ...", "U.S. Open")
		if n, e := a.gazAt(lo, hi); n > 0 && !(a.headAfter(lo+n, hi) && !a.cutBefore(lo+n, hi)) && !a.nameStart(lo, n, hi) {
			// a place's name followed by capitalised common words names
			// an organisation: "Bristol City", "Texas Rangers", "Hong
			// Kong Standard", "Chittagong Cement"
			end := lo + n
			// An abbreviation's dot capitalises the word after it in some
			// wires ("the U.S. Trade deficit"): a word the document also
			// writes in lower case, or a function word, is not the
			// organisation's.
			abbr := strings.HasSuffix(a.toks[lo+n-1].text, ".")
			for end < hi && a.toks[end].cap && a.is(&a.toks[end], cCommon) && !a.isRole(end) && !a.is(&a.toks[end], cMonth) &&
				!(abbr && (a.common[a.toks[end].lower] || a.is(&a.toks[end], cFunction))) {
				end++
			}
			if end > lo+n && end < hi && a.isRole(end) && e.typ != pipeline.NORP {
				// "Queensland Primary Industries Minister": the place,
				// then words that qualify the title
				a.add(lo, lo+n, e.typ, confLexicon, e.canon)
				lo = end
				continue
			}
			if end > lo+n && e.typ != pipeline.NORP {
				typ := pipeline.Org
				if last := &a.toks[end-1]; a.isD(last, cEventHead) {
					typ = pipeline.Event
				} else if a.isD(last, cLawHead) {
					typ = pipeline.Law
				}
				a.add(lo, end, typ, confContext, "")
				lo = end
				continue
			}
			a.add(lo, lo+n, e.typ, confLexicon, e.canon)
			lo += n
			continue
		}
		if w := a.toks[lo].lower; (strings.HasPrefix(w, "pro-") || strings.HasPrefix(w, "anti-")) && lo+1 < hi {
			lo++ // "Pro-Kremlin United Russia": a stance, not a name
			continue
		}
		end := a.pieceEnd(lo, hi)
		chamber := end-lo == 2 && a.toks[lo].lower == "house"
		if end-lo >= 2 && a.lx.gaz[a.key(end-1, end)].typ == pipeline.NORP && !a.is(&a.toks[lo], cDirection) &&
			(chamber || a.orgHeadIn(lo, end-1)) {
			// "Senate Republican leader", "House Democrats": an
			// institution and the members of a party in it
			if chamber {
				a.add(lo, lo+1, pipeline.Org, confContext, "") // a legislature's chamber
			} else {
				a.classify(lo, end-1, titled)
			}
			a.add(end-1, end, pipeline.NORP, confLexicon, "")
			lo = end
			continue
		}
		if end < hi && end-lo <= 3 && a.isRole(end) && a.modifiers(lo, end) {
			// words before a title that only qualify it ("Bosnian
			// President", "Agriculture Secretary", "West German Finance
			// Minister")
			lo = end
			continue
		}
		a.classify(lo, end, titled)
		lo = end
	}
}

// modifiers reports whether tokens [lo, hi) are words that qualify a
// title rather than name anyone: common words, adjectives, nationalities
// and compass points, a lone one of any of these or several with at least
// one nationality ("West German Finance") or after a rank ("Deputy Energy
// Minister").
func (a *annotator) modifiers(lo, hi int) bool {
	norp := false
	for k := lo; k < hi; k++ {
		t := &a.toks[k]
		switch {
		case a.lx.gaz[t.lower].typ == pipeline.NORP:
			norp = true
		case a.is(t, cCommon), t.tag == "JJ", a.is(t, cDirection):
		default:
			return false
		}
	}
	return hi-lo == 1 || norp || a.isRole(lo)
}

// nameStart reports whether a one-word gazetteer match at lo is rather
// the start of a personal name: a first name ("Mary Joe Fernandez",
// "Alexander Lebed") or a capitalised particle ("Van der Westhuizen")
// followed by more of the name.
func (a *annotator) nameStart(lo, n, hi int) bool {
	if n != 1 || lo+1 >= hi {
		return false
	}
	t, next := &a.toks[lo], &a.toks[lo+1]
	if a.is(t, cParticle) && a.is(next, cParticle) {
		return true
	}
	if !a.is(t, cFirst) || !next.cap || a.orgHeadIn(lo+1, hi) {
		return false
	}
	if m, _ := a.gazAt(lo+1, hi); m > 0 {
		return false
	}
	return true
}

// headAfter reports whether an organisation's head lies in [lo, hi) or
// an event's or a law's head ends it.
func (a *annotator) headAfter(lo, hi int) bool {
	if lo >= hi {
		return false
	}
	return a.orgHeadIn(lo, hi) || a.isD(&a.toks[hi-1], cEventHead|cLawHead)
}

// cutBefore reports whether a new name starts at i (a person or a
// gazetteer name), so that what precedes it is a name of its own.
func (a *annotator) cutBefore(i, hi int) bool {
	return i < hi && (a.speakerAt(i) > 0 || !a.headAfter(i, hi))
}

// pieceEnd returns where the name starting at lo ends inside the run
// [lo, hi): before a speaker's name, before a first name that follows an
// organisation's complement, or at hi.
func (a *annotator) pieceEnd(lo, hi int) int {
	orgSeen := a.orgHead(lo)
	for k := lo + 1; k < hi; k++ {
		if !a.toks[k].cap {
			continue
		}
		if a.speakerAt(k) > 1 {
			return k
		}
		// "Agriculture Secretary Dan Glickman", "Cofinec CEO Stephen
		// Frater": a title inside the run
		if t := &a.toks[k]; (a.isD(t, cTitle) || t.caps && a.isD(t, cRole)) && !a.isD(t, cOrgHead) && k+1 < hi && a.nameTok(k+1) &&
			(!a.orgHeadIn(lo, k) || hi-k >= 3 && !a.orgHeadIn(k+1, hi)) && !a.firstNameRole(k, hi) {
			return k
		}
		if orgSeen && a.toks[k-1].cap && !a.orgHead(k) && k+1 < hi && a.is(&a.toks[k], cFirst) && a.toks[k+1].cap && !a.orgHeadIn(k, hi) {
			return k
		}
		if a.orgHead(k) {
			orgSeen = true
		}
	}
	return hi
}

// gazAt returns the length in tokens of the longest gazetteer name
// starting at lo and ending by hi, and its entry.
func (a *annotator) gazAt(lo, hi int) (int, gazEntry) {
	t := &a.toks[lo]
	w := t
	if t.lower == "the" && lo+1 < hi {
		w = &a.toks[lo+1] // phraseKey drops a leading "the"
	}
	var longest int
	if strings.HasSuffix(w.lower, "'s") {
		longest = a.lx.gazFirst[strings.TrimSuffix(w.lower, "'s")]
	} else {
		a.lookup(w)
		longest = w.cls.gazFirst()
	}
	for n := min(hi-lo, longest+1); n >= 1; n-- {
		if n == 1 && a.is(t, cPlain) && !a.is(t, cGaz1) && t.lower != "the" {
			continue // the key is the word, and no gazetteer name
		}
		if e, ok := a.lx.gaz[a.key(lo, lo+n)]; ok && (n > 1 || e.caps || !a.toks[lo].caps || a.restricted[lo] || len(a.toks[lo].text) >= 5) &&
			!(n == 1 && a.is(&a.toks[lo], cNonEntity)) {
			return n, e
		}
	}
	return 0, gazEntry{}
}

// keySeparators are the characters that make a word's phraseKey differ
// from its lower-case form: apostrophes and phraseKey's separators.
const keySeparators = "'’,():;\" \t\n"

// key returns the phraseKey of tokens [lo, hi).
func (a *annotator) key(lo, hi int) string {
	if hi-lo == 1 {
		t := &a.toks[lo]
		if !a.is(t, cPlain) {
			return phraseKey(t.text)
		}
		if t.lower == "the" {
			return "the"
		}
		return t.lower
	}
	// Nearly always the key is the tokens' lower-case forms joined by
	// spaces, without a leading "the": build it directly unless a token
	// holds an apostrophe or one of phraseKey's separators.
	size, simple := 0, true
	for k := lo; k < hi && simple; k++ {
		size += len(a.toks[k].lower) + 1
		simple = a.is(&a.toks[k], cPlain)
	}
	if simple {
		if a.toks[lo].lower == "the" {
			lo++
		}
		var b strings.Builder
		b.Grow(size)
		for k := lo; k < hi; k++ {
			if k > lo {
				b.WriteByte(' ')
			}
			b.WriteString(a.toks[k].lower)
		}
		return b.String()
	}
	return a.slowKey(lo, hi)
}

// slowKey is phraseKey of the tokens' text, as written, joined by spaces
// (but for possessives); key gives the same faster.
func (a *annotator) slowKey(lo, hi int) string {
	var b strings.Builder
	for k := lo; k < hi; k++ {
		t := a.toks[k]
		if k > lo && !(t.text == "'s" || t.text == "’s" || t.text == "'" || t.text == "’") {
			b.WriteByte(' ')
		}
		b.WriteString(t.text)
	}
	return phraseKey(b.String())
}

// add records a mention of tokens [lo, hi).
func (a *annotator) add(lo, hi int, typ string, conf int, canon string) {
	if lo >= hi {
		return
	}
	for k := lo; k < hi; k++ {
		a.taken[k] = true
	}
	sp := a.spanOf(lo, hi)
	// a sentence-final abbreviation dot ("Aq Jol.") is not the name's
	if last := a.toks[hi-1].text; len(last) > 2 && last[len(last)-1] == '.' && strings.Count(last, ".") == 1 &&
		!a.lx.titles[strings.ToLower(last[:len(last)-1])] && !abbreviations[strings.ToLower(last[:len(last)-1])] {
		sp.End--
	}
	// an abbreviation's dot that the tokenizer split off at the end of a
	// sentence is the name's ("... by NationsBank Corp.")
	if hi < len(a.toks) && abbreviations[a.toks[hi-1].lower] && a.toks[hi].text == "." && a.toks[hi].span.Start == sp.End {
		sp.End = a.toks[hi].span.End
	}
	// an opening quotation mark the tokenizer left on the name ("'Veritas'")
	for _, q := range []string{"'", "‘", "’", "`"} {
		if t := sp.In(a.doc.Text); strings.HasPrefix(t, q) && len(t) > len(q) {
			if r, _ := utf8.DecodeRuneInString(t[len(q):]); unicode.IsUpper(r) {
				sp.Start += len(q)
			}
		}
	}
	a.ments = append(a.ments, mention{
		lo: lo, hi: hi, typ: typ, conf: conf, canon: canon,
		key:     phraseKey(sp.In(a.doc.Text)),
		span:    sp,
		initial: a.toks[lo].initial,
	})
}

// addCommon adds the lone common word [lo, hi) as an untyped mention
// marked common: a name only if harmonise finds it the surname of a
// person the document names in full.
func (a *annotator) addCommon(lo, hi int) {
	a.add(lo, hi, "", confNone, "")
	a.ments[len(a.ments)-1].common = true
}
