package attribution

import (
	"slices"
	"strings"
	"unicode"

	"github.com/commentariat/commentariat/internal/english"
	"github.com/commentariat/commentariat/internal/names"
)

// aux are words skipped between a subject and its cue verb.
var aux = map[string]bool{
	"has": true, "have": true, "had": true, "will": true, "would": true, "did": true, "does": true,
	"do": true, "also": true, "further": true, "then": true, "later": true, "again": true,
	"once": true, "earlier": true, "recently": true, "repeatedly": true, "previously": true,
	"publicly": true, "privately": true, "reportedly": true, "often": true, "has also": true,
	"may": true, "might": true, "could": true, "can": true, "should": true, "always": true,
	"already": true, "frequently": true, "flatly": true, "firmly": true, "strongly": true,
}

// describedOf reports whether the "of" at token j joins a lower-case
// head noun, or a number or quantifier, to the noun phrase that qualifies
// it ("the maker of industrial equipment", "two of the continent's heads
// of state", "most of the analysts"), inside a descriptor.
func (a *annotator) describedOf(j int) bool {
	if j == 0 || j+1 >= len(a.toks) || a.isCap(j-1) && !a.sentenceInitial(j-1) {
		return false
	}
	h, t := a.word(j-1), a.tag(j-1)
	switch {
	case t == "CD" || quantifiers[h]:
	case strings.HasPrefix(t, "NN") && (a.agentNoun(h) || sourceNouns[h]): // "the final draft of a report"
	default:
		return false
	}
	return a.tag(j+1) == "DT" || a.tag(j+1) == "PRP$" || a.tag(j+1) == "JJ" || a.tag(j+1) == "CD" || strings.HasPrefix(a.tag(j+1), "NN") && !a.isCap(j+1)
}

// speakerHead reports whether the head of a descriptor can name someone
// who speaks: an agent noun, a quantifier ("others", "most") or a share
// of those polled ("%").
func (a *annotator) speakerHead(h string) bool {
	return h == "" || h == "%" || quantifiers[h] || a.agentNoun(h) || a.lx.group[h] || a.lx.group[h+"s"] || sourceNouns[h]
}

// sourceNouns are nouns for the studies, bodies and writings that news
// quotes ("the survey says", "the watchdog said", "a study suggests").
var sourceNouns = map[string]bool{
	"survey": true, "study": true, "research": true, "poll": true, "panel": true, "watchdog": true,
	"think-tank": true, "paper": true, "newspaper": true, "letter": true, "memo": true, "document": true,
	"analysis": true, "review": true, "inquiry": true, "audit": true, "book": true, "agent": true,
	"board": true, "side": true, "team": true, "club": true, "draft": true, "report": true,
}

