package output

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/parquet-go/parquet-go"

	"github.com/commentariat/commentariat/internal/names"
)

// Corpus-wide tables. Most tables hold one partition per batch, written
// once. The speakers and entities tables instead describe each speaker and
// entity over the whole dataset (every name and role seen, in how many
// documents), so they are rebuilt from the per-document tables doc_speakers
// and doc_entities whenever a batch is committed, and replaced atomically:
//
//	OUT/speakers/speakers.parquet
//	OUT/entities/entities.parquet
//
// Each file records, in its key-value metadata, the batches it was built
// from; Open rebuilds a file that is missing or behind the manifest (a run
// killed between its commit and the rebuild), so the corpus-wide tables
// always describe exactly the committed batches.

// builtFromKey is the file metadata key listing the batches a corpus-wide
// table was built from; schemaKey holds a fingerprint of the table's
// columns, so that a file written by a version with other columns is
// rebuilt too.
const (
	builtFromKey = "commentariat.batches"
	schemaKey    = "commentariat.schema"
)

// schemaStamp is the fingerprint of the Parquet schema of rows of type R.
func schemaStamp[R any]() string {
	h := sha256.Sum256([]byte(parquet.SchemaOf(new(R)).String()))
	return hex.EncodeToString(h[:8])
}

// derivedTable is a corpus-wide table rebuilt from a per-document table.
type derivedTable interface {
	tableName() string
	// sourceTable names the per-document table it is built from.
	sourceTable() string
	// rebuild reads the source table's files, in batch order, and writes
	// the table to path.
	rebuild(files []string, path string, meta string) error
	// schemaStamp is schemaStamp of its row type.
	schemaStamp() string
}

// derivedTables lists the corpus-wide tables, in the order they are
// rebuilt.
func derivedTables() []derivedTable {
	return []derivedTable{
		derivedSpec[speakerSource, SpeakerRow]{"speakers", "doc_speakers", buildSpeakers},
		derivedSpec[entitySource, EntityRow]{"entities", "doc_entities", buildEntities},
	}
}

// derivedSpec declares a corpus-wide table: its name, the per-document
// table it is built from, and the function that folds the source rows (of
// every batch, in batch order) into the table's rows.
type derivedSpec[S, R any] struct {
	name   string
	source string
	build  func(rows func(yield func(S) bool) error) ([]R, error)
}

func (s derivedSpec[S, R]) tableName() string { return s.name }

func (s derivedSpec[S, R]) schemaStamp() string { return schemaStamp[R]() }

func (s derivedSpec[S, R]) rebuild(files []string, path, meta string) error {
	rows, err := s.build(func(yield func(S) bool) error {
		for _, f := range files {
			if err := readRows(f, yield); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("building %s: %w", s.name, err)
	}
	return writeTableAtomic(path, rows, meta)
}

// readRows reads every row of a Parquet file into S, whose columns must
// be a subset of the file's.
func readRows[S any](path string, yield func(S) bool) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("reading %s: %w", path, err)
	}
	defer f.Close()
	r := parquet.NewGenericReader[S](f)
	defer r.Close()
	buf := make([]S, 256)
	for {
		n, err := r.Read(buf)
		for _, row := range buf[:n] {
			if !yield(row) {
				return nil
			}
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("reading %s: %w", path, err)
		}
	}
}

// writeTableAtomic writes rows to a hidden temporary file beside path and
// renames it into place, so that readers see the old file or the new one.
func writeTableAtomic[R any](path string, rows []R, meta string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("creating %s: %w", filepath.Dir(path), err)
	}
	tmp := filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".tmp")
	f, err := os.Create(tmp)
	if err != nil {
		return fmt.Errorf("creating %s: %w", tmp, err)
	}
	opts := append(slices.Clone(writerOptions), parquet.KeyValueMetadata(builtFromKey, meta),
		parquet.KeyValueMetadata(schemaKey, schemaStamp[R]()), parquet.MaxRowsPerRowGroup(64<<10))
	w := parquet.NewGenericWriter[R](f, opts...)
	if _, err := w.Write(rows); err != nil {
		f.Close()
		os.Remove(tmp)
		return fmt.Errorf("writing %s: %w", tmp, err)
	}
	if err := w.Close(); err != nil {
		f.Close()
		os.Remove(tmp)
		return fmt.Errorf("writing %s: %w", tmp, err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		os.Remove(tmp)
		return fmt.Errorf("syncing %s: %w", tmp, err)
	}
	if err := f.Close(); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("closing %s: %w", tmp, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("replacing %s: %w", path, err)
	}
	return syncDir(filepath.Dir(path))
}

