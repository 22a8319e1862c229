package corpus

import (
	"strings"
	"testing"
)

func TestMarkdownText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"headings", "# One\nText right under.\n## Two ##\n#hashtag stays", "One\n\nText right under.\n\nTwo\n\n#hashtag stays"},
		{"setext", "Title\n=====\n\nSub\n---\nbody", "Title\n\nSub\n\nbody"},
		{"rules", "a\n\n---\n\n* * *\n\nb", "a\n\nb"},
		{"emphasis", "*a* **b** _c_ __d__ ***e*** ~~f~~", "a b c d e f"},
		{"emphasis kept where it is not emphasis", "2 * 3 * 4, snake_case_name, a*b, 5 ** 2, ~tilde~", "2 * 3 * 4, snake_case_name, a*b, 5 ** 2, ~tilde~"},
		{"unpaired markers stay", "a *b and c", "a *b and c"},
		{"code", "use `go test` and ``a ` b``", "use go test and a ` b"},
		{"links and images", "see [the *report*](http://x.org/a_(b)) and [ref][1] ![img](i.png) [plain]", "see the report and ref  [plain]"},
		{"autolinks and tags", "<https://x.org> <a@b.org> <span class=\"x\">in</span> a < b > c", "https://x.org a@b.org in a < b > c"},
		{"escapes", `\*not emphasis\* \[not link\]`, "*not emphasis* [not link]"},
		{"lists keep bullets", "- one\n* two\n+ three\n1. four\n2) five", "- one\n* two\n+ three\n1. four\n2) five"},
		{"list item emphasis", "- *one*", "- one"},
		{"blockquote", "> quoted\n> > nested", "quoted\nnested"},
		{"comments", "a <!-- gone -->b\n<!--\nmulti\nline\n-->\nc\n<!-- unclosed", "a b\n\nc"},
		{"fenced code", "```go\nx := *p\n```\nafter", "x := *p\n\nafter"},
		{"reference definitions", "text\n\n[1]: http://x.org \"t\"", "text"},
		{"tables", "| a | b |\n|---|:-:|\n| c | d |", "a b\nc d"},
		{"hard breaks", "line one  \nline two\\\nline three", "line one\nline two\nline three"},
		{"paragraph breaks collapse", "a\n\n\n\nb\n", "a\n\nb"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mdText(tt.in); got != tt.want {
				t.Errorf("mdText(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestFrontMatter(t *testing.T) {
	tests := []struct {
		name, in string
		fields   string
		body     string
	}{
		{"simple", "---\ntitle: A\ndate: '2023-03-24'\n---\nbody", "title=A;date=2023-03-24", "body"},
		{"quotes and comments", "---\ntitle: \"It's \\\"x\\\"\"\nsource: Site # comment\nurl: 'a''b'\n---\n", `title=It's "x";source=Site;url=a'b`, ""},
		{"lists, blocks and nesting", "---\ntags:\n  - a\n  - \"b\"\nabstract: |\n  one\n  two\nauthor:\n  name: N\n...\nbody", "tags=a, b;abstract=one\ntwo;author.name=N", "body"},
		{"not front matter", "---\nJust a rule above text\n---\nbody", "", "---\nJust a rule above text\n---\nbody"},
		{"unclosed", "---\ntitle: A\nbody", "", "---\ntitle: A\nbody"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fm, body := splitFrontMatter(tt.in)
			var got []string
			for _, f := range fm {
				got = append(got, f.key+"="+f.value)
			}
			if strings.Join(got, ";") != tt.fields || body != tt.body {
				t.Errorf("got fields %q body %q\nwant %q body %q", strings.Join(got, ";"), body, tt.fields, tt.body)
			}
		})
	}
}
