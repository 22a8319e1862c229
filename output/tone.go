package output

import (
	"github.com/commentariat/commentariat/pipeline"
)

// Levels of the tone table.
const (
	toneDocument  = "document"
	toneSection   = "section"
	toneStatement = "statement"
	toneSentence  = "sentence"
)

// ToneRow is one row of the tone table: the tone of one stretch of a
// document (the tone stage's Document.Tone), at one of four levels. Every
// document the tone stage scored has one "document" row, one "section" row
// per section, one "statement" row per statement and one "sentence" row per
// sentence; the columns that locate the row (statement_id, section,
// sentence) are set as the level allows and null otherwise. The label
// thresholds are package sentiment's (valence above +0.05 is positive,
// below -0.05 negative).
//
// One long table rather than columns on sentences and statements keeps
// every level comparable in one query:
//
//	SELECT level, avg(valence) FROM tone GROUP BY level
type ToneRow struct {
	DocID string `parquet:"doc_id,dict"`
	Batch string `parquet:"batch,dict"`
	// Level is "document", "section", "statement" or "sentence".
	Level string `parquet:"level,dict"`
	// StatementID joins statements.statement_id on statement rows; null on
	// the other levels.
	StatementID *string `parquet:"statement_id,optional"`
	// Section is the section index on section rows and on statement and
	// sentence rows (the section holding them); null on the document row
	// and where the section is unknown.
	Section *int32 `parquet:"section,optional"`
	// Sentence is the sentence index (sentences.sentence) on sentence rows;
	// null on the other levels.
	Sentence *int32 `parquet:"sentence,optional"`
	// Valence is the tone in [-1, 1]; Label its reading (negative,
	// neutral, positive).
	Valence float64 `parquet:"valence"`
	Label   string  `parquet:"label,dict"`
	// Certainty is in [-1, 1]: hedged below 0, assertive above.
	Certainty float64 `parquet:"certainty"`
	// Pos and Neg count the positive and negative valence hits, Hedges and
	// Boosters the certainty markers.
	Pos      int32 `parquet:"pos"`
	Neg      int32 `parquet:"neg"`
	Hedges   int32 `parquet:"hedges"`
	Boosters int32 `parquet:"boosters"`
	// Sentences counts the sentences behind the score, Toned those with
	// any valence hit and Stanced those with any certainty marker (the
	// ones the certainty averages: weight certainty by it to re-aggregate
	// rows in a notebook).
	Sentences int32 `parquet:"sentences"`
	Toned     int32 `parquet:"toned"`
	Stanced   int32 `parquet:"stanced"`
	// Sum and Weight are the evidence behind the valence: the weighted sum
	// of the rated words' values (on the raters' -4..+4 scale) and the sum
	// of their weights, so that valence = Sum / (1 + Weight) / 4, clamped
	// to [-1, 1]. Add up both columns over any rows (a speaker's
	// statements, a month's documents) and apply the same formula to
	// re-aggregate exactly as the tool does. (In a run with VADER's rules,
	// valence = Sum / sqrt(Sum² + 15).)
	Sum    float64 `parquet:"valence_sum"`
	Weight float64 `parquet:"valence_weight"`
}

// toneRows returns the tone table's rows for d: none when the tone stage
// did not run, else the document row, then sections, statements and
// sentences in their Document order.
func toneRows(d *pipeline.Document, batch string) []ToneRow {
	t := &d.Tone
	if !t.Scored {
		return nil
	}
	rows := make([]ToneRow, 0, 1+len(t.Sections)+len(t.Statements)+len(t.Sentences))
	row := func(level string, s pipeline.ToneScore) *ToneRow {
		rows = append(rows, ToneRow{
			DocID: d.ID, Batch: batch, Level: level,
			Valence: s.Valence, Label: s.Label, Certainty: s.Certainty,
			Pos: int32(s.Pos), Neg: int32(s.Neg), Hedges: int32(s.Hedges), Boosters: int32(s.Boosters),
			Sentences: int32(s.Sentences), Toned: int32(s.Toned), Stanced: int32(s.Stanced),
			Sum: s.Sum, Weight: s.Weight,
		})
		return &rows[len(rows)-1]
	}
	row(toneDocument, t.Document)
	for i, s := range t.Sections {
		row(toneSection, s).Section = index32(i)
	}
	for i, s := range t.Statements {
		r := row(toneStatement, s)
		if i < len(d.Statements) {
			st := d.Statements[i]
			r.StatementID = ptr(pipeline.StatementID(d.ID, st))
			r.Section = index32(st.Section)
		}
	}
	for i, s := range t.Sentences {
		r := row(toneSentence, s)
		r.Sentence = index32(i)
		if i < len(d.Sentences) {
			r.Section = index32(d.Sentences[i].Section)
		}
	}
	return rows
}
