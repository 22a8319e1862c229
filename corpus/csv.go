package corpus

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/commentariat/commentariat/pipeline"
)

// errRecordTooLong stops a CSV file whose record outgrows the limit.
var errRecordTooLong = errors.New("record too long")

// csv reads a table whose header row names the fields. Header names are
// matched to Options' field names ignoring case and surrounding spaces.
// TSV (comma '\t') is read with lazy quotes, since tab-separated exports
// seldom quote their fields.
func (r *reader) csv(path string, br *bufio.Reader, comma rune) bool {
	src, enc, err := streamDecoder(br)
	if err != nil {
		return r.problem(path, 0, reasonOf(err))
	}
	guard := &guardReader{r: src, limit: r.opts.MaxDocBytes + lineSlack}
	cr := csv.NewReader(guard)
	cr.Comma = comma
	cr.FieldsPerRecord = -1 // counted here, to report it per record
	cr.LazyQuotes = comma == '\t'
	cr.ReuseRecord = true

	header, err := cr.Read()
	if err != nil {
		if errors.Is(err, io.EOF) {
			return r.problem(path, 0, "empty document (no header row)")
		}
		return r.problem(path, 1, "cannot read header: "+r.csvReason(err))
	}
	header = append([]string(nil), header...)
	textCol := -1
	for i, h := range header {
		h = strings.TrimSpace(h)
		header[i] = h
		if !utf8.ValidString(h) {
			return r.problem(path, 1, "header is not valid utf-8")
		}
		for _, name := range []*string{&r.opts.TextField, &r.opts.IDField, &r.opts.TitleField,
			&r.opts.DateField, &r.opts.SourceField, &r.opts.URLField} {
			if strings.EqualFold(h, *name) {
				header[i] = *name
			}
		}
		if header[i] == r.opts.TextField && textCol < 0 {
			textCol = i
		}
	}
	if textCol < 0 {
		return r.problem(path, 1, fmt.Sprintf("no %q column in the header", r.opts.TextField))
	}

	// next is the line where the coming record should start, for a
	// problem that has no line of its own.
	hl, _ := cr.FieldPos(len(header) - 1)
	next := hl + 1
	for {
		if !r.alive() {
			return false
		}
		guard.mark = cr.InputOffset()
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return true
		}
		if err != nil {
			var pe *csv.ParseError
			if !errors.As(err, &pe) {
				return r.problem(path, next, r.csvReason(err))
			}
			if !r.problem(path, pe.Line, r.csvReason(err)) {
				return false
			}
			next = pe.Line + 1
			continue
		}
		line, _ := cr.FieldPos(0)
		last, _ := cr.FieldPos(len(rec) - 1)
		next = last + 1
		if len(rec) != len(header) {
			if !r.problem(path, line, fmt.Sprintf("record has %d fields, the header has %d", len(rec), len(header))) {
				return false
			}
			continue
		}
		d, reason := r.csvDoc(header, rec, textCol, enc)
		if reason != "" {
			if !r.problem(path, line, reason) {
				return false
			}
			continue
		}
		d.Origin = pipeline.Origin{Path: path, Line: line, Format: formatCSV}
		if !r.doc(d) {
			return false
		}
	}
}

// csvDoc builds the document of one record. Empty cells are left out.
func (r *reader) csvDoc(header, rec []string, textCol int, enc string) (*pipeline.Document, string) {
	fields := make([]field, 0, len(rec))
	for i, v := range rec {
		if !utf8.ValidString(v) {
			return nil, "record is not valid utf-8"
		}
		if i == textCol || v == "" || header[i] == r.opts.TextField {
			continue
		}
		fields = append(fields, field{header[i], v})
	}
	return r.rowDoc(rec[textCol], fields, enc)
}

// csvReason words a CSV error like encoding/csv does, minus the line the
// Problem already carries.
func (r *reader) csvReason(err error) string {
	var pe *csv.ParseError
	switch {
	case errors.Is(err, errRecordTooLong):
		return fmt.Sprintf("record longer than %d bytes; rest of file skipped", r.opts.MaxDocBytes+lineSlack)
	case errors.As(err, &pe):
		if pe.StartLine != pe.Line {
			return fmt.Sprintf("%v (record starting on line %d, column %d)", pe.Err, pe.StartLine, pe.Column)
		}
		return fmt.Sprintf("%v (column %d)", pe.Err, pe.Column)
	}
	return ioReason("cannot read", err)
}

// guardReader fails with errRecordTooLong once more than limit bytes have
// been read past mark (the CSV reader's offset at the start of the current
// record), so that one runaway record, such as an unclosed quote, cannot
// fill memory.
type guardReader struct {
	r     io.Reader
	n     int64 // bytes read so far
	mark  int64
	limit int64
}

func (g *guardReader) Read(p []byte) (int, error) {
	if g.n-g.mark > g.limit {
		return 0, errRecordTooLong
	}
	n, err := g.r.Read(p)
	g.n += int64(n)
	return n, err
}
