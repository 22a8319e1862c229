// Package corpus reads articles from files, folders and standard input and
// turns them into pipeline documents, one pipeline.Item at a time.
//
// Read is the whole API. It accepts plain text (.txt), Markdown (.md),
// web pages (.html), JSON lines (.jsonl) and CSV or TSV tables (.csv,
// .tsv), each optionally gzipped (.gz). A whole-file format gives one
// document per file; JSON lines and tables give one document per line or
// record, with the article text in one field and its metadata (id, title,
// date, source, url and any other field) in the rest.
//
// Text is stored as the input wrote it, decoded to UTF-8 with "\n" line
// ends: later stages record every span as a byte offset into it. Input that
// cannot be read (a binary file, a broken JSON line, a CSV record with a
// stray quote, an empty document) is not an error of Read but a
// pipeline.Problem naming the file and line, yielded in the place of the
// document, after which reading goes on.
package corpus

import (
	"bufio"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strings"

	"github.com/commentariat/commentariat/internal/dates"
	"github.com/commentariat/commentariat/pipeline"
)

// Options configures Read. The zero value reads every format by its file
// extension with the default field names.
type Options struct {
	// TextField, IDField, TitleField, DateField, SourceField and URLField
	// name the JSONL keys and CSV columns that hold the article text and
	// its metadata. They default to "text", "id", "title", "date",
	// "source" and "url". JSONL keys must match exactly; CSV header names
	// and Markdown front matter keys match ignoring case.
	TextField, IDField, TitleField, DateField, SourceField, URLField string

	// MaxDocBytes is the largest document accepted, in bytes (default
	// 32 MiB). A larger file, line or record is reported as a Problem and
	// is never read into memory whole.
	MaxDocBytes int64

	// Format forces the format of every input: txt, md, html, jsonl, csv
	// or tsv. When empty, a file's format comes from its extension, and
	// standard input or a named file with an unknown extension is sniffed:
	// JSON lines if its first non-space byte is "{", HTML if it is "<",
	// else plain text. In folders, files with an unknown extension are
	// skipped whatever Format says.
	Format string

	// Stdin is read for the input "-"; nil means os.Stdin.
	Stdin io.Reader
}

// Format names, as they appear in pipeline.Origin.Format.
const (
	formatTxt   = "txt"
	formatMD    = "md"
	formatHTML  = "html"
	formatJSONL = "jsonl"
	formatCSV   = "csv"
	formatTSV   = "tsv" // read as csv with a tab delimiter
	formatJSON  = "json"
)

func (o *Options) setDefaults() {
	def := func(p *string, v string) {
		if *p == "" {
			*p = v
		}
	}
	def(&o.TextField, "text")
	def(&o.IDField, "id")
	def(&o.TitleField, "title")
	def(&o.DateField, "date")
	def(&o.SourceField, "source")
	def(&o.URLField, "url")
	if o.MaxDocBytes <= 0 {
		o.MaxDocBytes = 32 << 20
	}
	if o.Stdin == nil {
		o.Stdin = os.Stdin
	}
}

// Read yields the documents of inputs, in order: files, folders (walked
// recursively in lexical order, skipping hidden entries and files whose
// extension names no format) and "-" for Options.Stdin. Each item holds a
// document or a Problem met while reading; a problem with one input or row
// does not stop the others. Reading stops early when ctx is done or the
// consumer stops the iteration, and every file opened is closed.
func Read(ctx context.Context, inputs []string, opts Options) iter.Seq[pipeline.Item] {
	opts.setDefaults()
	return func(yield func(pipeline.Item) bool) {
		r := &reader{ctx: ctx, opts: opts, yield: yield}
		if opts.Format != "" {
			f, ok := formatOf("x." + strings.ToLower(opts.Format))
			if !ok || f == formatJSON {
				for _, in := range inputs {
					if !r.problem(in, 0, fmt.Sprintf("unknown format %q (want txt, md, html, jsonl, csv or tsv)", opts.Format)) {
						return
					}
				}
				return
			}
			r.force = f
		}
		for _, in := range inputs {
			if !r.input(in) {
				return
			}
		}
	}
}

