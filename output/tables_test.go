package output

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/format"

	"github.com/commentariat/commentariat/pipeline"
)

// expectRows returns what one batch of results should put in a table.
func expectRows[T any](results []pipeline.Result, batch string, rows func(*pipeline.Document, string) []T) []T {
	var out []T
	seen := map[string]bool{}
	for _, r := range results {
		if r.Doc != nil && !seen[r.Doc.ID] {
			seen[r.Doc.ID] = true
			out = append(out, rows(r.Doc, batch)...)
		}
	}
	return out
}

func TestTablesRoundTrip(t *testing.T) {
	dir := t.TempDir()
	results := synthResults(0, 12)
	info := writeBatch(t, dir, Options{Tokens: true}, results)
	if info.ID != "000001" {
		t.Fatalf("batch id = %q, want 000001", info.ID)
	}

	check := func(name string, got, want any, n int) {
		t.Helper()
		if reflect.ValueOf(got).Len() != n {
			t.Errorf("%s: %d rows, want %d", name, reflect.ValueOf(got).Len(), n)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: rows read back differ from rows written\n got %+v\nwant %+v", name, got, want)
		}
		if info.Rows[name] != int64(n) {
			t.Errorf("%s: manifest counts %d rows, want %d", name, info.Rows[name], n)
		}
	}
	docs := expectRows(results, "000001", documentRows)
	check("documents", readTable[DocumentRow](t, dir, "documents"), docs, 12)
	secs := expectRows(results, "000001", sectionRows)
	check("sections", readTable[SectionRow](t, dir, "sections"), secs, 24)
	sents := expectRows(results, "000001", sentenceRows)
	check("sentences", readTable[SentenceRow](t, dir, "sentences"), sents, 48)
	toks := expectRows(results, "000001", tokenRows)
	check("tokens", readTable[TokenRow](t, dir, "tokens"), toks, len(toks))

	var errs []ErrorRow
	for _, r := range results {
		for _, p := range r.Problems {
			errs = append(errs, errorRow(p, ErrorID(p), "000001"))
		}
	}
	check("errors", readTable[ErrorRow](t, dir, "errors"), errs, 5) // 0,5,10 read; 0,7 warnings
	if info.Documents != 12 || info.Errors != 5 {
		t.Errorf("manifest: %d documents, %d errors; want 12 and 5", info.Documents, info.Errors)
	}
}

// TestRowValues pins the conversions from the model to columns: nulls for
// unknowns, DATE days, sorted JSON, spans that cut the right bytes.
func TestRowValues(t *testing.T) {
	full := synthDoc(1)
	d := documentRows(full, "000001")[0]
	wantDays := int32(time.Date(2023, 3, 24, 0, 0, 0, 0, time.UTC).Unix() / 86400)
	switch {
	case d.Published == nil || *d.Published != wantDays:
		t.Errorf("published = %v, want %d (2023-03-24 whatever the zone)", d.Published, wantDays)
	case d.Metadata == nil || *d.Metadata != `{"author":"Анна <a@b>","lang":"de","zeta":"last"}`:
		t.Errorf("metadata = %v", show(d.Metadata))
	case d.SourceLine == nil || *d.SourceLine != 2:
		t.Errorf("source_line = %v, want 2", d.SourceLine)
	case full.Text[*d.TitleStart:*d.TitleEnd] != full.Title:
		t.Errorf("title span cuts %q", full.Text[*d.TitleStart:*d.TitleEnd])
	case full.Text[*d.DateStart:*d.DateEnd] != "24 March 2023":
		t.Errorf("date span cuts %q", full.Text[*d.DateStart:*d.DateEnd])
	case d.NBytes != int64(len(full.Text)) || d.NSections != 2 || d.NSentences != 4 || d.NParagraphs != 2:
		t.Errorf("counts: %+v", d)
	}

	bare := documentRows(synthDoc(3), "000001")[0]
	for name, p := range map[string]any{
		"input_id": bare.InputID, "source_line": bare.SourceLine, "title": bare.Title,
		"published": bare.Published, "published_text": bare.PublishedText, "source": bare.Source,
		"url": bare.URL, "metadata": bare.Metadata, "title_start": bare.TitleStart, "date_end": bare.DateEnd,
	} {
		if !reflect.ValueOf(p).IsNil() {
			t.Errorf("%s of a document without it = %v, want null", name, p)
		}
	}

	secs := sectionRows(full, "000001")
	if secs[0].Title != nil || secs[0].TitleStart != nil || len(secs[0].Signature) != 0 || secs[0].SignatureStart != nil {
		t.Errorf("unsigned section without heading: %+v", secs[0])
	}
	s1 := secs[1]
	if got := full.Text[*s1.SignatureStart:*s1.SignatureEnd]; got != "Ольга Петренко\nProfessor, Kyiv University" {
		t.Errorf("signature span cuts %q", got)
	}
	if !reflect.DeepEqual(s1.Signature, []string{"Ольга Петренко", "Professor, Kyiv University"}) || *s1.Title != "Opinion" || s1.NSentences != 2 {
		t.Errorf("signed section: %+v", s1)
	}

	sents := sentenceRows(full, "000001")
	for _, s := range sents {
		if full.Text[s.Start:s.End] != s.Text {
			t.Errorf("sentence %d: text %q, span cuts %q", s.Sentence, s.Text, full.Text[s.Start:s.End])
		}
	}
	if last := sents[len(sents)-1]; last.Paragraph != nil || last.Section == nil || *last.Section != 1 {
		t.Errorf("sentence outside paragraphs: paragraph %v section %v, want null and 1", last.Paragraph, last.Section)
	}
	for _, tok := range tokenRows(full, "000001") {
		if full.Text[tok.Start:tok.End] != tok.Text {
			t.Errorf("token %d: text %q, span cuts %q", tok.Token, tok.Text, full.Text[tok.Start:tok.End])
		}
	}
}