// agentNoun reports whether the lower-case noun w names someone who may
// speak: a role, a descriptor or an institution of the lexicon, or a noun
// of agent ("maker", "operator", "producer", "economist"); not "part",
// "end" or "preparation", whose "of" phrases are no speakers.
func (a *annotator) agentNoun(w string) bool {
	if a.lx.isRole(w) || a.lx.isRole(singular(w)) || a.lx.descriptor[w] || a.lx.isInstitution(w) || a.lx.isInstitution(singular(w)) {
		return true
	}
	w = singular(w)
	for _, suf := range []string{"er", "or", "ist", "ant", "ent"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// pluralPossessive reports whether token j is the apostrophe of a
// plural possessive inside a name ("the Building Societies' Association").
func (a *annotator) pluralPossessive(j int) bool {
	w := a.tokText(j)
	return (w == "'" || w == "’") && j > 0 && strings.HasSuffix(a.word(j-1), "s") && a.toks[j-1].Span.End == a.toks[j].Span.Start
}

// nameParticles are the lower-case words inside names ("Eric de
// Villegas", "Generale de Banque", "Jan van der Merwe"); read only.
var nameParticles = names.Particles()

// particleAt reports whether token j, not before lo, is a lower-case
// particle inside a name: one or two of them ("de", "de la") between a
// capitalised word that is no title and the rest of the name.
func (a *annotator) particleAt(j, lo int) bool {
	if !nameParticles[a.tokText(j)] || !a.isCap(j+1) && !nameParticles[a.tokText(j+1)] {
		return false
	}
	k := j - 1
	if k >= lo && nameParticles[a.tokText(k)] {
		k--
	}
	return k >= lo && a.isCap(k) && !a.lx.isRole(a.word(k))
}

// lowerForms are the legal forms that wire copy writes in lower case
// after a firm's name ("Norton co said", "NBI inc said").
var lowerForms = map[string]bool{"inc": true, "corp": true, "co": true, "ltd": true, "plc": true, "llc": true}

// theName reports whether the run [c, e) of capitalised words after s
// names an institution by its article: "the China Daily", "the Tories".
// No person's name takes the article, but one word after it may describe
// a person ("the American", "the King"), and so may a longer run ending
// in a word for a person or holding a title ("the Texas Democrat", "the
// South African", "the Crown Prince"); an article after a preposition
// may belong to a phrase before the name ("In the U.S. Silas said").
func (a *annotator) theName(s, c, e int) bool {
	if c <= s || a.word(c-1) != "the" || e-c < 2 && a.tag(c) != "NNPS" || personNoun(a.word(e-1)) || a.articleAfterPrep(c) {
		return false
	}
	for j := c; j < e; j++ {
		if titleNouns[a.word(j)] || names.IsTitle(a.word(j)) || a.lx.isRole(a.word(j)) {
			return false
		}
	}
	return true
}

// articleAfterPrep reports whether the token before c is "the" after a
// preposition, as in "In the U.S. Silas said": the article belongs to a
// phrase that may end before the name at c.
func (a *annotator) articleAfterPrep(c int) bool {
	return c >= 2 && a.word(c-1) == "the" && (a.tag(c-2) == "IN" || a.tag(c-2) == "TO")
}

// titleNouns are titles of rank that name one person ("the Crown
// Prince", "the Prince of Wales").
var titleNouns = map[string]bool{
	"king": true, "queen": true, "prince": true, "princess": true, "pope": true, "emir": true, "sheikh": true,
	"sultan": true, "duke": true, "duchess": true, "cardinal": true, "archbishop": true, "bishop": true,
}

// personNoun reports whether the lower-case word w, capitalised in the
// text, can describe one person: a party's member ("Democrat", "Tory") or
// a nationality ("American", "Iraqi", "Frenchman", "Briton").
func personNoun(w string) bool {
	switch w {
	case "democrat", "republican", "conservative", "liberal", "socialist", "communist", "tory",
		"nationalist", "independent", "briton", "scot", "swede", "dane", "pole", "turk", "spaniard":
		return true
	}
	for _, suf := range []string{"an", "ese", "i", "man"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// connectors join the words of an organisation's name.
var connectors = map[string]bool{"of": true, "for": true, "under": true, "and": true, "the": true, "&": true, "on": true}

// leaderHeads are the nouns after a leader's name that name what the
// leader heads ("the Reagan administration").
var leaderHeads = map[string]bool{"administration": true, "government": true, "cabinet": true, "campaign": true, "leadership": true, "regime": true}

// quantifiers stand alone for some members of a group as a subject
// ("Another said", "Most said", "one said").
var quantifiers = map[string]bool{"another": true, "others": true, "most": true, "many": true, "some": true, "several": true, "few": true, "both": true, "all": true, "one": true}

// notSubject are pronouns and words that never name a speaker.
var notSubject = map[string]bool{
	"this": true, "that": true, "which": true, "who": true, "what": true, "there": true,
	"these": true, "those": true, "nobody": true, "everyone": true, "you": true,
}

// timeWords end a time adverbial, never a speaker's name: "said
// Tuesday", "this month".
var timeWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "january": true, "february": true, "march": true, "april": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"today": true, "yesterday": true, "tonight": true, "week": true, "month": true, "year": true,
	"weekend": true, "morning": true, "afternoon": true, "evening": true, "night": true, "day": true,
	"midday": true,
	// abbreviated months, with and without their full stop ("Nov. 17")
	"jan": true, "jan.": true, "feb": true, "feb.": true, "mar.": true, "apr": true, "apr.": true,
	"aug": true, "aug.": true, "sep": true, "sep.": true, "sept": true, "sept.": true, "oct": true, "oct.": true,
	"nov": true, "nov.": true, "dec": true, "dec.": true,
}

// timePhrase reports whether tokens [s, e) are a time adverbial ("Tuesday",
// "last week", "this month", "Sept. 12") rather than a name.
func (a *annotator) timePhrase(s, e int) bool {
	if !timeWords[a.word(e-1)] && !(e-s >= 2 && timeWords[a.word(e-2)] && a.tag(e-1) == "CD") {
		return false
	}
	for j := s; j < e; j++ {
		switch w := a.word(j); {
		case timeWords[w], w == "last", w == "next", w == "this", w == "that", w == "early", w == "late",
			w == "the", w == "on", w == "in", w == "earlier", w == "later", w == ".", a.tag(j) == "CD":
		default:
			return false
		}
	}
	return true
}

// namedTimes are the words of time that, capitalised, end names rather
// than open a time phrase ("Business Day", "USA Today", "Good Morning
// America"); a weekday or a month keeps its capital either way.
var namedTimes = map[string]bool{
	"today": true, "tonight": true, "week": true, "month": true, "year": true, "weekend": true,
	"morning": true, "afternoon": true, "evening": true, "night": true, "day": true, "midday": true,
}

// funcTag are the tags of function words that a capital letter at the
// start of a sentence does not make part of a name ("When", "After").
var funcTag = map[string]bool{
	"WRB": true, "IN": true, "CC": true, "RB": true, "WDT": true, "WP": true, "VBG": true,
	"TO": true, "MD": true, "PRP": true, "EX": true, "UH": true, "RBR": true, "RBS": true,
}

// npTag reports whether a part-of-speech tag can be part of a speaker's
// noun phrase.
func npTag(tag string) bool {
	switch tag {
	case "NNP", "NNPS", "NN", "NNS", "JJ", "DT", "PRP$", "POS", "CD", "HYPH", "FW", "VBN", "JJS":
		return true
	}
	return false
}

// npLeft returns the start of the noun phrase that ends at token e
// (inclusive), not before lo; ok is false when token e cannot end one.
func (a *annotator) npLeft(e, lo int) (int, bool) {
	if e < lo {
		return 0, false
	}
	if a.tag(e) == "PRP" {
		return e, a.lx.pronoun[a.word(e)]
	}
	if !a.npEnd(e) {
		return 0, false
	}
	s := e
	for j := e - 1; j >= lo && e-j < 16; j-- {
		w := a.word(j)
		if w == ")" {
			// "Nikko Securities Co (Europe) Ltd", "James E. (Jim)
			// Nugent": a bracketed word inside a name
			if o := a.bracketOpen(j, lo); o >= 0 {
				j, s = o, o
				continue
			}
			if o := j - 2; o > lo && j < e && a.acronymGloss(o) && a.isCap(o-1) {
				// "a Nuclear Regulatory Commission (NRC) spokesman",
				// "Australian Wheat Board (AWB) chairman": an acronym
				// glossing the name before it, inside the phrase
				j, s = o, o
				continue
			}
		}
		if w == ">" || w == "&gt;" {
			if t := a.skipTicker(j, lo); t != j {
				// "Generale de Banque SA <GENB.BR> president Eric ..."
				j = t + 1
				continue
			}
		}
		switch {
		case w == "." && a.initialAt(j):
			// "Vann R. Newkirk", "Lt. Gen. Michael Flynn"
			s = j
		case w == "," && a.firmComma(j, s, e):
			// "Sears, Roebuck and Co", "Smith Barney, Harris Upham and Co"
			s = j
		case w == "&" && j > lo && a.isCap(j-1) && a.isCap(j+1) && !a.isPunct(j-1):
			// "Ernst & Young", "Marsh & McLennan", "Securities & Exchange
			// Commission": news prose writes "&" only inside a name, never
			// to join two subjects
			s = j
		case a.tag(j) == "PRP" || a.isPunct(j) && w != "-" && w != "'s" && w != "." &&
			!(a.pluralPossessive(j) && (a.isCap(j-1) && a.isCap(j+1) || a.tag(j-1) == "NNS" && a.tag(j+1) == "NN")):
			return s, true
		case connectors[w] && (a.isCap(j+1) || a.word(j+1) == "the" && a.isCap(j+2)):
			s = j
		case w == "at" && j-2 >= lo && j+1 == s && a.isCap(s) && a.isCap(j-1) && a.isCap(j-2) && !english.Common().Has(a.word(j-1)) &&
			!a.lx.isRole(a.word(j-1)) && !a.lx.isInstitution(a.word(j-1)):
			// "Louis Marckesano at Janney Montgomery Scott": a person's
			// name and the firm they work at, as with "of"
			s = j
		case w == "to" && j > lo && j+1 == s && a.isCap(s) && a.isCap(j-1) && toRoles[a.word(j-1)]:
			// "Ambassador to GATT Michael Samuels": a title that names
			// where its holder serves (not "an aide to State Comptroller
			// Bob Bullock", who is served)
			s = j
		case w == "earlier" && j+1 == s && strings.HasPrefix(a.tag(s), "NN") && !a.isCap(s):
			// "earlier press reports said": the reports before
			s = j
		case w == "of" && j > lo && a.describedOf(j):
			// "the maker of industrial equipment", "two of the
			// continent's heads of state"
			s = j
		case j+1 == s && a.isCap(j) && a.isCap(s) && english.GivenNames().Has(w) && !english.Common().Has(w):
			// "Theodore Brophy", whatever the tagger made of "Theodore"
			s = j
		case j < e && a.particleAt(j, lo):
			// "Eric de Villegas de Clercamp", whatever the tagger made
			// of "de"
			s = j
		case a.lx.isRole(w) && !a.isCap(j) && j > lo && a.isCap(j-1) && a.isCap(j+1) && strings.HasPrefix(a.tag(j), "VB"):
			// "Tigers coach John Wells", "Labour chair Ian McCartney": a
			// title between names that the tagger took for a verb
			s = j
		case a.tag(j) == "VBG" && !a.isCap(j) && j+1 == s && (strings.HasPrefix(a.tag(s), "NN") || a.tag(s) == "JJ") && j > lo &&
			(a.tag(j-1) == "DT" || a.tag(j-1) == "PRP$" || a.tag(j-1) == "POS" || a.tag(j-1) == "NN" && !a.isCap(j-1) && a.lx.isInstitution(a.word(e))):
			// "an official of the ruling party", "a leading
			// business-backed organization", "the bank holding company":
			// a participle used as an adjective
			s = j
		case a.tag(j) == "VBG" && !a.isCap(j) && j+1 == s && s == e && a.tag(s) == "NNS" && a.cueAt(j) == "" &&
			(j == lo || a.word(j-1) == ",") && (a.lx.group[a.word(s)] || a.lx.descriptor[singular(a.word(s))] || a.lx.isRole(singular(a.word(s)))):
			// "..., banking sources said", "Banking sources said": a
			// participle before a plural people noun that opens the
			// subject
			s = j
		case (a.tag(j) == "VB" || a.tag(j) == "VBP") && !a.isCap(j) && j+1 == s && (a.tag(s) == "NN" || a.tag(s) == "NNS") && j > lo &&
			(a.tag(j-1) == "JJ" || a.tag(j-1) == "NNP" || a.tag(j-1) == "DT" || a.tag(j-1) == "PRP$" ||
				a.word(j-1) == "," && a.tag(e) == "NNS" && (a.lx.group[a.word(e)] || a.lx.isRole(singular(a.word(e))))):
			// "Dutch labour federation FNV spokesman Frank Koolen", "...,
			// soy product dealers said": a noun modifier the tagger took
			// for a verb
			s = j
		case strings.HasPrefix(a.tag(j), "VB") && !a.isCap(j) && j+1 == s && a.isCap(s) && (a.lx.isInstitution(w) || a.lx.isRole(w)) &&
			j > lo && (strings.HasPrefix(a.tag(j-1), "NN") || a.tag(j-1) == "JJ" || a.tag(j-1) == "DT"):
			// "the national statistics institute Istat": a noun before a
			// name that the tagger took for a verb
			s = j
		case a.tag(j) == "VB" && !a.isCap(j) && j+1 == s && a.lx.isRole(a.word(j+1)) && !a.lx.isRole(w) && a.word(j-1) == "to":
			// "sources close to finance minister Edouard Balladur": a
			// noun before a title that the tagger took for a verb after
			// "to"
			s = j
		case (w == "and" || w == "&") && a.nounModifiers(j, e):
			// "energy and mines minister Javier Espinosa Teran"
			s = j
		case (w == "and" || w == "or") && j+1 == s && j > lo && (a.tag(s) == "JJ" || a.tag(s) == "NNP") && a.adjectival(j-1) &&
			s+1 == e && a.tag(e) == "NNS" && (a.lx.group[a.word(e)] || a.lx.isRole(singular(a.word(e))) || a.lx.descriptor[singular(a.word(e))]):
			// "Congressional and financial sources said", "Japanese and
			// U.S. officials said": adjectives joined before a plural
			// people noun
			s = j
		case (w == "and" || w == "or") && j+1 == s && j > lo && s < e && a.peoplePlural(e) && a.modifierRun(s, e) && a.modifiersOpen(j-1, lo):
			// "weather and farming sources said", "Japanese currency and
			// bond traders said", "government mining and central bank
			// officials said": modifiers joined before a plural people
			// noun
			s = j
		case j+1 == s && j > lo && a.complementPrep(j, e) && a.word(e+1) != "who" && a.word(e+1) != "that" && a.word(e+1) != "which":
			// "a cabinet report to parliament", "spokesmen for the
			// firms", "an official from one group": a head noun and the
			// phrase that completes it (a relative clause after it may
			// belong to either: "calls from listeners to his radio
			// program who said")
			s = j
		case a.tag(j) == "RB" && !a.isCap(j) && j+1 == s && a.tag(s) == "VBN" && !a.isCap(s) && j > lo && a.tag(j-1) == "DT":
			// "the privately owned Portland company"
			s = j
		case a.tag(j) == "VBG" && !a.isCap(j) && j+1 <= e && (a.lx.isRole(a.word(j+1)) || a.tag(j+1) == "NN" && j+2 <= e && a.lx.isRole(a.word(j+2))) &&
			(j == lo || a.isPunct(j-1) || a.tag(j-1) == "DT" || (a.tag(j-1) == "NN" || a.tag(j-1) == "JJ") && !a.isCap(j-1) && a.lx.isRole(a.word(j-1))):
			// "managing board chairman Armin Schram", "the acting
			// president", "deputy planning director Jose Leibovich": a
			// participle inside a title
			s = j
		case j+1 == s && a.isCap(s) && (w == "yesterday" || w == "today" || w == "tonight" || w == "tomorrow"):
			// "Yesterday Robert Ortner said": a time adverb before the
			// subject, whatever the tagger made of it
			return s, true
		case (npTag(a.tag(j)) || a.isCap(j) && !funcTag[a.tag(j)]) && !a.isVerbish(j):
			s = j
		default:
			return s, true
		}
	}
	return s, true
}

// adjectival reports whether token j can modify a noun as an adjective
// does: an adjective, a capitalised word that is an English word or a
// nationality ("Congressional", "Western", "Japanese", "U.S."), not a
// name ("Connery and other analysts"), or a noun in lower case after a
// comma.
func (a *annotator) adjectival(j int) bool {
	switch a.tag(j) {
	case "JJ":
		return true
	case "NN":
		// a noun as modifier that opens the phrase: "..., government and
		// private economists said" (not "the Iran-contra scandal and
		// leading Republicans")
		return !a.isCap(j) && (j == 0 || a.isPunct(j-1))
	case "NNP":
		w := a.word(j)
		return english.Common().Has(w) || personNoun(w) || strings.Count(a.tokText(j), ".") >= 2
	}
	return false
}

// peoplePlural reports whether token e is a plural noun for people who
// speak ("officials", "sources", "traders", "representatives").
func (a *annotator) peoplePlural(e int) bool {
	w := a.word(e)
	return a.tag(e) == "NNS" && !a.isCap(e) && (a.lx.group[w] || a.lx.isRole(singular(w)) || a.lx.descriptor[singular(w)] || a.agentNoun(singular(w)))
}

// modifierRun reports whether tokens [s, e) are modifiers of a noun:
// nouns, adjectives and participles ("farming", "bond", "central bank"),
// lower case but for adjectives and names ("U.S. grain").
func (a *annotator) modifierRun(s, e int) bool {
	if quantifiers[a.word(s)] || a.word(s) == "other" {
		return false // "many market observers": a phrase of its own
	}
	for j := s; j < e; j++ {
		if !a.modifierWord(j) {
			return false
		}
	}
	return s < e
}

// modifierWord reports whether token j can modify a noun: a noun, an
// adjective or a participle in lower case, or a capitalised adjective or
// name ("Japanese", "U.S.").
func (a *annotator) modifierWord(j int) bool {
	switch t := a.tag(j); t {
	case "NN", "NNS", "VBG", "VBN":
		return !a.isCap(j) || a.sentenceInitial(j)
	case "JJ", "NNP":
		return true
	}
	return false
}

// modifiersOpen reports whether token k ends a run of at most three
// modifier words that opens a phrase, after lo or a punctuation mark:
// "government mining" in "..., government mining and central bank
// officials said" (not "the Richter scale yesterday and local officials",
// nor "the news and many market observers", whose article opens a noun
// phrase of its own).
func (a *annotator) modifiersOpen(k, lo int) bool {
	for n := 0; n < 3 && k >= lo; n, k = n+1, k-1 {
		if !a.modifierWord(k) || timeWords[a.word(k)] {
			return false
		}
		if k == lo || a.isPunct(k-1) {
			return true
		}
	}
	return false
}

// complementPrep reports whether the preposition at token j joins a head
// noun in lower case that names a speaker or a writing ("report",
// "spokesmen", "official", "department") to a phrase in lower case that
// completes it, to token e: "a cabinet report to parliament", "spokesmen
// for the firms", "the government department for planning". A
// capitalised phrase after it is where someone works (see describedAt).
func (a *annotator) complementPrep(j, e int) bool {
	switch a.word(j) {
	case "for", "from", "to", "in", "at", "with", "on":
	default:
		return false
	}
	h := a.word(j - 1)
	if a.isCap(j-1) && !a.sentenceInitial(j-1) || !strings.HasPrefix(a.tag(j-1), "NN") || !(a.agentNoun(h) || sourceNouns[h] || sourceNouns[singular(h)]) {
		return false
	}
	if a.word(e) == "part" || a.tag(j+1) == "PRP$" || !strings.HasPrefix(a.tag(e), "NN") {
		return false // an adverbial: "for their part", "for the most part", "in its report"
	}
	for k := j + 1; k <= e; k++ {
		switch a.tag(k) {
		case "DT":
			if k > j+1 && a.tag(k-1) != "POS" {
				return false // two phrases: "a letter to shareholders the company"
			}
		case "JJ", "JJS", "NN", "NNS", "POS", "CD":
		default:
			return false
		}
		if a.isCap(k) {
			return false
		}
	}
	return j+1 <= e
}

// npEnd reports whether token e can end a speaker's noun phrase: a word
// with a noun phrase's tag, a capitalised word that is no function word,
// a plural people noun the tagger took for a verb ("ICO delegates
// said"), or a capitalised surname it took for a gerund before a cue
// ("King said"; not "Having said that").
func (a *annotator) npEnd(e int) bool {
	t, w := a.tag(e), a.word(e)
	switch {
	case npTag(t):
		return true
	case t == "VBZ" && (a.lx.descriptor[w] || a.lx.group[w] || a.lx.isRole(singular(w))):
		return true
	case !a.isCap(e):
		return false
	case !funcTag[t]:
		return true
	}
	return t == "VBG" && a.cueAt(e+1) != "" && w != "having" && w != "being"
}

// nounModifiers reports whether the "and" at token j joins two lower-case
// nouns that modify the job title right after them, in a phrase ending at
// e: "energy and mines minister", "industry and government officials".
func (a *annotator) nounModifiers(j, e int) bool {
	if j == 0 || j+2 > e || a.tag(j-1) != "NN" && a.tag(j-1) != "NNS" || a.isCap(j-1) || a.tag(j+1) != "NN" && a.tag(j+1) != "NNS" || a.isCap(j+1) ||
		timeWords[a.word(j-1)] || a.word(j-1) == "quarter" {
		return false // "this week and industry analysts", "expectations and brokers"
	}
	k := j + 2
	if a.isCap(k) {
		return false
	}
	if a.tag(j-1) == "NNS" || a.lx.isInstitution(a.word(k)) {
		// "the minerals and energy company", "the diversified rubber
		// and plastics group": the head an institution's, after "the"
		// or "a" and the modifiers
		d := j - 2
		for d >= 0 && a.tag(d) == "JJ" {
			d--
		}
		return k == e && a.lx.isInstitution(a.word(k)) && d >= 0 && (a.word(d) == "the" || a.word(d) == "a" || a.word(d) == "an")
	}
	return a.lx.isRole(a.word(k)) || a.lx.isRole(singular(a.word(k)))
}

// bracketOpen returns the "(" that the ")" at token j closes when the
// brackets hold one or two capitalised words that stand inside a name (a
// capitalised word before the "(" and after the ")"), or -1.
func (a *annotator) bracketOpen(j, lo int) int {
	if j+1 >= len(a.toks) || !a.isCap(j+1) {
		return -1
	}
	for o := j - 1; o > lo && j-o <= 3; o-- {
		switch {
		case a.word(o) == "(":
			// not an acronym glossing the name before it: "European
			// Community (EC) Commission"
			if o < j-1 && (a.isCap(o-1) || a.word(o-1) == "." && a.initialAt(o-1)) && !a.acronymGloss(o) {
				return o
			}
			return -1
		case !a.isCap(o):
			return -1
		}
	}
	return -1
}

// firmComma reports whether the comma at token j is inside the name of a
// firm named after its partners, whose noun phrase runs [s, e]: the
// phrase after the comma is capitalised words ending in "and Co" or "&
// Co" (or "Cos"), and a capitalised word stands before the comma.
func (a *annotator) firmComma(j, s, e int) bool {
	if j != s-1 || j == 0 || !a.isCap(j-1) || e-s < 2 {
		return false
	}
	if last := a.word(e); last != "co" && last != "co." && last != "cos" {
		return false
	}
	if w := a.word(e - 1); w != "and" && w != "&" {
		return false
	}
	for k := s; k < e-1; k++ {
		if !a.isCap(k) {
			return false
		}
	}
	return true
}

// isVerbish reports whether token j is a finite verb (and so ends a noun
// phrase); capitalised proper nouns the tagger took for verbs are not.
func (a *annotator) isVerbish(j int) bool {
	t := a.tag(j)
	return strings.HasPrefix(t, "VB") && t != "VBN" && !a.isCap(j) || a.cueAt(j) != "" && !a.isCap(j) && t != "NN"
}

// parseNP reads the noun phrase of tokens [s, e) as a speaker reference.
func (a *annotator) parseNP(s, e int) (ref, bool) {
	for s < e && (a.isPunct(s) && a.word(s) != "-") {
		s++
	}
	for e > s && (a.isPunct(e-1) || a.word(e-1) == "'s") {
		e--
	}
	if s >= e {
		return ref{}, false
	}
	for k := s; k < e-1; k++ {
		if w := a.word(k); w == "of" || w == "at" || w == "with" || w == "for" {
			break // not "Ulric Weil of Washington-based Weil and Associates"
		}
		if firmPremodifier(a.word(k)) && a.isCap(k+1) && a.isCap(e-1) {
			// "The Washington-based Atlantic Council", "Privately-held
			// Pantry Inc": where a firm is based or who holds it is no
			// part of its name
			s = k + 1
			break
		}
	}
	if e-s == 2 && a.word(s) == "the" && a.isCap(s+1) && genericHeads[a.word(s+1)] {
		// "The Bank said", "the Commission said": an institution named
		// before, by the head of its name, not one called "Bank"
		sp := a.span(s, e)
		return ref{kind: refDescriptor, text: sp.In(a.text), span: sp, head: a.word(s + 1), definite: true}, true
	}
	if p := pronounOf(a.word(s)); e-s == 1 && (a.tag(s) == "PRP" || a.lx.pronoun[p]) {
		if !a.lx.pronoun[p] {
			return ref{}, false
		}
		return ref{kind: refPronoun, text: a.tokText(s), span: a.span(s, e), definite: true}, true
	}
	if notSubject[a.word(e-1)] || a.timePhrase(s, e) || a.word(e-1) == "one" && e-s > 1 {
		// not "No one said", "the one": "one" alone is one of a group
		// ("Dealers were cautious. ..., one said")
		return ref{}, false
	}
	if e-s == 3 && (a.word(s+1) == "and" || a.word(s+1) == "&") && a.letters(s) && a.letters(s+2) {
		// "S and P", "A and P", "AT and T": a firm's initials
		sp := a.span(s, e)
		return a.orgRef(sp), true
	}
	if e-s == 1 && quantifiers[a.word(s)] {
		// "Another said", "Most said": some of a group, nobody named
		return ref{kind: refDescriptor, text: a.tokText(s), span: a.span(s, e), head: a.word(s)}, true
	}
	if last := a.word(e - 1); (last == "%" || last == "percent" || last == "pct" || strings.HasSuffix(last, "%") && len(last) > 1) && e-s <= 3 &&
		(a.tag(e-2) == "CD" || strings.HasSuffix(last, "%") && last[0] >= '0' && last[0] <= '9') {
		// "47% said", "The remaining 33% said": a share of those polled
		return ref{kind: refDescriptor, text: a.span(s, e).In(a.text), span: a.span(s, e), head: "%"}, true
	}
	// A time adverbial after the name is no part of it: "Labour chairman
	// Ian McCartney last year said ...".
	for k := s + 1; k < e; k++ {
		if e-k <= 3 && a.timePhrase(k, e) && !(a.isCap(k) && namedTimes[a.word(k)]) {
			e = k
			break
		}
	}
	// "Laura Brownlees of Save the Children", "Ann Lee of the Institute
	// for Fiscal Studies": a person's name and where they are from.
	if r, ok := a.firmOf(s, e); ok {
		return r, true
	}
	if r, ok := a.nameOfOrg(s, e); ok {
		return r, true
	}
	// "Analysts at Goldman Sachs", "an economist with the bank": people
	// described, not named, and where they work.
	if r, ok := a.describedAt(s, e); ok {
		return r, true
	}
	// The trailing run of capitalised words, with the possessives inside
	// a name ("Moody's Investors Service Inc", "Standard and Poor's Corp").
	c := e
	for c > s {
		if c-2 >= s && a.word(c-1) == "," && a.isCap(c-2) && a.partnersComma(c-1, e) {
			c-- // "Smith Barney, Harris Upham and Co Inc"
			continue
		}
		if c-1 > s && a.word(c-1) == ")" {
			if o := a.bracketOpen(c-1, s); o >= 0 {
				c = o // "Nikko Securities Co (Europe) Ltd"
				continue
			}
		}
		if c-1 > s && c < e && a.rankAbbrev(c-1) && a.otherThanRanks(s, c-1) {
			// "U.S. Rep. Dan Glickman", "Army Lt. Col. Craig McNab": the
			// rank before the name, after other words, is no part of it
			// (a name that opens with ranks is read as a titled name:
			// "Lt. Gov. Ann Smith")
			break
		}
		if !(a.isCap(c-1) && a.tag(c-1) != "DT" && (!a.lx.isRole(a.word(c-1)) && !a.lx.isRole(singular(a.word(c-1))) || a.surnameRole(c-1) || a.fieldAfterOf(c-1, s) ||
			c == e && (a.firmGeneral(c-1, s) || postnominals[a.word(c-1)] && a.personNameBefore(c-1, s) || a.firmHead(c-1, s))) ||
			c == e && c-1 > s && lowerForms[a.tokText(c-1)] && a.isCap(c-2) || // "Norton co", "NBI inc"
			c == e-1 && c-1 > s && names.CompanyForm(a.tokText(c)) && a.isCap(c-2) && a.tag(c-1) != "IN" && a.tag(c-1) != "CC" && !a.isPunct(c-1) || // "K mart Corp", "Jacobs Engineering group Inc"
			c == e && c-1 > s && a.tag(c-1) == "CD" && a.isCap(c-2) && strings.HasPrefix(a.tag(c-2), "NN") && !a.timePhrase(c-2, c) &&
				!strings.HasSuffix(a.tokText(c-2), ".") || // "Transport 2000", "Teamsters Local 912"; not "Nov. 17"
			c < e && a.particleAt(c-1, s) || // "Eric de Villegas", "Guillermo de la Dehesa"
			c-1 > s && a.initialAt(c-1) && len(a.tokText(c-2)) == 1 ||
			c < e && c-1 > s && (isPossessive(a.tokText(c-1)) || a.pluralPossessive(c-1)) && a.isCap(c-2) && a.institutionIn(c, e)) {
			break
		}
		c--
	}
	// "On Monday Tony Blair insisted": a phrase of time that opens the
	// sentence is no part of the name.
	if c+2 < e && a.tag(c) == "IN" && a.isCap(c) {
		for k := min(e-1, c+4); k > c+1; k-- {
			if a.timePhrase(c+1, k) {
				c = k
				break
			}
		}
	}
	// One word after "of" and a capitalised word, or two (or common
	// words only) after an institution's head, name a part of a longer
	// name ("Bank of England", "Ministry of Finance", "Federal Reserve Bank
	// of New York", "Association of Indonesian Coffee Exporters"), not
	// someone.
	// So does one after "of the" ("Friends of the Earth").
	of := c - 1
	if of-1 > s && a.word(of) == "the" && e-c == 1 {
		of--
	}
	if of-1 >= s && (a.word(of) == "of" || a.word(of) == "for") && a.isCap(of-1) && a.tag(of-1) != "DT" &&
		(e-c == 1 || (e-c == 2 || a.describingWords(c, e)) && of == c-1 && a.lx.isInstitution(strings.ToLower(a.tokText(of-1)))) {
		c = of - 1
		for c > s && (a.isCap(c-1) && a.tag(c-1) != "DT" || connectors[a.word(c-1)] && c-2 >= s && a.isCap(c-2)) {
			c--
		}
	}
	if r, ok := a.coordinated(s, c, e); ok {
		return r, true
	}
	c = a.nameStartBefore(s, c, e)
	for c+1 < e && calendarNames[a.word(c)] && !english.GivenNames().Has(a.word(c)) && a.word(c) != "sunday" && a.isCap(c+1) && !a.lx.isInstitution(a.word(e-1)) {
		// "in January Henkel said", "on Thursday Intel announced": a
		// month or a weekday before the name (not "June Smith", nor a
		// Sunday paper: "Sunday Express")
		c++
	}
	for j := c + 1; j+1 < e; j++ {
		if courtesyTitles[strings.TrimSuffix(a.word(j), ".")] && a.isCap(j+1) {
			// "Speaking in Harrogate Mr Kennedy said": a courtesy title
			// opens the name
			c = j
			break
		}
	}
	if c < e && !a.capitalisedNoun(c, e) {
		r, ok := a.nameNP(s, c, e)
		// "Labour's Ken Livingstone": the possessor is an affiliation
		if ok && (r.kind == refName || r.kind == refOrg) && c-2 >= s && (isPossessive(a.tokText(c-1)) || a.tokText(c-1) == "'" || a.tokText(c-1) == "’") && a.isCap(c-2) {
			p := c - 2
			for p > s && a.isCap(p-1) && a.tag(p-1) != "DT" {
				p--
			}
			if calendarNames[a.word(c-2)] {
				return r, ok // "Sunday's Financial Mail": a day's issue, no affiliation
			}
			if isPossessive(a.tokText(c-1)) && a.possessedName(c, e) {
				return a.nameNP(p, p, e)
			}
			if r.kind == refName {
				r.affs = append(r.affs, a.span(p, c-1).In(a.text))
			}
		}
		return r, ok
	}
	if c < e && a.tag(c) != "NN" && a.tag(c) != "NNS" {
		// "Many said", "Some believe": nobody in particular
		return ref{kind: refDescriptor, text: a.span(s, e).In(a.text), span: a.span(s, e)}, true
	}
	// A descriptor: "the expert", "a source", "officials"; its head is
	// the noun before "of" in "the maker of industrial equipment".
	he, part := e, false
	for j := s + 1; j < e; j++ {
		if a.word(j) == "of" && a.describedOf(j) || a.complementPrep(j, e-1) {
			if strings.HasPrefix(a.tag(j-1), "NN") {
				he = j
			} else {
				part = true // "one of the sources": the sources' head, the whole phrase
			}
			break
		}
	}
	head := a.word(he - 1)
	known := a.lx.descriptor[head] || a.lx.isRole(head) || a.lx.isRole(singular(head)) || a.lx.isInstitution(head) || a.lx.isInstitution(singular(head)) ||
		strings.HasSuffix(head, "-year-old") || strings.HasSuffix(head, "-year-olds") // "the 34-year-old"
	if !known && a.tag(he-1) != "NN" && a.tag(he-1) != "NNS" {
		return ref{}, false
	}
	d := s
	for j := s; j < he && !part; j++ {
		if a.tag(j) == "DT" || a.tag(j) == "PRP$" {
			d = j
		}
	}
	det := a.word(d)
	if det == "the" && leaderHeads[head] && e-d >= 3 {
		// "the Reagan administration", "the Kohl government": an
		// institution named after its leader
		allCap := true
		for j := d + 1; j < e-1; j++ {
			allCap = allCap && a.isCap(j)
		}
		if allCap {
			sp := a.span(d+1, e)
			return a.orgRef(sp), true
		}
	}
	r := ref{kind: refDescriptor, text: a.span(d, e).In(a.text), span: a.span(d, e), head: singular(head)}
	// Only a person-like head ("the expert", not "the report") refers
	// back to a speaker named before.
	// An institution's head ("the company", "the bank") refers back only
	// to an institution (see fits).
	r.definite = known && !a.lx.group[head] && (det == "the" || det == "this" || det == "that" || a.tag(d) == "PRP$") && a.tag(he-1) != "NNS" && singular(head) == head
	if a.lx.isRole(head) {
		if role := a.span(d, e).In(a.text); det == "the" || det == "a" || det == "an" {
			r.roles = []string{strings.TrimSpace(role[len(det):])}
		}
	}
	return r, true
}

// calendarNames are the names of the weekdays and months.
var calendarNames = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
}

// courtesyTitles open a person's name, whatever capitalised word stands
// before them.
var courtesyTitles = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true}

// postnominals are the titles written after a person's name ("Andrew
// Tyrie MP", "Philippe Sands QC").
var postnominals = map[string]bool{"mp": true, "mep": true, "msp": true, "mla": true, "qc": true, "kc": true}

// firmGeneral reports whether the word at k is the "General" that ends a
// firm's name after a capitalised word that is no title ("Data General",
// "Media General"), not an office ("Attorney General", "Secretary
// General").
func (a *annotator) firmGeneral(k, s int) bool {
	return a.word(k) == "general" && k-1 >= s && a.isCap(k-1) && a.tag(k-1) != "DT" && !a.lx.isRole(a.word(k-1)) &&
		!names.RankAbbrev(strings.TrimSuffix(a.word(k-1), "."))
}

// firmHead reports whether token k, a capitalised word that is both a
// role and an institution's head in the plural ("Partners",
// "Associates"), ends a firm's name after another capitalised word of it
// ("Charter Oak Partners", "Harris Associates"), not a group of people
// ("the Partners", "Goldman partners").
func (a *annotator) firmHead(k, s int) bool {
	w := a.word(k)
	return k-1 >= s && strings.HasSuffix(w, "s") && a.lx.isInstitution(w) && a.isCap(k-1) && a.tag(k-1) != "DT" && !a.sentenceInitial(k)
}

// fieldAfterOf reports whether the capitalised role word at k names the
// field of a body named before "of" or "for", one more capitalised word
// between ("Department of Justice", "Citizens for Tax Justice"), not a
// title: the word before "of" is no role ("Minister of Justice").
func (a *annotator) fieldAfterOf(k, s int) bool {
	j := k - 1
	if j > s && a.isCap(j) && !a.lx.isRole(a.word(j)) {
		j--
	}
	return j-1 >= s && (a.word(j) == "of" || a.word(j) == "for") && a.isCap(j-1) && a.tag(j-1) != "DT" && !a.lx.isRole(a.word(j-1))
}

// capitalisedNoun reports whether the run [c, e) is one common word
// capitalised only because it starts the sentence ("Critics said",
// "Opponents say", "Many believe"): not tagged as a proper noun, an English
// word never
// written capitalised, and not capitalised elsewhere in the document
// inside a sentence. "Reuters" and "Siemens", tagged the same way, are not
// such words.
func (a *annotator) capitalisedNoun(c, e int) bool {
	if e-c != 1 || strings.HasPrefix(a.tag(c), "NNP") && !a.lx.descriptor[a.word(c)] || !a.sentenceInitial(c) || !english.Common().Has(a.word(c)) {
		return false
	}
	// A name the document also capitalises inside a sentence ("Mike
	// Pence" before "Pence said") is a name whatever the word list says;
	// a word inside a longer name is not ("Dealers said" after
	// "International Swap Dealers Association").
	w := a.tokText(c)
	for k := range a.toks {
		if k != c && a.tokText(k) == w && !a.sentenceInitial(k) && !a.insideName(k) {
			return false
		}
	}
	return true
}

// possessedName reports whether the capitalised words c..e after a
// possessive are, with their possessor, one name ("Hudson's Bay",
// "Ward's Automotive Reports") rather than a person the possessor holds
// ("Labour's Ken Livingstone"): they are all common English words, not
// roles, and either more than one, the first no given name ("Automotive
// Reports"; not "Microsoft's Bill Gates"), or one the document also
// writes, after the same possessor, before another capitalised word
// ("Hudson's Bay Co", "Hudson's Bay Wholesale").
// A surname that is also a word ("Britain's Cook") is written alone and
// stays a person.
func (a *annotator) possessedName(c, e int) bool {
	for j := c; j < e; j++ {
		w := a.word(j)
		if !a.isCap(j) || !english.Common().Has(w) || a.lx.isRole(w) || a.lx.isRole(singular(w)) {
			return false
		}
	}
	if e-c >= 2 {
		return !english.GivenNames().Has(a.word(c)) // not "Microsoft's Bill Gates"
	}
	owner, w := a.tokText(c-2), a.tokText(c)
	for k := 2; k+1 < len(a.toks); k++ {
		if k != c && a.tokText(k) == w && isPossessive(a.tokText(k-1)) && a.tokText(k-2) == owner && a.isCap(k+1) {
			return true
		}
	}
	return false
}

// commonWords reports whether tokens [s, e) are all common English words
// and none a given name ("Coffee Exporters", "Asian Nations"; not "Nurbek
// Pusyrmanov", "Grace Hill"): a name's last words that cannot be a
// person's.
func (a *annotator) commonWords(s, e int) bool {
	for j := s; j < e; j++ {
		if w := a.word(j); !english.Common().Has(w) || english.GivenNames().Has(w) {
			return false
		}
	}
	return s < e
}

// foreignName reports whether tokens [s, e) are two capitalised words
// that no English word list holds, a given name and a surname the lists
// lack ("Spokesman Marcio Stefani of ...").
func (a *annotator) foreignName(s, e int) bool {
	if e-s != 2 {
		return false
	}
	for j := s; j < e; j++ {
		w := a.word(j)
		if !a.isCap(j) || english.Common().Has(w) || a.lx.isRole(w) || a.lx.isInstitution(w) || len(w) < 3 ||
			strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) || isAllCaps(a.tokText(j)) {
			return false // (not "U.S. Comptoller", a misspelt title; not an acronym)
		}
	}
	return true
}

