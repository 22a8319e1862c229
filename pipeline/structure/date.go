package structure

import (
	"strings"
	"time"

	"github.com/commentariat/commentariat/internal/dates"
)

// dateLabels are the words that may introduce a date line.
var dateLabels = []string{"published", "updated", "posted", "date", "dated", "last updated", "posted on", "published on"}

// dateLine reports whether s is a line holding only a date, possibly after
// a label such as "Published:" ("March 24, 2023", "Friday, 24 March 2023",
// "24.03.2023", "Updated: 2023-03-24 10:30"), and the date it names. A
// dateline that opens a news paragraph ("ASTANA, March 24 (Reuters) - ...")
// is not a date line.
func dateLine(s string) (time.Time, bool) {
	if len(s) > 80 || !strings.ContainsAny(s, "0123456789") {
		return time.Time{}, false
	}
	if label, rest, ok := strings.Cut(s, ":"); ok && len(label) < 16 {
		l := strings.ToLower(strings.TrimSpace(label))
		for _, d := range dateLabels {
			if l == d {
				s = rest
				break
			}
		}
	} else if l := strings.ToLower(s); strings.HasPrefix(l, "posted on ") || strings.HasPrefix(l, "published on ") {
		_, s, _ = strings.Cut(s, " on ")
	}
	return dates.Parse(s)
}
