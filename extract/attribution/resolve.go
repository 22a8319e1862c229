package attribution

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/commentariat/commentariat/internal/english"
	"github.com/commentariat/commentariat/internal/names"
	"github.com/commentariat/commentariat/pipeline"
)

// speaker is a speaker being built.
type speaker struct {
	org bool
	// personal: something marks the speaker as a person: a title, a first
	// name, a role, a gendered pronoun or a personal descriptor.
	personal bool
	name     string
	forms    []string // every form as written, first seen first
	roles    []string
	affs     []string
	section  int
	mention  []pipeline.Span
}

// resolve orders the candidate statements, drops overlapping ones,
// resolves every speaker reference and fills doc.Statements and
// doc.Speakers.
func (a *annotator) resolve() {
	cands := a.cands
	sort.SliceStable(cands, func(i, j int) bool {
		if cands[i].st.Span.Start != cands[j].st.Span.Start {
			return cands[i].st.Span.Start < cands[j].st.Span.Start
		}
		return cands[i].st.Span.End > cands[j].st.Span.End
	})
	// Statements other than signed pieces do not overlap: the earlier one
	// wins and a later one is cut to start after it.
	kept := cands[:0]
	lastEnd := -1
	for _, c := range cands {
		if c.st.Kind != pipeline.Authored {
			if c.st.Span.Start < lastEnd {
				continue
			}
			lastEnd = c.st.Span.End
		}
		kept = append(kept, c)
	}
	// the content of every statement kept, for prevSubjectOrg
	contents := make([]pipeline.Span, 0, len(kept))
	for _, c := range kept {
		if c.st.Kind != pipeline.Authored {
			contents = append(contents, c.st.Span)
		}
	}
	var spk []*speaker
	ix := newIndex()
	var out []pipeline.Statement
	last := -1       // the last speaker named
	var lastCo []int // the speakers who spoke with the last one
	prevPara, prevSpeaker, havePrev := -2, -1, false
	var prevCo []int
	prevGroup, prevUnnamed := false, false
	// prevPerson is the head of the unnamed person quoted just before ("a
	// State Department official said"), whom a following "he" or "the
	// official" goes on quoting; "" when the statement before had another
	// source.
	prevPerson := ""
	// prevUnknown is the head of a definite descriptor quoted just before
	// that fit nobody ("The White House aide said"): a "the aide" that
	// follows is that person again, whoever was quoted before them, so it
	// is left unlinked too rather than sent to the last speaker.
	prevUnknown := ""
	// unnamed holds, for each section, the heads of the unnamed people
	// introduced in it ("one official said"): "the official" later in the
	// section is that person, even after someone named has spoken.
	unnamed := map[sectionHead]bool{}
	prevText, prevSpan := "", pipeline.Span{}
	var prevCue pipeline.Span
	prevCueText, prevEnd := "", 0
	for _, c := range kept {
		st := c.st
		st.Section = max(a.sectionAt(st.Span.Start), 0)
		para := a.paragraphAt(st.Span.Start)
		idx := -1
		// "it" and "they", and whether the statement before is near
		// enough for them to go on quoting its source
		pron := strings.ToLower(c.ref.text)
		it := c.ref.kind == refPronoun && pron == "it"
		they := c.ref.kind == refPronoun && pron == "they"
		nearPrev := havePrev && para-prevPara <= 1 && para >= prevPara
		switch c.ref.kind {
		case refName, refOrg:
			idx = a.speakerFor(&spk, ix, c.ref, st.Section)
			for _, co := range c.ref.co {
				if j := a.speakerFor(&spk, ix, co, st.Section); j >= 0 && j != idx && !slices.Contains(st.CoSpeakers, j) {
					st.CoSpeakers = append(st.CoSpeakers, j)
					spk[j].mention = append(spk[j].mention, co.span)
				}
			}
		case refPronoun, refDescriptor:
			inst := c.ref.kind == refDescriptor && a.lx.isInstitution(c.ref.head) || it
			if they && prevGroup && nearPrev {
				// "..., officials said. ..., they said.": the same
				// unnamed group, nobody in particular
			} else if samePerson(c.ref, prevPerson) && (c.ref.kind == refDescriptor ||
				nearPrev && !a.namedSince(prevEnd, min(st.Span.Start, c.ref.span.Start), st.Section)) {
				// "..., a State Department official said. ..., the
				// official said", "A spokesman said ... He added": the
				// unnamed person quoted just before, not the speaker
				// named before that one
			} else if c.ref.kind == refDescriptor && c.ref.definite && c.ref.head == prevUnknown && nearPrev {
				// "The White House aide said ... The aide added": the
				// same person, whom the document does not name
			} else if c.ref.kind == refDescriptor && unnamed[sectionHead{st.Section, c.ref.head}] && samePerson(c.ref, c.ref.head) &&
				!(last >= 0 && rolesName(spk[last].roles, c.ref.head)) {
				// "one official said ... Baker said ... the official
				// said": the unnamed official, not Baker (but "a
				// spokesman ... Drexel spokesman Steve Anredder said ...
				// the spokesman said" is Anredder)
			} else if inst && c.ref.definite {
				// "The company said", "It said": a one-word name quoted
				// last, else the firm the sentence before is about, else
				// the institution quoted last in the section, else the
				// one named last before, if its name fits the head.
				if it && prevUnnamed && nearPrev {
					// "..., the study said. It added ...": the same
					// unnamed source
				} else if last >= 0 && spk[last].section == st.Section && spk[last].bareName() &&
					(companyHeads[c.ref.head] || it && !a.otherSubject(c.ref.span.Start, spk[last].forms)) && !a.personSurname(spk[last].name) {
					// "Oracle said ... The company said", "... It said": a
					// one-word name with nothing personal about it is the
					// company's
					idx = last
					spk[idx].org = true
					a.addInfo(spk[idx], c.ref, false)
				} else if r, ok := a.prevSubjectOrg(c.ref.span.Start, contents); ok && companyHeads[c.ref.head] && a.fits(c.ref, nil, true, []string{r.name}) &&
					len(strings.Fields(r.name)) > 1 {
					// "Viacom reported earnings fell ... The company said":
					// the firm the sentence before is about, over one
					// quoted earlier
					idx = a.speakerFor(&spk, ix, r, st.Section)
					if idx >= 0 {
						a.addInfo(spk[idx], c.ref, false)
					}
				} else if j := a.lastFitting(spk, c.ref, st.Section); j >= 0 {
					// the institution quoted last whose name fits ("the
					// ministry" after the ministry and a committee)
					idx = j
					a.addInfo(spk[idx], c.ref, false)
				} else if r, ok := a.orgBefore(c.ref.span.Start, st.Section); ok && a.fits(c.ref, nil, true, []string{r.name}) &&
					!(companyHeads[c.ref.head] && len(strings.Fields(r.name)) == 1) {
					// else the institution named last before, when it
					// fits ("CNN said ... Acme Corp ... the company said";
					// a one-word name only if quoted: "Europe" is no
					// company's)
					idx = a.speakerFor(&spk, ix, r, st.Section)
					if idx >= 0 {
						a.addInfo(spk[idx], c.ref, false)
					}
				}
			} else if c.ref.definite && last >= 0 && spk[last].section == st.Section {
				// "they" goes on quoting several people or an institution
				// ("the ministry ... they said"), never one person
				// ("Weinberger said ... Analysts agreed ... But they
				// said")
				if (!they || len(lastCo) > 0 || spk[last].org && !a.groupSince(prevEnd, c.ref.span.Start)) &&
					a.fits(c.ref, append(slices.Clip(spk[last].roles), spk[last].affs...), spk[last].org, spk[last].forms) {
					idx = last
					a.addInfo(spk[idx], c.ref, false)
					if they {
						// "Ann Smith and Bob Jones said ... they added"
						st.CoSpeakers = lastCo
					}
				}
			} else if c.ref.definite && !they {
				// Nobody quoted yet in this section: the last person
				// named before ("Tina Houchins asked ... she said"); not
				// for "they", which one person named before seldom is.
				// A descriptor needs the name's roles to say so ("its
				// co-chairman has said" is not "Lord Archer" named
				// before, "his lawyer" not Stan Lee, "the report" not Sao
				// Paulo), or to give only an age ("the 30-year-old").
				if r, ok := a.nameBefore(c.ref.span.Start, st.Section); ok && a.fits(c.ref, append(slices.Clip(r.roles), r.affs...), r.kind == refOrg, []string{r.name}) &&
					(c.ref.kind == refPronoun || rolesName(r.roles, c.ref.head) || strings.HasSuffix(c.ref.head, "-year-old")) {
					idx = a.speakerFor(&spk, ix, r, st.Section)
					if idx >= 0 {
						a.addInfo(spk[idx], c.ref, false)
					}
				}
			}
		case refCarry:
			if !nearPrev || c.ref.samePara && para != prevPara ||
				a.sentenceBetween(prevEnd, st.Span.Start, prevCue) {
				continue
			}
			idx, st.CoSpeakers = prevSpeaker, prevCo
			if st.Cue == "" {
				st.Cue, st.CueSpan = prevCueText, prevCue
			}
			if idx < 0 {
				st.SpeakerText, st.SpeakerSpan = prevText, prevSpan
			}
		}
		if c.ref.kind != refCarry && idx < 0 && c.ref.text == "" {
			continue
		}
		st.Speaker = idx
		if idx >= 0 {
			last, lastCo = idx, st.CoSpeakers
			if c.ref.kind != refCarry && !c.ref.span.Empty() {
				spk[idx].mention = append(spk[idx].mention, c.ref.span)
				if c.ref.kind == refPronoun {
					for _, j := range st.CoSpeakers {
						spk[j].mention = append(spk[j].mention, c.ref.span)
					}
				}
			}
		}
		if st.Kind != pipeline.Authored {
			prevEnd = st.Span.End
			prevPara, prevSpeaker, prevCue, prevCueText = a.paragraphAt(st.Span.End-1), idx, st.CueSpan, st.Cue
			prevCo = st.CoSpeakers
			// an unnamed group ("officials", "analysts") that a later
			// "they" goes on quoting
			prevGroup = idx < 0 && (c.ref.kind == refDescriptor && !c.ref.definite || they && prevGroup)
			// a source with no speaker ("the study", "a statement") that
			// a later "it" goes on quoting
			prevUnnamed = idx < 0 && (c.ref.kind == refDescriptor && !a.peopleHead(c.ref.head) || it && prevUnnamed)
			switch {
			case idx >= 0 || c.ref.kind == refCarry:
				if idx >= 0 {
					prevPerson = ""
				}
			case a.unnamedPerson(c.ref):
				prevPerson = c.ref.head
				unnamed[sectionHead{st.Section, c.ref.head}] = true
			case !samePerson(c.ref, prevPerson):
				prevPerson = ""
			}
			switch {
			case idx < 0 && c.ref.kind == refDescriptor && c.ref.definite && a.peopleHead(c.ref.head) && !a.lx.group[c.ref.head]:
				prevUnknown = c.ref.head
			case c.ref.kind != refCarry:
				prevUnknown = ""
			}
			prevText, prevSpan, havePrev = st.SpeakerText, st.SpeakerSpan, true
		}
		out = append(out, st)
	}
	a.doc.Statements = out
	a.completeNames(spk)
	a.doc.Speakers = make([]pipeline.Speaker, len(spk))
	for i, s := range spk {
		a.doc.Speakers[i] = s.finish()
	}
}

