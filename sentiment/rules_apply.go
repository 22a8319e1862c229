package sentiment

import (
	"math"
	"strings"

	"github.com/commentariat/commentariat/pipeline"
)

// score scores doc.Tokens[from:to] as one sentence.
func (a *Analyzer) score(doc *pipeline.Document, from, to int, sc *scratch) Score {
	from, to = max(from, 0), min(to, len(doc.Tokens))
	ws := sc.words[:0]
	var ep, qm, caps int
	boundary := false
	for t := from; t < to; t++ {
		tk := &doc.Tokens[t]
		if n, lower, info := a.emoticon(doc, t, to); n > 0 {
			ws = append(ws, word{tok: t, lower: lower, info: info, boundary: boundary})
			boundary = false
			t += n - 1
			continue
		}
		info := a.lookup(tk.Lower)
		if isPunct(tk.Lower) {
			switch tk.Lower {
			case "!":
				ep++
			case "?":
				qm++
			}
			if info != nil && info.flags&fBoundary != 0 {
				boundary = true
			}
			continue
		}
		w := word{tok: t, lower: tk.Lower, info: info, boundary: boundary}
		boundary = false
		if w.caps = isCaps(tk.Span.In(doc.Text)); w.caps {
			caps++
		}
		ws = append(ws, w)
	}
	sc.words = ws
	if len(ws) == 0 {
		return Score{Label: Neutral, Sentences: 1}
	}
	capDiff := caps > 0 && caps < len(ws)
	a.rate(doc, ws)
	if !a.vader {
		markIrrealis(doc, ws)
		if qm > 0 {
			// A question asks rather than asserts: its words are
			// irrealis, as in SO-CAL ("Is the reform a success?").
			for i := range ws {
				ws[i].irrealis = true
			}
		}
	}
	if cap(sc.sent) < len(ws) {
		sc.sent = make([]float64, len(ws))
		sc.weight = make([]float64, len(ws))
	}
	sent, weight := sc.sent[:len(ws)], sc.weight[:len(ws)]
	for i := range ws {
		sent[i], weight[i] = 0, 1
		if ws[i].rated && ws[i].val != 0 {
			sent[i] = a.adjust(doc, ws, i, capDiff)
		}
	}
	for i := range ws {
		if ws[i].shifted {
			sent[i] = 0
		}
	}
	a.contrast(doc, ws, weight)
	out := Score{Sentences: 1}
	// sum is the weighted sum of the words' values, wsum the sum of the
	// weights of the words that carry one.
	sum, wsum := 0.0, 0.0
	for i, v := range sent {
		if v == 0 {
			continue
		}
		w := weight[i]
		if !a.vader {
			if ws[i].irrealis {
				w *= irrealisScale
			}
			if v < 0 {
				w *= negativityWeight
			}
		}
		sum += w * v
		wsum += w
		switch {
		case v > 0:
			out.Pos++
		case v < 0:
			out.Neg++
		}
	}
	if sum != 0 {
		emph := float64(min(ep, 4)) * epStep
		if qm > 1 {
			emph += min(float64(qm)*qmStep, qmMax)
			if qm > 3 {
				emph = float64(min(ep, 4))*epStep + qmMax
			}
		}
		if sum > 0 {
			sum += emph
		} else {
			sum -= emph
		}
	}
	out.Sum, out.Weight, out.vader = sum, wsum, a.vader
	out.Valence = valenceOf(sum, wsum, a.vader)
	out.Label = LabelOf(out.Valence)
	if out.Pos+out.Neg > 0 {
		out.Toned = 1
	}
	a.certainty(doc, ws, &out)
	return out
}

