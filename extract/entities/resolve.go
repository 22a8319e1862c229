package entities

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/commentariat/commentariat/internal/names"
	"github.com/commentariat/commentariat/pipeline"
)

// entity is one entity being resolved.
type entity struct {
	typ    string
	forms  []string // distinct texts, in order of first use
	counts []int
	// idName is the form the id is derived from: the gazetteer's
	// canonical name, the fullest base form (without an "under the ..."
	// clause), the person's fullest name, or a date's ISO key.
	idName  string
	keys    []string // distinct content-word keys of its base forms
	inits   []string // initials of its multi-word base forms
	heads   []string // distinct head words of its multi-word forms
	pkey    string   // PERSON: names.PersonKey of the fullest name
	sur     string   // PERSON: names.Surname
	spkID   string   // PERSON: the matching speaker's id
	spkName string   // PERSON: the matching speaker's name
	first   int      // byte offset of the first mention
}

// resolve groups the mentions into entities, longest names first so that
// short forms (surnames, acronyms, "the Mazhilis") find their full form,
// and fills doc.Mentions and doc.Entities.
func (a *annotator) resolve() {
	order := make([]int, len(a.ments))
	for i := range order {
		order[i] = i
	}
	words := func(m mention) int { return m.hi - m.lo }
	slices.SortStableFunc(order, func(x, y int) int {
		mx, my := a.ments[x], a.ments[y]
		if c := cmp.Compare(words(my), words(mx)); c != 0 {
			return c
		}
		return cmp.Compare(mx.span.Start, my.span.Start)
	})
	x := &entIndex{key: map[string]int{}, heads: map[string][]int{}}
	assign := make([]int, len(a.ments))
	for _, mi := range order {
		m := a.ments[mi]
		text := collapseSpace(a.textOf(m))
		if text == "" {
			assign[mi] = -1
			continue
		}
		// a form seen before goes where it went then
		exact := "T|" + m.typ + "|" + m.date + "|" + m.canon + "|" + text
		e := x.get(exact)
		if e >= 0 {
			a.addForm(x, e, m, text)
			assign[mi] = e
			x.ents[e].first = min(x.ents[e].first, m.span.Start)
			continue
		}
		e = a.find(x, m, text)
		if e < 0 {
			x.ents = append(x.ents, a.newEntity(m))
			e = len(x.ents) - 1
		}
		a.addForm(x, e, m, text)
		x.key[exact] = e
		assign[mi] = e
		x.ents[e].first = min(x.ents[e].first, m.span.Start)
	}
	ents := x.ents
	// entities in order of first mention
	idx := make([]int, len(ents))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(x, y int) int { return cmp.Compare(ents[x].first, ents[y].first) })
	renum := make([]int, len(ents))
	doc := a.doc
	doc.Entities = make([]pipeline.Entity, 0, len(ents))
	for _, oldI := range idx {
		renum[oldI] = -1
		if e := a.finish(ents[oldI]); e.ID != "" {
			// a name with nothing to key it ("E#") is no entity
			renum[oldI] = len(doc.Entities)
			doc.Entities = append(doc.Entities, e)
		}
	}
	doc.Mentions = make([]pipeline.Mention, 0, len(a.ments))
	for i, m := range a.ments {
		if assign[i] < 0 {
			continue
		}
		e := renum[assign[i]]
		if e < 0 {
			continue
		}
		doc.Mentions = append(doc.Mentions, pipeline.Mention{
			Span: m.span, Type: doc.Entities[e].Type, Entity: e, Sentence: a.sentenceOf(m),
		})
	}
	slices.SortStableFunc(doc.Mentions, func(x, y pipeline.Mention) int { return cmp.Compare(x.Span.Start, y.Span.Start) })
}

func (a *annotator) sentenceOf(m mention) int {
	if m.lo < 0 || m.lo >= len(a.toks) {
		return -1
	}
	s := a.toks[m.lo].sent
	if s < 0 || s >= len(a.doc.Sentences) || !a.doc.Sentences[s].Span.Contains(m.span) {
		return -1
	}
	return s
}

