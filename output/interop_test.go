package output

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"

	"github.com/commentariat/commentariat/pipeline"
)

// The expectation file of interop/check.mjs.
type interopExpect struct {
	Tables  map[string]interopTable `json:"tables"`
	Queries []interopQuery          `json:"queries"`
}

type interopTable struct {
	Rows    int64       `json:"rows"`
	Columns [][2]string `json:"columns"`
}

type interopQuery struct {
	Name string  `json:"name"`
	SQL  string  `json:"sql"`
	Rows [][]any `json:"rows"`
}

// interopTools returns the node binary and interop/check.mjs, or skips the
// test when they cannot run (fails instead when
// COMMENTARIAT_REQUIRE_INTEROP=1, as in `make test`).
func interopTools(t *testing.T) (node, script string) {
	t.Helper()
	missing := func(format string, a ...any) {
		t.Helper()
		msg := fmt.Sprintf(format, a...) + "; install with: npm ci --prefix interop"
		if os.Getenv("COMMENTARIAT_REQUIRE_INTEROP") == "1" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	node, err := exec.LookPath("node")
	if err != nil {
		missing("node is not installed")
	}
	dir, err := filepath.Abs(filepath.Join("..", "interop"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "@duckdb", "node-api")); err != nil {
		missing("interop/node_modules/@duckdb/node-api is missing")
	}
	return node, filepath.Join(dir, "check.mjs")
}

// duckType is the type DuckDB gives a Parquet column.
func duckType(t *testing.T, n parquet.Node) string {
	lt := ""
	if l := n.Type().LogicalType(); l != nil { // nil for DOUBLE and other plain types
		lt = l.String()
	}
	if !n.Leaf() {
		if lt != "LIST" {
			t.Fatalf("no DuckDB type for group %v", n)
		}
		return duckType(t, n.Fields()[0].Fields()[0]) + "[]"
	}
	switch {
	case lt == "DATE":
		return "DATE"
	case lt == "STRING":
		return "VARCHAR"
	case n.Type().Kind() == parquet.Boolean:
		return "BOOLEAN"
	case n.Type().Kind() == parquet.Double:
		return "DOUBLE"
	case n.Type().Kind() == parquet.Float:
		return "FLOAT"
	case n.Type().Kind() == parquet.Int32:
		return "INTEGER"
	case n.Type().Kind() == parquet.Int64:
		return "BIGINT"
	}
	t.Fatalf("no DuckDB type for column %v", n)
	return ""
}

func columnsOf(t *testing.T, s *parquet.Schema) [][2]string {
	var cols [][2]string
	for _, f := range s.Fields() {
		cols = append(cols, [2]string{f.Name(), duckType(t, f)})
	}
	return cols
}

// TestDuckDBInterop writes a dataset of three batches (the third with
// problems only) plus a batch stopped after staging, and has DuckDB read
// it: row counts, column types and a few values with nulls, unicode,
// lists and dates must be what this package wrote, and the staged batch
// must stay invisible.
func TestDuckDBInterop(t *testing.T) {
	node, script := interopTools(t)
	dir := t.TempDir()
	opts := Options{Tokens: true}
	infos := []BatchInfo{
		writeBatch(t, dir, opts, synthResults(0, 6)),
		writeBatch(t, dir, opts, synthResults(4, 6)),
		writeBatch(t, dir, opts, []pipeline.Result{{Problems: []pipeline.Problem{{Path: "late.html", Stage: "read", Reason: "unreadable"}}}}),
	}
	ds, b := addBatch(t, dir, stopAt(opts, "staged"), synthResults(20, 3))
	if _, err := b.Commit(testCommit); !errors.Is(err, errKilled) {
		t.Fatalf("stopped commit: %v", err)
	}
	defer kill(ds)

	schemas := map[string]*parquet.Schema{errorsTable: parquet.SchemaOf(new(ErrorRow))}
	for _, tb := range documentTables(opts) {
		schemas[tb.tableName()] = tb.schema()
	}
	exp := interopExpect{Tables: map[string]interopTable{}}
	for name, s := range schemas {
		var rows int64
		for _, info := range infos {
			rows += info.Rows[name]
		}
		exp.Tables[name] = interopTable{Rows: rows, Columns: columnsOf(t, s)}
	}
	// The type mapping above is derived from the structs; pin the types
	// that readers most often get wrong by hand.
	for _, c := range []struct{ table, col, typ string }{
		{"documents", "published", "DATE"},
		{"documents", "source_line", "INTEGER"},
		{"documents", "title_start", "BIGINT"},
		{"sections", "signature", "VARCHAR[]"},
		{"errors", "line", "INTEGER"},
	} {
		found := false
		for _, col := range exp.Tables[c.table].Columns {
			found = found || col == [2]string{c.col, c.typ}
		}
		if !found {
			t.Errorf("expected %s.%s to be %s; columns: %v", c.table, c.col, c.typ, exp.Tables[c.table].Columns)
		}
	}

	full, bare := synthDoc(1), synthDoc(3)
	exp.Queries = []interopQuery{
		{
			Name: "documents per batch (partition key and file column agree)",
			SQL:  "SELECT batch, count(*)::INTEGER FROM {documents} GROUP BY batch ORDER BY batch",
			Rows: [][]any{{"000001", 6}, {"000002", 4}},
		},
		{
			Name: "batch column in the files matches the batch= folder",
			SQL: fmt.Sprintf("SELECT count(*)::INTEGER FROM read_parquet('%s/*/*/*.parquet', union_by_name=true, hive_partitioning=false, filename=true) "+
				"WHERE batch <> regexp_extract(filename, 'batch=([^/]+)', 1)", dir),
			Rows: [][]any{{0}},
		},
		{
			Name: "metadata, unicode and DATE of a full document",
			SQL:  fmt.Sprintf("SELECT title, published, published_text, source_line, metadata, source FROM {documents} WHERE doc_id = '%s'", full.ID),
			Rows: [][]any{{full.Title, "2023-03-24", "24 March 2023", 2, `{"author":"Анна <a@b>","lang":"de","zeta":"last"}`, full.Source}},
		},
		{
			Name: "nulls of a bare document",
			SQL:  fmt.Sprintf("SELECT input_id, title, published, source_line, metadata, title_start, date_end FROM {documents} WHERE doc_id = '%s'", bare.ID),
			Rows: [][]any{{nil, nil, nil, nil, nil, nil, nil}},
		},
		{
			Name: "signature list",
			SQL:  fmt.Sprintf("SELECT section, title, signature FROM {sections} WHERE doc_id = '%s' ORDER BY section", full.ID),
			Rows: [][]any{{0, nil, []string{}}, {1, "Opinion", []string{"Ольга Петренко", "Professor, Kyiv University"}}},
		},
		{
			Name: "sentence spans are byte offsets into documents.text",
			SQL:  `SELECT count(*)::INTEGER FROM {sentences} s JOIN {documents} d USING (doc_id) WHERE decode(encode(d.text)[s.start + 1 : s."end"]) <> s.text`,
			Rows: [][]any{{0}},
		},
		{
			Name: "token spans are byte offsets into documents.text",
			SQL:  `SELECT count(*)::INTEGER FROM {tokens} t JOIN {documents} d USING (doc_id) WHERE decode(encode(d.text)[t.start + 1 : t."end"]) <> t.text`,
			Rows: [][]any{{0}},
		},
		{
			Name: "the package documentation's query",
			SQL: "SELECT d.title, d.published, count(*)::INTEGER AS sentences FROM {documents} d JOIN {sentences} s USING (doc_id) " +
				"GROUP BY ALL ORDER BY d.published, d.title LIMIT 1",
			Rows: [][]any{{full.Title, "2023-03-24", 4}},
		},
		{
			Name: "sentences outside any paragraph are null",
			SQL:  "SELECT count(*)::INTEGER FROM {sentences} WHERE paragraph IS NULL",
			Rows: [][]any{{10}},
		},
		{
			Name: "errors per stage",
			SQL:  "SELECT stage, count(*)::INTEGER, count(line)::INTEGER, count(doc_id)::INTEGER FROM {errors} GROUP BY stage ORDER BY stage",
			Rows: [][]any{{"read", 3, 2, 0}, {"warning", 2, 1, 2}},
		},
	}

	expectPath := filepath.Join(t.TempDir(), "expect.json")
	writeJSON(t, expectPath, exp)
	out, err := exec.CommandContext(t.Context(), node, script, dir, expectPath).CombinedOutput()
	t.Logf("node %s:\n%s", filepath.Base(script), out)
	if err != nil {
		t.Fatalf("DuckDB disagrees with what was written: %v", err)
	}

	// The checker must notice a difference.
	docs := exp.Tables["documents"]
	docs.Rows++
	docs.Columns[len(docs.Columns)-1][1] = "INTEGER"
	exp.Tables["documents"] = docs
	exp.Queries = exp.Queries[:1]
	exp.Queries[0].Rows = [][]any{{"000001", 6}}
	writeJSON(t, expectPath, exp)
	out, err = exec.CommandContext(t.Context(), node, script, dir, expectPath).CombinedOutput()
	t.Logf("node %s on a wrong expectation (must fail):\n%s", filepath.Base(script), out)
	if err == nil {
		t.Fatalf("check.mjs accepted a wrong expectation:\n%s", out)
	}
	for _, want := range []string{"documents: 10 rows, want 11", "date_end BIGINT, want date_end INTEGER", "query documents per batch"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("check.mjs output lacks %q:\n%s", want, out)
		}
	}
}

func writeJSON(t *testing.T, path string, v any) {
	t.Helper()
	data, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}
