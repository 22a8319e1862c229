package entities

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/commentariat/commentariat/pipeline"
)

func (a *annotator) spanOf(lo, hi int) pipeline.Span {
	return pipeline.Span{Start: a.toks[lo].span.Start, End: a.toks[hi-1].span.End}
}

// harmonise makes the types of a document agree: a name typed on strong
// evidence somewhere gives its type to its other occurrences, a surname
// takes the type of the full name, and names listed together share the
// type of the best-evidenced ones.
func (a *annotator) harmonise() {
	slices.SortFunc(a.ments, func(x, y mention) int { return x.span.Start - y.span.Start })
	a.affiliations()
	type vote struct {
		typ  string
		conf int
	}
	best := map[string]vote{}
	for _, m := range a.ments {
		if m.typ == "" || m.typ == pipeline.Date {
			continue
		}
		if b, ok := best[m.key]; !ok || m.conf > b.conf {
			best[m.key] = vote{m.typ, m.conf}
		}
	}
	for i := range a.ments {
		m := &a.ments[i]
		if b, ok := best[m.key]; ok && b.conf > m.conf && !m.common {
			m.typ, m.conf = b.typ, b.conf
		}
	}
	a.firmNames()
	// surnames and the first words of organisations' names
	// weak: surnames of names typed PERSON by their shape alone
	surnames, weak := map[string]bool{}, map[string]bool{}
	orgFirst := map[string]bool{}
	// given: given names of persons named in full ("Alan" of "Alan
	// Shearer"), by the list of given names
	var given map[string]bool
	for _, m := range a.ments {
		if m.hi-m.lo < 2 {
			continue
		}
		switch m.typ {
		case pipeline.Person:
			to := weak
			if m.conf >= confContext {
				to = surnames
			}
			to[a.surname(a.textOf(m))] = true
			if f := a.toks[m.lo].lower; a.lx.familyFirst[f] && m.hi-m.lo <= 3 {
				// "Wang" of "dissident Wang Donghai": a family name
				// written first, by the list
				to[a.surname(a.toks[m.lo].text)] = true
			} else if lead := a.leadSurname(a.textOf(m)); lead != "" && m.conf >= confContext {
				to[lead] = true
			}
			if f := &a.toks[m.lo]; m.conf >= confContext && f.cap && a.is(f, cFirst) {
				if given == nil {
					given = map[string]bool{}
				}
				given[f.lower] = true
			}
		case pipeline.Org:
			if !a.toks[m.lo+1].cap || a.orgHead(m.lo) || a.formsOnly(m.lo+1, m.hi) {
				orgFirst[a.toks[m.lo].lower] = true
			}
		}
	}
	// a word of an organisation's name is no given name ("Chrysler" of
	// "Chrysler Corp" where the tagger made "Chrysler LeBaron" a person)
	for _, m := range a.ments {
		if m.typ == pipeline.Org && len(given) > 0 {
			for k := m.lo; k < m.hi; k++ {
				delete(given, a.toks[k].lower)
			}
		}
	}
	isSurname := func(w string) bool {
		if len(surnames) == 0 {
			return false
		}
		s := a.surname(w)
		return s != "" && surnames[s]
	}
	for i := range a.ments {
		m := &a.ments[i]
		if m.hi-m.lo != 1 || m.typ == pipeline.Date {
			continue
		}
		w := &a.toks[m.lo]
		if m.conf >= confContext {
			// a place's name that is the surname of a person the
			// document names in full ("Margaret Hassan" ... "Hassan")
			if e, ok := a.lx.gaz[m.key]; ok && !e.country && (m.typ == pipeline.GPE || m.typ == pipeline.Loc) && m.conf <= confLexicon &&
				isSurname(w.text) {
				m.typ, m.conf, m.canon = pipeline.Person, confLexicon, ""
			}
			continue
		}
		switch {
		case isSurname(w.text):
			m.typ, m.conf = pipeline.Person, confContext
		case given[w.lower] && !m.common:
			// "I spoke to Alan" where the document names Alan Shearer:
			// a person called by the given name
			m.typ, m.conf = pipeline.Person, confContext
		case m.common && a.is(w, cCommon):
			// a common word is a name only as a surname
		case orgFirst[w.lower]:
			// also a word opening a sentence that the tagger read as no
			// name: "Volkswagen of America said" beside "Volkswagen
			// A.G."
			m.typ, m.conf = pipeline.Org, confContext
		case (m.typ == "" || m.typ == pipeline.GPE) && len(weak) > 0 && weak[a.surname(w.text)]:
			// "Wang" after "dissident Wang Donghai", a name known by
			// its shape only: still the likeliest reading
			m.typ, m.conf = pipeline.Person, confDefault
		}
	}
	a.acronyms()
	a.coordinate()
	// what is still untyped: a lone capitalised word mid-sentence
	out := a.ments[:0]
	for _, m := range a.ments {
		if a.signOff(m) {
			continue
		}
		if m.typ == "" {
			if m.common && a.teamName(&m) {
				m.typ, m.conf = pipeline.Org, confDefault
				out = append(out, m)
				continue
			}
			if m.common || m.initial && !strings.HasPrefix(a.toks[m.lo].tag, "NNP") {
				continue
			}
			m.typ, m.conf = pipeline.Org, confDefault
			if surnameShaped(a.toks[m.lo].text) {
				m.typ = pipeline.Person
			}
		}
		out = append(out, m)
	}
	a.ments = out
}

