package corpus

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeTree(t *testing.T, root string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestWalk(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{
		"b.txt":               "b",
		"a.md":                "a",
		"c/z.html":            "<p>c/z</p>",
		"c/a.TXT":             "c/a",
		"c/d/e.jsonl":         `{"text":"c/d/e"}`,
		"B.csv":               "text\nB",
		".hidden.txt":         "hidden",
		".git/config.txt":     "hidden dir",
		"notes.pdf":           "unknown extension",
		"data.json":           `[{"text":"not json lines"}]`,
		"rows.json":           `{"text":"rows.json"}`,
		"c/image.png":         "\x89PNG",
		"c/archive.txt.gz":    string(gzipped("c/archive")),
		"c/d/empty.txt":       "",
		"z/readme.markdown":   "z/readme",
		"z/deep/deeper/x.htm": "<p>z/deep/deeper/x</p>",
	})
	// A link back up the tree must not loop; a link to a file is followed.
	if err := os.Symlink(root, filepath.Join(root, "c", "loop")); err != nil {
		t.Skipf("no symlinks: %v", err)
	}
	if err := os.Symlink(filepath.Join(root, "b.txt"), filepath.Join(root, "z", "link.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(root, "missing"), filepath.Join(root, "z", "broken.txt")); err != nil {
		t.Fatal(err)
	}

	var got []string
	for _, it := range readAll(t, []string{root}, Options{}) {
		if p := it.Problem; p != nil {
			rel, _ := filepath.Rel(root, p.Path)
			got = append(got, "problem "+filepath.ToSlash(rel))
			continue
		}
		got = append(got, strings.TrimSpace(it.Doc.Text))
	}
	want := []string{
		"B", "a", "b",
		"c/a", "c/archive", "c/d/e", "problem c/d/empty.txt", "c/z",
		"rows.json",
		"problem z/broken.txt", "z/deep/deeper/x", "b", "z/readme",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("walk order:\n got %q\nwant %q", got, want)
	}
	// The same walk twice gives the same order.
	again := readAll(t, []string{root}, Options{})
	if len(again) != len(got) {
		t.Errorf("second walk gave %d items, first %d", len(again), len(got))
	}
}

func TestInputs(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"one.txt": "one", "two.txt": "two"})
	items := readAll(t, []string{filepath.Join(dir, "two.txt"), filepath.Join(dir, "missing.txt"), filepath.Join(dir, "one.txt")}, Options{})
	checkWant(t, items, []want{doc("two"), problem(0, "cannot read: no such file or directory"), doc("one")})
}

func TestStdin(t *testing.T) {
	tests := []struct {
		name string
		in   string
		opts Options
		want []want
		fmt  string
	}{
		{"sniff jsonl", "\n  {\"text\":\"row one\"}\n{\"text\":\"row two\"}\n", Options{}, []want{docAt(2, "row one"), docAt(3, "row two")}, "jsonl"},
		{"sniff html", "<!doctype html><p>From a pipe</p>", Options{}, []want{doc("From a pipe")}, "html"},
		{"sniff text", "Just words.", Options{}, []want{doc("Just words.")}, "txt"},
		{"sniff utf-16 jsonl", string(utf16LE(`{"text":"wide"}`)), Options{}, []want{docAt(1, "wide")}, "jsonl"},
		{"gzip", string(gzipped("<p>zipped page</p>")), Options{}, []want{doc("zipped page")}, "html"},
		{"forced csv", "text\nfrom csv\n", Options{Format: "csv"}, []want{docAt(2, "from csv")}, "csv"},
		{"forced md", "# Title\n\n**bold**", Options{Format: "MD"}, []want{doc("Title\n\nbold")}, "md"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.opts.Stdin = strings.NewReader(tt.in)
			items := readAll(t, []string{"-"}, tt.opts)
			checkWant(t, items, tt.want)
			for _, it := range items {
				if it.Doc != nil && (it.Doc.Origin.Path != "-" || it.Doc.Origin.Format != tt.fmt) {
					t.Errorf("origin %+v, want path - and format %s", it.Doc.Origin, tt.fmt)
				}
			}
		})
	}
}

func TestCancel(t *testing.T) {
	dir := t.TempDir()
	var rows strings.Builder
	for range 100 {
		rows.WriteString(`{"text":"row"}` + "\n")
	}
	writeTree(t, dir, map[string]string{"a.jsonl": rows.String(), "b.txt": "b"})

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	n := 0
	for range Read(ctx, []string{dir}, Options{}) {
		n++
		if n == 3 {
			cancel()
		}
	}
	if n != 3 {
		t.Errorf("read %d items after cancelling at 3", n)
	}

	// A consumer that stops early ends the iteration cleanly.
	n = 0
	for range Read(context.Background(), []string{dir}, Options{}) {
		n++
		if n == 5 {
			break
		}
	}
	if n != 5 {
		t.Errorf("read %d items, broke at 5", n)
	}
}