// completeNames gives a person quoted only by surname ("Wenger said",
// "Mr Campbell said") the full name their section writes for them
// anywhere, before or after the quotes ("Arsenal manager Arsene Wenger
// ..."), when it names one person of that surname only, of no other
// gender than the quotes' title, and no other speaker goes by it. A
// surname met before the full name, as in a headline, is otherwise all
// the speaker is known by.
func (a *annotator) completeNames(spk []*speaker) {
	for _, s := range spk {
		if s.org || !names.OneWord(s.name) || names.Knighted(s.name) || s.section >= len(a.doc.Sections) {
			continue
		}
		full, ok := a.fullNameBefore(a.doc.Sections[s.section].Span.End, s.section, s.name)
		if ok {
			full.name, ok = givenFrom(full.name, s.personal)
		}
		if !ok || slices.ContainsFunc(spk, func(o *speaker) bool { return !o.org && names.PersonKey(o.name) == names.PersonKey(full.name) }) {
			continue
		}
		g := nameGender(full.name)
		if slices.ContainsFunc(s.forms, func(f string) bool { fg := nameGender(f); return fg != "" && g != "" && fg != g }) {
			continue // not "Ronald Reagan" for "Mrs Reagan"
		}
		a.addInfo(s, full, true) // the full name, and the roles its mention gives
	}
}

// givenFrom returns a person's name from its first name on, after the
// titles and ranks before it ("Dr. LeRoy Pesch", "Graham Poll" in
// "Referee Graham Poll"): a given name, or, for a speaker known as a
// person (personal), any word that is no common English word; false
// when no such word opens a name of two words or more ("Gen Musharraf",
// "Strathclyde Police", "May Ecuador").
func givenFrom(name string, personal bool) (string, bool) {
	ws := strings.Fields(name)
	i := 0
	for i < len(ws) {
		if w := strings.ToLower(strings.TrimSuffix(ws[i], ".")); !names.IsTitle(w) && !names.RankAbbrev(w) {
			break
		}
		i++
	}
	for j := i; j+1 < len(ws); j++ {
		w := strings.ToLower(ws[j])
		if calendarNames[w] {
			continue // a month, not a given name ("May Ecuador")
		}
		if english.GivenNames().Has(w) || j == i && personal && !english.Common().Has(w) {
			if j == i {
				return name, true
			}
			return strings.Join(ws[j:], " "), true
		}
	}
	return "", false
}

// sectionHead keys the head of a descriptor by the section it is in.
type sectionHead struct {
	section int
	head    string
}

// personSurname reports whether the document writes the one-word name
// after a given name or a title somewhere ("Corporate Affairs Minister
// Michael Howard ... Howard told Reuters"): a person's surname, which
// "it" and "the company" never refer to.
func (a *annotator) personSurname(name string) bool {
	if strings.Contains(name, " ") {
		return false
	}
	if a.surnames == nil {
		a.surnames = map[string]bool{}
		for k := 1; k < len(a.toks); k++ {
			if !a.isCap(k - 1) {
				continue
			}
			if p := a.tokText(k - 1); english.GivenNames().Has(strings.ToLower(p)) || names.IsTitle(strings.ToLower(strings.TrimSuffix(p, "."))) {
				a.surnames[a.word(k)] = true
			}
		}
	}
	return a.surnames[strings.ToLower(name)]
}

// firmWord reports whether the one word name is a word of a firm's name
// the document writes with its legal form ("Dome" after "Dome Petroleum
// Ltd", "Kodak" after "Eastman Kodak Co"), and no person's surname
// there: then "Dome said" is the firm speaking.
func (a *annotator) firmWord(name string) bool {
	if a.firmNames == nil {
		a.firmNames = map[string]bool{}
		for j := 1; j < len(a.toks); j++ {
			if !a.isCap(j) || !names.CompanyForm(a.tokText(j)) || a.toks[j-1].Sentence != a.toks[j].Sentence {
				continue
			}
			for k := j - 1; k >= 0 && j-k <= 5 && a.toks[k].Sentence == a.toks[j].Sentence; k-- {
				if w := a.word(k); w == "and" || w == "&" || w == "&amp;" {
					continue
				}
				if !a.isCap(k) || names.CompanyForm(a.tokText(k)) {
					break
				}
				a.firmNames[a.word(k)] = true
			}
		}
	}
	w := strings.ToLower(name)
	return a.firmNames[w] && !a.personSurname(name) && !english.GivenNames().Has(w)
}

// peopleHead reports whether a descriptor's head names people ("sources",
// "officials", "the spokesman"), whom "it" never goes on quoting, rather
// than a writing or a body ("the study", "the report").
func (a *annotator) peopleHead(head string) bool {
	return head != "" && !sourceNouns[head] && !a.lx.isInstitution(head) &&
		(a.lx.group[head] || a.lx.group[head+"s"] || a.lx.descriptor[head] || a.lx.isRole(head))
}

