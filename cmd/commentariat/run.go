package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"iter"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/commentariat/commentariat/corpus"
	"github.com/commentariat/commentariat/extract/attribution"
	"github.com/commentariat/commentariat/extract/entities"
	"github.com/commentariat/commentariat/extract/themes"
	"github.com/commentariat/commentariat/internal/progress"
	"github.com/commentariat/commentariat/output"
	"github.com/commentariat/commentariat/pipeline"
	"github.com/commentariat/commentariat/pipeline/language"
	"github.com/commentariat/commentariat/pipeline/structure"
	"github.com/commentariat/commentariat/sentiment"
)

// runConfig is everything the run command's flags set.
type runConfig struct {
	out     string
	inputs  []string
	corpus  corpus.Options
	tokens  bool
	tagging bool
	workers int
	quiet   bool
	verbose bool
	cpuprof string
	memprof string
	// themes replaces the default theme dictionary, addThemes extends it;
	// keyTerms and batchTerms are how many key terms are kept per document
	// and per batch.
	themes     string
	addThemes  multiFlag
	keyTerms   int
	batchTerms int
	// tone chooses the tone stage's lexicon and rules.
	tone toneFlags
	// skip names the optional stages left out.
	skip map[string]bool
}

// multiFlag is a flag that may be given several times.
type multiFlag []string

func (m *multiFlag) String() string { return strings.Join(*m, ",") }

// Set adds one value.
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

func parseRunFlags(args []string, stderr io.Writer) (runConfig, error) {
	var c runConfig
	fs := flag.NewFlagSet("commentariat run", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, `Usage: commentariat run [flags] INPUT...

Reads INPUT files, folders (recursively) and - (standard input) and adds a
batch of the documents not yet in --out to the Parquet dataset there.

Flags:
`)
		fs.PrintDefaults()
	}
	fs.StringVar(&c.out, "out", "commentariat-out", "dataset `folder` to create or add a batch to")
	fs.BoolVar(&c.tokens, "tokens", false, "also write the tokens table (large: about 10 rows per 50 bytes of text)")
	fs.BoolVar(&c.tagging, "tags", true, "tag tokens with parts of speech (-tags=false is about twice as fast)")
	fs.IntVar(&c.workers, "workers", runtime.GOMAXPROCS(0), "documents analysed at once")
	fs.BoolVar(&c.quiet, "quiet", false, "print nothing but errors")
	fs.BoolVar(&c.verbose, "verbose", false, "print every file read and the stage timings")
	fs.StringVar(&c.cpuprof, "cpuprofile", "", "write a CPU profile of the run to `file` (for go tool pprof)")
	fs.StringVar(&c.memprof, "memprofile", "", "write a heap profile to `file` once every document is analysed, before the commit (for go tool pprof)")
	fs.StringVar(&c.corpus.Format, "format", "", "force the input `format`: txt, md, html, jsonl or csv (default: by file extension, sniffed for stdin)")
	fs.StringVar(&c.corpus.TextField, "text-field", "text", "JSONL/CSV `field` holding the article text")
	fs.StringVar(&c.corpus.IDField, "id-field", "id", "JSONL/CSV `field` holding the article's own id")
	fs.StringVar(&c.corpus.TitleField, "title-field", "title", "JSONL/CSV `field` holding the title")
	fs.StringVar(&c.corpus.DateField, "date-field", "date", "JSONL/CSV `field` holding the publication date")
	fs.StringVar(&c.corpus.SourceField, "source-field", "source", "JSONL/CSV `field` holding the outlet")
	fs.StringVar(&c.corpus.URLField, "url-field", "url", "JSONL/CSV `field` holding the URL")
	fs.Int64Var(&c.corpus.MaxDocBytes, "max-doc-bytes", 8<<20, "largest document accepted, in `bytes` (analysis holds about 50 times a document's size in memory); larger ones are recorded in the errors table")
	fs.StringVar(&c.themes, "themes", "", "theme dictionary `file` (quanteda YAML or LIWC .dic) to use instead of the default taxonomy")
	fs.Var(&c.addThemes, "add-themes", "theme dictionary `file` whose themes extend the default (or --themes) dictionary; may be repeated")
	fs.IntVar(&c.keyTerms, "keyterms", themes.DefaultKeyTerms, "key terms kept per document (0: none)")
	fs.IntVar(&c.batchTerms, "batch-keyterms", 200, "key terms of the whole batch written to batch_keyterms (0: none)")
	c.tone.register(fs)
	skip := fs.String("skip", "", "comma-separated `stages` to leave out: "+strings.Join(optionalStages, ", ")+" (their tables stay empty)")
	inputs, err := parseInterspersed(fs, args)
	if err != nil {
		return c, err
	}
	c.inputs = inputs
	c.skip = map[string]bool{}
	for _, name := range strings.Split(*skip, ",") {
		if name = strings.TrimSpace(name); name == "" {
			continue
		}
		if !slices.Contains(optionalStages, name) {
			return c, fmt.Errorf("%w: -skip: no optional stage %q (choose from %s)", errUsage, name, strings.Join(optionalStages, ", "))
		}
		c.skip[name] = true
	}
	if err := c.tone.check(); err != nil {
		return c, err
	}
	if c.keyTerms < 0 || c.batchTerms < 0 {
		return c, fmt.Errorf("%w: -keyterms and -batch-keyterms must not be negative", errUsage)
	}
	if len(c.inputs) == 0 {
		fs.Usage()
		return c, fmt.Errorf("%w: no INPUT given", errUsage)
	}
	if c.workers < 1 {
		return c, fmt.Errorf("%w: -workers must be at least 1", errUsage)
	}
	if c.quiet && c.verbose {
		return c, fmt.Errorf("%w: -quiet and -verbose exclude each other", errUsage)
	}
	return c, nil
}

