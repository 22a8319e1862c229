package corpus

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// errBinary reports input that is not text in any encoding we read.
var errBinary = errors.New("binary file (not text)")

// Encoding names as they appear in Document.Encoding.
const (
	encUTF8    = "utf-8"
	encUTF16LE = "utf-16le"
	encUTF16BE = "utf-16be"
	enc1252    = "windows-1252"
	enc1251    = "windows-1251"
	encKOI8R   = "koi8-r"
)

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// decoded is a whole input turned into UTF-8.
type decoded struct {
	text     string
	encoding string
	warning  string // non-fatal note for Document.Warn, "" when none
}

// decode turns the bytes of a whole file into UTF-8 text: UTF-8 as it is
// (BOM removed), UTF-16 by its BOM, and otherwise a single-byte encoding
// (Windows-1252 for Latin text; Windows-1251 or KOI8-R for Cyrillic). Bytes
// that look binary give errBinary. Line ends are not touched here.
func decode(b []byte) (decoded, error) {
	switch {
	case bytes.HasPrefix(b, bomUTF8):
		b = b[len(bomUTF8):]
	case bytes.HasPrefix(b, bomUTF16LE):
		return decodeUTF16(b[2:], unicode.LittleEndian, encUTF16LE)
	case bytes.HasPrefix(b, bomUTF16BE):
		return decodeUTF16(b[2:], unicode.BigEndian, encUTF16BE)
	default:
		if e, name, ok := sniffUTF16(b); ok {
			return decodeUTF16(b, e, name)
		}
	}
	if looksBinary(b) {
		return decoded{}, errBinary
	}
	if utf8.Valid(b) {
		return decoded{text: string(b), encoding: encUTF8}, nil
	}
	if multi, bad := utf8Stats(b); multi > bad {
		// Mostly UTF-8 with a few broken bytes (a truncated copy, a stray
		// Latin-1 character): keep the UTF-8 and mark the damage.
		return decoded{
			text:     strings.ToValidUTF8(string(b), "\uFFFD"),
			encoding: encUTF8,
			warning:  fmt.Sprintf("%d bytes of invalid utf-8 replaced with U+FFFD", bad),
		}, nil
	}
	name, enc := singleByte(b)
	s, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return decoded{}, fmt.Errorf("decoding %s: %w", name, err)
	}
	d := decoded{text: string(s), encoding: name}
	if n := bytes.Count(s, []byte("\uFFFD")); n > 0 {
		if n*100 > len(b) {
			return decoded{}, errBinary
		}
		d.warning = fmt.Sprintf("%d bytes undefined in %s replaced with U+FFFD", n, name)
	}
	return d, nil
}

func decodeUTF16(b []byte, e unicode.Endianness, name string) (decoded, error) {
	s, err := unicode.UTF16(e, unicode.IgnoreBOM).NewDecoder().Bytes(b)
	if err != nil {
		return decoded{}, fmt.Errorf("decoding %s: %w", name, err)
	}
	if looksBinary(s) {
		return decoded{}, errBinary
	}
	return decoded{text: string(s), encoding: name}, nil
}

// sniffUTF16 recognises UTF-16 without a BOM by its pattern of zero bytes
// (ASCII-heavy text has a NUL in every other byte); ok is false when b does
// not look like it.
func sniffUTF16(b []byte) (unicode.Endianness, string, bool) {
	if len(b) < 8 || len(b)%2 != 0 {
		return unicode.BigEndian, "", false
	}
	var evenNUL, oddNUL int
	for i := 0; i+1 < len(b); i += 2 {
		if b[i] == 0 {
			evenNUL++
		}
		if b[i+1] == 0 {
			oddNUL++
		}
	}
	half := len(b) / 2
	switch {
	case oddNUL*10 >= half*9 && evenNUL == 0:
		return unicode.LittleEndian, encUTF16LE, true
	case evenNUL*10 >= half*9 && oddNUL == 0:
		return unicode.BigEndian, encUTF16BE, true
	}
	return unicode.BigEndian, "", false
}