// unnamedPerson reports whether r introduces one person it does not name:
// an indefinite singular descriptor with a person's head ("a State
// Department official", "one analyst", "another diplomat"), not a group,
// an institution or a writing ("a statement"). A definite one that fits
// nobody ("the England coach", "the Swiss official") is most often a
// person the document names without the words the stage needs to tell,
// so it introduces nobody.
func (a *annotator) unnamedPerson(r ref) bool {
	if r.kind != refDescriptor || r.definite || !a.peopleHead(r.head) || a.lx.group[r.head] ||
		!a.lx.descriptor[r.head] && !a.lx.isRole(r.head) {
		return false
	}
	ws := strings.Fields(strings.ToLower(r.text))
	switch ws[0] {
	case "a", "an", "one", "another":
	default:
		return false
	}
	// singular: the head as written ("a spokesman", not "one of the
	// spokesmen" nor "one of the spokesman's aides")
	for _, w := range ws {
		switch strings.TrimRight(w, ",") {
		case r.head:
			return true
		case "of":
			return false
		}
	}
	return false
}

// samePerson reports whether r goes on quoting the unnamed person with the
// given head quoted just before: "he" or "she" (unless the head states
// the other gender: "a spokeswoman ... he"), or a definite descriptor
// with the same head ("the official").
func samePerson(r ref, head string) bool {
	if head == "" {
		return false
	}
	switch r.kind {
	case refPronoun:
		switch strings.ToLower(r.text) {
		case "he":
			return !strings.HasSuffix(head, "woman")
		case "she":
			return !strings.HasSuffix(head, "man") || strings.HasSuffix(head, "woman")
		}
	case refDescriptor:
		return r.definite && r.head == head && strings.EqualFold(strings.Fields(r.text)[0], "the")
	}
	return false
}

// groupSince reports whether a group of people is named outside
// quotations in the text between byte offsets from and to, which a
// "they" after it refers to rather than an institution quoted before:
// "The American Petroleum Institute said ... The analysts attribute
// ... but they said".
func (a *annotator) groupSince(from, to int) bool {
	for i := a.tokAt(from); i < len(a.toks) && a.toks[i].Span.Start < to; i++ {
		if w := a.word(i); a.tag(i) == "NNS" && (!a.isCap(i) || a.sentenceInitial(i)) && (a.lx.group[w] || a.peopleHead(singular(w))) && !a.inQuote(a.toks[i].Span.Start) {
			return true
		}
	}
	return false
}

// namedSince reports whether a person is named between byte offsets from
// and to, within section sec: someone a pronoun may refer to instead of
// the unnamed person quoted before from. A descriptor with the head of
// that person's ("the aide") refers to them whoever is named between.
func (a *annotator) namedSince(from, to, sec int) bool {
	r, ok := a.nameBefore(to, sec)
	return ok && r.span.Start >= from
}

// lastFitting returns the institution quoted in section whose latest
// mention is the latest among those that the reference r fits, or -1. A
// head that names a kind of institution picks its own out of several
// ("the ministry" after the ministry and a committee); a firm's head
// ("the company") may be any firm, so only the institution quoted last
// is a candidate for it.
func (a *annotator) lastFitting(spk []*speaker, r ref, section int) int {
	best, at := -1, -1
	for i, s := range spk {
		if !s.org || len(s.mention) == 0 {
			continue
		}
		if m := s.mention[len(s.mention)-1].Start; m > at && a.sectionAt(m) == section {
			if a.fits(r, nil, true, s.forms) {
				best, at = i, m
			} else if companyHeads[r.head] {
				best, at = -1, m
			}
		}
	}
	return best
}

// fits reports whether a definite reference can refer back to a speaker
// with the given roles and affiliations and forms of name (an institution
// when org): a pronoun or "the expert" to any person, but "the
// chancellor" or "the prime minister's spokesman" only to someone the
// document has called so, since an office names its holder, who is seldom
// the person quoted just before; "the Finance Ministry official" only to
// someone whose roles or affiliations name the Finance Ministry; "the
// deputy speaker" only to someone called deputy; and "he", "she" or "the
// judge" never to an institution.
func (a *annotator) fits(r ref, roles []string, org bool, forms []string) bool {
	pron := pronounOf(strings.ToLower(r.text))
	if r.kind == refDescriptor && a.lx.isInstitution(r.head) {
		// "the company" is an institution, and one whose name fits
		return org && institutionFits(r.head, forms)
	}
	if org && (r.kind == refDescriptor && (a.lx.isRole(r.head) || a.lx.descriptor[r.head]) ||
		r.kind == refPronoun && (pronounGender[pron] != "" || pron == "i")) {
		// a person ("the judge", "she") is not an institution
		return false
	}
	if g := pronounGender[pron]; r.kind == refPronoun && g != "" {
		// "she" is not "Mr Blair" nor "Dick Pound", "he" not "Ms Jowell"
		for _, f := range forms {
			if tg := nameGender(f); tg != "" && tg != g {
				return false
			}
		}
	}
	if r.kind == refDescriptor && !a.namesFit(r, roles) {
		return false
	}
	if r.kind != refDescriptor {
		return true
	}
	if a.lx.office[r.head] && !rolesName(roles, r.head) {
		return false
	}
	// The words that tell one office from another of the same name must
	// be the holder's too: "the foreign secretary" is not the "Home
	// Secretary", nor "the deputy minister" the "Finance Minister", nor
	// "the deputy speaker" whoever "the speaker" would be (capitalised
	// words are namesFit's; other modifiers describe: "the presidential
	// spokesman" is the "White House spokesman").
	for _, w := range strings.Fields(r.text) {
		w = strings.Trim(w, ",.")
		if w != r.head && officeWords[w] && !rolesName(roles, w) {
			return false
		}
	}
	return true
}

// officeWords name a portfolio or a rank within an office's title:
// "the finance minister" and "the trade minister", "the prime minister"
// and "the deputy minister" are different people.
var officeWords = map[string]bool{
	"foreign": true, "home": true, "finance": true, "defence": true, "defense": true,
	"trade": true, "agriculture": true, "interior": true, "justice": true, "health": true,
	"education": true, "energy": true, "economy": true, "economics": true, "transport": true,
	"labour": true, "labor": true, "environment": true, "culture": true, "treasury": true,
	"commerce": true, "industry": true, "oil": true, "petroleum": true, "mines": true,
	"communications": true, "information": true, "housing": true, "treasurer": true,
	"prime": true, "deputy": true, "vice": true, "assistant": true, "junior": true, "shadow": true,
}

// rolesName reports whether one of roles has the word head ("Drexel
// spokesman" has "spokesman").
func rolesName(roles []string, head string) bool {
	for _, role := range roles {
		for _, w := range strings.FieldsFunc(strings.ToLower(role), func(c rune) bool { return c == ' ' || c == ',' || c == '\'' || c == '’' }) {
			if w == head || singular(w) == head {
				return true
			}
		}
	}
	return false
}

// namesFit reports whether the capitalised words of a descriptor ("the
// Bank of Japan official", "the Kremlin spokesman") all occur in the roles
// and affiliations given, as they must for it to refer back to their
// holder; a descriptor without any fits.
func (a *annotator) namesFit(r ref, roles []string) bool {
	var have []string
	for _, role := range roles {
		have = append(have, names.Words(role)...)
	}
	for _, w := range strings.Fields(r.text) {
		if !unicode.IsUpper([]rune(w)[0]) || determiners[strings.ToLower(w)] {
			continue
		}
		for _, k := range names.Words(w) {
			if !slices.Contains(have, k) {
				return false
			}
		}
	}
	return true
}

// determiners open a descriptor ("The spokesman", "Its chairman").
var determiners = map[string]bool{"the": true, "this": true, "that": true, "a": true, "an": true, "its": true, "his": true, "her": true, "their": true, "our": true}

// companyHeads are institution heads that refer back to any firm ("the
// company said" after "Acme Corp said").
var companyHeads = map[string]bool{"company": true, "firm": true, "group": true, "corporation": true, "concern": true}

// firmWords end the names of firms as their legal forms do
// (names.CompanyForm): "Acme Group", "Hanson Industries".
var firmWords = map[string]bool{"corporation": true, "company": true, "group": true, "industries": true, "enterprises": true}

