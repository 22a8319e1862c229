package pipeline

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
)

// The annotations of the extraction stages. Each type is owned by the
// stage that fills it (named in its comment); the output package turns
// them into tables. A stage that has not run leaves its fields nil.

// Statement kinds.
const (
	// Direct is a quotation: words inside quotation marks.
	Direct = "direct"
	// Indirect is reported speech: "X said that ...", "according to X".
	Indirect = "indirect"
	// Authored is a signed piece: the whole text belongs to its author.
	Authored = "authored"
)

// Statement is a stretch of text attributed to a speaker (attribution
// stage).
type Statement struct {
	// Kind is Direct, Indirect or Authored.
	Kind string
	// Span is the attributed content: the words inside the quotation
	// marks, the reported clause, or the body of a signed piece.
	Span Span
	// Section is the index of the section holding the statement.
	Section int
	// Speaker indexes Document.Speakers; -1 when nobody could be named.
	Speaker int
	// CoSpeakers index the other speakers of a statement made jointly
	// ("Ann Smith and Bob Jones said"), Speaker being the first named;
	// nil for most statements.
	CoSpeakers []int
	// SpeakerText and SpeakerSpan are the words that name the speaker at
	// this statement, as written ("Tulindinova", "the expert", "he", "Ann
	// Smith and Bob Jones"); empty when the speaker was inferred from
	// context.
	SpeakerText string
	SpeakerSpan Span
	// Cue is the lower-cased verb or phrase that introduces the statement
	// ("said", "according to", "believes"); CueSpan its place. Authored
	// statements have the cue "signed" and the span of the signature.
	Cue     string
	CueSpan Span
}

// StatementID returns a statement's key, stable across runs: a hash of the
// document's id, the statement's kind and its span.
func StatementID(docID string, st Statement) string {
	return shortHash(docID, st.Kind, strconv.Itoa(st.Span.Start), strconv.Itoa(st.Span.End))
}

// StatementAt returns the index of the statement whose span contains sp,
// the innermost (shortest) one when several do, or -1.
func (d *Document) StatementAt(sp Span) int {
	best := -1
	for i, st := range d.Statements {
		if st.Span.Contains(sp) && (best < 0 || st.Span.Len() < d.Statements[best].Span.Len()) {
			best = i
		}
	}
	return best
}

// Speaker is one person (or institution) quoted in a document, with what
// the document says about them (attribution stage).
type Speaker struct {
	// ID is the corpus-wide speaker_id, derived from a normalised name key
	// (package internal/names) so that batches processed apart agree.
	ID string
	// Name is the fullest form of the name in the document ("Zhanar
	// Tulindinova"); Aliases the other forms it appears in.
	Name    string
	Aliases []string
	// Kind is Person for a person and Org for an institution or a group
	// quoted as such (a company, a party, a ministry, a newspaper, "the
	// Tories", a country's government). The attribution stage sets it;
	// the entity stage makes a person known by a name it finds to be an
	// organisation's or a group's an Org, with that entity's id, and
	// drops a speaker that only a "he" or "she" referred to when it
	// finds the name a place's, an event's or an organisation's.
	Kind string
	// Roles ("political scientist", "Director") and Affiliations
	// ("Institute of Ethnopolitical Studies") as the document gives them.
	Roles        []string
	Affiliations []string
	// Mentions are the places the speaker is named or referred to.
	Mentions []Span
}

// Entity types.
const (
	Person = "PERSON"
	Org    = "ORG"
	GPE    = "GPE"
	Loc    = "LOC"
	NORP   = "NORP"
	Event  = "EVENT"
	Law    = "LAW"
	Date   = "DATE"
)

// Mention is one place a named entity appears (entity stage).
type Mention struct {
	Span Span
	// Type is one of the entity type constants.
	Type string
	// Entity indexes Document.Entities.
	Entity int
	// Sentence indexes Document.Sentences; -1 outside any sentence.
	Sentence int
}

// Entity is one named thing a document mentions, its mentions resolved to
// it (entity stage).
type Entity struct {
	// ID is the corpus-wide entity_id, from a normalised key of the type
	// and canonical name; PERSON ids share the speaker normalisation, so a
	// speaker and the person mentioned are one id.
	ID   string
	Type string
	// Name is the canonical (fullest) name; Aliases the other forms seen.
	Name    string
	Aliases []string
}

// ThemeHit is one match of a theme dictionary entry (theme stage).
type ThemeHit struct {
	// Theme is the theme's name ("pluralism"), with nested categories
	// joined by "/" ("politics/pluralism").
	Theme string
	// Term is the dictionary entry that matched, as the dictionary writes
	// it; Span the matched text.
	Term string
	Span Span
	// Sentence indexes Document.Sentences; -1 outside any sentence.
	Sentence int
}

// KeyTerm is a term or phrase that characterises a document (theme
// stage).
type KeyTerm struct {
	// Term is the readable form (the most frequent surface form); Stem
	// the stemmed key it was counted under.
	Term  string
	Stem  string
	Score float64
	// Count is how often it occurs in the document.
	Count int
}

// ToneScore is the tone of one stretch of text (sentiment stage).
type ToneScore struct {
	// Valence is in [-1, 1]; Label is "negative", "neutral" or
	// "positive" by the thresholds package sentiment documents.
	Valence float64
	Label   string
	// Certainty is in [-1, 1]: hedged (negative) to assertive (positive).
	Certainty float64
	// Pos and Neg count positive and negative lexicon hits, Hedges and
	// Boosters the certainty hits; Sentences, Toned and Stanced count the
	// sentences behind an aggregate, those with valence hits and those with
	// certainty hits.
	Pos, Neg, Hedges, Boosters int
	Sentences, Toned, Stanced  int
	// Sum and Weight are the valence evidence behind Valence, which
	// aggregates pool: the weighted sum of the rated words' values on the
	// -4..+4 scale and the sum of their weights, with Valence =
	// Sum/(1+Weight)/4 clamped to [-1, 1] (in VADER mode,
	// Sum/√(Sum²+15), Weight unused).
	Sum, Weight float64
}

// Tone holds the tone of every level of a document (sentiment stage).
// Each slice parallels its counterpart in the Document.
type Tone struct {
	Sentences  []ToneScore
	Statements []ToneScore
	Sections   []ToneScore
	Document   ToneScore
	// Scored is set once the stage has run, so that a zero Document score
	// can be told from a missing one.
	Scored bool
}

// shortHash returns 16 hex digits of the SHA-256 of the parts joined by
// NUL bytes.
func shortHash(parts ...string) string {
	h := sha256.New()
	for i, p := range parts {
		if i > 0 {
			h.Write([]byte{0})
		}
		h.Write([]byte(p))
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}