// entIndex finds entities by key while they are resolved, so that
// resolution stays linear in the number of mentions.
type entIndex struct {
	ents  []*entity
	key   map[string]int   // "P|" person key, "S|" surname, "D|" date, "DS|" date suffix, "C|typ|" canon, "K|typ|" content key
	heads map[string][]int // "typ|head" -> entities with that head word
	inits []int            // entities with initials (ORG, GPE, LOC)
}

func (x *entIndex) set(k string, e int) {
	if _, ok := x.key[k]; !ok {
		x.key[k] = e
	}
}

func (x *entIndex) get(k string) int {
	if e, ok := x.key[k]; ok {
		return e
	}
	return -1
}

// find returns the index of the entity mention m belongs to, or -1.
func (a *annotator) find(x *entIndex, m mention, text string) int {
	switch m.typ {
	case pipeline.Person:
		pk := a.personKey(text)
		if pk == "" {
			return -1
		}
		if e := x.get("P|" + pk); e >= 0 {
			return e
		}
		if m.hi-m.lo == 1 || !strings.Contains(strings.TrimSpace(text), " ") {
			if sur := a.surname(text); sur != "" {
				return x.get("S|" + sur)
			}
		}
		return -1
	case pipeline.Date:
		if e := x.get("D|" + m.date); e >= 0 {
			return e
		}
		if strings.HasPrefix(m.date, "--") {
			return x.get("DS|" + m.date[1:])
		}
		return -1
	}
	base := baseForm(text)
	ws := contentWords(base)
	ck := sortedKey(ws)
	if ck == "" {
		return -1
	}
	// the same gazetteer entity, or the same content words
	if m.canon != "" {
		if e := x.get("C|" + m.typ + "|" + m.canon); e >= 0 {
			return e
		}
	}
	if e := x.get("K|" + m.typ + "|" + ck); e >= 0 {
		return e
	}
	if m.canon != "" {
		return -1
	}
	// an acronym of a name the document spells out
	if acr := acronymOf(base); acr != "" {
		for _, i := range x.inits {
			for _, in := range x.ents[i].inits {
				if acronymMatches(acr, in) {
					return i
				}
			}
		}
	}
	// a short form of a longer name with the same head ("the Senate",
	// "Parliament", "RK Parliament")
	cand := -1
	for _, i := range x.heads[m.typ+"|"+headWord(base)] {
		if subsetOfAny(ws, x.ents[i].keys) {
			if cand >= 0 && cand != i {
				return -1 // ambiguous
			}
			cand = i
		}
	}
	return cand
}

func (a *annotator) newEntity(m mention) *entity {
	e := &entity{typ: m.typ, first: m.span.Start}
	text := collapseSpace(a.textOf(m))
	switch m.typ {
	case pipeline.Person:
		e.pkey = a.personKey(text)
		e.sur = a.surname(text)
		for _, s := range a.speakers {
			if s.key == e.pkey {
				e.spkID = a.doc.Speakers[s.idx].ID
				e.spkName = a.doc.Speakers[s.idx].Name
			}
		}
	case pipeline.Date:
		e.idName = m.date
	default:
		e.idName = m.canon
	}
	return e
}