// roleIn reports whether one of tokens [s, e) is a role word.
func (a *annotator) roleIn(s, e int) bool {
	for j := s; j < e; j++ {
		if w := a.word(j); a.lx.isRole(w) || a.lx.isRole(singular(w)) {
			return true
		}
	}
	return false
}

// describingWords reports whether tokens [s, e) are what an institution
// gathers after "of" rather than a person's name: no given name, and a
// common English word last ("Association of Indonesian Coffee
// Exporters", "Association of South-east Asian Nations"; not "Institute
// of World Economy Anna Smith", nor "... Nurbek Pusyrmanov").
func (a *annotator) describingWords(s, e int) bool {
	for j := s; j < e; j++ {
		if english.GivenNames().Has(a.word(j)) {
			return false
		}
	}
	return s < e && english.Common().Has(a.word(e-1))
}

// insideName reports whether token k stands between two capitalised
// words of its sentence, the second no legal form: inside a longer name
// ("International Swap Dealers Association"), not its distinctive word
// ("A.H. Robins Co", "Mike Pence").
func (a *annotator) insideName(k int) bool {
	if k < 1 || k+1 >= len(a.toks) || a.toks[k-1].Sentence != a.toks[k].Sentence || a.toks[k+1].Sentence != a.toks[k].Sentence {
		return false
	}
	return a.isCap(k-1) && a.isCap(k+1) && !names.CompanyForm(a.tokText(k+1))
}