// formsOnly reports whether [lo, hi) holds only company forms and
// organisations' heads: "A.G." of "Volkswagen A.G.", "Oil Co" of "Shell
// Oil Co".
func (a *annotator) formsOnly(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if !a.companyForm(k) && !a.orgHead(k) {
			return false
		}
	}
	return lo < hi
}

// affiliations types as an organisation a name the attribution stage
// found to be where a speaker works ("an analyst at Merrill Lynch",
// "chief executive of Xstrata"), which its shape alone would make a
// person or, after "at", a place. Names of the gazetteer keep their type
// ("Kazakhstan's ambassador"), and so do the names of speakers.
func (a *annotator) affiliations() {
	var affs map[string]bool
	add := func(f string) {
		if affs == nil {
			affs = map[string]bool{}
		}
		affs[phraseKey(f)] = true
	}
	for _, sp := range a.doc.Speakers {
		for _, f := range sp.Affiliations {
			add(f)
		}
		for _, r := range sp.Roles {
			if p := rolePrefix(r); p != "" {
				add(p) // "Merrill Lynch analyst"
			}
		}
	}
	if affs == nil {
		return
	}
	// the words of people's full names: "Joe Plocek of McCarthy" does not
	// make "McCarthy" a firm where Ward McCarthy speaks
	inName := map[string]bool{}
	for _, m := range a.ments {
		if m.typ == pipeline.Person && m.hi-m.lo > 1 && m.conf >= confContext {
			for k := m.lo; k < m.hi; k++ {
				inName[a.toks[k].lower] = true
			}
		}
	}
	for i := range a.ments {
		m := &a.ments[i]
		if m.conf >= confLexicon || m.common || !affs[m.key] || m.hi-m.lo == 1 && inName[a.toks[m.lo].lower] {
			continue
		}
		switch m.typ {
		case "", pipeline.Person, pipeline.GPE, pipeline.Loc:
			m.typ, m.conf, m.canon = pipeline.Org, confLexicon, ""
		}
	}
}

// rolePrefix returns the capitalised words that open a role before its
// lower-case title ("Merrill Lynch" of "Merrill Lynch analyst"), or "".
func rolePrefix(role string) string {
	fs := strings.Fields(role)
	for i, f := range fs {
		if r, _ := utf8.DecodeRuneInString(f); !unicode.IsUpper(r) {
			if i == 0 || i == len(fs) {
				return ""
			}
			return strings.Join(fs[:i], " ")
		}
	}
	return ""
}

// acronyms types an acronym that abbreviates a name the document spells
// out ("PPK" after "People's Party of Kazakhstan") as that name.
func (a *annotator) acronyms() {
	// the one-word mentions written as acronyms, untyped by a lexicon
	type cand struct {
		i   int
		acr string
	}
	var cands []cand
	for i, m := range a.ments {
		if m.hi-m.lo != 1 || m.conf >= confLexicon {
			continue
		}
		if acr := acronymOf(a.toks[m.lo].text); acr != "" {
			cands = append(cands, cand{i, acr})
		}
	}
	if len(cands) == 0 {
		return
	}
	// the initials of the spelt-out names, by length and first letter
	type spelt struct{ typ, inits string }
	byShape := map[string][]spelt{}
	seen := map[string]bool{}
	for _, m := range a.ments {
		if m.hi-m.lo > 1 && m.conf >= confContext && (m.typ == pipeline.Org || m.typ == pipeline.GPE) && !seen[m.key] {
			seen[m.key] = true
			in := initials(baseForm(collapseSpace(a.textOf(m))))
			if ini, _, _ := strings.Cut(in, "\t"); len(ini) >= 2 {
				k := string(rune(len(ini))) + ini[:1]
				byShape[k] = append(byShape[k], spelt{m.typ, in})
			}
		}
	}
	for _, c := range cands {
		m := &a.ments[c.i]
		for _, l := range byShape[string(rune(len(c.acr)))+c.acr[:1]] {
			if acronymMatches(c.acr, l.inits) {
				m.typ, m.conf = l.typ, confLexicon
				break
			}
		}
	}
}

