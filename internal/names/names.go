// Package names normalises personal and organisation names into keys that
// stay the same across spellings, and derives the corpus-wide ids of
// speakers and entities from them.
//
// A person's key folds what varies between transliterations of the same
// post-Soviet name (Yerkin / Erkin, Yerlan / Erlan, Tazhibayev / Tazhibaev,
// Dmitriy / Dmitry, Tatyana / Tatiana, Akhmetov / Ahmetov, Zh / J), case
// (TULINDINOVA), diacritics, Cyrillic script, titles (Dr, Prof.), patronymics
// (Kemelevich, Kemelevna, -uly, -kyzy) and the order of given name and
// surname. The key is computed from the name alone, so documents and batches
// processed apart agree on it.
package names

import (
	"crypto/sha256"
	"encoding/hex"
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/commentariat/commentariat/internal/english"
	"golang.org/x/text/unicode/norm"
)

// titles are honorifics and academic titles dropped from person names.
var titles = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "prof": true,
	"professor": true, "sir": true, "dame": true, "lord": true, "lady": true,
	"mister": true, "madam": true, "madame": true, "monsieur": true,
	"jr": true, "sr": true, "phd": true, "mp": true, "hon": true, "rev": true,
}

// OneWord reports whether a person's name is a single word but for the
// titles before it and the particles of the surname ("Tulindinova", "Mr
// Howard", "Mr Kilroy-Silk", "De Clercq", "van der Merwe"; not "Al Gore",
// whose "Al" is a given name too): a surname that may refer to a fuller
// name.
func OneWord(name string) bool {
	n := 0
	fs := strings.Fields(name)
	for i, f := range fs {
		ws := Words(f)
		if len(ws) == 0 || n == 0 && len(ws) == 1 && (titles[ws[0]] || i < len(fs)-1 && particles[ws[0]] && (f == ws[0] || !givenParticles[ws[0]])) {
			continue
		}
		n++
	}
	return n == 1
}

// givenParticles are particles that, capitalised, are given names too
// ("Al Gore", "Ben Bernanke").
var givenParticles = map[string]bool{"al": true, "ben": true, "del": true}

// Particles returns the words that open surnames or stand inside
// personal names ("De Clercq", "van der Merwe", "bin Laden"), lower case,
// as a new set the caller may keep.
func Particles() map[string]bool { return maps.Clone(particles) }

// particles are the words that open surnames ("De Clercq", "van der
// Merwe", "bin Laden").
var particles = map[string]bool{
	"de": true, "da": true, "do": true, "dos": true, "das": true, "du": true, "del": true, "della": true, "di": true,
	"van": true, "von": true, "der": true, "den": true, "ter": true, "le": true, "la": true, "al": true, "el": true,
	"bin": true, "ibn": true, "ben": true,
}

// GivenName returns the folded first word of a name of two words or more
// but for titles ("Sir Richard Branson" gives "richard"), or "".
func GivenName(name string) string {
	var ws []string
	for _, w := range Words(name) {
		if len(ws) == 0 && titles[w] {
			continue
		}
		ws = append(ws, w)
	}
	if len(ws) < 2 {
		return ""
	}
	return foldWord(ws[0])
}

// LeadSurname returns, for a person's name of two or three words that may
// be written family name first ("Zhao Ziyang", "Hu Jintao"), the folded
// first word, so that "Zhao" alone can find the person: the first word
// when it is no title and no given name common in English-speaking
// countries (english.GivenNames), and no later word is a common English
// word ("Mittal Steel", "Virgin Radio" are firms); "" otherwise.
func LeadSurname(name string) string {
	ws := Words(name)
	if len(ws) < 2 || len(ws) > 3 || titles[ws[0]] || english.GivenNames().Has(ws[0]) {
		return ""
	}
	for _, w := range ws[1:] {
		if english.Common().Has(w) {
			return ""
		}
	}
	return Surname(ws[0])
}

// Knighted reports whether a name starts with "Sir" or "Dame", titles
// followed by the given name ("Sir Richard" is Sir Richard Branson).
func Knighted(name string) bool {
	ws := Words(name)
	return len(ws) > 1 && (ws[0] == "sir" || ws[0] == "dame")
}