// sentenceInitial reports whether token k starts its sentence or follows
// an opening quotation mark, a colon or a dash that starts a clause.
func (a *annotator) sentenceInitial(k int) bool {
	if k <= 0 {
		return true
	}
	if s := a.toks[k].Sentence; s >= 0 && s < len(a.doc.Sentences) && a.doc.Sentences[s].TokenStart == k {
		return true
	}
	switch a.tokText(k - 1) {
	case "\"", "“", "‘", "'", "«", ":", "—", "–", "(":
		return true
	}
	return false
}

// hasConnector reports whether tokens [c, e) hold a connector ("Bank of
// England"): the run is then a name of its own, not "... Exchequer" and a
// person's name.
func (a *annotator) hasConnector(c, e int) bool {
	for k := c; k < e; k++ {
		if connectors[a.word(k)] {
			return true
		}
	}
	return false
}

// nameOfOrg reads tokens [s, e) as a person's name of two or three
// capitalised words (no role, no institution's head), "of", and the name
// of an institution, which becomes the person's affiliation.
func (a *annotator) nameOfOrg(s, e int) (ref, bool) {
	for k := s + 1; k < e-1; k++ {
		if a.word(k) != "of" && a.word(k) != "at" && a.word(k) != "for" {
			continue // "Ann Lee of Smith Barney", "Louis Marckesano at Janney Montgomery Scott", "Cameron Easley for Morning Consult"
		}
		n := k
		for n > s && k-n < 3 && a.isCap(n-1) && a.tag(n-1) != "DT" {
			n--
		}
		if a.word(k) == "for" && (k-n != 2 || !english.GivenNames().Has(a.word(n))) {
			continue // a person's name before "for", not "Institute for Economic Research", "Americus Trust for ..."
		}
		titled := false
		for n < k && a.lx.isRole(a.word(n)) {
			n++ // "Analyst Lawrence Cohn of Merrill Lynch": a title before the name
			titled = true
		}
		if k-n == 1 && !titled && n == s && a.tag(n) == "NNP" && !a.lx.isRole(a.word(n)) && !a.lx.isInstitution(a.word(n)) && a.namedElsewhere(n, false) {
			// "Zimmer of Merrill Lynch said", where the document named
			// Katharina Zimmer: a surname alone and the firm (not "Lloyds
			// of London", "House of Fabrics Inc")
		} else if k-n < 2 || titled && !english.GivenNames().Has(a.word(n)) && !a.foreignName(n, k) {
			return ref{}, false // not "Deputy U.S. Comptroller of the Currency Robert Bench"
		}
		for j := n; j < k; j++ {
			if w := a.word(j); a.lx.isRole(w) || a.lx.isInstitution(w) || !a.isCap(j) || len(strings.TrimSuffix(a.tokText(j), ".")) == 1 && j == n {
				return ref{}, false
			}
		}
		o := a.institutionAfter(k, e)
		if o < 0 {
			return ref{}, false
		}
		r, ok := a.nameNP(s, n, k)
		if !ok || r.kind != refName {
			return ref{}, false
		}
		r.affs = append(r.affs, a.span(o, e).In(a.text))
		return r, true
	}
	return ref{}, false
}

// letters reports whether token i is one or two capital letters.
func (a *annotator) letters(i int) bool {
	t := a.tokText(i)
	if len(t) == 0 || len(t) > 2 {
		return false
	}
	for j := 0; j < len(t); j++ {
		if t[j] < 'A' || t[j] > 'Z' {
			return false
		}
	}
	return true
}

// membersOf are plural nouns for the people of an institution ("members
// of Congress").
var membersOf = map[string]bool{"members": true, "representatives": true, "leaders": true, "staff": true, "employees": true}

// toRoles are the titles that name whom their holder serves with "to"
// ("an aide to the minister", "adviser to the president", "ambassador
// to Washington"), and the people named by what they give or come to
// ("aid donors to Indonesia", "contributors to the forums").
var toRoles = map[string]bool{
	"aide": true, "aides": true, "adviser": true, "advisers": true, "advisor": true, "advisors": true,
	"assistant": true, "assistants": true, "spokesman": true, "spokeswoman": true, "counsel": true,
	"ambassador": true, "ambassadors": true, "envoy": true, "envoys": true, "delegate": true, "delegates": true,
	"donor": true, "donors": true, "contributor": true, "contributors": true, "visitor": true, "visitors": true,
	"consultant": true, "consultants": true, "counsellor": true, "counselor": true, "successor": true, "heir": true,
}