// optionalStages are the stages --skip may leave out; structure and
// language are the backbone every other stage reads.
var optionalStages = []string{"attribution", "entities", "themes", "tone"}

// buildStages lists the analysis stages in the order they run. A new stage
// is one line here.
func buildStages(c runConfig) ([]pipeline.Stage, error) {
	st, err := structure.New()
	if err != nil {
		return nil, fmt.Errorf("structure stage: %w", err)
	}
	lang, err := language.New(language.WithTagging(c.tagging))
	if err != nil {
		return nil, fmt.Errorf("language stage: %w", err)
	}
	attr, err := attribution.New()
	if err != nil {
		return nil, fmt.Errorf("attribution stage: %w", err)
	}
	topts := []themes.Option{themes.WithKeyTerms(c.keyTerms)}
	if c.themes != "" {
		o, err := themes.LoadOptions(c.themes, false)
		if err != nil {
			return nil, fmt.Errorf("--themes: %w", err)
		}
		topts = append(topts, o...)
	}
	for _, f := range c.addThemes {
		o, err := themes.LoadOptions(f, true)
		if err != nil {
			return nil, fmt.Errorf("--add-themes: %w", err)
		}
		topts = append(topts, o...)
	}
	th, err := themes.New(topts...)
	if err != nil {
		return nil, fmt.Errorf("themes stage: %w", err)
	}
	ent, err := entities.New()
	if err != nil {
		return nil, fmt.Errorf("entities stage: %w", err)
	}
	an, err := c.tone.analyzer()
	if err != nil {
		return nil, fmt.Errorf("tone stage: %w", err)
	}
	stages := []pipeline.Stage{
		st,
		lang,
		attr,                   // needs tokens and tags
		ent,                    // needs tags; reuses the speakers' ids
		th,                     // needs stems; scores statements too
		sentiment.NewStage(an), // needs tags; scores statements too
	}
	return slices.DeleteFunc(stages, func(s pipeline.Stage) bool { return c.skip[s.Name()] }), nil
}

// summary counts what a run did.
type summary struct {
	docs, skipped, dups     int64
	sections, sents, tokens int64
	bytes                   int64
	problems, warnings      int64
	failedDocs              int64
	elapsed                 time.Duration
	batch                   string
	peakRSS                 int64
	stageTimes              []pipeline.StageTime // with the Parquet writing last
}

