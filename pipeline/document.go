// Package pipeline holds commentariat's document model and the runner that
// moves documents through analysis stages concurrently, in input order, with
// cancellation and bounded memory.
//
// Read this file first. A Document is the article text plus everything the
// stages learn about it. Every position in the model is a Span: a half-open
// range of byte offsets into Document.Text, so that any table row can be
// joined back to the exact bytes it came from:
//
//	doc.Text[span.Start:span.End]
//
// Stages fill the Document in order (structure, then sentences and tokens,
// then the extractors); each one reads what earlier stages wrote and adds its
// own fields. Nothing in the model knows about Parquet or the command line.
package pipeline

import (
	"time"
)

// Span is a half-open range [Start, End) of byte offsets into Document.Text.
type Span struct {
	Start int
	End   int
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Empty reports whether the span covers no bytes.
func (s Span) Empty() bool { return s.End <= s.Start }

// In returns the text the span covers in src, or "" when the span does not
// fit src (so a corrupt span shows up as a mismatch rather than a panic).
func (s Span) In(src string) string {
	if s.Start < 0 || s.End > len(src) || s.Start > s.End {
		return ""
	}
	return src[s.Start:s.End]
}

// Contains reports whether o lies entirely inside s.
func (s Span) Contains(o Span) bool { return o.Start >= s.Start && o.End <= s.End }

// Overlap returns the number of bytes s and o share.
func (s Span) Overlap(o Span) int {
	lo, hi := max(s.Start, o.Start), min(s.End, o.End)
	if hi <= lo {
		return 0
	}
	return hi - lo
}

// Document is one article: its text, the metadata its input carried, and
// the annotations the stages add. The zero value is not useful; readers in
// package corpus build Documents with NewDocument.
type Document struct {
	// ID is the document's stable key: a hash of its normalised text (see
	// DocID), so the same article gets the same id in every run and batch.
	ID string

	// Origin says where the document came from: a file path ("-" for
	// standard input) and, for row-based inputs, the 1-based line or record
	// number. Format names the reader that produced it (txt, md, html,
	// jsonl, csv).
	Origin Origin

	// InputID is the id the input itself gave the article (a JSONL/CSV id
	// column), kept as written; empty when the input had none.
	InputID string

	// Title, Date, Source and URL are the article's bibliographic metadata,
	// from the input's fields or recognised in the text by the structure
	// stage. Date is the zero time when unknown; DateText keeps the date as
	// the input wrote it.
	Title    string
	Date     time.Time
	DateText string
	Source   string
	URL      string

	// Meta holds every other metadata field of the input, by name.
	Meta map[string]string

	// Text is the article text, valid UTF-8 with "\n" line ends. Every Span
	// in the model is an offset into it.
	Text string

	// Encoding names the character encoding the input was decoded from
	// ("utf-8", "windows-1252", ...).
	Encoding string

	// Header lists the lines the structure stage recognised as the
	// article's own title and dateline at the top of the text.
	Header Header

	// Paragraphs are the blank-line or layout separated blocks of the text.
	Paragraphs []Span

	// Sections are the parts of a multi-part article (a news report
	// followed by signed opinion pieces, say). Every document has at least
	// one section once the structure stage has run.
	Sections []Section

	// Sentences and Tokens come from the language stage. Tokens are in
	// text order; each sentence names the range of tokens it holds.
	Sentences []Sentence
	Tokens    []Token

	// Statements and Speakers come from the attribution stage: who said
	// what. Statement.Speaker indexes Speakers.
	Statements []Statement
	Speakers   []Speaker

	// Mentions and Entities come from the entity stage. Mention.Entity
	// indexes Entities.
	Mentions []Mention
	Entities []Entity

	// ThemeHits are the theme stage's dictionary matches, in text order;
	// KeyTerms the terms that characterise the document, best first.
	ThemeHits []ThemeHit
	KeyTerms  []KeyTerm

	// Tone is the sentiment stage's scores of every sentence, statement,
	// section and of the whole document.
	Tone Tone

	// Warnings collects non-fatal problems stages met (text truncated,
	// a date that did not parse); they are written to the errors table with
	// the document's origin so nothing is silently lost.
	Warnings []string
}

// Origin locates a document in its input.
type Origin struct {
	// Path is the file the document was read from, as given on the
	// command line or found while walking a folder; "-" is standard input.
	Path string
	// Line is the 1-based line (JSONL) or record (CSV) number, 0 for
	// whole-file formats.
	Line int
	// Format is the reader that produced the document: txt, md, html,
	// jsonl or csv.
	Format string
}

// Header is the article's own title and dateline, as found at the top of
// its text. Zero spans mean "not present".
type Header struct {
	Title Span
	Date  Span
}

// Section is one part of an article: the lead report or a signed piece.
type Section struct {
	// Index is the section's position in the document, from 0.
	Index int
	// Title is the section's heading as written ("" when it has none) and
	// TitleSpan where it stands.
	Title     string
	TitleSpan Span
	// Span covers the whole section: heading, body and signature block.
	Span Span
	// Body covers the section's text without heading and signature.
	Body Span
	// Signature holds the lines of the signature block (author name,
	// position, institution), in order, as written. Empty for an unsigned
	// section.
	Signature []SignatureLine
}

// SignatureLine is one line of a signature block.
type SignatureLine struct {
	Span Span
	Text string
}

// Sentence is one sentence of the text.
type Sentence struct {
	Span Span
	// Section and Paragraph index Document.Sections and
	// Document.Paragraphs; -1 when the sentence falls outside them.
	Section   int
	Paragraph int
	// Tokens is the half-open range of indexes into Document.Tokens.
	TokenStart int
	TokenEnd   int
}

// Token is one word or punctuation mark.
type Token struct {
	Span Span
	// Tag is the Penn Treebank part-of-speech tag.
	Tag string
	// Lower is the lower-cased form; Stem its Snowball (English) stem.
	Lower string
	Stem  string
	// Sentence indexes Document.Sentences.
	Sentence int
}

// SectionAt returns the index of the section containing byte offset off, or
// -1 when none does.
func (d *Document) SectionAt(off int) int {
	for i, s := range d.Sections {
		if off >= s.Span.Start && off < s.Span.End {
			return i
		}
	}
	return -1
}

// Warn records a non-fatal problem with the document.
func (d *Document) Warn(msg string) { d.Warnings = append(d.Warnings, msg) }