// surnameEndings are endings typical of family names (Slavic -ov, -enko,
// -ski, -ic; Spanish -ez; Germanic -son, -sen; Armenian -yan; Georgian
// -dze, -shvili; Turkish -oglu; Greek -poulos; Romanian -escu).
var surnameEndings = []string{"ov", "ova", "ev", "eva", "enko", "chuk", "ski", "ska", "sky", "vic", "vich", "ovic", "evic",
	"ez", "son", "sen", "yan", "dze", "shvili", "oglu", "poulos", "escu", "ovna", "ich", "ini", "elli", "etti"}

// surnameShaped reports whether a lone capitalised word looks like a
// family name: a typical ending, or a Mc-, Mac- or O'- prefix.
func surnameShaped(w string) bool {
	if len(w) < 4 || strings.ToUpper(w) == w {
		return false
	}
	lw := strings.ToLower(w)
	if strings.HasPrefix(w, "Mc") || strings.HasPrefix(w, "O'") || strings.HasPrefix(w, "O’") {
		return true
	}
	if camelCase(w) {
		return false // "YouGov", "WorldCom": a brand's capital inside
	}
	for _, e := range surnameEndings {
		if strings.HasSuffix(lw, e) && len(lw) > len(e)+2 {
			return true
		}
	}
	return false
}

// camelCase reports whether w has a capital letter after a lower-case
// one, as brands do ("YouGov", "PepsiCo"), other than after the
// particles that open surnames ("MacArthur", "DeShields", "LaRouche",
// "DiCaprio", "VanDyke").
func camelCase(w string) bool {
	for _, p := range innerCapPrefixes {
		if len(w) > len(p) && strings.HasPrefix(w, p) && unicode.IsUpper(rune(w[len(p)])) {
			return false
		}
	}
	prevLower := false
	for _, r := range w {
		if unicode.IsUpper(r) && prevLower {
			return true
		}
		prevLower = unicode.IsLower(r)
	}
	return false
}

// innerCapPrefixes open surnames written with a capital inside
// ("MacArthur", "DeShields").
var innerCapPrefixes = []string{"Mac", "Mc", "De", "Di", "Da", "La", "Le", "Van", "Von", "Du"}

// coordinate gives the names of a list ("Amanat, Auyl, Respublica, and
// the People's Party") the type its best-evidenced members agree on.
func (a *annotator) coordinate() {
	ms := a.ments
	for i := 0; i < len(ms); {
		j := i + 1
		for j < len(ms) && !ms[j-1].common && !ms[j].common && a.listed(ms[j-1], ms[j]) {
			j++
		}
		if j-i >= 2 {
			typ, conf, agree := "", confNone, true
			for _, m := range ms[i:j] {
				if m.conf >= confContext && m.typ != pipeline.Date {
					if typ != "" && typ != m.typ {
						agree = false
					}
					typ, conf = m.typ, max(conf, m.conf)
				}
			}
			if agree && typ != "" {
				for k := i; k < j; k++ {
					if ms[k].conf < confContext {
						ms[k].typ, ms[k].conf = typ, confContext
					}
				}
			}
		}
		i = j
	}
}

// listed reports whether mention y follows x in a list: only commas,
// "and", "or" and "the" between them.
func (a *annotator) listed(x, y mention) bool {
	if x.typ == pipeline.Date || y.typ == pipeline.Date || y.lo <= x.hi || !a.sameSegment(x.hi-1, y.lo) {
		return false
	}
	sep := false
	for k := x.hi; k < y.lo; k++ {
		switch a.toks[k].lower {
		case ",", "and", "or", "&":
			sep = true
		case "the", "\"", "“", "”", "«", "»":
		default:
			return false
		}
	}
	return sep
}

