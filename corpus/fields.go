package corpus

import (
	"fmt"
	"sort"
	"strings"

	"github.com/commentariat/commentariat/pipeline"
)

// field is one named value of a row (a JSONL key, a CSV column, a front
// matter line), already turned into text.
type field struct {
	key, value string
}

// rowDoc builds the document of one row from its text and its other
// fields, or returns the reason it cannot.
func (r *reader) rowDoc(text string, fields []field, enc string) (*pipeline.Document, string) {
	if blank(text) {
		return nil, fmt.Sprintf("%q field is empty", r.opts.TextField)
	}
	if int64(len(text)) > r.opts.MaxDocBytes {
		return nil, tooLarge(int64(len(text)), r.opts.MaxDocBytes)
	}
	d := newDoc(text, decoded{encoding: enc})
	r.setFields(d, fields)
	return d, ""
}

// setFields assigns fields to the document's metadata by the names
// Options gives them; every other field goes into Meta. Fields are applied
// in key order so that warnings come out the same in every run.
func (r *reader) setFields(d *pipeline.Document, fields []field) {
	sort.SliceStable(fields, func(i, j int) bool { return fields[i].key < fields[j].key })
	for _, f := range fields {
		switch f.key {
		case r.opts.TextField:
			// the document text, handled by the caller
		case r.opts.IDField:
			d.InputID = strings.TrimSpace(f.value)
		case r.opts.TitleField:
			d.Title = strings.TrimSpace(f.value)
		case r.opts.DateField:
			setDate(d, f.value)
		case r.opts.SourceField:
			d.Source = strings.TrimSpace(f.value)
		case r.opts.URLField:
			d.URL = strings.TrimSpace(f.value)
		default:
			if d.Meta == nil {
				d.Meta = make(map[string]string)
			}
			d.Meta[f.key] = f.value
		}
	}
}
