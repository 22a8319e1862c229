package entities

import (
	"cmp"
	"slices"
	"strings"

	"github.com/commentariat/commentariat/internal/names"
	"github.com/commentariat/commentariat/pipeline"
)

// loadSpeakers keeps the attribution stage's speakers that are people (not
// institutions) and the forms of their names.
func (a *annotator) loadSpeakers() {
	for i, sp := range a.doc.Speakers {
		if sp.Kind == pipeline.Org || !a.personLike(sp.Name) {
			continue
		}
		if len(strings.Fields(sp.Name)) == 1 && len(sp.Roles) == 0 {
			// Known by one word and nothing else ("Texaco said"): a
			// surname or a firm's name, which the document decides.
			continue
		}
		s := speakerName{idx: i, key: names.PersonKey(sp.Name)}
		if s.key == "" {
			continue
		}
		s.forms = append(s.forms, strings.ToLower(sp.Name))
		for _, f := range sp.Aliases {
			if a.personLike(f) {
				s.forms = append(s.forms, strings.ToLower(f))
			}
		}
		a.speakers = append(a.speakers, s)
	}
}

// personLike reports whether a speaker's name reads as a person's: one to
// four capitalised words, none of them a head word, an acronym or a
// gazetteer name.
func (a *annotator) personLike(name string) bool {
	ws := strings.Fields(name)
	if len(ws) == 0 || len(ws) > 4 || strings.ContainsAny(name, ",;()") {
		return false
	}
	for _, w := range ws {
		if a.lx.classes[strings.ToLower(w)]&(cOrgHead|cRole|cFunction|cCommon|cNonEntity) != 0 {
			return false
		}
	}
	if len(ws) == 1 {
		if strings.ToUpper(name) == name {
			return false
		}
		if _, ok := a.lx.gaz[phraseKey(name)]; ok {
			return false
		}
	}
	return true
}

// speakerAt returns the number of tokens of a speaker's name (any form)
// starting at token i, or 0.
func (a *annotator) speakerAt(i int) int {
	if len(a.speakers) == 0 || i >= len(a.toks) || !a.toks[i].cap {
		return 0
	}
	best := 0
	for _, s := range a.speakers {
		for _, f := range s.forms {
			if n := a.matchWords(i, f); n > best {
				best = n
			}
		}
	}
	if best == 1 && a.monthUse(i) {
		return 0 // "in May", "May 3": the month, not Theresa May
	}
	return best
}

// monthUse reports whether token i, a month's name, is used as one: after
// a preposition or adjective of time ("in May", "since March", "early
// June") or before a number ("May 3", "May 1996").
func (a *annotator) monthUse(i int) bool {
	if a.lx.months[a.toks[i].lower] == 0 {
		return false
	}
	if i+1 < len(a.toks) && a.toks[i+1].text != "" && '0' <= a.toks[i+1].text[0] && a.toks[i+1].text[0] <= '9' {
		return true
	}
	if i == 0 {
		return false
	}
	return monthPreps[a.toks[i-1].lower]
}

// matchWords returns the number of tokens from i that spell the
// lower-case, space-separated form, or 0.
func (a *annotator) matchWords(i int, form string) int {
	k := i
	rest := form
	for rest != "" {
		if k >= len(a.toks) {
			return 0
		}
		w := a.toks[k].lower
		if !strings.HasPrefix(rest, w) {
			return 0
		}
		rest = rest[len(w):]
		k++
		if strings.HasPrefix(rest, " ") {
			rest = strings.TrimLeft(rest, " ")
			if k < len(a.toks) && a.toks[k].span.Start == a.toks[k-1].span.End {
				return 0 // the form has a space the text lacks
			}
		} else if rest != "" && k < len(a.toks) && a.toks[k].span.Start != a.toks[k-1].span.End {
			return 0
		}
	}
	return k - i
}