// rankAbbrevs are the abbreviated offices and ranks written before a
// name ("Rep.", "Sen.", "Lt. Col."), lower case and without the dot.
var rankAbbrevs = map[string]bool{
	"rep": true, "reps": true, "sen": true, "sens": true, "gov": true, "lt": true, "col": true, "gen": true,
	"capt": true, "cmdr": true, "adm": true, "maj": true, "sgt": true, "cpl": true, "atty": true, "supt": true,
	"insp": true, "det": true, "amb": true,
}

// RankAbbrev reports whether w, lower case and without its dot,
// abbreviates an office or a rank written before a name ("rep" of "Rep.
// Dan Glickman", "lt" and "col" of "Lt. Col. Craig McNab").
func RankAbbrev(w string) bool { return rankAbbrevs[w] }

// IsTitle reports whether w, a word as Words gives it, is a title or
// honorific that is no part of the name itself ("mr", "dr", "sir", "mp").
func IsTitle(w string) bool { return titles[w] }

// cyrillic maps Russian and Kazakh Cyrillic letters to the Latin letters
// the folding below expects (after lower-casing).
var cyrillic = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "e",
	'ж': "zh", 'з': "z", 'и': "i", 'й': "y", 'к': "k", 'л': "l", 'м': "m",
	'н': "n", 'о': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u",
	'ф': "f", 'х': "kh", 'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "shch",
	'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "yu", 'я': "ya",
	'ә': "a", 'ғ': "g", 'қ': "k", 'ң': "n", 'ө': "o", 'ұ': "u", 'ү': "u",
	'һ': "h", 'і': "i",
}

// Words returns the lower-case ASCII words of a name: diacritics removed,
// Cyrillic transliterated, split at spaces, hyphens and punctuation
// (apostrophes dropped: O'Brien is obrien).
func Words(name string) []string {
	if w, ok := asciiWords(name); ok {
		return w
	}
	return unicodeWords(name)
}

// unicodeWords is Words for any name.
func unicodeWords(name string) []string {
	var b strings.Builder
	// invalid bytes would stop the decomposition of what follows them
	for _, r := range norm.NFKD.String(strings.ToValidUTF8(name, " ")) {
		r = unicode.ToLower(r)
		switch {
		case unicode.Is(unicode.Mn, r):
			// combining mark of a decomposed letter: drop
		case r == '\'' || r == '’' || r == '‘' || r == 'ʼ' || r == '`':
		case r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			b.WriteRune(r)
		case cyrillic[r] != "" || r == 'ъ' || r == 'ь':
			b.WriteString(cyrillic[r])
		case unicode.IsLetter(r):
			b.WriteRune(r)
		default:
			b.WriteByte(' ')
		}
	}
	return strings.Fields(b.String())
}

// asciiWords is Words for a name written in ASCII (nearly all), which
// needs no decomposition; ok is false for any other name.
func asciiWords(name string) (words []string, ok bool) {
	var b []byte
	start := 0 // of the current word in b
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c >= utf8.RuneSelf:
			return nil, false
		case 'A' <= c && c <= 'Z':
			b = append(b, c+'a'-'A')
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			b = append(b, c)
		case c == '\'' || c == '`':
		default:
			if len(b) > start {
				b = append(b, ' ')
				start = len(b)
			}
		}
	}
	return strings.Fields(string(b)), true
}

// foldWord reduces one lower-case word of a name to its transliteration
// key, applying the folding until nothing changes so that a key folds to
// itself.
func foldWord(w string) string {
	for range 8 {
		f := foldOnce(w)
		if f == w {
			break
		}
		w = f
	}
	return w
}

var translit = strings.NewReplacer(
	"dzh", "zh", "yev", "ev", "iyev", "iev", "kh", "h", "j", "zh",
	"ya", "ia", "yu", "iu", "yo", "io", "ye", "ie", "ck", "k", "x", "ks",
)

func foldOnce(w string) string {
	if strings.HasPrefix(w, "ye") && len(w) > 3 {
		w = "e" + w[2:] // Yerkin, Yerlan, Yevgeny
	}
	w = translit.Replace(w)
	for _, end := range []string{"iy", "ii", "yi", "y"} {
		if strings.HasSuffix(w, end) && len(w) > len(end)+1 {
			w = strings.TrimSuffix(w, end) + "i"
			break
		}
	}
	// Double letters: Nurpeissova / Nurpeisova, Massimov / Masimov.
	var b strings.Builder
	prev := rune(-1)
	for _, r := range w {
		if r != prev {
			b.WriteRune(r)
		}
		prev = r
	}
	return b.String()
}

