package themes

import (
	_ "embed"
	"fmt"
	"sort"
	"strings"

	"github.com/kljensen/snowball/english"

	"github.com/commentariat/commentariat/internal/dict"
)

//go:embed data/themes.yml
var defaultYAML []byte

// DefaultFile is the name the embedded default dictionary is reported
// under in errors.
const DefaultFile = "themes.yml"

// Dictionary is a compiled theme dictionary, ready for matching. It is
// immutable once built and safe for concurrent use.
type Dictionary struct {
	themes   []string
	patterns []pattern
	// exact indexes patterns by the key of their first word; globs lists
	// the patterns whose first word is a glob, by the first globKey bytes
	// of its prefix (all of a shorter one); globLens has bit n set when
	// some glob key is n bytes long.
	exact    map[string][]int
	globs    map[string][]int
	globLens uint8
}

// globKey is the length of the prefix of a glob that indexes it: a token
// is compared only with the globs that share its first globKey bytes.
const globKey = 3

// pattern is one compiled dictionary entry.
type pattern struct {
	term    string // as the dictionary writes it, without "!"
	words   []word // one per word
	themes  []int  // indexes into Dictionary.themes
	exclude bool   // an exclusion ("!...")
	source  string // file:line, for messages
}

// word is one word of a pattern: a stem to compare with token stems (and
// the lower-case word to compare with token forms), or a glob prefix.
type word struct {
	stem, lower string
	glob        bool
}

// Default returns the embedded default dictionary of sixteen themes.
func Default() (*Dictionary, error) {
	d, err := dict.ParseYAML(DefaultFile, defaultYAML)
	if err != nil {
		return nil, fmt.Errorf("default theme dictionary: %w", err)
	}
	return Compile(DefaultFile, d)
}

// Load reads a user dictionary (.yml, .yaml or .dic, as package
// internal/dict reads them) and compiles it; errors name the file and
// line.
func Load(path string) (*Dictionary, error) {
	d, err := dict.Load(path)
	if err != nil {
		return nil, fmt.Errorf("theme dictionary: %w", err)
	}
	return Compile(path, d)
}

// Compile turns a parsed dictionary into a theme dictionary. Nested
// category names ("politics.pluralism") become "politics/pluralism".
// name is used in error messages.
func Compile(name string, d dict.Dictionary) (*Dictionary, error) {
	out := &Dictionary{exact: map[string][]int{}, globs: map[string][]int{}}
	idx := map[string]int{}
	for _, c := range d.Categories {
		c = strings.ReplaceAll(c, ".", "/")
		if _, ok := idx[c]; !ok {
			idx[c] = len(out.themes)
			out.themes = append(out.themes, c)
		}
	}
	for _, e := range d.Entries {
		p := pattern{term: e.Pattern, source: fmt.Sprintf("%s:%d", name, e.Line)}
		if strings.HasPrefix(p.term, "!") {
			p.exclude = true
			p.term = strings.TrimSpace(strings.TrimPrefix(p.term, "!"))
		}
		if p.term == "" {
			return nil, &dict.Error{File: name, Line: e.Line, Msg: "empty exclusion \"!\""}
		}
		for _, w := range strings.Fields(p.term) {
			cw, err := compileWord(w)
			if err != nil {
				return nil, &dict.Error{File: name, Line: e.Line, Msg: fmt.Sprintf("pattern %q: %v", e.Pattern, err)}
			}
			p.words = append(p.words, cw)
		}
		for _, c := range e.Categories {
			p.themes = append(p.themes, idx[strings.ReplaceAll(c, ".", "/")])
		}
		sort.Ints(p.themes)
		out.add(p)
	}
	return out, nil
}

func compileWord(w string) (word, error) {
	if prefix, ok := strings.CutSuffix(w, "*"); ok {
		if prefix == "" || strings.Contains(prefix, "*") {
			return word{}, fmt.Errorf("glob \"*\" is only allowed at the end of a word")
		}
		return word{lower: prefix, glob: true}, nil
	}
	if strings.Contains(w, "*") {
		return word{}, fmt.Errorf("glob \"*\" is only allowed at the end of a word")
	}
	return word{stem: english.Stem(w, true), lower: w}, nil
}

func (d *Dictionary) add(p pattern) {
	i := len(d.patterns)
	d.patterns = append(d.patterns, p)
	first := p.words[0]
	switch {
	case first.glob:
		k := first.lower[:min(globKey, len(first.lower))]
		d.globs[k] = append(d.globs[k], i)
		d.globLens |= 1 << len(k)
	default:
		d.exact[first.stem] = append(d.exact[first.stem], i)
		if first.lower != first.stem {
			d.exact[first.lower] = append(d.exact[first.lower], i)
		}
	}
}

// Themes returns the dictionary's theme names in the order the files name
// them.
func (d *Dictionary) Themes() []string { return append([]string(nil), d.themes...) }

// Len returns the number of patterns, exclusions included.
func (d *Dictionary) Len() int { return len(d.patterns) }

// Extend returns a new dictionary holding d's themes and patterns followed
// by those of ext; a theme both name is one theme. Neither input changes.
func (d *Dictionary) Extend(ext *Dictionary) *Dictionary {
	out := &Dictionary{exact: map[string][]int{}, globs: map[string][]int{}}
	idx := map[string]int{}
	addTheme := func(t string) int {
		if i, ok := idx[t]; ok {
			return i
		}
		idx[t] = len(out.themes)
		out.themes = append(out.themes, t)
		return idx[t]
	}
	for _, src := range []*Dictionary{d, ext} {
		for _, t := range src.themes {
			addTheme(t)
		}
		for _, p := range src.patterns {
			q := p
			q.themes = make([]int, len(p.themes))
			for j, ti := range p.themes {
				q.themes[j] = addTheme(src.themes[ti])
			}
			sort.Ints(q.themes)
			out.add(q)
		}
	}
	return out
}