// builtFrom returns the batch list and the schema stamp recorded in a
// corpus-wide table's file, or "" (and no error) when the file does not
// exist or cannot be read.
func builtFrom(path string) (batches, schema string, err error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return "", "", nil
	}
	if err != nil {
		return "", "", fmt.Errorf("reading %s: %w", path, err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return "", "", fmt.Errorf("reading %s: %w", path, err)
	}
	pf, err := parquet.OpenFile(f, st.Size(), parquet.SkipBloomFilters(true), parquet.SkipPageIndex(true))
	if err != nil {
		return "", "", nil // unreadable: rebuild it
	}
	batches, _ = pf.Lookup(builtFromKey)
	schema, _ = pf.Lookup(schemaKey)
	return batches, schema, nil
}

// refreshDerived rebuilds every corpus-wide table whose file does not
// reflect the committed batches.
func (d *Dataset) refreshDerived() error {
	ids := make([]string, len(d.batches))
	for i, b := range d.batches {
		ids[i] = b.ID
	}
	meta := strings.Join(ids, ",")
	for _, t := range derivedTables() {
		path := filepath.Join(d.dir, t.tableName(), t.tableName()+".parquet")
		have, schema, err := builtFrom(path)
		if err != nil {
			return err
		}
		if have == meta && have != "" && schema == t.schemaStamp() {
			continue
		}
		var files []string
		src := t.sourceTable()
		for _, id := range ids {
			fs, err := filepath.Glob(filepath.Join(d.dir, src, batchPrefix+id, "*.parquet"))
			if err != nil {
				return err
			}
			files = append(files, fs...)
		}
		if len(files) == 0 && have == "" && len(ids) == 0 {
			continue // an empty dataset has no corpus-wide tables yet
		}
		if err := t.rebuild(files, path, meta); err != nil {
			return err
		}
	}
	return nil
}

func (s derivedSpec[S, R]) sourceTable() string { return s.source }

// speakerSource is what the speakers table reads of doc_speakers.
type speakerSource struct {
	DocID        string   `parquet:"doc_id"`
	Batch        string   `parquet:"batch"`
	SpeakerID    string   `parquet:"speaker_id"`
	Name         string   `parquet:"name"`
	Aliases      []string `parquet:"aliases,list"`
	Kind         string   `parquet:"kind,optional"` // absent from batches written before it was added
	Roles        []string `parquet:"roles,list"`
	Affiliations []string `parquet:"affiliations,list"`
	NStatements  int32    `parquet:"n_statements"`
	NMentions    int32    `parquet:"n_mentions"`
}

// SpeakerRow is one row of the corpus-wide speakers table: one person (or
// institution) quoted anywhere in the dataset, with everything the
// documents say about them. It is rebuilt from doc_speakers after every
// batch.
type SpeakerRow struct {
	// SpeakerID joins statements.speaker_id, doc_speakers.speaker_id and,
	// for people, mentions.entity_id.
	SpeakerID string `parquet:"speaker_id"`
	// Name is the name most documents give in full (ties: the longest,
	// then the first in sort order); Aliases every other form seen.
	Name    string   `parquet:"name"`
	Aliases []string `parquet:"aliases,list"`
	// Kind is PERSON or ORG, as most documents quoting the speaker have it.
	Kind string `parquet:"kind,dict"`
	// Roles and Affiliations list every role and affiliation seen, the
	// most frequent (by documents) first.
	Roles        []string `parquet:"roles,list"`
	Affiliations []string `parquet:"affiliations,list"`
	// NDocuments, NStatements and NMentions count over the dataset.
	NDocuments  int64 `parquet:"n_documents"`
	NStatements int64 `parquet:"n_statements"`
	NMentions   int64 `parquet:"n_mentions"`
	// FirstBatch and LastBatch are the batches the speaker first and last
	// appeared in.
	FirstBatch string `parquet:"first_batch,dict"`
	LastBatch  string `parquet:"last_batch,dict"`
	// LikelySameAs, for a person only ever named by title and surname in
	// the documents that quote them ("Mr Blair", "Dr Fox"), is the speaker_id
	// of the one person in the dataset with a fuller name and that surname
	// ("Tony Blair"), or, when there are several, the one quoted in at
	// least three times as many documents as any other; "" when there is
	// no such person, or several with none so dominant ("Mr Brown" with
	// Gordon and Nick Brown equally quoted). Documents resolve surnames to
	// full names themselves; this links what a single document could not.
	// It is a likely match, not a certain one: check before merging.
	LikelySameAs string `parquet:"likely_same_as"`
}

// entitySource is what the entities table reads of doc_entities.
type entitySource struct {
	DocID     string   `parquet:"doc_id"`
	Batch     string   `parquet:"batch"`
	EntityID  string   `parquet:"entity_id"`
	Type      string   `parquet:"type"`
	Name      string   `parquet:"name"`
	Aliases   []string `parquet:"aliases,list"`
	NMentions int32    `parquet:"n_mentions"`
}