// rate gives each word its lexicon rating, matching multi-word expressions
// first (longest first) and falling back to globs and stems.
func (a *Analyzer) rate(doc *pipeline.Document, ws []word) {
	hasGlobs := len(a.valence.globLens) > 0
	for i := range ws {
		w := &ws[i]
		if w.consumed {
			continue
		}
		if w.info != nil && len(w.info.valMWE) > 0 {
			if n, v, ok := matchMWE(w.info.valMWE, ws, i); ok {
				w.val, w.rated = v, true
				for k := i + 1; k < i+n; k++ {
					ws[k].consumed = true
				}
				continue
			}
		}
		if hasGlobs && len(a.valence.globMWEs) > 0 {
			if n, v, ok := a.globMWE(ws, i); ok {
				w.val, w.rated = v, true
				for k := i + 1; k < i+n; k++ {
					ws[k].consumed = true
				}
				continue
			}
		}
		if w.info != nil {
			if w.info.booster != 0 {
				continue // VADER: a booster is not itself rated
			}
			if w.info.hasVal {
				if !a.vader && w.info.pos != "" && !strings.HasPrefix(doc.Tokens[w.tok].Tag, w.info.pos) {
					continue
				}
				if !a.vader && i > 0 && isProperName(doc, ws, i) {
					continue
				}
				if w.lower == "kind" && i+1 < len(ws) && ws[i+1].lower == "of" {
					continue
				}
				if len(w.lower) == 1 && (!a.vader || !standsAlone(doc, w.tok)) {
					continue // an initial or a label ("Melvin L. Gold", "Plan B"), not VADER's "l"
				}
				w.val, w.rated = w.info.val, true
				continue
			}
		}
		if hasGlobs {
			if v, ok := a.valence.lookupGlob(w.lower); ok {
				w.val, w.rated = v, true
				continue
			}
		}
		if w.info != nil && w.info.hasStem && inflectionAgrees(w.lower, doc.Tokens[w.tok].Tag) {
			w.val, w.rated = w.info.stemVal, true
			continue
		}
		if !a.vader && (w.info == nil || !w.info.hasVal) {
			if info := a.elongated(w.lower); info != nil {
				w.info, w.val, w.rated, w.elongated = info, info.val, true, true
			}
		}
	}
}

// matchMWE tries the expressions of list (longest first) at ws[i], whose
// first word the caller has already matched.
func matchMWE(list []term, ws []word, i int) (n int, v float64, ok bool) {
next:
	for _, m := range list {
		if i+len(m.words) > len(ws) {
			continue
		}
		for k := 1; k < len(m.words); k++ {
			if ws[i+k].consumed || ws[i+k].boundary || !matchWord(m.words[k], ws[i+k].lower) {
				continue next
			}
		}
		return len(m.words), m.value, true
	}
	return 0, 0, false
}

// globMWE matches expressions whose first word is a glob.
func (a *Analyzer) globMWE(ws []word, i int) (int, float64, bool) {
	w := ws[i].lower
	for _, n := range a.valence.globLens {
		if n <= len(w) {
			if list, ok := a.valence.globMWEs[w[:n]]; ok {
				if k, v, ok := matchMWE(list, ws, i); ok {
					return k, v, true
				}
			}
		}
	}
	return 0, 0, false
}

func (a *Analyzer) isNeg(ws []word, j int) bool {
	w := &ws[j]
	if w.info != nil && w.info.flags&fNeg != 0 {
		if !a.vader && w.lower == "not" && j+1 < len(ws) && ws[j+1].lower == "only" {
			return false // "not only ... but also"
		}
		return true
	}
	if a.vader {
		return strings.Contains(w.lower, "n't")
	}
	if j == 0 {
		return false
	}
	// "no longer": the negation reaches past "longer"; "far from
	// perfect", "anything but fair" negate what follows.
	switch prev := ws[j-1].lower; w.lower {
	case "longer":
		return prev == "no"
	case "from":
		return prev == "far"
	case "but":
		return prev == "anything"
	}
	return false
}

