package corpus

import (
	"strings"

	"github.com/commentariat/commentariat/pipeline"
)

// markdown reads a Markdown article: YAML front matter gives its metadata
// and the body becomes plain text (see mdText).
func (r *reader) markdown(b []byte) (*pipeline.Document, string) {
	dec, err := decode(b)
	if err != nil {
		return nil, err.Error()
	}
	fm, body := splitFrontMatter(normalize(dec.text))
	text := mdText(body)
	if blank(text) {
		return nil, "empty document (no text)"
	}
	d := newDoc(text, dec)
	for i, f := range fm {
		for _, name := range []string{r.opts.IDField, r.opts.TitleField, r.opts.DateField, r.opts.SourceField, r.opts.URLField} {
			if strings.EqualFold(f.key, name) {
				fm[i].key = name
			}
		}
	}
	r.setFields(d, fm)
	return d, ""
}

// splitFrontMatter separates a leading YAML front matter block ("---"
// lines around "key: value" lines) from the body. Without one, or when the
// block is not closed, all of s is body.
func splitFrontMatter(s string) ([]field, string) {
	rest, ok := strings.CutPrefix(s, "---\n")
	if !ok {
		return nil, s
	}
	for off := 0; off <= len(rest); {
		line, _, _ := strings.Cut(rest[off:], "\n")
		if t := strings.TrimRight(line, " \t"); t == "---" || t == "..." {
			body := ""
			if end := off + len(line) + 1; end <= len(rest) {
				body = rest[end:]
			}
			fm, ok := parseFrontMatter(rest[:off])
			if !ok {
				return nil, s
			}
			return fm, body
		}
		if off+len(line) >= len(rest) {
			break
		}
		off += len(line) + 1
	}
	return nil, s
}

// parseFrontMatter reads the simple YAML of front matter: "key: value"
// lines, with quoted values, "- item" lists and "|" or ">" blocks, nested
// keys as "parent.key". It is not a YAML parser; ok is false when the
// first line is not a key, so that a body starting with a rule ("---") is
// not mistaken for front matter.
func parseFrontMatter(s string) (fields []field, ok bool) {
	var parent string  // key whose value is on the following lines
	var block []string // lines of that value
	blockSep := ""     // how block lines join: "\n" for "|", " " for ">", ", " for lists
	flush := func() {
		if parent != "" && len(block) > 0 {
			fields = append(fields, field{parent, strings.Join(block, blockSep)})
		}
		block = nil
	}
	for _, line := range strings.Split(s, "\n") {
		t := strings.TrimSpace(line)
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		indented := line[0] == ' ' || line[0] == '\t'
		if !indented {
			key, val, found := strings.Cut(t, ":")
			if !found || strings.ContainsAny(key, " \t\"'") {
				if len(fields) == 0 && parent == "" {
					return nil, false
				}
				continue
			}
			flush()
			key, val = strings.TrimSpace(key), strings.TrimSpace(val)
			parent, blockSep = "", ""
			switch {
			case val == "":
				parent, blockSep = key, ", "
			case strings.HasPrefix(val, "|") || strings.HasPrefix(val, ">"):
				parent, blockSep = key, " "
				if val[0] == '|' {
					blockSep = "\n"
				}
			default:
				fields = append(fields, field{key, unquote(val)})
			}
			continue
		}
		if parent == "" {
			continue
		}
		switch item, isItem := strings.CutPrefix(t, "- "); {
		case isItem || t == "-":
			block = append(block, unquote(strings.TrimSpace(item)))
		case blockSep == ", ":
			if k, v, found := strings.Cut(t, ":"); found && !strings.ContainsAny(k, " \t") {
				fields = append(fields, field{parent + "." + k, unquote(strings.TrimSpace(v))})
			}
		default:
			block = append(block, t)
		}
	}
	flush()
	return fields, true
}

