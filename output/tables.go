package output

import (
	"github.com/commentariat/commentariat/pipeline"
)

// The tables written from each new document, in the order they are
// written. A new table is one row struct, one rows function and one line
// here; the errors table, built from problems rather than documents, is
// written by Batch.Add itself (see errors.go).
func documentTables(opts Options) []table {
	ts := []table{
		tableSpec[DocumentRow]{"documents", documentRows},
		tableSpec[SectionRow]{"sections", sectionRows},
		tableSpec[SentenceRow]{"sentences", sentenceRows},
		tableSpec[StatementRow]{"statements", statementRows},
		tableSpec[DocSpeakerRow]{"doc_speakers", docSpeakerRows},
		tableSpec[MentionRow]{"mentions", mentionRows},
		tableSpec[DocEntityRow]{"doc_entities", docEntityRows},
		tableSpec[ThemeRow]{"themes", themeRows},
		tableSpec[ThemeHitRow]{"theme_hits", themeHitRows},
		tableSpec[KeyTermRow]{"keyterms", keyTermRows},
		tableSpec[ToneRow]{"tone", toneRows},
	}
	if opts.Tokens {
		ts = append(ts, tableSpec[TokenRow]{"tokens", tokenRows})
	}
	return ts
}

// DocumentRow is one row of the documents table: one article, its
// metadata, its full text and how many parts the stages found in it.
// Every span column of every table is a half-open range of byte offsets
// into this table's text column.
type DocumentRow struct {
	// DocID is the document's key (pipeline.DocID), on every table.
	DocID string `parquet:"doc_id"`
	// Batch is the batch that added the row; also the batch=<id>
	// partition folder the file sits in.
	Batch string `parquet:"batch,dict"`
	// InputID is the id the input gave the article; null when it had none.
	InputID *string `parquet:"input_id,optional"`
	// SourcePath is the file the document was read from ("-" for standard
	// input) and SourceLine its 1-based line or record number, null for
	// whole-file formats.
	SourcePath string `parquet:"source_path,dict"`
	SourceLine *int32 `parquet:"source_line,optional"`
	// Format is the reader that produced the document (txt, md, html,
	// jsonl, csv) and Encoding the character encoding it was decoded from.
	Format   string `parquet:"format,dict"`
	Encoding string `parquet:"encoding,dict"`
	// Title is the article's title; null when unknown.
	Title *string `parquet:"title,optional"`
	// Published is the publication date (DATE: days since 1970-01-01),
	// null when unknown; PublishedText is the date as the input wrote it.
	Published     *int32  `parquet:"published,date,optional"`
	PublishedText *string `parquet:"published_text,optional"`
	// Source is the outlet and URL the article's address; null when unknown.
	Source *string `parquet:"source,optional,dict"`
	URL    *string `parquet:"url,optional"`
	// Metadata holds the input's other fields as a JSON object with sorted
	// keys; null when there were none.
	Metadata *string `parquet:"metadata,optional"`
	// Text is the article text every span points into.
	Text string `parquet:"text"`
	// NBytes is len(text); NParagraphs, NSections, NSentences and NTokens
	// count the document's paragraphs, sections, sentences and tokens (the
	// tokens table holds rows only when it is enabled).
	NBytes      int64 `parquet:"n_bytes"`
	NParagraphs int32 `parquet:"n_paragraphs"`
	NSections   int32 `parquet:"n_sections"`
	NSentences  int32 `parquet:"n_sentences"`
	NTokens     int32 `parquet:"n_tokens"`
	// TitleStart/TitleEnd and DateStart/DateEnd locate the title and
	// dateline lines at the top of the text; null when absent.
	TitleStart *int64 `parquet:"title_start,optional"`
	TitleEnd   *int64 `parquet:"title_end,optional"`
	DateStart  *int64 `parquet:"date_start,optional"`
	DateEnd    *int64 `parquet:"date_end,optional"`
}

