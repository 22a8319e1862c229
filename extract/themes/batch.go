package themes

import (
	"cmp"
	"slices"

	"github.com/commentariat/commentariat/pipeline"
)

// BatchTerms accumulates the key terms of a batch of documents. A term's
// batch score is the sum over documents of its key-term score relative to
// the document's best (so each document weighs at most 1 per term): terms
// that are key in many documents come first. It is not safe for concurrent
// use: call Add from one goroutine, in input order.
//
// Its memory is bounded whatever the size of the batch: once it holds
// maxBatchTerms terms it keeps the best half and forgets the rest (as in
// lossy counting), so a term that is key in a handful of documents may be
// forgotten while the terms that recur across the batch, the ones Top
// returns, are counted in full. The result depends only on the documents
// and their order.
type BatchTerms struct {
	terms map[string]*batchTerm
	next  int
	limit int
}

// maxBatchTerms is how many distinct terms a BatchTerms holds before it
// prunes (about 200 bytes each).
const maxBatchTerms = 100_000

type batchTerm struct {
	stem  string
	score float64
	count int
	forms map[string]int
	order int
}

// NewBatchTerms returns an empty accumulator.
func NewBatchTerms() *BatchTerms {
	return &BatchTerms{terms: map[string]*batchTerm{}, limit: maxBatchTerms}
}

// Add counts the key terms of doc (Document.KeyTerms, as the stage left
// them).
func (b *BatchTerms) Add(doc *pipeline.Document) {
	if len(doc.KeyTerms) == 0 {
		return
	}
	top := doc.KeyTerms[0].Score
	for _, k := range doc.KeyTerms {
		top = max(top, k.Score)
	}
	if top <= 0 {
		return
	}
	for _, k := range doc.KeyTerms {
		t := b.terms[k.Stem]
		if t == nil {
			t = &batchTerm{stem: k.Stem, forms: map[string]int{}, order: b.next}
			b.next++
			b.terms[k.Stem] = t
		}
		t.score += k.Score / top
		t.count += k.Count
		t.forms[k.Term] += k.Count
	}
	if len(b.terms) > b.limit {
		b.prune()
	}
}

// prune keeps the best half of the terms.
func (b *BatchTerms) prune() {
	for _, t := range b.ranked()[b.limit/2:] {
		delete(b.terms, t.stem)
	}
}

// ranked returns the terms best first, ties broken by stem.
func (b *BatchTerms) ranked() []*batchTerm {
	list := make([]*batchTerm, 0, len(b.terms))
	for _, t := range b.terms {
		list = append(list, t)
	}
	slices.SortFunc(list, func(x, y *batchTerm) int {
		return cmp.Or(cmp.Compare(y.score, x.score), cmp.Compare(x.stem, y.stem))
	})
	return list
}

// Top returns the n best terms of the batch (all when n <= 0), best
// first, ties broken by stem.
func (b *BatchTerms) Top(n int) []pipeline.KeyTerm {
	list := b.ranked()
	if n > 0 && len(list) > n {
		list = list[:n]
	}
	out := make([]pipeline.KeyTerm, len(list))
	for i, t := range list {
		form, fn := t.stem, 0
		for f, c := range t.forms {
			if c > fn || (c == fn && f < form) {
				form, fn = f, c
			}
		}
		out[i] = pipeline.KeyTerm{Term: form, Stem: t.stem, Score: t.score, Count: t.count}
	}
	return out
}
