package attribution

import (
	"strings"

	"github.com/commentariat/commentariat/internal/english"
	"github.com/commentariat/commentariat/internal/names"
	"github.com/commentariat/commentariat/pipeline"
)

// floating are the quantifiers that float after a plural subject to the
// verb ("Smith and Jones both said", "the three banks all said").
var floating = map[string]bool{"all": true, "both": true, "each": true}

// subjectLeft finds the speaker of the cue verb at token i among tokens
// [lo, i): "Kaliyev said", "Erkin Tukumov, the director of KISI, said",
// "he added". It returns the reference and the first token of the subject
// with its appositions.
func (a *annotator) subjectLeft(i, lo int) (ref, int, bool) {
	k := i - 1
	// (a capitalised "May" is a name, not a modal: "Theresa May said")
	for n := 0; n < 3 && k >= lo && (aux[a.word(k)] && !(a.word(k) == "may" && a.isCap(k)) || a.tag(k) == "MD" && !a.isCap(k) || a.tag(k) == "RB" && a.word(k) != "not" || reflexives[a.word(k)] ||
		floating[a.word(k)] && !a.isCap(k) && k > lo && strings.HasPrefix(a.tag(k-1), "NN")); n++ {
		k-- // and "Henson himself says", "Ann Lee and Bob Jones both said"
	}
	if k > lo && a.word(k) == ")" && a.word(lo) == "(" && lo+1 < k && a.isCap(lo+1) && !strings.ContainsAny(a.span(lo+1, k).In(a.text), "()") {
		// "(Sportscene Restaurants Inc) said": a firm's name in brackets,
		// as some wires mark companies
		name := a.span(lo+1, k)
		return a.orgRef(name), lo, true
	}
	if k == i-1 && k > lo && (a.tag(i) == "VBD" || a.tag(i) == "VBZ") && a.tag(k) == "POS" && isPossessive(a.word(k)) && a.isCap(k-1) && (i+1 >= len(a.toks) || a.word(i+1) != "to") {
		// "Moody's said", "Sotheby's said": a possessive right before
		// the finite verb ends a firm's name (not "Smith's said to be",
		// "Giuliani's written statement")
		if s, ok := a.npLeft(k-1, lo); ok && s < k {
			sp := a.span(s, k+1)
			if r, ok := a.parseNP(s, k); ok && (r.kind == refName || r.kind == refOrg) {
				return a.orgRef(sp), s, true
			}
		}
	}
	k = a.skipParens(k, lo)
	// a time adverbial between subject and verb: "The Fed in February
	// said", "Lindner last week told", "Wells Fargo this month announced"
	timeSkipped := false
	for t := max(k-3, lo+1); t < k; t++ { // the longest: "earlier this month"
		if (a.word(t) == "in" || a.word(t) == "on" || a.word(t) == "last" || a.word(t) == "earlier" || a.word(t) == "this") && a.timePhrase(t, k+1) {
			k, timeSkipped = t-1, true
			if k > lo && a.tag(k) == "RB" && !a.isCap(k) {
				k-- // "Wells Fargo just this month announced"
			}
			break
		}
	}
	if !timeSkipped && k > lo+1 && a.word(k-1) == "," && (a.word(k) == "yesterday" || a.word(k) == "today" || a.word(k) == "tonight") && !a.isCap(k) {
		k-- // after an apposition: "Chairman of the FCA, Frank Naylor, yesterday said"
	}
	if t := a.skipTicker(k, lo); t != k {
		k = t // a stock symbol after the name: "Boeing Co <BA> said"
	} else if k > lo && (a.word(k) == ">" || a.word(k) == "&gt;") {
		// a name between angle brackets, as news wires mark companies:
		// "<Midivest Inc> said", "<Bower industries Inc> said"
		for o := k - 1; o >= lo && k-o <= 10; o-- {
			if w := a.word(o); w == "<" || w == "&lt;" {
				if o+1 < k {
					name := a.span(o+1, k)
					return a.orgRef(name), o, true
				}
				break
			}
		}
		k--
	}
	if k < lo {
		return ref{}, 0, false
	}
	if isDash(a.word(k)) {
		// an aside between dashes: "Deutsche Bank - itself a target of
		// a Yukos lawsuit - said"
		for o := k - 2; o > lo && k-o <= 25; o-- {
			if isDash(a.word(o)) {
				// the subject opens the clause ("But Deutsche Bank - ...
				// - said"), not the end of an apposition before
				if s, ok := a.npLeft(o-1, lo); ok && (s == lo || s == lo+1 && a.tag(lo) == "CC") {
					if r, ok := a.parseNP(s, o); ok && (r.kind == refName || r.kind == refOrg || r.kind == refDescriptor) {
						return r, s, true
					}
				}
				break
			}
		}
		return ref{}, 0, false
	}
	var roles, affs []string
	if a.word(k) == "," {
		end := k
		// afterAside: the segment just skipped was a relative clause or
		// an acronym, so the one before it is the subject itself
		afterAside := false
		for n := 0; n < 6; n++ {
			start := end - 1
			for start >= lo && a.word(start) != "," {
				start--
			}
			segS := start + 1
			if segS >= end {
				return ref{}, 0, false
			}
			if afterAside && (a.tag(segS) == "DT" || a.tag(segS) == "CD" || a.bareRole(segS, end) || a.tag(end-1) == "NNS" && (a.lx.group[a.word(end-1)] || a.lx.isRole(singular(a.word(end-1))))) {
				// "one official, who asked not to be identified, told":
				// the descriptor the relative clause hangs from
				if s, ok := a.npLeft(end-1, segS); ok && s == segS {
					r, ok := a.parseNP(s, end)
					if ok && r.kind == refOrg && a.tag(s) == "DT" && s+2 < end && a.lx.isRole(a.word(s+1)) && a.word(s+2) == "of" {
						// "the chairman of the Coffee Marketing Board, CMB,
						// said": the holder of the title, not the board
						sp := a.span(s, end)
						r = ref{kind: refDescriptor, text: sp.In(a.text), span: sp, head: a.word(s + 1),
							roles: []string{a.word(s + 1)}, affs: []string{r.name}, definite: true}
					}
					if ok && r.kind == refDescriptor {
						if name, ns, ok := a.namedByApposition(start, lo, ref{}); ok && (a.lx.isRole(r.head) || a.roleOf(s, end)) {
							// "Juan Lechin Oquendo, the veteran secretary
							// general of the Bolivian Labour Organization,
							// COB, told": the name the title follows
							name.describe(a.roleAff(s, end))
							return name, ns, true
						}
						return r, s, true
					}
				}
			}
			afterAside = false
			if start >= lo && a.word(segS) == "who" && end-segS <= 15 {
				// "Zhanbolat Mamay, who leads the Democratic Party,
				// told ...", "X, who is director of KISI, said": what a
				// relative clause says of the speaker, then the speaker;
				// "one official, who asked not to be identified, told
				// Reuters": a clause that says nothing of their position
				if role, aff, ok := a.whoClause(segS+1, end); ok {
					if role != "" {
						roles = append(roles, role)
					}
					if aff != "" {
						affs = append(affs, aff)
					}
				}
				end = start
				afterAside = true
				continue
			}
			if start >= lo && end-segS == 1 && isAcronym(a.tokText(segS)) && segS-1 > lo && a.isCap(segS-2) && a.acronymOf(start, lo) {
				// "the Organisation for Economic Cooperation and
				// Development, OECD, said": the name's acronym ("the
				// chairman of the Coffee Marketing Board, CMB, said":
				// of the name that ends the subject)
				end = start
				afterAside = true
				continue
			}
			se := end // the segment without a stock ticker at its end
			if t := a.skipTicker(end-1, segS); t < end-1 {
				se = t + 1
			}
			if start >= lo && a.participial(segS, se) {
				// "NCR Corp, earlier reporting higher profit, said",
				// "Concepcion, speaking at a meeting of GATT, said": a
				// participle's phrase between the subject and its verb
				end = start
				continue
			}
			if base := a.cueAt(i); n == 0 && start < lo && end == k && (base == "say" || base == "tell") && a.opensSentence(segS) &&
				!a.invertedName(i) && !(end-segS == 1 && english.Common().Has(a.word(segS))) { // not "Often, said Mr Pearson, ..."
				// "William Siedenburg of Smith Barney Harris Upham and Co,
				// said", "A spokesman for Hitachi Ltd <HIT.T>, said": a
				// stray comma after the subject that opens the sentence
				// (not "The move, announced last weekend, is ...")
				if s, ok := a.npLeft(se-1, segS); ok && s == segS {
					if r, ok := a.parseNP(s, se); ok && (r.kind == refName || r.kind == refOrg ||
						r.kind == refDescriptor && (a.lx.isRole(r.head) || a.lx.descriptor[r.head]) && a.tag(segS) == "DT") {
						return r, s, true
					}
				}
			}
			if start > lo && a.placeAfterPlace(segS, se, start) {
				// "Oriental Federal Savings Bank of Humacao, Puerto Rico,
				// said": the state or country of the place before
				end = start
				continue
			}
			if ps := a.townBefore(segS, se, start, lo); n > 0 && ps > 0 {
				// "Towle and Co, a St. Louis, Mo., investment advisory
				// firm, told": the town and the state an apposition
				// places its noun in
				end = ps - 1
				continue
			}
			if a.isApposition(segS, se, n == 0) && !(n > 0 && (start < lo || a.openingPhrase(start, lo)) && (a.endsInName(segS, end) || a.leadsWithNoun(segS, end) ||
				end-segS == 1 && a.isCap(segS))) { // "Dean, a former party chairman, ...": a surname that is also a title
				if role, aff := a.roleAff(segS, se); role != "" || aff != "" {
					if role != "" {
						roles = append(roles, role)
					}
					if aff != "" {
						affs = append(affs, aff)
					}
				}
				if start < lo {
					return ref{}, 0, false
				}
				end = start
				continue
			}
			if n == 0 {
				// "Another critic, Laurence H. Tribe, likened ...": a name
				// in apposition to a descriptor that opens the sentence.
				if r, s, ok := a.namedDescriptor(segS, end, start, lo); ok {
					return r, s, true
				}
				if r, s, ok := a.renamedInstitution(segS, end, start, lo); ok {
					return r, s, true
				}
				if start > lo && a.renamesOrg(segS, se, start, lo) {
					// "Hans Reckers, a board member of Germany's central
					// bank, the Bundesbank, said": the institution named
					// again
					end = start
					afterAside = true
					continue
				}
				// No apposition between the comma and the verb: the comma
				// closes a clause ("..., said X" is handled elsewhere).
				return ref{}, 0, false
			}
			// "Sen. Bernie Sanders (Vt.), who lost ..., said"
			last := a.skipTicker(a.skipParens(end-1, segS), segS)
			for p := last; p > segS+1 && last-p < 4; p-- {
				if w := a.word(p); (w == "from" || w == "in") && a.placeNP(p+1, last+1) && strings.HasPrefix(a.tag(p-1), "NN") && !a.isCap(p-1) {
					if ns, ok := a.npLeft(p-1, segS); ok && ns == segS {
						last = p - 1 // "a teacher from Springfield, Va., said": the person
					}
					break
				}
			}
			if r, o, ok := a.bracketedName(last, segS); ok {
				// "French machinery maker <Poclain>, 40 pct owned by
				// <Tenneco Inc>, said": a firm's name between angle
				// brackets, as news wires mark companies
				r.roles = append(r.roles, roles...)
				r.affs = append(r.affs, affs...)
				return r, o, true
			}
			s, ok := a.npLeft(last, segS)
			if !ok {
				return ref{}, 0, false
			}
			if s-2 >= segS && workPreps[a.word(s-1)] {
				// "analysts at Goldman Sachs, a big bank, said": the
				// people described, not where they work
				if ds, ok := a.npLeft(s-2, segS); ok {
					if d, ok := a.describedAt(ds, last+1); ok {
						d.roles = append(d.roles, roles...)
						d.affs = append(d.affs, affs...)
						return d, ds, true
					}
				}
			}
			r, ok := a.parseNP(s, last+1)
			if !ok || r.kind == refPronoun {
				return ref{}, 0, false
			}
			if r.kind == refDescriptor && s == segS && (a.word(s) == "a" || a.word(s) == "an") && start > lo {
				// "Mary Jones, a teacher, of Springfield, said": an
				// indefinite description in apposition to the name before
				if name, ns, ok := a.namedByApposition(start, lo, ref{roles: roles, affs: affs}); ok {
					return name, ns, true
				}
			}
			if w := a.word(s); r.kind == refDescriptor && last == s && a.isCap(s) && start < lo && n > 0 &&
				a.lx.isRole(w) && singular(w) == w && !quantifiers[w] {
				// "Dean, a former party chairman, ...": a surname that is
				// also a title, described by the apposition after it
				sp := a.span(s, s+1)
				r = ref{kind: refName, text: sp.In(a.text), span: sp, name: sp.In(a.text), definite: true}
			}
			r.roles = append(r.roles, roles...)
			r.affs = append(r.affs, affs...)
			return r, s, true
		}
		return ref{}, 0, false
	}
	if r, ns, ok := a.unclosedTitle(k, lo); ok {
		return r, ns, true
	}
	if r, gs, ok := a.postmodifiedGroup(k, lo); ok && a.finiteAfter(k, i) && !strings.HasPrefix(a.tag(k), "W") {
		// (not "cousins who huffed at the disrespect apparently shown to
		// the League")
		if r.kind == refNone {
			return ref{}, 0, false
		}
		return r, gs, true
	}
	s, ok := a.npLeft(k, lo)
	if !ok {
		return ref{}, 0, false
	}
	of := s - 1
	if a.word(s) == "of" {
		of = s // npLeft joins "of" and a capitalised word
	}
	if b := of - 1; b > lo && a.word(of) == "of" && a.word(b) == ")" && a.placeNP(of+1, k+1) {
		// "Senator Bill Bradley (Democrat) of New Jersey said": a
		// person, their party in brackets and the state they represent
		if e := a.skipParensWithin(b, lo+1, 5); e < b {
			if ps, ok := a.npLeft(e, lo); ok {
				if r, ok := a.parseNP(ps, e+1); ok && r.kind == refName {
					return r, ps, true
				}
			}
		}
	}
	if b := of - 1; b > lo && a.word(of) == "of" && a.placeNP(of+1, k+1) {
		// "<Saab-Scania AB> of Sweden said": the firm in angle brackets
		if r, o, ok := a.bracketedName(b, lo); ok {
			return r, o, true
		}
	}
	if p := s - 1; p-1 >= lo && (workPreps[a.word(p)] || placePreps[a.word(p)] || a.word(p) == "to" && (a.word(p-1) == "close" || toRoles[a.word(p-1)])) {
		// "Analysts at Goldman Sachs said", "officials at the Italian
		// carmaker said", "dealers in Tokyo said": the people described
		np := p - 1
		if a.word(p) == "to" && a.word(p-1) == "close" {
			np = p - 2 // "A source close to the delegation"
		}
		pe := p // where the phrase before the preposition ends
		if (a.tag(np) == "VBN" || a.tag(np) == "VBD") && np-1 > lo && strings.HasPrefix(a.tag(np-1), "NN") && a.word(p) == "in" {
			np, pe = np-1, np // "An Ankara Radio report monitored in London said"
		}
		if e := a.skipParensWithin(np, lo+1, 7); e < np {
			np, pe = e, e+1 // "Project and Contract Office (PCO) in Baghdad"
		}
		if ds, ok := a.npLeft(np, lo); ok {
			if workPreps[a.word(p)] && a.word(p) != "with" && (a.isCap(s) || a.word(s) == "the" && a.isCap(s+1)) && pe == p {
				// "Mr Hirsch from Retail Banking Research said", "Cameron
				// Easley for Morning Consult": a person, and where they
				// work
				if r, ok := a.parseNP(ds, p); ok && r.kind == refName && a.personName(ds, p) {
					as := s
					if a.word(as) == "the" {
						as++
					}
					r.affs = append(r.affs, a.span(as, k+1).In(a.text))
					return r, ds, true
				}
			}
			if a.tag(ds) == "VBN" && ds-2 >= lo && a.tag(ds-1) == "RB" {
				// "banking sources closely linked with the transaction"
				if ds2, ok := a.npLeft(ds-2, lo); ok && strings.HasPrefix(a.tag(ds-2), "NN") {
					ds = ds2
				}
			}
			if q := ds - 1; q-1 >= lo && (workPreps[a.word(q)] || placePreps[a.word(q)]) {
				// "A spokesman at Airbus headquarters in Toulouse": the
				// person before two phrases
				if ds2, ok := a.npLeft(q-1, lo); ok {
					if r, ok := a.describedAt(ds2, pe); ok && a.placeNP(s, k+1) {
						r.span = a.span(ds2, k+1)
						r.text = r.span.In(a.text)
						return r, ds2, true
					}
				}
			}
			if r, ok := a.describedAt(ds, k+1); ok {
				if c := ds - 1; c > lo && a.word(c) == "," {
					// "Zoran Popov, senior research fellow at the
					// Institute said": the name the description follows
					if name, n, ok := a.namedByApposition(c, lo, r); ok {
						return name, n, true
					}
				}
				return r, ds, true
			}
			if a.word(p) == "in" && (ds == lo || a.isPunct(ds-1)) && a.placeNP(s, k+1) {
				// "The Chinese embassy in London said", "The Pentagon's
				// Project and Contract Office (PCO) in Baghdad said",
				// "Bankers Trust in New York said": the institution or the
				// person, wherever they sit
				if r, ok := a.parseNP(ds, pe); ok && (r.kind == refOrg || r.kind == refName || r.kind == refDescriptor) {
					return r, ds, true
				}
			}
		}
	}
	if p := s - 1; p-1 >= lo && (a.word(p) == "and" || a.word(p) == "or") && a.commonPlural(s, k+1) {
		// "officials and seismologists said": a group of several kinds,
		// nobody named
		if ds, ok := a.npLeft(p-1, lo); ok && ds < p && a.commonPlural(ds, p) {
			sp := a.span(ds, k+1)
			return ref{kind: refDescriptor, text: sp.In(a.text), span: sp, head: singular(a.word(k))}, ds, true
		}
	}
	if s > lo && whWords[a.word(s-1)] {
		// "what Trump says", "how experts say": not a statement.
		return ref{}, 0, false
	}
	e := k + 1
	for j := s + 1; j < e; j++ {
		if a.tag(j) == "VBN" && (a.tag(j-1) == "NN" || a.tag(j-1) == "NNS") {
			// "A GAO report released last year found": the participle
			// opens a reduced relative clause after the head noun.
			e = j
			break
		}
	}
	r, ok := a.parseNP(s, e)
	if !ok || r.kind == refDescriptor && e-s == 1 && a.tag(s) == "VBG" {
		return ref{}, 0, false // not "Addressing claims the new law was unenforceable, ..."
	}
	if len(r.co) > 0 {
		// "Ann Smith, Bob Jones and Carl Wu said": more names of the
		// coordination before a comma
		r, s = a.moreCoordinated(r, s, lo)
	}
	if r.kind == refDescriptor && quantifiers[r.head] && !finiteTag(a.tag(i)) {
		// "All previously announced conditions": no subject of a verb
		return ref{}, 0, false
	}
	if e == k+1 && a.possessiveName(k, lo) && (r.kind == refName || r.kind == refOrg) && r.span.End == a.toks[k-1].Span.End {
		if !finiteTag(a.tag(i)) || i+1 < len(a.toks) && (strings.HasPrefix(a.tag(i+1), "NN") || a.tag(i+1) == "JJ") && !a.isCap(i+1) {
			// "Galactic's previously announced (accounting) change": a
			// possessive before a participle and its noun
			return ref{}, 0, false
		}
		// "Moody's said": the possessive is the name's, an institution's;
		// so is a partner's name before "and" ("Standard and Poor's")
		r.span.End = a.toks[k].Span.End
		if f := a.tokAt(r.span.Start); f-2 >= lo && f-2 >= s && (a.word(f-1) == "and" || a.word(f-1) == "&") && a.isCap(f-2) {
			r.span.Start = a.toks[f-2].Span.Start
		}
		r.text = r.span.In(a.text)
		r.name, r.kind = r.text, refOrg
	}
	if r.kind == refDescriptor && a.lx.isRole(r.head) && s-2 >= lo && a.word(s-1) == "," && a.tag(s) != "DT" && a.tag(s) != "PRP$" &&
		a.tag(s) != "NNS" && a.roleOf(s, e) {
		// "Winthrop Knowlton, chairman of the special committee said":
		// the title of a name before it whose closing comma is left out
		// (not "... backed by John Smith, the chairman said", nor "...
		// around the Philippines, officials said")
		if ns, ok := a.npLeft(s-2, lo); ok {
			if p, ok := a.parseNP(ns, s-1); ok && p.kind == refName {
				if role, aff := a.roleAff(s, e); role != "" {
					p.roles = append(p.roles, role)
					if aff != "" {
						p.affs = append(p.affs, aff)
					}
					return p, ns, true
				}
			}
		}
	}
	if roleOfOrg := r.kind == refDescriptor && a.lx.isRole(r.head) && len(r.affs) > 0; r.kind == refOrg || roleOfOrg ||
		r.kind == refDescriptor && a.lx.isInstitution(r.head) {
		// from where the institution's name starts: "Ann Lee, chairman
		// of Acme Corp said", "..., chairman of the special committee
		// said", "Mark Serwotka, the leader of the Public and Commercial
		// Services Union said"
		rs := s
		if t := a.tokAt(r.span.Start); t > s && t < e {
			rs = t
		} else if roleOfOrg {
			rs = e // the phrase after the role's preposition
		}
		if p, ps, ok := a.unclosedApposition(rs, e, lo); ok {
			return p, ps, true
		}
		for j := s + 1; j < rs; j++ {
			if appositionPreps[a.word(j)] {
				// "Wolfgang Roeller, president of the West German banking
				// association BDB said": from where the phrase of the
				// institution opens
				if p, ps, ok := a.unclosedApposition(j+1, e, lo); ok {
					return p, ps, true
				}
				break
			}
		}
	}
	if r.kind == refName && len(r.roles) > 0 && s-1 > lo && a.word(s-1) == "," {
		// "Juan Chacin Guzman, President of Petroleos de Venezuela told":
		// read as the president of a name (the name the object of "of",
		// or a particle's, "de Venezuela"), the title of the name before
		// the comma, the comma after it left out; not "..., Secretary of
		// State George Shultz said"
		for j := s + 1; j < e-1; j++ {
			if a.word(j) == "of" {
				if t := a.tokAt(r.span.Start); t != j+1 && (t <= j || !startsLower(r.name)) {
					break
				}
				if p, ps, ok := a.unclosedApposition(j+1, e, lo); ok {
					return p, ps, true
				}
				break
			}
		}
	}
	return r, s, true
}

