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
	x := &a.index
	x.reset()
	assign := make([]int, len(a.ments))
	for _, mi := range order {
		m := a.ments[mi]
		text := collapseSpace(a.textOf(m))
		if text == "" {
			assign[mi] = -1
			continue
		}
		// a form seen before goes where it went then
		exact := formKey{typ: m.typ, date: m.date, canon: m.canon, text: text}
		if e, ok := x.exact[exact]; ok {
			a.addForm(x, e, m, text, nil)
			assign[mi] = e
			x.ents[e].first = min(x.ents[e].first, m.span.Start)
			continue
		}
		var f *form
		if m.typ != pipeline.Person && m.typ != pipeline.Date {
			f = analyseForm(text)
		}
		e := a.find(x, m, text, f)
		if e < 0 {
			x.ents = append(x.ents, a.newEntity(m, text))
			e = len(x.ents) - 1
		}
		a.addForm(x, e, m, text, f)
		x.exact[exact] = e
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
	exact map[formKey]int    // forms resolved before
	key   map[indexKey]int   // the first entity with each key
	heads map[indexKey][]int // keyHead: entities with that head word
	inits []int              // entities with initials (ORG, GPE, LOC)
}

// formKey is a mention's form: its type, date key, canonical name and
// text.
type formKey struct{ typ, date, canon, text string }

// indexKey is one key of an entity in entIndex: a kind, the entity's type
// where the kind needs one, and the key itself.
type indexKey struct {
	kind keyKind
	typ  string
	k    string
}

// keyKind says what an indexKey's k is.
type keyKind uint8

const (
	keyPerson     keyKind = iota // names.PersonKey
	keySurname                   // names.Surname
	keyDate                      // a date's ISO key
	keyDateSuffix                // a date's month and day, "-MM-DD"
	keyCanon                     // a gazetteer canonical name
	keyContent                   // the sorted content words
	keyHead                      // the head word
	keyGiven                     // a person's given name (-1: several people have it)
)

// reset empties the index, keeping its maps' memory for the next
// document.
func (x *entIndex) reset() {
	if x.exact == nil {
		x.exact, x.key, x.heads = map[formKey]int{}, map[indexKey]int{}, map[indexKey][]int{}
	}
	clear(x.exact)
	clear(x.key)
	clear(x.heads)
	clear(x.ents)
	x.ents, x.inits = x.ents[:0], x.inits[:0]
}

func (x *entIndex) set(k indexKey, e int) {
	if _, ok := x.key[k]; !ok {
		x.key[k] = e
	}
}

func (x *entIndex) get(k indexKey) int {
	if e, ok := x.key[k]; ok {
		return e
	}
	return -1
}

// form is what resolution reads of a name that is not a person's or a
// date: its base form, content words, their sorted key and head word.
type form struct {
	base string
	ws   []string
	ck   string
	head string
}

func analyseForm(text string) *form {
	base := baseForm(text)
	lower := strings.ToLower(base)
	ws := lowerContentWords(lower)
	return &form{base: base, ws: ws, ck: sortedKey(ws), head: lowerHeadWord(lower)}
}

