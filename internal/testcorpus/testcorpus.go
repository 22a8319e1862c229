// Package testcorpus finds the shared evaluation and throughput data that
// sits beside a checkout (../shared), for tests and benchmarks that measure
// on real text. Every helper skips the calling test cleanly when the data is
// absent, as it is in a user's clone.
package testcorpus

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// Shared returns the path of the shared data folder, looking upwards from
// the working directory for a "shared" folder beside the repository root,
// or the value of $COMMENTARIAT_SHARED. It skips tb when none is found.
func Shared(tb testing.TB) string {
	tb.Helper()
	if p := os.Getenv("COMMENTARIAT_SHARED"); p != "" {
		return p
	}
	dir, err := os.Getwd()
	if err != nil {
		tb.Skipf("no working directory: %v", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			p := filepath.Join(filepath.Dir(dir), "shared")
			if st, err := os.Stat(p); err == nil && st.IsDir() {
				return p
			}
			tb.Skip("shared data (../shared beside the repository) not present")
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Skip("repository root not found")
		}
		dir = parent
	}
}

// File returns the path of rel inside the shared folder, skipping tb when
// it does not exist.
func File(tb testing.TB, rel string) string {
	tb.Helper()
	p := filepath.Join(Shared(tb), rel)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("%s not present", p)
	}
	return p
}

// Article is one record of the throughput corpus.
type Article struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Text  string `json:"text"`
}

// Articles reads up to n articles (all when n <= 0) from a JSONL file of
// the shared throughput corpus, such as
// "corpus/reuters21578/reuters21578.jsonl", skipping tb when it is absent.
func Articles(tb testing.TB, rel string, n int) []Article {
	tb.Helper()
	f, err := os.Open(File(tb, rel))
	if err != nil {
		tb.Fatalf("opening corpus: %v", err)
	}
	defer f.Close()
	var out []Article
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() && (n <= 0 || len(out) < n) {
		var a Article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			tb.Fatalf("reading %s: %v", rel, err)
		}
		out = append(out, a)
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("reading %s: %v", rel, err)
	}
	return out
}

// Texts is the text of Articles(tb, rel, n).
func Texts(tb testing.TB, rel string, n int) []string {
	tb.Helper()
	arts := Articles(tb, rel, n)
	out := make([]string, len(arts))
	for i, a := range arts {
		out[i] = a.Text
	}
	return out
}