// moreCoordinated extends a coordination of people's names whose first
// name starts at token s with the names listed before it, each followed
// by a comma ("Ann Smith, Bob Jones and Carl Wu"), and returns it with
// its new start. The first name listed becomes the reference, the others
// its co-speakers.
func (a *annotator) moreCoordinated(r ref, s, lo int) (ref, int) {
	for s-2 >= lo && a.word(s-1) == "," {
		q := s - 1
		for q > lo && (a.isCap(q-1) && a.tag(q-1) != "DT" || a.word(q-1) == "." && a.initialAt(q-1)) {
			q--
		}
		if q == s-1 || !a.personRun(q, s-1) || q > lo && a.word(q-1) != "," && !a.sentenceInitial(q) {
			break
		}
		sp := a.span(q, s-1)
		first := ref{kind: refName, text: sp.In(a.text), span: sp, name: sp.In(a.text), definite: true}
		r.co = append([]ref{{kind: r.kind, text: r.text, span: r.span, name: r.name, definite: r.definite, roles: r.roles, affs: r.affs}}, r.co...)
		first.all, first.co = pipeline.Span{Start: sp.Start, End: r.all.End}, r.co
		r, s = first, q
	}
	return r, s
}

// roleOf reports whether tokens [s, e) hold a title and the institution
// it is of ("chairman of the special committee", "assistant vice
// president of research"): a role word right before "of", "at", "with" or
// "for".
func (a *annotator) roleOf(s, e int) bool {
	for j := s + 1; j < e; j++ {
		if appositionPreps[a.word(j)] && a.lx.isRole(a.word(j-1)) {
			return true
		}
	}
	return false
}

