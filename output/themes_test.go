package output

import (
	"testing"

	"github.com/commentariat/commentariat/extract/themes"
)

// TestPresentDoc keeps ThemeRow.Present's documented rule in step with
// the thresholds of extract/themes.
func TestPresentDoc(t *testing.T) {
	if themes.MinHits != 3 || themes.MinRate != 2 {
		t.Errorf("themes.MinHits = %d, MinRate = %v: update the doc comment of ThemeRow.Present", themes.MinHits, themes.MinRate)
	}
}