// retypeSpeakers makes a speaker the attribution stage took for a person,
// with no role but a kind of business or body's (see personRole), an
// institution when the document names it as an organisation or a group
// ("Texaco said", "the Tories said": ORG, NORP or GPE entities wherever
// it is named and typed), with the id any institution speaking under
// that name has (the entity's only when the name keys nothing), so that
// the speakers table has one row for it. A speaker a "he" or "she"
// refers to stays a person unless the name's type rests on a gazetteer or
// a head word ("Yeutter said ... he said", but not "China said ... he
// said").
func (a *annotator) retypeSpeakers() {
	d := a.doc
	// a speaker a "he" or "she" refers to is a person ("Yeutter said ...
	// he said"), whatever the types of its name
	gendered := make([]bool, len(d.Speakers))
	for _, st := range d.Statements {
		if st.Speaker >= 0 && st.Speaker < len(gendered) && personalPronoun(st.SpeakerText) {
			gendered[st.Speaker] = true
		}
	}
	for i := range d.Speakers {
		sp := &d.Speakers[i]
		if sp.Kind != pipeline.Person ||
			!names.Firm(sp.Name) && (gendered[i] && !a.knownThing(sp.Name) || a.personRole(sp.Roles) || a.inPersonName(sp.Name)) {
			continue // "investment bank Merrill Lynch" is a firm whatever its role
		}
		id := ""
		for _, at := range sp.Mentions {
			if !strings.EqualFold(at.In(d.Text), sp.Name) {
				continue // "the company", "it"
			}
			m := mentionAt(d.Mentions, at)
			if m < 0 {
				continue // a mention the entity stage did not type
			}
			switch d.Mentions[m].Type {
			case pipeline.Org, pipeline.NORP, pipeline.GPE:
				id = d.Entities[d.Mentions[m].Entity].ID
				continue
			}
			id = ""
			break
		}
		if id != "" {
			// not the entity's id, which is keyed on its type and its
			// canonical name ("Iraq" as a GPE, "Tories" under
			// "Conservatives")
			if oid := names.EntityID(pipeline.Org, sp.Name); oid != "" {
				id = oid
			}
			sp.Kind, sp.ID = pipeline.Org, id
		}
	}
}

// personRole reports whether one of roles is a person's: not a kind of
// business or body ("the official news agency Tass", "investment bank
// Merrill Lynch"), which the entity stage may type as an organisation's
// name.
func (a *annotator) personRole(roles []string) bool {
	for _, r := range roles {
		ws := strings.Fields(strings.ToLower(r))
		if len(ws) > 0 && !a.lx.firmNouns[ws[len(ws)-1]] {
			return true
		}
	}
	return false
}

// knownThing reports whether the document names name as an organisation
// or a country, or a group in the plural ("the Tories"), on a gazetteer's
// or a head word's evidence ("China", "the Pentagon", "Labour"), which a
// "he" referring to it cannot outweigh; a town's name may be a surname
// ("Santos", "Stanley") and a nationality a person's ("the Scot").
func (a *annotator) knownThing(name string) bool {
	for _, m := range a.ments {
		if m.conf >= confLexicon && (m.typ == pipeline.Org || m.typ == pipeline.GPE && a.lx.gaz[m.key].country ||
			m.typ == pipeline.NORP && strings.HasSuffix(m.key, "s")) &&
			strings.EqualFold(m.span.In(a.doc.Text), name) {
			return true
		}
	}
	return false
}

// inPersonName reports whether a one-word name is a word of the name of a
// person the document names ("Zhao" and "Zhao Ziyang").
func (a *annotator) inPersonName(name string) bool {
	w := names.Words(name)
	if len(w) != 1 {
		return false
	}
	for _, e := range a.doc.Entities {
		if e.Type == pipeline.Person && slices.Contains(names.Words(e.Name), w[0]) {
			return true
		}
	}
	return false
}

// mentionAt returns the index of the mention with span sp in ms (sorted
// by start), or -1.
func mentionAt(ms []pipeline.Mention, sp pipeline.Span) int {
	i, _ := slices.BinarySearchFunc(ms, sp.Start, func(m pipeline.Mention, start int) int { return cmp.Compare(m.Span.Start, start) })
	for ; i < len(ms) && ms[i].Span.Start == sp.Start; i++ {
		if ms[i].Span == sp {
			return i
		}
	}
	return -1
}