// whoClause reads a relative clause about a speaker, tokens [s, e) after
// "who": "leads the unregistered Democratic Party" (role "leader",
// affiliation the party), "is director of KISI" (what an apposition
// says). ok is false for any other clause, which tells nothing of the
// speaker's position.
func (a *annotator) whoClause(s, e int) (role, aff string, ok bool) {
	if s >= e || e-s > 14 {
		return "", "", false
	}
	switch w := a.word(s); w {
	case "is", "was":
		role, aff = a.roleAff(s+1, e)
		return role, aff, role != "" || aff != ""
	case "leads", "led", "heads", "headed", "chairs", "chaired", "runs", "ran", "founded", "represents": // leadRoles
		c := e
		for c > s+1 && (a.isCap(c-1) || connectors[a.word(c-1)] && c-1 > s+1 && a.isCap(c-2)) {
			c--
		}
		for c < e && connectors[a.word(c)] {
			c++
		}
		if c >= e {
			return "", "", false
		}
		return leadRoles[w], a.span(c, e).In(a.text), true
	}
	return "", "", false
}

// leadRoles are the roles the verbs of leading give ("who leads X":
// leader).
var leadRoles = map[string]string{"leads": "leader", "led": "former leader", "heads": "head", "headed": "former head",
	"chairs": "chair", "chaired": "former chair", "runs": "head", "ran": "former head", "founded": "founder", "represents": "representative"}