// endsFirm reports whether the lower-case word w ends the names of firms.
func endsFirm(w string) bool { return firmWords[w] || names.CompanyForm(w) }

// institutionFits reports whether an institution's head word ("the
// bank", "the ministry", "the company") can refer to an institution named
// in one of forms: a name with that word in it ("Deutsche Bank"), or, for
// a firm's head, a name ending in a company form ("Acme Corp") or of one
// word not in capitals ("Kodak", not "OPEC").
func institutionFits(head string, forms []string) bool {
	for _, f := range forms {
		ws := names.Words(f)
		for _, w := range ws {
			if w == head || singular(w) == head {
				return true
			}
		}
		if companyHeads[head] && len(ws) > 1 && endsFirm(ws[len(ws)-1]) {
			return true
		}
		if companyHeads[head] && len(strings.Fields(f)) == 1 && !isAllCaps(f) {
			// "Kodak said ... It said ... The company said": a one-word
			// name quoted as an institution
			return true
		}
	}
	return false
}

// pronounGender and titleGender give the gender a pronoun or a name's
// title states ("" when it states none).
var pronounGender = map[string]string{"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}

var genderOfTitle = map[string]string{
	"mr": "m", "mister": "m", "sir": "m", "lord": "m", "monsieur": "m",
	"mrs": "f", "ms": "f", "miss": "f", "lady": "f", "dame": "f", "madam": "f", "madame": "f",
}

func titleGender(name string) string {
	if ws := names.Words(name); len(ws) > 1 {
		return genderOfTitle[ws[0]]
	}
	return ""
}

// nameGender gives the gender a name states by its title ("Mr Blair") or
// by a given name found on English lists of male names only ("Dick
// Pound"): "she" is not that speaker. A given name on the female list
// only says nothing here, since that list holds foreign male names
// ("Andrei", "Claude", "Philippe") and rare ones ("Beryl Sprinkel").
func nameGender(name string) string {
	if g := titleGender(name); g != "" {
		return g
	}
	if fs := strings.Fields(name); len(fs) > 1 && english.GivenGender(fs[0]) == "m" {
		return "m"
	}
	return ""
}

// otherSubject reports whether the clause before byte offset off in its
// sentence, or else the sentence before, has for its subject a name
// other than forms: "it" then more likely refers to that name ("While
// Poland is unlikely to ..., it says"; "British Printing withdrew its
// offer. At the time, it said") than to the last one quoted.
func (a *annotator) otherSubject(off int, forms []string) bool {
	ss := a.doc.Sentences
	i := sort.Search(len(ss), func(i int) bool { return ss[i].Span.End > off })
	if i >= len(ss) || ss[i].TokenStart < 0 || ss[i].TokenEnd > len(a.toks) {
		return false
	}
	r := a.mainSubject(ss[i].TokenStart, a.tokAt(off))
	if r.kind == refNone && i > 0 && ss[i-1].TokenStart >= 0 {
		r = a.mainSubject(ss[i-1].TokenStart, ss[i-1].TokenEnd)
	}
	if r.kind != refName && r.kind != refOrg {
		return false
	}
	subject := names.Words(r.name)
	for _, f := range forms {
		fw := names.Words(f)
		for _, w := range subject {
			if slices.Contains(fw, w) {
				return false
			}
		}
	}
	return true
}

// prevSubjectOrg returns the institution that is the subject of the
// sentence before the one holding byte offset off, when it is one, not
// the subject of a copula, and not inside the content of a statement
// (contents, sorted and not overlapping).
func (a *annotator) prevSubjectOrg(off int, contents []pipeline.Span) (ref, bool) {
	ss := a.doc.Sentences
	i := sort.Search(len(ss), func(i int) bool { return ss[i].Span.End > off })
	if i == 0 || i >= len(ss) || ss[i-1].TokenStart < 0 || ss[i-1].TokenEnd > len(a.toks) || ss[i-1].Section != ss[i].Section {
		return ref{}, false
	}
	lo, hi := ss[i-1].TokenStart, ss[i-1].TokenEnd
	r := a.mainSubject(lo, hi)
	if r.kind != refOrg || inSorted(contents, r.span.Start) {
		// nor the subject of what a statement reports ("Redland Plc ...
		// has agreed ..., CSR said")
		return ref{}, false
	}
	// not a copula's subject: "E.F. Hutton Group Inc is lead
	// underwriter" names a firm the text is not about
	for k := lo; k < hi; k++ {
		switch a.tag(k) {
		case "VBD", "VBZ", "VBP":
			if beForms[a.word(k)] && !(k+1 < hi && (a.tag(k+1) == "VBG" || a.tag(k+1) == "VBN")) ||
				k+1 < hi && a.word(k+1) == "been" {
				return ref{}, false
			}
			return r, true
		}
	}
	return ref{}, false
}

// sentenceBetween reports whether a whole sentence of four tokens or
// more with a subject of its own other than a pronoun, and other than
// the one holding cue, lies between byte offsets from and to: the
// statement before and a quotation that would carry its speaker over
// are then not adjacent ("..." Pence said. / On Sunday, Sanders
// identified ... . "QUOTE").
func (a *annotator) sentenceBetween(from, to int, cue pipeline.Span) bool {
	ss := a.doc.Sentences
	i := sort.Search(len(ss), func(i int) bool { return ss[i].Span.Start >= from })
	for ; i < len(ss) && ss[i].Span.End <= to; i++ {
		if ss[i].TokenEnd-ss[i].TokenStart < 4 || ss[i].Span.Overlap(cue) > 0 {
			continue
		}
		if a.inClaimed(ss[i].Span.Start) || ss[i].TokenStart < 0 || ss[i].TokenEnd > len(a.toks) {
			continue
		}
		// A sentence about someone else breaks the chain; one about
		// "he" or "she", or with no clause of its own ("Peter Wherry,
		// of Mayfield Church."), does not.
		if r := a.mainSubject(ss[i].TokenStart, ss[i].TokenEnd); r.kind == refName || r.kind == refOrg || r.kind == refDescriptor {
			return true
		}
	}
	return false
}

// mainSubject returns the subject of the first finite verb of tokens
// [lo, hi) outside quotations and relative clauses ("Sanders, who lost
// the primaries, identified ..."), or a reference of kind refNone.
func (a *annotator) mainSubject(lo, hi int) ref {
	for k := lo; k < hi; k++ {
		switch a.tag(k) {
		case "VBD", "VBZ", "VBP":
		default:
			continue
		}
		if a.inQuote(a.toks[k].Span.Start) || a.relativeWho(k, lo) >= 0 || k > lo && whWords[a.word(k-1)] {
			continue
		}
		if k > lo && (a.word(k-1) == "which" || a.word(k-1) == "that") {
			continue
		}
		r, _, _ := a.subjectLeft(k, lo)
		return r
	}
	return ref{}
}

// paragraphAt returns the index of the paragraph holding off, or -1.
func (a *annotator) paragraphAt(off int) int {
	ps := a.doc.Paragraphs
	i := sort.Search(len(ps), func(i int) bool { return ps[i].End > off })
	if i < len(ps) && ps[i].Start <= off {
		return i
	}
	return i
}

// index finds speakers by the keys of their names.
type index struct {
	byKey map[string]int // "p:"/"o:" + key of every form
	// bySurname maps a person's folded surname to the last speaker with
	// it; single maps it to a speaker known by the surname alone.
	bySurname, single map[string]int
	// byGiven maps the folded given name of people named in full to the
	// speaker, or to -1 when several share it (for "Sir Richard").
	byGiven map[string]int
	// byLead maps the first word of names that may be written family
	// name first (names.LeadSurname: "zhao" of "Zhao Ziyang") to the
	// speaker, or to -1 when several share it.
	byLead map[string]int
	// orgFirst maps the lower-cased first word of institutions' names of
	// two words or more to those institutions.
	orgFirst map[string][]int
	// orgHead maps the institution heads inside institutions' names of
	// two words or more ("bank" of "Reserve Bank of Australia") to them.
	orgHead map[string][]int
	// firmStart maps the lower-cased words before "and", "&" or a
	// company form in institutions' names ("merrill lynch" of "Merrill
	// Lynch and Co Inc") to those institutions.
	firmStart map[string][]int
}

func newIndex() *index {
	return &index{byKey: map[string]int{}, bySurname: map[string]int{}, single: map[string]int{}, orgFirst: map[string][]int{}, orgHead: map[string][]int{}, byGiven: map[string]int{}, byLead: map[string]int{}, firmStart: map[string][]int{}}
}

// firmOf returns the company whose name starts with a person-shaped name
// of two words or more given no title ("Merrill Lynch" after "Merrill
// Lynch and Co Inc"), when exactly one named before does.
func (ix *index) firmOf(name string) (int, bool) {
	f := strings.Fields(name)
	if len(f) < 2 || names.IsTitle(f[0]) {
		return 0, false
	}
	if c := ix.firmStart[strings.ToLower(strings.Join(f, " "))]; len(c) == 1 {
		return c[0], true
	}
	return 0, false
}

// addFirm records the words of institution i's name before "and", "&"
// or a company form.
func (ix *index) addFirm(name string, i int) {
	f := strings.Fields(strings.ToLower(name))
	for k := 2; k < len(f); k++ {
		if w := f[k]; w == "and" || w == "&" || w == "&amp;" || names.CompanyForm(w) {
			key := strings.Join(f[:k], " ")
			if !slices.Contains(ix.firmStart[key], i) {
				ix.firmStart[key] = append(ix.firmStart[key], i)
			}
			return
		}
	}
}

// shortOrg returns the institution a one-word name is the short form of
// ("Struthers" after "Struthers Wells Corp"), when exactly one named
// before starts with that word.
func (ix *index) shortOrg(name string) (int, bool) {
	f := strings.Fields(name)
	if len(f) != 1 {
		return 0, false
	}
	if c := ix.orgFirst[strings.ToLower(f[0])]; len(c) == 1 {
		return c[0], true
	}
	return 0, false
}

// speakerFor returns the index of the speaker a name refers to, adding
// one when it is new; -1 when the name has nothing to key it on.
func (a *annotator) speakerFor(spk *[]*speaker, ix *index, r ref, section int) int {
	org := r.kind == refOrg
	if !org && names.Firm(r.name) {
		// "Merrill Lynch said": a firm named after people, not a
		// person ("he" never refers to it)
		r.kind, org = refOrg, true
	}
	if !org {
		r = officeTitles(r)
	}
	words := strings.Fields(strings.ToLower(r.name))
	if len(words) == 1 && names.CompanyForm(words[0]) {
		return -1 // "Inc", "Corp": a company's legal form cut from its name
	}
	k := personKey(r.name, org)
	if k == "" {
		// Nothing of the name is left to key it on ("A", "The").
		return -1
	}
	prefix := "p:"
	if org {
		prefix = "o:"
	}
	key := prefix + k
	i, ok := ix.byKey[key]
	sur, oneWord := "", false
	if !org {
		// A name of one word but for titles ("Tulindinova", "Mr Howard",
		// "Dr Fox") is a surname that may refer back to a full name.
		sur, oneWord = names.Surname(r.name), names.OneWord(r.name)
	}
	if !ok && !org && oneWord && names.Knighted(r.name) {
		// "Sir Richard" after "Sir Richard Branson": a knight by the
		// given name, when one speaker has it
		if j, found := ix.byGiven[sur]; found && j >= 0 {
			i, ok = j, true
		}
	}
	if !ok && !org {
		// "Tulindinova" after "Zhanar Tulindinova", or the other way
		// round, in any transliteration.
		if oneWord {
			i, ok = ix.bySurname[sur]
			if !ok {
				// "Zhao" after "Zhao Ziyang"
				if j, found := ix.byLead[sur]; found && j >= 0 {
					i, ok = j, true
				}
			}
		} else {
			i, ok = ix.single[sur]
			if !ok {
				// "Zhao Ziyang" after "Zhao"
				if l := names.LeadSurname(r.name); l != "" {
					i, ok = ix.single[l]
				}
			}
			if !ok {
				// "Ortiz Mena" after "Antonio Ortiz Mena": a surname of
				// two words, when one person's name ends with it
				i, ok = longerName(*spk, words)
			}
		}
	}
	if !ok {
		i, ok = ix.shortOrg(r.name)
	}
	if !ok && org && len(words) >= 2 {
		// "River Oaks" after "River Oaks Industries Inc"
		i, ok = longerOrg(*spk, words)
	}
	if !ok && org {
		// "S and P" after "Standard and Poor's Corp": a firm's initials
		if ini := initials(r.name); ini != "" && isInitialsName(r.name) {
			for j, o := range *spk {
				if o.org && initials(o.name) == ini && o.name != r.name {
					i, ok = j, true
					break
				}
			}
		}
	}
	if !ok && org && len(words) == 1 && a.lx.isInstitution(words[0]) {
		// "the Bank said" after "Reserve Bank of Australia said": the one
		// institution quoted before whose name has that head
		if c := ix.orgHead[words[0]]; len(c) == 1 {
			i, ok = c[0], true
		}
	}
	if !ok && len(r.roles) == 0 {
		// "Merrill Lynch" after "Merrill Lynch and Co Inc", "Data
		// General" after "Data General Corp", "Allegheny International"
		// after "Allegheny International Inc"
		i, ok = ix.firmOf(r.name)
	}
	if !ok && !org && oneWord && !names.Knighted(r.name) {
		// "Mr Straw said" when the text named "Jack Straw" before without
		// quoting him: the speaker is the person named in full.
		if full, found := a.fullNameBefore(r.span.Start, section, r.name); found &&
			(nameGender(r.name) == "" || nameGender(full.name) == "" || nameGender(r.name) == nameGender(full.name)) {
			// (not "Ronald Reagan" for "Mrs Reagan")
			j := a.speakerFor(spk, ix, full, section)
			if j >= 0 {
				i, ok = j, true
			}
		}
	}
	if !ok && !org && len(words) == 1 && a.firmWord(r.name) {
		// "Dome said" after "Dome Petroleum Ltd": the firm, by a word
		// of its name
		org, key = true, "o:"+k
		i, ok = ix.byKey[key]
		if !ok {
			// "Kodak" after "Eastman Kodak Co said", "Mills" after
			// "General Mills Inc said"
			i, ok = orgWith(*spk, words[0])
		}
	}
	if !ok {
		i = len(*spk)
		*spk = append(*spk, &speaker{org: org, name: r.name, section: section})
		if f := strings.Fields(strings.ToLower(r.name)); org && len(f) > 1 && !connectors[f[0]] {
			ix.orgFirst[f[0]] = append(ix.orgFirst[f[0]], i)
		}
		if org {
			ix.addFirm(r.name, i)
			if len(words) > 1 {
				for _, w := range words {
					if a.lx.isInstitution(w) && !slices.Contains(ix.orgHead[w], i) {
						ix.orgHead[w] = append(ix.orgHead[w], i)
					}
				}
			}
		}
	}
	s := (*spk)[i]
	a.addInfo(s, r, true)
	ix.byKey[key] = i
	if !org {
		if !oneWord {
			setUnique(ix.byGiven, names.GivenName(r.name), i)
			setUnique(ix.byLead, names.LeadSurname(r.name), i)
		}
		ix.bySurname[sur] = i
		if oneWord && s.name == r.name {
			ix.single[sur] = i
		} else {
			delete(ix.single, sur)
		}
	}
	return i
}

// longerName returns the one person among spk whose name ends with the
// lower-case words ws and has more words, titles aside ("Antonio Ortiz
// Mena" for "ortiz mena", "Baroness Susan Greenfield" for "baroness
// greenfield").
func longerName(spk []*speaker, ws []string) (int, bool) {
	ws = untitled(ws)
	return uniqueSpeaker(spk, func(o *speaker) bool {
		ow := untitled(strings.Fields(strings.ToLower(o.name)))
		return !o.org && len(ws) > 0 && len(ow) > len(ws) && slices.Equal(ow[len(ow)-len(ws):], ws)
	})
}

// longerOrg returns the one institution named before whose name opens
// with the words ws and goes on ("River Oaks Industries Inc" for "river
// oaks"); not found when none or several do.
func longerOrg(spk []*speaker, ws []string) (int, bool) {
	return uniqueSpeaker(spk, func(o *speaker) bool {
		ow := strings.Fields(strings.ToLower(o.name))
		return o.org && len(ow) > len(ws) && slices.Equal(ow[:len(ws)], ws)
	})
}

// orgWith returns the one institution among spk whose name has the word
// w; not found when none or several do.
func orgWith(spk []*speaker, w string) (int, bool) {
	return uniqueSpeaker(spk, func(o *speaker) bool {
		return o.org && slices.Contains(strings.Fields(strings.ToLower(o.name)), w)
	})
}

// uniqueSpeaker returns the one speaker among spk that match accepts;
// not found when none or several do.
func uniqueSpeaker(spk []*speaker, match func(*speaker) bool) (int, bool) {
	found := -1
	for j, o := range spk {
		if !match(o) {
			continue
		}
		if found >= 0 {
			return 0, false
		}
		found = j
	}
	return found, found >= 0
}

// untitled returns the words of a name after the titles and honorifics
// that open it ("mr saumarez smith", "baroness susan greenfield").
func untitled(ws []string) []string {
	for len(ws) > 0 && (names.IsTitle(strings.TrimSuffix(ws[0], ".")) || honorifics[ws[0]]) {
		ws = ws[1:]
	}
	return ws
}

// fullNameBefore returns the one person named in full (more than a
// surname and titles) whose name ends as name does ("Mr Straw") before
// byte offset off in section sec ("Jack Straw has attacked ..." before "Mr
// Straw said"), with the roles the mention gives; false when there is
// none or two different people share the surname ("Gordon Brown" and
// "Nick Brown").
func (a *annotator) fullNameBefore(off, sec int, name string) (ref, bool) {
	sur, last := names.Surname(name), lastWord(name)
	// a firm's abbreviated form may end the sentence before ("... of
	// PaineWebber Group Inc. Analyst George Adler")
	// nor is a weekday or a month before a name ("On Tuesday Mr Kennedy");
	// a given name is, whatever its tag ("Julian/JJ White" opening a
	// sentence)
	nameTok := func(j int) bool {
		return a.isCap(j) && (a.tag(j) == "NNP" || a.tag(j) == "NNPS" || english.GivenNames().Has(a.word(j)) && !english.Common().Has(a.word(j))) &&
			!(strings.HasSuffix(a.tokText(j), ".") && names.CompanyForm(a.word(j))) && !timeWords[a.word(j)]
	}
	titleConnector := func(j int) bool { w := a.word(j); return w == "of" || w == "the" || w == "for" }
	var found ref
	n := 0
	for k := a.tokAt(off) - 1; k > 0; k-- {
		if a.sectionAt(a.toks[k].Span.Start) != sec {
			break
		}
		if !strings.EqualFold(a.word(k), last) || !a.isCap(k) || a.tag(k) != "NNP" || a.inQuote(a.toks[k].Span.Start) {
			continue
		}
		if k+1 < len(a.toks) && a.isCap(k+1) && a.tag(k+1) == "NNP" {
			continue // not the last word of the name
		}
		s := k
		for s > 0 && k-s < 6 && nameTok(s-1) {
			s--
		}
		// the whole title across its connectors, for parseNP to tell
		// the office from the name ("Secretary of State George Shultz",
		// not "State George Shultz"); not across "and", which joins
		// two people ("Gordon Brown and Nick Brown")
		s = a.titleStart(s, k, 12, titleConnector, nameTok)
		r, ok := a.parseNP(s, k+1)
		if !ok || r.kind != refName || names.OneWord(r.name) || names.Surname(r.name) != sur ||
			!strings.EqualFold(lastWord(r.name), last) || strings.Count(strings.ToLower(r.name), strings.ToLower(last)) > 1 {
			// not "Microsoft Mobile" for "T-Mobile", nor a headline's
			// "Straw Jack Straw"
			continue
		}
		if n > 0 && names.PersonKey(r.name) != names.PersonKey(found.name) {
			return ref{}, false
		}
		if n == 0 {
			found = r
		}
		n++
		k = s
	}
	return found, n > 0
}

// titleStart returns where the title before the name run [s, k] begins,
// across the connectors between its capitalised words ("Chancellor of
// the Exchequer Nigel Lawson"): at most two connectors at a time, then
// tokens nameTok accepts, and no further than max tokens before k.
func (a *annotator) titleStart(s, k, max int, connector, nameTok func(j int) bool) int {
	for k-s < max {
		c := s
		for c > 0 && s-c < 2 && connector(c-1) {
			c--
		}
		if c == s || c == 0 || !nameTok(c-1) {
			break
		}
		s = c - 1
		for s > 0 && k-s < max && nameTok(s-1) {
			s--
		}
	}
	return s
}

// connectorAt reports whether token j is one of the connectors inside
// names ("of", "and", "the").
func (a *annotator) connectorAt(j int) bool { return connectors[a.word(j)] }

// capitalNNP reports whether token j is a capitalised proper noun.
func (a *annotator) capitalNNP(j int) bool { return a.isCap(j) && a.tag(j) == "NNP" }

// initials returns the first letters of a name's words, upper-cased,
// leaving out connectors and a company's legal form ("Standard and
// Poor's Corp" and "S and P" are both "SP").
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		lw := strings.ToLower(strings.Trim(w, ".,"))
		if lw == "" || connectors[lw] || names.CompanyForm(lw) {
			continue
		}
		if c := w[0]; c >= 'A' && c <= 'Z' {
			if len(w) <= 2 && strings.ToUpper(w) == w {
				b.WriteString(w) // "AT" in "AT and T"
			} else {
				b.WriteByte(c)
			}
		} else {
			return ""
		}
	}
	return b.String()
}

