// Package english holds word lists of general English that several
// extractors share: the words never written capitalised, which tell a
// capitalised common word ("Critics", "Nice") from a name, and the
// pronoun contractions the tokenizer leaves whole ("I've"), and given
// names common in English-speaking countries.
//
// common.txt is generated from Debian's wamerican and wbritish (SCOWL),
// firstnames.txt from stdlib's lists of English given names, by
// extract/entities/gen; see extract/entities/LICENSES.md.
package english

import (
	_ "embed"
	"iter"
	"maps"
	"strings"
	"sync"
)

var (
	//go:embed common.txt
	commonTxt string
	//go:embed firstnames.txt
	givenTxt string
)

// Words is a read-only set of lower-case words, safe for concurrent use.
type Words struct{ set map[string]struct{} }

// Has reports whether w (lower case) is in the set.
func (ws *Words) Has(w string) bool {
	_, ok := ws.set[w]
	return ok
}

// Len returns the number of words.
func (ws *Words) Len() int { return len(ws.set) }

// All returns the words, in no particular order.
func (ws *Words) All() iter.Seq[string] { return maps.Keys(ws.set) }

var (
	common = sync.OnceValue(func() *Words { return parseWords(commonTxt, 64<<10) })
	given  = sync.OnceValue(func() *Words { return parseWords(givenTxt, 8<<10) })
	gender = sync.OnceValue(func() map[string]string { return parseGenders(givenTxt) })
)

// parseWords reads a word list, one word a line (what follows a tab is
// not part of it), "#" lines skipped, into a set of lower-case words.
func parseWords(txt string, size int) *Words {
	ws := &Words{set: make(map[string]struct{}, size)}
	for _, line := range strings.Split(txt, "\n") {
		line, _, _ = strings.Cut(line, "\t")
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			ws.set[strings.ToLower(line)] = struct{}{}
		}
	}
	return ws
}

// parseGenders reads the given names marked "m" or "f" after a tab (those
// on one of the lists of male and female names only).
func parseGenders(txt string) map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(txt, "\n") {
		name, g, ok := strings.Cut(strings.TrimSpace(line), "\t")
		if ok && (g == "m" || g == "f") && !strings.HasPrefix(name, "#") {
			m[strings.ToLower(name)] = g
		}
	}
	return m
}

// Uncontract splits a lower-case word the tokenizer left whole into a
// pronoun and its contracted auxiliary ("i've" gives "i", "ve"; "we’d"
// gives "we", "d"); ok is false for any other word.
func Uncontract(w string) (pronoun, aux string, ok bool) {
	for _, q := range []string{"'", "’"} {
		if p, a, found := strings.Cut(w, q); found && auxiliaries[a] && pronouns[p] {
			return p, a, true
		}
	}
	return w, "", false
}

var (
	auxiliaries = map[string]bool{"ve": true, "d": true, "ll": true, "re": true, "m": true, "s": true}
	pronouns    = map[string]bool{"i": true, "we": true, "you": true, "he": true, "she": true, "it": true, "they": true, "that": true, "there": true, "here": true, "what": true, "who": true, "let": true}
)

// Common returns the English words never written capitalised ("critics",
// "investors", "nice"), parsed once per process and shared.
func Common() *Words { return common() }

// GivenNames returns the given names common in English-speaking countries
// ("ann", "bob"), in lower case, parsed once per process and shared.
func GivenNames() *Words { return given() }

// GivenGender returns "m" for a given name (any case) found only among
// the lists' male names ("David"), "f" for one found only among their
// female names ("Tessa"), and "" for a name on both or on neither. The
// lists are English ones: foreign names may be listed under the other
// gender ("Andrei" and "Claude" are among the female names), so a caller
// should lean on "m" more than on "f".
func GivenGender(name string) string { return gender()[strings.ToLower(name)] }
