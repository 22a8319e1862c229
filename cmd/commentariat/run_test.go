package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/parquet-go/parquet-go"

	"github.com/commentariat/commentariat/internal/testcorpus"
	"github.com/commentariat/commentariat/output"
)

// When the test binary runs with this variable set, it is the commentariat
// command: TestKilledRun starts it as a child process and kills it.
func TestMain(m *testing.M) {
	if os.Getenv("COMMENTARIAT_BE_MAIN") == "1" {
		os.Exit(runMain(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// runCmd runs the command in-process and returns its exit status and output.
func runCmd(t *testing.T, ctx context.Context, stdin io.Reader, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	if stdin == nil {
		stdin = strings.NewReader("")
	}
	code := runMain(ctx, args, stdin, &out, &errOut)
	return code, out.String(), errOut.String()
}

// writeCorpus writes a JSONL collection of n distinct articles built from
// the example's paragraphs, plus one broken row, and returns its path.
func writeCorpus(t *testing.T, n int) string {
	t.Helper()
	example, err := os.ReadFile(filepath.Join("..", "..", "examples", "kisi-2023-03-24.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var paras []string
	for _, p := range strings.Split(string(example), "\n\n") {
		if p = strings.TrimSpace(p); len(p) > 80 {
			paras = append(paras, p)
		}
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	for i := range n {
		var text []string
		for j := range 4 {
			text = append(text, paras[(i*3+j*7)%len(paras)])
		}
		text = append(text, fmt.Sprintf("Article %d of the test corpus.", i))
		_ = enc.Encode(map[string]any{
			"id": fmt.Sprintf("a%03d", i), "title": fmt.Sprintf("Article %d", i),
			"date": fmt.Sprintf("2023-03-%02d", 1+i%28), "source": "test", "topic": i % 3,
			"text": strings.Join(text, "\n\n"),
		})
		if i == n/2 {
			b.WriteString("{\"id\": \"broken\", \"text\": \"unterminated\n")
		}
	}
	path := filepath.Join(t.TempDir(), "corpus.jsonl")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// tree maps each file of a dataset to its content, leaving out the
// manifest (it records times and command lines) and the lock file.
func tree(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		if rel == "_batches.json" || rel == ".lock" {
			return nil
		}
		b, err := os.ReadFile(path)
		files[rel] = string(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func sameTree(t *testing.T, got, want map[string]string) {
	t.Helper()
	var g, w []string
	for k := range got {
		g = append(g, k)
	}
	for k := range want {
		w = append(w, k)
	}
	sort.Strings(g)
	sort.Strings(w)
	if strings.Join(g, "\n") != strings.Join(w, "\n") {
		t.Fatalf("files differ:\n got %v\nwant %v", g, w)
	}
	for k := range want {
		if got[k] != want[k] {
			t.Errorf("%s differs from the clean run's", k)
		}
	}
}

// parquetFiles opens every part file of a table across its batches and
// calls fn with each.
func parquetFiles(t *testing.T, dir, table string, fn func(path string, pf *parquet.File)) {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join(dir, table, "*", "*.parquet"))
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		st, _ := f.Stat()
		pf, err := parquet.OpenFile(f, st.Size())
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		fn(p, pf)
		f.Close()
	}
}

// rows counts the rows of a table across its batches.
func rows(t *testing.T, dir, table string) int64 {
	t.Helper()
	var n int64
	parquetFiles(t, dir, table, func(_ string, pf *parquet.File) { n += pf.NumRows() })
	return n
}

func TestRunExample(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	code, stdout, stderr := runCmd(t, context.Background(), nil, "run", "-out", out, "-tokens", "../../examples")
	if code != exitOK {
		t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	for _, want := range []string{"batch        000001", "documents    1 new", "sentences", "throughput", "peak memory"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("summary lacks %q:\n%s", want, stdout)
		}
	}
	if stderr != "" {
		t.Errorf("stderr is not empty when piped: %q", stderr)
	}
	if n := rows(t, out, "documents"); n != 1 {
		t.Errorf("documents: %d rows, want 1", n)
	}
	if n := rows(t, out, "sections"); n != 6 {
		t.Errorf("sections: %d rows, want the example's 6", n)
	}
	if n := rows(t, out, "sentences"); n < 100 {
		t.Errorf("sentences: only %d rows", n)
	}
	if rows(t, out, "tokens") <= rows(t, out, "sentences") {
		t.Errorf("tokens: fewer rows than sentences")
	}
	for _, table := range []string{"statements", "doc_speakers", "themes", "theme_hits", "keyterms", "batch_keyterms", "tone", "mentions", "doc_entities"} {
		if rows(t, out, table) == 0 {
			t.Errorf("%s: no rows", table)
		}
	}

	// The same input again adds nothing.
	before := tree(t, out)
	code, stdout, _ = runCmd(t, context.Background(), nil, "run", "-verbose", "-out", out, "-tokens", "../../examples")
	if !strings.Contains(stdout, "time per stage") {
		t.Errorf("-verbose summary lacks the stage timings:\n%s", stdout)
	}
	if code != exitOK || !strings.Contains(stdout, "none (nothing new)") || !strings.Contains(stdout, "1 already in the dataset") {
		t.Errorf("second run: exit %d\n%s", code, stdout)
	}
	sameTree(t, tree(t, out), before)
}

func TestRunBadInputs(t *testing.T) {
	dir := t.TempDir()
	must := func(err error) {
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.WriteFile(filepath.Join(dir, "good.txt"), []byte("A title\n\nThe minister said the reform would pass."), 0o644))
	must(os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644))
	must(os.WriteFile(filepath.Join(dir, "binary.txt"), []byte{0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 0, 0, 0, 3}, 0o644))
	must(os.WriteFile(filepath.Join(dir, "rows.jsonl"), []byte("{\"text\": \"One good row about parliament.\"}\nnot json\n{\"text\": 7}\n"), 0o644))
	out := filepath.Join(t.TempDir(), "out")
	code, stdout, stderr := runCmd(t, context.Background(), nil, "run", "-out", out, dir)
	if code != exitInputs {
		t.Fatalf("exit %d, want %d (some inputs failed)\n%s\n%s", code, exitInputs, stdout, stderr)
	}
	for _, want := range []string{"empty.txt", "binary.txt", "rows.jsonl:2", "rows.jsonl:3"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr does not name %s:\n%s", want, stderr)
		}
	}
	if n := rows(t, out, "documents"); n != 2 {
		t.Errorf("documents: %d rows, want 2", n)
	}
	if n := rows(t, out, "errors"); n != 4 {
		t.Errorf("errors: %d rows, want 4", n)
	}
}

// columnValues returns the distinct string values of one column of a
// table, sorted.
func columnValues(t *testing.T, dir, table, column string) []string {
	t.Helper()
	seen := map[string]bool{}
	parquetFiles(t, dir, table, func(p string, pf *parquet.File) {
		leaf, ok := pf.Schema().Lookup(column)
		if !ok {
			t.Fatalf("%s has no column %s", p, column)
		}
		for _, rg := range pf.RowGroups() {
			pages := rg.ColumnChunks()[leaf.ColumnIndex].Pages()
			for {
				pg, err := pages.ReadPage()
				if err != nil {
					break
				}
				vals := make([]parquet.Value, pg.NumValues())
				n, _ := pg.Values().ReadValues(vals)
				for _, v := range vals[:n] {
					seen[v.String()] = true
				}
			}
			pages.Close()
		}
	})
	out := make([]string, 0, len(seen))
	for v := range seen {
		out = append(out, v)
	}
	sort.Strings(out)
	return out
}

func TestRunThemeDictionaries(t *testing.T) {
	dir := t.TempDir()
	yml := filepath.Join(dir, "mine.yml")
	if err := os.WriteFile(yml, []byte("voting:\n  - elect*\n  - ballot\nlaw:\n  - constitution\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	dic := filepath.Join(dir, "extra.dic")
	if err := os.WriteFile(dic, []byte("%\n1\tsociety\n%\ncivil\t1\ncitizen*\t1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "bad.yml")
	if err := os.WriteFile(bad, []byte("voting:\n  - elect*\n   broken: [\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		args []string
		want []string // the distinct themes found
	}{
		{"replace", []string{"-themes", yml}, []string{"law", "voting"}},
		{"replace and extend", []string{"-themes", yml, "-add-themes", dic}, []string{"law", "society", "voting"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out")
			args := append(append([]string{"run", "-quiet", "-out", out}, tc.args...), "../../examples")
			if code, stdout, stderr := runCmd(t, context.Background(), nil, args...); code != exitOK {
				t.Fatalf("exit %d\n%s\n%s", code, stdout, stderr)
			}
			if got := columnValues(t, out, "themes", "theme"); strings.Join(got, ",") != strings.Join(tc.want, ",") {
				t.Errorf("themes %q, want %q", got, tc.want)
			}
		})
	}
	out := filepath.Join(t.TempDir(), "out")
	code, _, stderr := runCmd(t, context.Background(), nil, "run", "-out", out, "-themes", bad, "../../examples")
	if code == exitOK || !strings.Contains(stderr, "bad.yml") || !strings.Contains(stderr, ":3") {
		t.Errorf("bad dictionary: exit %d, stderr %q; want a failure naming bad.yml line 3", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(out, "documents")); err == nil {
		t.Errorf("a run with a bad dictionary wrote a dataset")
	}
}

func TestRunSkip(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	if code, stdout, stderr := runCmd(t, context.Background(), nil, "run", "-skip", "attribution, entities, themes,tone", "-out", out, "../../examples"); code != exitOK {
		t.Fatalf("exit %d\n%s\n%s", code, stdout, stderr)
	}
	if rows(t, out, "sentences") == 0 {
		t.Errorf("sentences: no rows")
	}
	for _, table := range []string{"statements", "themes", "keyterms", "tone", "mentions"} {
		if n := rows(t, out, table); n != 0 {
			t.Errorf("%s: %d rows from a skipped stage", table, n)
		}
	}
}

func TestRunUsage(t *testing.T) {
	for _, args := range [][]string{{}, {"run"}, {"run", "-workers", "0", "x"}, {"frobnicate"}, {"run", "-no-such-flag", "x"}, {"run", "-skip", "language", "x"}, {"eval"}, {"eval", "no-such-task"}} {
		if code, _, _ := runCmd(t, context.Background(), nil, args...); code != exitUsage {
			t.Errorf("%q: exit %d, want %d", args, code, exitUsage)
		}
	}
	if code, stdout, _ := runCmd(t, context.Background(), nil, "version"); code != exitOK || !strings.HasPrefix(stdout, "commentariat ") {
		t.Errorf("version: exit %d, %q", code, stdout)
	}
}

// cancellingReader hands out its data and cancels the run once half of it
// has been read, like a user pressing Ctrl-C mid-run.
type cancellingReader struct {
	data   []byte
	off    int
	cancel context.CancelFunc
}

func (r *cancellingReader) Read(p []byte) (int, error) {
	if r.off >= len(r.data)/2 {
		r.cancel()
	}
	if r.off >= len(r.data) {
		return 0, io.EOF
	}
	n := copy(p[:min(len(p), 4096)], r.data[r.off:])
	r.off += n
	return n, nil
}

// TestInterruptedRun: an interrupted run commits nothing, and running
// again gives the dataset a clean run gives, byte for byte.
func TestInterruptedRun(t *testing.T) {
	corpusPath := writeCorpus(t, 400)
	data, _ := os.ReadFile(corpusPath)
	clean := filepath.Join(t.TempDir(), "clean")
	if code, stdout, stderr := runCmd(t, context.Background(), bytes.NewReader(data), "run", "-quiet", "-format", "jsonl", "-out", clean, "-"); code != exitInputs {
		t.Fatalf("clean run: exit %d\n%s\n%s", code, stdout, stderr)
	}

	out := filepath.Join(t.TempDir(), "out")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	code, _, stderr := runCmd(t, ctx, &cancellingReader{data: data, cancel: cancel}, "run", "-quiet", "-format", "jsonl", "-out", out, "-")
	if code != exitFailure || !strings.Contains(stderr, "interrupted") {
		t.Fatalf("interrupted run: exit %d\n%s", code, stderr)
	}
	if n := rows(t, out, "documents"); n != 0 {
		t.Fatalf("an interrupted run left %d documents visible", n)
	}
	if code, stdout, stderr := runCmd(t, context.Background(), bytes.NewReader(data), "run", "-quiet", "-format", "jsonl", "-out", out, "-"); code != exitInputs {
		t.Fatalf("rerun: exit %d\n%s\n%s", code, stdout, stderr)
	}
	sameTree(t, tree(t, out), tree(t, clean))
}

// TestKilledRun kills the command with SIGKILL while it writes, then runs
// it again: the result must be the dataset of one clean run.
func TestKilledRun(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a child process")
	}
	corpusPath := writeCorpus(t, 3000)
	clean := filepath.Join(t.TempDir(), "clean")
	if code, _, stderr := runCmd(t, context.Background(), nil, "run", "-quiet", "-tokens", "-out", clean, corpusPath); code != exitInputs {
		t.Fatalf("clean run: exit %d\n%s", code, stderr)
	}

	out := filepath.Join(t.TempDir(), "out")
	for attempt := 0; ; attempt++ {
		cmd := exec.Command(os.Args[0], "run", "-quiet", "-tokens", "-out", out, corpusPath)
		cmd.Env = append(os.Environ(), "COMMENTARIAT_BE_MAIN=1")
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Wait until the child has started writing its batch, then kill it.
		deadline := time.Now().Add(20 * time.Second)
		for time.Now().Before(deadline) {
			if m, _ := filepath.Glob(filepath.Join(out, "_staging", "*", "*", "*")); len(m) > 0 {
				break
			}
			time.Sleep(2 * time.Millisecond)
		}
		_ = cmd.Process.Signal(syscall.SIGKILL)
		err := cmd.Wait()
		if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			break // killed mid-run, as intended
		}
		if attempt == 3 {
			t.Skipf("the child finished before it could be killed (%v)", err)
		}
		os.RemoveAll(out)
	}
	if n := rows(t, out, "documents"); n != 0 {
		t.Fatalf("a killed run left %d documents visible", n)
	}
	if code, _, stderr := runCmd(t, context.Background(), nil, "run", "-quiet", "-tokens", "-out", out, corpusPath); code != exitInputs {
		t.Fatalf("rerun: exit %d\n%s", code, stderr)
	}
	sameTree(t, tree(t, out), tree(t, clean))
}

// BenchmarkPipeline runs the whole command, every stage and the Parquet
// writing included, on 2,000 Reuters articles with one worker: its MB/s
// is the per-core throughput of a run. (The full-corpus figure and peak
// memory come from `make bench-corpus`.)
func BenchmarkPipeline(b *testing.B) {
	for _, workers := range []int{1, 2} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			arts := testcorpus.Articles(b, "corpus/reuters21578/reuters21578.jsonl", 2000)
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			var n int64
			for _, a := range arts {
				_ = enc.Encode(map[string]string{"text": a.Text})
				n += int64(len(a.Text))
			}
			in := filepath.Join(b.TempDir(), "in.jsonl")
			if err := os.WriteFile(in, buf.Bytes(), 0o644); err != nil {
				b.Fatal(err)
			}
			b.SetBytes(n)
			b.ResetTimer()
			for i := range b.N {
				out := filepath.Join(b.TempDir(), fmt.Sprint("out", i))
				var errOut bytes.Buffer
				code := runMain(context.Background(), []string{"run", "-quiet", "-workers", fmt.Sprint(workers), "-out", out, in}, nil, io.Discard, &errOut)
				if code != exitOK {
					b.Fatalf("exit %d: %s", code, errOut.String())
				}
			}
		})
	}
}

// toneRows reads every row of the tone table.
func toneRows(t *testing.T, dir string) []output.ToneRow {
	t.Helper()
	var out []output.ToneRow
	parquetFiles(t, dir, "tone", func(p string, _ *parquet.File) {
		rs, err := parquet.ReadFile[output.ToneRow](p)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		out = append(out, rs...)
	})
	return out
}

func TestRunToneDictionaries(t *testing.T) {
	text, err := os.ReadFile("../../examples/kisi-2023-03-24.txt")
	if err != nil {
		t.Fatal(err)
	}
	// Every "competition" in the example, which no negation or other rule
	// touches there, is one positive hit; nothing else is rated.
	competition := len(regexp.MustCompile(`(?i)\bcompetition\b`).FindAll(text, -1))
	if competition == 0 {
		t.Fatal("the example has no \"competition\"")
	}
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	lsd := write("lsd.yml", "positive:\n  - competition\nnegative:\n  - zzzunused\n")
	cats := write("cats.yml", "praise:\n  - competition\n")
	bad := write("bad.yml", "positive:\n  - competition\n   broken: [\n")

	docHits := func(out string) (pos, neg int32) {
		for _, r := range toneRows(t, out) {
			if r.Level == "document" {
				pos, neg = pos+r.Pos, neg+r.Neg
			}
		}
		return pos, neg
	}
	for _, tc := range []struct {
		name     string
		args     []string
		pos, neg int32
	}{
		{"replace", []string{"-tone-dict", lsd}, int32(competition), 0},
		{"own categories", []string{"-tone-dict", cats, "-tone-weights", "praise=-1"}, 0, int32(competition)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out")
			args := append(append([]string{"run", "-quiet", "-skip", "attribution,entities,themes", "-out", out}, tc.args...), "../../examples")
			if code, stdout, stderr := runCmd(t, context.Background(), nil, args...); code != exitOK {
				t.Fatalf("exit %d\n%s\n%s", code, stdout, stderr)
			}
			if pos, neg := docHits(out); pos != tc.pos || neg != tc.neg {
				t.Errorf("document hits %d positive, %d negative; want %d, %d", pos, neg, tc.pos, tc.neg)
			}
		})
	}

	// -tone-vader: VADER's normalised sum instead of the averaged valence,
	// on every row.
	for _, vader := range []bool{false, true} {
		out := filepath.Join(t.TempDir(), "out")
		args := []string{"run", "-quiet", "-skip", "attribution,entities,themes", "-out", out}
		if vader {
			args = append(args, "-tone-vader")
		}
		if code, stdout, stderr := runCmd(t, context.Background(), nil, append(args, "../../examples")...); code != exitOK {
			t.Fatalf("exit %d\n%s\n%s", code, stdout, stderr)
		}
		rows, toned := toneRows(t, out), 0
		for _, r := range rows {
			want := max(-1, min(1, r.Sum/(1+r.Weight)/4))
			if vader {
				want = r.Sum / math.Sqrt(r.Sum*r.Sum+15)
			}
			if math.Abs(r.Valence-want) > 1e-9 {
				t.Errorf("vader %v: %s row valence %.4f, want %.4f from its sum %.3f", vader, r.Level, r.Valence, want, r.Sum)
			}
			if r.Sum != 0 {
				toned++
			}
		}
		if toned < 10 {
			t.Errorf("vader %v: only %d of %d tone rows carry evidence", vader, toned, len(rows))
		}
	}

	for _, tc := range []struct {
		args []string
		code int
		want []string // in stderr
	}{
		{[]string{"-tone-dict", bad}, exitFailure, []string{"bad.yml:3"}},
		{[]string{"-tone-dict", cats}, exitFailure, []string{"cats.yml", "praise"}},
		{[]string{"-tone-dict", lsd, "-tone-weights", "positiv=2"}, exitFailure, []string{"positiv", "positive, negative"}},
		{[]string{"-tone-weights", "positive=2"}, exitUsage, []string{"-tone-dict"}},
		{[]string{"-add-tone-dict", lsd, "-tone-weights", "positive=9"}, exitUsage, []string{"-4 to 4"}},
	} {
		out := filepath.Join(t.TempDir(), "out")
		code, _, stderr := runCmd(t, context.Background(), nil, append(append([]string{"run", "-out", out}, tc.args...), "../../examples")...)
		if code != tc.code {
			t.Errorf("%q: exit %d, want %d (%s)", tc.args, code, tc.code, stderr)
		}
		for _, w := range tc.want {
			if !strings.Contains(stderr, w) {
				t.Errorf("%q: stderr %q lacks %q", tc.args, stderr, w)
			}
		}
		if _, err := os.Stat(filepath.Join(out, "documents")); err == nil {
			t.Errorf("%q: a failed run wrote a dataset", tc.args)
		}
	}

	// eval tone takes the same flags, to measure a user's lexicon.
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"-tone-dict", bad}, exitFailure, "bad.yml:3"},
		{[]string{"-tone-weights", "positive=2"}, exitUsage, "-tone-dict"},
	} {
		code, _, stderr := runCmd(t, context.Background(), nil, append(append([]string{"eval", "-shared", t.TempDir()}, tc.args...), "tone")...)
		if code != tc.code || !strings.Contains(stderr, tc.want) {
			t.Errorf("eval %q: exit %d, stderr %q; want exit %d naming %q", tc.args, code, stderr, tc.code, tc.want)
		}
	}
}
