// Package dates recognises the publication dates that articles, feeds and
// web pages write: ISO 8601 and RFC 3339 timestamps, numeric dates with the
// year first or (dotted) last, English month-name dates with or without a
// weekday, and the RFC 1123 dates of HTTP and e-mail headers.
//
// Parse reads a field that holds a date and nothing else; Find looks for a
// date inside a short line such as a dateline ("ASTANA, March 24, 2023 —").
// Both are strict about validity: a day that the month does not have, a
// weekday that does not match the date, or a numeric date that could be
// read day-first or month-first is not a date.
package dates

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Patterns. Each has named groups: y, mon (number), mname (month name),
// d, wd (weekday), and an optional time tail (see timePart).
const (
	wdPart    = `(?:(?P<wd>mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\.?,?\s+)?`
	mnamePart = `(?P<mname>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)`
	ordPart   = `(?:st|nd|rd|th)?`
	timePart  = `(?:(?:[T\s]|,\s*|\s+at\s+)(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?:[.,](?P<frac>\d{1,9}))?)?` +
		`(?:\s*(?P<ampm>[ap]\.?m\.?))?` +
		`(?:\s*(?P<zone>z|utc|gmt|ut|[ecmp][sd]t|[+-]\d{2}(?::?\d{2})?|(?:utc|gmt)[+-]\d{1,2}(?::?\d{2})?|(?-i:[A-Z]{3,5})))?)?`
)

var patterns = []string{
	// 2023-03-24, 2023/03/24, 2023-03-24T10:00:00Z
	`(?P<y>\d{4})(?P<sep>[-/])(?P<mon>\d{1,2})(?P<sep2>[-/])(?P<d>\d{1,2})` + timePart,
	// 24.03.2023 (day first, as in Europe and Central Asia)
	`(?P<d>\d{1,2})\.(?P<mon>\d{1,2})\.(?P<y>\d{4})` + timePart,
	// 24/03/2023 or 03/24/2023, only when the order is unambiguous
	`(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4})` + timePart,
	// Friday, March 24, 2023; Mar. 24, 2023; March 24th 2023
	wdPart + mnamePart + `\.?\s+(?P<d>\d{1,2})` + ordPart + `,?\s+(?P<y>\d{4})` + timePart,
	// Friday, 24 March 2023; 24th of March, 2023; Fri, 24 Mar 2023 10:00:00 GMT
	wdPart + `(?P<d>\d{1,2})` + ordPart + `(?:\s+of)?\s+` + mnamePart + `\.?,?\s+(?P<y>\d{4})` + timePart,
}

// matcher is one compiled pattern with the indexes of its groups.
type matcher struct {
	re    *regexp.Regexp
	group map[string]int
}

var (
	anchored   = compile(`^\s*`, `\s*$`)
	unanchored = compile(`\b`, `\b`)
)

func compile(pre, post string) []matcher {
	ms := make([]matcher, len(patterns))
	for i, p := range patterns {
		re := regexp.MustCompile(`(?i)` + pre + `(?:` + p + `)` + post)
		g := make(map[string]int)
		for j, name := range re.SubexpNames() {
			if name != "" {
				g[name] = j
			}
		}
		ms[i] = matcher{re: re, group: g}
	}
	return ms
}

// Parse reads s as a date. It returns the time in UTC, at midnight when s
// has no time of day, and ok=false when s is not a date it recognises or
// names a day that does not exist.
func Parse(s string) (t time.Time, ok bool) {
	if len(s) > 100 {
		return time.Time{}, false
	}
	for _, m := range anchored {
		if loc := m.re.FindStringSubmatchIndex(s); loc != nil {
			if t, ok := m.build(s, loc); ok {
				return t, true
			}
		}
	}
	return time.Time{}, false
}

// Find looks for a date inside line and returns the byte range [start, end)
// of the leftmost (and, at equal start, longest) valid date expression and
// its time, as Parse would read it. ok is false when line holds none.
func Find(line string) (start, end int, t time.Time, ok bool) {
	start, end = -1, -1
	for _, m := range unanchored {
		for _, loc := range m.re.FindAllStringSubmatchIndex(line, -1) {
			if start >= 0 && (loc[0] > start || (loc[0] == start && loc[1] <= end)) {
				break
			}
			if tt, good := m.build(line, loc); good {
				start, end, t = loc[0], loc[1], tt
				break
			}
		}
	}
	if start < 0 {
		return 0, 0, time.Time{}, false
	}
	return start, end, t, true
}

