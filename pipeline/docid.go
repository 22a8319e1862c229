package pipeline

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// DocID returns the stable id of a document with the given text: the first
// 16 bytes, in hex, of the SHA-256 of its normalised text. Normalisation
// makes the id blind to differences no reader would call a different
// article: Unicode composition (NFC), line-end style, runs of white space
// and white space at either end. Metadata does not enter the id, so the
// same text read from a folder or from a JSONL export gets the same id.
func DocID(text string) string {
	h := sha256.New()
	var b strings.Builder
	space := false
	started := false
	for _, r := range norm.NFC.String(text) {
		if unicode.IsSpace(r) {
			space = started
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		started = true
		b.WriteRune(r)
		if b.Len() >= 1<<16 {
			h.Write([]byte(b.String()))
			b.Reset()
		}
	}
	h.Write([]byte(b.String()))
	sum := h.Sum(nil)
	return hex.EncodeToString(sum[:16])
}
