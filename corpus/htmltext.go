package corpus

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// dropped are elements whose content is never article text.
var dropped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Aside: true,
	atom.Form: true, atom.Button: true, atom.Svg: true, atom.Iframe: true,
	atom.Head: true, atom.Select: true, atom.Textarea: true, atom.Object: true,
	atom.Embed: true, atom.Canvas: true, atom.Audio: true, atom.Video: true,
	atom.Math: true, atom.Dialog: true,
}

// blocks are elements that start and end a paragraph.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true,
	atom.Ol: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Blockquote: true, atom.Pre: true, atom.Tr: true, atom.Table: true,
	atom.Section: true, atom.Article: true, atom.Main: true, atom.Body: true,
	atom.Figure: true, atom.Figcaption: true, atom.Address: true, atom.Hr: true,
	atom.Details: true, atom.Summary: true, atom.Fieldset: true, atom.Caption: true,
	atom.Center: true, atom.Header: true, atom.Footer: true, atom.Hgroup: true,
	atom.Thead: true, atom.Tbody: true, atom.Tfoot: true,
}

// boilerplateWords mark, in a class, id or role, an element that is not
// part of the article: menus, share bars, cookie banners, comments, ads.
// They are matched as whole words ("comment" does not match "commentary").
var boilerplateWords = map[string]bool{
	"menu": true, "menubar": true, "nav": true, "navbar": true, "navigation": true,
	"breadcrumb": true, "breadcrumbs": true, "sidebar": true, "cookie": true,
	"cookies": true, "share": true, "sharing": true, "social": true,
	"comment": true, "comments": true, "advert": true, "adverts": true,
	"advertisement": true, "advertising": true, "ad": true, "ads": true,
	"complementary": true, "contentinfo": true,
}

// renderText returns the visible text under n as paragraphs: one per block
// element, separated by a blank line, with <br> as a line break inside a
// paragraph. Runs of white space in running text become one space; <pre>
// keeps its lines.
func renderText(n *html.Node) string {
	if n == nil {
		return ""
	}
	t := &textWriter{}
	t.node(n, n, 0)
	return t.b.String()
}

// textWriter accumulates text, holding back breaks and spaces until the
// next visible character so that no line starts or ends with a space and
// no paragraph is empty.
type textWriter struct {
	b     strings.Builder
	brk   int  // pending break: 0 none, 1 line, 2 paragraph
	space bool // pending space
	total int  // rough size of the text under the root, for boilerplate checks
}

func (t *textWriter) breakAt(level int) { t.brk = max(t.brk, level) }

func (t *textWriter) write(s string, pre bool) {
	for _, r := range s {
		switch {
		case r == '\n' && pre:
			t.breakAt(1)
		case isHTMLSpace(r):
			t.space = true
		default:
			if t.b.Len() > 0 {
				switch {
				case t.brk == 2:
					t.b.WriteString("\n\n")
				case t.brk == 1:
					t.b.WriteByte('\n')
				case t.space:
					t.b.WriteByte(' ')
				}
			}
			t.brk, t.space = 0, false
			t.b.WriteRune(r)
		}
	}
}

// isHTMLSpace reports the characters that lay out as collapsible space;
// a no-break space counts, since pages use it for layout.
func isHTMLSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\f', '\u00a0':
		return true
	}
	return false
}

func (t *textWriter) node(n, root *html.Node, depth int) {
	if depth > 512 {
		return // html.Parse bounds nesting, but be sure
	}
	switch n.Type {
	case html.TextNode:
		t.write(n.Data, inPre(n, root))
		return
	case html.ElementNode:
		if n != root && t.skip(n, root) {
			return
		}
	case html.DocumentNode:
	default:
		return
	}
	block := n.Type == html.ElementNode && blocks[n.DataAtom]
	if block {
		t.breakAt(2)
	}
	switch n.DataAtom {
	case atom.Br:
		t.breakAt(1)
	case atom.Td, atom.Th:
		t.space = true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		t.node(c, root, depth+1)
	}
	if block {
		t.breakAt(2)
	}
}

// skip reports whether element n, inside root, holds no article text.
func (t *textWriter) skip(n, root *html.Node) bool {
	if n.Namespace != "" && n.DataAtom != atom.Svg && n.DataAtom != atom.Math {
		return false // inside svg/math, already dropped at its root
	}
	if dropped[n.DataAtom] {
		// An <article>'s own header (its headline, byline and date) is
		// part of it; only page headers and footers are dropped.
		if n.DataAtom == atom.Header && inArticle(n, root) {
			return false
		}
		return true
	}
	if _, ok := attrOK(n, "hidden"); ok || strings.EqualFold(attr(n, "aria-hidden"), "true") {
		return true
	}
	if !boilerplate(attr(n, "class") + " " + attr(n, "id") + " " + attr(n, "role")) {
		return false
	}
	// A class like "layout-with-sidebar" may sit on the wrapper of the
	// whole article: only drop an element holding under half the text.
	if t.total == 0 {
		t.total = len(textOf(root)) + 1
	}
	return len(textOf(n))*2 < t.total
}

// boilerplate reports whether any word of the class, id or role list s
// is a boilerplate word. Words are split at spaces, '-', '_' and case
// changes ("shareBar" has "share").
func boilerplate(s string) bool {
	word := func(w string) bool { return boilerplateWords[strings.ToLower(w)] }
	start := 0
	prevLower := false
	for i, r := range s {
		switch {
		case r == ' ' || r == '-' || r == '_' || r == '\t' || r == '\n' || r == ':' || r == '.':
			if word(s[start:i]) {
				return true
			}
			start, prevLower = i+1, false
		case unicode.IsUpper(r) && prevLower:
			if word(s[start:i]) {
				return true
			}
			start, prevLower = i, false
		default:
			prevLower = unicode.IsLower(r) || unicode.IsDigit(r)
		}
	}
	return word(s[start:])
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return a.Val, true
		}
	}
	return "", false
}

func inArticle(n, root *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.Article {
			return true
		}
		if p == root {
			return false
		}
	}
	return false
}

func inPre(n, root *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.Pre || p.DataAtom == atom.Textarea {
			return true
		}
		if p == root {
			return false
		}
	}
	return false
}
