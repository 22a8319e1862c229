package dict

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestParseYAML(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want Dictionary
	}{
		{
			name: "block lists, dash at key indent and nested",
			in:   "# tone\npositive:\n  - Good\n  - step  forward\nnegative:\n- bad # comment\n- 'corrupt*'\neconomy:\n  jobs:\n    - employ*\n  trade: [tariff*, \"export\"]\n",
			want: Dictionary{
				Categories: []string{"positive", "negative", "economy.jobs", "economy.trade"},
				Entries: []Entry{
					{Pattern: "good", Categories: []string{"positive"}, Line: 3},
					{Pattern: "step forward", Categories: []string{"positive"}, Line: 4},
					{Pattern: "bad", Categories: []string{"negative"}, Line: 6},
					{Pattern: "corrupt*", Categories: []string{"negative"}, Line: 7},
					{Pattern: "employ*", Categories: []string{"economy.jobs"}, Line: 10},
					{Pattern: "tariff*", Categories: []string{"economy.trade"}, Line: 11},
					{Pattern: "export", Categories: []string{"economy.trade"}, Line: 11},
				},
			},
		},
		{
			name: "repeated pattern merges categories; multi-line flow; scalar value",
			in:   "---\na: [x,\n  y]\nb:\n  - x\nc: z\n",
			want: Dictionary{
				Categories: []string{"a", "b", "c"},
				Entries: []Entry{
					{Pattern: "x", Categories: []string{"a", "b"}, Line: 2},
					{Pattern: "y", Categories: []string{"a"}, Line: 2},
					{Pattern: "z", Categories: []string{"c"}, Line: 6},
				},
			},
		},
		{
			name: "quoted keys and values",
			in:   "'neg positive':\n  - \"it's a \\\"deal\\\"\"\n  - 'won''t'\n",
			want: Dictionary{
				Categories: []string{"neg positive"},
				Entries: []Entry{
					{Pattern: `it's a "deal"`, Categories: []string{"neg positive"}, Line: 2},
					{Pattern: "won't", Categories: []string{"neg positive"}, Line: 3},
				},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseYAML("t.yml", []byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestParseYAMLErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"- good\n", "t.yml:1: list item outside any category"},
		{"pos:\n  - go*od\n", "t.yml:2: pattern \"go*od\": glob \"*\" is only allowed at the end of a word"},
		{"pos:\n  just text\n", "t.yml:2: expected \"category:\" or \"- pattern\", found \"just text\""},
		{"pos: [a, b\n", "t.yml:1: unterminated flow sequence"},
		{"pos: &anchor\n", "t.yml:1: unsupported YAML construct \"&anchor\""},
		{"pos:\n  - k: v\n", "t.yml:2: unexpected mapping \"k\" in a list of patterns"},
		{"pos:\n  - 'open\n", "t.yml:2: bad single-quoted value 'open"},
		{"pos:\n  - *\n", "t.yml:2: pattern \"*\": a word cannot be a bare \"*\""},
	}
	for _, tt := range tests {
		_, err := ParseYAML("t.yml", []byte(tt.in))
		var de *Error
		if err == nil || !errors.As(err, &de) || err.Error() != tt.want {
			t.Errorf("ParseYAML(%q) error = %v, want %q", tt.in, err, tt.want)
		}
	}
}

func TestParseDIC(t *testing.T) {
	in := "%\r\n1\tposemo\r\n2\tnegemo\r\n3 certain words\r\n%\r\nGood\t1\r\nstep forward\t1 3\r\ncorrupt*\t2\r\nsure 3\r\n\r\ngood\t3\r\n"
	got, err := ParseDIC("t.dic", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	want := Dictionary{
		Categories: []string{"posemo", "negemo", "certain words"},
		Entries: []Entry{
			{Pattern: "good", Categories: []string{"posemo", "certain words"}, Line: 6},
			{Pattern: "step forward", Categories: []string{"posemo", "certain words"}, Line: 7},
			{Pattern: "corrupt*", Categories: []string{"negemo"}, Line: 8},
			{Pattern: "sure", Categories: []string{"certain words"}, Line: 9},
		},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
}

func TestParseDICErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"good\t1\n", "t.dic:1: expected the % that opens the category header"},
		{"%\n1\tpos\n", "t.dic:3: category header is not closed by %"},
		{"%\n1\tpos\n%\ngood\t2\n", "t.dic:4: unknown category id 2"},
		{"%\n1\tpos\n%\ngood\n", "t.dic:4: pattern \"good\" has no category ids"},
		{"%\n1\tpos\n1\tneg\n%\n", "t.dic:3: category id 1 defined twice"},
		{"%\n1\tpos\n%\nlike\t(02 134)125/464\n", "t.dic:4: conditional LIWC entries are not supported: \"(02\""},
		{"%\n1\tpos\n%\n*ab\t1\n", "t.dic:4: pattern \"*ab\": glob \"*\" is only allowed at the end of a word"},
		{"%\n1\tpos\n%\na\t1\n%\n", "t.dic:5: unexpected % after the header"},
	}
	for _, tt := range tests {
		_, err := ParseDIC("t.dic", []byte(tt.in))
		if err == nil || err.Error() != tt.want {
			t.Errorf("ParseDIC(%q) error = %v, want %q", tt.in, err, tt.want)
		}
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	yml := filepath.Join(dir, "d.yaml")
	dic := filepath.Join(dir, "d.dic")
	os.WriteFile(yml, []byte("pos: [good]\n"), 0o644)
	os.WriteFile(dic, []byte("%\n1 pos\n%\ngood 1\n"), 0o644)
	a, err := Load(yml)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Load(dic)
	if err != nil {
		t.Fatal(err)
	}
	b.Entries[0].Line = a.Entries[0].Line
	if !reflect.DeepEqual(a, b) {
		t.Errorf("yaml %+v != dic %+v", a, b)
	}
	if _, err := Load(filepath.Join(dir, "d.txt")); err == nil || !strings.Contains(err.Error(), "unknown dictionary format") {
		t.Errorf("Load(.txt) error = %v", err)
	}
}

// checkDictionary asserts the invariants every parsed dictionary keeps.
func checkDictionary(t *testing.T, d Dictionary) {
	t.Helper()
	cats := map[string]bool{}
	for _, c := range d.Categories {
		cats[c] = true
	}
	seen := map[string]bool{}
	for _, e := range d.Entries {
		if e.Pattern == "" || e.Pattern != strings.ToLower(e.Pattern) || strings.Join(strings.Fields(e.Pattern), " ") != e.Pattern {
			t.Fatalf("bad pattern %q", e.Pattern)
		}
		if seen[e.Pattern] {
			t.Fatalf("pattern %q twice", e.Pattern)
		}
		seen[e.Pattern] = true
		if len(e.Categories) == 0 || e.Line < 1 {
			t.Fatalf("entry %+v without category or line", e)
		}
		for _, c := range e.Categories {
			if !cats[c] {
				t.Fatalf("entry %q names unknown category %q", e.Pattern, c)
			}
		}
	}
}

func FuzzYAML(f *testing.F) {
	f.Add([]byte("positive:\n  - good\nnegative: [bad, 'x*']\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := ParseYAML("f.yml", data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.yml:") {
				t.Fatalf("error without file and line: %v", err)
			}
			return
		}
		checkDictionary(t, d)
	})
}

func FuzzDIC(f *testing.F) {
	f.Add([]byte("%\n1\tpos\n%\ngood\t1\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := ParseDIC("f.dic", data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.dic:") {
				t.Fatalf("error without file and line: %v", err)
			}
			return
		}
		checkDictionary(t, d)
	})
}