// finiteTag reports whether a part-of-speech tag is a finite verb's.
func finiteTag(t string) bool { return t == "VBD" || t == "VBZ" || t == "VBP" }

// invertedName reports whether a capitalised name and a comma follow the
// verb at token i, as after an inverted cue ("said Mr Pearson, this ...").
func (a *annotator) invertedName(i int) bool {
	j := i + 1
	for j < len(a.toks) && j-i <= 5 && a.isCap(j) {
		j++
	}
	return j > i+1 && a.word(j) == ","
}

// onlyConnectives reports whether tokens [s, e) are conjunctions,
// adverbs and commas only ("But,", "However,"), or none.
func (a *annotator) onlyConnectives(s, e int) bool {
	for j := s; j < e; j++ {
		if t := a.tag(j); t != "CC" && t != "RB" && t != "," {
			return false
		}
	}
	return true
}

// opensSentence reports whether token j is the first of its sentence
// (not merely of a line that wrapped prose or a quotation begins).
func (a *annotator) opensSentence(j int) bool {
	n := a.toks[j].Sentence
	return n >= 0 && n < len(a.doc.Sentences) && a.doc.Sentences[n].TokenStart == j
}

// participial reports whether tokens [s, e) are a participle's phrase
// set off by commas: a present or past participle, after an adverb or
// two, opening at most fifteen words.
func (a *annotator) participial(s, e int) bool {
	for s < e && (a.tag(s) == "RB" || a.tag(s) == "RBR") && !a.isCap(s) {
		s++
	}
	if s+2 < e && a.tag(s) == "CD" && (a.word(s+1) == "pct" || a.word(s+1) == "%" || a.word(s+1) == "percent") {
		s += 2 // "38 pct owned by Brascan Ltd"
	} else if s+1 < e && a.tag(s) == "CD" && (strings.HasSuffix(a.word(s+1), "-owned") || strings.HasSuffix(a.word(s+1), "-controlled")) {
		s++ // "38 pct-owned by Brascan Ltd", "49%-owned"
	}
	if s >= e || e-s > 20 {
		return false
	}
	if a.isCap(s) {
		return false
	}
	switch a.tag(s) {
	case "VBG":
		return true // "reporting higher profit", "citing sources"
	case "VBN":
		return a.cueAt(s) == "" || a.word(s) == "asked"
	case "VBD", "JJ":
		// "rumoured to be considering a spinoff", "owned by the
		// state", "received in London": a participle the tagger read as
		// a past tense or an adjective, known by the "to", "by" or
		// phrase of place after it; "spun off from the Singer Co": a
		// phrasal verb's participle, known by its particle and phrase
		if s+1 < e && (a.word(s+1) == "to" || a.word(s+1) == "by" || a.word(s+1) == "in" || a.word(s+1) == "at") && strings.HasSuffix(a.word(s), "ed") && a.cueAt(s) == "" {
			return true
		}
		if s+2 < e && a.tag(s+1) == "RP" && (a.tag(s+2) == "IN" || a.tag(s+2) == "TO") && a.cueAt(s) == "" {
			return true
		}
	case "TO":
		// "here to attend the Geneva Auto Show": an infinitive of
		// purpose
		return s+1 < e && a.tag(s+1) == "VB"
	case "IN":
		// "currently on a global tour to seek support for his efforts":
		// a phrase of place or time with no finite verb of its own (an
		// "of" phrase is an affiliation, for the apposition test)
		if !ppPreps[a.word(s)] || s == 0 || !(a.tag(s-1) == "RB" || a.word(s-1) == ",") {
			return false
		}
		for j := s + 1; j < e; j++ {
			if t := a.tag(j); finiteTag(t) || t == "MD" || a.isQuoteTok(j) || a.word(j) == "that" || a.word(j) == "who" || a.word(j) == "which" {
				return false
			}
		}
		return true
	}
	return a.word(s) == "asked" // "asked about the plan", whatever its tag
}

// namedByApposition reads the name that opens the clause at lo, or
// follows a comma, and ends at the comma at token c: the person an
// apposition after c describes. The name takes the roles and
// affiliations of desc.
func (a *annotator) namedByApposition(c, lo int, desc ref) (ref, int, bool) {
	name, ns, ok := a.phraseBeforeComma(c, lo)
	if !ok || name.kind != refName {
		return ref{}, 0, false
	}
	name.roles = append(name.roles, desc.roles...)
	name.affs = append(name.affs, desc.affs...)
	return name, ns, true
}

