package output

import (
	"reflect"

	"github.com/parquet-go/parquet-go"
)

// Table describes one table of a dataset, for tools that list or document
// the schema.
type Table struct {
	// Name is the table's folder under the dataset.
	Name string
	// Corpus is set for the corpus-wide tables (one file, rebuilt after
	// every batch); the others hold one partition per batch.
	Corpus bool
	// Optional is set for tables written only on request (tokens).
	Optional bool
	// Row is the Go struct whose parquet tags are the table's schema.
	Row reflect.Type
	// Schema is the Parquet schema of the table's files.
	Schema *parquet.Schema
}

// Tables lists every table a dataset can hold, in the order the README
// documents them.
func Tables() []Table {
	var out []Table
	always := map[string]bool{}
	for _, t := range documentTables(Options{}) {
		always[t.tableName()] = true
	}
	for _, t := range documentTables(Options{Tokens: true}) {
		out = append(out, Table{Name: t.tableName(), Optional: !always[t.tableName()], Row: t.rowType(), Schema: t.schema()})
	}
	out = append(out, Table{Name: errorsTable, Row: reflect.TypeFor[ErrorRow](), Schema: parquet.SchemaOf(new(ErrorRow))})
	out = append(out, Table{Name: batchKeyTermsTable, Row: reflect.TypeFor[BatchKeyTermRow](), Schema: parquet.SchemaOf(new(BatchKeyTermRow))})
	out = append(out,
		Table{Name: "speakers", Corpus: true, Row: reflect.TypeFor[SpeakerRow](), Schema: parquet.SchemaOf(new(SpeakerRow))},
		Table{Name: "entities", Corpus: true, Row: reflect.TypeFor[EntityRow](), Schema: parquet.SchemaOf(new(EntityRow))},
	)
	return out
}
