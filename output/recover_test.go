package output

import (
	"errors"
	"path/filepath"
	"reflect"
	"testing"
)

var errKilled = errors.New("killed")

// kill drops a dataset the way a killed process would: the lock goes, the
// files stay as they are, nothing is cleaned up.
func kill(d *Dataset) {
	d.lock.Close()
	d.lock = nil
	d.open = nil
}

// stopAt returns opts with a commit that dies at step.
func stopAt(opts Options, step string) Options {
	opts.crash = func(s string) error {
		if s == step {
			return errKilled
		}
		return nil
	}
	return opts
}

// TestCrashDuringCommit stops a commit at each of its steps, reopens the
// dataset and runs again: the result must be the dataset a clean run
// gives, and no reader glob may ever have seen a partial batch.
func TestCrashDuringCommit(t *testing.T) {
	opts := Options{Tokens: true}
	first, second := synthResults(0, 8), synthResults(6, 8)
	clean := t.TempDir()
	writeBatch(t, clean, opts, first)
	writeBatch(t, clean, opts, second)
	want := tree(t, clean)

	for _, tc := range []struct {
		step        string
		rollForward bool // the crash came after the commit marker
	}{
		{"adding", false}, // killed while adding results
		{"staged", false},
		{"marked", true},
		{"renamed documents", true},
		{"renamed sentences", true},
		{"manifest", true},
	} {
		t.Run(tc.step, func(t *testing.T) {
			dir := t.TempDir()
			writeBatch(t, dir, opts, first)
			globBefore := globAll(t, dir)

			add := second
			if tc.step == "adding" {
				add = second[:len(second)/2]
			}
			ds, b := addBatch(t, dir, stopAt(opts, tc.step), add)
			if tc.step != "adding" {
				if _, err := b.Commit(testCommit); !errors.Is(err, errKilled) {
					t.Fatalf("Commit: %v, want the injected crash", err)
				}
			}
			if !tc.rollForward {
				if got := globAll(t, dir); !reflect.DeepEqual(got, globBefore) {
					t.Errorf("readers see files of an uncommitted batch: %v", got)
				}
			}
			kill(ds)

			ds, err := Open(dir, opts)
			if err != nil {
				t.Fatalf("reopening after the crash: %v", err)
			}
			if got := globAll(t, filepath.Join(dir, stagingDir)); len(got) != 0 {
				t.Errorf("staging left after Open: %v", got)
			}
			n := len(ds.Batches())
			ds.Close()
			if tc.rollForward {
				if n != 2 {
					t.Fatalf("after roll-forward the manifest lists %d batches, want 2", n)
				}
			} else {
				if n != 1 {
					t.Fatalf("after roll-back the manifest lists %d batches, want 1", n)
				}
				// The rerun takes the id the dead run had.
				if info := writeBatch(t, dir, opts, second); info.ID != "000002" {
					t.Errorf("rerun got batch id %s, want 000002", info.ID)
				}
			}
			got := tree(t, dir)
			if !reflect.DeepEqual(keys(got), keys(want)) {
				t.Fatalf("files differ from a clean run:\n got %v\nwant %v", keys(got), keys(want))
			}
			for k := range want {
				if got[k] != want[k] {
					t.Errorf("%s differs from a clean run", k)
				}
			}
		})
	}
}

// globAll lists the files readers see through the documented globs.
func globAll(t *testing.T, dir string) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*", "*", "*.parquet"))
	if err != nil {
		t.Fatal(err)
	}
	return files
}
