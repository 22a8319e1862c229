package themes

import (
	"cmp"
	"slices"
	"strings"

	"github.com/commentariat/commentariat/pipeline"
)

// match is one pattern matched on tokens [start, end).
type match struct {
	pat        int
	start, end int
}

// Match returns the dictionary's hits in doc, in text order (then by
// theme): the tokens of the language stage matched against every pattern,
// exclusions applied and overlapping hits of one theme reduced to the
// longest. It never panics on inconsistent annotations; tokens whose spans
// fall outside the text are skipped.
func (d *Dictionary) Match(doc *pipeline.Document) []pipeline.ThemeHit {
	if d == nil || len(doc.Tokens) == 0 {
		return nil
	}
	var found []match
	var cand []int
	for i := range doc.Tokens {
		tok := &doc.Tokens[i]
		if tok.Lower == "" {
			continue
		}
		cand = cand[:0]
		cand = append(cand, d.exact[tok.Lower]...)
		if tok.Stem != "" && tok.Stem != tok.Lower {
			cand = append(cand, d.exact[tok.Stem]...)
		}
		for n := 0; n <= min(globKey, len(tok.Lower)); n++ {
			if d.globLens&(1<<n) != 0 {
				cand = append(cand, d.globs[tok.Lower[:n]]...)
			}
		}
		if len(cand) == 0 {
			continue
		}
		slices.Sort(cand)
		cand = slices.Compact(cand)
		for _, pi := range cand {
			if end, ok := d.matchAt(doc, pi, i); ok {
				found = append(found, match{pat: pi, start: i, end: end})
			}
		}
	}
	return d.resolve(doc, found)
}

// matchAt reports whether pattern pi matches the tokens from i, and where
// the match ends.
func (d *Dictionary) matchAt(doc *pipeline.Document, pi, i int) (int, bool) {
	p := &d.patterns[pi]
	if i+len(p.words) > len(doc.Tokens) {
		return 0, false
	}
	sent := doc.Tokens[i].Sentence
	for j, w := range p.words {
		tok := &doc.Tokens[i+j]
		if tok.Sentence != sent || !w.matches(tok) {
			return 0, false
		}
	}
	return i + len(p.words), true
}

func (w word) matches(tok *pipeline.Token) bool {
	if w.glob {
		return strings.HasPrefix(tok.Lower, w.lower)
	}
	return tok.Lower == w.lower || (tok.Stem != "" && tok.Stem == w.stem)
}

// resolve applies exclusions, keeps the longest of overlapping hits of a
// theme and builds the hits.
func (d *Dictionary) resolve(doc *pipeline.Document, found []match) []pipeline.ThemeHit {
	type themed struct {
		theme int
		match
	}
	var pos, neg []themed
	for _, m := range found {
		for _, t := range d.patterns[m.pat].themes {
			if d.patterns[m.pat].exclude {
				neg = append(neg, themed{t, m})
			} else {
				pos = append(pos, themed{t, m})
			}
		}
	}
	if len(pos) == 0 {
		return nil
	}
	excluded := func(h themed) bool {
		for _, n := range neg {
			if n.theme == h.theme && n.start < h.end && h.start < n.end {
				return true
			}
		}
		return false
	}
	slices.SortFunc(pos, func(a, b themed) int {
		return cmp.Or(cmp.Compare(a.theme, b.theme), cmp.Compare(a.start, b.start),
			cmp.Compare(b.end, a.end), cmp.Compare(a.pat, b.pat))
	})
	var hits []pipeline.ThemeHit
	lastTheme, lastEnd := -1, 0
	for _, h := range pos {
		if h.theme == lastTheme && h.start < lastEnd {
			continue
		}
		if excluded(h) {
			continue
		}
		lastTheme, lastEnd = h.theme, h.end
		first, last := doc.Tokens[h.start], doc.Tokens[h.end-1]
		sp := pipeline.Span{Start: first.Span.Start, End: last.Span.End}
		if sp.In(doc.Text) == "" {
			continue
		}
		sent := first.Sentence
		if sent < 0 || sent >= len(doc.Sentences) {
			sent = -1
		}
		hits = append(hits, pipeline.ThemeHit{
			Theme:    d.themes[h.theme],
			Term:     d.patterns[h.pat].term,
			Span:     sp,
			Sentence: sent,
		})
	}
	slices.SortStableFunc(hits, func(a, b pipeline.ThemeHit) int {
		return cmp.Or(cmp.Compare(a.Span.Start, b.Span.Start), cmp.Compare(a.Span.End, b.Span.End),
			strings.Compare(a.Theme, b.Theme))
	})
	return hits
}
