package output

import (
	"slices"

	"github.com/commentariat/commentariat/pipeline"
)

// MentionRow is one row of the mentions table: one place a named entity
// appears in a document (the entity stage's mentions).
type MentionRow struct {
	DocID string `parquet:"doc_id,dict"`
	Batch string `parquet:"batch,dict"`
	// EntityID joins doc_entities.entity_id and entities.entity_id; a
	// PERSON's id is also their speaker_id.
	EntityID string `parquet:"entity_id,dict"`
	// Type is the mention's entity type: PERSON, ORG, GPE, LOC, NORP,
	// EVENT, LAW or DATE.
	Type string `parquet:"type,dict"`
	// Start and End are the mention's byte span; Text the words as
	// written there.
	Start int64  `parquet:"start,delta"`
	End   int64  `parquet:"end,delta"`
	Text  string `parquet:"text"`
	// Sentence is the index of the sentence holding the mention; null
	// outside any sentence (a signature line, say).
	Sentence *int32 `parquet:"sentence,optional"`
	// StatementID is the innermost statement holding the mention; null
	// when none does.
	StatementID *string `parquet:"statement_id,optional"`
}

// DocEntityRow is one row of the doc_entities table: one named entity of
// one document, its mentions resolved to it. The corpus-wide entities
// table is rebuilt from these rows.
type DocEntityRow struct {
	DocID string `parquet:"doc_id"`
	Batch string `parquet:"batch,dict"`
	// EntityID is the corpus-wide id, derived from the type and a
	// normalised name (package internal/names), so every batch agrees.
	EntityID string `parquet:"entity_id"`
	// Type is PERSON, ORG, GPE, LOC, NORP, EVENT, LAW or DATE.
	Type string `parquet:"type,dict"`
	// Name is the fullest form the document gives; Aliases the other
	// forms it uses (surname alone, acronym, upper-case spelling), sorted.
	Name    string   `parquet:"name"`
	Aliases []string `parquet:"aliases,list"`
	// NMentions counts the entity's mentions in the document.
	NMentions int32 `parquet:"n_mentions"`
	// FirstStart is the byte offset of the entity's first mention.
	FirstStart int64 `parquet:"first_start"`
}

func mentionRows(d *pipeline.Document, batch string) []MentionRow {
	if len(d.Mentions) == 0 {
		return nil
	}
	rows := make([]MentionRow, 0, len(d.Mentions))
	for _, m := range d.Mentions {
		if m.Entity < 0 || m.Entity >= len(d.Entities) {
			continue
		}
		r := MentionRow{
			DocID:    d.ID,
			Batch:    batch,
			EntityID: d.Entities[m.Entity].ID,
			Type:     m.Type,
			Start:    int64(m.Span.Start),
			End:      int64(m.Span.End),
			Text:     m.Span.In(d.Text),
		}
		if m.Sentence >= 0 && m.Sentence < len(d.Sentences) {
			r.Sentence = index32(m.Sentence)
		}
		if st := d.StatementAt(m.Span); st >= 0 {
			r.StatementID = ptr(pipeline.StatementID(d.ID, d.Statements[st]))
		}
		rows = append(rows, r)
	}
	return rows
}

func docEntityRows(d *pipeline.Document, batch string) []DocEntityRow {
	if len(d.Entities) == 0 {
		return nil
	}
	counts := make([]int32, len(d.Entities))
	first := make([]int64, len(d.Entities))
	for i := range first {
		first[i] = -1
	}
	for _, m := range d.Mentions {
		if m.Entity < 0 || m.Entity >= len(d.Entities) {
			continue
		}
		counts[m.Entity]++
		if first[m.Entity] < 0 || int64(m.Span.Start) < first[m.Entity] {
			first[m.Entity] = int64(m.Span.Start)
		}
	}
	rows := make([]DocEntityRow, 0, len(d.Entities))
	for i, e := range d.Entities {
		aliases := slices.Clone(nonNil(e.Aliases))
		slices.Sort(aliases)
		rows = append(rows, DocEntityRow{
			DocID: d.ID, Batch: batch, EntityID: e.ID, Type: e.Type,
			Name: e.Name, Aliases: slices.Compact(aliases),
			NMentions: counts[i], FirstStart: max(first[i], 0),
		})
	}
	return rows
}
