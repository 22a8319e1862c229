package entities

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/commentariat/commentariat/internal/dates"
	"github.com/commentariat/commentariat/pipeline"
)

// findDates marks calendar dates: "March 24, 2023", "24 March 2023",
// "March 2023", "March 19", "Oct. 9, 1996", ISO dates ("1996-08-30") and years standing
// alone ("since 2004"). Relative dates ("last year") are not entities
// here. Each date's key is its ISO form (2023-03-24, 2023-03, 2023, or
// --03-19 without a year) so that the same day is one entity.
func (a *annotator) findDates() {
	if !a.opts.dates {
		return
	}
	n := len(a.toks)
	for i := 0; i < n; i++ {
		if a.taken[i] {
			continue
		}
		t := a.toks[i]
		m, ok := 0, false
		if t.cap { // month names are capitalised: look up only those
			m, ok = a.lx.months[strings.TrimSuffix(t.lower, ".")]
		}
		if ok {
			hi, key := i+1, ""
			day, year := 0, 0
			next := i + 1
			if next < n && a.toks[next].text == "." && a.toks[next].span.Start == t.span.End && len(t.text) <= 4 {
				next++ // "Oct. 9": the abbreviation's dot
			}
			d := a.dayAt(next)
			if d == 0 && next < n && a.toks[next].cap {
				d = dayWords[a.toks[next].lower] // "Pay May One"
			}
			if d > 0 {
				day, hi = d, next+1
				if hi < n && a.toks[hi].text == "," && a.yearAt(hi+1) > 0 {
					year, hi = a.yearAt(hi+1), hi+2
				} else if y := a.yearAt(hi); y > 0 {
					year, hi = y, hi+1
				}
			} else if y := a.yearAt(next); y > 0 {
				year, hi = y, next+1
			}
			if i > 0 && day == 0 {
				if d := a.dayAt(i - 1); d > 0 && !a.taken[i-1] {
					day = d
					i--
					if year == 0 {
						if y := a.yearAt(hi); y > 0 {
							year, hi = y, hi+1
						}
					}
				}
			}
			switch {
			case day > 0 && year > 0:
				key = fmt.Sprintf("%04d-%02d-%02d", year, m, day)
			case year > 0:
				key = fmt.Sprintf("%04d-%02d", year, m)
			case day > 0:
				key = fmt.Sprintf("--%02d-%02d", m, day)
			}
			if key == "" && !t.initial && (t.lower != "may" || i > 0 && monthPreps[a.toks[i-1].lower]) && len(t.text) > 3 {
				key = fmt.Sprintf("--%02d", m)
			}
			if key == "" || (t.lower == "may" && day == 0 && year == 0 && !(i > 0 && monthPreps[a.toks[i-1].lower])) {
				continue
			}
			a.addDate(i, hi, key)
			i = hi - 1
			continue
		}
		if y := a.yearAt(i); y > 0 && a.loneYear(i) {
			a.addDate(i, i+1, strconv.Itoa(y))
			continue
		}
		if isoShaped(t.text) {
			if tm, ok := dates.Parse(t.text); ok {
				a.addDate(i, i+1, tm.Format("2006-01-02"))
			}
		}
	}
}

// monthPreps are the words before a month named alone ("in May").
var monthPreps = map[string]bool{"in": true, "since": true, "until": true, "till": true, "by": true, "of": true, "early": true, "late": true, "mid": true, "mid-": true, "last": true, "next": true, "this": true, "from": true, "to": true, "before": true, "after": true, "during": true, "through": true}

func (a *annotator) addDate(lo, hi int, key string) {
	for k := lo; k < hi; k++ {
		a.taken[k] = true
	}
	a.ments = append(a.ments, mention{
		lo: lo, hi: hi, typ: pipeline.Date, conf: confLexicon, date: key,
		span: pipeline.Span{Start: a.toks[lo].span.Start, End: a.toks[hi-1].span.End},
	})
}

// dayWords are the days of a month spelled out, as some wires write them
// after the month ("May One", "April Twenty-One").
var dayWords = func() map[string]int {
	units := []string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}
	teens := []string{"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	m := map[string]int{"twenty": 20, "thirty": 30, "thirty-one": 31}
	for k, w := range units {
		m[w] = k + 1
		m["twenty-"+w] = 21 + k
	}
	for k, w := range teens {
		m[w] = 10 + k
	}
	return m
}()

// dayAt returns the day number at token i (1-31, "19" or "19th"), or 0.
func (a *annotator) dayAt(i int) int {
	if i < 0 || i >= len(a.toks) {
		return 0
	}
	s := a.toks[i].lower
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if len(s) > 2 && s[len(s)-2:] == suf {
			s = s[:len(s)-2]
			break
		}
	}
	if len(s) == 0 || len(s) > 2 || !isDigits(s) {
		return 0
	}
	d, _ := strconv.Atoi(s)
	if d < 1 || d > 31 {
		return 0
	}
	return d
}

// yearAt returns the year at token i (four digits, 1000-2199), or 0.
func (a *annotator) yearAt(i int) int {
	if i < 0 || i >= len(a.toks) {
		return 0
	}
	s := a.toks[i].text
	if len(s) != 4 || !isDigits(s) {
		return 0
	}
	y, _ := strconv.Atoi(s)
	if y < 1000 || y > 2199 {
		return 0
	}
	return y
}

// loneYear reports whether the four digits at i read as a year rather
// than a quantity: not after a currency sign or a number, not before a
// unit or a per cent sign, and within 1800-2100.
func (a *annotator) loneYear(i int) bool {
	y := a.yearAt(i)
	if y < 1800 || y > 2100 {
		return false
	}
	if i > 0 {
		p := a.toks[i-1]
		if p.text == "$" || p.text == "€" || p.text == "£" || p.tag == "CD" || p.text == "#" || p.text == "No." {
			return false
		}
	}
	if i+1 < len(a.toks) {
		nx := a.toks[i+1]
		if nx.text == "%" || nx.lower == "percent" || nx.lower == "per" || (nx.tag == "NNS" && nx.lower != "elections") || nx.tag == "CD" || nx.text == "-" {
			return false
		}
	}
	return true
}

// isoShaped reports whether s has the shape of an ISO date: four digits,
// a hyphen, two digits, a hyphen, two digits ("1996-08-30").
func isoShaped(s string) bool {
	return len(s) == 10 && s[4] == '-' && s[7] == '-' && isDigits(s[:4]) && isDigits(s[5:7]) && isDigits(s[8:])
}
