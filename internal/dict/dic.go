package dict

import (
	"strings"
)

// ParseDIC parses a LIWC-style dictionary: a header between two lines
// holding only "%" that maps category ids to names, then one pattern a
// line followed by the ids of its categories.
//
//	%
//	1	posemo
//	2	negemo
//	%
//	good	1
//	step forward	1
//	corrupt*	2
//
// When a line holds a tab, everything before the first tab is the pattern
// (so a multi-word pattern keeps its spaces) and the ids follow, separated
// by tabs or spaces; otherwise the first word is the pattern. Lines may end
// in "\r\n"; blank lines are skipped. LIWC 2007's conditional entries
// ("like	(02 134)125/464") are rejected with an error naming name and
// the line.
func ParseDIC(name string, data []byte) (Dictionary, error) {
	b := newBuilder(name)
	lines := strings.Split(string(data), "\n")
	ids := map[string]string{}
	state := 0 // 0 before the header, 1 inside it, 2 in the body
	for i, raw := range lines {
		lineNo := i + 1
		line := strings.TrimRight(raw, " \t\r")
		if i == 0 {
			line = strings.TrimPrefix(line, "\uFEFF")
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		if strings.TrimSpace(line) == "%" {
			if state == 2 {
				return b.d, b.errorf(lineNo, "unexpected %% after the header")
			}
			state++
			continue
		}
		switch state {
		case 0:
			return b.d, b.errorf(lineNo, "expected the %% that opens the category header")
		case 1:
			f := strings.Fields(line)
			if len(f) < 2 {
				return b.d, b.errorf(lineNo, "category line needs an id and a name")
			}
			id, cat := f[0], strings.Join(f[1:], " ")
			if _, dup := ids[id]; dup {
				return b.d, b.errorf(lineNo, "category id %s defined twice", id)
			}
			ids[id] = cat
			b.category(cat)
			continue
		}
		var patt string
		var rest []string
		if tab := strings.IndexByte(line, '\t'); tab >= 0 {
			patt, rest = line[:tab], strings.Fields(line[tab+1:])
		} else {
			f := strings.Fields(line)
			patt, rest = f[0], f[1:]
		}
		if len(rest) == 0 {
			return b.d, b.errorf(lineNo, "pattern %q has no category ids", strings.TrimSpace(patt))
		}
		cats := make([]string, 0, len(rest))
		for _, id := range rest {
			if strings.ContainsAny(id, "()/<>") {
				return b.d, b.errorf(lineNo, "conditional LIWC entries are not supported: %q", id)
			}
			cat, ok := ids[id]
			if !ok {
				return b.d, b.errorf(lineNo, "unknown category id %s", id)
			}
			cats = append(cats, cat)
		}
		if err := b.add(lineNo, patt, cats...); err != nil {
			return b.d, err
		}
	}
	if state == 1 {
		return b.d, b.errorf(len(lines), "category header is not closed by %%")
	}
	return b.d, nil
}