// EntityRow is one row of the corpus-wide entities table: one named
// entity over the whole dataset. It is rebuilt from doc_entities after
// every batch.
type EntityRow struct {
	// EntityID joins mentions.entity_id and doc_entities.entity_id; a
	// PERSON's id is also their speaker_id.
	EntityID string `parquet:"entity_id"`
	// Type is PERSON, ORG, GPE, LOC, NORP, EVENT, LAW or DATE.
	Type string `parquet:"type,dict"`
	// Name is the name most documents use (ties: the longest, then the
	// first in sort order); Aliases every other form seen.
	Name    string   `parquet:"name"`
	Aliases []string `parquet:"aliases,list"`
	// NDocuments and NMentions count over the dataset.
	NDocuments int64 `parquet:"n_documents"`
	NMentions  int64 `parquet:"n_mentions"`
	// FirstBatch and LastBatch are the batches it first and last appeared
	// in.
	FirstBatch string `parquet:"first_batch,dict"`
	LastBatch  string `parquet:"last_batch,dict"`
	// LikelySameAs, for a PERSON only ever named by surname in the
	// documents that mention them ("Blair"), is the entity_id of the
	// person with a fuller name and that surname the dataset makes likely,
	// by the rule of speakers.likely_same_as; "" otherwise.
	LikelySameAs string `parquet:"likely_same_as"`
}

// tally counts how many documents gave each string.
type tally map[string]int

func (t tally) add(vs ...string) {
	for _, v := range vs {
		if v = strings.TrimSpace(v); v != "" {
			t[v]++
		}
	}
}

// ranked returns the strings most frequent first, ties in sort order,
// leaving out skip.
func (t tally) ranked(skip string) []string {
	out := make([]string, 0, len(t))
	for v := range t {
		if v != skip {
			out = append(out, v)
		}
	}
	slices.SortFunc(out, func(a, b string) int {
		return cmp.Or(cmp.Compare(t[b], t[a]), cmp.Compare(a, b))
	})
	return out
}

// best returns the most frequent string; ties go to the longest, then the
// first in sort order.
func (t tally) best() string {
	var b string
	for v, n := range t {
		if b == "" || n > t[b] || (n == t[b] && (len(v) > len(b) || (len(v) == len(b) && v < b))) {
			b = v
		}
	}
	return b
}

type speakerAgg struct {
	row                 SpeakerRow
	names, aliases      tally
	roles, affiliations tally
	kinds               tally
}

func buildSpeakers(rows func(yield func(speakerSource) bool) error) ([]SpeakerRow, error) {
	aggs := map[string]*speakerAgg{}
	err := rows(func(r speakerSource) bool {
		if r.SpeakerID == "" {
			return true
		}
		a := aggs[r.SpeakerID]
		if a == nil {
			a = &speakerAgg{names: tally{}, aliases: tally{}, roles: tally{}, affiliations: tally{}, kinds: tally{}}
			a.row.SpeakerID, a.row.FirstBatch = r.SpeakerID, r.Batch
			aggs[r.SpeakerID] = a
		}
		a.names.add(r.Name)
		a.kinds.add(speakerKind(r.Kind, r.SpeakerID, r.Name))
		a.aliases.add(r.Name)
		a.aliases.add(r.Aliases...)
		a.roles.add(r.Roles...)
		a.affiliations.add(r.Affiliations...)
		a.row.NDocuments++
		a.row.NStatements += int64(r.NStatements)
		a.row.NMentions += int64(r.NMentions)
		a.row.LastBatch = r.Batch
		return true
	})
	if err != nil {
		return nil, err
	}
	out := make([]SpeakerRow, 0, len(aggs))
	for _, a := range aggs {
		a.row.Name = a.names.best()
		a.row.Aliases = sortedOrEmpty(a.aliases.ranked(a.row.Name))
		a.row.Kind = a.kinds.best()
		a.row.Roles = a.roles.ranked("")
		a.row.Affiliations = a.affiliations.ranked("")
		out = append(out, a.row)
	}
	slices.SortFunc(out, func(a, b SpeakerRow) int {
		return cmp.Or(cmp.Compare(b.NStatements, a.NStatements), cmp.Compare(b.NDocuments, a.NDocuments),
			cmp.Compare(a.Name, b.Name), cmp.Compare(a.SpeakerID, b.SpeakerID))
	})
	linkSurnames(out)
	return out, nil
}

// dominance is how many times more documents the best-known person with
// a surname must have than the next for a bare "Mr X" to be linked to them.
const dominance = 3