// looksBinary reports whether b holds NUL bytes or more than 1% of C0
// control characters other than tab, line feed, form feed, carriage
// return and (DOS end-of-file) SUB.
func looksBinary(b []byte) bool {
	ctrl := 0
	for _, c := range b {
		switch {
		case c == 0:
			return true
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1A, c == 0x7F:
			ctrl++
		}
	}
	return ctrl > 0 && ctrl*100 >= len(b)
}

// utf8Stats counts the well-formed multi-byte UTF-8 sequences in b and the
// bytes that are not part of any well-formed sequence.
func utf8Stats(b []byte) (multi, bad int) {
	for len(b) > 0 {
		if b[0] < utf8.RuneSelf {
			b = b[1:]
			continue
		}
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n == 1 {
			bad++
		} else {
			multi++
		}
		b = b[n:]
	}
	return multi, bad
}

// singleByte guesses the single-byte encoding of b, which is not UTF-8.
// Latin text has a few high bytes among many ASCII letters; Cyrillic text in
// Windows-1251 or KOI8-R is mostly high bytes, lower-case letters (the
// bulk) falling in 0xE0-0xFF in the first and 0xC0-0xDF in the second.
func singleByte(b []byte) (string, encoding.Encoding) {
	var ascii, high, lo1251, loKOI int
	for _, c := range b {
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			ascii++
		case c >= 0xE0:
			high++
			lo1251++
		case c >= 0xC0:
			high++
			loKOI++
		}
	}
	if high > ascii && high >= 8 {
		if loKOI > lo1251 {
			return encKOI8R, charmap.KOI8R
		}
		return enc1251, charmap.Windows1251
	}
	return enc1252, charmap.Windows1252
}

// normalize makes decoded text ready to store: leading BOMs removed and
// every CRLF or lone CR turned into LF. Nothing else is rewritten, so that
// offsets into the result still point at the text as written.
func normalize(s string) string {
	s = strings.TrimLeft(s, "\uFEFF")
	if strings.IndexByte(s, '\r') < 0 {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}

// blank reports whether s holds nothing but white space (and BOMs, which
// normalize removes).
func blank(s string) bool { return strings.TrimSpace(strings.TrimLeft(s, "\uFEFF")) == "" }

// sniffSize is how much of a streamed (JSONL, CSV) file is looked at to
// decide its encoding.
const sniffSize = 64 << 10

// streamDecoder decides the encoding of a row-based input from a prefix and
// returns a reader of its UTF-8 text. When the prefix is valid UTF-8 the
// bytes are passed through unchanged (a later row that is not valid UTF-8
// is reported as a problem by the caller); a single-byte encoding is
// decoded as a stream.
// br must have a buffer of at least sniffSize bytes.
func streamDecoder(br *bufio.Reader) (io.Reader, string, error) {
	p, err := br.Peek(sniffSize)
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
		return nil, "", err
	}
	switch {
	case bytes.HasPrefix(p, bomUTF8):
		_, _ = io.CopyN(io.Discard, br, int64(len(bomUTF8)))
		p = p[len(bomUTF8):]
	case bytes.HasPrefix(p, bomUTF16LE):
		return transform.NewReader(br, unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()), encUTF16LE, nil
	case bytes.HasPrefix(p, bomUTF16BE):
		return transform.NewReader(br, unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder()), encUTF16BE, nil
	}
	if looksBinary(p) {
		return nil, "", errBinary
	}
	if validPrefix(p, len(p) == sniffSize) {
		return br, encUTF8, nil
	}
	if multi, bad := utf8Stats(p); multi > bad {
		return br, encUTF8, nil // mostly UTF-8: broken rows reported one by one
	}
	name, enc := singleByte(p)
	return transform.NewReader(br, enc.NewDecoder()), name, nil
}

// validPrefix reports whether p is valid UTF-8, allowing a rune cut off at
// the end when p is only the start of the input.
func validPrefix(p []byte, cut bool) bool {
	if cut {
		for i := len(p) - 1; i >= 0 && i >= len(p)-utf8.UTFMax; i-- {
			if utf8.RuneStart(p[i]) {
				if !utf8.FullRune(p[i:]) {
					p = p[:i]
				}
				break
			}
		}
	}
	return utf8.Valid(p)
}