// workPreps join people described to where they work ("analysts at X",
// "a spokesman for X").
var workPreps = map[string]bool{"at": true, "with": true, "from": true, "for": true}

// placePreps and "by" join people or a report to a place or an author
// that is no affiliation ("dealers in Tokyo", "a report by the
// watchdog").
var placePreps = map[string]bool{"in": true, "by": true, "within": true}

// institutionAfter returns the first token of the institution's name
// that fills tokens (k, e) after a preposition at k ("of the Institute
// for Fiscal Studies", "at Goldman Sachs"): capitalised words and the
// connectors and possessives inside names, after an optional "the"; -1
// when the rest is no such name.
func (a *annotator) institutionAfter(k, e int) int {
	o := k + 1
	if o < e && a.word(o) == "the" {
		o++
	}
	if o < e && !a.isCap(o) {
		// a description before the name: "the state-run oil company
		// Ecopetrol"
		n := o
		for n < e && !a.isCap(n) && (a.tag(n) == "JJ" || a.tag(n) == "NN" || a.tag(n) == "VBN" || a.tag(n) == "HYPH" ||
			a.tag(n) == "NNS" && n+1 < e && a.pluralPossessive(n+1) || a.pluralPossessive(n)) { // "the shipowners' association INSA"
			n++
		}
		if n > o && n < e && a.tag(n-1) == "NN" {
			o = n
		}
	}
	if o >= e || !a.isCap(o) {
		return -1
	}
	for j := o; j < e; j++ {
		if !a.isCap(j) && !connectors[a.word(j)] && !isPossessive(a.tokText(j)) && !(j == e-1 && j > o && a.tag(j) == "CD") &&
			!(a.word(j) == "." && a.initialAt(j)) && !(a.word(j) == "," && a.partnersComma(j, e)) {
			// (a number may end the name: "Local 222"; an initial and
			// partners may be inside it: "Aubrey G. Lanston and Co",
			// "Kidder, Peabody and Co")
			return -1
		}
	}
	return o
}

// describedAt reads "DESCRIPTOR at/with/from/for INSTITUTION" in tokens
// [s, e): a role or a descriptor noun ("Analysts", "an economist", "a
// spokesman") and the capitalised name of where they work. It returns the
// descriptor's reference with the institution as affiliation. After "in"
// or "by" ("dealers in Tokyo", "a report by the watchdog"), or with a
// common noun for the place ("officials at the Italian carmaker"), there
// is no affiliation.
func (a *annotator) describedAt(s, e int) (ref, bool) {
	for k := s + 1; k < e-1 && k-s <= 6; k++ {
		h := k - 1 // the head noun before the phrase
		if a.word(k) == "close" && k+1 < e-1 && a.word(k+1) == "to" {
			// "a source close to the delegation": the phrase after "to"
			// says whom the source is close to
			k++
		} else if a.word(k) == "to" && toRoles[a.word(h)] {
			// "an aide to USDA undersecretary Daniel Amstutz"
		} else if a.word(k) == "of" && a.tag(h) == "NNS" && !a.isCap(h) && (a.lx.isRole(singular(a.word(h))) || membersOf[a.word(h)]) {
			// "members of Congress", "officials of the ministry": people
			// of an institution (a singular title of one is a person's:
			// "Director of the Institute Ann Lee")
		} else if a.word(k) == "of" && a.tag(h) == "NN" && !a.isCap(h) && a.lx.isRole(a.word(h)) && a.orgAfter(k, e) {
			// "a former official of Sedren Mine", "the newest member of
			// the Federal Reserve Board": someone of the institution, not
			// the institution
		} else if !workPreps[a.word(k)] && !placePreps[a.word(k)] {
			continue
		}
		if a.tag(h) == "VBN" && h-1 >= s {
			// "banking sources (closely) linked with the transaction",
			// "(Market) economists polled by Reuters": the noun the
			// participle qualifies
			h--
			if a.tag(h) == "RB" && h-1 >= s {
				h--
			}
		}
		head := a.word(h)
		if a.isCap(h) && !a.sentenceInitial(h) || !(a.lx.isRole(head) || a.lx.descriptor[head] || a.lx.descriptor[singular(head)] || a.lx.group[head] || a.lx.group[head+"s"] || membersOf[head] ||
			toRoles[head] && a.word(k) == "to") {
			return ref{}, false
		}
		for j := s; j < h; j++ {
			// modifiers of the head: "the U.S. agriculture counselor in
			// Moscow", "the Agriculture Department's officer in Sao Paulo",
			// "the newest member of the board", "managing director of X"
			if t := a.tag(j); t != "DT" && t != "JJ" && t != "JJS" && t != "VBG" && t != "PRP$" && t != "NN" && !(t == "NNS" && j > s) && t != "NNP" && t != "POS" && t != "CD" && t != "CC" &&
				!(a.lx.isRole(a.word(j)) && !a.isCap(j)) && !(j == s && a.sentenceInitial(j)) || t == "DT" && j > s {
				return ref{}, false // a determiner opens the phrase: not "London a statement"
			}
		}
		o := a.institutionAfter(k, e)
		if o < 0 && !a.commonNP(k+1, e) && a.word(k) != "to" || a.timePhrase(k+1, e) {
			return ref{}, false // not "the statement at midday today"
		}
		if o >= 0 && a.word(k) != "to" && a.nameAfterName(o, e) {
			// "senior oilseeds analyst for Merrill Lynch Capital Markets
			// Mario Balletto": the person named right after the
			// institution (not "an aide to State Comptroller Bob Bullock",
			// "an attorney for shareholder John Paul Decker", "the New York
			// Fed")
			return ref{}, false
		}
		if m := a.capRunEnd(s, h); m > s && a.personName(s, m) && (a.word(k) == "of" || workPreps[a.word(k)]) && o >= 0 {
			// "Mike Boswell chairman of Sunshine Mining Co told": a
			// name, its title and the institution, the commas left out
			if name, ok := a.parseNP(s, m); ok && name.kind == refName {
				name.describe(a.span(m, h+1).In(a.text), a.span(o, e).In(a.text))
				return name, true
			}
		}
		if strings.HasPrefix(head, "spokes") && (a.word(k) == "for" || a.word(k) == "of") && o >= 0 {
			// "a spokesman for LTV Steel Co": the institution speaks
			if r, ok := a.parseNP(o, e); ok && (r.kind == refOrg || r.kind == refName && a.institutional(o, e)) {
				r.kind, r.all = refOrg, a.span(s, e)
				return r, true
			}
		}
		d := s
		for j := s; j < k; j++ {
			if a.tag(j) == "DT" || a.tag(j) == "PRP$" {
				d = j
			}
		}
		det := a.word(d)
		r := ref{kind: refDescriptor, text: a.span(s, e).In(a.text), span: a.span(s, e), head: singular(head)}
		if o >= 0 && (workPreps[a.word(k)] || a.word(k) == "of") {
			r.affs = []string{a.span(o, e).In(a.text)}
		}
		r.definite = (det == "the" || det == "this" || det == "that") && singular(head) == head && !a.lx.group[head]
		if a.lx.isRole(head) && singular(head) == head {
			r.roles = []string{strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(a.span(d, h+1).In(a.text), det), " "))}
		}
		return r, true
	}
	return ref{}, false
}

// endsInPerson reports whether tokens (o, e) end with a person's name as
// news writes it (a title or a given name, then one or two capitalised
// words).
func (a *annotator) endsInPerson(o, e int) bool {
	for j := o + 1; j < e-1; j++ {
		if a.personName(j, e) {
			return true
		}
	}
	return false
}

// nameAfterName reports whether tokens (o, e) end with a person's given
// name and surname right after another capitalised word that is no title,
// given name or place's first word ("Merrill Lynch Capital Markets Mario
// Balletto"; not "John Paul Decker", "the New York Fed"), the surname no
// common word.
func (a *annotator) nameAfterName(o, e int) bool {
	for j := o + 1; j < e-1; j++ {
		if p := a.word(j - 1); a.personName(j, e) && english.GivenNames().Has(a.word(j)) && a.isCap(j-1) && !names.IsTitle(strings.TrimSuffix(p, ".")) &&
			!a.rankAbbrev(j-1) && !a.lx.isRole(p) && !english.GivenNames().Has(p) && !placeStarts[p] && !english.Common().Has(a.word(e-1)) {
			return true
		}
	}
	return false
}

// capRunEnd returns the end of the run of capitalised words from s, at
// most e.
func (a *annotator) capRunEnd(s, e int) int {
	m := s
	for m < e && a.isCap(m) {
		m++
	}
	return m
}

// orgAfter reports whether the phrase after the preposition at k, to e,
// names an institution and nothing else: "of the Bank of England", not
// "of the Institute Ann Lee" nor "of the Office of Management and Budget
// James Miller".
func (a *annotator) orgAfter(k, e int) bool {
	o := a.institutionAfter(k, e)
	if o < 0 {
		return false
	}
	if a.endsInPerson(o, e) {
		return false // "of the Commons Oliver Heald": the holder's name follows
	}
	r, ok := a.parseNP(o, e)
	return ok && (r.kind == refOrg || r.kind == refName && a.institutional(o, e)) && r.span.Start == a.toks[o].Span.Start
}

// institutional reports whether the name [s, e) reads as an
// institution's rather than a person's: two words or more, the first
// neither a title nor a given name ("IG Metall", "Royal Mail", not
// "Michael Howard", "Mr Prescott" or the lone "Dell").
func (a *annotator) institutional(s, e int) bool {
	if e-s < 2 {
		return false
	}
	w := strings.TrimSuffix(a.word(s), ".")
	return !names.IsTitle(w) && !english.GivenNames().Has(w) && !a.lx.isRole(w)
}

// institutionIn reports whether tokens [c, e) hold an institution's head
// word ("Moody's Investors Service Inc").
func (a *annotator) institutionIn(c, e int) bool {
	for k := c; k < e; k++ {
		if a.lx.isInstitution(strings.ToLower(a.tokText(k))) {
			return true
		}
	}
	return false
}

// isPossessive reports whether a token is the possessive ending "'s".
func isPossessive(t string) bool { return t == "'s" || t == "’s" }

// pronounOf is w without a contracted auxiliary ("i'd", "we've" give
// "i", "we"), for recognising a pronoun the tokenizer left whole.
func pronounOf(w string) string {
	p, _, _ := english.Uncontract(w)
	return p
}