// adjust applies VADER's word-level rules to the rated word ws[i]:
// capitals, boosters and dampeners, negation in a window of three words,
// "no", "never so" and "least", and (outside VADER mode) polarity shifters
// and clause boundaries that end the window.
func (a *Analyzer) adjust(doc *pipeline.Document, ws []word, i int, capDiff bool) float64 {
	base := ws[i].val
	v := base
	lw := func(k int) string {
		if k < 0 || k >= len(ws) {
			return ""
		}
		return ws[k].lower
	}
	if ws[i].lower == "no" && i+1 < len(ws) && ws[i+1].rated {
		v = 0
	}
	byNo := lw(i-1) == "no" || lw(i-2) == "no" || (lw(i-3) == "no" && (lw(i-1) == "or" || lw(i-1) == "nor"))
	if byNo {
		v = a.negate(base)
	}
	if ws[i].caps && capDiff {
		if v > 0 {
			v += capsIncr
		} else {
			v -= capsIncr
		}
	}
	if ws[i].elongated {
		if v > 0 {
			v += boostIncr
		} else {
			v -= boostIncr
		}
	}
	for d := 1; d <= window && i-d >= 0; d++ {
		j := i - d
		if !a.vader && ws[j+1].boundary {
			break
		}
		if ws[j].rated && !(ws[j].info != nil && ws[j].info.flags&fShifter != 0 && !a.vader) {
			continue
		}
		if b := a.booster(&ws[j]); b != 0 && !ws[j].rated {
			if v < 0 {
				b = -b
			}
			if ws[j].caps && capDiff {
				if v > 0 {
					b += capsIncr
				} else {
					b -= capsIncr
				}
			}
			switch d {
			case 2:
				b *= 0.95
			case 3:
				b *= 0.9
			}
			v += b
		}
		switch {
		case d >= 2 && lw(i-d) == "never" && (lw(i-1) == "so" || lw(i-1) == "this" || (d == 3 && (lw(i-2) == "so" || lw(i-2) == "this"))):
			v *= neverScale
		case d >= 2 && lw(i-d) == "without" && (lw(i-1) == "doubt" || (d == 3 && lw(i-2) == "doubt")):
		case a.isNeg(ws, j) && !(byNo && ws[j].lower == "longer"):
			v = a.negate(v)
		case !a.vader && ws[j].info != nil && ws[j].info.flags&fShifter != 0 && governs(doc, ws, j, i):
			v *= negScalar
			ws[j].shifted = true
		}
		if d == 2 {
			if pair := lw(i-2) + " " + lw(i-1); pair == "kind of" || pair == "sort of" {
				if v < 0 {
					v -= boostDecr
				} else {
					v += boostDecr
				}
			}
		}
	}
	// "too" marks excess, which is always a fault: "too optimistic",
	// "too generous" are criticism, "too costly" is worse than "costly".
	if !a.vader && i > 0 && lw(i-1) == "too" && !ws[i].boundary && isAdjective(doc, &ws[i]) {
		if v > 0 {
			v *= negScalar
		} else {
			v -= boostIncr
		}
	}
	// "least": "the least effective" reverses; "at least" does not.
	if i > 0 && lw(i-1) == "least" && !ws[i-1].rated {
		if i == 1 || (lw(i-2) != "at" && lw(i-2) != "very") {
			v *= negScalar
		}
	}
	return v
}

// negate returns the value of a negated rating v. VADER multiplies by
// negScalar. Outside VADER mode, negation shifts the rating by negShift
// towards and past zero, as SO-CAL does (Taboada et al. 2011): "not bad"
// is faint praise and "not terrible" still a complaint, while "not good"
// is nearly as negative as "bad" (negated negative words move towards
// neutral, negated positive ones become negative: Kiritchenko and
// Mohammad 2016). The shift never makes a weak word stronger than VADER's
// scalar would ("not ok" is not "awful").
func (a *Analyzer) negate(v float64) float64 {
	scaled := v * negScalar
	if a.vader || v == 0 {
		return scaled
	}
	shifted := v - negShift
	if v < 0 {
		shifted = v + negShift
	}
	if math.Abs(shifted) > math.Abs(scaled) {
		return scaled
	}
	return shifted
}

func (a *Analyzer) booster(w *word) float64 {
	if w.info == nil {
		return 0
	}
	return w.info.booster
}

