package output

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/parquet-go/parquet-go"
)

// Names of the dataset's own files and folders. They start with "_" or
// "." so that globs over the table folders, and readers that skip hidden
// files (Spark, Arrow, polars), never take them for data.
const (
	lockFile     = ".lock"
	manifestFile = "_batches.json"
	stagingDir   = "_staging"
	commitMarker = "_commit.json"
	batchPrefix  = "batch="
	errorsTable  = "errors"
	docsTable    = "documents"
)

// Options configure a Dataset. The zero value writes every table but
// tokens, with the default limits.
type Options struct {
	// Tokens writes the tokens table: one row per word and punctuation
	// mark, so about as many rows as the text has bytes over five.
	Tokens bool

	// RowGroupRows and RowGroupBytes end a Parquet row group once it holds
	// that many rows or its buffered (partly compressed) data passes that
	// many bytes, whichever comes first; they bound the memory each table
	// holds while writing. Defaults: 262,144 rows and 64 MiB.
	RowGroupRows  int64
	RowGroupBytes int64

	// PartBytes starts a new part file once the current one passes about
	// that many bytes. Default: 256 MiB.
	PartBytes int64

	// BufferBytes bounds the row groups of all tables together: once the
	// data they hold in memory passes it, the largest is flushed early.
	// Default: 64 MiB.
	BufferBytes int64

	// crash, when set (by tests), is called at each step of a commit and
	// stops the commit there if it returns an error, as a killed process
	// would.
	crash func(step string) error
}

// Default limits; see Options.
const (
	DefaultRowGroupRows  = 1 << 18
	DefaultRowGroupBytes = 64 << 20
	DefaultPartBytes     = 256 << 20
	DefaultBufferBytes   = 64 << 20
)

func (o Options) limits() limits {
	l := limits{o.RowGroupRows, o.RowGroupBytes, o.PartBytes, o.BufferBytes}
	if l.rowGroupRows <= 0 {
		l.rowGroupRows = DefaultRowGroupRows
	}
	if l.rowGroupBytes <= 0 {
		l.rowGroupBytes = DefaultRowGroupBytes
	}
	if l.partBytes <= 0 {
		l.partBytes = DefaultPartBytes
	}
	if l.bufferBytes <= 0 {
		l.bufferBytes = DefaultBufferBytes
	}
	return l
}

// Dataset is a folder of Parquet tables open for adding batches. Only one
// process at a time may have a dataset open: Open takes a lock that the
// operating system releases when the process ends, however it ends.
//
// Has may be called from one goroutine while Batch.Add runs in another
// (a source filtering documents ahead of the sink); Commit, Close and
// NewBatch must not run at the same time as any other method.
type Dataset struct {
	dir     string
	opts    Options
	lock    *os.File
	docs    map[string]struct{} // doc_ids in committed batches
	errs    map[string]struct{} // error_ids in committed batches
	batches []BatchInfo         // the manifest
	nextID  int                 // sequence number of the next batch
	open    *Batch              // the batch being written, if any
}

// ErrLocked is returned (wrapped) by Open when another process has the
// dataset open.
var ErrLocked = errors.New("dataset is in use by another process")

// Open opens the dataset in dir, creating the folder if needed. It locks
// the dataset (a second Open of the same folder, from this or another
// process, fails with ErrLocked until Close), finishes or undoes a commit
// that an earlier run was stopped in the middle of, and loads the doc_id
// and error_id columns of the committed batches so that Has and
// Batch.Add can skip what is already there.
func Open(dir string, opts Options) (*Dataset, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("creating dataset %s: %w", dir, err)
	}
	lock, err := lockDir(filepath.Join(dir, lockFile))
	if err != nil {
		return nil, err
	}
	d := &Dataset{dir: dir, opts: opts, lock: lock, nextID: 1}
	if err := d.load(); err != nil {
		unlockDir(lock)
		return nil, err
	}
	return d, nil
}

