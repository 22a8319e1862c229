package themes

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/commentariat/commentariat/pipeline"
)

// Score levels.
const (
	Document  = "document"
	Section   = "section"
	Statement = "statement"
)

// Score is how much one theme occupies one stretch of a document.
type Score struct {
	// Level is Document, Section or Statement; Section and Statement
	// index Document.Sections and Document.Statements (-1 when the level
	// is not theirs).
	Level     string
	Section   int
	Statement int
	Theme     string
	// Hits counts the theme's hits, Tokens the word tokens of the stretch
	// and Rate the hits per 1,000 word tokens.
	Hits   int
	Tokens int
	Rate   float64
	// Terms lists the distinct dictionary terms that matched, sorted;
	// Matches the hits themselves, in text order.
	Terms   []string
	Matches []pipeline.ThemeHit
}

// Present reports whether a score shows a theme discussed in substance
// rather than in passing: at least MinHits hits and at least MinRate hits
// per 1,000 tokens.
func (s Score) Present() bool { return s.Hits >= MinHits && s.Rate >= MinRate }

// The thresholds of Score.Present, set from the meaning of "discussed in
// substance" (a theme that comes back several times, not one word in a
// long text), not fitted to data.
const (
	MinHits = 3
	MinRate = 2.0
)

// Scores returns the theme scores of doc from its ThemeHits: one per
// theme with hits for the whole document, then per section, then per
// statement, each level sorted by index then theme.
func Scores(doc *pipeline.Document) []Score {
	var out []Score
	out = append(out, level(doc, Document, -1, -1, pipeline.Span{Start: 0, End: len(doc.Text)})...)
	for i, s := range doc.Sections {
		out = append(out, level(doc, Section, i, -1, s.Span)...)
	}
	for i, st := range doc.Statements {
		out = append(out, level(doc, Statement, -1, i, st.Span)...)
	}
	return out
}

// DocumentThemes returns the themes Present at document level, sorted.
func DocumentThemes(doc *pipeline.Document) []string {
	var out []string
	for _, s := range level(doc, Document, -1, -1, pipeline.Span{Start: 0, End: len(doc.Text)}) {
		if s.Present() {
			out = append(out, s.Theme)
		}
	}
	return out
}

func level(doc *pipeline.Document, lvl string, section, statement int, sp pipeline.Span) []Score {
	by := map[string]*Score{}
	for _, h := range doc.ThemeHits {
		if !sp.Contains(h.Span) {
			continue
		}
		s := by[h.Theme]
		if s == nil {
			s = &Score{Level: lvl, Section: section, Statement: statement, Theme: h.Theme}
			by[h.Theme] = s
		}
		s.Hits++
		s.Matches = append(s.Matches, h)
	}
	if len(by) == 0 {
		return nil
	}
	words := wordTokens(doc, sp)
	out := make([]Score, 0, len(by))
	for _, s := range by {
		s.Tokens = words
		if words > 0 {
			s.Rate = 1000 * float64(s.Hits) / float64(words)
		}
		seen := map[string]bool{}
		for _, m := range s.Matches {
			if !seen[m.Term] {
				seen[m.Term] = true
				s.Terms = append(s.Terms, m.Term)
			}
		}
		slices.Sort(s.Terms)
		out = append(out, *s)
	}
	slices.SortFunc(out, func(a, b Score) int { return cmp.Compare(a.Theme, b.Theme) })
	return out
}

// wordTokens counts the tokens inside sp that hold a letter or digit.
func wordTokens(doc *pipeline.Document, sp pipeline.Span) int {
	n := 0
	for i := range doc.Tokens {
		t := &doc.Tokens[i]
		if sp.Contains(t.Span) && strings.IndexFunc(t.Lower, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			n++
		}
	}
	return n
}
