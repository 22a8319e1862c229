package output

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"time"
)

// BatchInfo describes one committed batch, as the manifest _batches.json
// records it.
type BatchInfo struct {
	// ID is the batch's zero-padded sequence number ("000001"), also the
	// name of its partition folders (batch=000001).
	ID string `json:"id"`
	// Created is when the batch was committed, in UTC.
	Created time.Time `json:"created"`
	// Documents and Errors count the rows the batch added to the documents
	// and errors tables.
	Documents int64 `json:"documents"`
	Errors    int64 `json:"errors"`
	// Rows counts the batch's rows in every table it wrote, and Files
	// names the part files of each, in order.
	Rows  map[string]int64    `json:"rows"`
	Files map[string][]string `json:"files"`
	// Args and Inputs are the command line that produced the batch.
	Args   []string `json:"args,omitempty"`
	Inputs []string `json:"inputs,omitempty"`
	// Empty is set, on a BatchInfo that is otherwise zero, when Commit had
	// nothing new to write and committed nothing.
	Empty bool `json:"-"`
}

// manifest is the content of _batches.json.
type manifest struct {
	Format  int         `json:"format"`
	Batches []BatchInfo `json:"batches"`
}

const manifestFormat = 1

func readManifest(dir string) (manifest, error) {
	path := filepath.Join(dir, manifestFile)
	var m manifest
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return manifest{Format: manifestFormat}, nil
	}
	if err != nil {
		return m, fmt.Errorf("reading %s: %w", path, err)
	}
	if err := json.Unmarshal(data, &m); err != nil {
		return m, fmt.Errorf("reading %s: %w", path, err)
	}
	if m.Format != manifestFormat {
		return m, fmt.Errorf("reading %s: unknown format %d (this version writes %d)", path, m.Format, manifestFormat)
	}
	return m, nil
}

// A commit moves a batch from DIR/_staging/batch=ID/TABLE/ to
// DIR/TABLE/batch=ID/ in steps that a crash can interrupt anywhere:
//
//  1. every part file is written and synced in the staging folder;
//  2. the commit marker DIR/_staging/batch=ID/_commit.json, holding the
//     BatchInfo, is written (through a temporary file and a rename);
//  3. each table folder is renamed into place and its parent synced;
//  4. the batch is appended to the manifest (temporary file and rename);
//  5. the staging folder, marker included, is removed.
//
// Open looks at what a crash left: a staging folder without marker is
// deleted (the batch never happened), one with a marker is finished from
// step 3 on. Every step of finish can run twice.

// commitBatch runs steps 2 to 5 for a batch whose files are staged.
func (d *Dataset) commitBatch(info BatchInfo) error {
	stage := d.stagingPath(info.ID)
	data, err := json.MarshalIndent(info, "", "  ")
	if err != nil {
		return fmt.Errorf("encoding commit marker of batch %s: %w", info.ID, err)
	}
	if err := writeFileAtomic(filepath.Join(stage, commitMarker), data); err != nil {
		return err
	}
	if err := d.crashAt("marked"); err != nil {
		return err
	}
	return d.finish(info)
}

// finish runs steps 3 to 5 (see commitBatch).
func (d *Dataset) finish(info BatchInfo) error {
	stage := d.stagingPath(info.ID)
	for _, t := range slices.Sorted(maps.Keys(info.Files)) {
		src := filepath.Join(stage, t)
		parent := filepath.Join(d.dir, t)
		dst := filepath.Join(parent, batchPrefix+info.ID)
		_, srcErr := os.Stat(src)
		_, dstErr := os.Stat(dst)
		switch {
		case srcErr == nil && dstErr == nil:
			return fmt.Errorf("committing batch %s: both %s and %s exist; move one away and run again", info.ID, src, dst)
		case srcErr != nil && dstErr == nil:
			continue // renamed before the crash
		case srcErr != nil:
			return fmt.Errorf("committing batch %s: %s is missing: %w", info.ID, src, srcErr)
		}
		if err := os.MkdirAll(parent, 0o755); err != nil {
			return fmt.Errorf("creating %s: %w", parent, err)
		}
		if err := os.Rename(src, dst); err != nil {
			return fmt.Errorf("committing batch %s: %w", info.ID, err)
		}
		if err := syncDir(parent); err != nil {
			return err
		}
		if err := d.crashAt("renamed " + t); err != nil {
			return err
		}
	}
	if err := syncDir(d.dir); err != nil {
		return err
	}

	m, err := readManifest(d.dir)
	if err != nil {
		return err
	}
	if !slices.ContainsFunc(m.Batches, func(b BatchInfo) bool { return b.ID == info.ID }) {
		m.Batches = append(m.Batches, info)
		data, err := json.MarshalIndent(m, "", "  ")
		if err != nil {
			return fmt.Errorf("encoding %s: %w", manifestFile, err)
		}
		if err := writeFileAtomic(filepath.Join(d.dir, manifestFile), append(data, '\n')); err != nil {
			return err
		}
	}
	if err := d.crashAt("manifest"); err != nil {
		return err
	}

	if err := os.RemoveAll(stage); err != nil {
		return fmt.Errorf("removing %s: %w", stage, err)
	}
	return syncDir(filepath.Dir(stage))
}

// recover finishes the commits a crash interrupted after their marker and
// deletes the staging folders of batches that never reached it.
func (d *Dataset) recover() error {
	root := filepath.Join(d.dir, stagingDir)
	entries, err := os.ReadDir(root)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("reading %s: %w", root, err)
	}
	for _, e := range entries {
		stage := filepath.Join(root, e.Name())
		marker := filepath.Join(stage, commitMarker)
		data, err := os.ReadFile(marker)
		if errors.Is(err, os.ErrNotExist) {
			if err := os.RemoveAll(stage); err != nil {
				return fmt.Errorf("removing unfinished batch %s: %w", stage, err)
			}
			continue
		}
		if err != nil {
			return fmt.Errorf("reading %s: %w", marker, err)
		}
		var info BatchInfo
		if err := json.Unmarshal(data, &info); err != nil {
			return fmt.Errorf("reading %s: %w", marker, err)
		}
		if err := d.finish(info); err != nil {
			return fmt.Errorf("finishing the interrupted commit of batch %s: %w", info.ID, err)
		}
	}
	return nil
}

func (d *Dataset) stagingPath(id string) string {
	return filepath.Join(d.dir, stagingDir, batchPrefix+id)
}

func (d *Dataset) crashAt(step string) error {
	if d.opts.crash == nil {
		return nil
	}
	return d.opts.crash(step)
}

// writeFileAtomic writes data to path through a synced temporary file
// renamed into place, so that path holds either its old or its new
// content, never a part.
func writeFileAtomic(path string, data []byte) error {
	tmp := path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return syncDir(filepath.Dir(path))
}

// syncDir makes the entries of a folder (files created, renamed or removed
// in it) durable.
func syncDir(dir string) error {
	f, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("syncing %s: %w", dir, err)
	}
	err = f.Sync()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("syncing %s: %w", dir, err)
	}
	return nil
}
