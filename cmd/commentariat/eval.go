package main

import (
	"cmp"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/commentariat/commentariat/internal/evaluate"
)

// evaluation is one task "commentariat eval" can measure.
type evaluation struct {
	name  string
	about string
	run   func(ctx context.Context, shared string, w io.Writer, c evalConfig) error
}

// evalConfig is what the eval command's flags set.
type evalConfig struct {
	shared string
	split  string
	tone   toneFlags
}

// evaluations lists the tasks in the order "all" runs them.
func evaluations() []evaluation {
	return []evaluation{
		{"attribution", "who said what: the example article's gold, and PolNeAR (dev unless -split test)",
			func(ctx context.Context, shared string, w io.Writer, c evalConfig) error {
				return evaluate.Attribution(ctx, shared, w, cmp.Or(c.split, "dev"))
			}},
		{"entities", "named entities against the example's gold entities; CoNLL-2003 (test unless -split dev) next to prose v3",
			func(ctx context.Context, shared string, w io.Writer, c evalConfig) error {
				return evaluate.EntitiesSplit(ctx, shared, w, cmp.Or(c.split, "test"))
			}},
		{"themes", "theme dictionary against the example's hand-coded themes; key terms on 500N-KPCrowd",
			func(ctx context.Context, shared string, w io.Writer, _ evalConfig) error {
				return evaluate.Themes(ctx, shared, w)
			}},
		{"tone", "valence and certainty against human ratings (eval/tone, eval/commentary)",
			func(ctx context.Context, shared string, w io.Writer, c evalConfig) error {
				about, custom := c.tone.custom()
				if !custom {
					return evaluate.Tone(ctx, shared, w)
				}
				an, err := c.tone.analyzer()
				if err != nil {
					return err
				}
				return evaluate.ToneWith(ctx, shared, w, an, about)
			}},
	}
}

func cmdEval(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	var c evalConfig
	fs := flag.NewFlagSet("commentariat eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	evs := evaluations()
	fs.Usage = func() {
		fmt.Fprint(stderr, `Usage: commentariat eval [flags] TASK...

Measures commentariat against the labelled data in the shared evaluation
folder and prints the scores next to published figures. TASK is one of:
`)
		for _, e := range evs {
			fmt.Fprintf(stderr, "  %-12s %s\n", e.name, e.about)
		}
		fmt.Fprint(stderr, "  all          every task above\n\nFlags:\n")
		fs.PrintDefaults()
	}
	fs.StringVar(&c.shared, "shared", defaultShared(), "the shared data `folder` holding eval/")
	fs.StringVar(&c.split, "split", "", "`split` of the labelled corpora, dev or test (default: PolNeAR dev for attribution, whose test split is for rare checks; CoNLL-2003 test for entities, as published figures are)")
	c.tone.register(fs)
	tasks, err := parseInterspersed(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	if err := c.tone.check(); err != nil {
		fmt.Fprintf(stderr, "commentariat eval: %v\n", err)
		return exitUsage
	}
	if len(tasks) == 0 {
		fs.Usage()
		return exitUsage
	}
	if slices.Contains(tasks, "all") {
		tasks = nil
		for _, e := range evs {
			tasks = append(tasks, e.name)
		}
	}
	status := exitOK
	for _, name := range tasks {
		i := slices.IndexFunc(evs, func(e evaluation) bool { return e.name == name })
		if i < 0 {
			fmt.Fprintf(stderr, "commentariat eval: unknown task %q\n", name)
			return exitUsage
		}
		fmt.Fprintf(stdout, "== %s\n", name)
		if err := evs[i].run(ctx, c.shared, stdout, c); err != nil {
			if errors.Is(err, evaluate.ErrNoData) {
				fmt.Fprintf(stderr, "commentariat eval %s: %v (looked in %s; set -shared)\n", name, err, c.shared)
			} else {
				fmt.Fprintf(stderr, "commentariat eval %s: %v\n", name, err)
			}
			status = exitFailure
		}
		fmt.Fprintln(stdout)
	}
	return status
}

// defaultShared is $COMMENTARIAT_SHARED, else the first "shared" folder
// beside the working directory or one of its parents (../shared beside a
// checkout).
func defaultShared() string {
	if p := os.Getenv("COMMENTARIAT_SHARED"); p != "" {
		return p
	}
	dir, err := os.Getwd()
	if err != nil {
		return filepath.Join("..", "shared")
	}
	for {
		p := filepath.Join(filepath.Dir(dir), "shared")
		if fi, err := os.Stat(filepath.Join(p, "eval")); err == nil && fi.IsDir() {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir || !strings.Contains(parent, string(filepath.Separator)) {
			return filepath.Join("..", "shared")
		}
		dir = parent
	}
}
