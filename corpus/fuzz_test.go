package corpus

import (
	"bytes"
	"context"
	"testing"
	"unicode/utf8"
)

// fuzzRead reads data as the given format from standard input and checks
// every item; line numbers of a row format must rise.
func fuzzRead(t *testing.T, data []byte, format string) {
	opts := Options{Stdin: bytes.NewReader(data), Format: format, MaxDocBytes: 4 << 10}
	last := 0
	for it := range Read(context.Background(), []string{"-"}, opts) {
		checkItem(t, it)
		line := 0
		if it.Doc != nil {
			line = it.Doc.Origin.Line
		} else {
			line = it.Problem.Line
		}
		if line < last {
			t.Fatalf("line %d after line %d", line, last)
		}
		last = line
	}
}

func FuzzJSONL(f *testing.F) {
	f.Add([]byte(`{"text":"a","id":1,"title":"t","date":"2023-03-24","x":[1,{"y":null}]}` + "\n\n{bad\n"))
	f.Add([]byte("{\"text\":\"caf\xe9\"}\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, data, "jsonl") })
}

func FuzzCSV(f *testing.F) {
	f.Add([]byte("id,text\n1,\"a\nb\"\n2,bad\"quote\n3\n"), false)
	f.Add([]byte("text\ttitle\nx\t\"y\n"), true)
	f.Fuzz(func(t *testing.T, data []byte, tab bool) {
		format := "csv"
		if tab {
			format = "tsv"
		}
		fuzzRead(t, data, format)
	})
}

func FuzzHTML(f *testing.F) {
	f.Add([]byte(`<title>a | b</title><article class="x-share"><p>a<br>b</p><time datetime="2023-03-24"></time></article>`))
	f.Add([]byte("<meta charset=koi8-r><pre>\xf0\xd2\xc9</pre>"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, data, "html") })
}

func FuzzMarkdown(f *testing.F) {
	f.Add([]byte("---\ntitle: x\ntags:\n  - a\n---\n# H\n*a* [b](c) ![d](e) `f` <!-- g -->\n- h\n"))
	f.Add([]byte("***__~~[[[(((<<<`` `\\"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzRead(t, data, "md")
		if s := string(data); utf8.ValidString(s) {
			if out := inline(s); !utf8.ValidString(out) {
				t.Fatalf("inline(%q) = %q, not valid utf-8", s, out)
			}
		}
	})
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte("plain"))
	f.Add([]byte("\xff\xfea\x00b\x00"))
	f.Add([]byte("caf\xe9 \x93q\x94"))
	f.Add([]byte("\xcf\xe0\xf0\xeb\xe0\xec\xe5\xed\xf2 \xf0\xe5\xf1"))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := decode(data)
		if err == nil && !utf8.ValidString(d.text) {
			t.Fatalf("decode(%q) = %q, not valid utf-8", data, d.text)
		}
		if err == nil && utf8.Valid(data) && !bytes.HasPrefix(data, bomUTF8) && d.encoding == encUTF8 && d.text != string(data) {
			t.Fatalf("decode changed valid utf-8 %q into %q", data, d.text)
		}
		if n := normalize(d.text); !utf8.ValidString(n) || bytes.ContainsRune([]byte(n), '\r') {
			t.Fatalf("normalize(%q) = %q", d.text, n)
		}
		fuzzRead(t, data, "txt")
	})
}
