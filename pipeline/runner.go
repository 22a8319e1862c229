package pipeline

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"runtime"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"time"
)

// Problem is an input or a document that could not be (fully) processed:
// an unreadable file, a broken JSONL row, a stage that failed on a document.
// It becomes one row of the errors table.
type Problem struct {
	// Path and Line locate the input (Line is 0 for whole files).
	Path string
	Line int
	// DocID is the document's id when one was known.
	DocID string
	// Stage names what failed: "read" for input errors, a stage name, or
	// "warning" for non-fatal notes a stage left on a document.
	Stage string
	// Reason is a lower-case message. It is stable: the same input and
	// version give the same reason, so it can be part of a row key.
	Reason string
	// Detail holds diagnostics that vary between runs, such as the stack
	// of a stage that panicked. It is printed with --verbose, never stored.
	Detail string
}

// Error formats the problem the way encoding/csv formats parse errors:
// "path:line: reason".
func (p Problem) Error() string {
	loc := p.Path
	if p.Line > 0 {
		loc = fmt.Sprintf("%s:%d", p.Path, p.Line)
	}
	if p.Stage != "" && p.Stage != "read" {
		return fmt.Sprintf("%s: %s: %s", loc, p.Stage, p.Reason)
	}
	return fmt.Sprintf("%s: %s", loc, p.Reason)
}

// Item is what a source yields: a document to analyse, or a Problem met
// while reading the input. Exactly one of Doc and Problem is set.
type Item struct {
	Doc     *Document
	Problem *Problem
}

// Result is one item after every stage has run, handed to the sink in
// input order. Doc is nil when the item was a read problem or when a stage
// failed; Problems lists what went wrong, including the document's warnings.
type Result struct {
	// Seq is the item's 0-based position in the input.
	Seq      int
	Doc      *Document
	Problems []Problem
}

// Runner moves documents through stages. Documents are analysed on Workers
// goroutines at once; results reach the sink one at a time, in input order,
// so output is deterministic whatever the scheduling. At most Window items
// are in flight (read but not yet consumed by the sink), which bounds memory
// however large the corpus is.
type Runner struct {
	// Stages run in order on every document.
	Stages []Stage
	// Workers is the number of documents analysed at once; 0 means
	// runtime.GOMAXPROCS(0).
	Workers int
	// Window is the most items in flight; 0 means 4 × Workers.
	Window int
	// MaxBytes bounds the text of the documents in flight, so that a run
	// of very large documents does not hold Window of them at once; 0
	// means 64 MiB. A document larger than MaxBytes still runs, alone.
	MaxBytes int64

	// busy accumulates, per stage, the time spent in it by all workers
	// (nanoseconds), for StageTimes.
	busy []atomic.Int64
}

// StageTime is the time all workers together spent in one stage.
type StageTime struct {
	Stage string
	Time  time.Duration
}

// StageTimes returns the time spent in each stage during the last Run, in
// stage order: CPU time summed over workers, so the shares show where a
// run's work goes.
func (r *Runner) StageTimes() []StageTime {
	out := make([]StageTime, len(r.Stages))
	for i, st := range r.Stages {
		out[i] = StageTime{Stage: st.Name()}
		if i < len(r.busy) {
			out[i].Time = time.Duration(r.busy[i].Load())
		}
	}
	return out
}

// Run reads items from src, runs every stage on each document and calls
// sink with each result in input order. It stops at the first error from
// sink or when ctx is done, and returns that error. Stage failures are not
// errors of Run: they arrive in Result.Problems.
func (r *Runner) Run(ctx context.Context, src iter.Seq[Item], sink func(Result) error) error {
	workers := r.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	window := r.Window
	if window <= 0 {
		window = 4 * workers
	}
	window = max(window, workers)

	r.busy = make([]atomic.Int64, len(r.Stages))
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)

	type job struct {
		seq  int
		item Item
		size int64
	}
	maxBytes := r.MaxBytes
	if maxBytes <= 0 {
		maxBytes = 64 << 20
	}
	type sized struct {
		res  Result
		size int64
	}
	jobs := make(chan job)
	done := make(chan sized, window)
	slots := make(chan struct{}, window)
	var inFlight atomic.Int64       // bytes of text read but not yet sunk
	freed := make(chan struct{}, 1) // a nudge to the reader when bytes are freed

	// Reader: takes a slot per item so that no more than window items
	// are alive at once; the sink loop gives the slot back.
	go func() {
		defer close(jobs)
		seq := 0
		for it := range src {
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				return
			}
			var size int64
			if it.Doc != nil {
				size = int64(len(it.Doc.Text))
			}
			for n := inFlight.Load(); n > 0 && n+size > maxBytes; n = inFlight.Load() {
				select {
				case <-freed:
				case <-ctx.Done():
					return
				}
			}
			inFlight.Add(size)
			select {
			case jobs <- job{seq, it, size}:
			case <-ctx.Done():
				return
			}
			seq++
		}
	}()

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				res := r.process(ctx, j.seq, j.item)
				select {
				case done <- sized{res, j.size}:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(done) }()

	// Sink loop: reorder results into input order.
	pending := make(map[int]sized, window)
	next := 0
	var sinkErr error
	for res := range done {
		if sinkErr != nil {
			continue // drain so that workers can exit
		}
		pending[res.res.Seq] = res
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			err := sink(r.res)
			inFlight.Add(-r.size)
			select {
			case freed <- struct{}{}:
			default:
			}
			if err != nil {
				sinkErr = err
				cancel(err)
				break
			}
			<-slots
		}
	}
	if sinkErr != nil {
		return sinkErr
	}
	if err := context.Cause(ctx); err != nil {
		return err
	}
	return nil
}

// process runs every stage on one item, turning failures (and panics, which
// a stage must never let through but which must not take down a run of
// thousands of documents either) into Problems.
func (r *Runner) process(ctx context.Context, seq int, it Item) (res Result) {
	res.Seq = seq
	if it.Problem != nil {
		res.Problems = []Problem{*it.Problem}
		return res
	}
	doc := it.Doc
	if doc == nil {
		res.Problems = []Problem{{Stage: "read", Reason: "source yielded an empty item"}}
		return res
	}
	for k, st := range r.Stages {
		start := time.Now()
		err := runStage(ctx, st, doc)
		r.busy[k].Add(int64(time.Since(start)))
		if err != nil {
			if errors.Is(err, context.Canceled) && ctx.Err() != nil {
				return res
			}
			p := Problem{
				Path: doc.Origin.Path, Line: doc.Origin.Line, DocID: doc.ID,
				Stage: st.Name(), Reason: err.Error(),
			}
			var pe *panicError
			if errors.As(err, &pe) {
				p.Detail = string(pe.stack)
			}
			res.Problems = append(res.Problems, p)
			return res
		}
	}
	for _, w := range doc.Warnings {
		res.Problems = append(res.Problems, Problem{
			Path: doc.Origin.Path, Line: doc.Origin.Line, DocID: doc.ID,
			Stage: "warning", Reason: w,
		})
	}
	res.Doc = doc
	return res
}

// panicError is a stage panic turned into an error; the stack goes to
// Problem.Detail, not into the stable reason.
type panicError struct {
	value any
	stack []byte
}

func (e *panicError) Error() string {
	return fmt.Sprintf("internal error (please report it): %v", e.value)
}

func runStage(ctx context.Context, st Stage, doc *Document) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = &panicError{value: v, stack: debug.Stack()}
		}
	}()
	return st.Process(ctx, doc)
}