// unquote removes the quotes around a YAML scalar.
func unquote(v string) string {
	if len(v) >= 2 && (v[0] == '"' && v[len(v)-1] == '"' || v[0] == '\'' && v[len(v)-1] == '\'') {
		inner := v[1 : len(v)-1]
		if v[0] == '\'' {
			return strings.ReplaceAll(inner, "''", "'")
		}
		return strings.NewReplacer(`\"`, `"`, `\\`, `\`, `\n`, "\n", `\t`, "\t").Replace(inner)
	}
	if i := strings.Index(v, " #"); i >= 0 { // trailing comment
		return strings.TrimSpace(v[:i])
	}
	return v
}

// mdText turns a Markdown body into plain text: headings lose their "#"
// marks and stand as paragraphs of their own; emphasis, code and link
// syntax give way to their text; images, HTML comments and tags, link
// reference definitions and rules are dropped; list items keep their
// bullets, one line each; blank lines separate paragraphs.
func mdText(s string) string {
	s = dropHTMLComments(s)
	var out []string
	brk := func() {
		if len(out) > 0 && out[len(out)-1] != "" {
			out = append(out, "")
		}
	}
	fence := ""
	prevPara := false // the last line was running paragraph text
	for _, line := range strings.Split(s, "\n") {
		if fence != "" {
			if t := strings.TrimSpace(line); strings.HasPrefix(t, fence) && strings.Trim(t, fence[:1]) == "" {
				fence = ""
				brk()
				continue
			}
			out = append(out, strings.TrimRight(line, " \t"))
			continue
		}
		t := strings.TrimSpace(line)
		para := false
		switch {
		case t == "":
			brk()
		case strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~"):
			fence = t[:3]
			brk()
		case prevPara && (strings.Trim(t, "=") == "" || strings.Trim(t, "-") == ""):
			// setext underline: the line above is a heading
			brk()
		case isRule(t) || isRefDef(t) || isTableRule(t):
		default:
			for strings.HasPrefix(t, ">") {
				t = strings.TrimSpace(t[1:])
			}
			if h, ok := atxHeading(t); ok {
				brk()
				if h = inline(h); h != "" {
					out = append(out, h)
				}
				brk()
				break
			}
			if strings.HasPrefix(t, "|") {
				t = tableRow(t)
			}
			marker, rest := listMarker(t)
			t = strings.TrimSuffix(strings.TrimRight(marker+inline(rest), " \t"), "\\")
			if strings.TrimSpace(t) != "" {
				out = append(out, strings.TrimRight(t, " \t"))
				para = marker == ""
			}
		}
		prevPara = para
	}
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	return strings.Join(out, "\n")
}

// dropHTMLComments removes <!-- ... --> (an unclosed one runs to the end).
func dropHTMLComments(s string) string {
	if !strings.Contains(s, "<!--") {
		return s
	}
	var b strings.Builder
	for {
		i := strings.Index(s, "<!--")
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		j := strings.Index(s[i+4:], "-->")
		if j < 0 {
			return b.String()
		}
		s = s[i+4+j+3:]
	}
}

// atxHeading returns the text of a "# Heading #" line.
func atxHeading(t string) (string, bool) {
	n := 0
	for n < len(t) && t[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || (n < len(t) && t[n] != ' ' && t[n] != '\t') {
		return "", false
	}
	h := strings.TrimSpace(t[n:])
	if closed := strings.TrimRight(h, "#"); closed == "" || strings.HasSuffix(closed, " ") {
		h = strings.TrimSpace(closed)
	}
	return h, true
}

// isRule reports a thematic break: three or more *, - or _ and spaces.
func isRule(t string) bool {
	if len(t) < 3 || (t[0] != '*' && t[0] != '-' && t[0] != '_') {
		return false
	}
	n := 0
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case t[0]:
			n++
		case ' ', '\t':
		default:
			return false
		}
	}
	return n >= 3
}

// isRefDef reports a link reference definition: "[label]: url".
func isRefDef(t string) bool {
	if !strings.HasPrefix(t, "[") || strings.HasPrefix(t, "[^") {
		return false
	}
	i := strings.Index(t, "]:")
	return i > 1 && !strings.ContainsAny(t[1:i], "[]") && strings.TrimSpace(t[i+2:]) != ""
}

// isTableRule reports the delimiter row under a table header: "|---|:--:|".
func isTableRule(t string) bool {
	if !strings.Contains(t, "-") || !strings.ContainsAny(t, "|") {
		return false
	}
	return strings.Trim(t, "|-: \t") == ""
}

// tableRow turns "| a | b |" into "a b".
func tableRow(t string) string {
	var cells []string
	for _, c := range strings.Split(strings.Trim(t, "|"), "|") {
		if c = strings.TrimSpace(c); c != "" {
			cells = append(cells, c)
		}
	}
	return strings.Join(cells, " ")
}

// listMarker splits a list item's bullet ("- ", "* ", "+ ", "1. ", "1) ")
// from its text; marker is "" for other lines.
func listMarker(t string) (marker, rest string) {
	if len(t) >= 2 && (t[0] == '-' || t[0] == '*' || t[0] == '+') && t[1] == ' ' {
		return t[:2], t[2:]
	}
	n := 0
	for n < len(t) && n < 9 && t[n] >= '0' && t[n] <= '9' {
		n++
	}
	if n > 0 && n+1 < len(t) && (t[n] == '.' || t[n] == ')') && t[n+1] == ' ' {
		return t[:n+2], t[n+2:]
	}
	return "", t
}
