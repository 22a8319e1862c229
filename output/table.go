package output

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"

	"github.com/parquet-go/parquet-go"

	"github.com/commentariat/commentariat/pipeline"
)

// table is one table built from documents. tableSpec is its only
// implementation; the interface lets tables of different row types sit in
// one list.
type table interface {
	tableName() string
	schema() *parquet.Schema
	rowType() reflect.Type
	open(dir string, lim limits) docWriter
}

// docWriter writes a table's rows for one document after another.
type docWriter interface {
	addDoc(doc *pipeline.Document, batch string) error
	// buffered is the size of the row group being built, held in memory;
	// flushGroup writes it out.
	buffered() int64
	flushGroup() error
	close() (tableStats, error)
	abort()
}

// tableSpec declares a table: its name (the folder under the dataset) and
// the function that turns a document into rows. The row type's struct tags
// are the table's schema.
type tableSpec[T any] struct {
	name string
	rows func(doc *pipeline.Document, batch string) []T
}

func (t tableSpec[T]) tableName() string       { return t.name }
func (t tableSpec[T]) schema() *parquet.Schema { return parquet.SchemaOf(new(T)) }
func (t tableSpec[T]) rowType() reflect.Type   { return reflect.TypeFor[T]() }

func (t tableSpec[T]) open(dir string, lim limits) docWriter {
	return specWriter[T]{newPartWriter[T](dir, lim), t.rows}
}

// specWriter is a table's partWriter fed by its rows function.
type specWriter[T any] struct {
	*partWriter[T]
	rows func(*pipeline.Document, string) []T
}

func (s specWriter[T]) addDoc(doc *pipeline.Document, batch string) error {
	return s.write(s.rows(doc, batch))
}

// limits bound the memory a table writer holds and the size of its files;
// Options.limits fills in the defaults, so every limit is positive.
type limits struct {
	rowGroupRows  int64
	rowGroupBytes int64
	partBytes     int64
	bufferBytes   int64 // all tables of a batch together
}

// tableStats is what a finished table writer produced.
type tableStats struct {
	rows  int64
	files []string // base names, in order
}

// writeChunk is the most rows handed to parquet-go at once, so that the
// limits are checked often even for a document with a million tokens.
const writeChunk = 4096

// partWriter writes rows of one table into dir/part-00000.parquet,
// part-00001.parquet, ...: it ends a row group when the rows or the bytes
// buffered for it pass the limits, and starts a new file when the current
// one passes limits.partBytes. Every decision depends on the rows alone,
// so the same rows give the same files. Files are synced to disk when
// closed. close writes one (empty) file if no row came, so that every
// table of a batch can be read.
type partWriter[T any] struct {
	dir  string
	lim  limits
	file *os.File
	w    *parquet.GenericWriter[T]
	path string

	files      []string
	rows       int64 // in all parts
	groupRows  int64 // in the current row group
	groupStart int64 // w.Size() when the current row group began
}

func newPartWriter[T any](dir string, lim limits) *partWriter[T] {
	return &partWriter[T]{dir: dir, lim: lim}
}

func (p *partWriter[T]) openPart() error {
	if len(p.files) == 0 {
		if err := os.MkdirAll(p.dir, 0o755); err != nil {
			return fmt.Errorf("creating %s: %w", p.dir, err)
		}
	}
	name := fmt.Sprintf("part-%05d.parquet", len(p.files))
	path := filepath.Join(p.dir, name)
	f, err := os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
	if err != nil {
		return fmt.Errorf("creating %s: %w", path, err)
	}
	p.file, p.path = f, path
	p.files = append(p.files, name)
	if p.w == nil {
		p.w = parquet.NewGenericWriter[T](f, writerOptions...)
	} else {
		p.w.Reset(f)
	}
	p.groupRows, p.groupStart = 0, 0
	return nil
}

// writerOptions apply to every file: zstd for every column, and no
// min/max statistics for columns of long text, where parquet-go would copy
// whole articles into every page header and the footer. (parquet-go's
// created_by names its own version only, and nothing in a file depends on
// the time, so the same rows give the same bytes.)
var writerOptions = []parquet.WriterOption{
	parquet.Compression(&parquet.Zstd),
	parquet.SkipPageBounds("text"), parquet.SkipPageStatistics("text"),
	parquet.SkipPageBounds("metadata"), parquet.SkipPageStatistics("metadata"),
	parquet.SkipPageBounds("reason"), parquet.SkipPageStatistics("reason"),
}

func (p *partWriter[T]) write(rows []T) error {
	for len(rows) > 0 {
		if p.file == nil {
			if err := p.openPart(); err != nil {
				return err
			}
		}
		n := min(len(rows), writeChunk, int(p.lim.rowGroupRows-p.groupRows))
		if _, err := p.w.Write(rows[:n]); err != nil {
			return fmt.Errorf("writing %s: %w", p.path, err)
		}
		rows = rows[n:]
		p.rows += int64(n)
		p.groupRows += int64(n)
		if err := p.checkLimits(); err != nil {
			return err
		}
	}
	return nil
}

// checkLimits ends the row group or the file when they are full.
func (p *partWriter[T]) checkLimits() error {
	if p.groupRows >= p.lim.rowGroupRows || p.buffered() >= p.lim.rowGroupBytes {
		return p.flushGroup()
	}
	if p.w.Size() >= p.lim.partBytes {
		return p.closePart()
	}
	return nil
}

// buffered returns the bytes of the current row group: its compressed
// pages, dictionaries and column buffers, all held in memory until the
// group is flushed.
func (p *partWriter[T]) buffered() int64 {
	if p.file == nil || p.groupRows == 0 {
		return 0
	}
	return p.w.Size() - p.groupStart
}

// flushGroup ends the current row group (if it has rows) and, when the
// file has grown past limits.partBytes, the file.
func (p *partWriter[T]) flushGroup() error {
	if p.file == nil || p.groupRows == 0 {
		return nil
	}
	if err := p.w.Flush(); err != nil {
		return fmt.Errorf("writing %s: %w", p.path, err)
	}
	size := p.w.Size()
	p.groupRows, p.groupStart = 0, size
	if size >= p.lim.partBytes {
		return p.closePart()
	}
	return nil
}

// closePart finishes the current file: footer, sync, close.
func (p *partWriter[T]) closePart() error {
	f := p.file
	p.file = nil
	if err := p.w.Close(); err != nil {
		f.Close()
		return fmt.Errorf("writing %s: %w", p.path, err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("syncing %s: %w", p.path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("closing %s: %w", p.path, err)
	}
	return nil
}

func (p *partWriter[T]) close() (tableStats, error) {
	if p.file == nil && len(p.files) == 0 {
		if err := p.openPart(); err != nil {
			return tableStats{}, err
		}
	}
	if p.file != nil {
		if err := p.closePart(); err != nil {
			return tableStats{}, err
		}
	}
	return tableStats{rows: p.rows, files: p.files}, nil
}

// abort closes the open file, if any, without finishing it; the caller
// removes the folder.
func (p *partWriter[T]) abort() {
	if p.file != nil {
		p.file.Close()
		p.file = nil
	}
}