// reader is the state of one Read.
type reader struct {
	ctx   context.Context
	opts  Options
	force string
	yield func(pipeline.Item) bool
}

// alive reports whether reading should go on.
func (r *reader) alive() bool { return r.ctx.Err() == nil }

// doc yields a document; false means stop.
func (r *reader) doc(d *pipeline.Document) bool {
	return r.alive() && r.yield(pipeline.Item{Doc: d})
}

// problem yields a read problem; false means stop.
func (r *reader) problem(path string, line int, reason string) bool {
	return r.alive() && r.yield(pipeline.Item{Problem: &pipeline.Problem{
		Path: path, Line: line, Stage: "read", Reason: reason,
	}})
}

// input reads one command-line input.
func (r *reader) input(in string) bool {
	if in == "-" {
		return r.stream("-", r.opts.Stdin, r.force, -1, true)
	}
	fi, err := os.Stat(in)
	if err != nil {
		return r.problem(in, 0, ioReason("cannot read", err))
	}
	if fi.IsDir() {
		return r.walk(in, map[string]bool{})
	}
	format := r.force
	if format == "" {
		format, _ = formatOf(in) // "" (unknown) is sniffed
	}
	return r.file(in, format, true)
}

// walk reads the files under dir in lexical order. seen holds the real
// paths of the folders being or already walked, so that a symbolic link
// back up the tree is not followed round forever.
func (r *reader) walk(dir string, seen map[string]bool) bool {
	real, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return r.problem(dir, 0, ioReason("cannot read folder", err))
	}
	if real, err = filepath.Abs(real); err == nil {
		if seen[real] {
			return true
		}
		seen[real] = true
	}
	entries, err := os.ReadDir(dir) // sorted by name
	if err != nil && !r.problem(dir, 0, ioReason("cannot read folder", err)) {
		return false
	}
	for _, e := range entries {
		if !r.alive() {
			return false
		}
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		path := filepath.Join(dir, name)
		mode := e.Type()
		if mode&fs.ModeSymlink != 0 {
			fi, err := os.Stat(path)
			if err != nil {
				if !r.problem(path, 0, ioReason("broken link", err)) {
					return false
				}
				continue
			}
			mode = fi.Mode().Type()
		}
		switch {
		case mode.IsDir():
			if !r.walk(path, seen) {
				return false
			}
		case mode.IsRegular():
			format, ok := formatOf(path)
			if !ok {
				continue // not an article: an image, a stylesheet, ...
			}
			if r.force != "" {
				format = r.force
			}
			if !r.file(path, format, false) {
				return false
			}
		}
	}
	return true
}

// formatOf returns the format a file name's extension names (a trailing
// ".gz" is looked through); ok is false for an unknown extension.
func formatOf(path string) (format string, ok bool) {
	name := strings.ToLower(filepath.Base(path))
	name = strings.TrimSuffix(name, ".gz")
	switch filepath.Ext(name) {
	case ".txt", ".text":
		return formatTxt, true
	case ".md", ".markdown":
		return formatMD, true
	case ".html", ".htm", ".xhtml":
		return formatHTML, true
	case ".jsonl", ".ndjson":
		return formatJSONL, true
	case ".json":
		return formatJSON, true
	case ".csv":
		return formatCSV, true
	case ".tsv", ".tab":
		return formatTSV, true
	}
	return "", false
}

// file opens and reads one file. format "" means sniff it. explicit says
// the file was named as an input rather than found in a folder.
func (r *reader) file(path, format string, explicit bool) bool {
	f, err := os.Open(path)
	if err != nil {
		return r.problem(path, 0, ioReason("cannot open", err))
	}
	defer f.Close()
	var size int64 = -1
	if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
		size = fi.Size()
	}
	return r.stream(path, f, format, size, explicit)
}