func show(s *string) string {
	if s == nil {
		return "null"
	}
	return *s
}

// TestSchema checks what the readers need of every file: zstd on every
// column, signed integers, no ENUM, DATE and LIST where promised.
func TestSchema(t *testing.T) {
	dir := t.TempDir()
	writeBatch(t, dir, Options{Tokens: true}, synthResults(0, 3))
	files, _ := filepath.Glob(filepath.Join(dir, "*", "batch=*", "*.parquet"))
	// one file per document table, plus errors and batch_keyterms
	if len(files) != len(documentTables(Options{Tokens: true}))+2 {
		t.Fatalf("%d files, want one per table: %v", len(files), files)
	}
	for _, path := range files {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		st, _ := f.Stat()
		pf, err := parquet.OpenFile(f, st.Size())
		if err != nil {
			t.Fatal(err)
		}
		for _, rg := range pf.Metadata().RowGroups {
			for _, c := range rg.Columns {
				if c.MetaData.Codec != format.Zstd {
					t.Errorf("%s: column %v compressed with %v, want zstd", path, c.MetaData.PathInSchema, c.MetaData.Codec)
				}
			}
		}
		for _, col := range pf.Schema().Columns() {
			leaf, _ := pf.Schema().Lookup(col...)
			lt := leaf.Node.Type().LogicalType()
			if lt == nil { // plain physical type (DOUBLE, ...)
				continue
			}
			if s := lt.String(); strings.Contains(s, "ENUM") || (strings.HasPrefix(s, "INT(") && strings.HasSuffix(s, ",false)")) {
				t.Errorf("%s: column %v has logical type %v", path, col, lt)
			}
		}
		f.Close()
	}
	docs, _ := filepath.Glob(filepath.Join(dir, "documents", "*", "*.parquet"))
	secs, _ := filepath.Glob(filepath.Join(dir, "sections", "*", "*.parquet"))
	for path, want := range map[string]string{docs[0]: "optional int32 published (DATE)", secs[0]: "required group signature (LIST)"} {
		f, _ := os.Open(path)
		st, _ := f.Stat()
		pf, err := parquet.OpenFile(f, st.Size())
		if err != nil {
			t.Fatal(err)
		}
		if s := pf.Schema().String(); !strings.Contains(s, want) {
			t.Errorf("%s: schema lacks %q:\n%s", path, want, s)
		}
		f.Close()
	}
}
