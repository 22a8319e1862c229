package corpus

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"github.com/commentariat/commentariat/pipeline"
)

// html reads a web page: its metadata from the head and its main text from
// the article, main or body element, without navigation, boilerplate and
// scripts. Block elements become paragraphs separated by a blank line.
func (r *reader) html(b []byte) (*pipeline.Document, string) {
	dec, err := decodeHTML(b)
	if err != nil {
		return nil, err.Error()
	}
	root, err := html.Parse(strings.NewReader(dec.text))
	if err != nil {
		return nil, "cannot parse html: " + err.Error()
	}
	p := scanPage(root)
	main := p.mainElement()
	text := renderText(main)
	if blank(text) {
		return nil, "empty document (no text in the page)"
	}
	d := newDoc(text, dec)
	d.Title = p.title()
	d.Source = p.first("og:site_name")
	d.URL = firstNonEmpty(p.canonical, p.first("og:url"))
	date := p.first("article:published_time", "og:published_time", "og:article:published_time",
		"datepublished", "date", "pubdate", "publishdate", "publish-date", "dc.date", "dc.date.issued",
		"dcterms.date", "dcterms.issued", "sailthru.date", "parsely-pub-date")
	if date == "" {
		date = timeIn(main)
	}
	setDate(d, date)
	for _, m := range []struct{ key, from string }{
		{"author", "author"}, {"author", "article:author"}, {"author", "dc.creator"},
		{"description", "description"}, {"description", "og:description"},
		{"keywords", "keywords"}, {"keywords", "news_keywords"},
		{"section", "article:section"}, {"modified", "article:modified_time"},
		{"language", "lang"},
	} {
		if v := p.first(m.from); v != "" {
			if d.Meta == nil {
				d.Meta = make(map[string]string)
			}
			if _, ok := d.Meta[m.key]; !ok {
				d.Meta[m.key] = v
			}
		}
	}
	return d, ""
}

// decodeHTML decodes a page: valid UTF-8 as it is, else by its BOM or
// <meta charset>, else as decode guesses.
func decodeHTML(b []byte) (decoded, error) {
	if looksBinary(b) && !bytes.HasPrefix(b, bomUTF16LE) && !bytes.HasPrefix(b, bomUTF16BE) {
		return decoded{}, errBinary
	}
	if utf8.Valid(b) {
		return decode(b)
	}
	enc, name, _ := charset.DetermineEncoding(b, "")
	if name == "utf-8" || name == "windows-1252" || name == "utf-16le" || name == "utf-16be" || enc == nil {
		return decode(b) // BOMs, and the fallbacks, decide better there
	}
	s, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return decode(b)
	}
	return decoded{text: string(s), encoding: name}, nil
}

// page is what scanPage finds in a document tree.
type page struct {
	meta      map[string]string // meta property/name/itemprop (lower case) → content; first wins
	titleTag  string
	h1        string
	canonical string
	articles  []*html.Node
	main      *html.Node
	body      *html.Node
}

// scanPage walks the whole tree once, collecting metadata and the
// candidates for the main text.
func scanPage(root *html.Node) *page {
	p := &page{meta: make(map[string]string)}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				p.setMeta("lang", attr(n, "lang"))
			case atom.Meta:
				content := attr(n, "content")
				for _, k := range []string{"property", "name", "itemprop"} {
					p.setMeta(strings.ToLower(attr(n, k)), content)
				}
			case atom.Title:
				if p.titleTag == "" && !inSVG(n) {
					p.titleTag = collapse(textOf(n))
				}
			case atom.H1:
				if p.h1 == "" {
					p.h1 = collapse(textOf(n))
				}
			case atom.Link:
				if p.canonical == "" && hasToken(attr(n, "rel"), "canonical") {
					p.canonical = strings.TrimSpace(attr(n, "href"))
				}
			case atom.Article:
				p.articles = append(p.articles, n)
			case atom.Main:
				if p.main == nil {
					p.main = n
				}
			case atom.Body:
				if p.body == nil {
					p.body = n
				}
			}
			if ip := attr(n, "itemprop"); strings.EqualFold(ip, "datePublished") && n.DataAtom != atom.Meta {
				p.setMeta("datepublished", firstNonEmpty(attr(n, "datetime"), attr(n, "content"), collapse(textOf(n))))
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return p
}

func (p *page) setMeta(key, value string) {
	value = strings.TrimSpace(value)
	if key == "" || value == "" {
		return
	}
	if _, ok := p.meta[key]; !ok {
		p.meta[key] = value
	}
}

// first returns the first non-empty meta value of keys, in order.
func (p *page) first(keys ...string) string {
	for _, k := range keys {
		if v := p.meta[k]; v != "" {
			return v
		}
	}
	return ""
}

// title picks the page's title: Open Graph or Twitter card first, then
// <title> without a trailing " | Site" part, then the first <h1>.
func (p *page) title() string {
	if t := p.first("og:title", "twitter:title"); t != "" {
		return collapse(t)
	}
	if p.titleTag != "" {
		return stripSiteSuffix(p.titleTag, p.first("og:site_name", "application-name"))
	}
	return p.h1
}

// stripSiteSuffix removes a site name from the end of a <title>: after
// " | " always (article titles seldom hold a bar), after a dash only when
// what follows is the site's name.
func stripSiteSuffix(title, site string) string {
	if i := strings.LastIndex(title, " | "); i > 0 {
		return strings.TrimSpace(title[:i])
	}
	if site == "" {
		return title
	}
	for _, sep := range []string{" - ", " – ", " — ", " :: ", " · "} {
		if i := strings.LastIndex(title, sep); i > 0 && strings.EqualFold(strings.TrimSpace(title[i+len(sep):]), site) {
			return strings.TrimSpace(title[:i])
		}
	}
	return title
}

// mainElement chooses the element holding the article text: the <article>
// with the most text, else <main>, else <body>.
func (p *page) mainElement() *html.Node {
	var best *html.Node
	bestLen := -1
	for _, a := range p.articles {
		if n := len(renderText(a)); n > bestLen {
			best, bestLen = a, n
		}
	}
	if best != nil && bestLen > 0 {
		return best
	}
	if p.main != nil {
		return p.main
	}
	return p.body
}

// timeIn returns the datetime of the first <time datetime> in n.
func timeIn(n *html.Node) string {
	if n == nil {
		return ""
	}
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && d.DataAtom == atom.Time {
			if v := strings.TrimSpace(attr(d, "datetime")); v != "" {
				return v
			}
		}
	}
	return ""
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func hasToken(list, tok string) bool {
	for _, f := range strings.Fields(list) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}

func inSVG(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.Svg {
			return true
		}
	}
	return false
}

// textOf returns all the text under n, as it is.
func textOf(n *html.Node) string {
	var b strings.Builder
	for d := range n.Descendants() {
		if d.Type == html.TextNode {
			b.WriteString(d.Data)
		}
	}
	return b.String()
}

// collapse trims s and turns each run of white space into one space.
func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}
