// Package english holds word lists of general English that several
// extractors share: for now, the words never written capitalised, which
// tell a capitalised common word ("Critics", "Nice") from a name.
//
// common.txt is generated from Debian's wamerican (SCOWL) by
// extract/entities/gen; see extract/entities/LICENSES.md.
package english

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed common.txt
var commonTxt string

// Words is a read-only set of lower-case words, safe for concurrent use.
type Words struct{ set map[string]struct{} }

// Has reports whether w (lower case) is in the set.
func (ws *Words) Has(w string) bool {
	_, ok := ws.set[w]
	return ok
}

// Len returns the number of words.
func (ws *Words) Len() int { return len(ws.set) }

var common = sync.OnceValue(func() *Words {
	ws := &Words{set: make(map[string]struct{}, 64<<10)}
	for _, line := range strings.Split(commonTxt, "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			ws.set[line] = struct{}{}
		}
	}
	return ws
})

// Common returns the English words never written capitalised ("critics",
// "investors", "nice"), parsed once per process and shared.
func Common() *Words { return common() }
