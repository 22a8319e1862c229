package dict

import (
	"fmt"
	"strings"
)

// ParseYAML parses a quanteda-style YAML dictionary: a mapping from
// category names to lists of patterns, where a category may hold further
// categories instead of (or as well as) patterns.
//
//	positive:
//	  - good
//	  - step forward
//	negative: [bad, crisis, corrupt*]
//	economy:
//	  jobs:
//	  - employ*
//
// Nested categories are named by their path ("economy.jobs"). ParseYAML
// reads the subset of YAML such files use: block mappings and sequences,
// flow sequences (which may span lines), plain and quoted scalars and
// comments. Anchors, tags and multi-line scalars are rejected with an error
// naming name and the line.
func ParseYAML(name string, data []byte) (Dictionary, error) {
	b := newBuilder(name)
	type level struct {
		indent int
		path   string
	}
	var stack []level
	lines := strings.Split(string(data), "\n")
	for i := 0; i < len(lines); i++ {
		lineNo := i + 1
		raw := strings.TrimRight(lines[i], " \t\r")
		if i == 0 {
			raw = strings.TrimPrefix(raw, "\uFEFF")
		}
		if strings.ContainsRune(raw, '\t') && strings.TrimLeft(raw, " ") != strings.TrimLeft(raw, " \t") {
			return b.d, b.errorf(lineNo, "tab in indentation")
		}
		body := strings.TrimLeft(raw, " ")
		indent := len(raw) - len(body)
		body = stripComment(body)
		if body == "" || body == "---" || body == "..." || strings.HasPrefix(body, "%") {
			continue
		}
		if strings.HasPrefix(body, "-") && (len(body) == 1 || body[1] == ' ') {
			for len(stack) > 0 && stack[len(stack)-1].indent > indent {
				stack = stack[:len(stack)-1]
			}
			if len(stack) == 0 {
				return b.d, b.errorf(lineNo, "list item outside any category")
			}
			item := strings.TrimSpace(body[1:])
			if item == "" {
				return b.d, b.errorf(lineNo, "empty list item")
			}
			if k, _, isKey, err := splitKey(item); err == nil && isKey {
				return b.d, b.errorf(lineNo, "unexpected mapping %q in a list of patterns", k)
			}
			v, err := scalar(item)
			if err != nil {
				return b.d, b.errorf(lineNo, "%s", err)
			}
			if err := b.add(lineNo, v, stack[len(stack)-1].path); err != nil {
				return b.d, err
			}
			continue
		}
		key, rest, isKey, err := splitKey(body)
		if err != nil {
			return b.d, b.errorf(lineNo, "%s", err)
		}
		if !isKey {
			return b.d, b.errorf(lineNo, "expected \"category:\" or \"- pattern\", found %q", body)
		}
		for len(stack) > 0 && stack[len(stack)-1].indent >= indent {
			stack = stack[:len(stack)-1]
		}
		path := key
		if len(stack) > 0 {
			path = stack[len(stack)-1].path + "." + key
		}
		stack = append(stack, level{indent: indent, path: path})
		if rest == "" {
			continue
		}
		if strings.HasPrefix(rest, "[") {
			// A flow sequence, perhaps over several lines.
			start := lineNo
			for !flowClosed(rest) {
				i++
				if i >= len(lines) {
					return b.d, b.errorf(start, "unterminated flow sequence")
				}
				rest += " " + stripComment(strings.TrimSpace(lines[i]))
			}
			items, err := flowItems(rest)
			if err != nil {
				return b.d, b.errorf(start, "%s", err)
			}
			for _, it := range items {
				if err := b.add(start, it, path); err != nil {
					return b.d, err
				}
			}
			continue
		}
		if strings.HasPrefix(rest, "{") || strings.HasPrefix(rest, "&") || strings.HasPrefix(rest, "*") ||
			strings.HasPrefix(rest, "!") || strings.HasPrefix(rest, "|") || strings.HasPrefix(rest, ">") {
			return b.d, b.errorf(lineNo, "unsupported YAML construct %q", rest)
		}
		v, err := scalar(rest)
		if err != nil {
			return b.d, b.errorf(lineNo, "%s", err)
		}
		if err := b.add(lineNo, v, path); err != nil {
			return b.d, err
		}
	}
	return b.d, nil
}

