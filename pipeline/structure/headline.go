package structure

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/commentariat/commentariat/internal/english"
)

// word is a run of non-space bytes of a paragraph and where it starts.
type word struct {
	text  string
	start int
}

// maxHeadlineWords bounds the headline looked for at the start of a
// paragraph.
const maxHeadlineWords = 14

// fusedHeadline returns the length of a headline run into the first
// sentence of p with nothing between them but a space, as collections
// that store an article's title line and its text on one line have it
// ("Blair blasts Tory spending plans Tony Blair has launched an attack
// ..."), or 0 when p opens with no such headline. The headline is cut
// where, before any punctuation or article, the story's first sentence
// plainly begins:
//
//   - a capitalised article before a lower-case word ("... for author The
//     second Pop Idol-style search"): a sentence's article, not a title's
//     ("The Aviator") nor a label ("Class A common");
//   - a person's given name and surname after a lower-case word, where the
//     surname is a word of the headline ("Howard attacks cost of asylum
//     Michael Howard has ..."): headlines name people by surname, first
//     sentences in full. A description before the name goes with the
//     sentence ("... WorldCom fraud Former WorldCom boss Bernie Ebbers");
//     a person named in full before the name is where it began.
//
// A headline has a lower-case word and no article nor form of "be" or
// "have" (headlines drop them), and its last word is no function word or
// verb of saying.
func (lx *Lexicon) fusedHeadline(p string) int {
	var buf [maxHeadlineWords + 2]word
	ws := leadWords(p, buf[:0])
	if len(ws) < 8 || !startsUpper(ws[0].text) && !startsDigit(ws[0].text) {
		return 0
	}
	lowerSeen := false
	for k := 2; k < len(ws)-1 && k <= maxHeadlineWords; k++ {
		before := ws[k-2].text
		if endsClause(before) || before == "the" || before == "a" || before == "an" {
			return 0 // a sentence, or a phrase with an article: no headline
		}
		if lx.lookup(before)&clAuxiliary != 0 {
			return 0 // headlines drop "is", "has" and say "says": a sentence
		}
		lowerSeen = lowerSeen || startsLower(before)
		prev, cur, next := ws[k-1].text, ws[k].text, ws[k+1].text
		if endsClause(prev) || strings.HasSuffix(prev, ":") || lx.lookup(prev)&(clFunction|clConnector|clVerb|clDeterminer) != 0 ||
			!startsUpper(cur) || !(lowerSeen || startsLower(prev)) {
			continue
		}
		switch {
		case (cur == "The" || cur == "A" || cur == "An") && startsLower(next) && !(cur == "A" && lx.lookup(trimWord(prev))&clLabel != 0):
			return ws[k].start
		case startsLower(prev) && english.GivenNames().Has(strings.ToLower(cur)) && startsUpper(next) && surnameIn(trimWord(next), ws[:k]):
			if lx.namedBefore(ws[:k]) {
				return 0 // the story began at the person named first
			}
			if !lx.personNoun(prev) {
				return ws[k].start
			}
			return lx.descriptionStart(ws, k, trimWord(next))
		}
	}
	return 0
}

// descriptionStart returns where the description of the person whose
// given name is word k begins, the first sentence with it: the
// capitalised word after a lower-case one or a quote, back from k ("...
// WorldCom fraud | Former WorldCom boss Bernie Ebbers"); after a
// preposition, the word after the headline's own name ("... for Bellamy
// | Newcastle striker Craig Bellamy"); 0 when no word marks it.
func (lx *Lexicon) descriptionStart(ws []word, k int, sur string) int {
	for j := k - 2; j > 0; j-- {
		if !startsUpper(ws[j].text) || !startsLower(ws[j-1].text) && !strings.ContainsAny(lastRune(ws[j-1].text), `'’"”`) {
			continue
		}
		if (lx.lookup(ws[j-1].text)&(clFunction|clConnector) != 0 || trimWord(ws[j].text) == sur) && j+2 < k && startsUpper(ws[j+1].text) {
			j++
		}
		return ws[j].start
	}
	return 0
}

// personSuffix reports whether the lower-case noun w ends as nouns for
// people do ("striker", "sprinter", "novelist", "comedian").
func personSuffix(w string) bool {
	w = trimWord(w)
	if len(w) < 6 {
		return false // not "after", "over", "under"
	}
	for _, suf := range []string{"er", "or", "ist", "ian"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// namedBefore reports whether ws name a person in full after a noun for
// a person, a verb after the name ("... Wales coach Mike Ruddock says
// England lock"): the first sentence began there, not at a later name.
func (lx *Lexicon) namedBefore(ws []word) bool {
	for i := 1; i+2 < len(ws); i++ {
		if lx.personNoun(ws[i-1].text) && startsUpper(ws[i].text) && startsUpper(ws[i+1].text) && startsLower(ws[i+2].text) &&
			english.GivenNames().Has(strings.ToLower(ws[i].text)) {
			return true
		}
	}
	return false
}

// personNoun reports whether the lower-case word w is a noun for a person
// (a role, a head of a description before a name, or one that ends as
// such nouns do, not "after") or an institution.
func (lx *Lexicon) personNoun(w string) bool {
	c := lx.lookup(trimWord(w))
	return startsLower(w) && c&(clFunction|clConnector|clVerb|clDeterminer) == 0 && (c&(clRole|clInstitution|clLedeHead) != 0 || personSuffix(w))
}

// leadWords appends to ws the first white-space separated words of p, as
// many as ws has room for.
func leadWords(p string, ws []word) []word {
	for i := 0; i < len(p) && len(ws) < cap(ws); {
		for i < len(p) && isSpaceAt(p, i) {
			i += spaceWidth(p, i)
		}
		j := i
		for j < len(p) && !isSpaceAt(p, j) {
			j++
		}
		if j > i {
			ws = append(ws, word{text: p[i:j], start: i})
		}
		i = j
	}
	return ws
}

// surnameIn reports whether sur is one of the words ws, bar punctuation
// and a possessive ("Blair's").
func surnameIn(sur string, ws []word) bool {
	for _, w := range ws {
		t := trimWord(w.text)
		t = strings.TrimSuffix(strings.TrimSuffix(t, "'s"), "’s")
		if t == sur {
			return true
		}
	}
	return false
}

// endsClause reports whether w ends with a full stop, a question or
// exclamation mark, a comma or a semicolon.
func endsClause(w string) bool {
	return strings.HasSuffix(w, ".") || strings.HasSuffix(w, "?") || strings.HasSuffix(w, "!") ||
		strings.HasSuffix(w, ",") || strings.HasSuffix(w, ";")
}

// lastRune returns the last character of w.
func lastRune(w string) string {
	_, n := utf8.DecodeLastRuneInString(w)
	return w[len(w)-n:]
}

// startsLower and startsDigit report what w's first character is.
func startsLower(w string) bool { r, _ := utf8.DecodeRuneInString(w); return unicode.IsLower(r) }
func startsDigit(w string) bool { r, _ := utf8.DecodeRuneInString(w); return unicode.IsDigit(r) }
