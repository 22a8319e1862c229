// Package dict reads the user dictionaries that commentariat's dictionary
// stages share (tone now, themes later): quanteda-style YAML, with nested
// categories and `*` globs, and LIWC-style `.dic` files.
//
// Both formats parse into the same Dictionary: the leaf categories in the
// order the file names them, and one Entry per distinct pattern. A pattern
// is lower-case; a word may end with `*` (any ending: "democra*" matches
// "democracy" and "democratic"); words separated by single spaces make a
// multi-word entry ("step forward", "rule of law"). A pattern listed under
// several categories becomes one Entry naming them all.
//
// Errors name the file and line, like encoding/csv's ParseError:
//
//	lsd.yml:12: glob "*" is only allowed at the end of a word
package dict

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Dictionary is a parsed user dictionary.
type Dictionary struct {
	// Categories lists the leaf categories in the order the file names
	// them. Nested YAML categories are joined with "." ("economy.jobs").
	Categories []string
	// Entries holds one entry per distinct pattern, in file order.
	Entries []Entry
}

// Entry is one pattern of a dictionary and the categories it belongs to.
type Entry struct {
	// Pattern is the lower-case pattern: words separated by single spaces,
	// each of which may end with "*".
	Pattern string
	// Categories names the leaf categories the pattern belongs to.
	Categories []string
	// Line is the 1-based line of the pattern's first appearance.
	Line int
}

// Words splits the pattern into its words.
func (e Entry) Words() []string { return strings.Split(e.Pattern, " ") }

// Error is a problem at a line of a dictionary file.
type Error struct {
	File string
	Line int
	Msg  string
}

// Error returns "file:line: message".
func (e *Error) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// Load reads a dictionary file, choosing the format by its extension:
// .yml and .yaml are quanteda YAML, .dic is LIWC.
func Load(path string) (Dictionary, error) {
	parse := ParseYAML
	switch strings.ToLower(filepath.Ext(path)) {
	case ".yml", ".yaml":
	case ".dic":
		parse = ParseDIC
	default:
		return Dictionary{}, fmt.Errorf("%s: unknown dictionary format (want .yml, .yaml or .dic)", path)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return Dictionary{}, fmt.Errorf("reading dictionary: %w", err)
	}
	return parse(path, data)
}

// builder collects categories and entries, merging repeated patterns.
type builder struct {
	file   string
	d      Dictionary
	cats   map[string]bool
	byPatt map[string]int
}

func newBuilder(file string) *builder {
	return &builder{file: file, cats: map[string]bool{}, byPatt: map[string]int{}}
}

func (b *builder) errorf(line int, format string, args ...any) error {
	return &Error{File: b.file, Line: line, Msg: fmt.Sprintf(format, args...)}
}

func (b *builder) category(name string) {
	if !b.cats[name] {
		b.cats[name] = true
		b.d.Categories = append(b.d.Categories, name)
	}
}

// add records pattern raw under the categories cats.
func (b *builder) add(line int, raw string, cats ...string) error {
	p, err := normalize(raw)
	if err != nil {
		return b.errorf(line, "%s", err)
	}
	i, ok := b.byPatt[p]
	if !ok {
		i = len(b.d.Entries)
		b.byPatt[p] = i
		b.d.Entries = append(b.d.Entries, Entry{Pattern: p, Line: line})
	}
	e := &b.d.Entries[i]
	for _, c := range cats {
		b.category(c)
		dup := false
		for _, have := range e.Categories {
			dup = dup || have == c
		}
		if !dup {
			e.Categories = append(e.Categories, c)
		}
	}
	return nil
}

// normalize lower-cases a pattern, collapses white space between its words
// and checks its globs.
func normalize(raw string) (string, error) {
	words := strings.Fields(strings.ToLower(raw))
	if len(words) == 0 {
		return "", fmt.Errorf("empty pattern")
	}
	for _, w := range words {
		if i := strings.IndexByte(w, '*'); i >= 0 && i != len(w)-1 {
			return "", fmt.Errorf("pattern %q: glob \"*\" is only allowed at the end of a word", raw)
		}
		if w == "*" {
			return "", fmt.Errorf("pattern %q: a word cannot be a bare \"*\"", raw)
		}
	}
	return strings.Join(words, " "), nil
}