func (a *annotator) textOf(m mention) string { return m.span.In(a.doc.Text) }

// findKnown looks in headlines, titles and all-caps lines for the names
// found elsewhere in the document and for gazetteer names.
func (a *annotator) findKnown() {
	known := map[string]string{}
	maxN := 1
	for _, m := range a.ments {
		if m.typ == pipeline.Date || m.conf < confDefault {
			continue
		}
		known[m.key] = m.typ
		maxN = max(maxN, m.hi-m.lo)
		if m.typ == pipeline.Person && m.hi-m.lo > 1 {
			if s := a.toks[m.hi-1].lower; len(s) > 2 {
				if _, ok := known[s]; !ok {
					known[s] = pipeline.Person
				}
			}
		}
	}
	maxN = max(maxN, a.lx.maxGazWords)
	var added []mention
	for i := 0; i < len(a.toks); i++ {
		if !a.restricted[i] || a.taken[i] || !a.toks[i].cap || !a.toks[i].word {
			continue
		}
		for n := min(maxN, len(a.toks)-i); n >= 1; n-- {
			hi := i + n
			if a.taken[hi-1] || !a.restricted[hi-1] || !a.toks[hi-1].cap || !a.sameSegment(i, hi-1) {
				continue
			}
			k := a.key(i, hi)
			typ, canon := known[k], ""
			if typ == "" {
				e, ok := a.lx.gaz[k]
				if !ok {
					continue
				}
				typ, canon = e.typ, e.canon
			}
			if n == 1 && a.lx.nonEntities[k] {
				break
			}
			for t := i; t < hi; t++ {
				a.taken[t] = true
			}
			added = append(added, mention{lo: i, hi: hi, typ: typ, conf: confContext, key: k, canon: canon, span: a.spanOf(i, hi)})
			i = hi - 1
			break
		}
	}
	if len(added) > 0 {
		a.ments = append(a.ments, added...)
		slices.SortFunc(a.ments, func(x, y mention) int { return x.span.Start - y.span.Start })
	}
}

// firmNames types as an organisation a person's name, given no title,
// that starts a company's name in the same document before "and", "&" or
// a company form: "Merrill Lynch" beside "Merrill Lynch and Co Inc",
// "Salomon Brothers" beside "Salomon Brothers Inc".
func (a *annotator) firmNames() {
	var firms map[string]bool
	for _, m := range a.ments {
		if m.typ != pipeline.Org {
			continue
		}
		for k := m.lo + 2; k < m.hi; k++ {
			if w := a.toks[k].lower; w == "and" || w == "&" || a.companyForm(k) {
				if firms == nil {
					firms = map[string]bool{}
				}
				firms[a.key(m.lo, k)] = true
				break
			}
		}
	}
	if firms == nil {
		return
	}
	for i := range a.ments {
		m := &a.ments[i]
		if m.typ == pipeline.Person && m.conf < confLexicon && m.hi-m.lo >= 2 && firms[m.key] &&
			!(m.lo > 0 && a.isD(&a.toks[m.lo-1], cTitle)) {
			m.typ = pipeline.Org
		}
	}
}

// signOff reports whether mention m is a wire's sign-off: one word, not a
// person's, alone on the document's last line, after which nothing but
// markup follows ("... dealers said.\n Reuter\n&#3;"). It credits the
// source and names nothing the text is about.
func (a *annotator) signOff(m mention) bool {
	text := a.doc.Text
	if m.typ != pipeline.Org && m.typ != "" || m.hi-m.lo > 1 {
		return false // a signature names its author or institution in full
	}
	if ls := strings.LastIndexByte(text[:m.span.Start], '\n'); ls < 0 || strings.TrimSpace(text[ls+1:m.span.Start]) != "" {
		return false
	}
	rest := text[m.span.End:]
	nl := strings.IndexByte(rest, '\n')
	if nl < 0 {
		return false
	}
	if strings.TrimSpace(rest[:nl]) != "" {
		return false
	}
	for _, f := range strings.Fields(rest[nl:]) {
		// character references and angle-bracket markup only
		if !(strings.HasPrefix(f, "&") && strings.HasSuffix(f, ";") || strings.HasPrefix(f, "<") && strings.HasSuffix(f, ">")) {
			return false
		}
	}
	return true
}
