// Package structure is the pipeline stage that finds the layout of an
// article: its own title and date lines (Document.Header), its paragraphs
// (Document.Paragraphs) and its parts (Document.Sections), such as a news
// report followed by signed opinion pieces, each with a heading, a body and
// a signature block.
//
// The approach is a line classifier followed by a small state machine, so
// that every decision can be explained by pointing at a line.
//
// Paragraphs. The text is cut into lines. detectLayout decides whether it is
// hard-wrapped (many lines end near one width of 40-110 characters, inside
// a sentence, as in newswire copy); if so, lines are joined and paragraphs
// start at blank lines, indented lines and after lines that stopped short.
// Otherwise blank lines and line breaks both end a paragraph, so that a
// title, a signature line or a one-line quote stands on its own; only a
// break inside a sentence ("... said its" / "board approved ...") joins.
// Paragraph spans are trimmed of surrounding white space.
//
// Classification. Each paragraph is labelled from its own words: prose (long,
// two sentences, or a finished sentence with a verb), byline ("By Jane
// Doe, ..."), date, name ("Tatiana LIPINA"), role ("Senior Expert"),
// institution ("Kazakhstan Institute of"), continuation (starts in lower
// case, or follows a line ending in "of", "and", a comma), table row or
// heading (any other short line). The role and institution vocabularies, function words
// and verbs come from lexicon.txt, which ships embedded and can be replaced
// with WithLexicon.
//
// Header. The first one or two paragraphs are the header when they are a
// date line (read by internal/dates), a headline and a date line in either
// order, or a one-line headline directly followed by prose. A sentence of
// prose is never a title, and a dateline that opens a paragraph
// ("ASTANA, March 24 (Reuters) - ...") is not a date line.
//
// Sections. Prose paragraphs are separated by runs of non-prose paragraphs.
// A run that ends in a headline and is otherwise made of signature lines
// closes the piece above (its signature) and opens the next (its heading);
// a byline in a run opens the next piece; a run after the last prose
// paragraph is the last piece's signature. Between pieces the block must
// hold a position or an institution line: a bare name signs only the last
// piece. Lone headings between prose are
// subheadings, except that in a multi-part article the first signature
// claims the last lone heading before it as the title of its piece.
// Section 0 starts at the top of the text (header included); its title is
// the header's title.
//
// Everything is linear in the size of the text: lines longer than 250 bytes
// are prose without further look, and internal/dates' (linear-time RE2)
// patterns only see short lines that hold a number and a month name or a
// numeric date shape.
package structure

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/commentariat/commentariat/pipeline"
)

// Option configures a Stage.
type Option func(*config)

type config struct {
	lexicon     []byte
	lexiconName string
}

// WithLexicon replaces the embedded word lists with data in the format of
// lexicon.txt; name is used in error messages ("my-lexicon.txt:12: ...").
func WithLexicon(name string, data []byte) Option {
	return func(c *config) { c.lexicon, c.lexiconName = data, name }
}

// Stage is the structure stage. Build it once with New; it is safe for
// concurrent use.
type Stage struct {
	lx *Lexicon
}

// New builds the stage, parsing its lexicon once.
func New(opts ...Option) (*Stage, error) {
	c := config{lexicon: defaultLexicon, lexiconName: "lexicon.txt"}
	for _, o := range opts {
		o(&c)
	}
	lx, err := ParseLexicon(c.lexiconName, c.lexicon)
	if err != nil {
		return nil, fmt.Errorf("loading structure lexicon: %w", err)
	}
	return &Stage{lx: lx}, nil
}

// Name returns "structure".
func (s *Stage) Name() string { return "structure" }

