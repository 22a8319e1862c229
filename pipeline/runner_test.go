package pipeline_test

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/commentariat/commentariat/pipeline"
)

// docs yields n documents whose text is their index.
func docs(n int) iter.Seq[pipeline.Item] {
	return func(yield func(pipeline.Item) bool) {
		for i := range n {
			d := &pipeline.Document{Text: fmt.Sprint(i), Origin: pipeline.Origin{Path: "in.jsonl", Line: i + 1}}
			d.ID = pipeline.DocID(d.Text)
			if !yield(pipeline.Item{Doc: d}) {
				return
			}
		}
	}
}

func TestRunnerKeepsInputOrder(t *testing.T) {
	// Later documents finish first: the sink must still see input order.
	slow := pipeline.StageFunc{StageName: "slow", Fn: func(_ context.Context, d *pipeline.Document) error {
		var i int
		fmt.Sscan(d.Text, &i)
		time.Sleep(time.Duration((7*i)%5) * time.Millisecond)
		d.Title = "seen " + d.Text
		return nil
	}}
	for _, workers := range []int{1, 3, 16} {
		r := &pipeline.Runner{Stages: []pipeline.Stage{slow}, Workers: workers}
		var got []string
		err := r.Run(context.Background(), docs(50), func(res pipeline.Result) error {
			if res.Seq != len(got) {
				t.Fatalf("workers=%d: result %d arrived at position %d", workers, res.Seq, len(got))
			}
			got = append(got, res.Doc.Title)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		for i, title := range got {
			if want := fmt.Sprint("seen ", i); title != want {
				t.Fatalf("workers=%d: row %d = %q, want %q", workers, i, title, want)
			}
		}
		if len(got) != 50 {
			t.Fatalf("workers=%d: %d results, want 50", workers, len(got))
		}
	}
}

func TestRunnerBoundsItemsInFlight(t *testing.T) {
	const window = 6
	var inFlight, peak atomic.Int64
	src := func(yield func(pipeline.Item) bool) {
		for it := range docs(200) {
			n := inFlight.Add(1)
			for {
				p := peak.Load()
				if n <= p || peak.CompareAndSwap(p, n) {
					break
				}
			}
			if !yield(it) {
				return
			}
		}
	}
	r := &pipeline.Runner{Workers: 4, Window: window}
	err := r.Run(context.Background(), src, func(pipeline.Result) error {
		time.Sleep(100 * time.Microsecond) // a slow writer
		inFlight.Add(-1)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// One item may be read ahead while the reader waits for a slot.
	if p := peak.Load(); p > window+1 {
		t.Errorf("%d items in flight at once, window is %d", p, window)
	}
}

func TestRunnerTurnsFailuresIntoProblems(t *testing.T) {
	fail := pipeline.StageFunc{StageName: "fail", Fn: func(_ context.Context, d *pipeline.Document) error {
		switch d.Text {
		case "1":
			return errors.New("cannot parse")
		case "2":
			panic("boom") // a panic in a stage must not end the run
		case "3":
			d.Warn("odd layout")
		}
		return nil
	}}
	after := 0
	count := pipeline.StageFunc{StageName: "count", Fn: func(context.Context, *pipeline.Document) error { after++; return nil }}
	src := func(yield func(pipeline.Item) bool) {
		for it := range docs(4) {
			if !yield(it) {
				return
			}
		}
		yield(pipeline.Item{Problem: &pipeline.Problem{Path: "bad.bin", Stage: "read", Reason: "binary file"}})
	}
	r := &pipeline.Runner{Stages: []pipeline.Stage{fail, count}, Workers: 1}
	var res []pipeline.Result
	if err := r.Run(context.Background(), src, func(r pipeline.Result) error { res = append(res, r); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(res) != 5 {
		t.Fatalf("%d results, want 5", len(res))
	}
	if res[0].Doc == nil || len(res[0].Problems) != 0 {
		t.Errorf("clean document: %+v", res[0])
	}
	if res[1].Doc != nil || len(res[1].Problems) != 1 || res[1].Problems[0].Stage != "fail" ||
		res[1].Problems[0].Error() != "in.jsonl:2: fail: cannot parse" {
		t.Errorf("failing stage: %+v", res[1])
	}
	p := res[2].Problems
	if res[2].Doc != nil || len(p) != 1 || !strings.HasPrefix(p[0].Reason, "internal error") {
		t.Fatalf("panicking stage: %+v", res[2])
	}
	if strings.Contains(p[0].Reason, "goroutine") || !strings.Contains(p[0].Detail, "goroutine") {
		t.Errorf("the stack belongs in Detail, not in the stable Reason: %+v", p[0])
	}
	if res[3].Doc == nil || len(res[3].Problems) != 1 || res[3].Problems[0].Stage != "warning" {
		t.Errorf("warning: %+v", res[3])
	}
	if res[4].Doc != nil || res[4].Problems[0].Error() != "bad.bin: binary file" {
		t.Errorf("read problem: %+v", res[4])
	}
	if after != 2 {
		t.Errorf("later stages ran on %d documents, want 2 (not after a failure)", after)
	}
	times := r.StageTimes()
	if len(times) != 2 || times[0].Stage != "fail" || times[1].Stage != "count" || times[0].Time <= 0 {
		t.Errorf("stage times: %+v", times)
	}
}

func TestRunnerStopsOnSinkErrorAndCancel(t *testing.T) {
	r := &pipeline.Runner{Workers: 4}
	stop := errors.New("disk full")
	n := 0
	err := r.Run(context.Background(), docs(1000), func(pipeline.Result) error {
		n++
		if n == 10 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 10 {
		t.Errorf("sink error: got %v after %d results", err, n)
	}

	ctx, cancel := context.WithCancel(context.Background())
	n = 0
	err = r.Run(ctx, docs(1000), func(pipeline.Result) error {
		n++
		if n == 5 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled run returned %v", err)
	}
	if n >= 1000 {
		t.Errorf("cancelled run still delivered all %d results", n)
	}
}

func ExampleRunner() {
	upper := pipeline.StageFunc{StageName: "upper", Fn: func(_ context.Context, d *pipeline.Document) error {
		d.Title = strings.ToUpper(d.Text)
		return nil
	}}
	src := func(yield func(pipeline.Item) bool) {
		for _, text := range []string{"first", "second", "third"} {
			if !yield(pipeline.Item{Doc: &pipeline.Document{Text: text}}) {
				return
			}
		}
	}
	r := &pipeline.Runner{Stages: []pipeline.Stage{upper}, Workers: 2}
	_ = r.Run(context.Background(), src, func(res pipeline.Result) error {
		fmt.Println(res.Seq, res.Doc.Title)
		return nil
	})
	// Output:
	// 0 FIRST
	// 1 SECOND
	// 2 THIRD
}

func TestRunnerBoundsBytesInFlight(t *testing.T) {
	const maxBytes = 1000
	var inFlight, peak atomic.Int64
	src := func(yield func(pipeline.Item) bool) {
		for i := range 100 {
			size := 100 + 50*(i%9) // 100..500 bytes
			if i == 50 {
				size = 3000 // larger than the budget: runs alone
			}
			if !yield(pipeline.Item{Doc: &pipeline.Document{Text: strings.Repeat("x", size)}}) {
				return
			}
		}
	}
	// A document is admitted by the time a stage sees it and released
	// when the sink has taken it.
	admit := pipeline.StageFunc{StageName: "admit", Fn: func(_ context.Context, d *pipeline.Document) error {
		n := inFlight.Add(int64(len(d.Text)))
		for p := peak.Load(); n > p && !peak.CompareAndSwap(p, n); p = peak.Load() {
		}
		return nil
	}}
	r := &pipeline.Runner{Stages: []pipeline.Stage{admit}, Workers: 4, Window: 64, MaxBytes: maxBytes}
	err := r.Run(context.Background(), src, func(res pipeline.Result) error {
		time.Sleep(50 * time.Microsecond)
		inFlight.Add(-int64(len(res.Doc.Text)))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if p := peak.Load(); p > 3000 {
		t.Errorf("%d bytes in flight at once; budget %d, largest document 3000", p, maxBytes)
	}
}
