package attribution

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/commentariat/commentariat/pipeline"
)

// authored makes the body of every signed section a statement of the
// person (or position, or institution) its signature names.
func (a *annotator) authored() {
	for si, sec := range a.doc.Sections {
		if len(sec.Signature) == 0 {
			continue
		}
		body := trimSpan(a.text, sec.Body)
		if body.Empty() || body.End > len(a.text) {
			continue
		}
		r, cue, ok := a.signature(sec.Signature)
		if !ok {
			continue
		}
		a.signed[si] = true
		a.add(pipeline.Authored, body, "signed", cue, r)
	}
}

// signature reads a signature block: a name line, position lines and
// institution lines (joined into one affiliation).
func (a *annotator) signature(lines []pipeline.SignatureLine) (ref, pipeline.Span, bool) {
	var r ref
	var cue pipeline.Span
	var roles []string
	var aff []string
	var nameLine pipeline.SignatureLine
	for _, l := range lines {
		if l.Span.Start < 0 || l.Span.End > len(a.text) || l.Span.Start > l.Span.End {
			continue
		}
		if cue.Empty() {
			cue = l.Span
		}
		cue.End = max(cue.End, l.Span.End)
		t := strings.TrimSpace(l.Text)
		t = strings.TrimPrefix(strings.TrimPrefix(t, "By "), "by ")
		for _, part := range splitSignature(t) {
			switch {
			case r.name == "" && a.isNameLine(part):
				r.name = part
				nameLine = l
			case a.hasRoleWord(part) && !startsLower(part):
				role, at := part, ""
				if i := strings.Index(part, " at "); i > 0 {
					role, at = part[:i], part[i+4:]
				}
				roles = appendFold(roles, strings.TrimRight(role, ".,;"))
				if at != "" {
					aff = append(aff, at)
				}
			default:
				aff = append(aff, part)
			}
		}
	}
	affiliation := cleanAffiliation(strings.Join(aff, " "))
	r.roles = roles
	if affiliation != "" {
		r.affs = []string{affiliation}
	}
	switch {
	case r.name != "":
		r.kind = refName
		r.text = r.name
		if i := strings.Index(nameLine.Text, r.name); i >= 0 {
			r.span = pipeline.Span{Start: nameLine.Span.Start + i, End: nameLine.Span.Start + i + len(r.name)}
		} else {
			r.span = nameLine.Span
		}
	case len(roles) > 0:
		r.kind = refOrg
		r.name = roles[0]
		if affiliation != "" {
			r.name += ", " + affiliation
		}
		r.text = lines[0].Text
		r.span = lines[0].Span
	case affiliation != "":
		r.kind = refOrg
		r.name = affiliation
		r.text = lines[0].Text
		r.span = lines[0].Span
	default:
		return ref{}, cue, false
	}
	return r, cue, true
}

// splitSignature splits "Jane Doe, Senior Fellow" at commas, keeping a
// line without commas whole.
func splitSignature(t string) []string {
	var out []string
	for _, p := range strings.Split(t, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// isNameLine reports whether t looks like a person's name: one to four
// capitalised words without digits, job titles or institution words.
func (a *annotator) isNameLine(t string) bool {
	f := strings.Fields(t)
	if len(f) < 1 || len(f) > 4 {
		return false
	}
	caps := 0
	for _, w := range f {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		lw := strings.ToLower(strings.Trim(w, ".,;:"))
		if a.lx.isRole(lw) || a.lx.isInstitution(lw) {
			return false
		}
		for _, c := range w {
			if unicode.IsDigit(c) {
				return false
			}
		}
		if isAcronym(w) {
			caps++
		}
	}
	return caps < len(f) && (len(f) > 1 || len(f[0]) > 2)
}

// hasRoleWord reports whether t holds a job title before any institution
// word or acronym ("Head of the Department", not "KISI under the President").
func (a *annotator) hasRoleWord(t string) bool {
	for _, w := range strings.FieldsFunc(t, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '.' }) {
		lw := strings.ToLower(strings.Trim(w, "."))
		switch {
		case a.lx.isRole(lw):
			return true
		case a.lx.isInstitution(lw) || isAcronym(w) || connectors[lw] && lw != "and":
			return false
		}
	}
	return false
}

// startsLower reports whether t starts with a lower-case letter.
func startsLower(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLower(r)
}

// cleanAffiliation trims "at the" and end punctuation from an
// affiliation.
func cleanAffiliation(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	for _, p := range []string{"at the ", "At the ", "at ", "At ", "the ", "The "} {
		s = strings.TrimPrefix(s, p)
	}
	return strings.TrimRight(s, ".,;: ")
}

// appendFold appends s, its white space made single spaces, unless list
// holds it already, ignoring case.
func appendFold(list []string, s string) []string {
	s = strings.Join(strings.Fields(s), " ") // one line: "U.S.\nAgriculture Department"
	if s == "" {
		return list
	}
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return list
		}
	}
	return append(list, s)
}