// unlinkPronouns undoes the attribution stage's guess that a "he" or "she"
// refers to a name the document names only as something other than a
// person: a place ("Las Vegas"), an event ("the New York Marathon"), an
// organisation ("Smith Barney") or a group, when no statement names that
// speaker (the pronoun went back to a name found before it), and to any
// speaker the stage made an institution ("China said ... he said"). The
// statement keeps its pronoun as SpeakerText and names no speaker; a
// speaker left with no statement is dropped.
func (a *annotator) unlinkPronouns() {
	d := a.doc
	notPerson := make([]int8, len(d.Speakers)) // 0 unknown, 1 person, 2 not
	// A person some statement names (not "he", "the expert") is the
	// attribution stage's on firmer ground than the entity types: "Yao
	// said ... he said" stays Yao's whatever "Yao" is typed. An
	// institution is never "he" (retypeSpeakers left a person every
	// speaker a "he" refers to unless a gazetteer or a head word made it
	// an institution: "China said ... he said").
	for i, sp := range d.Speakers {
		if sp.Kind == pipeline.Org {
			notPerson[i] = 2
		}
	}
	for _, st := range d.Statements {
		if st.Speaker >= 0 && st.Speaker < len(d.Speakers) && notPerson[st.Speaker] == 0 && st.SpeakerText != "" && !personalPronoun(st.SpeakerText) &&
			!strings.HasPrefix(strings.ToLower(st.SpeakerText), "the ") {
			notPerson[st.Speaker] = 1
		}
	}
	unlinked := false
	for i := range d.Statements {
		st := &d.Statements[i]
		if st.Speaker < 0 || st.Speaker >= len(d.Speakers) || !personalPronoun(st.SpeakerText) {
			continue
		}
		if notPerson[st.Speaker] == 0 {
			notPerson[st.Speaker] = 1
			if a.namedAsThing(&d.Speakers[st.Speaker]) {
				notPerson[st.Speaker] = 2
			}
		}
		if notPerson[st.Speaker] == 2 {
			st.Speaker, st.CoSpeakers = -1, nil
			unlinked = true
		}
	}
	if unlinked {
		dropSilentSpeakers(d)
	}
}

// personalPronoun reports whether a speaker's words are a pronoun for one
// person.
func personalPronoun(s string) bool {
	switch strings.ToLower(s) {
	case "he", "she":
		return true
	}
	return false
}

// namedAsThing reports whether every mention of the speaker's name (and
// there is one) is typed as something other than a person.
func (a *annotator) namedAsThing(sp *pipeline.Speaker) bool {
	found := false
	for _, m := range a.doc.Mentions {
		if !strings.EqualFold(m.Span.In(a.doc.Text), sp.Name) {
			continue
		}
		switch m.Type {
		case pipeline.Person, pipeline.Date, "":
			return false
		}
		found = true
	}
	return found
}

// dropSilentSpeakers removes the speakers no statement names, as speaker
// or co-speaker, and renumbers the statements' references.
func dropSilentSpeakers(d *pipeline.Document) {
	used := make([]bool, len(d.Speakers))
	for _, st := range d.Statements {
		if st.Speaker >= 0 && st.Speaker < len(used) {
			used[st.Speaker] = true
		}
		for _, c := range st.CoSpeakers {
			if c >= 0 && c < len(used) {
				used[c] = true
			}
		}
	}
	idx := make([]int, len(d.Speakers))
	kept := d.Speakers[:0]
	for i, sp := range d.Speakers {
		idx[i] = -1
		if used[i] {
			idx[i] = len(kept)
			kept = append(kept, sp)
		}
	}
	d.Speakers = kept
	for i := range d.Statements {
		st := &d.Statements[i]
		if st.Speaker >= 0 && st.Speaker < len(idx) {
			st.Speaker = idx[st.Speaker]
		}
		for j, c := range st.CoSpeakers {
			if c >= 0 && c < len(idx) {
				st.CoSpeakers[j] = idx[c]
			}
		}
	}
}
