package attribution

import (
	_ "embed"
	"fmt"
	"strings"
)

//go:embed lexicon.txt
var defaultLexicon []byte

// Lexicon holds the word lists the stage matches: cue verbs, roles,
// institution head words, descriptors and pronouns. It is built once by
// ParseLexicon and only read afterwards, so one Lexicon serves every
// goroutine.
type Lexicon struct {
	// speech maps every inflected form of a cue verb to its base form;
	// speechBase holds the bases of the [speech] section.
	speech     map[string]string
	speechBase map[string]bool
	// postposed, object and phrase hold base forms and nouns.
	postposed, object, phrase, bare, quoting, infinitive map[string]bool
	// claimNoun holds nouns of saying ("claim", "warning") in singular
	// and plural.
	claimNoun           map[string]bool
	role, institution   map[string]bool
	descriptor, pronoun map[string]bool
	// group holds the nouns of unnamed groups ("police", "critics"):
	// descriptors too, which never refer back to one speaker.
	group map[string]bool
	// office holds the role heads that name one holder ("the
	// chancellor"), which refer back only to a speaker with that role.
	office map[string]bool
	// roleWords holds every word of a role entry (for "political
	// scientist", "vice president").
	roleWords map[string]bool
}

// ParseLexicon reads a lexicon in the format of the embedded lexicon.txt:
// [section] headings and one lower-case entry a line. name is used in
// error messages.
func ParseLexicon(name string, data []byte) (*Lexicon, error) {
	lx := &Lexicon{
		speech: map[string]string{}, speechBase: map[string]bool{}, postposed: map[string]bool{}, object: map[string]bool{}, bare: map[string]bool{}, quoting: map[string]bool{}, infinitive: map[string]bool{}, claimNoun: map[string]bool{},
		phrase: map[string]bool{}, role: map[string]bool{}, institution: map[string]bool{},
		descriptor: map[string]bool{}, pronoun: map[string]bool{}, roleWords: map[string]bool{},
		office: map[string]bool{}, group: map[string]bool{},
	}
	section := ""
	var forms [][2]string
	for i, line := range strings.Split(string(data), "\n") {
		if j := strings.IndexByte(line, '#'); j >= 0 {
			line = line[:j]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, "[") {
			if !strings.HasSuffix(line, "]") {
				return nil, fmt.Errorf("%s:%d: unclosed section heading %q", name, i+1, line)
			}
			section = line[1 : len(line)-1]
			continue
		}
		entry := strings.ToLower(line)
		switch section {
		case "speech":
			lx.speechBase[entry] = true
			for _, f := range inflect(entry) {
				lx.speech[f] = entry
			}
		case "forms":
			f := strings.Fields(entry)
			if len(f) != 2 {
				return nil, fmt.Errorf("%s:%d: want \"form base\", got %q", name, i+1, line)
			}
			forms = append(forms, [2]string{f[0], f[1]})
		case "quoting":
			lx.quoting[entry] = true
			for _, f := range inflect(entry) {
				if _, ok := lx.speech[f]; !ok {
					lx.speech[f] = entry
				}
			}
		case "bare":
			lx.bare[entry] = true
		case "noun":
			lx.claimNoun[entry] = true
			if !strings.HasSuffix(entry, "s") {
				lx.claimNoun[entry+"s"] = true
			}
		case "infinitive":
			lx.infinitive[entry] = true
		case "postposed":
			lx.postposed[entry] = true
		case "object":
			lx.object[entry] = true
		case "phrase":
			lx.phrase[entry] = true
		case "role":
			lx.role[entry] = true
			for _, w := range strings.Fields(entry) {
				lx.roleWords[w] = true
			}
		case "institution":
			lx.institution[entry] = true
		case "descriptor":
			lx.descriptor[entry] = true
		case "group":
			lx.descriptor[entry] = true
			lx.group[entry] = true
		case "pronoun":
			lx.pronoun[entry] = true
		case "office":
			lx.office[entry] = true
		case "":
			return nil, fmt.Errorf("%s:%d: entry %q before any [section]", name, i+1, line)
		default:
			return nil, fmt.Errorf("%s:%d: unknown section [%s]", name, i+1, section)
		}
	}
	for _, f := range forms {
		lx.speech[f[0]] = f[1]
	}
	for base := range lx.infinitive {
		for _, f := range inflect(base) {
			if _, ok := lx.speech[f]; !ok {
				lx.speech[f] = base
			}
		}
	}
	for base := range lx.postposed {
		for _, f := range inflect(base) {
			if _, ok := lx.speech[f]; !ok {
				lx.speech[f] = base
			}
		}
	}
	for base := range lx.object {
		for _, f := range inflect(base) {
			if _, ok := lx.speech[f]; !ok {
				lx.speech[f] = base
			}
		}
	}
	if len(lx.speech) == 0 {
		return nil, fmt.Errorf("%s: no [speech] verbs", name)
	}
	return lx, nil
}

// inflect returns a regular verb's base, -s, -ed and -ing forms.
func inflect(base string) []string {
	if base == "" {
		return nil
	}
	out := []string{base}
	last := base[len(base)-1]
	switch {
	case strings.HasSuffix(base, "e"):
		out = append(out, base+"s", base+"d", base[:len(base)-1]+"ing")
	case last == 'y' && len(base) > 1 && !strings.ContainsRune("aeiou", rune(base[len(base)-2])):
		out = append(out, base[:len(base)-1]+"ies", base[:len(base)-1]+"ied", base+"ing")
	case strings.HasSuffix(base, "s") || strings.HasSuffix(base, "sh") || strings.HasSuffix(base, "ch"):
		out = append(out, base+"es", base+"ed", base+"ing")
	default:
		out = append(out, base+"s", base+"ed", base+"ing")
		if len(base) == 3 && strings.ContainsRune("aeiou", rune(base[1])) && !strings.ContainsRune("aeiouwy", rune(last)) {
			out = append(out, base+string(last)+"ed", base+string(last)+"ing")
		}
	}
	switch base {
	case "admit", "regret", "commit", "refer":
		out = append(out, base+string(last)+"ed", base+string(last)+"ing")
	}
	return out
}

// closesOnly reports whether a cue verb base only closes a quotation or
// a clause ("...," she asked) and opens none.
func (lx *Lexicon) closesOnly(base string) bool { return lx.postposed[base] && !lx.speechBase[base] }

// cueBase returns the base form of a cue verb form, or "".
func (lx *Lexicon) cueBase(lower string) string { return lx.speech[lower] }

// isRole reports whether a lower-case word is (part of) a role.
func (lx *Lexicon) isRole(w string) bool {
	if lx.roleWords[w] || lx.role[singular(w)] {
		return true
	}
	// a role with a prefix: "agro-economist", "co-founder", "ex-minister"
	if i := strings.LastIndexByte(w, '-'); i > 0 && i+1 < len(w) {
		t := w[i+1:]
		return lx.role[t] || lx.role[singular(t)]
	}
	return false
}

// isInstitution reports whether a lower-case word heads an organisation's
// name.
func (lx *Lexicon) isInstitution(w string) bool { return lx.institution[w] }

// isInstitutionForm reports whether a lower-case word is an
// institution's head in the singular or the plural ("Societies",
// "Departments").
func (lx *Lexicon) isInstitutionForm(w string) bool {
	return lx.institution[w] || lx.institution[singular(w)] ||
		strings.HasSuffix(w, "ies") && lx.institution[w[:len(w)-3]+"y"]
}

// singular strips a plural -s from a lower-case word ("experts").
func singular(w string) string {
	if len(w) > 2 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return w[:len(w)-1]
	}
	return w
}