// nameNP reads a noun phrase [s, e) whose capitalised words start at c:
// a person's or an institution's name with the titles before it.
func (a *annotator) nameNP(s, c, e int) (ref, bool) {
	// "... Academy of Education Nurbek Pusyrmanov": the run after a
	// connector belongs to the institution but for its last two words.
	orgEnd := c
	if c > s && connectors[a.word(c-1)] && e-c >= 3 && !a.hasConnector(c, e) && !strings.Contains(a.span(c, e).In(a.text), "(") {
		n := 2
		if e-c >= 4 && len(strings.TrimSuffix(a.tokText(e-2), ".")) == 1 {
			n = 3
		}
		if !a.commonWords(e-n, e) { // not "Association of Indonesian Coffee Exporters"
			orgEnd = e - n
			c = orgEnd
		}
	}
	if c > s && c+1 < e && a.articleAfterPrep(c) &&
		strings.Count(a.tokText(c), ".") >= 2 && isAcronym(strings.ReplaceAll(a.tokText(c), ".", "")) {
		// "In the U.S. Silas said": the place ends the phrase before
		// the name
		c++
	}
	run := a.span(c, e).In(a.text)
	r := ref{text: run, span: a.span(c, e), name: run, definite: true}
	org := false
	for j := c; j < e; j++ {
		if a.lx.isInstitutionForm(strings.ToLower(a.tokText(j))) {
			org = true
		}
	}
	if e-c >= 2 && names.CompanyForm(a.tokText(e-1)) && a.isCap(e-1) {
		org = true // "Volkswagen A.G.", "Acme Inc."
	}
	if e-c == 2 && a.lx.isRole(a.word(c)) && english.Common().Has(a.word(c+1)) || e-c >= 2 && (a.firmGeneral(e-1, c) || a.word(e-1) == "international") {
		// "General Motors", "General Electric"; "Data General", "Visa
		// International"
		org = true
	}
	for j := c + 1; j < e; j++ {
		if isPossessive(a.tokText(j)) {
			// "the People's Daily": no person's name holds a possessive
			org = true
		}
	}
	if e-c >= 2 && a.commonWords(c, e) && !a.roleIn(c, e) && (c == s || !connectors[a.word(c-1)]) {
		// "Industrial Equity", "Age Concern", "Lone Star": words no
		// person's name is made of (the end of a longer phrase, "Minister
		// of State for Foreign Affairs", is read with it)
		org = true
	}
	if a.theName(s, c, e) {
		org = true
	}
	if e-c >= 2 && a.tag(e-1) == "CD" {
		// "Transport 2000": no person's name ends in a number
		org = true
	}
	if e-c >= 2 && namedTimes[a.word(e-1)] && !english.GivenNames().Has(a.word(c)) {
		// "Business Day", "USA Today": a publication (but "Wendy Day")
		org = true
	}
	if e-c == 1 && isAcronym(a.tokText(c)) || a.hasConnector(c, e) {
		// an acronym, or a name with "of", "the" or "and" inside
		// ("Friends of the Earth"): no person's
		org = true
	}
	if org {
		// Extend an institution back over "of the" joins: "Institute of
		// Ethnopolitical Studies".
		// A capitalised role word that starts the phrase is the name's
		// first word ("General Motors Corp", "Chief Executive Group"), and
		// one followed by another word of the name is inside it ("Harlow
		// Associates Inc", "Kaneb Energy Partners Ltd"); one before "of"
		// is a title ("Director of the Institute ...").
		for c > s && (connectors[a.word(c-1)] || a.isCap(c-1) || a.word(c-1) == "," && a.partnersComma(c-1, e)) && a.tag(c-1) != "DT" &&
			(!a.lx.isRole(a.word(c-1)) || a.isCap(c-1) && (c-1 == s || !a.isCap(c-2) || a.tag(c-2) == "DT" || !connectors[a.word(c)])) {
			c--
		}
		for c < e && connectors[a.word(c)] {
			c++
		}
		if and := a.firmsJoined(c, e); and > 0 {
			// "Allied-Signal Inc and Schlumberger Ltd said": two firms
			// speaking jointly, the first named the speaker
			r = a.orgRef(a.span(c, and))
			r.co = []ref{a.orgRef(a.span(and+1, e))}
			r.all = a.span(c, e)
			return r, true
		}
		r.kind = refOrg
		r.span = a.span(c, e)
		r.text = r.span.In(a.text)
		r.name = r.text
		return r, true
	}
	r.kind = refName
	if g := a.descriptorWords(c, e); g > c {
		// "Investor Paul Bilzerian": the words before the name describe
		// the person, and a noun of agent among them is a role
		if w := a.word(c); g-c == 1 && w != a.word(e-1) && a.agentNoun(w) {
			r.roles = append(r.roles, a.tokText(c))
		}
		c = g
		r.span = a.span(c, e)
		r.text = r.span.In(a.text)
		r.name = r.text
	}
	if orgEnd > s || c > s {
		role, aff := a.roleAff(s, c)
		if role != "" {
			r.roles = append(r.roles, role)
		}
		if aff != "" {
			r.affs = append(r.affs, aff)
		}
	}
	return r, true
}

// firmsJoined returns the "and" (or "&") that joins two institutions'
// names in the run [c, e), or -1: the name before it ends in a company's
// legal form ("Allied-Signal Inc and Schlumberger Ltd", "Janney
// Montgomery Scott Inc and Woolcott and Co") and the one after it, of
// capitalised words, ends in one too or holds an institution's head
// ("National Patent Development Corp and Bar-Ilan University of
// Israel"). An "and" inside a firm's name has no legal form before it
// ("Procter and Gamble Co", "Lazard Freres and Co and Salomon Brothers
// Inc" is split at its second "and").
func (a *annotator) firmsJoined(c, e int) int {
	for k := c + 1; k+1 < e; k++ {
		if w := a.word(k); w != "and" && w != "&" {
			continue
		}
		if !names.CompanyForm(a.tokText(k-1)) || !a.isCap(k+1) || k-1 == c {
			continue
		}
		if e-(k+1) >= 2 && names.CompanyForm(a.tokText(e-1)) || a.institutionIn(k+1, e) {
			return k
		}
	}
	return -1
}

// firmOf reads a firm's name with a final legal form followed by "of"
// and where it is from ("Hoechst AG of West Germany", "Insituform Group
// Ltd of Guernsey"): the firm speaks, not the place. A name that goes on
// to a legal form of its own after "of" is one name ("Ford Motor Co of
// Canada Ltd").
func (a *annotator) firmOf(s, e int) (ref, bool) {
	for k := s + 1; k+1 < e; k++ {
		if a.word(k) != "of" || !a.isCap(k+1) {
			continue
		}
		end := k
		if w := a.word(end - 1); w == ">" || w == "&gt;" {
			end-- // a firm between angle brackets
		}
		if end <= s || !finalForms[strings.ToLower(strings.TrimSuffix(a.tokText(end-1), "."))] {
			return ref{}, false
		}
		st := end - 1
		for st > s && (a.isCap(st-1) || connectors[a.word(st-1)] && st-2 >= s && a.isCap(st-2)) && a.tag(st-1) != "DT" {
			st--
		}
		if end-st < 2 {
			return ref{}, false
		}
		for j := k + 1; j < e; j++ {
			if !a.isCap(j) || names.CompanyForm(a.tokText(j)) {
				return ref{}, false // "of" and a place, nothing else
			}
		}
		return a.orgRef(a.span(st, end)), true
	}
	return ref{}, false
}

// finalForms are the legal forms that end a firm's name ("Hoechst AG",
// "Qintex Ltd"), unlike "Co" and "Corp", which "of" and a place often
// follow inside the name ("Hospital Corp of America", "Public Service Co
// of New Mexico").
var finalForms = map[string]bool{
	"ag": true, "ltd": true, "inc": true, "plc": true, "sa": true, "nv": true, "bv": true, "spa": true,
	"gmbh": true, "ab": true, "as": true, "asa": true, "oy": true, "kk": true, "pty": true, "llc": true,
}

// descriptorWords returns where a person's name starts in the run of
// capitalised words [c, e) when the words before it are no part of it:
// capitalised English words that describe the person ("Investor Paul
// Bilzerian", "Guitarist Brian May", "... Trade and Industry Jose
// Concepcion"), or a headline's last word run into the article's first
// sentence with the name ("Blair Tony Blair has said", "Howard Tony
// Blair" where the document names "Michael Howard"). The name is a given
// name followed by a surname; the first word before it is a common
// English word, an adjective ("Republican Bill Frenzel"), a plural, the
// name's own surname or another person's, and none is a given name (but
// for another person's surname) or an honorific ("Sir Clive Woodward",
// "Crown Prince Abdullah" keep theirs), nor a place's first word; and the
// last word is no common English word ("Consumer Price Index"). It
// returns c otherwise.
func (a *annotator) descriptorWords(c, e int) int {
	if e-c == 3 && a.word(c-1) == "to" && a.acronymAfterPrep(c) && a.isCap(c+1) && a.isCap(c+2) {
		return c + 1 // "Ambassador to Peking Octavio Valerio": the place, and a name of two words
	}
	for g := c + 1; g <= c+2 && g+1 < e; g++ {
		party := a.partyBefore(c, g)
		if !a.isCap(g) || !a.isCap(g+1) && !a.particleAt(g+1, g) || !english.GivenNames().Has(a.word(g)) || honorifics[a.word(g)] || placeStarts[a.word(g-1)] ||
			english.Common().Has(a.word(e-1)) && !party {
			continue // ("Belgian Paul de Keersmaeker"; "Liberal Democrat David Laws", whose surname is a word)
		}
		ok := true
		for j := c; j < g && ok; j++ {
			w := a.word(j)
			ok = w == a.word(e-1) ||
				a.isCap(j) && !english.GivenNames().Has(w) && !honorifics[w] && (j > c || commonWord(w) || a.tag(j) == "JJ" || a.tag(j) == "NNPS" || party || a.acronymAfterPrep(j)) ||
				j == c && g-c == 1 && a.surnameElsewhere(j)
		}
		if ok {
			return g
		}
	}
	return c
}

// acronymAfterPrep reports whether token j is where a title's holder
// serves, after its preposition: a name after "to" ("Ambassador to Japan
// Mike Mansfield"), an institution's acronym after "to", "of", "at",
// "for" or "with" ("Ambassador to GATT Michael Samuels", "director of
// NASA John Smith").
func (a *annotator) acronymAfterPrep(j int) bool {
	if j < 1 {
		return false
	}
	switch a.word(j - 1) {
	case "to":
		return j >= 2 && a.isCap(j-2) && toRoles[a.word(j-2)] // not "according to L.C. Duncan Jr."
	case "of", "at", "for", "with":
		return isAcronym(a.tokText(j))
	}
	return false
}

// rankAbbrev reports whether token k is an abbreviated rank or office
// with its dot ("Rep.", "Col.").
func (a *annotator) rankAbbrev(k int) bool {
	return names.RankAbbrev(strings.TrimSuffix(a.word(k), ".")) && strings.HasSuffix(a.tokText(k), ".")
}

// otherThanRanks reports whether tokens [s, e) hold a word other than
// an abbreviated rank ("U.S." in "U.S. Rep.").
func (a *annotator) otherThanRanks(s, e int) bool {
	for k := s; k < e; k++ {
		if !a.rankAbbrev(k) {
			return true
		}
	}
	return false
}

// genericHeads are the heads of institutions' names that, capitalised
// after "the", stand for the institution named before ("the Bank" for
// the Bank of England, "the Commission" for the European Commission),
// unlike names that are whole ("The Times", "the Treasury").
var genericHeads = map[string]bool{
	"bank": true, "commission": true, "ministry": true, "fund": true, "agency": true, "department": true,
	"committee": true, "council": true, "court": true, "board": true, "bureau": true, "union": true,
	"company": true, "corporation": true, "group": true, "institute": true, "office": true,
	"organization": true, "organisation": true, "association": true, "federation": true, "foundation": true,
}

