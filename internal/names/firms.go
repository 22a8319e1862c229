package names

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed firms.txt
var firmsTxt string

// firms holds the keys (firmKey) of the names of firms.txt.
var firms = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(firmsTxt, "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			m[firmKey(strings.Fields(line))] = true
		}
	}
	return m
})

// maxFirmWords is the length in words of the longest name of firms.txt
// looked up.
const maxFirmWords = 5

// Firm reports whether a name as written is, or opens with, the name of
// a well-known firm named after people ("Merrill Lynch", "Goldman Sachs
// and Co Inc", "Peat Marwick"), which its shape would make a person's.
func Firm(name string) bool {
	ws := strings.Fields(name)
	m := firms()
	for n := min(len(ws), maxFirmWords); n >= 2; n-- {
		if m[firmKey(ws[:n])] {
			return true
		}
	}
	return false
}

// firmKey folds the words of a firm's name: lower case, "&" for "and",
// commas and dots dropped ("Kidder, Peabody" and "kidder peabody" are
// one key).
func firmKey(ws []string) string {
	var b strings.Builder
	for i, w := range ws {
		w = strings.ToLower(strings.Trim(w, ",."))
		if w == "&" || w == "&amp;" {
			w = "and"
		}
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}