// addForm adds a mention's text to entity ei and indexes its keys.
func (a *annotator) addForm(x *entIndex, ei int, m mention, text string) {
	e := x.ents[ei]
	text = collapseSpace(text)
	if i := slices.Index(e.forms, text); i >= 0 {
		e.counts[i]++
		return
	}
	e.forms = append(e.forms, text)
	e.counts = append(e.counts, 1)
	switch e.typ {
	case pipeline.Person:
		if len(e.forms) == 1 {
			x.set("P|"+e.pkey, ei)
			if e.sur != "" {
				x.set("S|"+e.sur, ei)
			}
		}
		return
	case pipeline.Date:
		if len(e.forms) == 1 {
			x.set("D|"+e.idName, ei)
			if !strings.HasPrefix(e.idName, "--") {
				if _, rest, ok := strings.Cut(e.idName, "-"); ok {
					x.set("DS|-"+rest, ei)
				}
			}
		}
		return
	}
	if m.canon != "" {
		x.set("C|"+e.typ+"|"+m.canon, ei)
	}
	base := baseForm(text)
	ws := contentWords(base)
	if ck := sortedKey(ws); ck != "" {
		if !slices.Contains(e.keys, ck) {
			e.keys = append(e.keys, ck)
		}
		x.set("K|"+e.typ+"|"+ck, ei)
	}
	addHead := func(h string) {
		if !slices.Contains(e.heads, h) {
			e.heads = append(e.heads, h)
			x.heads[e.typ+"|"+h] = append(x.heads[e.typ+"|"+h], ei)
		}
	}
	if len(ws) > 1 {
		if len(e.inits) == 0 && (e.typ == pipeline.Org || e.typ == pipeline.GPE || e.typ == pipeline.Loc) {
			x.inits = append(x.inits, ei)
		}
		e.inits = append(e.inits, initialsOf(ws))
		addHead(headWord(base))
	} else if len(e.heads) == 0 || m.canon != "" {
		addHead(headWord(base))
	}
	if m.canon == "" && e.idName == "" {
		e.idName = base
	}
}

// finish turns a resolved entity into the document's Entity: the fullest
// form is the name (for people, a form not written in capitals), every
// other form an alias; the id comes from the type and the id name.
func (a *annotator) finish(e *entity) pipeline.Entity {
	name := e.forms[0]
	score := func(f string) int {
		s := len(f)
		if e.typ == pipeline.Person && strings.ToUpper(f) == f {
			s -= 1000
		}
		if e.typ == pipeline.Date && strings.ContainsAny(f, "-") {
			s -= 1000
		}
		return s
	}
	for _, f := range e.forms[1:] {
		if score(f) > score(name) {
			name = f
		}
	}
	// a speaker's name as the attribution stage gives it, when it is
	// fuller or not in capitals ("Tatiana Lipina" for "Tatiana LIPINA")
	if e.spkName != "" && score(e.spkName) > score(name) && a.personKey(e.spkName) == a.personKey(name) {
		name = e.spkName
	}
	out := pipeline.Entity{Type: e.typ, Name: name}
	for _, f := range e.forms {
		if f != name {
			out.Aliases = append(out.Aliases, f)
		}
	}
	switch e.typ {
	case pipeline.Person:
		out.ID = e.spkID
		if out.ID == "" {
			out.ID = names.PersonIDOfKey(a.personKey(name))
		}
	case pipeline.Date:
		out.ID = names.EntityID(pipeline.Date, e.idName)
	default:
		id := e.idName
		if id == "" {
			id = baseForm(name)
		}
		out.ID = names.EntityID(e.typ, id)
	}
	return out
}

// stopWords are left out of content keys and initials.
var stopWords = map[string]bool{"the": true, "of": true, "for": true, "and": true, "on": true, "in": true, "a": true, "an": true, "&": true, "'s": true, "at": true, "to": true}

// baseForm cuts an "under the ..." clause and a leading "the".
func baseForm(s string) string {
	if i := indexFold(s, " under the "); i > 0 {
		s = s[:i]
	}
	if len(s) >= 4 && strings.EqualFold(s[:4], "the ") {
		s = s[4:]
	}
	return strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
}