// SectionRow is one row of the sections table: one part of an article
// (the lead report, or a signed opinion piece).
type SectionRow struct {
	DocID string `parquet:"doc_id,dict"`
	Batch string `parquet:"batch,dict"`
	// Section is the section's index in the document, from 0.
	Section int32 `parquet:"section"`
	// Title is the section heading as written and TitleStart/TitleEnd
	// where it stands; all null for a section without heading.
	Title      *string `parquet:"title,optional"`
	TitleStart *int64  `parquet:"title_start,optional"`
	TitleEnd   *int64  `parquet:"title_end,optional"`
	// Start/End cover the whole section, heading and signature included;
	// BodyStart/BodyEnd its text without them.
	Start     int64 `parquet:"start"`
	End       int64 `parquet:"end"`
	BodyStart int64 `parquet:"body_start"`
	BodyEnd   int64 `parquet:"body_end"`
	// Signature lists the signature block's lines as written (author,
	// position, institution); empty for an unsigned section.
	// SignatureStart/SignatureEnd cover the block, null when unsigned.
	Signature      []string `parquet:"signature,list"`
	SignatureStart *int64   `parquet:"signature_start,optional"`
	SignatureEnd   *int64   `parquet:"signature_end,optional"`
	// NSentences counts the sentences in the section.
	NSentences int32 `parquet:"n_sentences"`
}

// SentenceRow is one row of the sentences table.
type SentenceRow struct {
	DocID string `parquet:"doc_id,dict"`
	Batch string `parquet:"batch,dict"`
	// Sentence is the sentence's index in the document, from 0.
	Sentence int32 `parquet:"sentence"`
	// Section and Paragraph are the indexes of the section and paragraph
	// holding the sentence; null when it falls outside them.
	Section   *int32 `parquet:"section,optional"`
	Paragraph *int32 `parquet:"paragraph,optional"`
	Start     int64  `parquet:"start,delta"`
	End       int64  `parquet:"end,delta"`
	Text      string `parquet:"text"`
	// TokenStart/TokenEnd are the half-open range of the sentence's token
	// indexes (the token column of the tokens table).
	TokenStart int32 `parquet:"token_start,delta"`
	TokenEnd   int32 `parquet:"token_end,delta"`
	// NTokens is the number of tokens in the sentence.
	NTokens int32 `parquet:"n_tokens"`
}

// TokenRow is one row of the tokens table (written only with
// Options.Tokens: it has a row for every word and punctuation mark).
type TokenRow struct {
	DocID string `parquet:"doc_id,dict"`
	Batch string `parquet:"batch,dict"`
	// Sentence is the index of the sentence holding the token.
	Sentence int32 `parquet:"sentence,delta"`
	// Token is the token's index in the document, from 0.
	Token int32  `parquet:"token,delta"`
	Start int64  `parquet:"start,delta"`
	End   int64  `parquet:"end,delta"`
	Text  string `parquet:"text,dict"`
	// Lower is the lower-cased text, Stem its Snowball (English) stem and
	// Tag its Penn Treebank part-of-speech tag.
	Lower string `parquet:"lower,dict"`
	Stem  string `parquet:"stem,dict"`
	Tag   string `parquet:"tag,dict"`
}

// ErrorRow is one row of the errors table: an input or document that
// could not be (fully) processed, or a warning a stage left on a document.
type ErrorRow struct {
	// ErrorID is the hex hash of path, line, stage and reason (see
	// ErrorID): the same problem met again in a later run is not written
	// twice.
	ErrorID string `parquet:"error_id"`
	Batch   string `parquet:"batch,dict"`
	// Path and Line locate the input; Line is null for whole files.
	Path string `parquet:"path,dict"`
	Line *int32 `parquet:"line,optional"`
	// DocID is the document's id when one was known.
	DocID *string `parquet:"doc_id,optional"`
	// Stage names what failed: "read", a stage name, or "warning"; Reason
	// says what went wrong.
	Stage  string `parquet:"stage,dict"`
	Reason string `parquet:"reason"`
}