// firmPremodifier reports whether a hyphenated word in lower case says
// where a firm is based or who holds it ("washington-based",
// "privately-held", "state-owned"), before its name.
func firmPremodifier(w string) bool {
	for _, suf := range []string{"-based", "-held", "-owned", "-controlled", "-listed", "-registered", "-headquartered", "-run"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// commonWord reports whether the lower-case word w is a common English
// word, or a hyphenated one whose last part is ("fly-half", "film-maker",
// "chairman-elect").
func commonWord(w string) bool {
	if english.Common().Has(w) {
		return true
	}
	i := strings.LastIndexByte(w, '-')
	return i > 0 && i+1 < len(w) && english.Common().Has(w[i+1:])
}

// partyBefore reports whether tokens [c, g) name a party or a nationality
// before a person's name ("Liberal Democrat David Laws", "Belgian Paul
// de Keersmaeker").
func (a *annotator) partyBefore(c, g int) bool {
	for j := c; j < g; j++ {
		if partyWords[a.word(j)] || a.tag(j) == "JJ" && a.isCap(j) {
			return true
		}
	}
	return false
}

// partyWords name parties and their members.
var partyWords = map[string]bool{
	"democrat": true, "democrats": true, "republican": true, "conservative": true, "tory": true, "labour": true,
	"liberal": true, "lib": true, "dem": true, "socialist": true, "green": true, "unionist": true, "nationalist": true,
}

// surnameElsewhere reports whether the capitalised word at token k is
// written elsewhere in the document as the last word of another name
// ("Michael Howard", "Manuel Almunia"): then, before a given name and a
// surname, it is that person's name ending a headline run into the
// sentence ("Howard Tony Blair has said", "Almunia Arsene Wenger
// insists"), not the first of a name of three words.
func (a *annotator) surnameElsewhere(k int) bool { return a.namedElsewhere(k, true) }

// namedElsewhere reports whether the capitalised word at token k ends,
// elsewhere in the document, a name of two words not followed by another
// capitalised word: after a given name if given is set ("Michael
// Howard"), after any capitalised proper noun otherwise ("Hiroyuki
// Kondo").
func (a *annotator) namedElsewhere(k int, given bool) bool {
	w := a.tokText(k)
	for i := 1; i+1 < len(a.toks); i++ {
		if i != k && a.tokText(i) == w && a.isCap(i-1) && a.tag(i-1) == "NNP" && !a.isCap(i+1) &&
			(english.GivenNames().Has(a.word(i-1)) || !given && !english.Common().Has(a.word(i-1)) && !connectors[a.word(i-2)]) &&
			!a.lx.isRole(a.word(i-1)) && a.toks[i-1].Span.End+1 == a.toks[i].Span.Start {
			return true
		}
	}
	return false
}

// honorifics are titles that are part of a person's name as news writes
// it ("Sir Alex Ferguson", "Lady Thatcher", "Sheikh Ahmed Yamani").
var honorifics = map[string]bool{
	"sir": true, "dame": true, "lord": true, "lady": true, "baroness": true, "baron": true, "viscount": true,
	"earl": true, "duke": true, "duchess": true, "count": true, "countess": true, "prince": true,
	"princess": true, "king": true, "queen": true, "sheikh": true, "sheik": true, "emir": true, "rabbi": true,
	"imam": true, "cardinal": true, "archbishop": true, "bishop": true, "pope": true, "saint": true,
	"father": true, "sister": true, "brother": true, "mother": true, "reverend": true, "rev": true,
}

// placeStarts begin the names of places whose next word is also a given
// name ("New York", "North Carolina", "West Virginia", "San Jose",
// "Mount Vernon"), which descriptorWords must not read as a person's.
var placeStarts = map[string]bool{
	"new": true, "north": true, "south": true, "east": true, "west": true, "upper": true, "lower": true,
	"great": true, "port": true, "fort": true, "mount": true, "saint": true, "st": true, "st.": true, "san": true,
	"santa": true, "los": true, "las": true, "el": true, "cape": true, "lake": true, "glen": true,
}

// placeTail returns where an affiliation [s, e) ends before a place
// named after "in" ("Lehman Brothers in Tokyo", "Greenpeace in the UK",
// "Lopes Filho & Associates in Rio de Janeiro"), so that one firm is one
// affiliation wherever its analysts sit; e when no place ends it.
func (a *annotator) placeTail(s, e int) int {
	for k := e - 2; k > s; k-- {
		if a.word(k) != "in" {
			continue
		}
		j := k + 1
		if a.word(j) == "the" {
			j++
		}
		if j >= e {
			return e
		}
		for ; j < e; j++ {
			if !a.isCap(j) && !placeParticles[a.word(j)] {
				return e
			}
		}
		return k
	}
	return e
}

// placeParticles are the lower-case words inside places' names.
var placeParticles = map[string]bool{"de": true, "da": true, "do": true, "del": true, "la": true, "le": true, "of": true, "and": true, "am": true, "upon": true}

// acronymGloss reports whether tokens o, o+1 and o+2 are an acronym in
// brackets, which glosses the name before it ("European Community (EC)",
// "Australian Wheat Board (AWB) chairman").
func (a *annotator) acronymGloss(o int) bool {
	return o >= 0 && o+2 < len(a.toks) && a.word(o) == "(" && isAcronym(a.tokText(o+1)) && a.word(o+2) == ")"
}

// isAcronym reports whether w is an all-capital word of 2-6 letters.
func isAcronym(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for _, r := range w {
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// roleAff reads a role and an affiliation from tokens [s, e): an
// apposition ("the director of KISI") or the titles before a name
// ("Political scientist", "the Vice-President of the Altynsarin Academy").
// Either is "" when absent.
func (a *annotator) roleAff(s, e int) (role, aff string) {
	for s < e && (a.isPunct(s) || a.tag(s) == "DT" || a.tag(s) == "PRP$" || a.tag(s) == "CC") {
		s++
	}
	// A time adverbial before the titles is no part of them: "On Tuesday
	// Labour chairman Ian McCartney said ...".
	for k := min(e-1, s+4); k > s; k-- {
		if a.tag(s) == "IN" && a.timePhrase(s+1, k) || a.timePhrase(s, k) {
			s = k
			break
		}
	}
	for e > s && (a.isPunct(e-1) || connectors[a.word(e-1)]) {
		e--
	}
	if s >= e {
		return "", ""
	}
	hasRole := false
	p := e
	for j := s; j < e; j++ {
		w := a.word(j)
		if a.lx.isRole(w) {
			hasRole = true
		}
		if (w == "of" || w == "at" || w == "with" || w == "from") && j > s {
			p = j
			break
		}
	}
	rs := s
	m := a.capRunEnd(s, p)
	g := m // where the title starts, after an acronym glossing the name: "Australian Wheat Board (AWB) chairman"
	if m+3 < p && a.acronymGloss(m) {
		g = m + 3
	}
	if hasRole && m > s && g < p && a.lowerRun(g, p) && (a.lx.isInstitution(a.word(m-1)) || names.CompanyForm(a.tokText(m-1))) &&
		!(m-s == 1 && english.Common().Has(a.word(s))) {
		// "Commerzbank AG management board chairman", "World Bank
		// president": an institution's name before a title in lower case
		// is where the person works (not "Fund manager"; a possessive
		// stays in the title: "Sotheby's worldwide head" may name the
		// firm). Words that describe the holder stay in the title:
		// "Former Treasury official", "Deputy State Department spokesman".
		lead := s
		for lead < m-1 && (titleModifiers[a.word(lead)] || a.lx.isRole(a.word(lead)) || hyphenParticiple(a.word(lead))) {
			lead++
		}
		aff, rs = a.span(lead, m).In(a.text), g
		if lead > s {
			role = a.span(s, lead).In(a.text) + " " + dropTicker(a.span(g, p).In(a.text))
		}
	}
	if hasRole && role == "" {
		role = dropTicker(a.span(rs, p).In(a.text))
	}
	if p < e && aff == "" {
		q := p + 1
		for q < e && a.tag(q) == "DT" {
			q++
		}
		if q < e && a.isCap(q) {
			aff = a.span(q, a.placeTail(q, e)).In(a.text)
		}
	}
	if !hasRole && p == s {
		// "of the Brookings Institution"
		return "", aff
	}
	if !hasRole {
		return "", ""
	}
	return role, aff
}

// titleModifiers describe the holder of a title, before it: "Former
// Treasury official", "Acting Labor Secretary".
var titleModifiers = map[string]bool{
	"former": true, "acting": true, "outgoing": true, "incoming": true, "interim": true, "retiring": true,
	"ex": true, "then": true, "new": true, "newly": true,
}

// hyphenParticiple reports whether w ends, after a hyphen, in a
// participle ("newly-nominated", "paris-based"): a description.
func hyphenParticiple(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 || len(w)-i-1 <= 4 {
		return false
	}
	last := w[i+1:]
	return strings.HasSuffix(last, "ed") || strings.HasSuffix(last, "ing")
}

// lowerRun reports whether tokens [s, e) are all words in lower case.
func (a *annotator) lowerRun(s, e int) bool {
	for j := s; j < e; j++ {
		if a.isCap(j) || a.isPunct(j) && a.word(j) != "-" || strings.HasPrefix(a.word(j), "'") || strings.HasPrefix(a.word(j), "’") {
			return false // nor a possessive's "'s"
		}
	}
	return s < e
}

// dropTicker removes a stock ticker in angle brackets from a title:
// "Generale de Banque SA <GENB.BR> president" is "Generale de Banque SA
// president".
func dropTicker(s string) string {
	for _, open := range []string{"&lt;", "<"} {
		i := strings.Index(s, open)
		if i < 0 {
			continue
		}
		if j := strings.IndexByte(s[i:], '>'); j > 0 {
			return strings.Join(strings.Fields(s[:i]+" "+s[i+j+1:]), " ")
		}
	}
	return s
}

// titledName reports whether tokens [s, e) are a name after its title:
// capitalised words only, a title first and a word that is no title
// last ("Captain Ian Farquhar", not "Chief Executive Officer"), or a
// short title in lower case before a given name and a surname ("US
// playwright Eve Ensler").
func (a *annotator) titledName(s, e int) bool {
	if e-s >= 3 && e-s <= 6 {
		// a short title in lower case before a person's name: "US
		// playwright Eve Ensler", "veteran actor John Smith"
		for j := s + 1; j < e-1 && j-s <= 3; j++ {
			if !a.isCap(j-1) && a.tag(j-1) == "NN" && a.word(j-1) != "name" && a.word(j-1) != "nickname" && a.personName(j, e) && english.GivenNames().Has(a.word(j)) {
				// (not "Jay-Z, real name Shawn Carter, said")
				return true
			}
		}
	}
	if e-s < 2 || !a.lx.isRole(a.word(s)) || a.lx.isRole(a.word(e-1)) {
		return false
	}
	for j := s; j < e; j++ {
		if !a.isCap(j) && a.word(j) != "." {
			return false
		}
	}
	return true
}

// isApposition reports whether tokens [s, e) read as an apposition or a
// relative clause after a name rather than as a subject.
func (a *annotator) isApposition(s, e int, relaxed bool) bool {
	if s >= e {
		return false
	}
	w := a.word(s)
	if w == "who" || w == "which" || w == "whose" || w == "of" || w == "at" || w == "from" {
		return true
	}
	if w == "one" && s+1 < e && a.word(s+1) == "of" {
		// "X, one of the states suing the EPA, said"
		return true
	}
	if e-s == 1 && a.tag(s) == "CD" {
		// An age: "Quina Jones, 25, said"
		return true
	}
	if t := a.tokText(s); len(t) > 2 && (t[0] == 'R' || t[0] == 'D' || t[0] == 'I') && t[1] == '-' && t[2] >= 'A' && t[2] <= 'Z' && e-s <= 3 {
		// A party and state: "Mitch McConnell, R-Ky., said"
		return true
	}
	if a.titledName(s, e) {
		return false // "hunt master, Captain Ian Farquhar, said": a name
	}
	for j := s; j < e && j < s+6; j++ {
		if a.lx.isRole(a.word(j)) && !a.surnameRole(j) && !(j == s && a.isCap(j) && j+1 < e && a.isCap(j+1) && a.tag(j+1) == "NNPS") {
			return true // not "General Motors of Canada Ltd"
		}
		if a.word(j) == "of" && (a.isCap(j+1) || a.tag(j+1) == "DT") || j > s && (finiteTag(a.tag(j)) || a.tag(j) == "VBN") {
			break // not "the ministry of transport official"; "the actions proposed by Bregman Partners" is a clause's subject
		}
	}
	// Next to the verb, any short noun phrase with a common noun and no
	// verb: "Pyongyang's only ally and its economic lifeline".
	if !relaxed || e-s > 15 {
		return false
	}
	if a.tag(s) == "VBG" {
		// "Trump, speaking to veterans in Virginia, said"
		return true
	}
	if (a.word(s) == "formerly" || a.word(s) == "previously") && s+1 < e && (a.isCap(s+1) || a.word(s+1) == "the" && s+2 < e && a.isCap(s+2)) && e-s <= 7 {
		// a former name: "PHLCorp, formerly Baldwin-United Corp, said",
		// "TMOC, formerly the Moonie Oil Co Ltd, said"
		return true
	}
	if e-s <= 3 && (a.tag(s) == "RB" || a.tag(s) == "IN") {
		// A discourse adverbial: "Reid, in particular, has been ...",
		// "X, however, said", "X, for his part, said".
		adv := true
		for j := s; j < e; j++ {
			if t := a.tag(j); strings.HasPrefix(t, "VB") || t == "NNP" || t == "NNPS" || t == "CD" {
				adv = false
			}
		}
		if adv {
			return true
		}
	}
	if p := s; a.tag(p) == "RB" && p+1 < e && a.tag(p+1) == "IN" {
		// "Dilson Funaro, currently on an international tour to seek
		// support, said": an adverb before the phrase
		s = p + 1
	}
	if a.tag(s) == "IN" && (ppPreps[a.word(s)] || a.word(s) == "with" && s+1 < e && a.tag(s+1) != "PRP") && e-s <= 12 {
		// "King Fahd, in an interview with Reuters on March 11, said":
		// a phrase of place, time or occasion, with no verb; "Hawkeye,
		// with assets of 1.09 billion dlrs, said": what the subject has
		if a.verbless(s, e) {
			return true
		}
	}
	if a.isCap(s) && e-s <= 5 && (a.lx.isRole(a.word(s)) || personNoun(a.word(s))) {
		// "Dianne Feinstein, Democrat of California, said" (not a name
		// with "of": "General Motors of Canada Ltd")
		for j := s + 1; j < e && j <= s+2; j++ {
			if a.word(j) == "of" && j+1 < e && a.isCap(j+1) {
				return true
			}
		}
	}
	if d := a.word(s); (d == "a" || d == "an") && s+2 < e && e-s <= 5 && personNoun(a.word(s+1)) && (a.word(s+2) == "of" || a.word(s+2) == "from") {
		// "James Wright, a Democrat of Texas, has said"
		return true
	}
	if d := a.word(s); (d == "a" || d == "an" || d == "the") && e-s <= 5 && personNoun(a.word(e-1)) {
		// "Rostenkowski, an Illinois Democrat, told", "Tanaka, a
		// Japanese, said": a party's member or a nationality
		return true
	}
	if d := a.word(s); d == "the" || d == "a" || d == "an" {
		// "USCIS, the agency that oversees the program, said": a noun
		// phrase with a relative clause.
		for j := s + 1; j < e; j++ {
			if w := a.word(j); w == "that" || w == "who" || w == "which" {
				return j > s+1 && (a.tag(j-1) == "NN" || a.tag(j-1) == "NNS")
			}
			if t := a.tag(j); strings.HasPrefix(t, "VB") || t == "MD" {
				break
			}
		}
	}
	if d := a.word(s); d == "the" || d == "a" || d == "an" || !a.isCap(s) && (a.tag(s) == "JJ" || a.tag(s) == "NN") {
		// "Daewoo Motor Corp, the Korea-based joint venture between
		// Daewoo Group and GM, said", "Paul Resch, economic attache
		// for the embassy, told": a noun phrase and the phrases that
		// qualify it, with no verb
		noun, j := false, s
		if a.tag(s) == "DT" {
			j++
		}
		for ; j < e && (npTag(a.tag(j)) && a.tag(j) != "VBN" || a.word(j) == "-" || a.modifierParticiple(j, e)); j++ {
			noun = noun || (a.tag(j) == "NN" || a.tag(j) == "NNS") && !a.isCap(j)
		}
		if noun && j < e && a.tag(j) == "IN" && a.verbless(j, e) {
			return true
		}
	}
	noun := false
	for j := s; j < e; j++ {
		switch a.tag(j) {
		case "VBD", "VBZ", "VBP", "VBN", "VBG", "VB", "MD", "WDT", "WP", "IN":
			if (a.tag(j) == "VBN" || a.tag(j) == "VBG" && !a.isCap(j)) && j > s && j+1 < e && strings.HasPrefix(a.tag(j+1), "NN") {
				continue // a participle before its noun: "a master limited partnership", "an automotive parts cleaning service"
			}
			if a.word(j) == "in" || a.word(j) == "for" || a.word(j) == "from" || a.word(j) == "on" {
				if noun && (a.tag(j-1) == "NN" || a.tag(j-1) == "NNS") && !a.isCap(j-1) {
					continue // "McCrory's opponent in the upcoming election"
				}
			}
			if a.word(j) != "of" && a.word(j) != "at" {
				return false
			}
		case "NN", "NNS":
			noun = noun || !a.isCap(j)
		}
	}
	return noun
}

// nameStartBefore moves the start c of the trailing name [c, e) back
// over words that belong to it though the capitalised run stops before
// them: "and" inside an institution's name ("the Department of Trade and
// Industry", "the Organisation for Economic Cooperation and Development";
// not two firms' names, "General Dynamics Corp and Martin Marietta"), the
// possessive of a one-word title's name after "the" ("the People's
// Daily"; not "the BBC's Paul Reynolds"), and
// a title before a common word naming a firm ("General Motors", "General
// Electric": a person's name after a title is no common word).
func (a *annotator) nameStartBefore(s, c, e int) int {
	if c >= e || c <= s {
		return c
	}
	if c-2 >= s && a.word(c-1) == "&" && a.isCap(c-2) && a.tag(c-2) != "DT" {
		// "Ernst & Young", "Securities & Exchange Commission": news prose
		// writes "&" only inside a name, so the words before it belong
		// to the name
		j := c - 2
		for j > s && a.isCap(j-1) && a.tag(j-1) != "DT" {
			j--
		}
		return j
	}
	if e-c == 1 && c-2 >= s && a.word(c-1) == "and" && a.isCap(c-2) && !english.GivenNames().Has(a.word(c)) && english.Common().Has(a.word(c)) {
		// "The Toronto Globe and Mail": a name with "and" after the
		// article, which no two people's names take, ending in a common
		// word (not "the United States and France", "the EC and Japan")
		j := c - 2
		for j > s && a.isCap(j-1) && a.tag(j-1) != "DT" && c-j < 4 {
			j--
		}
		if j > s && a.word(j-1) == "the" {
			return j
		}
	}
	if c-2 >= s && a.word(c-1) == "and" && a.isCap(c-2) && e-c <= 2 &&
		!a.institutionIn(c, e) && !endsFirm(strings.TrimSuffix(a.word(e-1), ".")) && !endsFirm(strings.TrimSuffix(a.word(c-2), ".")) &&
		!(e-c == 2 && english.GivenNames().Has(a.word(c))) {
		// the complement of an institution's head: "of"/"for" and
		// capitalised words, then "and" and one or two more
		j, of := c-2, false
		for j > s && (a.isCap(j-1) && a.tag(j-1) != "DT" || connectors[a.word(j-1)] && a.word(j-1) != "the" && a.word(j-1) != "and") {
			if w := a.word(j - 1); w == "of" || w == "for" {
				of = true
			}
			j--
		}
		for j < c && connectors[a.word(j)] {
			j++
		}
		if of && a.institutionIn(j, c) {
			return j
		}
		return c
	}
	if e-c == 1 && c-3 >= s && isPossessive(a.tokText(c-1)) && a.isCap(c-2) && a.word(c-3) == "the" {
		return c - 3 // with "the", which nameNP drops from an institution's name
	}
	if e-c == 1 && a.isCap(c-1) && a.lx.isRole(a.word(c-1)) && english.Common().Has(a.word(c)) && c-1 >= s {
		return c - 1
	}
	return c
}

// coordinated reads a subject of two people's names joined by "and",
// the second being the run [c, e) and the titles before the first
// starting at s: "Ann Smith and Bob Jones", "Senators Tom Lee and Mary
// Poe". It returns the first name's reference with the second in co;
// titles before the first name are both people's ("Senators" makes each a
// senator) unless the second has one of its own ("Prime Minister Bob
// Hawke and Treasurer Paul Keating"). Names of one word are left alone,
// as firms are often named after two ("Procter and Gamble", "Marks and
// Spencer"), and so are names with an institution's head or a company's
// form in them.
func (a *annotator) coordinated(s, c, e int) (ref, bool) {
	and := c - 1
	// the second name's own title: "Australian Prime Minister Bob Hawke
	// and Treasurer Paul Keating"
	t := c
	for t-1 > s && t-c > -4 && a.isCap(t-1) && a.lx.isRole(a.word(t-1)) {
		t--
	}
	if t < c && a.word(t-1) == "and" {
		and = t - 1
	}
	if and-1 <= s || a.word(and) != "and" || !a.personRun(c, e) {
		return ref{}, false
	}
	p := and
	for p > s && a.isCap(p-1) && a.tag(p-1) != "DT" && !a.lx.isRole(a.word(p-1)) {
		p--
	}
	if !a.personRun(p, and) {
		return ref{}, false
	}
	var roles, affs []string
	if p > s {
		role, aff := a.roleAff(s, p)
		if role != "" {
			roles = append(roles, singularRole(role))
		}
		if aff != "" {
			affs = append(affs, aff)
		}
	}
	name := func(x, y int) ref {
		sp := a.span(x, y)
		return ref{kind: refName, text: sp.In(a.text), span: sp, name: sp.In(a.text), definite: true,
			roles: slices.Clone(roles), affs: slices.Clone(affs)}
	}
	r := name(p, and)
	second := name(c, e)
	if and+1 < c {
		// each has a title of their own
		second.roles, second.affs = nil, nil
		if role, aff := a.roleAff(and+1, c); role != "" || aff != "" {
			if role != "" {
				second.roles = []string{role}
			}
			if aff != "" {
				second.affs = []string{aff}
			}
		}
	}
	r.co = []ref{second}
	r.all = a.span(p, e)
	return r, true
}

// personRun reports whether tokens [s, e) read as a person's name in a
// coordination: two to five capitalised words (initials allowed), none of
// them an institution's head, a role, a connector or a company's form,
// none possessive, and the first a title ("Mr", "Sir"), a given name
// ("Ann") or an initial ("H.P. Smith"), so that "Palm Oil Registration and
// Licensing Authority" stays one institution.
func (a *annotator) personRun(s, e int) bool {
	if e-s < 2 || e-s > 5 {
		return false
	}
	first := strings.TrimSuffix(a.word(s), ".")
	initial := strings.HasSuffix(a.word(s), ".") && len(strings.ReplaceAll(first, ".", "")) <= len(first)/2+1 ||
		len(first) == 1 && s+1 < e && a.word(s+1) == "." && a.initialAt(s+1)
	if !names.IsTitle(first) && !english.GivenNames().Has(first) && !initial {
		return false
	}
	for j := s; j < e; j++ {
		w := a.word(j)
		if w == "." && a.initialAt(j) {
			continue
		}
		if !a.isCap(j) || a.tag(j) == "DT" || connectors[w] || isPossessive(a.tokText(j)) ||
			a.lx.isInstitutionForm(w) || a.lx.isRole(w) || endsFirm(strings.TrimSuffix(w, ".")) {
			return false
		}
	}
	return true
}

// singularRole turns a plural title shared by several people into one
// person's: "Senators" -> "Senator", "political scientists" -> "political
// scientist".
func singularRole(role string) string {
	i := strings.LastIndexByte(role, ' ') + 1
	last := role[i:]
	if one := singular(strings.ToLower(last)); one != strings.ToLower(last) {
		return role[:i] + last[:len(one)]
	}
	return role
}

// commonNP reports whether tokens [s, e) are a short noun phrase of common
// words ("the Italian carmaker", "the government's finance watchdog").
func (a *annotator) commonNP(s, e int) bool {
	if s >= e || e-s > 6 || a.tag(e-1) != "NN" && a.tag(e-1) != "NNS" {
		return false
	}
	for j := s; j < e; j++ {
		switch a.tag(j) {
		case "DT", "JJ", "NN", "NNS", "POS", "PRP$", "NNP":
		default:
			return false
		}
	}
	return true
}

// surnameRole reports whether token j, a capitalised word that is also a
// role and a common surname ("Deans", "Judge", "Bishop"), is a surname: it
// follows a given name that is no English word ("Fiona Deans", "John
// Judge"; not "Central Bank President") or an honorific ("Mr Dean").
func (a *annotator) surnameRole(j int) bool {
	if j == 0 || !roleSurnames[a.word(j)] || !a.isCap(j) || isAllCaps(a.tokText(j)) || !a.isCap(j-1) {
		return false
	}
	g := a.word(j - 1)
	return english.GivenNames().Has(g) && !english.Common().Has(g) && !a.lx.isRole(g) || names.IsTitle(strings.TrimSuffix(g, "."))
}

// roleSurnames are roles that are common surnames too.
var roleSurnames = map[string]bool{
	"dean": true, "deans": true, "judge": true, "bishop": true, "major": true, "king": true, "pope": true,
	"prior": true, "knight": true, "earl": true, "duke": true, "baron": true, "marshal": true, "marshall": true,
	"clerk": true, "mayor": true, "sheriff": true, "chamberlain": true, "constable": true, "sergeant": true,
	"porter": true, "steward": true, "abbott": true,
}

// modifierParticiple reports whether token j, before e, is an adverb
// before a participle or an adjective, or a participle before a noun,
// inside a noun phrase ("a locally listed unit", "a wholly owned
// subsidiary", "a bank holding company").
func (a *annotator) modifierParticiple(j, e int) bool {
	if j+1 >= e {
		return false
	}
	next := a.tag(j + 1)
	switch a.tag(j) {
	case "RB":
		return next == "VBN" || next == "JJ"
	case "VBN":
		return next == "NN" || next == "NNS" || next == "JJ"
	case "VBG":
		return (next == "NN" || next == "NNS") && !a.isCap(j) && j > 0 && strings.HasPrefix(a.tag(j-1), "NN") // "a bank holding company"
	}
	return false
}

// verbless reports whether tokens [s, e) hold no finite verb, modal or
// relative pronoun: a phrase, not a clause.
func (a *annotator) verbless(s, e int) bool {
	for j := s; j < e; j++ {
		if t := a.tag(j); finiteTag(t) || t == "MD" || t == "WDT" || t == "WP" {
			return false
		}
	}
	return true
}