// unclosedTitle reads a name and its title before the verb at k+1 whose
// closing comma is left out, as wire copy often has it after a report:
// "..., Melvin Sims, USDA general sales manager said", "..., Franciso
// Chona, manager of the state-run oil company Ecopetrol said", "...,
// Juergen Sarrazin, management board member of Dresdner Bank AG
// responsible for Latin America said". The title opens with a role
// before any preposition, holds no verb, comma or person's name, and the
// name before its comma opens the clause or follows a comma. It returns
// the person with the title's role and affiliation.
func (a *annotator) unclosedTitle(k, lo int) (ref, int, bool) {
	c := k
	for c > lo && k-c < 16 && a.word(c) != "," {
		c--
	}
	if a.word(c) != "," || c == k || c-1 < lo {
		return ref{}, 0, false
	}
	if k-c <= 2 && a.placeNP(c+1, k+1) && c-3 > lo && a.placeNP(c-1, c) {
		// "..., a cash livestock trader for Chapmann and Graham in Sioux
		// City, Iowa said": the state of the title's town
		p := c - 1
		for p > lo && c-p < 4 && a.isCap(p) {
			p--
		}
		if a.word(p) == "in" || a.word(p) == "of" {
			c = p
			for c > lo && k-c < 20 && a.word(c) != "," {
				c--
			}
			if a.word(c) != "," || c-1 < lo {
				return ref{}, 0, false
			}
		}
	}
	role := false
	for j := c + 1; j <= k; j++ {
		switch w, t := a.word(j), a.tag(j); {
		case finiteTag(t) || t == "VB" || t == "PRP" || t == "WP" || t == "WDT" || isDash(w) || a.isQuoteTok(j) && !a.pluralPossessive(j):
			return ref{}, 0, false
		case !role && (t == "IN" || t == "TO" || t == "DT" && (j > c+1 || !a.personNameBefore(c, lo))):
			// "..., Smith, of Acme said"; not a role first, nor a subject
			// of its own ("..., Dubai, United Arab Emirates, a
			// spokeswoman said"; but "..., Mary Jones, a teacher at Acme
			// said")
			return ref{}, 0, false
		case !a.isCap(j) && (a.lx.isRole(w) || a.lx.isRole(strings.Trim(w, "/"))):
			role = true
		case strings.Contains(w, "/") && !a.isCap(j):
			// "vice-president/treasurer"
			for _, p := range strings.Split(w, "/") {
				role = role || a.lx.isRole(p)
			}
		}
	}
	if !role {
		return ref{}, 0, false
	}
	for j := c + 2; j < k; j++ {
		if a.personName(j, k+1) {
			return ref{}, 0, false // "..., association chief executive Peter Pex told"
		}
	}
	r, ns, ok := a.phraseBeforeComma(c, lo)
	if !ok || r.kind != refName || len(strings.Fields(r.name)) < 2 || r.span.Start != a.toks[ns].Span.Start {
		return ref{}, 0, false
	}
	r.describe(a.roleAff(c+1, k+1))
	return r, ns, true
}

// personNameBefore reports whether a person's name as news writes it (a
// title or a given name, then one or two capitalised words) ends at the
// comma at token c.
func (a *annotator) personNameBefore(c, lo int) bool {
	for n := 2; n <= 3; n++ {
		if c-n >= lo && a.personName(c-n, c) {
			return true
		}
	}
	return false
}

// unclosedApposition reads "H.P. Smith, analyst at Smith Barney said",
// an apposition whose closing comma is left out, from the institution
// [s, e) that ends it: a name, a comma, a role and a preposition before
// the institution. The returned reference is the person, with the role
// and the institution as affiliation.
func (a *annotator) unclosedApposition(s, e, lo int) (ref, int, bool) {
	p := s - 1
	if p-2 < lo || !appositionPreps[a.word(p)] {
		return ref{}, 0, false
	}
	comma := p - 1
	for comma > lo && comma > p-7 && a.word(comma) != "," {
		comma--
	}
	if a.word(comma) != "," || comma == p-1 {
		return ref{}, 0, false
	}
	// the role: a role word with determiners and modifiers
	role := false
	for j := comma + 1; j < p; j++ {
		switch w := a.word(j); {
		case a.lx.isRole(w) || a.lx.isRole(singular(w)):
			role = true
		case a.tag(j) == "DT" || a.tag(j) == "JJ" || a.tag(j) == "NN" || a.isCap(j) || w == "and" && role: // "chairman and chief executive"
		default:
			return ref{}, 0, false
		}
	}
	if !role {
		return ref{}, 0, false
	}
	// the name opens the clause or follows a comma or a quotation (not
	// "... gave the tests to Oxfam, a spokeswoman for Abbott said")
	ns, ok := a.npLeft(comma-1, lo)
	if !ok || !a.onlyConnectives(lo, ns) && a.word(ns-1) != "," && !a.isQuoteTok(ns-1) && a.word(ns-1) != "by" {
		return ref{}, 0, false
	}
	r, ok := a.parseNP(ns, comma)
	if !ok || r.kind != refName {
		return ref{}, 0, false
	}
	r.describe(a.roleAff(comma+1, e))
	return r, ns, true
}

// appositionPreps join a role to its institution: "analyst at X",
// "spokesman for Y".
var appositionPreps = map[string]bool{"at": true, "with": true, "of": true, "for": true}

// whWords open a clause whose cue verb reports no statement.
var whWords = map[string]bool{"what": true, "how": true, "why": true, "where": true, "when": true, "whether": true, "if": true, "as": true, "much": true, "many": true, "whom": true}

// skipParens steps back from token k over a parenthesis ("Rep. Gwen
// Moore (D-Wis.) said"), not before lo.
func (a *annotator) skipParens(k, lo int) int { return a.skipParensWithin(k, lo, 12) }

// skipParensWithin is skipParens for a parenthesis whose "(" stands
// fewer than n tokens before its ")" at k: it returns the token before
// the "(", or k.
func (a *annotator) skipParensWithin(k, lo, n int) int {
	if k < lo || a.word(k) != ")" {
		return k
	}
	for j := k - 1; j >= lo && k-j < n; j-- {
		if a.word(j) == "(" {
			return j - 1
		}
	}
	return k
}

// isDash reports whether w is a dash setting off an aside.
func isDash(w string) bool { return w == "-" || w == "–" || w == "—" || w == "--" }

// reflexives stand between a subject and its verb for emphasis ("Henson
// himself says").
var reflexives = map[string]bool{"himself": true, "herself": true, "itself": true, "themselves": true, "myself": true, "ourselves": true}

// placeNP reports whether tokens [s, e) are a capitalised name, as of a
// place ("Toulouse", "New York").
func (a *annotator) placeNP(s, e int) bool {
	for j := s; j < e; j++ {
		if !a.isCap(j) && !(j > s && j+1 < e && a.particleAt(j, s)) {
			return false // but "Rio de Janeiro"
		}
	}
	return s < e
}

// ofName reports whether the words from k, after "of", name something
// (a capitalised word, after an article or not: "of Merrill Lynch", "of
// the Treasury") rather than what a speaker spoke of ("of the offer").
func (a *annotator) ofName(k, hi int) bool {
	if k < hi && (a.word(k) == "the" || a.word(k) == "a" || a.word(k) == "an") {
		k++
	}
	return k < hi && a.isCap(k)
}

// speakerRight finds the speaker after an inverted cue verb at token i,
// among tokens (i, hi): "said Tulindinova", "concluded the Kyrgyz
// expert", "said Kaliyev, director of the Institute". It returns the
// reference and the token after the speaker and its apposition.
func (a *annotator) speakerRight(i, hi int) (ref, int, bool) {
	s := i + 1
	e := s
	// (an initial's full stop goes on in a person's name, "said Mr R.
	// Sridharan", and after "of" in a firm's, "said David Jones of Aubrey
	// G. Lanston and Co", but not in a place or anything else after "of")
	initial := func(e int) bool {
		if !a.initialAt(e) {
			return false
		}
		for j := s; j < e; j++ {
			if a.word(j) == "of" {
				return a.firmAhead(e+1, hi)
			}
		}
		return true
	}
	for e < hi && e-s < 14 && (a.word(e) != "," || a.partnersComma(e, hi)) && (a.word(e) != "." || initial(e)) && !a.isQuoteTok(e) &&
		(npTag(a.tag(e)) || a.isCap(e) || a.tag(e) == "PRP" || connectors[a.word(e)] || a.word(e) == "," || a.tag(e) == "VBG" && e+1 < hi && a.lx.isRole(a.word(e+1)) || initial(e)) &&
		(!a.isVerbish(e) || a.tag(e) == "VBG") { // "chief operating officer"
		if a.word(e) == "of" && e > s && a.isCap(e-1) && !a.ofName(e+1, hi) {
			break // "said Baker of the offer": what was spoken of
		}
		if a.tag(e) == "VBN" && e > s && (a.tag(e-1) == "NN" || a.tag(e-1) == "NNS") {
			break // "according to a poll released last week": a participle after the noun
		}
		e++
	}
	if e == s {
		return ref{}, 0, false
	}
	r, ok := a.parseNP(s, e)
	if !ok {
		return ref{}, 0, false
	}
	end := e
	if e < hi && a.word(e) == "(" {
		for f := e + 1; f < hi && f-e < 12; f++ {
			if a.word(f) == ")" {
				e, end = f+1, f+1
				break
			}
		}
	}
	if e < hi && a.word(e) == "," {
		f := e + 1
		for f < hi && (a.word(f) != "," || a.partnersComma(f, hi)) && (a.word(f) != "." || a.initialAt(f)) && !a.isQuoteTok(f) {
			f++
		}
		if a.isApposition(e+1, f, false) {
			role, aff := a.roleAff(e+1, f)
			if role != "" {
				r.roles = append(r.roles, role)
			}
			if aff != "" {
				r.affs = append(r.affs, aff)
			}
			end = f
		}
	}
	return r, end, true
}

