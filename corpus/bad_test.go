package corpus

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/commentariat/commentariat/pipeline"
)

// want is what a test expects of one item: a document whose text contains
// text (and has the encoding, when given), or a problem on line whose
// reason contains problem.
type want struct {
	text, encoding string
	line           int
	problem        string
}

func doc(text string) want                 { return want{text: text} }
func docEnc(text, enc string) want         { return want{text: text, encoding: enc} }
func docAt(line int, text string) want     { return want{line: line, text: text} }
func problem(line int, reason string) want { return want{line: line, problem: reason} }

func utf16LE(s string) []byte {
	b := []byte{0xFF, 0xFE}
	for _, r := range s { // BMP only, enough for tests
		b = append(b, byte(r), byte(r>>8))
	}
	return b
}

func gzipped(s string) []byte {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(s))
	zw.Close()
	return b.Bytes()
}

func TestBadInput(t *testing.T) {
	long := strings.Repeat("word ", 40) // 200 bytes
	tests := []struct {
		name string
		file string
		data []byte
		opts Options
		want []want
	}{
		{"utf-8", "a.txt", []byte("Plain café text.\n"), Options{}, []want{docEnc("Plain café text.\n", "utf-8")}},
		{"utf-8 bom and crlf", "a.txt", []byte("\xEF\xBB\xBFLine one\r\nLine two\rLine three"), Options{},
			[]want{docEnc("Line one\nLine two\nLine three", "utf-8")}},
		{"binary", "a.txt", []byte("GIF89a\x00\x01\x02\x03binary"), Options{}, []want{problem(0, "binary file (not text)")}},
		{"control characters", "a.txt", []byte("a\x01b\x02c\x03d\x04e\x05"), Options{}, []want{problem(0, "binary file")}},
		{"latin-1", "a.txt", []byte("Caf\xE9 au lait, na\xEFve r\xE9sum\xE9."), Options{},
			[]want{docEnc("Café au lait, naïve résumé.", "windows-1252")}},
		{"windows-1252 quotes", "a.txt", []byte("He said \x93yes\x94 \x96 twice."), Options{},
			[]want{docEnc("He said “yes” – twice.", "windows-1252")}},
		{"windows-1251 cyrillic", "a.txt", []byte("\xcf\xe0\xf0\xeb\xe0\xec\xe5\xed\xf2 \xf0\xe5\xf1\xef\xf3\xe1\xeb\xe8\xea\xe8"), Options{},
			[]want{docEnc("Парламент республики", "windows-1251")}},
		{"mostly utf-8 with a stray byte", "a.txt", []byte("Résumé, café, naïve and \xE9 stray."), Options{},
			[]want{docEnc("Résumé, café, naïve and \uFFFD stray.", "utf-8")}},
		{"utf-16 bom", "a.txt", utf16LE("UTF-16 text, é.\r\n"), Options{}, []want{docEnc("UTF-16 text, é.\n", "utf-16le")}},
		{"utf-16 without bom", "a.txt", utf16LE("Sixteen bits wide.")[2:], Options{}, []want{docEnc("Sixteen bits wide.", "utf-16le")}},
		{"empty file", "a.txt", nil, Options{}, []want{problem(0, "empty document")}},
		{"boms only", "a.txt", []byte("\xEF\xBB\xBF\uFEFF \n"), Options{}, []want{problem(0, "empty document")}},
		{"bom inside jsonl text", "a.jsonl", []byte(`{"text":"\ufeff"}` + "\n" + `{"text":"\ufeffx"}`), Options{}, []want{problem(1, "is empty"), docAt(2, "x")}},
		{"whitespace file", "a.md", []byte(" \n\t\r\n  \n"), Options{}, []want{problem(0, "empty document")}},
		{"empty html", "a.html", []byte("<html><body><nav>Menu</nav><script>x()</script></body></html>"), Options{},
			[]want{problem(0, "empty document")}},
		{"oversize file", "a.txt", []byte(long), Options{MaxDocBytes: 100}, []want{problem(0, "larger than the limit of 100 bytes")}},
		{"oversize gzip", "a.txt.gz", gzipped(long), Options{MaxDocBytes: 100}, []want{problem(0, "larger than the limit of 100 bytes")}},
		{"gzip", "a.jsonl.gz", gzipped(`{"text":"zipped"}`), Options{}, []want{docAt(1, "zipped")}},
		{"broken jsonl amid good rows", "a.jsonl", []byte(strings.Join([]string{
			`{"text": "one – naïve café"}`,
			`{"text": "two"`,
			``,
			`["text", "array"]`,
			`{"title": "no text"}`,
			`{"text": ""}`,
			`{"text": "  \n "}`,
			`{"text": 5}`,
			`{"text": "bad title", "title": 7}`,
			`{"text": "bad id", "id": {"x": 1}}`,
			"{\"text\": \"invalid \xff utf-8\"}",
			`null`,
			`{"text": "eleven"} trailing`,
			`{"text": "last", "id": 3.5}`,
		}, "\n")), Options{}, []want{
			docAt(1, "one"),
			problem(2, "invalid JSON: unexpected end of JSON input"),
			problem(4, "not a JSON object (found an array)"),
			problem(5, `no "text" field`),
			problem(6, `"text" field is empty`),
			problem(7, `"text" field is empty`),
			problem(8, `"text" field is a number, not a string`),
			problem(9, `"title" field is a number, not a string`),
			problem(10, `"id" field is an object, not a string`),
			problem(11, "line is not valid utf-8"),
			problem(12, "not a JSON object (found null)"),
			problem(13, "invalid JSON: invalid character 't' after top-level value"),
			docAt(14, "last"),
		}},
		{"jsonl crlf and custom text field", "a.ndjson", []byte("{\"body\": \"x\\r\\ny\"}\r\n{\"body\": \"z\"}\r\n"), Options{TextField: "body"},
			[]want{docAt(1, "x\ny"), docAt(2, "z")}},
		{"jsonl text over the limit", "a.jsonl", []byte(`{"text":"` + long + `"}` + "\n" + `{"text":"short"}`), Options{MaxDocBytes: 100},
			[]want{problem(1, "larger than the limit of 100 bytes"), docAt(2, "short")}},
		{"jsonl line over the limit", "a.jsonl", []byte(`{"text":"` + strings.Repeat("x", lineSlack+500) + `"}` + "\n" + `{"text":"after"}` + "\n"),
			Options{MaxDocBytes: 100}, []want{problem(1, "line longer than"), docAt(2, "after")}},
		{"jsonl latin-1 file", "a.jsonl", []byte("{\"text\": \"caf\xE9\"}\n"), Options{}, []want{{line: 1, text: "café", encoding: "windows-1252"}}},
		{"jsonl utf-16", "a.jsonl", utf16LE("{\"text\": \"sixteen\"}\n{\"text\": \"é\"}"), Options{},
			[]want{{line: 1, text: "sixteen", encoding: "utf-16le"}, {line: 2, text: "é", encoding: "utf-16le"}}},
		{"jsonl binary", "a.jsonl", []byte("{\"text\": \x00\x00\x00}"), Options{}, []want{problem(0, "binary file")}},
		{"json lines in .json", "a.json", []byte(`{"text": "from a .json file"}`), Options{}, []want{docAt(1, "from a .json file")}},
		{"json array", "a.json", []byte(`[{"text": "x"}]`), Options{}, []want{problem(0, "not JSON lines")}},
		{"csv bare quote and field count", "a.csv", []byte("id,text\n1,good one\n2,bad \"quote\" here\n3,fine again\n4,too,many\n5\n6,\"multi\nline\"\n7,\"\"\n"), Options{},
			[]want{
				docAt(2, "good one"),
				problem(3, `bare " in non-quoted-field`),
				docAt(4, "fine again"),
				problem(5, "record has 3 fields, the header has 2"),
				problem(6, "record has 1 fields, the header has 2"),
				docAt(7, "multi\nline"),
				problem(9, `"text" field is empty`),
			}},
		{"csv bom header and case", "a.csv", []byte("\xEF\xBB\xBFID,Text\r\n1,\"crlf\r\ninside\"\r\n"), Options{}, []want{docAt(2, "crlf\ninside")}},
		{"csv no text column", "a.csv", []byte("id,body\n1,x\n"), Options{}, []want{problem(1, `no "text" column`)}},
		{"csv empty", "a.csv", []byte(""), Options{}, []want{problem(0, "empty document (no header row)")}},
		{"csv unclosed quote", "a.csv", []byte("text\n\"never closed\nsecond line\n"), Options{}, []want{problem(3, `extraneous or missing " in quoted-field`)}},
		{"csv record over the limit", "a.csv", []byte("text\n\"" + strings.Repeat("x", lineSlack+10000) + "\"\nafter\n"), Options{MaxDocBytes: 100},
			[]want{problem(2, "record longer than")}},
		{"csv latin-1", "a.csv", []byte("text,title\nna\xEFve,R\xE9sum\xE9\n"), Options{}, []want{{line: 2, text: "naïve", encoding: "windows-1252"}}},
		{"csv invalid row in utf-8 file", "a.csv", []byte("text\nRésumé café naïve\n\"caf\xE9\"\nok\n"), Options{},
			[]want{docAt(2, "Résumé"), problem(3, "record is not valid utf-8"), docAt(4, "ok")}},
		{"unknown extension sniffed as html", "page.php", []byte("  <html><body><p>Sniffed page</p></body></html>"), Options{}, []want{doc("Sniffed page")}},
		{"unknown extension sniffed as jsonl", "dump.out", []byte(`{"text":"sniffed row"}`), Options{}, []want{docAt(1, "sniffed row")}},
		{"forced format", "notes.txt", []byte(`{"text":"forced"}`), Options{Format: "jsonl"}, []want{docAt(1, "forced")}},
		{"unknown forced format", "notes.txt", []byte("x"), Options{Format: "pdf"}, []want{problem(0, `unknown format "pdf"`)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), tt.file)
			if err := os.WriteFile(path, tt.data, 0o644); err != nil {
				t.Fatal(err)
			}
			got := readAll(t, []string{path}, tt.opts)
			checkWant(t, got, tt.want)
		})
	}
}

func checkWant(t *testing.T, got []pipeline.Item, wants []want) {
	t.Helper()
	if len(got) != len(wants) {
		t.Fatalf("got %d items, want %d:\n%s", len(got), len(wants), dump(got, ""))
	}
	for i, w := range wants {
		it := got[i]
		if w.problem != "" {
			if it.Problem == nil || it.Problem.Line != w.line || !strings.Contains(it.Problem.Reason, w.problem) {
				t.Errorf("item %d: want problem on line %d containing %q, got:\n%s", i, w.line, w.problem, dump(got[i:i+1], ""))
			}
			continue
		}
		d := it.Doc
		if d == nil || !strings.Contains(d.Text, w.text) || d.Origin.Line != w.line || (w.encoding != "" && d.Encoding != w.encoding) {
			t.Errorf("item %d: want document on line %d with %q (encoding %q), got:\n%s", i, w.line, w.text, w.encoding, dump(got[i:i+1], ""))
		}
	}
}