// contentWords returns the lower-cased words of a name without stop
// words, with hyphens, dots and apostrophes removed inside words.
func contentWords(s string) []string {
	var out []string
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if stopWords[w] {
			continue
		}
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		w = strings.Map(func(r rune) rune {
			if r == '-' || r == '.' || r == '\'' || r == '’' {
				return -1
			}
			return r
		}, w)
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

// contentKey is the sorted content words joined by spaces.
func contentKey(s string) string { return sortedKey(contentWords(s)) }

// sortedKey is the words, sorted, joined by spaces; ws is left as it is.
func sortedKey(ws []string) string {
	switch len(ws) {
	case 0:
		return ""
	case 1:
		return ws[0]
	}
	return strings.Join(slices.Sorted(slices.Values(ws)), " ")
}

// collapseSpace is strings.Join(strings.Fields(s), " "), without
// allocating when s is already so (nearly always).
func collapseSpace(s string) string {
	prevSpace := true // a leading space is not kept
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ':
			if prevSpace {
				return strings.Join(strings.Fields(s), " ")
			}
			prevSpace = true
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return strings.Join(strings.Fields(s), " ")
			}
			prevSpace = false
			i += size - 1
		case c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			return strings.Join(strings.Fields(s), " ")
		default:
			prevSpace = false
		}
	}
	if prevSpace && s != "" {
		return strings.Join(strings.Fields(s), " ")
	}
	return s
}

// indexFold is strings.Index of an ASCII lower-case substr, ignoring ASCII
// case in s.
func indexFold(s, substr string) int {
	for i := 0; i+len(substr) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(substr)], substr) {
			return i
		}
	}
	return -1
}

// headWord is the word that names what a thing is: the first word of "X
// of Y", else the last word.
func headWord(s string) string {
	fs := strings.Fields(strings.ToLower(s))
	for i, f := range fs {
		if i > 0 && (f == "of" || f == "for" || f == "on") {
			return strings.Trim(fs[i-1], ".'’")
		}
	}
	if len(fs) == 0 {
		return ""
	}
	w := fs[len(fs)-1]
	return strings.TrimSuffix(strings.Trim(w, ".'’"), "'s")
}

// subsetOfAny reports whether every word of ws is in one of the keys.
func subsetOfAny(ws []string, keys []string) bool {
	for _, k := range keys {
		kw := strings.Fields(k)
		all := true
		for _, w := range ws {
			if !slices.Contains(kw, w) {
				all = false
				break
			}
		}
		if all && len(kw) > len(ws) {
			return true
		}
	}
	return false
}

// acronymOf returns s if it is written as an acronym (two to eight
// capitals, digits allowed after the first), else "".
func acronymOf(s string) string {
	if len(s) < 2 || len(s) > 8 || strings.ContainsAny(s, " ") {
		return ""
	}
	s = strings.ReplaceAll(s, ".", "")
	for i, r := range s {
		if !(r >= 'A' && r <= 'Z' || i > 0 && r >= '0' && r <= '9') {
			return ""
		}
	}
	return s
}

// initials returns the first letters of the content words, upper case,
// followed by a tab and the words themselves.
func initials(s string) string { return initialsOf(contentWords(s)) }

// initialsOf is initials of the content words ws.
func initialsOf(ws []string) string {
	var b strings.Builder
	for _, w := range ws {
		b.WriteByte(upperASCII(w[0]))
	}
	return b.String() + "\t" + strings.Join(ws, " ")
}

func upperASCII(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - 'a' + 'A'
	}
	return c
}

// acronymMatches reports whether acr abbreviates the words behind
// initials in: their initials exactly, or (for four or more words) all
// but one, where the acronym's letter still occurs in that word (the
// letter of a transliterated original, as KISI for the Kazakhstan
// Institute for Strategic Studies).
func acronymMatches(acr, in string) bool {
	ini, wordsStr, _ := strings.Cut(in, "\t")
	if len(ini) != len(acr) || len(ini) < 2 {
		return false
	}
	if ini == acr {
		return true
	}
	if len(ini) < 4 {
		return false
	}
	ws := strings.Fields(wordsStr)
	miss := 0
	for i := 0; i < len(acr); i++ {
		if acr[i] == ini[i] {
			continue
		}
		if i == 0 || i >= len(ws) || !strings.ContainsRune(ws[i][1:], rune(acr[i]+'a'-'A')) {
			return false
		}
		miss++
	}
	return miss <= 1
}