// contrast shifts weight to what follows "but" (and, outside VADER mode,
// "however", "yet", ...) and away from a concessive clause ("although",
// "despite").
func (a *Analyzer) contrast(doc *pipeline.Document, ws []word, weight []float64) {
	notOnly := false
	for k := range ws {
		w := &ws[k]
		if !a.vader && w.lower == "only" && k > 0 && ws[k-1].lower == "not" {
			notOnly = true
		}
		if w.info == nil || w.info.flags&fContrast == 0 {
			continue
		}
		if !a.vader {
			if w.lower == "yet" && k > 0 && doc.Tokens[w.tok].Tag != "CC" {
				continue
			}
			if w.lower == "but" && k > 0 && ws[k-1].lower == "anything" {
				continue // "anything but fair" negates, it does not contrast
			}
			if notOnly || (k+1 < len(ws) && ws[k+1].lower == "also") {
				continue // "not only ... but (also)" adds, it does not contrast
			}
		}
		for i := range weight {
			switch {
			case i < k:
				weight[i] *= 1 - contrastScale
			case i > k:
				weight[i] *= 1 + contrastScale
			}
		}
		break
	}
	if a.vader {
		return
	}
	for k := range ws {
		if ws[k].info == nil || ws[k].info.flags&fConcessive == 0 {
			continue
		}
		if k > 0 && !ws[k].boundary {
			return // "even though" mid-clause and the like: leave it
		}
		end := k + 1
		for end < len(ws) && !ws[end].boundary {
			end++
		}
		if k == 0 && end == len(ws) {
			return // no main clause to weigh against
		}
		for i := range weight {
			if i > k && i < end {
				weight[i] *= 1 - contrastScale
			} else if i != k {
				weight[i] *= 1 + contrastScale
			}
		}
		return
	}
}

// markIrrealis marks the words in the scope of a hypothetical modal or an
// "if"/"unless" clause: from the marker to the end of its clause.
func markIrrealis(doc *pipeline.Document, ws []word) {
	in := false
	for k := range ws {
		if ws[k].boundary {
			in = false
		}
		w := &ws[k]
		if w.info != nil && w.info.flags&fIrrealis != 0 {
			if w.info.flags&fModal == 0 || isModal(doc, ws, k) {
				in = true
			}
		}
		w.irrealis = in
	}
}

// certainty sums the boosters and hedges of the words.
func (a *Analyzer) certainty(doc *pipeline.Document, ws []word, out *Score) {
	var b, h float64
	for i := 0; i < len(ws); i++ {
		w := &ws[i]
		if w.info == nil {
			continue
		}
		var v float64
		n := 1
		if len(w.info.certMWE) > 0 {
			if k, mv, ok := matchMWE(w.info.certMWE, ws, i); ok {
				v, n = mv, k
			}
		}
		if n == 1 {
			if !w.info.hasCert {
				continue
			}
			if w.info.flags&fModal != 0 && !isModal(doc, ws, i) {
				continue
			}
			v = w.info.cert
			// A negated marker of knowing or seeming counts as its
			// opposite ("not clear", "do n't know"); a negated modal
			// keeps its force ("will not" is as sure as "will").
			if w.info.flags&fModal == 0 {
				for d := 1; d <= 2 && i-d >= 0; d++ {
					if ws[i-d+1].boundary {
						break
					}
					if a.isNeg(ws, i-d) || ws[i-d].lower == "no" {
						v = -v
						break
					}
				}
			}
		}
		i += n - 1
		switch {
		case v > 0:
			b += v
			out.Boosters++
		case v < 0:
			h -= v
			out.Hedges++
		}
	}
	if out.Boosters+out.Hedges > 0 {
		out.Certainty = (b - h) / (b + h + 1)
		out.Stanced = 1
	}
}

// isModal reports whether ws[k], a modal verb, is used as one: tagged MD
// and followed by a verb, an adverb or nothing ("the will of the people"
// is not a prediction even when the tagger says MD).
func isModal(doc *pipeline.Document, ws []word, k int) bool {
	if doc.Tokens[ws[k].tok].Tag != "MD" {
		return false
	}
	if k+1 >= len(ws) {
		return true
	}
	tag := doc.Tokens[ws[k+1].tok].Tag
	return strings.HasPrefix(tag, "VB") || strings.HasPrefix(tag, "RB") || strings.HasPrefix(tag, "MD")
}

