package output

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"strconv"
	"time"

	"github.com/commentariat/commentariat/pipeline"
)

// Conversions from the document model to column values: the model says
// "unknown" with zero values and -1, the tables with nulls.

func ptr[T any](v T) *T { return &v }

// nonEmpty returns nil for "", so that an absent string is null.
func nonEmpty(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// positive32 returns nil for 0 (and below): a 1-based line number that is
// not known.
func positive32(n int) *int32 {
	if n <= 0 {
		return nil
	}
	return ptr(int32(n))
}

// index32 returns nil for -1 (and below): a 0-based index that is not known.
func index32(i int) *int32 {
	if i < 0 {
		return nil
	}
	return ptr(int32(i))
}

// spanOrNull returns a span's offsets, or two nils for the zero span that
// the model uses for "not present".
func spanOrNull(s pipeline.Span) (start, end *int64) {
	if s == (pipeline.Span{}) {
		return nil, nil
	}
	return ptr(int64(s.Start)), ptr(int64(s.End))
}

// dateDays returns the calendar date of t as days since 1970-01-01 (the
// Parquet DATE type), or nil for the zero time. The date is the one t
// shows in its own location: a date read as "24 March 2023" stays the 24th
// whatever zone it was parsed in.
func dateDays(t time.Time) *int32 {
	if t.IsZero() {
		return nil
	}
	y, m, d := t.Date()
	days := time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400
	return ptr(int32(days))
}

// metadataJSON encodes the input's extra fields as one JSON object with
// sorted keys (encoding/json sorts map keys), without HTML escaping so the
// text stays readable; nil when there are none.
func metadataJSON(m map[string]string) *string {
	if len(m) == 0 {
		return nil
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(m); err != nil {
		// A map of strings always encodes (invalid UTF-8 is replaced).
		return nil
	}
	return ptr(string(bytes.TrimSuffix(b.Bytes(), []byte("\n"))))
}

// ErrorID returns the stable id of a problem: the first 16 bytes, in hex,
// of the SHA-256 of its path, line, stage and reason. The same problem met
// again in a later run gets the same id, which is how the errors table
// avoids writing it twice.
func ErrorID(p pipeline.Problem) string {
	h := sha256.New()
	for _, f := range []string{p.Path, strconv.Itoa(p.Line), p.Stage, p.Reason} {
		// Length-prefixed, so that no two field lists hash alike.
		h.Write(strconv.AppendInt(nil, int64(len(f)), 10))
		h.Write([]byte{':'})
		h.Write([]byte(f))
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

func errorRow(p pipeline.Problem, id, batch string) ErrorRow {
	return ErrorRow{
		ErrorID: id,
		Batch:   batch,
		Path:    p.Path,
		Line:    positive32(p.Line),
		DocID:   nonEmpty(p.DocID),
		Stage:   p.Stage,
		Reason:  p.Reason,
	}
}
