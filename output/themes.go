package output

import (
	"fmt"

	"github.com/commentariat/commentariat/extract/themes"
	"github.com/commentariat/commentariat/pipeline"
)

// batchKeyTermsTable is the table of a batch's key terms, written by
// Batch.AddBatchKeyTerms rather than from documents.
const batchKeyTermsTable = "batch_keyterms"

// ThemeRow is one row of the themes table: how often one theme's
// dictionary entries match in a document, a section or a statement (the
// theme stage's scores).
type ThemeRow struct {
	DocID string `parquet:"doc_id,dict"`
	Batch string `parquet:"batch,dict"`
	// StatementID joins statements.statement_id at statement level; null
	// otherwise.
	StatementID *string `parquet:"statement_id,optional"`
	// Section is the section's index at section level, the statement's
	// section at statement level; null at document level.
	Section *int32 `parquet:"section,optional"`
	// Level is "document", "section" or "statement".
	Level string `parquet:"level,dict"`
	// Theme is the dictionary category ("pluralism"; nested categories
	// joined by "/").
	Theme string `parquet:"theme,dict"`
	// Hits counts the theme's matches in the stretch and Rate is the hits
	// per 1,000 word tokens.
	Hits int32   `parquet:"hits"`
	Rate float64 `parquet:"rate"`
	// Present is true when the theme is discussed in substance rather
	// than in passing: at least 3 hits and 2 per 1,000 word tokens (the
	// rule that commentariat eval themes scores).
	Present bool `parquet:"present"`
	// Terms lists the distinct dictionary entries that matched, sorted.
	Terms []string `parquet:"terms,list"`
}

// ThemeHitRow is one row of the theme_hits table: one match of a theme
// dictionary entry, with its sentence as context.
type ThemeHitRow struct {
	DocID string `parquet:"doc_id,dict"`
	Batch string `parquet:"batch,dict"`
	// Theme is the dictionary category the entry belongs to.
	Theme string `parquet:"theme,dict"`
	// Term is the dictionary entry as written; Start/End and Text the
	// matched words.
	Term  string `parquet:"term,dict"`
	Start int64  `parquet:"start,delta"`
	End   int64  `parquet:"end,delta"`
	Text  string `parquet:"text"`
	// Sentence is the index of the sentence holding the match and Context
	// that sentence's text; null outside any sentence.
	Sentence *int32  `parquet:"sentence,optional"`
	Context  *string `parquet:"context,optional"`
	// StatementID is the innermost statement holding the match; null when
	// none does.
	StatementID *string `parquet:"statement_id,optional"`
}

// KeyTermRow is one row of the keyterms table: a term or phrase that
// characterises a document.
type KeyTermRow struct {
	DocID string `parquet:"doc_id,dict"`
	Batch string `parquet:"batch,dict"`
	// Term is the readable form (the most frequent written form) and Stem
	// the stemmed key it was counted under.
	Term string `parquet:"term"`
	Stem string `parquet:"stem"`
	// Score is the key-term score, Rank the position from 1 (best) and
	// Count how often the term occurs in the document.
	Score float64 `parquet:"score"`
	Rank  int32   `parquet:"rank"`
	Count int32   `parquet:"count"`
}

// BatchKeyTermRow is one row of the batch_keyterms table: a term or
// phrase that characterises a whole batch.
type BatchKeyTermRow struct {
	Batch string `parquet:"batch,dict"`
	// Term, Stem and Score as in keyterms; Rank from 1 (best); Count the
	// term's occurrences over the batch's documents where it was key.
	Term  string  `parquet:"term"`
	Stem  string  `parquet:"stem"`
	Score float64 `parquet:"score"`
	Rank  int32   `parquet:"rank"`
	Count int32   `parquet:"count"`
}

func themeRows(d *pipeline.Document, batch string) []ThemeRow {
	if len(d.ThemeHits) == 0 {
		return nil
	}
	scores := themes.Scores(d)
	rows := make([]ThemeRow, 0, len(scores))
	for _, s := range scores {
		r := ThemeRow{
			DocID:   d.ID,
			Batch:   batch,
			Level:   s.Level,
			Theme:   s.Theme,
			Hits:    int32(s.Hits),
			Rate:    s.Rate,
			Present: s.Present(),
			Terms:   nonNil(s.Terms),
		}
		switch s.Level {
		case themes.Section:
			r.Section = index32(s.Section)
		case themes.Statement:
			if s.Statement >= 0 && s.Statement < len(d.Statements) {
				st := d.Statements[s.Statement]
				r.StatementID = ptr(pipeline.StatementID(d.ID, st))
				r.Section = index32(st.Section)
			}
		}
		rows = append(rows, r)
	}
	return rows
}

func themeHitRows(d *pipeline.Document, batch string) []ThemeHitRow {
	if len(d.ThemeHits) == 0 {
		return nil
	}
	rows := make([]ThemeHitRow, len(d.ThemeHits))
	for i, h := range d.ThemeHits {
		r := ThemeHitRow{
			DocID: d.ID,
			Batch: batch,
			Theme: h.Theme,
			Term:  h.Term,
			Start: int64(h.Span.Start),
			End:   int64(h.Span.End),
			Text:  h.Span.In(d.Text),
		}
		if h.Sentence >= 0 && h.Sentence < len(d.Sentences) {
			r.Sentence = index32(h.Sentence)
			r.Context = ptr(d.Sentences[h.Sentence].Span.In(d.Text))
		}
		if st := d.StatementAt(h.Span); st >= 0 {
			r.StatementID = ptr(pipeline.StatementID(d.ID, d.Statements[st]))
		}
		rows[i] = r
	}
	return rows
}

func keyTermRows(d *pipeline.Document, batch string) []KeyTermRow {
	if len(d.KeyTerms) == 0 {
		return nil
	}
	rows := make([]KeyTermRow, len(d.KeyTerms))
	for i, k := range d.KeyTerms {
		rows[i] = KeyTermRow{
			DocID: d.ID, Batch: batch, Term: k.Term, Stem: k.Stem,
			Score: k.Score, Rank: int32(i + 1), Count: int32(k.Count),
		}
	}
	return rows
}

// AddBatchKeyTerms writes the batch's key terms (best first, as
// themes.BatchTerms.Top returns them) to the batch_keyterms table. Call it
// once, after the last Add and before Commit; a later call adds more rows.
func (b *Batch) AddBatchKeyTerms(terms []pipeline.KeyTerm) error {
	if b.done {
		return errBatchClosed
	}
	rows := make([]BatchKeyTermRow, len(terms))
	for i, k := range terms {
		rows[i] = BatchKeyTermRow{
			Batch: b.id, Term: k.Term, Stem: k.Stem,
			Score: k.Score, Rank: int32(b.batchTermsRank + i + 1), Count: int32(k.Count),
		}
	}
	b.batchTermsRank += len(terms)
	if err := b.batchTerms.write(rows); err != nil {
		return fmt.Errorf("batch %s: %s: %w", b.id, batchKeyTermsTable, err)
	}
	return nil
}
