package output

import (
	"testing"

	"github.com/commentariat/commentariat/pipeline"
)

func TestStatementRows(t *testing.T) {
	d := &pipeline.Document{
		ID:   "d1",
		Text: `"We are ready," said Ana Pike. A source said more.`,
		Speakers: []pipeline.Speaker{{ID: "s1", Name: "Ana Pike", Roles: []string{"mayor"},
			Mentions: []pipeline.Span{{Start: 21, End: 29}}}},
		Statements: []pipeline.Statement{
			{Kind: pipeline.Direct, Span: pipeline.Span{Start: 1, End: 14}, Speaker: 0,
				SpeakerText: "Ana Pike", SpeakerSpan: pipeline.Span{Start: 21, End: 29},
				Cue: "said", CueSpan: pipeline.Span{Start: 16, End: 20}},
			{Kind: pipeline.Indirect, Span: pipeline.Span{Start: 46, End: 50}, Speaker: -1,
				SpeakerText: "A source", Cue: "said", CueSpan: pipeline.Span{Start: 40, End: 44}},
		},
	}
	rows := statementRows(d, "b1")
	if len(rows) != 2 {
		t.Fatalf("%d rows", len(rows))
	}
	r := rows[0]
	if r.Text != "We are ready," || r.SpeakerID == nil || *r.SpeakerID != "s1" || *r.SpeakerName != "Ana Pike" ||
		*r.Speaker != "Ana Pike" || *r.CueStart != 16 || r.StatementID != pipeline.StatementID("d1", d.Statements[0]) {
		t.Errorf("row 0 = %+v", r)
	}
	if r := rows[1]; r.SpeakerID != nil || r.SpeakerName != nil || r.Speaker == nil || *r.Speaker != "A source" {
		t.Errorf("row 1: speaker_id %v speaker_name %v speaker %v", r.SpeakerID, r.SpeakerName, r.Speaker)
	}
	sp := docSpeakerRows(d, "b1")
	if len(sp) != 1 || sp[0].NStatements != 1 || sp[0].NMentions != 1 || sp[0].Aliases == nil || sp[0].Roles[0] != "mayor" {
		t.Errorf("doc_speakers = %+v", sp)
	}
	if statementRows(&pipeline.Document{}, "b") != nil || docSpeakerRows(&pipeline.Document{}, "b") != nil {
		t.Error("rows for a document without statements")
	}
}

// TestJointStatementRows: a statement made jointly lists its other
// speakers' ids and counts for each of them in doc_speakers.
func TestJointStatementRows(t *testing.T) {
	d := &pipeline.Document{
		ID:   "d1",
		Text: `Ann Smith and Bob Jones said it would fail. Bob Jones said more.`,
		Speakers: []pipeline.Speaker{
			{ID: "s1", Name: "Ann Smith", Mentions: []pipeline.Span{{Start: 0, End: 9}}},
			{ID: "s2", Name: "Bob Jones", Mentions: []pipeline.Span{{Start: 14, End: 23}, {Start: 44, End: 53}}},
		},
		Statements: []pipeline.Statement{
			{Kind: pipeline.Indirect, Span: pipeline.Span{Start: 29, End: 43}, Speaker: 0, CoSpeakers: []int{1}, Cue: "said"},
			{Kind: pipeline.Indirect, Span: pipeline.Span{Start: 59, End: 64}, Speaker: 1, Cue: "said"},
		},
	}
	rows := statementRows(d, "b1")
	if len(rows) != 2 || len(rows[0].CoSpeakerIDs) != 1 || rows[0].CoSpeakerIDs[0] != "s2" ||
		rows[1].CoSpeakerIDs == nil || len(rows[1].CoSpeakerIDs) != 0 {
		t.Fatalf("rows = %+v", rows)
	}
	n := map[string]int32{}
	for _, r := range docSpeakerRows(d, "b1") {
		n[r.SpeakerID] = r.NStatements
	}
	if n["s1"] != 1 || n["s2"] != 2 {
		t.Errorf("n_statements = %v, want s1 1, s2 2", n)
	}
}