// stream reads one input of the given format from src ("" means sniff).
// size is the file's size on disk, or -1 when unknown; explicit says the
// input was named rather than found in a folder.
func (r *reader) stream(path string, src io.Reader, format string, size int64, explicit bool) bool {
	br := bufio.NewReaderSize(src, sniffSize)
	if head, _ := br.Peek(2); len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return r.problem(path, 0, ioReason("cannot read gzip", err))
		}
		defer zr.Close()
		br = bufio.NewReaderSize(zr, sniffSize)
		size = -1
	}
	if format == "" {
		format = sniffFormat(br)
	}
	if format == formatJSON {
		// A .json file is read only if it is JSON lines.
		if c, _ := firstByte(br); c != '{' {
			if explicit {
				return r.problem(path, 0, "not JSON lines (a .json file must hold one JSON object a line)")
			}
			return true
		}
		format = formatJSONL
	}
	switch format {
	case formatJSONL:
		return r.jsonl(path, br)
	case formatCSV:
		return r.csv(path, br, ',')
	case formatTSV:
		return r.csv(path, br, '\t')
	}
	if size > r.opts.MaxDocBytes {
		return r.problem(path, 0, tooLarge(size, r.opts.MaxDocBytes))
	}
	b, err := io.ReadAll(io.LimitReader(br, r.opts.MaxDocBytes+1))
	if err != nil {
		return r.problem(path, 0, ioReason("cannot read", err))
	}
	if int64(len(b)) > r.opts.MaxDocBytes {
		return r.problem(path, 0, fmt.Sprintf("document larger than the limit of %d bytes", r.opts.MaxDocBytes))
	}
	var d *pipeline.Document
	var reason string
	switch format {
	case formatHTML:
		d, reason = r.html(b)
	case formatMD:
		d, reason = r.markdown(b)
	default:
		format = formatTxt
		d, reason = r.text(b)
	}
	if reason != "" {
		return r.problem(path, 0, reason)
	}
	d.Origin = pipeline.Origin{Path: path, Format: format}
	return r.doc(d)
}

// text reads a plain-text document.
func (r *reader) text(b []byte) (*pipeline.Document, string) {
	dec, err := decode(b)
	if err != nil {
		return nil, err.Error()
	}
	if blank(dec.text) {
		return nil, "empty document (no text)"
	}
	return newDoc(dec.text, dec), ""
}

// newDoc builds a document around its text, normalised (see normalize).
func newDoc(text string, dec decoded) *pipeline.Document {
	text = normalize(text)
	d := &pipeline.Document{ID: pipeline.DocID(text), Text: text, Encoding: dec.encoding}
	if dec.warning != "" {
		d.Warn(dec.warning)
	}
	return d
}

// setDate records a date field as written and, when it parses, as a time.
func setDate(d *pipeline.Document, s string) {
	s = strings.TrimSpace(s)
	if s == "" {
		return
	}
	d.DateText = s
	if t, ok := dates.Parse(s); ok {
		d.Date = t
	} else {
		d.Warn(fmt.Sprintf("date %q not recognised; kept as text only", s))
	}
}

// sniffFormat guesses the format of an input without a telling name from
// its first non-space byte (looking through a BOM).
func sniffFormat(br *bufio.Reader) string {
	switch c, _ := firstByte(br); c {
	case '{':
		return formatJSONL
	case '<':
		return formatHTML
	}
	return formatTxt
}

// firstByte returns the first non-space character in the first 4 KiB of
// br without consuming anything, reading through a UTF-8 or UTF-16 BOM.
func firstByte(br *bufio.Reader) (byte, bool) {
	p, _ := br.Peek(4096)
	step := 1
	switch {
	case len(p) >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF:
		p = p[3:]
	case len(p) >= 2 && p[0] == 0xFF && p[1] == 0xFE:
		p, step = p[2:], 2
	case len(p) >= 2 && p[0] == 0xFE && p[1] == 0xFF:
		p, step = p[3:], 2
	}
	for i := 0; i < len(p); i += step {
		switch p[i] {
		case ' ', '\t', '\r', '\n', '\f':
			continue
		}
		return p[i], true
	}
	return 0, false
}

// ioReason turns an I/O error into a problem reason without repeating the
// path the Problem already names.
func ioReason(what string, err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return fmt.Sprintf("%s: %v", what, err)
}

func tooLarge(n, limit int64) string {
	return fmt.Sprintf("document of %d bytes is larger than the limit of %d bytes", n, limit)
}
