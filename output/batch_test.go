package output

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/parquet-go/parquet-go"

	"github.com/commentariat/commentariat/pipeline"
)

func docIDs(rows []DocumentRow) []string {
	var ids []string
	for _, r := range rows {
		ids = append(ids, r.DocID)
	}
	return ids
}

func TestTwoBatchesDedup(t *testing.T) {
	dir := t.TempDir()
	first := writeBatch(t, dir, Options{}, synthResults(0, 10))

	// The second run reads documents 5 to 14, one of them twice.
	second := synthResults(5, 10)
	second = append(second, pipeline.Result{Seq: len(second), Doc: synthDoc(12)})
	info := writeBatch(t, dir, Options{}, second)
	if info.ID != "000002" || info.Documents != 5 {
		t.Fatalf("second batch: id %q with %d documents, want 000002 with 5 (10 to 14)", info.ID, info.Documents)
	}
	// New problems: the read problem at 10 and the warning on 14; those
	// at 5 and 7 are in the first batch already.
	if info.Errors != 2 {
		t.Errorf("second batch: %d errors, want 2", info.Errors)
	}

	docs := readTable[DocumentRow](t, dir, "documents")
	var want []string
	for i := range 15 {
		want = append(want, synthDoc(i).ID)
	}
	if got := docIDs(docs); !reflect.DeepEqual(got, want) {
		t.Errorf("doc_ids:\n got %v\nwant %v", got, want)
	}
	for _, d := range docs {
		if wantBatch := map[bool]string{true: "000001", false: "000002"}[slices.Index(want, d.DocID) < 10]; d.Batch != wantBatch {
			t.Errorf("document %s in batch %s, want %s", d.DocID, d.Batch, wantBatch)
		}
	}
	errs := readTable[ErrorRow](t, dir, "errors")
	ids := map[string]bool{}
	for _, e := range errs {
		if ids[e.ErrorID] {
			t.Errorf("error_id %s written twice", e.ErrorID)
		}
		ids[e.ErrorID] = true
	}
	if len(errs) != int(first.Errors+info.Errors) {
		t.Errorf("%d error rows, want %d", len(errs), first.Errors+info.Errors)
	}

	ds, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ds.Close()
	bs := ds.Batches()
	if len(bs) != 2 || bs[0].ID != "000001" || bs[1].ID != "000002" || bs[1].Rows["sentences"] != 20 {
		t.Errorf("manifest: %+v", bs)
	}
	if !reflect.DeepEqual(bs[1].Args, []string{"commentariat", "run", "corpus"}) {
		t.Errorf("manifest args: %v", bs[1].Args)
	}
	if !ds.Has(synthDoc(14).ID) || ds.Has("nope") {
		t.Error("Has does not reflect the committed documents")
	}
}

func TestRerunAddsNothing(t *testing.T) {
	dir := t.TempDir()
	results := synthResults(0, 6)
	writeBatch(t, dir, Options{}, results)
	before := tree(t, dir)
	info := writeBatch(t, dir, Options{}, results)
	if !info.Empty || info.ID != "" {
		t.Errorf("rerun committed %+v, want an empty BatchInfo", info)
	}
	if after := tree(t, dir); !reflect.DeepEqual(before, after) {
		t.Errorf("rerun changed the dataset: %v -> %v", keys(before), keys(after))
	}
	// The next real batch still gets the next id.
	if info := writeBatch(t, dir, Options{}, synthResults(6, 1)); info.ID != "000002" {
		t.Errorf("next batch id %q, want 000002", info.ID)
	}
}

func keys(m map[string]string) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

// TestErrorsOnlyBatch: a run whose only news is problems commits them, and
// every table still gets a (empty) file in the batch, so globs keep working.
func TestErrorsOnlyBatch(t *testing.T) {
	dir := t.TempDir()
	info := writeBatch(t, dir, Options{}, []pipeline.Result{{Problems: []pipeline.Problem{{Path: "x.html", Stage: "read", Reason: "unreadable"}}}})
	if info.Empty || info.Documents != 0 || info.Errors != 1 {
		t.Fatalf("errors-only batch: %+v", info)
	}
	for _, table := range []string{"documents", "sections", "sentences", "errors"} {
		files, _ := filepath.Glob(filepath.Join(dir, table, "batch=000001", "*.parquet"))
		if len(files) != 1 {
			t.Errorf("%s: %d files in the batch, want 1", table, len(files))
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "tokens")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("tokens table written without Options.Tokens (stat: %v)", err)
	}
	if rows := readTable[ErrorRow](t, dir, "errors"); len(rows) != 1 || rows[0].Line != nil || rows[0].DocID != nil {
		t.Errorf("error rows: %+v", rows)
	}
}

func TestLock(t *testing.T) {
	dir := t.TempDir()
	ds, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	_, err = Open(dir, Options{})
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("second Open: %v, want ErrLocked", err)
	}
	t.Logf("second Open: %v", err)
	if err := ds.Close(); err != nil {
		t.Fatal(err)
	}
	ds, err = Open(dir, Options{})
	if err != nil {
		t.Fatalf("Open after Close: %v", err)
	}
	ds.Close()
}