func cmdRun(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c, err := parseRunFlags(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	if err != nil {
		if !errors.Is(err, errUsage) {
			return exitUsage // flag package printed the problem
		}
		fmt.Fprintf(stderr, "commentariat run: %v\n", strings.TrimPrefix(err.Error(), "usage: "))
		return exitUsage
	}
	s, err := run(ctx, c, stdin, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "commentariat run: %v\n", err)
		return exitFailure
	}
	if !c.quiet {
		printSummary(stdout, c, s)
	}
	if s.problems > 0 {
		return exitInputs
	}
	return exitOK
}

func run(ctx context.Context, c runConfig, stdin io.Reader, stderr io.Writer) (summary, error) {
	start := time.Now()
	var s summary
	if c.cpuprof != "" {
		f, err := os.Create(c.cpuprof)
		if err != nil {
			return s, fmt.Errorf("cpu profile: %w", err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return s, fmt.Errorf("cpu profile: %w", err)
		}
		defer pprof.StopCPUProfile()
	}
	stages, err := buildStages(c)
	if err != nil {
		return s, err
	}
	ds, err := output.Open(c.out, output.Options{Tokens: c.tokens})
	if err != nil {
		return s, err
	}
	defer ds.Close()
	batch, err := ds.NewBatch()
	if err != nil {
		return s, err
	}
	committed := false
	defer func() {
		if !committed {
			batch.Abort()
		}
	}()

	bar := progress.New(stderr, inputBytes(c.inputs))
	if c.quiet {
		bar = nil
	}
	say := func(format string, a ...any) {
		bar.Clear()
		fmt.Fprintf(stderr, format, a...)
	}

	opts := c.corpus
	opts.Stdin = stdin
	src := newDocs(corpus.Read(ctx, c.inputs, opts), ds, &s, c.verbose, say)
	runner := &pipeline.Runner{Stages: stages, Workers: c.workers}
	batchTerms := themes.NewBatchTerms()
	var writing time.Duration
	err = runner.Run(ctx, src, func(r pipeline.Result) error {
		for _, p := range r.Problems {
			if p.Stage == "warning" {
				s.warnings++
				if c.verbose {
					say("warning: %s\n", p.Error())
				}
				continue
			}
			s.problems++
			say("%s\n", p.Error())
			if c.verbose && p.Detail != "" {
				say("%s\n", p.Detail)
			}
		}
		if r.Doc == nil {
			if len(r.Problems) > 0 && r.Problems[0].Stage != "read" {
				s.failedDocs++
			}
		} else {
			s.docs++
			s.bytes += int64(len(r.Doc.Text))
			s.sections += int64(len(r.Doc.Sections))
			s.sents += int64(len(r.Doc.Sentences))
			s.tokens += int64(len(r.Doc.Tokens))
			bar.Add(1, int64(len(r.Doc.Text)))
			batchTerms.Add(r.Doc)
		}
		t0 := time.Now()
		err := batch.Add(r)
		writing += time.Since(t0)
		return err
	})
	bar.Done()
	s.stageTimes = append(runner.StageTimes(), pipeline.StageTime{Stage: "write parquet", Time: writing})
	if err != nil {
		if ctx.Err() != nil {
			return s, fmt.Errorf("interrupted: nothing of this run was committed; run it again to resume")
		}
		return s, err
	}
	if c.memprof != "" {
		if err := writeHeapProfile(c.memprof); err != nil {
			return s, err
		}
	}
	if c.batchTerms > 0 {
		if err := batch.AddBatchKeyTerms(batchTerms.Top(c.batchTerms)); err != nil {
			return s, err
		}
	}
	info, err := batch.Commit(output.CommitInfo{Args: os.Args, Inputs: c.inputs})
	if err != nil {
		return s, err
	}
	committed = true
	s.batch = info.ID
	s.elapsed = time.Since(start)
	s.peakRSS = peakRSS()
	return s, nil
}

// newDocs filters the corpus: documents already in the dataset, or read
// twice in this run, are counted and dropped before any analysis.
func newDocs(items iter.Seq[pipeline.Item], ds *output.Dataset, s *summary, verbose bool, say func(string, ...any)) iter.Seq[pipeline.Item] {
	return func(yield func(pipeline.Item) bool) {
		seen := make(map[string]struct{})
		lastPath := ""
		for it := range items {
			if d := it.Doc; d != nil {
				if verbose && d.Origin.Path != lastPath {
					lastPath = d.Origin.Path
					say("reading %s\n", lastPath)
				}
				if ds.Has(d.ID) {
					s.skipped++
					continue
				}
				if _, dup := seen[d.ID]; dup {
					s.dups++
					if verbose {
						say("%s: same text as an earlier document (%s), skipped\n", location(d.Origin), d.ID)
					}
					continue
				}
				seen[d.ID] = struct{}{}
			}
			if !yield(it) {
				return
			}
		}
	}
}

func location(o pipeline.Origin) string {
	if o.Line > 0 {
		return fmt.Sprintf("%s:%d", o.Path, o.Line)
	}
	return o.Path
}

// inputBytes sums the sizes of the input files, for the progress bar's
// estimate of time left; 0 (unknown) when standard input is read.
func inputBytes(inputs []string) int64 {
	var n int64
	for _, in := range inputs {
		if in == "-" {
			return 0
		}
		_ = filepath.WalkDir(in, func(_ string, d os.DirEntry, err error) error {
			if err == nil && d.Type().IsRegular() {
				if fi, err := d.Info(); err == nil {
					n += fi.Size()
				}
			}
			return nil
		})
	}
	return n
}

// writeHeapProfile writes the live heap to path.
func writeHeapProfile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("heap profile: %w", err)
	}
	runtime.GC()
	if err := pprof.WriteHeapProfile(f); err != nil {
		f.Close()
		return fmt.Errorf("heap profile: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("heap profile: %w", err)
	}
	return nil
}