func documentRows(d *pipeline.Document, batch string) []DocumentRow {
	r := DocumentRow{
		DocID:         d.ID,
		Batch:         batch,
		InputID:       nonEmpty(d.InputID),
		SourcePath:    d.Origin.Path,
		SourceLine:    positive32(d.Origin.Line),
		Format:        d.Origin.Format,
		Encoding:      d.Encoding,
		Title:         nonEmpty(d.Title),
		Published:     dateDays(d.Date),
		PublishedText: nonEmpty(d.DateText),
		Source:        nonEmpty(d.Source),
		URL:           nonEmpty(d.URL),
		Metadata:      metadataJSON(d.Meta),
		Text:          d.Text,
		NBytes:        int64(len(d.Text)),
		NParagraphs:   int32(len(d.Paragraphs)),
		NSections:     int32(len(d.Sections)),
		NSentences:    int32(len(d.Sentences)),
		NTokens:       int32(len(d.Tokens)),
	}
	r.TitleStart, r.TitleEnd = spanOrNull(d.Header.Title)
	r.DateStart, r.DateEnd = spanOrNull(d.Header.Date)
	return []DocumentRow{r}
}

func sectionRows(d *pipeline.Document, batch string) []SectionRow {
	if len(d.Sections) == 0 {
		return nil
	}
	counts := make([]int32, len(d.Sections))
	for _, s := range d.Sentences {
		if s.Section >= 0 && s.Section < len(counts) {
			counts[s.Section]++
		}
	}
	rows := make([]SectionRow, len(d.Sections))
	for i, s := range d.Sections {
		r := SectionRow{
			DocID:      d.ID,
			Batch:      batch,
			Section:    int32(i),
			Start:      int64(s.Span.Start),
			End:        int64(s.Span.End),
			BodyStart:  int64(s.Body.Start),
			BodyEnd:    int64(s.Body.End),
			Signature:  make([]string, len(s.Signature)),
			NSentences: counts[i],
		}
		if s.Title != "" || !s.TitleSpan.Empty() {
			r.Title = &s.Title
			r.TitleStart, r.TitleEnd = ptr(int64(s.TitleSpan.Start)), ptr(int64(s.TitleSpan.End))
		}
		for j, l := range s.Signature {
			r.Signature[j] = l.Text
		}
		if n := len(s.Signature); n > 0 {
			r.SignatureStart = ptr(int64(s.Signature[0].Span.Start))
			r.SignatureEnd = ptr(int64(s.Signature[n-1].Span.End))
		}
		rows[i] = r
	}
	return rows
}

func sentenceRows(d *pipeline.Document, batch string) []SentenceRow {
	if len(d.Sentences) == 0 {
		return nil
	}
	rows := make([]SentenceRow, len(d.Sentences))
	for i, s := range d.Sentences {
		rows[i] = SentenceRow{
			DocID:      d.ID,
			Batch:      batch,
			Sentence:   int32(i),
			Section:    index32(s.Section),
			Paragraph:  index32(s.Paragraph),
			Start:      int64(s.Span.Start),
			End:        int64(s.Span.End),
			Text:       s.Span.In(d.Text),
			TokenStart: int32(s.TokenStart),
			TokenEnd:   int32(s.TokenEnd),
			NTokens:    int32(s.TokenEnd - s.TokenStart),
		}
	}
	return rows
}

func tokenRows(d *pipeline.Document, batch string) []TokenRow {
	if len(d.Tokens) == 0 {
		return nil
	}
	rows := make([]TokenRow, len(d.Tokens))
	for i, t := range d.Tokens {
		rows[i] = TokenRow{
			DocID:    d.ID,
			Batch:    batch,
			Sentence: int32(t.Sentence),
			Token:    int32(i),
			Start:    int64(t.Span.Start),
			End:      int64(t.Span.End),
			Text:     t.Span.In(d.Text),
			Lower:    t.Lower,
			Stem:     t.Stem,
			Tag:      t.Tag,
		}
	}
	return rows
}