// patronymic reports whether a word of a name is a Russian or Kazakh
// patronymic, left out of keys because a name is written with or without
// it.
func patronymic(w string) bool {
	for _, end := range []string{"ovich", "evich", "ovna", "evna", "ichna", "ich"} {
		if strings.HasSuffix(w, end) && len(w) > len(end)+2 {
			return true
		}
	}
	return w == "uly" || w == "ulu" || w == "kyzy" || w == "kizi"
}

// PersonKey returns the normalised key of a person's name: its folded words
// without titles, initials or patronymics, in sorted order. It returns ""
// when nothing of the name is left.
func PersonKey(name string) string {
	var keep []string
	for _, w := range Words(name) {
		if titles[w] || patronymic(w) {
			continue
		}
		// A word that folds into a title ("Drr" into "dr") is dropped as
		// the title would be, so that a key is its own key.
		if w = foldWord(w); len(w) >= 2 && !titles[w] && !patronymic(w) {
			keep = append(keep, w)
		}
	}
	slices.Sort(keep)
	return strings.Join(keep, " ")
}

// Surname returns the folded key of the last word of a person's name that
// is not a title or patronymic, the part by which a document refers back to
// a person ("Tulindinova" for "Zhanar Tulindinova"); "" when there is none.
// For "TULINDINOVA Zhanar" (surname first, marked by capitals) it returns
// the capitalised word.
func Surname(name string) string {
	fields := strings.Fields(name)
	for _, f := range fields {
		if ws := Words(f); len(ws) == 1 && len(f) > 2 && strings.ToUpper(f) == f && strings.ToLower(f) != f && len(fields) > 1 {
			if !titles[ws[0]] {
				return foldWord(ws[0])
			}
		}
	}
	ws := Words(name)
	for i := len(ws) - 1; i >= 0; i-- {
		if !titles[ws[i]] && len(ws[i]) >= 2 && !patronymic(ws[i]) {
			return foldWord(ws[i])
		}
	}
	return ""
}

// SameWord reports whether two words of names are spellings of one name
// (Tazhibayev and Tazhibaev, Yerkin and Erkin).
func SameWord(a, b string) bool {
	wa, wb := Words(a), Words(b)
	if len(wa) != 1 || len(wb) != 1 {
		return false
	}
	return foldWord(wa[0]) == foldWord(wb[0])
}

// PersonID returns the corpus-wide id of a person: 16 hex digits of a hash
// of PersonKey, or "" when the key is empty. Speakers and PERSON entities
// share it.
func PersonID(name string) string { return PersonIDOfKey(PersonKey(name)) }

// PersonIDOfKey is PersonID of a name whose PersonKey is k.
func PersonIDOfKey(k string) string {
	if k == "" {
		return ""
	}
	return hash("person", k)
}

// stopWords are left out of the keys of non-person names: "the Mazhilis"
// is "Mazhilis".
var stopWords = map[string]bool{"the": true, "of": true, "and": true, "for": true, "on": true, "in": true, "a": true, "an": true}

// Key returns the normalised key of a non-person name: lower-case ASCII
// words without articles and the small words of titles, in their order.
func Key(name string) string {
	var keep []string
	for _, w := range Words(name) {
		if !stopWords[w] {
			keep = append(keep, w)
		}
	}
	return strings.Join(keep, " ")
}

// EntityID returns the corpus-wide id of an entity of the given type:
// PersonID for PERSON, otherwise 16 hex digits of a hash of the type and
// Key; "" when the key is empty.
func EntityID(typ, name string) string {
	if typ == "PERSON" {
		return PersonID(name)
	}
	k := Key(name)
	if k == "" {
		return ""
	}
	return hash(strings.ToLower(typ), k)
}

func hash(kind, key string) string {
	h := sha256.Sum256([]byte(kind + "\x00" + key))
	return hex.EncodeToString(h[:8])
}
