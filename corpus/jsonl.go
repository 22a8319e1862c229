package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/commentariat/commentariat/pipeline"
)

// lineSlack is how far a JSONL line or CSV record may exceed MaxDocBytes
// before it is dropped unread: room for the escapes and metadata around a
// text of the largest accepted size. The text itself is checked against
// MaxDocBytes once decoded.
const lineSlack = 64 << 10

// jsonl reads JSON lines: one object a line, one document an object.
func (r *reader) jsonl(path string, br *bufio.Reader) bool {
	src, enc, err := streamDecoder(br)
	if err != nil {
		return r.problem(path, 0, reasonOf(err))
	}
	lr, ok := src.(*bufio.Reader)
	if !ok {
		lr = bufio.NewReaderSize(src, 64<<10)
	}
	limit := r.opts.MaxDocBytes + lineSlack
	var buf []byte
	for n := 1; ; n++ {
		if !r.alive() {
			return false
		}
		var tooLong bool
		buf, tooLong, err = readLine(lr, buf[:0], limit)
		if err != nil && !errors.Is(err, io.EOF) {
			return r.problem(path, n, ioReason("cannot read", err))
		}
		switch {
		case tooLong:
			if !r.problem(path, n, fmt.Sprintf("line longer than %d bytes; skipped", limit)) {
				return false
			}
		case len(bytes.TrimSpace(buf)) == 0:
			// blank line
		default:
			d, reason := r.jsonDoc(buf, enc)
			if reason != "" {
				if !r.problem(path, n, reason) {
					return false
				}
				break
			}
			d.Origin = pipeline.Origin{Path: path, Line: n, Format: formatJSONL}
			if !r.doc(d) {
				return false
			}
		}
		if err != nil { // io.EOF
			return true
		}
	}
}

// readLine reads one line into buf (without its line end). A line longer
// than limit is read to its end but not kept: tooLong is set and buf is
// empty. err is io.EOF after the last line.
func readLine(br *bufio.Reader, buf []byte, limit int64) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(buf)+len(chunk)) > limit+1 { // +1: the '\n'
				tooLong, buf = true, buf[:0]
			} else {
				buf = append(buf, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if err == nil || errors.Is(err, io.EOF) {
			buf = bytes.TrimSuffix(buf, []byte("\n"))
			buf = bytes.TrimSuffix(buf, []byte("\r"))
			if err == nil {
				return buf, tooLong, nil
			}
			if len(buf) == 0 && !tooLong {
				return buf, false, io.EOF
			}
			return buf, tooLong, io.EOF
		}
		return buf, tooLong, err
	}
}

// jsonDoc builds the document of one JSON line, or returns the reason it
// cannot.
func (r *reader) jsonDoc(line []byte, enc string) (*pipeline.Document, string) {
	if !utf8.Valid(line) {
		return nil, "line is not valid utf-8"
	}
	trimmed := bytes.TrimSpace(line)
	if trimmed[0] != '{' {
		return nil, fmt.Sprintf("not a JSON object (found %s)", jsonKind(trimmed))
	}
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(trimmed, &obj); err != nil {
		return nil, "invalid JSON: " + jsonError(err)
	}
	raw, ok := obj[r.opts.TextField]
	if !ok || jsonKind(raw) == "null" {
		return nil, fmt.Sprintf("no %q field", r.opts.TextField)
	}
	var text string
	if err := json.Unmarshal(raw, &text); err != nil {
		return nil, fmt.Sprintf("%q field is %s, not a string", r.opts.TextField, jsonKind(raw))
	}
	fields := make([]field, 0, len(obj))
	for k, v := range obj {
		if k == r.opts.TextField {
			continue
		}
		val, reason := r.jsonValue(k, v)
		if reason != "" {
			return nil, reason
		}
		if val != nil {
			fields = append(fields, field{k, *val})
		}
	}
	return r.rowDoc(text, fields, enc)
}

// jsonValue turns one JSON value into field text: strings as they are,
// numbers and booleans as their JSON, objects and arrays as compact JSON,
// null as nothing (nil). The metadata fields Options names must be strings
// (the id may be a number).
func (r *reader) jsonValue(key string, v json.RawMessage) (*string, string) {
	kind := jsonKind(v)
	switch {
	case kind == "null":
		return nil, ""
	case kind == "a string":
		var s string
		if err := json.Unmarshal(v, &s); err != nil {
			return nil, fmt.Sprintf("%q field: %s", key, jsonError(err))
		}
		return &s, ""
	case key == r.opts.IDField && kind == "a number":
	case key == r.opts.TitleField || key == r.opts.DateField || key == r.opts.SourceField ||
		key == r.opts.URLField || key == r.opts.IDField:
		return nil, fmt.Sprintf("%q field is %s, not a string", key, kind)
	}
	var b bytes.Buffer
	if err := json.Compact(&b, v); err != nil {
		return nil, fmt.Sprintf("%q field: %s", key, jsonError(err))
	}
	s := b.String()
	return &s, ""
}

// jsonKind names the kind of a JSON value by its first byte.
func jsonKind(v []byte) string {
	v = bytes.TrimSpace(v)
	if len(v) == 0 {
		return "nothing"
	}
	switch v[0] {
	case '{':
		return "an object"
	case '[':
		return "an array"
	case '"':
		return "a string"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	}
	if v[0] == '-' || v[0] >= '0' && v[0] <= '9' {
		return "a number"
	}
	return "not JSON"
}

// jsonError words a decoding error, with the byte offset of a syntax error.
func jsonError(err error) string {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Sprintf("%v (at byte %d)", se, se.Offset)
	}
	return err.Error()
}

// reasonOf turns an error met before the first row into a problem reason.
func reasonOf(err error) string {
	if errors.Is(err, errBinary) {
		return errBinary.Error()
	}
	return ioReason("cannot read", err)
}
