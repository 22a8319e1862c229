package corpus

import (
	"testing"
	"time"
)

func TestHTML(t *testing.T) {
	type meta struct{ title, date, source, url string }
	tests := []struct {
		name string
		page string
		text string
		meta meta
	}{
		{"title from og over title tag",
			`<head><title>Tag | Site</title><meta property="og:title" content="OG Title"></head><p>x</p>`,
			"x", meta{title: "OG Title"}},
		{"twitter title",
			`<meta name="twitter:title" content="Card Title"><title>Tag</title><p>x</p>`,
			"x", meta{title: "Card Title"}},
		{"title tag loses bar suffix",
			`<title>Reform Ahead | Policy Site</title><p>x</p>`,
			"x", meta{title: "Reform Ahead"}},
		{"title tag keeps dash unless site name",
			`<title>Left - Right Politics</title><p>x</p>`,
			"x", meta{title: "Left - Right Politics"}},
		{"title tag loses dash site name",
			`<title>Reform Ahead – Policy Site</title><meta property="og:site_name" content="Policy Site"><p>x</p>`,
			"x", meta{title: "Reform Ahead", source: "Policy Site"}},
		{"h1 when no title",
			`<body><h1>The  Heading</h1><p>x</p></body>`,
			"The Heading\n\nx", meta{title: "The Heading"}},
		{"date from time in article",
			`<time datetime="2020-01-01">old</time><article><p>x</p><time datetime="2023-03-24">24 March</time></article>`,
			"x\n\n24 March", meta{date: "2023-03-24"}},
		{"date from itemprop",
			`<article><span itemprop="datePublished" content="2023-03-24T10:00:00Z">Friday</span><p>x</p></article>`,
			"Friday\n\nx", meta{date: "2023-03-24T10:00:00Z"}},
		{"date from dc.date",
			`<meta name="DC.date" content="24.03.2023"><p>x</p>`,
			"x", meta{date: "24.03.2023"}},
		{"url from og when no canonical",
			`<meta property="og:url" content="https://x.example/a"><p>x</p>`,
			"x", meta{url: "https://x.example/a"}},
		{"largest article wins",
			`<article><p>short teaser</p></article><article><p>the real article, which is much longer</p></article>`,
			"the real article, which is much longer", meta{}},
		{"main when no article",
			`<div>outside</div><main><p>inside main</p></main>`,
			"inside main", meta{}},
		{"boilerplate by class, id and role but not commentary",
			`<article><div class="commentary-text"><p>keep</p></div><div id="comments">drop</div>` +
				`<div class="social-share">drop</div><ul role="navigation"><li>drop</li></ul>` +
				`<div class="adBanner">drop</div><div class="shareBar">drop</div><p class="cookie">drop</p>` +
				`<div class="loading">keep too</div></article>`,
			"keep\n\nkeep too", meta{}},
		{"wrapper with sidebar class keeps the article",
			`<body><div class="page has-sidebar"><p>most of the text is in here, the whole article</p><div class="sidebar">links</div></div></body>`,
			"most of the text is in here, the whole article", meta{}},
		{"hidden elements",
			`<p>shown</p><p hidden>hidden</p><p aria-hidden="true">also hidden</p>`,
			"shown", meta{}},
		{"inline whitespace, entities and br",
			"<p>  one\n  two&nbsp;&amp;\tthree <b>bold</b><i>italic</i> </p><p>Name<br>Position<br/>Place</p>",
			"one two & three bolditalic\n\nName\nPosition\nPlace", meta{}},
		{"lists, quotes, tables and pre",
			"<ul><li>a</li><li>b <em>c</em></li></ul><blockquote>q</blockquote><table><tr><td>x</td><td>y</td></tr><tr><th>z</th></tr></table><pre>line 1\n  line 2</pre>",
			"a\n\nb c\n\nq\n\nx y\n\nz\n\nline 1\nline 2", meta{}},
		{"headings as paragraphs",
			"<div>intro<h2>Section</h2>body</div>",
			"intro\n\nSection\n\nbody", meta{}},
		{"dropped elements",
			`<p>a</p><script>b</script><style>c</style><noscript>d</noscript><template>e</template><form>f</form><button>g</button><svg><title>h</title><text>i</text></svg><iframe>j</iframe><nav>k</nav><aside>l</aside><footer>m</footer><header>n</header><p>o</p>`,
			"a\n\no", meta{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := &reader{opts: Options{}}
			r.opts.setDefaults()
			d, reason := r.html([]byte(tt.page))
			if reason != "" {
				t.Fatalf("problem: %s", reason)
			}
			if d.Text != tt.text {
				t.Errorf("text\n got %q\nwant %q", d.Text, tt.text)
			}
			got := meta{d.Title, d.DateText, d.Source, d.URL}
			if got != tt.meta {
				t.Errorf("meta\n got %+v\nwant %+v", got, tt.meta)
			}
			if tt.meta.date != "" && d.Date.IsZero() {
				t.Errorf("date %q not parsed", tt.meta.date)
			}
		})
	}
}

func TestHTMLCharset(t *testing.T) {
	r := &reader{}
	r.opts.setDefaults()
	page := "<html><head><meta charset=\"windows-1251\"></head><body><p>\xcf\xe0\xf0\xeb\xe0\xec\xe5\xed\xf2</p></body></html>"
	d, reason := r.html([]byte(page))
	if reason != "" {
		t.Fatal(reason)
	}
	if d.Text != "Парламент" || d.Encoding != "windows-1251" {
		t.Errorf("got %q in %s", d.Text, d.Encoding)
	}
	// A page in UTF-8 that declares Latin-1 is read as the UTF-8 it is.
	d, _ = r.html([]byte(`<meta charset="iso-8859-1"><p>café</p>`))
	if d.Text != "café" || d.Encoding != "utf-8" {
		t.Errorf("got %q in %s", d.Text, d.Encoding)
	}
	d, _ = r.html([]byte("<meta property=\"article:published_time\" content=\"2023-03-24T10:00:00+06:00\"><p>caf\xe9</p>"))
	if d.Text != "café" || d.Encoding != "windows-1252" || !d.Date.Equal(time.Date(2023, 3, 24, 4, 0, 0, 0, time.UTC)) {
		t.Errorf("got %q in %s, date %v", d.Text, d.Encoding, d.Date)
	}
}