// peakRSS returns the process's peak resident set size in bytes.
func peakRSS() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Maxrss * 1024 // Linux reports kilobytes
}

func printSummary(w io.Writer, c runConfig, s summary) {
	secs := s.elapsed.Seconds()
	rate := func(n float64) float64 {
		if secs == 0 {
			return 0
		}
		return n / secs
	}
	batch := "none (nothing new)"
	if s.batch != "" {
		batch = s.batch
	}
	fmt.Fprintf(w, "commentariat: %s\n", c.out)
	fmt.Fprintf(w, "  batch        %s\n", batch)
	fmt.Fprintf(w, "  documents    %d new, %d already in the dataset, %d duplicates in this run\n", s.docs, s.skipped, s.dups)
	fmt.Fprintf(w, "  sections     %d\n", s.sections)
	fmt.Fprintf(w, "  sentences    %d\n", s.sents)
	fmt.Fprintf(w, "  tokens       %d\n", s.tokens)
	fmt.Fprintf(w, "  errors       %d (%d documents failed in analysis; see the errors table)\n", s.problems, s.failedDocs)
	fmt.Fprintf(w, "  warnings     %d (kept in the errors table with stage = 'warning')\n", s.warnings)
	fmt.Fprintf(w, "  time         %s\n", s.elapsed.Round(time.Millisecond))
	fmt.Fprintf(w, "  throughput   %.0f docs/s, %.2f MB/s on %d workers\n", rate(float64(s.docs)), rate(float64(s.bytes)/1e6), c.workers)
	fmt.Fprintf(w, "  peak memory  %.0f MB\n", float64(s.peakRSS)/1e6)
	if c.verbose {
		var total time.Duration
		for _, st := range s.stageTimes {
			total += st.Time
		}
		fmt.Fprintf(w, "  time per stage (all workers)\n")
		for _, st := range s.stageTimes {
			share := 0.0
			if total > 0 {
				share = 100 * float64(st.Time) / float64(total)
			}
			fmt.Fprintf(w, "    %-14s %8s  %4.1f%%\n", st.Stage, st.Time.Round(time.Millisecond), share)
		}
	}
}