// partnersComma reports whether the comma at token j, before hi, is inside
// the name of a firm named after its partners ("Kidder, Peabody and Co"):
// firmComma up to the first "Co" within six tokens.
func (a *annotator) partnersComma(j, hi int) bool {
	for e := j + 3; e < hi && e <= j+6; e++ {
		switch a.word(e) {
		case "co", "co.", "cos":
			if e+1 < hi && !a.isCap(e+1) && strings.HasPrefix(a.tag(e+1), "NN") {
				return false // "Timothy Pettee, Bear Stearns and co analyst": a title after the firm
			}
			return a.firmComma(j, j+1, e)
		}
	}
	return false
}

// firmAhead reports whether the tokens from k, before hi, finish a firm's
// name: capitalised words and connectors up to a legal form or "Co"
// within six tokens ("Lanston and Co" after "Aubrey G.").
func (a *annotator) firmAhead(k, hi int) bool {
	for j := k; j < hi && j <= k+6; j++ {
		if names.CompanyForm(a.tokText(j)) && a.isCap(j) {
			return j > k
		}
		if !a.isCap(j) && !connectors[a.word(j)] {
			return false
		}
	}
	return false
}

// endsInName reports whether tokens [s, e) end with a capitalised name
// that is not a job title ("WASHINGTON -- President Obama"), so that a
// segment opening the sentence is read as the subject.
func (a *annotator) endsInName(s, e int) bool {
	if e <= s || !a.isCap(e-1) || a.lx.isRole(a.word(e-1)) {
		return false
	}
	for j := s; j < e; j++ {
		if w := a.word(j); w == "of" || w == "at" || w == "for" {
			return false
		}
	}
	return true
}

// renamesOrg reports whether tokens [s, e), after the comma at token c,
// name again the institution that ends the role before the comma: "a
// board member of Germany's central bank, the Bundesbank".
func (a *annotator) renamesOrg(s, e, c, lo int) bool {
	if a.word(s) == "the" {
		s++
	}
	if e-s < 1 || e-s > 4 || a.capRunEnd(s, e) != e || !a.institutional(s, e) && (e-s > 1 || english.GivenNames().Has(a.word(s))) {
		return false // not "the president of the association, Wolfgang Roeller"
	}
	ps := c
	for ps > lo && a.word(ps-1) != "," {
		ps--
	}
	return ps < c && (a.tag(ps) == "DT" || a.bareRole(ps, c)) && a.roleOf(ps, c)
}

// possessorFirst reports whether tokens [s, e) are a name's possessive
// and a noun phrase in lower case: "Iran's national news agency".
func (a *annotator) possessorFirst(s, e int) bool {
	return s+2 < e && a.isCap(s) && (a.word(s+1) == "'s" || a.word(s+1) == "’s") && a.lowerRun(s+2, e) && strings.HasPrefix(a.tag(e-1), "NN")
}

// bareRole reports whether a role without an article opens tokens
// [s, e): lower-case modifiers, then a role word ("managing director of
// the corporation", "chief economist at the bank").
func (a *annotator) bareRole(s, e int) bool {
	for j := s; j < e && j < s+3 && !a.isCap(j); j++ {
		if a.lx.isRole(a.word(j)) {
			return true
		}
		if t := a.tag(j); t != "JJ" && t != "VBG" && t != "NN" {
			return false
		}
	}
	return false
}

// namedDescriptor reads "DESCRIPTOR, NAME," before a verb: tokens
// [segS, end) are a person's name, token comma (segS-1) a comma, and
// the words from lo to the comma a short descriptor with a role or a
// common noun at its head ("Another critic", "His former business
// partner at Lenox"). It returns the name with the descriptor as its
// role and the first token of the descriptor.
func (a *annotator) namedDescriptor(segS, end, comma, lo int) (ref, int, bool) {
	if comma <= lo || a.word(comma) != "," {
		return ref{}, 0, false
	}
	r, ok := a.parseNP(segS, end)
	if !ok || r.kind != refName && r.kind != refOrg {
		return ref{}, 0, false // a person or an institution: "France's leading farmers' union, the FNSEA, said"
	}
	if !r.span.Empty() {
		// the name opens the phrase, or follows its titles only
		// ("hunt master, Captain Ian Farquhar, said", "US playwright Eve
		// Ensler")
		if !a.titledName(segS, end) {
			for j := segS; j < end && a.toks[j].Span.Start < r.span.Start; j++ {
				if !a.lx.isRole(a.word(j)) && a.tag(j) != "DT" {
					return ref{}, 0, false
				}
			}
		}
	}
	if comma-2 > lo && a.word(comma-2) == "," && isAcronym(a.tokText(comma-1)) {
		// "The chairman of the port employers' organization, SVZ,
		// Jacques Schoufour, said": the acronym of the institution in
		// the descriptor
		comma -= 2
	}
	for c := comma - 1; c > lo && comma-c <= 12; c-- {
		if a.word(c) == "," {
			if _, ns, named := a.namedByApposition(c, lo, ref{}); !(named && a.onlyConnectives(lo, ns)) && c+1 < comma &&
				(a.tag(c+1) == "DT" || a.tag(c+1) == "PRP$" && a.lx.isRole(a.word(comma-1)) || a.word(c+1) == "one" && c+2 < comma && a.word(c+2) == "of" || a.bareRole(c+1, comma) || a.possessorFirst(c+1, comma)) {
				// "CONTENT, the president of the association, Wolfgang
				// Roeller, said", "CONTENT, managing director of the
				// corporation, Peter Frawley, said", "CONTENT, its
				// governor, Robin Leigh-Pemberton, said": the descriptor
				// after the content's comma
				lo = c + 1
			}
			break
		}
	}
	if comma-lo > 12 {
		return ref{}, 0, false
	}
	for j := lo; j < comma; j++ {
		if a.word(j) == "," || strings.HasPrefix(a.tag(j), "VB") && a.tag(j) != "VBN" && !(a.tag(j) == "VBG" && a.lx.isRole(a.word(j+1))) || a.tag(j) == "PRP" {
			return ref{}, 0, false // ("managing director" is no verb)
		}
	}
	h := comma - 1
	for j := lo + 1; j < comma; j++ {
		if w := a.word(j); (w == "at" || w == "of" || w == "for" || w == "with" || w == "from" || w == "in") && !(w == "of" && j == lo+1 && a.word(lo) == "one") {
			h = j - 1 // "His former business partner at Lenox", "Taiwan's ambassador in Montevideo"
			break
		}
	}
	head := a.word(h)
	if a.isCap(h) && !a.lx.isRole(head) || !a.lx.isRole(head) && !a.lx.descriptor[head] && a.tag(h) != "NN" {
		return ref{}, 0, false // a capitalised title counts: "The new President, Viktor Yushchenko, has said"
	}
	r.describe(a.roleAff(lo, comma))
	return r, lo, true
}

// leadsWithNoun reports whether tokens [s, e), a segment that opens the
// sentence before an apposition, read as the subject: a noun phrase
// whose first words are a determiner, adjectives or nouns and that
// holds no verb ("Officials at Homeland Security Investigations", "A
// senior official").
func (a *annotator) leadsWithNoun(s, e int) bool {
	if s+1 < e && (a.word(s) == "but" || a.word(s) == "and" || a.word(s) == "yet") {
		s++ // "But the senior officials, asking not to be identified, said"
	}
	if e-s > 10 {
		return false
	}
	for j := s; j < e; j++ {
		t := a.tag(j)
		if strings.HasPrefix(t, "VB") && t != "VBN" || t == "MD" || t == "WP" || t == "WDT" {
			return false
		}
	}
	t := a.tag(s)
	return t == "DT" || t == "NNS" || t == "NN" || t == "JJ" || t == "PRP$" || t == "CD"
}

