package output

import (
	"github.com/commentariat/commentariat/internal/names"
	"github.com/commentariat/commentariat/pipeline"
)

// StatementRow is one row of the statements table: one stretch of text
// attributed to a speaker (the attribution stage's Document.Statements).
type StatementRow struct {
	DocID string `parquet:"doc_id,dict"`
	Batch string `parquet:"batch,dict"`
	// StatementID is the statement's key, stable across runs: a hash of
	// the document id, the kind and the span.
	StatementID string `parquet:"statement_id"`
	// Section is the index of the section holding the statement.
	Section int32 `parquet:"section"`
	// SpeakerID joins doc_speakers.speaker_id and speakers.speaker_id;
	// null when nobody could be named ("a source").
	SpeakerID *string `parquet:"speaker_id,optional,dict"`
	// Speaker is the speaker's name (or descriptor, or pronoun) as written
	// at the statement; null when the speaker was inferred from context.
	// SpeakerName is the speaker's canonical name in the document; null
	// when SpeakerID is.
	Speaker     *string `parquet:"speaker,optional"`
	SpeakerName *string `parquet:"speaker_name,optional,dict"`
	// CoSpeakerIDs are the ids of the other speakers of a statement made
	// jointly ("Ann Smith and Bob Jones said": speaker_id is Ann Smith's,
	// co_speaker_ids holds Bob Jones's); empty for most statements. To
	// count statements per speaker, unnest speaker_id with this list.
	CoSpeakerIDs []string `parquet:"co_speaker_ids,list"`
	// Kind is direct, indirect or authored.
	Kind string `parquet:"kind,dict"`
	// Cue is the lower-cased verb or phrase that introduces the statement
	// ("said", "according to"; "signed" for a signed piece, "transcript"
	// for a turn of a transcript) and
	// CueStart/CueEnd its place; null when there was none.
	Cue      string `parquet:"cue,dict"`
	CueStart *int64 `parquet:"cue_start,optional"`
	CueEnd   *int64 `parquet:"cue_end,optional"`
	// Start/End locate the attributed content, Text holds it.
	Start int64  `parquet:"start"`
	End   int64  `parquet:"end"`
	Text  string `parquet:"text"`
}

// DocSpeakerRow is one row of the doc_speakers table: one speaker of one
// document with what that document says about them. The corpus-wide
// speakers table is rebuilt from it after every batch.
type DocSpeakerRow struct {
	DocID string `parquet:"doc_id,dict"`
	Batch string `parquet:"batch,dict"`
	// SpeakerID is the corpus-wide id (from a normalised name key).
	SpeakerID string `parquet:"speaker_id"`
	// Name is the fullest form of the name in the document; Aliases the
	// other forms it appears in.
	Name    string   `parquet:"name"`
	Aliases []string `parquet:"aliases,list"`
	// Kind is PERSON for a person, ORG for an institution or a group quoted
	// as such (a company, a party, a ministry, a newspaper, "the Tories",
	// a country's government).
	Kind string `parquet:"kind,dict"`
	// Roles and Affiliations as the document gives them.
	Roles        []string `parquet:"roles,list"`
	Affiliations []string `parquet:"affiliations,list"`
	// NStatements counts the speaker's statements in the document (those
	// made jointly with others included) and
	// NMentions the places the speaker is named or referred to.
	NStatements int32 `parquet:"n_statements"`
	NMentions   int32 `parquet:"n_mentions"`
}

func statementRows(d *pipeline.Document, batch string) []StatementRow {
	if len(d.Statements) == 0 {
		return nil
	}
	rows := make([]StatementRow, 0, len(d.Statements))
	for _, st := range d.Statements {
		r := StatementRow{
			DocID:        d.ID,
			Batch:        batch,
			StatementID:  pipeline.StatementID(d.ID, st),
			Section:      int32(max(st.Section, 0)),
			Speaker:      nonEmpty(st.SpeakerText),
			CoSpeakerIDs: []string{},
			Kind:         st.Kind,
			Cue:          st.Cue,
			Start:        int64(st.Span.Start),
			End:          int64(st.Span.End),
			Text:         st.Span.In(d.Text),
		}
		if st.Speaker >= 0 && st.Speaker < len(d.Speakers) {
			sp := d.Speakers[st.Speaker]
			r.SpeakerID = nonEmpty(sp.ID)
			r.SpeakerName = nonEmpty(sp.Name)
		}
		for _, c := range st.CoSpeakers {
			if c >= 0 && c < len(d.Speakers) && d.Speakers[c].ID != "" {
				r.CoSpeakerIDs = append(r.CoSpeakerIDs, d.Speakers[c].ID)
			}
		}
		r.CueStart, r.CueEnd = spanOrNull(st.CueSpan)
		rows = append(rows, r)
	}
	return rows
}

func docSpeakerRows(d *pipeline.Document, batch string) []DocSpeakerRow {
	if len(d.Speakers) == 0 {
		return nil
	}
	counts := make([]int32, len(d.Speakers))
	for _, st := range d.Statements {
		if st.Speaker >= 0 && st.Speaker < len(counts) {
			counts[st.Speaker]++
		}
		for _, c := range st.CoSpeakers {
			if c >= 0 && c < len(counts) {
				counts[c]++
			}
		}
	}
	rows := make([]DocSpeakerRow, 0, len(d.Speakers))
	for i, sp := range d.Speakers {
		if sp.ID == "" {
			continue
		}
		rows = append(rows, DocSpeakerRow{
			DocID:        d.ID,
			Batch:        batch,
			SpeakerID:    sp.ID,
			Name:         sp.Name,
			Aliases:      nonNil(sp.Aliases),
			Kind:         speakerKind(sp.Kind, sp.ID, sp.Name),
			Roles:        nonNil(sp.Roles),
			Affiliations: nonNil(sp.Affiliations),
			NStatements:  counts[i],
			NMentions:    int32(len(sp.Mentions)),
		})
	}
	return rows
}

// nonNil returns an empty list for nil, so a list column is never null.
func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// speakerKind is a speaker's kind, PERSON or ORG: kind when the
// attribution stage set it, else what the speaker's id says (a person's
// id is the person id of their name; an institution's is of another kind).
func speakerKind(kind, id, name string) string {
	if kind != "" {
		return kind
	}
	if id != "" && names.PersonID(name) == id {
		return pipeline.Person
	}
	return pipeline.Org
}