// stripComment removes a "#" comment that starts the line or follows white
// space outside quotes.
func stripComment(s string) string {
	var quote byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"':
			if i == 0 || s[i-1] == ' ' || s[i-1] == '[' || s[i-1] == ',' || s[i-1] == '-' {
				quote = c
			}
		case c == '#' && (i == 0 || s[i-1] == ' ' || s[i-1] == '\t'):
			return strings.TrimRight(s[:i], " \t")
		}
	}
	return s
}

// splitKey splits "key: rest" or "key:"; isKey is false when s is not a
// mapping key.
func splitKey(s string) (key, rest string, isKey bool, err error) {
	if s[0] == '\'' || s[0] == '"' {
		end := closingQuote(s)
		if end < 0 {
			return "", "", false, fmt.Errorf("unterminated quoted key")
		}
		after := s[end+1:]
		if !strings.HasPrefix(after, ":") || (len(after) > 1 && after[1] != ' ') {
			return "", "", false, nil
		}
		k, err := scalar(s[:end+1])
		return k, strings.TrimSpace(after[1:]), true, err
	}
	for i := 0; i < len(s); i++ {
		if s[i] == ':' && (i == len(s)-1 || s[i+1] == ' ') {
			k := strings.TrimSpace(s[:i])
			if k == "" {
				return "", "", false, fmt.Errorf("empty category name")
			}
			return k, strings.TrimSpace(s[i+1:]), true, nil
		}
	}
	return "", "", false, nil
}

// closingQuote returns the index of the quote closing the quoted scalar at
// the start of s, or -1.
func closingQuote(s string) int {
	q := s[0]
	for i := 1; i < len(s); i++ {
		switch {
		case q == '"' && s[i] == '\\':
			i++
		case s[i] == q:
			if q == '\'' && i+1 < len(s) && s[i+1] == '\'' {
				i++
				continue
			}
			return i
		}
	}
	return -1
}

// scalar decodes a plain, single-quoted or double-quoted scalar.
func scalar(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", fmt.Errorf("empty value")
	}
	switch s[0] {
	case '\'':
		end := closingQuote(s)
		if end != len(s)-1 {
			return "", fmt.Errorf("bad single-quoted value %s", s)
		}
		return strings.ReplaceAll(s[1:end], "''", "'"), nil
	case '"':
		end := closingQuote(s)
		if end != len(s)-1 {
			return "", fmt.Errorf("bad double-quoted value %s", s)
		}
		var sb strings.Builder
		for i := 1; i < end; i++ {
			c := s[i]
			if c == '\\' {
				i++
				switch s[i] {
				case 'n':
					c = '\n'
				case 't':
					c = '\t'
				case '"', '\\', '/':
					c = s[i]
				default:
					return "", fmt.Errorf("unsupported escape \\%c", s[i])
				}
			}
			sb.WriteByte(c)
		}
		return sb.String(), nil
	case '&', '!', '|', '>', '{', '[', '@', '`':
		return "", fmt.Errorf("unsupported YAML construct %q", s)
	}
	if s[0] == '*' && len(s) > 1 {
		// "*foo" would be a YAML alias.
		return "", fmt.Errorf("unsupported YAML alias %q (quote patterns that start with *)", s)
	}
	return s, nil
}

// flowClosed reports whether the flow sequence s has its closing bracket.
func flowClosed(s string) bool {
	var quote byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"':
			quote = c
		case c == ']':
			return true
		}
	}
	return false
}

// flowItems splits "[a, 'b c', d]" into its values.
func flowItems(s string) ([]string, error) {
	s = strings.TrimSpace(s)
	if !strings.HasSuffix(s, "]") {
		return nil, fmt.Errorf("text after flow sequence: %q", s)
	}
	s = s[1 : len(s)-1]
	var out []string
	var quote byte
	start := 0
	for i := 0; i <= len(s); i++ {
		if i < len(s) {
			c := s[i]
			if quote != 0 {
				if c == quote {
					quote = 0
				}
				continue
			}
			if c == '\'' || c == '"' {
				quote = c
				continue
			}
			if c == '[' || c == ']' {
				return nil, fmt.Errorf("nested flow sequences are not supported")
			}
			if c != ',' {
				continue
			}
		}
		item := strings.TrimSpace(s[start:i])
		start = i + 1
		if item == "" {
			if i == len(s) && len(out) > 0 {
				break // trailing comma
			}
			if i == len(s) && len(out) == 0 {
				break // []
			}
			return nil, fmt.Errorf("empty item in flow sequence")
		}
		v, err := scalar(item)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	if quote != 0 {
		return nil, fmt.Errorf("unterminated quote in flow sequence")
	}
	return out, nil
}
