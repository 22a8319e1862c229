package output

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/commentariat/commentariat/pipeline"
)

// CommitInfo is what Commit records about the run in the manifest.
type CommitInfo struct {
	// Args is the command line (os.Args) and Inputs the files and folders
	// read.
	Args   []string
	Inputs []string
}

// Batch is one run's worth of new rows, written to a staging folder as
// results arrive and added to the dataset as a whole by Commit, or not at
// all. A Batch is not safe for concurrent use: call Add from one
// goroutine, in input order (the order of pipeline.Runner's sink).
type Batch struct {
	d       *Dataset
	id      string
	dir     string // DIR/_staging/batch=ID
	tables  []table
	writers []docWriter
	errs    *partWriter[ErrorRow]
	// batchTerms writes the batch_keyterms table (AddBatchKeyTerms);
	// batchTermsRank counts the rows written so far.
	batchTerms     *partWriter[BatchKeyTermRow]
	batchTermsRank int

	docs   map[string]struct{} // doc_ids added to this batch
	errIDs map[string]struct{} // error_ids added to this batch

	marked bool // the commit marker is written: the batch must be finished, not undone
	done   bool
}

var errBatchClosed = errors.New("batch already committed or aborted")

// NewBatch starts the next batch. Its id is the next number in sequence
// after every batch in the dataset, so a run that was stopped before its
// commit and is run again gets the same id. Only one batch may be open at
// a time.
func (d *Dataset) NewBatch() (*Batch, error) {
	if d.lock == nil {
		return nil, fmt.Errorf("new batch in %s: dataset is closed", d.dir)
	}
	if d.open != nil {
		return nil, fmt.Errorf("new batch in %s: batch %s is still open", d.dir, d.open.id)
	}
	id := fmt.Sprintf("%06d", d.nextID)
	dir := d.stagingPath(id)
	if err := os.RemoveAll(dir); err != nil {
		return nil, fmt.Errorf("clearing %s: %w", dir, err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("creating %s: %w", dir, err)
	}
	lim := d.opts.limits()
	b := &Batch{
		d:      d,
		id:     id,
		dir:    dir,
		tables: documentTables(d.opts),
		errs:   newPartWriter[ErrorRow](filepath.Join(dir, errorsTable), lim),
		docs:   make(map[string]struct{}),
		errIDs: make(map[string]struct{}),
	}
	b.batchTerms = newPartWriter[BatchKeyTermRow](filepath.Join(dir, batchKeyTermsTable), lim)
	for _, t := range b.tables {
		b.writers = append(b.writers, t.open(filepath.Join(dir, t.tableName()), lim))
	}
	d.open = b
	return b, nil
}

// ID returns the batch's id ("000001").
func (b *Batch) ID() string { return b.id }

// Add writes the rows of one result: a row in each table for its document,
// unless the dataset or this batch already has a document with that id,
// and a row in the errors table for each of its problems whose error_id
// is not already there. An error from Add leaves the batch unusable:
// Abort it.
func (b *Batch) Add(res pipeline.Result) error {
	if b.done {
		return errBatchClosed
	}
	if doc := res.Doc; doc != nil && !b.d.Has(doc.ID) {
		if _, dup := b.docs[doc.ID]; !dup {
			b.docs[doc.ID] = struct{}{}
			for _, w := range b.writers {
				if err := w.addDoc(doc, b.id); err != nil {
					return fmt.Errorf("batch %s: document %s (%s): %w", b.id, doc.ID, doc.Origin.Path, err)
				}
			}
			if err := b.bound(); err != nil {
				return fmt.Errorf("batch %s: %w", b.id, err)
			}
		}
	}
	var rows []ErrorRow
	for _, p := range res.Problems {
		id := ErrorID(p)
		if _, ok := b.d.errs[id]; ok {
			continue
		}
		if _, ok := b.errIDs[id]; ok {
			continue
		}
		b.errIDs[id] = struct{}{}
		rows = append(rows, errorRow(p, id, b.id))
	}
	if err := b.errs.write(rows); err != nil {
		return fmt.Errorf("batch %s: %w", b.id, err)
	}
	return nil
}

// bound flushes the largest row groups until the tables together hold
// less than the buffer limit in memory. It depends on the rows alone, so
// the same documents give the same files.
func (b *Batch) bound() error {
	for {
		var total, most int64
		largest := -1
		for i, w := range b.writers {
			n := w.buffered()
			total += n
			if n > most {
				most, largest = n, i
			}
		}
		if total < b.d.opts.limits().bufferBytes || largest < 0 {
			return nil
		}
		if err := b.writers[largest].flushGroup(); err != nil {
			return err
		}
	}
}

// Commit adds the batch to the dataset: once it returns nil, every table
// holds the batch and the manifest lists it; if the process dies during
// Commit, the next Open finishes the commit or undoes it, so that readers
// see all of the batch or none of it. A batch with no new document and no
// new error commits nothing and returns a BatchInfo with only Empty set.
func (b *Batch) Commit(info CommitInfo) (BatchInfo, error) {
	if b.done {
		return BatchInfo{}, errBatchClosed
	}
	if len(b.docs) == 0 && len(b.errIDs) == 0 {
		if err := b.Abort(); err != nil {
			return BatchInfo{}, err
		}
		return BatchInfo{Empty: true}, nil
	}
	bi := BatchInfo{
		ID:        b.id,
		Documents: int64(len(b.docs)),
		Errors:    int64(len(b.errIDs)),
		Rows:      make(map[string]int64),
		Files:     make(map[string][]string),
		Args:      info.Args,
		Inputs:    info.Inputs,
	}
	record := func(name string, st tableStats, err error) error {
		if err != nil {
			return fmt.Errorf("batch %s: %w", b.id, err)
		}
		bi.Rows[name], bi.Files[name] = st.rows, st.files
		return nil
	}
	for i, w := range b.writers {
		st, err := w.close()
		if err := record(b.tables[i].tableName(), st, err); err != nil {
			return BatchInfo{}, err
		}
	}
	st, err := b.errs.close()
	if err := record(errorsTable, st, err); err != nil {
		return BatchInfo{}, err
	}
	st, err = b.batchTerms.close()
	if err := record(batchKeyTermsTable, st, err); err != nil {
		return BatchInfo{}, err
	}
	if err := b.d.crashAt("staged"); err != nil {
		return BatchInfo{}, err
	}

	bi.Created = time.Now().UTC().Truncate(time.Second)
	b.marked = true
	if err := b.d.commitBatch(bi); err != nil {
		return BatchInfo{}, err
	}
	b.done = true
	d := b.d
	d.open = nil
	d.batches = append(d.batches, bi)
	d.noteBatchID(bi.ID)
	for id := range b.docs {
		d.docs[id] = struct{}{}
	}
	for id := range b.errIDs {
		d.errs[id] = struct{}{}
	}
	if err := d.refreshDerived(); err != nil {
		return bi, fmt.Errorf("batch %s is committed, but the corpus-wide tables were not rebuilt (the next run rebuilds them): %w", bi.ID, err)
	}
	return bi, nil
}

// Abort drops the batch: its staging folder is removed and the dataset is
// left as it was. It does nothing after Commit succeeded, and nothing
// after a Commit that failed past its point of no return (the commit
// marker), which the next Open finishes instead.
func (b *Batch) Abort() error {
	if b.done {
		return nil
	}
	b.done = true
	b.d.open = nil
	if b.marked {
		return nil
	}
	for _, w := range b.writers {
		w.abort()
	}
	b.errs.abort()
	b.batchTerms.abort()
	if err := os.RemoveAll(b.dir); err != nil {
		return fmt.Errorf("removing %s: %w", b.dir, err)
	}
	return nil
}