// commonPlural reports whether tokens [s, e) are a plural common noun and
// the lower-case adjectives or nouns before it ("officials", "foreign
// diplomats"): a group named by what its members are.
func (a *annotator) commonPlural(s, e int) bool {
	if s >= e || a.tag(e-1) != "NNS" || a.isCap(e-1) {
		return false
	}
	for j := s; j < e-1; j++ {
		switch a.tag(j) {
		case "JJ", "NNP": // capitalised or not: "FCOJ traders", "Japanese dealers"
		case "NN", "NNS":
			if a.isCap(j) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// renamedInstitution reads "Malaysia's Central Bank, Bank Negara, said":
// an institution's name, a comma and another name for it, tokens [s, e)
// between the comma at token c and the verb. The institution before the
// comma speaks.
func (a *annotator) renamedInstitution(s, e, c, lo int) (ref, int, bool) {
	if c <= lo || e-s > 5 {
		return ref{}, 0, false
	}
	for j := s; j < e; j++ {
		if !a.isCap(j) && !connectors[a.word(j)] {
			return ref{}, 0, false
		}
	}
	r, ns, ok := a.phraseBeforeComma(c, lo)
	if !ok || r.kind != refOrg {
		return ref{}, 0, false
	}
	return r, ns, true
}

// phraseBeforeComma parses the noun phrase that ends at the comma at
// token c and opens the clause at lo or follows a comma, and returns it
// with its first token.
func (a *annotator) phraseBeforeComma(c, lo int) (ref, int, bool) {
	ns, ok := a.npLeft(c-1, lo)
	if !ok || ns != lo && a.word(ns-1) != "," {
		return ref{}, 0, false
	}
	r, ok := a.parseNP(ns, c)
	return r, ns, ok
}

// townBefore reads the state of a town in an apposition, "a Sarasota,
// Fla.,": tokens [s, e) are one or two capitalised words between the
// comma at token c and the comma after them, and the words back from c to
// the comma before them are "a" or "an" and a town's name. It returns
// where the article is, or -1.
func (a *annotator) townBefore(s, e, c, lo int) int {
	if e-s > 2 || !a.placeNP(s, e) {
		return -1
	}
	ps := c
	for ps > lo && a.word(ps-1) != "," {
		ps--
	}
	if ps-1 <= lo || ps+1 >= c || a.word(ps) != "a" && a.word(ps) != "an" || !a.placeNP(ps+1, c) {
		return -1
	}
	return ps
}

// placeAfterPlace reports whether tokens [s, e), between the comma at
// token c and a comma after them, are the abbreviated state of the place
// that ends a name with "of" before c ("David F. La Roche of North
// Kingstown, R.I.,", "Charter Federal Savings and Loan Association of
// Bristol, Va.,").
func (a *annotator) placeAfterPlace(s, e, c int) bool {
	// a state's abbreviation: "R.I.", "Ga.", "Calif." (a capitalised
	// word may as well be a name: "the National Federation of Banks,
	// Adilson Lorente, said")
	if e-s > 2 || !a.isCap(s) || !strings.HasSuffix(a.tokText(e-1), ".") && a.word(e-1) != "." || len(a.tokText(s)) > 6 {
		return false
	}
	for j := c - 1; j >= 0 && c-j <= 3; j-- {
		if !a.isCap(j) {
			if (a.word(j) == "from" || a.word(j) == "in") && j < c-1 && j > 0 && strings.HasPrefix(a.tag(j-1), "NN") && !a.isCap(j-1) {
				// "a teacher from Springfield, Va.,": where a person
				// described by a common noun comes from (not "The
				// company, in the proxy statement mailed for its
				// meeting in Savannah, Ga., said": an adverbial)
				ns, ok := a.npLeft(j-1, 0)
				return ok && (ns == 0 || a.word(ns-1) == ",")
			}
			if (a.word(j) == "in" || a.word(j) == "at") && j < c-1 && j >= 2 && a.tag(j-1) == "VBN" && !a.isCap(j-1) && a.word(j-2) == "," {
				// "The company, based in San Diego, Calif.,": the place
				// of a participle's apposition
				return true
			}
			if a.word(j) != "of" || j == c-1 || j == 0 {
				return false // not "the concern based in Vasteras, Sweden,"
			}
			if j-1 >= 0 && a.word(j-1) == "," {
				// "Johnnie Wilson, of Springfield, Va.,": the place of
				// a name's apposition
				return true
			}
			// the name "of" ends: "Oriental Federal Savings Bank of
			// Humacao", "David F. La Roche of North Kingstown"
			ns, ok := a.npLeft(j-1, 0)
			return ok && ns < j && a.isCap(ns) && a.isCap(j-1)
		}
	}
	return false
}

// bracketedName reads a name between angle brackets that ends at token
// k (its ">"), opening at or after token lo: an institution's name, as
// news wires mark companies ("<Poclain>", "&lt;City Resources (Asia)
// Ltd>"). It returns the reference and the bracket's opening token.
func (a *annotator) bracketedName(k, lo int) (ref, int, bool) {
	if k <= lo || a.word(k) != ">" && a.word(k) != "&gt;" {
		return ref{}, 0, false
	}
	for o := k - 1; o >= lo && k-o <= 10; o-- {
		if w := a.word(o); w == "<" || w == "&lt;" {
			if o+1 >= k || !a.isCap(o+1) || k-o == 2 && strings.ToUpper(a.tokText(o+1)) == a.tokText(o+1) {
				return ref{}, 0, false // not a stock symbol: "<NCBO.OL>"
			}
			name := a.span(o+1, k)
			return a.orgRef(name), o, true
		}
	}
	return ref{}, 0, false
}

// skipTicker returns the token before a stock symbol in angle brackets
// that ends at token k, as news wires write one after a company's name
// ("American Express Co <AXP>", "&lt;AXP>", "Banks of Iowa Inc
// &lt;biow>"), or k itself. A bracketed word in mixed case is a name
// ("&lt;Entourage>"), not a symbol.
func (a *annotator) skipTicker(k, lo int) int {
	if k-3 < lo || a.word(k) != ">" && a.word(k) != "&gt;" {
		return k
	}
	sym := a.tokText(k - 1)
	if w := a.word(k - 2); (w == "<" || w == "&lt;") && (isAllCaps(sym) || strings.ToLower(sym) == sym && len(sym) <= 6) && a.isCap(k-3) {
		return k - 3
	}
	return k
}

// acronymOf reports whether the words before the comma at token c, back
// to the comma before them or lo, can be the name an acronym after the
// comma stands for ("the Organisation for Economic Cooperation and
// Development, OECD,", "the Bolivian Workers' Confederation, COB,"):
// not an adverbial phrase ("In a filing with the Securities and Exchange
// Commission, WEDGE, which is owned by ..., said").
func (a *annotator) acronymOf(c, lo int) bool {
	j := c - 1
	for j > lo && a.word(j-1) != "," {
		j--
	}
	return j >= lo && a.tag(j) != "IN"
}

// groupAdjectives describe people by their relation to a matter, before
// a preposition: "people familiar with the matter", "those close to him".
var groupAdjectives = map[string]bool{"familiar": true, "close": true, "involved": true, "opposed": true, "knowledgeable": true, "briefed": true}

// groupPronouns stand for the people of a group after "of" ("many of
// them", "most of those polled", "many of whom").
var groupPronouns = map[string]bool{"them": true, "those": true, "whom": true, "us": true}

// askedWords are the participles of asking: "analysts polled by
// Reuters" speak, not Reuters.
var askedWords = map[string]bool{
	"polled": true, "surveyed": true, "interviewed": true, "questioned": true, "asked": true,
	"contacted": true, "consulted": true, "canvassed": true, "sampled": true, "quoted": true, "cited": true,
}

// objectStart are the tags that open a participle's object or phrase
// ("working on the deal", "representing Mr Doherty"), unlike a noun that
// goes on with the noun phrase ("deputy planning director", "the bank
// holding company").
var objectStart = map[string]bool{"DT": true, "PRP$": true, "IN": true, "NNP": true, "NNPS": true, "CD": true, "TO": true}

// relativeOpeners open a clause inside a subject's phrase, which a
// subject found by postmodifiedGroup does not cross ("Some of those
// cities where Holiday said").
var relativeOpeners = map[string]bool{"where": true, "which": true, "that": true, "when": true, "whose": true, "what": true}

// postmodifiedGroup reads a subject that ends at token k and opens the
// clause at lo (or after a comma or a conjunction): people described,
// not named, by what follows their noun: "People familiar with the
// matter", "Those close to him", "Those polled", "Many of them", "most
// of those surveyed", "People who attended the meeting", "Businessmen
// polled by Reuters", "A senior banker working on the deal". It returns
// a descriptor for the whole phrase, not for the noun it ends with ("the
// matter"), and the phrase's first token; a reference of kind refNone
// when the phrase says that nobody speaks ("No-one who plays it").
func (a *annotator) postmodifiedGroup(k, lo int) (ref, int, bool) {
	opens := func(j int) bool {
		return j == lo || j > lo && (a.word(j-1) == "," || a.word(j-1) == "and" || a.word(j-1) == "but")
	}
	descriptor := func(s int, head string) (ref, int, bool) {
		sp := a.span(s, k+1)
		if w := a.word(s); w == "no-one" || w == "nobody" || w == "none" || w == "no" {
			// "No-one who plays it will wonder why": nobody speaks
			return ref{kind: refNone}, s, true
		}
		return ref{kind: refDescriptor, text: sp.In(a.text), span: sp, head: head}, s, true
	}
	// the group's noun: "those", a quantifier, or a plural or agent noun
	// ("people", "sources", "a person"), with its determiner
	group := func(j int) (int, string, bool) {
		w := a.word(j)
		switch {
		case w == "those" || quantifiers[w]:
			return j, w, true
		case (a.tag(j) == "NNS" || a.tag(j) == "NN" && a.agentNoun(w)) && (!a.isCap(j) || opens(j)) || w == "people" || w == "person":
			s := j
			if j > lo && !a.isPunct(j-1) && (a.tag(j-1) == "DT" || a.tag(j-1) == "JJ" || a.tag(j-1) == "CD") {
				s = j - 1
			}
			return s, singular(w), true
		}
		return 0, "", false
	}
	for j := k; j > lo && k-j < 10 && !a.isPunct(j); j-- {
		if relativeOpeners[a.word(j)] {
			break // "Some of those cities where Holiday said"
		}
		if a.word(j) == "who" && j < k && finiteTag(a.tag(j+1)) && !a.isCap(j+1) {
			// "People who attended the meeting": a relative clause with
			// its own verb inside the subject that opens the sentence
			s, head, ok := group(j - 1)
			if !ok && a.tag(j-1) == "NN" {
				// "The man who leads the party": "who" says a person
				s, head, ok = j-1, a.word(j-1), true
				if j-1 > lo && a.tag(j-2) == "DT" {
					s = j - 2
				}
			}
			if ok && !opens(s) {
				if ns, ok2 := a.npLeft(j-1, lo); ok2 && ns < s && opens(ns) {
					s = ns // "Wall Street professionals who work with index futures"
				}
			}
			if ok && s-2 >= lo && a.word(s-1) == "of" && quantifiers[a.word(s-2)] {
				s = s - 2 // "Some of those who have been banned"
			}
			if ok && s-2 >= lo && a.word(s-1) == "and" && a.tag(s-2) == "NNS" {
				s = s - 2 // "Traders and analysts who believe"
			}
			if ok && opens(s) {
				return descriptor(s, head)
			}
			return ref{}, 0, false
		}
	}
	for j := k; j >= lo && k-j < 12; j-- {
		w := a.word(j)
		if a.isPunct(j) || finiteTag(a.tag(j)) || relativeOpeners[w] {
			return ref{}, 0, false
		}
		switch {
		case w == "by" && j-2 >= lo && j < k && askedWords[a.word(j-1)] && strings.HasPrefix(a.tag(j-2), "NN") && (!a.isCap(j-2) || opens(j-2)):
			// "Businessmen polled by Reuters", "economists surveyed by
			// the paper": the people asked, not who asked them (but "A
			// group led by investor Asher Edelman" is his)
			s, ok := a.npLeft(j-2, lo)
			for ok && s-2 >= lo && a.word(s-1) == "of" {
				o, ok2 := a.npLeft(s-2, lo)
				if !ok2 {
					break
				}
				s = o // "A group of affiliated investment firms"
			}
			if ok && opens(s) {
				return descriptor(s, singular(a.word(j-2)))
			}
			return ref{}, 0, false
		case groupAdjectives[w] && j+1 <= k && (a.tag(j+1) == "IN" || a.tag(j+1) == "TO") && j > lo:
			// "people familiar with the matter", "those close to him"
			if s, head, ok := group(j - 1); ok && opens(s) {
				return descriptor(s, head)
			}
			return ref{}, 0, false
		case w == "of" && j > lo && j < k && quantifiers[a.word(j-1)] && groupPronouns[a.word(j+1)] && (j+2 > k || !strings.HasPrefix(a.tag(j+2), "NN")):
			// "many of them", "most of those polled"
			if opens(j - 1) {
				return descriptor(j-1, a.word(j-1))
			}
			return ref{}, 0, false
		case a.tag(j) == "VBG" && j > lo && j < k && (a.tag(j-1) == "NN" || a.tag(j-1) == "NNS") && (!a.isCap(j-1) || opens(j-1)) &&
			(a.agentNoun(singular(a.word(j-1))) || a.word(j-1) == "people") && objectStart[a.tag(j+1)] && w != "including":
			// "A senior banker working on the deal", "analysts following
			// the company": the people the participle describes (a group
			// "including" someone named speaks as that member)
			if s, ok := a.npLeft(j-1, lo); ok && opens(s) {
				return descriptor(s, singular(a.word(j-1)))
			}
			return ref{}, 0, false
		case w == "those" && j < k && (a.tag(j+1) == "VBN" || a.tag(j+1) == "VBD") && k-j <= 3 && opens(j):
			// "Those polled", "those surveyed by the paper"
			return descriptor(j, "those")
		}
	}
	return ref{}, 0, false
}

// finiteAfter reports whether the verb at token i, after the subject that
// ends at token k, is finite or follows an auxiliary or a modal: the
// sentence's verb, not a participle ("the disrespect apparently shown").
func (a *annotator) finiteAfter(k, i int) bool {
	if t := a.tag(i); t != "VBN" && t != "VBG" {
		return true
	}
	for t := k + 1; t < i; t++ {
		if aux[a.word(t)] || a.tag(t) == "MD" {
			return true
		}
	}
	return false
}

// openingPhrase reports whether the words before the comma at token c,
// back to lo, are a phrase that opens the sentence before its subject
// ("In one of the most direct criticisms, board chairman John Tower, a
// longtime Reagan supporter, told"): a preposition first, no comma and
// no verb.
func (a *annotator) openingPhrase(c, lo int) bool {
	if c <= lo || a.tag(lo) != "IN" {
		return false
	}
	for j := lo; j < c; j++ {
		if a.word(j) == "," || finiteTag(a.tag(j)) || a.tag(j) == "MD" {
			return false
		}
	}
	return true
}

// personName reports whether tokens [s, e) are a person's name as news
// writes it: a title or a given name, then one or two capitalised words
// ("Mr Hirsch", "Ann Lee"), not a firm's ("Retail Banking Research").
func (a *annotator) personName(s, e int) bool {
	if e-s < 2 || e-s > 3 {
		return false
	}
	for j := s; j < e; j++ {
		if !a.isCap(j) {
			return false
		}
	}
	w := strings.TrimSuffix(a.word(s), ".")
	return names.IsTitle(w) || english.GivenNames().Has(w) && !english.Common().Has(w)
}
