package output

import (
	"reflect"
	"testing"

	"github.com/commentariat/commentariat/pipeline"
)

func TestToneRows(t *testing.T) {
	pos := pipeline.ToneScore{Valence: 0.5, Label: "positive", Pos: 1, Sentences: 1, Toned: 1}
	neg := pipeline.ToneScore{Valence: -0.4, Label: "negative", Neg: 2, Hedges: 1, Certainty: -0.5, Sentences: 1, Toned: 1, Stanced: 1}
	d := &pipeline.Document{
		ID:   "d1",
		Text: "Good. Bad.",
		Sentences: []pipeline.Sentence{
			{Span: pipeline.Span{Start: 0, End: 5}, Section: 0},
			{Span: pipeline.Span{Start: 6, End: 10}, Section: -1},
		},
		Sections:   []pipeline.Section{{Span: pipeline.Span{Start: 0, End: 10}}},
		Statements: []pipeline.Statement{{Kind: pipeline.Direct, Span: pipeline.Span{Start: 6, End: 10}, Section: 0}},
		Tone: pipeline.Tone{
			Sentences:  []pipeline.ToneScore{pos, neg},
			Statements: []pipeline.ToneScore{neg},
			Sections:   []pipeline.ToneScore{pos},
			Document:   pos,
			Scored:     true,
		},
	}
	rows := toneRows(d, "b1")
	if len(rows) != 5 {
		t.Fatalf("%d rows, want 5", len(rows))
	}
	levels := []string{"document", "section", "statement", "sentence", "sentence"}
	for i, r := range rows {
		if r.Level != levels[i] || r.DocID != "d1" || r.Batch != "b1" {
			t.Errorf("row %d = %+v", i, r)
		}
	}
	if r := rows[0]; r.Section != nil || r.Sentence != nil || r.StatementID != nil || r.Label != "positive" || r.Toned != 1 {
		t.Errorf("document row %+v", r)
	}
	if r := rows[1]; r.Section == nil || *r.Section != 0 || r.Sentence != nil {
		t.Errorf("section row %+v", r)
	}
	if r := rows[2]; r.StatementID == nil || *r.StatementID != pipeline.StatementID("d1", d.Statements[0]) ||
		r.Neg != 2 || r.Hedges != 1 || r.Certainty != -0.5 || r.Stanced != 1 || r.Sentence != nil {
		t.Errorf("statement row %+v", r)
	}
	if r := rows[3]; r.Sentence == nil || *r.Sentence != 0 || *r.Section != 0 {
		t.Errorf("sentence row %+v", r)
	}
	if r := rows[4]; r.Sentence == nil || *r.Sentence != 1 || r.Section != nil || r.Valence != -0.4 {
		t.Errorf("sentence row %+v", r)
	}
	d.Tone.Scored = false
	if toneRows(d, "b1") != nil {
		t.Error("rows for a document the tone stage did not score")
	}
	// A tone result longer than the document's annotations must not panic.
	d.Tone = pipeline.Tone{Statements: []pipeline.ToneScore{pos, pos}, Sentences: []pipeline.ToneScore{pos, pos, pos}, Scored: true}
	if n := len(toneRows(d, "b1")); n != 6 {
		t.Errorf("%d rows, want 6", n)
	}
}

// TestToneRowCoversToneScore: every field of pipeline.ToneScore has a
// column of the same name in ToneRow carrying its value, so a field added
// to the model cannot be silently left out of the table.
func TestToneRowCoversToneScore(t *testing.T) {
	var s pipeline.ToneScore
	sv := reflect.ValueOf(&s).Elem()
	for i := 0; i < sv.NumField(); i++ {
		f := sv.Field(i)
		switch f.Kind() {
		case reflect.Int:
			f.SetInt(int64(i + 1))
		case reflect.Float64:
			f.SetFloat(float64(i+1) / 100)
		case reflect.String:
			f.SetString("label")
		default:
			t.Fatalf("ToneScore.%s: unhandled kind %s", sv.Type().Field(i).Name, f.Kind())
		}
	}
	d := &pipeline.Document{ID: "d", Tone: pipeline.Tone{Document: s, Scored: true}}
	rows := toneRows(d, "b")
	if len(rows) != 1 {
		t.Fatalf("%d rows, want 1", len(rows))
	}
	rv := reflect.ValueOf(rows[0])
	for i := 0; i < sv.NumField(); i++ {
		name := sv.Type().Field(i).Name
		col := rv.FieldByName(name)
		if !col.IsValid() {
			t.Errorf("ToneRow has no column for ToneScore.%s", name)
			continue
		}
		var got, want any
		switch sv.Field(i).Kind() {
		case reflect.Int:
			got, want = col.Int(), sv.Field(i).Int()
		case reflect.Float64:
			got, want = col.Float(), sv.Field(i).Float()
		default:
			got, want = col.String(), sv.Field(i).String()
		}
		if got != want {
			t.Errorf("ToneRow.%s = %v, want %v", name, got, want)
		}
	}
}