// governs reports whether the shifter ws[j] governs the rated word ws[i]:
// only its object's determiners, numbers, adjectives and nouns, and "of",
// "against" or "in", stand between them ("lack of transparency", "reduce
// child poverty", "fight against corruption"), not a preposition that
// starts an adjunct ("resolved through constructive dialogue").
func governs(doc *pipeline.Document, ws []word, j, i int) bool {
	for k := j + 1; k < i; k++ {
		switch ws[k].lower {
		case "of", "against", "in":
			continue
		case "to":
			if strings.HasPrefix(ws[j].lower, "fail") {
				continue // "failed to improve"
			}
		}
		tag := doc.Tokens[ws[k].tok].Tag
		switch {
		case tag == "DT", tag == "PDT", tag == "PRP$", tag == "CD",
			strings.HasPrefix(tag, "JJ"), strings.HasPrefix(tag, "NN"):
		default:
			return false
		}
	}
	return true
}

// isProperName reports whether ws[i], not the first word of its span, is
// part of a name: tagged NNP or NNPS, capitalised but not written in
// capitals, next to another such word ("Organization for Security and
// Cooperation", "Justice Party", "Freedom House", "Moody's Investors
// Service") or with a possessive of its own ("said Moody's", "Hope's
// campaign"). A rating word in a name names an institution or a person;
// it does not evaluate it. A lone capitalised word or one in capitals
// ("feeling Great", "I LOVE it") is emphasis or a tagging slip far more
// often than a one-word name, but emphasis takes no possessive.
func isProperName(doc *pipeline.Document, ws []word, i int) bool {
	if !nameWord(doc, &ws[i]) || ws[i].caps {
		return false
	}
	if i+1 < len(ws) && isPossessive(doc, &ws[i+1]) {
		return true
	}
	return nameNeighbour(doc, ws, i, -1) || nameNeighbour(doc, ws, i, 1)
}

// isPossessive reports whether w is the possessive ending "'s" or "'".
func isPossessive(doc *pipeline.Document, w *word) bool {
	return doc.Tokens[w.tok].Tag == "POS"
}

// standsAlone reports whether doc.Tokens[t] is a whole white-space-delimited
// unit of the text, as VADER, which splits text on white space, would see it.
func standsAlone(doc *pipeline.Document, t int) bool {
	sp := doc.Tokens[t].Span
	if sp.Start < 0 || sp.End > len(doc.Text) || sp.Start > sp.End {
		return false
	}
	return (sp.Start == 0 || isSpace(doc.Text[sp.Start-1])) && (sp.End == len(doc.Text) || isSpace(doc.Text[sp.End]))
}

// nameNeighbour reports whether the next word from ws[i] in direction dir
// (-1 or +1), past the function words names contain ("Organization for
// Security and Cooperation in Europe", "Party of Justice"), is a
// capitalised proper noun not written in capitals (or an initial), with no
// clause punctuation in between.
func nameNeighbour(doc *pipeline.Document, ws []word, i, dir int) bool {
	for k, n := i+dir, 0; k >= 0 && k < len(ws) && n < 3; k, n = k+dir, n+1 {
		if (dir < 0 && ws[k+1].boundary) || (dir > 0 && ws[k].boundary) {
			return false
		}
		switch ws[k].lower {
		case "of", "for", "and", "the", "in", "on", "&":
			continue
		}
		if isPossessive(doc, &ws[k]) {
			continue // "Moody's Investors Service"
		}
		// An initial is written in capitals too ("Victor E. Smith").
		return nameWord(doc, &ws[k]) && (!ws[k].caps || len(ws[k].lower) == 1)
	}
	return false
}

// nameWord reports whether w is tagged NNP or NNPS and capitalised.
func nameWord(doc *pipeline.Document, w *word) bool {
	tk := &doc.Tokens[w.tok]
	if tk.Tag != "NNP" && tk.Tag != "NNPS" {
		return false
	}
	if tk.Span.Start < 0 || tk.Span.Start >= len(doc.Text) {
		return false
	}
	c := doc.Text[tk.Span.Start]
	return 'A' <= c && c <= 'Z'
}

// isAdjective reports whether w is tagged as an adjective or an adverb.
func isAdjective(doc *pipeline.Document, w *word) bool {
	tag := doc.Tokens[w.tok].Tag
	return strings.HasPrefix(tag, "JJ") || strings.HasPrefix(tag, "RB")
}