// isInitialsName reports whether name is made of capital letters joined
// by "and" or "&" ("S and P", "AT and T").
func isInitialsName(name string) bool {
	fs := strings.Fields(name)
	if len(fs) < 3 {
		return false
	}
	for i, w := range fs {
		if i%2 == 1 {
			if w != "and" && w != "&" {
				return false
			}
			continue
		}
		if len(w) > 2 || strings.ToUpper(w) != w {
			return false
		}
	}
	return true
}

// lastWord returns the last word of name.
func lastWord(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// setUnique maps k to speaker i in m, or to -1 once two speakers share
// k (two people with that given name); an empty k is not recorded.
func setUnique(m map[string]int, k string, i int) {
	if k == "" {
		return
	}
	if j, found := m[k]; found && j != i {
		m[k] = -1
	} else {
		m[k] = i
	}
}

// keyWords is the number of words of a person's name but for titles
// ("Mr", "Dr", "Sir").
func keyWords(name string) int {
	n := 0
	for _, w := range names.Words(name) {
		if !names.IsTitle(w) {
			n++
		}
	}
	return n
}

// personKey returns the key two names are compared on.
func personKey(name string, org bool) string {
	if org {
		return names.Key(name)
	}
	return names.PersonKey(name)
}

// addInfo adds a reference's roles and affiliations (and, for a name, its
// form) to a speaker.
func (a *annotator) addInfo(s *speaker, r ref, named bool) {
	switch {
	case len(r.roles) > 0,
		named && len(strings.Fields(r.name)) > 1, // not "E-Systems"
		r.kind == refPronoun && pronounGender[pronounOf(strings.ToLower(r.text))] != "",
		r.kind == refDescriptor && (a.lx.isRole(r.head) || a.lx.descriptor[r.head]):
		s.personal = true
	}
	if named {
		s.forms = appendFold(s.forms, r.name)
		// The fullest name, titles not counted: "Michael Howard" over
		// "Mr Howard" whichever comes first.
		if !s.org && keyWords(r.name) > keyWords(s.name) {
			s.name = r.name
		}
	}
	roles, affs := officeOf(r.roles, r.affs)
	for _, x := range roles {
		if x = a.trimRole(x); x != "" && !a.pluralRole(x) {
			s.roles = appendFold(s.roles, x)
		}
	}
	for _, x := range affs {
		if x = a.trimAffiliation(x); x != "" {
			s.affs = appendFold(s.affs, x)
		}
	}
}

// officeOf puts back together the offices whose "of" phrase names no
// institution, which the noun phrase parser splits into a role and an
// affiliation: "Secretary of State" (not a secretary of the State),
// "Minister of State for Finance", "Chief of Staff", "Chancellor of the
// Exchequer".
func officeOf(roles, affs []string) ([]string, []string) {
	if len(roles) == 0 || len(affs) == 0 {
		return roles, affs
	}
	var keep []string
	for _, aff := range affs {
		of := ""
		switch {
		case aff == "State" || strings.HasPrefix(aff, "State for "):
			of = aff
		case aff == "Staff":
			of = aff
		case aff == "Exchequer":
			of = "the Exchequer"
		}
		last := len(roles) - 1
		head := strings.ToLower(lastWord(roles[last]))
		if of == "" || !officeHeads[head] {
			keep = append(keep, aff)
			continue
		}
		roles = append(slices.Clip(roles[:last]), roles[last]+" of "+of)
	}
	return roles, keep
}

// officeHeads head the offices officeOf completes.
var officeHeads = map[string]bool{
	"secretary": true, "minister": true, "chief": true, "chancellor": true,
	"undersecretary": true, "under-secretary": true, "deputy": true,
}

// pluralRole reports whether a role ends in a plural ("Labour MPs"),
// which no title of one speaker's does: "Blair pledges unity to Labour
// MPs Tony Blair has sought" is a headline run into the first sentence.
// (Titles shared by people named together are made singular where they
// are read: "Senators Tom Lee and Mary Poe".)
func (a *annotator) pluralRole(role string) bool {
	for _, p := range []string{" of ", " for ", " at ", " with "} {
		if i := strings.Index(role, p); i > 0 {
			role = role[:i] // the head: "spokesman for Yukos' lawyers"
		}
	}
	w := strings.ToLower(role[strings.LastIndexByte(role, ' ')+1:])
	return w != singular(w) && !a.lx.role[w] && a.lx.role[singular(w)]
}

// trimRole cleans a role the noun phrase parser gave, or returns "" for
// one that is no role: a leading "also" is dropped ("also Nigerian oil
// minister"); a joint title keeps its own part ("Treasury Secretary James
// Baker and Federal Reserve Board Chairman" is Volcker's "Federal Reserve
// Board Chairman", "Stoltenberg and Bundesbank President" Poehl's); a
// phrase that opens with a preposition, a relative or a verb ("after
// meeting Treasury Secretary James Baker", "who is also chairman", "here
// to meet government and business leaders") or that names someone else
// by title and name ("Japanese Prime Minister Yasuhiro Nakasone last
// week") is none.
func (a *annotator) trimRole(role string) string {
	ws := strings.Fields(role)
	for len(ws) > 1 && (ws[0] == "also" || ws[0] == "now") {
		ws = ws[1:]
	}
	if len(ws) == 0 {
		return ""
	}
	if roleOpeners[ws[0]] || len(ws) > 1 && ws[1] == "to" && !unicode.IsUpper([]rune(ws[0])[0]) && !a.lx.isRole(ws[0]) {
		return ""
	}
	// the holder's own part of a joint title (not a firm's "and":
	// "Phillips and Drew analyst")
	for i := len(ws) - 2; i > 0; i-- {
		if ws[i] != "and" {
			continue
		}
		before := ws[:i]
		if a.namedHolder(before) || len(before) == 1 && a.personSurname(before[0]) {
			ws = ws[i+1:]
		}
		break
	}
	if a.namedHolder(ws) {
		return ""
	}
	return strings.Join(ws, " ")
}

// namedHolder reports whether words hold a role word followed by a
// person's name, a given name and more capitalised words that are no
// common words, roles or institutions ("Agriculture Secretary Richard
// Lyng"), when no preposition ties the title to the role before it
// ("economic adviser to Treasury Minister Giuliano Amato") and the name is
// no possessive ("Prime Minister Jacques Chirac's spokesman").
func (a *annotator) namedHolder(ws []string) bool {
	for i := 0; i+2 < len(ws); i++ {
		if !a.lx.isRole(strings.ToLower(ws[i])) {
			continue
		}
		if slices.ContainsFunc(ws[:i], func(w string) bool { return w == "to" || w == "of" || w == "for" }) {
			break
		}
		if i+1 >= len(ws) || !english.GivenNames().Has(strings.ToLower(ws[i+1])) {
			continue // "chief White House economic adviser"
		}
		n, poss := 0, false
		for _, w := range ws[i+1:] {
			lw := strings.ToLower(w)
			if !unicode.IsUpper([]rune(w)[0]) || a.lx.isRole(lw) || a.lx.isInstitution(lw) || english.Common().Has(lw) {
				break
			}
			n++
			if strings.HasSuffix(lw, "'s") || strings.HasSuffix(lw, "’s") {
				poss = true
				break
			}
		}
		if n >= 2 && !poss {
			return true
		}
	}
	return false
}

// roleOpeners are words a role never starts with: prepositions and
// relatives.
var roleOpeners = map[string]bool{
	"after": true, "before": true, "who": true, "which": true, "that": true, "whose": true,
	"of": true, "to": true, "for": true, "with": true, "at": true, "in": true, "on": true,
	"by": true, "from": true, "as": true, "while": true, "when": true, "where": true,
}

// trimAffiliation trims what an affiliation picked up past the
// institution's name: a relative clause ("BT Wholesale which provides
// phone lines"), an aside after a dash ("Highland Gold - a mining firm"),
// a verb ("... committee and was part of the Butler inquiry"), the next
// sentence after a company's abbreviated form that the sentence splitter
// missed ("PaineWebber Group Inc. He said ..."), and a bracket left open
// ("Rubber Research Institute of Malaysia (RRIM").
func (a *annotator) trimAffiliation(aff string) string {
	ws := strings.Fields(aff)
	end := len(ws)
	for i, w := range ws {
		if i == 0 {
			continue
		}
		if w == "-" || w == "–" || w == "—" || affStops[w] {
			end = i
			break
		}
		if w == "and" && i+1 < len(ws) && (affNext[ws[i+1]] || a.lx.isRole(ws[i+1])) {
			// "School of Management and director of the Roundtable
			// Survey", "Goldman Sachs Inc and a former senior U.S.
			// economist": a new phrase about the person, not the rest
			// of the name ("economics and statistics department")
			end = i
			break
		}
		if strings.HasSuffix(w, ".") && names.CompanyForm(w) && i+1 < len(ws) && !names.CompanyForm(ws[i+1]) &&
			unicode.IsUpper([]rune(ws[i+1])[0]) {
			end = i + 1
			break
		}
	}
	ws = ws[:end]
	for len(ws) > 1 && (connectors[ws[len(ws)-1]] || ws[len(ws)-1] == "or") {
		ws = ws[:len(ws)-1]
	}
	if len(ws) > 1 && hyphenParticiple(strings.ToLower(ws[0])) {
		ws = ws[1:] // "Washington-based Atlantic Council"
	}
	// a description before the name: "consulting group MEPS", "the
	// Hamburg-based newsletter Oil World", "game developer Krome Studios"
	for i := len(ws) - 2; i >= 0; i-- {
		if w := ws[i]; unicode.IsLower([]rune(w)[0]) && !connectors[w] {
			if i == 0 || !unicode.IsUpper([]rune(ws[0])[0]) || hyphenParticiple(strings.ToLower(ws[0])) {
				ws = ws[i+1:]
				if len(ws) > 1 && ws[0] == "the" {
					ws = ws[1:]
				}
			}
			break
		}
		if !unicode.IsUpper([]rune(ws[i+1])[0]) {
			break
		}
	}
	out := strings.Join(ws, " ")
	if i := strings.LastIndexByte(out, '('); i > 0 && !strings.Contains(out[i:], ")") {
		out = strings.TrimSpace(out[:i])
	}
	return strings.TrimRight(out, " ,;:")
}

// affNext are words that, after "and", open a phrase about the person
// rather than go on with the institution's name.
var affNext = map[string]bool{
	"a": true, "an": true, "the": true, "its": true, "his": true, "her": true, "their": true,
	"former": true, "currently": true, "also": true, "now": true, "head": true,
}

// affStops are words that end an affiliation's name: relative pronouns
// and the commonest finite verbs ("... Commission for Development and
// Reform quoted in the state-run China Daily").
var affStops = map[string]bool{
	"which": true, "who": true, "whose": true, "where": true,
	"is": true, "was": true, "are": true, "were": true, "has": true, "have": true, "had": true,
	"said": true, "says": true, "told": true, "quoted": true, "that": true,
}

// bareName reports whether the speaker is a person known only by one
// word with nothing personal about it ("Oracle said"), which may as well
// be an institution's name.
func (s *speaker) bareName() bool { return !s.org && !s.personal }

// finish turns a speaker into the document model's form.
func (s *speaker) finish() pipeline.Speaker {
	// one line, without the angle brackets news wires put around company
	// names ("<Yellowknife Resources Inc>")
	name := strings.Trim(strings.Join(strings.Fields(s.name), " "), "<> ")
	if !s.org {
		name = fixCaps(name)
	}
	var aliases []string
	for _, f := range s.forms {
		if f != name {
			aliases = appendFold(aliases, f)
		}
	}
	sort.Strings(aliases)
	id, kind := speakerID(name, s.org)
	if id == "" {
		// A fuller form of the name keyed nothing: fall back to the first.
		id, kind = speakerID(s.forms[0], s.org)
	}
	ms := append([]pipeline.Span(nil), s.mention...)
	sort.Slice(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	return pipeline.Speaker{ID: id, Name: name, Aliases: aliases, Kind: kind, Roles: s.roles, Affiliations: s.affs, Mentions: ms}
}

// speakerID returns the corpus-wide id of a person's or an
// institution's name, "" when the name has nothing to key on, and the
// kind of speaker the id is for: a name with nothing to key on as a
// person's ("The Fund") is keyed, and counted, as an institution's.
func speakerID(name string, org bool) (id, kind string) {
	if !org {
		if id := names.PersonID(name); id != "" {
			return id, pipeline.Person
		}
	}
	return names.EntityID(pipeline.Org, name), pipeline.Org
}

// fixCaps writes an all-capital word of a mixed name in title case
// ("Tatiana LIPINA" becomes "Tatiana Lipina").
func fixCaps(name string) string {
	f := strings.Fields(name)
	mixed := false
	for _, w := range f {
		if !isAllCaps(w) {
			mixed = true
		}
	}
	if !mixed {
		return name
	}
	for i, w := range f {
		// Only a word of three letters or more, and letters only: "U.S.",
		// "LP", "MP" and "3M" keep their capitals.
		if isAllCaps(w) && len([]rune(w)) > 2 && !romanNumerals[w] && !strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' }) {
			r := []rune(strings.ToLower(w))
			r[0] = unicode.ToUpper(r[0])
			f[i] = string(r)
		}
	}
	return strings.Join(f, " ")
}

// romanNumerals keep their capitals after a name: "Vann R. Newkirk II".
var romanNumerals = map[string]bool{"II": true, "III": true, "IV": true, "VI": true, "VII": true, "VIII": true}

func isAllCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters++
			if !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return letters > 0
}

