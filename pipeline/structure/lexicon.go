package structure

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"strings"
)

//go:embed lexicon.txt
var defaultLexicon []byte

// Lexicon holds the word lists the line classifier consults. It is built
// once by ParseLexicon and never changed, so one Lexicon serves every
// goroutine of a run.
type Lexicon struct {
	words   map[string]class // single words, lower-cased
	phrases []phrase         // multi-word entries, lower-cased
}

// class is a bit set of the lists a word belongs to.
type class uint16

const (
	clRole class = 1 << iota
	clInstitution
	clConnector
	clParticle
	clHonorific
	clFunction
	clVerb
	clTitleStart
	clDeterminer
	clLabel
	clLedeHead
	clAuxiliary
)

// sectionNames maps the [section] headings of a lexicon file to classes.
var sectionNames = map[string]class{
	"role":        clRole,
	"institution": clInstitution,
	"connector":   clConnector,
	"particle":    clParticle,
	"honorific":   clHonorific,
	"function":    clFunction,
	"verb":        clVerb,
	"title-start": clTitleStart,
	"determiner":  clDeterminer,
	"label":       clLabel,
	"lede-head":   clLedeHead,
	"auxiliary":   clAuxiliary,
}

type phrase struct {
	text  string
	class class
}

// ParseLexicon reads a lexicon in the format of the embedded lexicon.txt:
// "[section]" headings (role, institution, connector, determiner, particle,
// honorific, function, verb, title-start, label, lede-head, auxiliary) each followed by one lower-case entry a
// line; "#" starts a comment. Errors name the line, as "lexicon.txt:12:".
func ParseLexicon(name string, data []byte) (*Lexicon, error) {
	lx := &Lexicon{words: make(map[string]class)}
	var cur class
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		switch {
		case line == "":
			continue
		case strings.HasPrefix(line, "["):
			sec, ok := strings.CutSuffix(line[1:], "]")
			c, known := sectionNames[sec]
			if !ok || !known {
				return nil, fmt.Errorf("%s:%d: unknown section %q", name, n, line)
			}
			cur = c
		case cur == 0:
			return nil, fmt.Errorf("%s:%d: entry %q before any [section]", name, n, line)
		case line != strings.ToLower(line):
			return nil, fmt.Errorf("%s:%d: entry %q is not lower-case", name, n, line)
		case strings.ContainsAny(line, " \t"):
			lx.phrases = append(lx.phrases, phrase{text: strings.Join(strings.Fields(line), " "), class: cur})
		default:
			lx.words[line] |= cur
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	return lx, nil
}

// lookup returns the classes of a word; w may be in any case.
func (lx *Lexicon) lookup(w string) class {
	var buf [32]byte
	if len(w) > len(buf) {
		return lx.words[strings.ToLower(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return lx.words[strings.ToLower(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return lx.words[string(buf[:len(w)])]
}

// phraseClass returns the classes of the phrases found in lower, a
// lower-cased line with single spaces.
func (lx *Lexicon) phraseClass(lower string) class {
	var c class
	for _, p := range lx.phrases {
		if strings.Contains(lower, p.text) {
			c |= p.class
		}
	}
	return c
}