func TestOneBatchAtATime(t *testing.T) {
	ds, err := Open(t.TempDir(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ds.Close()
	b, err := ds.NewBatch()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ds.NewBatch(); err == nil {
		t.Error("second NewBatch while one is open succeeded")
	}
	if err := b.Abort(); err != nil {
		t.Fatal(err)
	}
	if err := b.Add(synthResults(0, 1)[0]); err == nil {
		t.Error("Add after Abort succeeded")
	}
	b2, err := ds.NewBatch()
	if err != nil {
		t.Fatal(err)
	}
	if b2.ID() != b.ID() {
		t.Errorf("batch after an aborted one has id %s, want %s again", b2.ID(), b.ID())
	}
}

func TestAbortLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	ds, b := addBatch(t, dir, Options{Tokens: true}, synthResults(0, 5))
	if err := b.Abort(); err != nil {
		t.Fatal(err)
	}
	ds.Close()
	if got := keys(tree(t, dir)); !reflect.DeepEqual(got, []string{lockFile}) {
		t.Errorf("after Abort the dataset holds %v", got)
	}
}

// TestDeterministic writes the same results twice: the datasets must be
// byte for byte the same (parquet-go embeds no time), manifest times apart.
func TestDeterministic(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	for _, dir := range []string{a, b} {
		writeBatch(t, dir, Options{Tokens: true}, synthResults(0, 20))
		writeBatch(t, dir, Options{Tokens: true}, synthResults(15, 10))
	}
	ta, tb := tree(t, a), tree(t, b)
	if !reflect.DeepEqual(keys(ta), keys(tb)) {
		t.Fatalf("different files: %v vs %v", keys(ta), keys(tb))
	}
	for k := range ta {
		if ta[k] != tb[k] {
			t.Errorf("%s differs between two identical runs", k)
		}
	}
}

// TestLimits: small row groups and part files hold the same rows as one
// big file, and are cut where the limits say.
func TestLimits(t *testing.T) {
	results := synthResults(0, 30)
	big, small := t.TempDir(), t.TempDir()
	writeBatch(t, big, Options{Tokens: true}, results)
	info := writeBatch(t, small, Options{Tokens: true, RowGroupRows: 7, PartBytes: 4 << 10}, results)

	if n := len(info.Files["tokens"]); n < 2 {
		t.Errorf("tokens: %d part files, want several with PartBytes 4 KiB", n)
	}
	files, _ := filepath.Glob(filepath.Join(small, "*", "batch=*", "*.parquet"))
	for _, path := range files {
		f, _ := os.Open(path)
		st, _ := f.Stat()
		pf, err := parquet.OpenFile(f, st.Size())
		if err != nil {
			t.Fatal(err)
		}
		for _, rg := range pf.RowGroups() {
			if rg.NumRows() > 7 {
				t.Errorf("%s: row group of %d rows, limit 7", path, rg.NumRows())
			}
		}
		f.Close()
	}
	if !reflect.DeepEqual(readTable[TokenRow](t, big, "tokens"), readTable[TokenRow](t, small, "tokens")) {
		t.Error("tokens differ between one file and many")
	}
	if !reflect.DeepEqual(readTable[DocumentRow](t, big, "documents"), readTable[DocumentRow](t, small, "documents")) {
		t.Error("documents differ between one file and many")
	}
}

// TestBufferBytes: a small budget for all tables together cuts row groups
// early, without changing the rows or the determinism of the files.
func TestBufferBytes(t *testing.T) {
	results := synthResults(0, 30)
	big, small, again := t.TempDir(), t.TempDir(), t.TempDir()
	writeBatch(t, big, Options{Tokens: true}, results)
	writeBatch(t, small, Options{Tokens: true, BufferBytes: 2 << 10}, results)
	writeBatch(t, again, Options{Tokens: true, BufferBytes: 2 << 10}, results)
	groups := func(dir, table string) int {
		n := 0
		files, _ := filepath.Glob(filepath.Join(dir, table, "batch=*", "*.parquet"))
		for _, path := range files {
			f, _ := os.Open(path)
			st, _ := f.Stat()
			pf, err := parquet.OpenFile(f, st.Size())
			if err != nil {
				t.Fatal(err)
			}
			n += len(pf.RowGroups())
			f.Close()
		}
		return n
	}
	if g, s := groups(big, "tokens"), groups(small, "tokens"); s <= g {
		t.Errorf("tokens: %d row groups with a 2 KiB budget, %d without: want more", s, g)
	}
	if !reflect.DeepEqual(readTable[TokenRow](t, big, "tokens"), readTable[TokenRow](t, small, "tokens")) {
		t.Error("tokens differ with a small budget")
	}
	if !reflect.DeepEqual(readTable[SentenceRow](t, big, "sentences"), readTable[SentenceRow](t, small, "sentences")) {
		t.Error("sentences differ with a small budget")
	}
	ts, ta := tree(t, small), tree(t, again)
	for k := range ts {
		if ts[k] != ta[k] {
			t.Errorf("%s differs between two identical runs", k)
		}
	}
}