// lowerWord reports whether token k is a word the document writes in
// lower case, or a common English word: no surname.
func (a *annotator) lowerWord(k int) bool {
	w := a.word(k)
	return a.writtenLower(w) || english.Common().Has(w)
}

// genericOf reports whether tokens [s, e) hold a generic head of an
// institution's name right before "of" ("Bank of", "Ministry of",
// "Court of").
func (a *annotator) genericOf(s, e int) bool {
	for k := s; k+1 < e; k++ {
		if a.word(k+1) == "of" && genericHeads[a.word(k)] {
			return true
		}
	}
	return false
}

// nameBefore finds the last person's name (two capitalised words or more,
// no institution) outside quotations in the two paragraphs before byte
// offset off, within section sec.
func (a *annotator) nameBefore(off, sec int) (ref, bool) { return a.namedBefore(off, sec, refName) }

// orgBefore is nameBefore for an institution's name.
func (a *annotator) orgBefore(off, sec int) (ref, bool) { return a.namedBefore(off, sec, refOrg) }

// namedBefore is nameBefore for names of the given kind.
func (a *annotator) namedBefore(off, sec int, kind refKind) (ref, bool) {
	if len(a.toks) == 0 {
		return ref{}, false
	}
	para := a.paragraphAt(off)
	end := a.tokAt(off)
	for e := end; e > 0 && end-e < 400; e-- {
		k := e - 1
		if a.paragraphAt(a.toks[k].Span.Start) < para-1 || a.sectionAt(a.toks[k].Span.Start) != sec {
			break
		}
		if !a.isCap(k) || a.tag(k) != "NNP" || a.inQuote(a.toks[k].Span.Start) {
			continue
		}
		s := k
		for s > 0 && k-s < 3 && a.isCap(s-1) && a.tag(s-1) == "NNP" {
			s--
		}
		if kind == refOrg && k == s {
			// "the Bank of England", "the Ministry of Finance": a name
			// whose last word follows "of"; "the European Commission",
			// whose first word the tagger took for an adjective
			if ns := a.titleStart(s, k, 10, a.connectorAt, a.capitalNNP); ns < s && a.genericOf(ns, s) {
				// (an institution's: not "Queen of the Sky", a blog, nor
				// "Mazda Motor Corp of Japan", a firm and its country)
				if r, ok := a.parseNP(ns, k+1); ok && r.kind == kind {
					return r, true
				}
			}
			if s > 0 && a.isCap(s-1) && a.tag(s-1) == "JJ" {
				if r, ok := a.parseNP(s-1, k+1); ok && r.kind == kind {
					return r, true
				}
			}
		}
		if k == s && !(kind == refName && k+1 < len(a.toks) && finiteTag(a.tag(k+1)) && !english.GivenNames().Has(a.word(k)) &&
			(s == 0 || !a.isCap(s-1) && !connectors[a.word(s-1)] || a.word(s-1) == ",") && a.personSurname(a.tokText(k))) {
			// one capitalised word is seldom a name, but for the surname
			// of a person the document names in full, as a clause's
			// subject: "Amstutz cited three factors"
			continue
		}
		if kind == refName && a.lowerWord(k) && !names.IsTitle(strings.TrimSuffix(a.word(k-1), ".")) {
			// "U.S. Dlrs", "U.S. Should": no person's name, nor is a
			// part of it ("Mr Straw" is)
			e = s + 1
			continue
		}
		// "Chancellor of the Exchequer Nigel Lawson": the whole title,
		// for parseNP to tell the office from the name
		ns := a.titleStart(s, k, 10, a.connectorAt, a.capitalNNP)
		if ns < s {
			if r, ok := a.parseNP(ns, k+1); ok && r.kind == kind {
				return r, true
			}
		}
		r, ok := a.parseNP(s, k+1)
		if ok && r.kind == kind {
			return r, true
		}
		e = s + 1
	}
	return ref{}, false
}

// officeAbbrevs are abbreviated offices written before a person's name,
// and the role each stands for.
var officeAbbrevs = map[string]string{
	"sen": "senator", "rep": "representative", "gov": "governor", "gen": "general",
	"lt": "lieutenant", "col": "colonel", "maj": "major", "capt": "captain", "sgt": "sergeant",
	"adm": "admiral", "cmdr": "commander", "atty": "attorney", "supt": "superintendent",
	"pres": "president", "amb": "ambassador", "sec": "secretary",
}

// officeTitles moves the abbreviated offices that open a person's name
// into its roles: "Sen. Elizabeth Warren" is Elizabeth Warren, a
// senator, the same speaker as "Elizabeth Warren" and "Warren".
func officeTitles(r ref) ref {
	fs := strings.Fields(r.name)
	n := 0
	for n < len(fs)-1 {
		role, ok := officeAbbrevs[strings.ToLower(strings.TrimSuffix(fs[n], "."))]
		if !ok {
			break
		}
		if n == 0 {
			r.roles = slices.Clip(r.roles)
		}
		if !slices.Contains(r.roles, role) {
			r.roles = append(r.roles, role)
		}
		n++
	}
	if n > 0 {
		r.name = strings.Join(fs[n:], " ")
	}
	return r
}
