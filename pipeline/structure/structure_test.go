package structure

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/commentariat/commentariat/pipeline"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

func newStage(tb testing.TB) *Stage {
	tb.Helper()
	s, err := New()
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

func run(tb testing.TB, s *Stage, text string) *pipeline.Document {
	tb.Helper()
	doc := &pipeline.Document{Text: text}
	if err := s.Process(context.Background(), doc); err != nil {
		tb.Fatal(err)
	}
	checkInvariants(tb, doc)
	return doc
}

// checkInvariants asserts what every later stage relies on.
func checkInvariants(tb testing.TB, doc *pipeline.Document) {
	tb.Helper()
	text := doc.Text
	inText := func(what string, sp pipeline.Span) {
		tb.Helper()
		if sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End {
			tb.Fatalf("%s span %v outside text of %d bytes", what, sp, len(text))
		}
	}
	trimmed := func(what string, sp pipeline.Span) {
		tb.Helper()
		inText(what, sp)
		s := sp.In(text)
		if s == "" || strings.TrimSpace(s) != s {
			tb.Fatalf("%s span %v is empty or untrimmed: %q", what, sp, s)
		}
	}
	prev := 0
	for i, p := range doc.Paragraphs {
		trimmed("paragraph", p)
		if p.Start < prev {
			tb.Fatalf("paragraph %d %v overlaps or precedes the one before", i, p)
		}
		prev = p.End
	}
	for _, sp := range []pipeline.Span{doc.Header.Title, doc.Header.Date} {
		if sp != (pipeline.Span{}) {
			trimmed("header", sp)
		}
	}
	if len(doc.Sections) == 0 {
		tb.Fatalf("no sections")
	}
	prev = 0
	for i, s := range doc.Sections {
		inText("section", s.Span)
		if s.Index != i {
			tb.Fatalf("section %d has index %d", i, s.Index)
		}
		if s.Span.Start < prev {
			tb.Fatalf("section %d %v overlaps or precedes the one before", i, s.Span)
		}
		prev = s.Span.End
		if len(doc.Paragraphs) > 0 && s.Span.Empty() {
			tb.Fatalf("section %d is empty", i)
		}
		inText("body", s.Body)
		if !s.Span.Contains(s.Body) {
			tb.Fatalf("section %d body %v outside its span %v", i, s.Body, s.Span)
		}
		if s.Title != "" {
			trimmed("section title", s.TitleSpan)
			if !s.Span.Contains(s.TitleSpan) || s.TitleSpan.In(text) != s.Title || s.Body.Overlap(s.TitleSpan) > 0 {
				tb.Fatalf("section %d title %q at %v misplaced", i, s.Title, s.TitleSpan)
			}
		}
		for _, l := range s.Signature {
			trimmed("signature line", l.Span)
			if !s.Span.Contains(l.Span) || l.Span.In(text) != l.Text || s.Body.Overlap(l.Span) > 0 {
				tb.Fatalf("section %d signature line %q at %v misplaced", i, l.Text, l.Span)
			}
		}
	}
}

// golden is the reviewed outline of a document, as kept under testdata/.
type golden struct {
	Title      string          `json:"title"`
	Date       string          `json:"date"`
	Header     []string        `json:"header"`
	Paragraphs int             `json:"paragraphs"`
	Sections   []goldenSection `json:"sections"`
	Warnings   []string        `json:"warnings,omitempty"`
}

type goldenSection struct {
	Title     string   `json:"title"`
	Span      [2]int   `json:"span"`
	Body      [2]int   `json:"body"`
	BodyStart string   `json:"body_start"`
	BodyEnd   string   `json:"body_end"`
	Signature []string `json:"signature"`
}

func outline(doc *pipeline.Document) golden {
	g := golden{Title: doc.Title, Paragraphs: len(doc.Paragraphs), Warnings: doc.Warnings}
	if !doc.Date.IsZero() {
		g.Date = doc.Date.Format("2006-01-02")
	}
	for _, sp := range []pipeline.Span{doc.Header.Title, doc.Header.Date} {
		g.Header = append(g.Header, sp.In(doc.Text))
	}
	for _, s := range doc.Sections {
		body := s.Body.In(doc.Text)
		gs := goldenSection{
			Title: s.Title, Span: [2]int{s.Span.Start, s.Span.End}, Body: [2]int{s.Body.Start, s.Body.End},
			BodyStart: clip(body, true), BodyEnd: clip(body, false), Signature: []string{},
		}
		for _, l := range s.Signature {
			gs.Signature = append(gs.Signature, l.Text)
		}
		g.Sections = append(g.Sections, gs)
	}
	return g
}

// clip returns the first or last 40 bytes of s, cut at rune boundaries.
func clip(s string, head bool) string {
	const n = 40
	if len(s) <= n {
		return s
	}
	if head {
		i := n
		for i > 0 && !isRuneStart(s[i]) {
			i--
		}
		return s[:i]
	}
	i := len(s) - n
	for i < len(s) && !isRuneStart(s[i]) {
		i++
	}
	return s[i:]
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

func TestGoldenKISI(t *testing.T) {
	text, err := os.ReadFile(filepath.Join("..", "..", "examples", "kisi-2023-03-24.txt"))
	if err != nil {
		t.Fatal(err)
	}
	doc := run(t, newStage(t), string(text))
	got, err := json.MarshalIndent(outline(doc), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	path := filepath.Join("testdata", "kisi.golden.json")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if string(got) != string(want) {
		t.Errorf("outline differs from %s (rerun with -update and review the diff):\n%s", path, got)
	}
}
