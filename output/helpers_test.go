package output

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/parquet-go/parquet-go"

	"github.com/commentariat/commentariat/pipeline"
)

// textBuilder appends to a document text and returns where each piece went.
type textBuilder struct{ b strings.Builder }

func (t *textBuilder) add(s string) pipeline.Span {
	start := t.b.Len()
	t.b.WriteString(s)
	return pipeline.Span{Start: start, End: t.b.Len()}
}

// synthDoc builds a document with everything the tables show: a title and
// dateline, two sections (the second with a heading and a two-line
// signature), sentences and tokens, metadata and non-ASCII text. Every
// third document (i%3 == 0) leaves the optional fields empty, so that the
// tables get nulls; i varies the text, and so the id.
func synthDoc(i int) *pipeline.Document {
	full := i%3 != 0
	var tb textBuilder
	d := &pipeline.Document{
		Origin:   pipeline.Origin{Path: "corpus/articles.jsonl", Line: i + 1, Format: "jsonl"},
		Encoding: "utf-8",
	}
	if full {
		d.InputID = fmt.Sprintf("art-%d", i)
		d.Title = fmt.Sprintf("Überschrift %d: Kyiv’s view", i)
		d.Date = time.Date(2023, 3, 24, 0, 0, 0, 0, time.FixedZone("KST", 9*3600))
		d.DateText = "24 March 2023"
		d.Source = "Outlet “Ω”"
		d.URL = fmt.Sprintf("https://example.org/a/%d?x=<1>&y=2", i)
		d.Meta = map[string]string{"zeta": "last", "author": "Анна <a@b>", "lang": "de"}
		d.Header.Title = tb.add(d.Title)
		tb.add("\n")
		d.Header.Date = tb.add(d.DateText)
		tb.add("\n\n")
	} else {
		d.Origin = pipeline.Origin{Path: fmt.Sprintf("corpus/plain-%d.txt", i), Format: "txt"}
	}

	// Section 0: one paragraph of two sentences.
	s0Start := tb.b.Len()
	p0 := tb.add("")
	sent := func(text string, section, paragraph int) {
		sp := tb.add(text)
		first := len(d.Tokens)
		off := sp.Start
		for _, w := range strings.Fields(text) {
			at := strings.Index(tb.b.String()[off:], w) + off
			off = at + len(w)
			d.Tokens = append(d.Tokens, pipeline.Token{
				Span: pipeline.Span{Start: at, End: off}, Tag: "NN",
				Lower: strings.ToLower(w), Stem: strings.TrimSuffix(strings.ToLower(w), "s"),
				Sentence: len(d.Sentences),
			})
		}
		d.Sentences = append(d.Sentences, pipeline.Sentence{
			Span: sp, Section: section, Paragraph: paragraph, TokenStart: first, TokenEnd: len(d.Tokens),
		})
	}
	sent(fmt.Sprintf("Der Präsident sprach am %d. März.", i), 0, len(d.Paragraphs))
	tb.add(" ")
	sent("Prices rose 5 % — again.", 0, len(d.Paragraphs))
	p0.End = tb.b.Len()
	d.Paragraphs = append(d.Paragraphs, p0)
	tb.add("\n\n")
	d.Sections = append(d.Sections, pipeline.Section{
		Index: 0,
		Span:  pipeline.Span{Start: s0Start, End: p0.End},
		Body:  p0,
	})

	// Section 1: heading, one paragraph, signature; a stray sentence
	// outside any paragraph shows the null paragraph index.
	s1Start := tb.b.Len()
	head := tb.add("Opinion")
	tb.add("\n")
	p1 := tb.add("")
	sent("We disagree strongly.", 1, len(d.Paragraphs))
	p1.End = tb.b.Len()
	d.Paragraphs = append(d.Paragraphs, p1)
	tb.add("\n")
	sent("P.S.", 1, -1)
	tb.add("\n")
	sig := []pipeline.SignatureLine{}
	for _, l := range []string{"Ольга Петренко", "Professor, Kyiv University"} {
		sig = append(sig, pipeline.SignatureLine{Span: tb.add(l), Text: l})
		tb.add("\n")
	}
	d.Sections = append(d.Sections, pipeline.Section{
		Index: 1, Title: "Opinion", TitleSpan: head,
		Span:      pipeline.Span{Start: s1Start, End: tb.b.Len()},
		Body:      pipeline.Span{Start: p1.Start, End: sig[0].Span.Start - 1},
		Signature: sig,
	})

	d.Text = tb.b.String()
	d.ID = pipeline.DocID(d.Text)
	return d
}

// synthResults returns n results of synthetic documents, starting at
// document from, with a read problem after every fifth and a warning on
// every seventh document.
func synthResults(from, n int) []pipeline.Result {
	var out []pipeline.Result
	for i := from; i < from+n; i++ {
		d := synthDoc(i)
		r := pipeline.Result{Seq: len(out), Doc: d}
		if i%7 == 0 {
			r.Problems = append(r.Problems, pipeline.Problem{
				Path: d.Origin.Path, Line: d.Origin.Line, DocID: d.ID, Stage: "warning", Reason: "date \"24 März\" did not parse",
			})
		}
		out = append(out, r)
		if i%5 == 0 {
			out = append(out, pipeline.Result{Seq: len(out), Problems: []pipeline.Problem{{
				Path: "corpus/broken.jsonl", Line: i + 1, Stage: "read", Reason: fmt.Sprintf("invalid character 'x' in record %d", i),
			}}})
		}
	}
	return out
}

// testCommit is the command line every test batch records.
var testCommit = CommitInfo{Args: []string{"commentariat", "run", "corpus"}, Inputs: []string{"corpus"}}

// addBatch opens dir, starts a batch and adds results to it, leaving both
// open.
func addBatch(t testing.TB, dir string, opts Options, results []pipeline.Result) (*Dataset, *Batch) {
	t.Helper()
	ds, err := Open(dir, opts)
	if err != nil {
		t.Fatal(err)
	}
	b, err := ds.NewBatch()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range results {
		if err := b.Add(r); err != nil {
			t.Fatal(err)
		}
	}
	return ds, b
}

// writeBatch adds results to dir as one batch and commits it.
func writeBatch(t testing.TB, dir string, opts Options, results []pipeline.Result) BatchInfo {
	t.Helper()
	ds, b := addBatch(t, dir, opts, results)
	defer ds.Close()
	info, err := b.Commit(testCommit)
	if err != nil {
		t.Fatal(err)
	}
	return info
}

// readTable reads every committed row of a table, in batch and part order.
func readTable[T any](t testing.TB, dir, table string) []T {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, table, "batch=*", "*.parquet"))
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(files)
	var rows []T
	for _, f := range files {
		r, err := parquet.ReadFile[T](f)
		if err != nil {
			t.Fatalf("reading %s: %v", f, err)
		}
		rows = append(rows, r...)
	}
	return rows
}

// tree lists every file under dir with its content, for comparing two
// datasets; the manifest's created times are blanked.
func tree(t testing.TB, dir string) map[string]string {
	t.Helper()
	out := make(map[string]string)
	err := filepath.WalkDir(dir, func(path string, e os.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if rel == manifestFile {
			m, err := readManifest(dir)
			if err != nil {
				return err
			}
			for i := range m.Batches {
				m.Batches[i].Created = time.Time{}
			}
			data = fmt.Appendf(nil, "%+v", m)
		}
		out[rel] = string(data)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}
