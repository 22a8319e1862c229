package corpus

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/commentariat/commentariat/pipeline"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// readAll collects every item Read yields for inputs, checking the
// invariants every document must hold.
func readAll(t testing.TB, inputs []string, opts Options) []pipeline.Item {
	t.Helper()
	var items []pipeline.Item
	for it := range Read(context.Background(), inputs, opts) {
		checkItem(t, it)
		items = append(items, it)
	}
	return items
}

// checkItem fails t when an item breaks the contract of Read.
func checkItem(t testing.TB, it pipeline.Item) {
	t.Helper()
	if (it.Doc == nil) == (it.Problem == nil) {
		t.Fatalf("item must hold exactly one of Doc and Problem: %+v", it)
	}
	if p := it.Problem; p != nil {
		if p.Stage != "read" || p.Reason == "" || p.Path == "" {
			t.Fatalf("bad problem %+v", *p)
		}
		return
	}
	d := it.Doc
	switch {
	case !utf8.ValidString(d.Text):
		t.Fatalf("%s: text is not valid utf-8", d.Origin.Path)
	case strings.TrimSpace(d.Text) == "":
		t.Fatalf("%s: empty text", d.Origin.Path)
	case strings.ContainsRune(d.Text, '\r'):
		t.Fatalf("%s: text holds a CR", d.Origin.Path)
	case strings.HasPrefix(d.Text, "\uFEFF"):
		t.Fatalf("%s: text starts with a BOM", d.Origin.Path)
	case d.ID != pipeline.DocID(d.Text):
		t.Fatalf("%s: id %s is not DocID(text)", d.Origin.Path, d.ID)
	case d.Origin.Path == "" || d.Origin.Format == "" || d.Encoding == "":
		t.Fatalf("document without origin or encoding: %+v", d.Origin)
	case !d.Date.IsZero() && d.Date.Location() != time.UTC:
		t.Fatalf("%s: date not in UTC", d.Origin.Path)
	}
	for k, v := range d.Meta {
		if !utf8.ValidString(k) || !utf8.ValidString(v) {
			t.Fatalf("%s: meta %q is not valid utf-8", d.Origin.Path, k)
		}
	}
}

// dump renders items as readable text for golden files and failure output.
func dump(items []pipeline.Item, base string) string {
	var b strings.Builder
	for _, it := range items {
		if p := it.Problem; p != nil {
			q := *p
			q.Path = filepath.ToSlash(strings.TrimPrefix(q.Path, base))
			fmt.Fprintf(&b, "== problem %s\n\n", q.Error())
			continue
		}
		d := it.Doc
		fmt.Fprintf(&b, "== doc %s:%d format=%s encoding=%s id=%s\n",
			filepath.ToSlash(strings.TrimPrefix(d.Origin.Path, base)), d.Origin.Line, d.Origin.Format, d.Encoding, d.ID)
		field := func(k, v string) {
			if v != "" {
				fmt.Fprintf(&b, "%s: %s\n", k, v)
			}
		}
		field("input-id", d.InputID)
		field("title", d.Title)
		if !d.Date.IsZero() {
			field("date", d.Date.Format(time.RFC3339))
		}
		field("date-text", d.DateText)
		field("source", d.Source)
		field("url", d.URL)
		keys := make([]string, 0, len(d.Meta))
		for k := range d.Meta {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Fprintf(&b, "meta %s: %q\n", k, d.Meta[k])
		}
		for _, w := range d.Warnings {
			fmt.Fprintf(&b, "warning: %s\n", w)
		}
		fmt.Fprintf(&b, "--- text\n%s\n--- end\n\n", d.Text)
	}
	return b.String()
}

func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "formats", "*"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no test inputs: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			got := dump(readAll(t, []string{f}, Options{}), "")
			golden := filepath.Join("testdata", "golden", filepath.Base(f)+".golden")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("output differs from %s (go test -update rewrites it):\n%s", golden, diffLines(string(want), got))
			}
		})
	}
}

// diffLines shows the first lines where want and got part.
func diffLines(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(w), len(g)); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return fmt.Sprintf("line %d:\nwant %q\ngot  %q", i+1, wl, gl)
		}
	}
	return "(same lines)"
}