// find returns the index of the entity mention m belongs to, or -1.
// f is analyseForm(text) for types other than PERSON and DATE.
func (a *annotator) find(x *entIndex, m mention, text string, f *form) int {
	switch m.typ {
	case pipeline.Person:
		pk := a.personKey(text)
		if pk == "" {
			return -1
		}
		if e := x.get(indexKey{kind: keyPerson, k: pk}); e >= 0 {
			return e
		}
		if m.hi-m.lo == 1 || !strings.Contains(strings.TrimSpace(text), " ") {
			if sur := a.surname(text); sur != "" {
				if m.lo > 0 && (a.toks[m.lo-1].lower == "sir" || a.toks[m.lo-1].lower == "dame") {
					// "Sir Richard": a knight by the given name
					if e := x.get(indexKey{kind: keyGiven, k: sur}); e >= 0 {
						return e
					}
				}
				return x.get(indexKey{kind: keySurname, k: sur})
			}
		}
		return -1
	case pipeline.Date:
		if e := x.get(indexKey{kind: keyDate, k: m.date}); e >= 0 {
			return e
		}
		if strings.HasPrefix(m.date, "--") {
			return x.get(indexKey{kind: keyDateSuffix, k: m.date[1:]})
		}
		return -1
	}
	ws := f.ws
	if f.ck == "" {
		return -1
	}
	// the same gazetteer entity, or the same content words
	if m.canon != "" {
		if e := x.get(indexKey{kind: keyCanon, typ: m.typ, k: m.canon}); e >= 0 {
			return e
		}
	}
	if e := x.get(indexKey{kind: keyContent, typ: m.typ, k: f.ck}); e >= 0 {
		return e
	}
	if m.canon != "" {
		return -1
	}
	// an acronym of a name the document spells out
	if acr := acronymOf(f.base); acr != "" {
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
	for _, i := range x.heads[indexKey{kind: keyHead, typ: m.typ, k: f.head}] {
		if subsetOfAny(ws, x.ents[i].keys) {
			if cand >= 0 && cand != i {
				return -1 // ambiguous
			}
			cand = i
		}
	}
	return cand
}

// newEntity returns a new entity for mention m, whose text is text.
func (a *annotator) newEntity(m mention, text string) *entity {
	e := &entity{typ: m.typ, first: m.span.Start}
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

// addForm adds a mention's text (collapsed, as resolve makes it) to
// entity ei and indexes its keys; f is analyseForm(text) for types other
// than PERSON and DATE, and may be nil when the form was seen before.
func (a *annotator) addForm(x *entIndex, ei int, m mention, text string, f *form) {
	e := x.ents[ei]
	if i := slices.Index(e.forms, text); i >= 0 {
		e.counts[i]++
		return
	}
	e.forms = append(e.forms, text)
	e.counts = append(e.counts, 1)
	switch e.typ {
	case pipeline.Person:
		if len(e.forms) == 1 {
			x.set(indexKey{kind: keyPerson, k: e.pkey}, ei)
			if e.sur != "" {
				x.set(indexKey{kind: keySurname, k: e.sur}, ei)
			}
			if lead := a.leadSurname(text); lead != "" {
				x.set(indexKey{kind: keySurname, k: lead}, ei)
			}
			if g := names.GivenName(text); g != "" {
				k := indexKey{kind: keyGiven, k: g}
				if old, ok := x.key[k]; ok && old != ei {
					x.key[k] = -1 // two people with that given name
				} else {
					x.key[k] = ei
				}
			}
		}
		return
	case pipeline.Date:
		if len(e.forms) == 1 {
			x.set(indexKey{kind: keyDate, k: e.idName}, ei)
			if !strings.HasPrefix(e.idName, "--") {
				if _, rest, ok := strings.Cut(e.idName, "-"); ok {
					x.set(indexKey{kind: keyDateSuffix, k: "-" + rest}, ei)
				}
			}
		}
		return
	}
	if f == nil {
		f = analyseForm(text)
	}
	if m.canon != "" {
		x.set(indexKey{kind: keyCanon, typ: e.typ, k: m.canon}, ei)
	}
	if f.ck != "" {
		if !slices.Contains(e.keys, f.ck) {
			e.keys = append(e.keys, f.ck)
		}
		x.set(indexKey{kind: keyContent, typ: e.typ, k: f.ck}, ei)
	}
	addHead := func(h string) {
		if !slices.Contains(e.heads, h) {
			e.heads = append(e.heads, h)
			k := indexKey{kind: keyHead, typ: e.typ, k: h}
			x.heads[k] = append(x.heads[k], ei)
		}
	}
	if len(f.ws) > 1 {
		if len(e.inits) == 0 && (e.typ == pipeline.Org || e.typ == pipeline.GPE || e.typ == pipeline.Loc) {
			x.inits = append(x.inits, ei)
		}
		e.inits = append(e.inits, initialsOf(f.ws))
		addHead(f.head)
	} else if len(e.heads) == 0 || m.canon != "" {
		addHead(f.head)
	}
	if m.canon == "" && e.idName == "" {
		e.idName = f.base
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
func contentWords(s string) []string { return lowerContentWords(strings.ToLower(s)) }

// lowerContentWords is contentWords of a lower-cased name.
func lowerContentWords(lower string) []string {
	out := make([]string, 0, 4)
	for w := range strings.FieldsSeq(lower) {
		if stopWords[w] {
			continue
		}
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if strings.ContainsAny(w, "-.'’") {
			w = strings.Map(func(r rune) rune {
				if r == '-' || r == '.' || r == '\'' || r == '’' {
					return -1
				}
				return r
			}, w)
		}
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
func headWord(s string) string { return lowerHeadWord(strings.ToLower(s)) }

// lowerHeadWord is headWord of a lower-cased name.
func lowerHeadWord(lower string) string {
	prev, n := "", 0
	for f := range strings.FieldsSeq(lower) {
		if n > 0 && (f == "of" || f == "for" || f == "on") {
			return strings.Trim(prev, ".'’")
		}
		prev = f
		n++
	}
	return strings.TrimSuffix(strings.Trim(prev, ".'’"), "'s")
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