// person is what likelySame reads of a row of speakers or entities.
type person struct {
	name, id string
	docs     int64
	// titled: a lone surname counts as a person's only with a title
	// ("Mr Blair"), since a lone word may be anything ("Labour", "MPs");
	// false where the row is known to be a person's (PERSON entities).
	titled bool
}

// likelySame returns, for each person known only by a surname (with a
// title where titled asks for one), the id of the one person with a
// fuller name and that surname, when there is exactly one, or of the one
// who appears in at least dominance times as many documents as any other
// (and in dominance or more); "" for every other row. A row is a
// person's when its id is the person id of its name (institutions have
// ids of another kind).
func likelySame(ps []person) []string {
	out := make([]string, len(ps))
	full := map[string][]int{} // folded surname -> people with fuller names
	type short struct {
		i   int
		sur string
	}
	var shorts []short
	for i, p := range ps {
		k := names.PersonKey(p.name)
		if k == "" || names.PersonIDOfKey(k) != p.id {
			continue
		}
		sur := names.Surname(p.name)
		if sur == "" {
			continue
		}
		switch ws := names.Words(p.name); {
		case !names.OneWord(p.name):
			full[sur] = append(full[sur], i)
		case !p.titled || len(ws) > 1 && names.IsTitle(ws[0]):
			shorts = append(shorts, short{i, sur})
		}
	}
	for _, s := range shorts {
		c := full[s.sur]
		switch {
		case len(c) == 1:
			out[s.i] = ps[c[0]].id
		case len(c) > 1:
			// documents measure who the press means by the surname
			slices.SortStableFunc(c, func(x, y int) int { return cmp.Compare(ps[y].docs, ps[x].docs) })
			if top, next := ps[c[0]].docs, ps[c[1]].docs; top >= dominance*next && top >= dominance {
				out[s.i] = ps[c[0]].id
			}
		}
	}
	return out
}

// linkSurnames sets LikelySameAs of the speakers (see likelySame).
func linkSurnames(rows []SpeakerRow) {
	ps := make([]person, len(rows))
	for i, r := range rows {
		ps[i] = person{name: r.Name, id: r.SpeakerID, docs: r.NDocuments, titled: true}
	}
	for i, id := range likelySame(ps) {
		rows[i].LikelySameAs = id
	}
}

// linkEntitySurnames sets LikelySameAs of the PERSON entities (see
// likelySame); their names carry no titles ("Blair" from "Mr Blair").
func linkEntitySurnames(rows []EntityRow) {
	var ps []person
	var at []int
	for i, r := range rows {
		if r.Type == "PERSON" {
			ps = append(ps, person{name: r.Name, id: r.EntityID, docs: r.NDocuments})
			at = append(at, i)
		}
	}
	for k, id := range likelySame(ps) {
		rows[at[k]].LikelySameAs = id
	}
}

type entityAgg struct {
	row            EntityRow
	names, aliases tally
}

func buildEntities(rows func(yield func(entitySource) bool) error) ([]EntityRow, error) {
	aggs := map[string]*entityAgg{}
	err := rows(func(r entitySource) bool {
		if r.EntityID == "" {
			return true
		}
		a := aggs[r.EntityID]
		if a == nil {
			a = &entityAgg{names: tally{}, aliases: tally{}}
			a.row.EntityID, a.row.Type, a.row.FirstBatch = r.EntityID, r.Type, r.Batch
			aggs[r.EntityID] = a
		}
		a.names.add(r.Name)
		a.aliases.add(r.Name)
		a.aliases.add(r.Aliases...)
		a.row.NDocuments++
		a.row.NMentions += int64(r.NMentions)
		a.row.LastBatch = r.Batch
		return true
	})
	if err != nil {
		return nil, err
	}
	out := make([]EntityRow, 0, len(aggs))
	for _, a := range aggs {
		a.row.Name = a.names.best()
		a.row.Aliases = sortedOrEmpty(a.aliases.ranked(a.row.Name))
		out = append(out, a.row)
	}
	slices.SortFunc(out, func(a, b EntityRow) int {
		return cmp.Or(cmp.Compare(b.NDocuments, a.NDocuments), cmp.Compare(b.NMentions, a.NMentions),
			cmp.Compare(a.Type, b.Type), cmp.Compare(a.Name, b.Name), cmp.Compare(a.EntityID, b.EntityID))
	})
	linkEntitySurnames(out)
	return out, nil
}

// sortedOrEmpty sorts aliases alphabetically (their frequency matters less
// than being easy to scan) and never returns nil, so the list column is []
// rather than null.
func sortedOrEmpty(vs []string) []string {
	if vs == nil {
		return []string{}
	}
	slices.Sort(vs)
	return vs
}