func (d *Dataset) load() error {
	if err := d.recover(); err != nil {
		return err
	}
	m, err := readManifest(d.dir)
	if err != nil {
		return err
	}
	d.batches = m.Batches
	for _, b := range d.batches {
		d.noteBatchID(b.ID)
	}
	// Every batch folder on disk counts, listed in the manifest or not, so
	// that no id is handed out twice and no committed row is written again.
	entries, err := os.ReadDir(d.dir)
	if err != nil {
		return fmt.Errorf("reading dataset %s: %w", d.dir, err)
	}
	for _, e := range entries {
		if !e.IsDir() || isHidden(e.Name()) {
			continue
		}
		parts, err := batchDirs(filepath.Join(d.dir, e.Name()))
		if err != nil {
			return err
		}
		for _, id := range parts {
			d.noteBatchID(id)
		}
	}
	if d.docs, err = d.loadColumn(docsTable, "doc_id"); err != nil {
		return err
	}
	if d.errs, err = d.loadColumn(errorsTable, "error_id"); err != nil {
		return err
	}
	return d.refreshDerived()
}

// noteBatchID makes sure the next batch id comes after id.
func (d *Dataset) noteBatchID(id string) {
	if n, err := strconv.Atoi(id); err == nil && n >= d.nextID {
		d.nextID = n + 1
	}
}

func isHidden(name string) bool {
	return strings.HasPrefix(name, "_") || strings.HasPrefix(name, ".")
}

// batchDirs lists the batch ids of a table folder, in order.
func batchDirs(tableDir string) ([]string, error) {
	entries, err := os.ReadDir(tableDir)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, nil
		}
		return nil, fmt.Errorf("reading %s: %w", tableDir, err)
	}
	var ids []string
	for _, e := range entries {
		if id, ok := strings.CutPrefix(e.Name(), batchPrefix); ok && e.IsDir() {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	return ids, nil
}

// loadColumn reads one string column of every committed file of a table,
// and nothing else of them.
func (d *Dataset) loadColumn(table, column string) (map[string]struct{}, error) {
	set := make(map[string]struct{})
	tableDir := filepath.Join(d.dir, table)
	ids, err := batchDirs(tableDir)
	if err != nil {
		return nil, err
	}
	for _, id := range ids {
		files, err := filepath.Glob(filepath.Join(tableDir, batchPrefix+id, "*.parquet"))
		if err != nil {
			return nil, err
		}
		for _, path := range files {
			if err := readColumn(path, column, func(v string) { set[v] = struct{}{} }); err != nil {
				return nil, err
			}
		}
	}
	return set, nil
}

// readColumn calls fn with every value of one string column of a Parquet
// file, reading only that column's pages.
func readColumn(path, column string, fn func(string)) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("reading %s: %w", path, err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return fmt.Errorf("reading %s: %w", path, err)
	}
	pf, err := parquet.OpenFile(f, st.Size(), parquet.SkipBloomFilters(true), parquet.SkipPageIndex(true))
	if err != nil {
		return fmt.Errorf("reading %s: %w", path, err)
	}
	leaf, ok := pf.Schema().Lookup(column)
	if !ok {
		return fmt.Errorf("reading %s: no column %q", path, column)
	}
	values := make([]parquet.Value, 1024)
	for _, rg := range pf.RowGroups() {
		pages := rg.ColumnChunks()[leaf.ColumnIndex].Pages()
		err := func() error {
			defer pages.Close()
			for {
				page, err := pages.ReadPage()
				if err == io.EOF {
					return nil
				}
				if err != nil {
					return err
				}
				r := page.Values()
				for {
					n, err := r.ReadValues(values)
					for _, v := range values[:n] {
						if !v.IsNull() {
							fn(string(v.ByteArray()))
						}
					}
					if err == io.EOF {
						break
					}
					if err != nil {
						parquet.Release(page)
						return err
					}
				}
				parquet.Release(page)
			}
		}()
		if err != nil {
			return fmt.Errorf("reading column %s of %s: %w", column, path, err)
		}
	}
	return nil
}

// Dir returns the dataset's folder.
func (d *Dataset) Dir() string { return d.dir }

// Has reports whether a committed batch holds the document with this id.
func (d *Dataset) Has(docID string) bool {
	_, ok := d.docs[docID]
	return ok
}

// Batches returns the committed batches, oldest first, as the manifest
// _batches.json records them.
func (d *Dataset) Batches() []BatchInfo { return slices.Clone(d.batches) }

// Close aborts a batch still open and releases the lock.
func (d *Dataset) Close() error {
	var err error
	if d.open != nil {
		err = d.open.Abort()
	}
	if d.lock != nil {
		if uerr := unlockDir(d.lock); err == nil {
			err = uerr
		}
		d.lock = nil
	}
	return err
}