// build turns the groups of a match into a time, checking that the date
// exists.
func (m matcher) build(s string, loc []int) (time.Time, bool) {
	get := func(name string) string {
		i, ok := m.group[name]
		if !ok || loc[2*i] < 0 {
			return ""
		}
		return s[loc[2*i]:loc[2*i+1]]
	}
	num := func(name string) int {
		n, err := strconv.Atoi(get(name))
		if err != nil {
			return -1
		}
		return n
	}
	if get("sep") != get("sep2") {
		return time.Time{}, false
	}
	year, day := num("y"), num("d")
	var month int
	switch {
	case get("mname") != "":
		month = monthNumber(get("mname"))
	case get("a") != "":
		a, b := num("a"), num("b")
		switch {
		case a > 12 && b <= 12:
			day, month = a, b
		case b > 12 && a <= 12:
			day, month = b, a
		case a == b:
			day, month = a, b
		default:
			return time.Time{}, false // 03/04/2023: day or month first?
		}
	default:
		month = num("mon")
	}
	if year < 1000 || month < 1 || month > 12 || day < 1 || day > 31 {
		return time.Time{}, false
	}
	date := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	if date.Day() != day { // Feb 30 normalised into March
		return time.Time{}, false
	}
	if wd := get("wd"); wd != "" && !strings.HasPrefix(strings.ToLower(date.Weekday().String()), strings.ToLower(wd)[:3]) {
		return time.Time{}, false
	}
	if get("h") == "" {
		return date, true
	}
	hour, minute, sec := num("h"), num("mi"), 0
	if get("s") != "" {
		sec = num("s")
	}
	if ampm := strings.ToLower(get("ampm")); ampm != "" {
		if hour < 1 || hour > 12 {
			return time.Time{}, false
		}
		hour %= 12
		if ampm[0] == 'p' {
			hour += 12
		}
	}
	if hour > 24 || minute > 59 || sec > 60 || (hour == 24 && (minute > 0 || sec > 0)) {
		return time.Time{}, false
	}
	nsec := 0
	if f := get("frac"); f != "" {
		nsec, _ = strconv.Atoi((f + "000000000")[:9])
	}
	offset, ok := zoneOffset(get("zone"))
	if !ok && isUpper(get("zone")) {
		// An abbreviation such as "CET" or "ALMT": like time.Parse, take
		// it as written but at zero offset, for want of a zone database
		// that could say which of several meanings it has.
		offset, ok = 0, true
	}
	if !ok {
		return time.Time{}, false
	}
	t := time.Date(year, time.Month(month), day, hour, minute, min(sec, 59), nsec, time.FixedZone("", offset))
	return t.UTC(), true
}

// monthNumber returns 1-12 for an English month name or abbreviation.
func monthNumber(name string) int {
	name = strings.ToLower(name)
	for i, m := range []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
		if strings.HasPrefix(name, m) {
			return i + 1
		}
	}
	return 0
}

// rfc822Zones are the zone names RFC 822 defines, in seconds east of UTC.
var rfc822Zones = map[string]int{
	"": 0, "z": 0, "ut": 0, "utc": 0, "gmt": 0,
	"est": -5 * 3600, "edt": -4 * 3600, "cst": -6 * 3600, "cdt": -5 * 3600,
	"mst": -7 * 3600, "mdt": -6 * 3600, "pst": -8 * 3600, "pdt": -7 * 3600,
}

// zoneOffset reads a zone as written after a time: a name, "+05:00",
// "+0500", "+05", "UTC+5" or "GMT+05:30".
func zoneOffset(z string) (int, bool) {
	z = strings.ToLower(z)
	if off, ok := rfc822Zones[z]; ok {
		return off, true
	}
	z = strings.TrimPrefix(strings.TrimPrefix(z, "utc"), "gmt")
	if len(z) < 2 {
		return 0, false
	}
	sign := 1
	if z[0] == '-' {
		sign = -1
	}
	digits := strings.ReplaceAll(z[1:], ":", "")
	var h, m int
	var err error
	switch len(digits) {
	case 1, 2:
		h, err = strconv.Atoi(digits)
	case 3, 4:
		h, err = strconv.Atoi(digits[:len(digits)-2])
		if err == nil {
			m, err = strconv.Atoi(digits[len(digits)-2:])
		}
	default:
		return 0, false
	}
	if err != nil || h > 14 || m > 59 {
		return 0, false
	}
	return sign * (h*3600 + m*60), true
}

func isUpper(s string) bool {
	for _, c := range s {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return s != ""
}
