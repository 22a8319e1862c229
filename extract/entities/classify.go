package entities

import (
	"strings"

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
	// "Broker Khurshid Alam": a common noun before a name
	for n >= 3 && a.toks[lo].cap && a.is(&a.toks[lo], cCommon) && a.nameShaped(lo+1, hi) && !a.commonIn(lo+1, hi) {
		lo++
		n--
		first = &a.toks[lo]
	}
	// "the Treasury", "the Fed": no person's name follows "the"
	personish := n <= 4 && a.nameShaped(lo, hi) && prev != "the"
	switch {
	case personish && (titled || lx.titles[trimDot(prev)]) && !(n == 1 && a.is(first, cCommon)):
		// not a title and a common word: "General Agreement", "General
		// Electric"
		a.add(lo, hi, pipeline.Person, confContext, "")
	case prev == "of" && lo >= 2 && lx.placeNouns[a.toks[lo-2].lower] && !a.headAfter(lo, hi):
		// "the town of Tavildara", "east of Arbil"
		a.add(lo, hi, pipeline.GPE, confContext, "")
	case lx.orgNouns[next] && hi < len(a.toks) && !a.toks[hi].cap:
		a.add(lo, hi, pipeline.Org, confContext, "")
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
	case personish && n >= 2 && a.commonIn(lo, hi), n == 1 && a.is(first, cCommon):
		// "International Relations": capitalised common words
	case n == 1 && first.initial && !strings.HasPrefix(first.tag, "NNP"):
		// a capitalised sentence opener: not a name
	case n == 1:
		a.add(lo, hi, "", confNone, "")
	default:
		a.add(lo, hi, pipeline.Org, confDefault, "")
	}
}

// hasTok reports whether [lo, hi) holds the token text s.
func (a *annotator) hasTok(lo, hi int, s string) bool {
	for k := lo; k < hi; k++ {
		if a.toks[k].text == s {
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
