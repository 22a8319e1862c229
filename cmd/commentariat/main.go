// Command commentariat turns collections of expert commentary (folders of
// .txt, .md and .html articles, JSON Lines and CSV exports) into a Parquet
// dataset of documents, sections, sentences and tokens, ready for DuckDB,
// polars, pandas and R arrow.
//
// Usage:
//
//	commentariat run [flags] INPUT...
//	commentariat eval [flags] TASK...
//	commentariat version
//
// Run "commentariat run -h" for the flags.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
)

// Exit statuses.
const (
	exitOK      = 0
	exitInputs  = 1 // the run finished, but some inputs could not be processed
	exitUsage   = 2
	exitFailure = 3 // the run could not finish (nothing was committed)
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(runMain(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// errUsage marks errors caused by the command line.
var errUsage = errors.New("usage")

func runMain(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		printUsage(stderr)
		return exitUsage
	}
	switch args[0] {
	case "run":
		return cmdRun(ctx, args[1:], stdin, stdout, stderr)
	case "eval":
		return cmdEval(ctx, args[1:], stdout, stderr)
	case "version", "--version", "-version":
		fmt.Fprintln(stdout, "commentariat", version())
		return exitOK
	case "help", "-h", "--help", "-help":
		printUsage(stdout)
		return exitOK
	default:
		fmt.Fprintf(stderr, "commentariat: unknown command %q\n\n", args[0])
		printUsage(stderr)
		return exitUsage
	}
}

func printUsage(w io.Writer) {
	fmt.Fprint(w, `commentariat turns expert commentary into analysis-ready Parquet tables.

Usage:
  commentariat run [flags] INPUT...   analyse files, folders or - (stdin) into --out
  commentariat eval TASK...           measure against the shared evaluation data
  commentariat version                print the version
  commentariat help                   this text

Run "commentariat run -h" for the flags of run.
`)
}

func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok {
		v := bi.Main.Version
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" && len(s.Value) >= 12 {
				v += " (" + s.Value[:12] + ")"
			}
		}
		return v
	}
	return "(unknown)"
}

// parseInterspersed parses flags given before, between and after the
// positional arguments ("eval attribution -split test", "run DIR --out X")
// and returns the positional ones in order; "--" ends the flags, so a
// file named "-x" can still be given after it.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		// fs.Parse stopped at a positional argument or after "--".
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}