// Process fills doc.Header, doc.Paragraphs and doc.Sections, and
// doc.Title, doc.Date and doc.DateText when they are empty and the header
// has them.
func (s *Stage) Process(ctx context.Context, doc *pipeline.Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	text := doc.Text
	lines := splitLines(text, make([]line, 0, strings.Count(text, "\n")+1))
	paras := s.lx.paragraphs(text, lines, detectLayout(text, lines), doc.Paragraphs[:0])
	fused := false
	if doc.Title == "" && len(paras) > 0 {
		// a headline run into the first sentence stands on its own
		if n := s.lx.fusedHeadline(paras[0].In(text)); n > 0 {
			fused = true
			head := pipeline.Span{Start: paras[0].Start, End: paras[0].Start + len(strings.TrimRightFunc(text[paras[0].Start:paras[0].Start+n], unicode.IsSpace))}
			paras = slices.Insert(paras, 0, head)
			paras[1].Start += n
		}
	}
	doc.Paragraphs = paras

	units := make([]unit, len(paras))
	for i, p := range paras {
		units[i] = s.lx.classify(text[p.Start:p.End])
	}

	title, date, from := header(units)
	if fused && title < 0 {
		// the headline may read as a signature's position line ("Parmalat
		// founder offers apology"); cut from its story, it is a headline
		title, from = 0, max(from, 1)
	}
	doc.Header = pipeline.Header{}
	if title >= 0 {
		doc.Header.Title = paras[title]
		if doc.Title == "" {
			doc.Title = paras[title].In(text)
		}
	}
	if date >= 0 {
		doc.Header.Date = paras[date]
		if doc.Date.IsZero() {
			dt := paras[date].In(text)
			if t, ok := dateLine(dt); ok {
				doc.Date, doc.DateText = t, dt
			}
		}
	}

	pl := planner{u: units}
	plans := pl.sections(from, title)
	doc.Sections = doc.Sections[:0]
	for i, p := range plans {
		doc.Sections = append(doc.Sections, section(text, paras, i, p))
	}
	return nil
}

// header finds the article's own title and date among the first
// paragraphs. It returns their indexes (-1 when absent) and the index of
// the first paragraph after the header.
func header(u []unit) (title, date, next int) {
	at := func(i int) kind {
		if i < len(u) {
			return u[i].kind
		}
		return 255
	}
	headline := func(i int) bool {
		if i >= len(u) || u[i].endsComma || u[i].words > 25 {
			return false
		}
		switch u[i].kind {
		case kHeading, kName, kRole, kInstitution:
			return true
		}
		return false
	}
	// A headline alone needs prose (or a byline) right after it, must fit
	// on one line, must not end with a full stop or a word such as "of",
	// "its" or "said", and must not be a bare name or position.
	bare := func(i int) bool {
		k := u[i].kind
		return headline(i) && !u[i].multiLine && !u[i].endsOpen && !u[i].finished && !u[i].endsFlat &&
			u[i].words <= 20 && (k == kHeading || u[i].titled || (k == kInstitution && !u[i].strongInst)) &&
			(at(i+1) == kProse || at(i+1) == kByline)
	}
	switch {
	case at(0) == kDate && headline(1) && (at(2) == kProse || at(2) == kByline):
		return 1, 0, 2
	case at(0) == kDate:
		return -1, 0, 1
	case headline(0) && at(1) == kDate:
		return 0, 1, 2
	case len(u) > 1 && bare(0):
		return 0, -1, 1
	}
	return -1, -1, 0
}

// section turns a plan into a pipeline.Section.
func section(text string, paras []pipeline.Span, idx int, p plan) pipeline.Section {
	sec := pipeline.Section{Index: idx}
	if len(paras) == 0 || p.end <= p.start {
		return sec
	}
	sec.Span = pipeline.Span{Start: paras[p.start].Start, End: paras[p.end-1].End}
	if idx == 0 {
		sec.Span.Start = paras[0].Start
	}
	if p.head >= 0 {
		sec.TitleSpan = paras[p.head]
		sec.Title = sec.TitleSpan.In(text)
	}
	if b := p.body(); b.empty() {
		end := sec.Span.End
		if b.a < len(paras) && b.a < p.end {
			end = paras[b.a].Start
		}
		sec.Body = pipeline.Span{Start: end, End: end}
	} else {
		sec.Body = pipeline.Span{Start: paras[b.a].Start, End: paras[b.b-1].End}
	}
	for _, s := range []span{p.sigBefore, p.sigAfter} {
		for i := s.a; i < s.b; i++ {
			sec.Signature = append(sec.Signature, pipeline.SignatureLine{Span: paras[i], Text: paras[i].In(text)})
		}
	}
	return sec
}
