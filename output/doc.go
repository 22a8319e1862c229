// Package output writes commentariat's results as a folder of Parquet
// tables that DuckDB, polars, pandas, R's arrow and Spark read directly.
//
// # Layout
//
// A dataset is a folder with one sub-folder per table and, inside each, one
// Hive-style partition per batch (one run of the command):
//
//	OUT/
//	  documents/batch=000001/part-00000.parquet
//	  documents/batch=000002/part-00000.parquet
//	  sections/batch=000001/part-00000.parquet
//	  sentences/...
//	  tokens/...        only when Options.Tokens is set
//	  errors/...
//	  _batches.json     the manifest: one entry per committed batch
//	  _staging/         batches being written; never read it
//	  .lock             held by the run writing to the dataset
//
// The tables and their columns are the row types DocumentRow, SectionRow,
// SentenceRow, TokenRow and ErrorRow: each struct's parquet tags are its
// table's schema. Every table has doc_id (the errors table: when known),
// the key that joins them, and batch, the batch that wrote the row. Every
// span (start/end, title_start/title_end, ...) is a half-open range of byte
// offsets into documents.text (bytes of UTF-8, not characters), so for a
// sentence s of document d
//
//	decode(encode(d.text)[s.start + 1 : s."end"])  -- DuckDB: 1-based, inclusive
//	d.text.encode()[s.start:s.end].decode()        # Python
//	doc.Text[start:end]                            // Go
//
// gives its exact text. (end is an SQL keyword: quote it as "end".)
// Columns that can be unknown are nullable rather than filled with "" or
// -1.
//
// # Reading
//
// Read a table with a glob over its partitions. In DuckDB:
//
//	SELECT d.title, d.published, count(*) AS sentences
//	FROM read_parquet('OUT/documents/*/*.parquet') d
//	JOIN read_parquet('OUT/sentences/*/*.parquet') s USING (doc_id)
//	GROUP BY ALL ORDER BY d.published;
//
// read_parquet('OUT/TABLE/*/*.parquet', hive_partitioning=true,
// union_by_name=true) works too: the partition key and the batch column in
// the files agree, and DuckDB reads both as one VARCHAR column batch.
// union_by_name lets a query span batches written by versions that added
// columns. In polars, pl.scan_parquet("OUT/TABLE/*/*.parquet") (batch is a
// String column, from the files). In pandas or pyarrow, give the table
// folder and turn off partition discovery, which would otherwise infer
// batch=000001 as an integer that clashes with the string column in the
// files: pd.read_parquet("OUT/TABLE", partitioning=None) or
// pyarrow.parquet.read_table("OUT/TABLE", partitioning=None).
//
// Globs over a table folder never see unfinished files: a batch is written
// under OUT/_staging and only moved into the table folders, one whole
// partition folder at a time, once every file of it is complete. (A
// reader running during that move may see the new batch in one table
// before another; _batches.json lists a batch once all its tables are in
// place.) Do not glob the whole dataset (OUT/**/*.parquet): that reaches
// into _staging.
//
// # Writing
//
// Open the dataset, start a batch, Add each pipeline.Result in input order
// and Commit:
//
//	ds, err := output.Open("OUT", output.Options{})
//	...
//	defer ds.Close()
//	b, err := ds.NewBatch()
//	...
//	defer b.Abort() // no-op after Commit
//	for each result { err = b.Add(res) }
//	info, err := b.Commit(output.CommitInfo{Args: os.Args})
//
// Rows are written as they come, in row groups and part files of bounded
// size (Options), so memory does not grow with the corpus. A document
// already in the dataset, or already in the batch, adds no rows; neither
// does a problem whose error_id (ErrorID) is already in the errors table. So
// running again on the same input adds nothing, and a run stopped before
// its commit, run again, gives the dataset a clean run would have given.
// The same results give byte-identical Parquet files.
package output

//go:generate go run ../internal/schemadoc/gen -readme ../README.md
