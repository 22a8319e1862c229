package dates

import (
	"testing"
	"time"
	"unicode/utf8"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time
		ok   bool
	}{
		{"2023-03-24", day(2023, 3, 24), true},
		{"  2023-03-24\n", day(2023, 3, 24), true},
		{"2023/03/24", day(2023, 3, 24), true},
		{"2023-3-4", day(2023, 3, 4), true},
		{"2023-03/24", time.Time{}, false},
		{"24.03.2023", day(2023, 3, 24), true},
		{"4.3.2023", day(2023, 3, 4), true},
		{"24/03/2023", day(2023, 3, 24), true},
		{"03/24/2023", day(2023, 3, 24), true},
		{"03/04/2023", time.Time{}, false}, // ambiguous
		{"04/04/2023", day(2023, 4, 4), true},
		{"March 24, 2023", day(2023, 3, 24), true},
		{"march 24, 2023", day(2023, 3, 24), true},
		{"MARCH 24 2023", day(2023, 3, 24), true},
		{"March 24th, 2023", day(2023, 3, 24), true},
		{"24 March 2023", day(2023, 3, 24), true},
		{"24th of March, 2023", day(2023, 3, 24), true},
		{"Mar. 24, 2023", day(2023, 3, 24), true},
		{"Sept. 5, 2023", day(2023, 9, 5), true},
		{"Friday, March 24, 2023", day(2023, 3, 24), true},
		{"Friday, 24 March 2023", day(2023, 3, 24), true},
		{"Thursday, March 24, 2023", time.Time{}, false}, // wrong weekday
		{"2023-03-24T10:30:00Z", time.Date(2023, 3, 24, 10, 30, 0, 0, time.UTC), true},
		{"2023-03-24T10:30:00.123+06:00", time.Date(2023, 3, 24, 4, 30, 0, 123e6, time.UTC), true},
		{"2023-03-24T10:30:00+0600", time.Date(2023, 3, 24, 4, 30, 0, 0, time.UTC), true},
		{"2023-03-24 10:30", time.Date(2023, 3, 24, 10, 30, 0, 0, time.UTC), true},
		{"2023-03-24T01:30:00-05:00", time.Date(2023, 3, 24, 6, 30, 0, 0, time.UTC), true},
		{"Fri, 24 Mar 2023 10:30:00 GMT", time.Date(2023, 3, 24, 10, 30, 0, 0, time.UTC), true},
		{"Fri, 24 Mar 2023 10:30:00 +0100", time.Date(2023, 3, 24, 9, 30, 0, 0, time.UTC), true},
		{"Fri, 24 Mar 2023 10:30:00 EST", time.Date(2023, 3, 24, 15, 30, 0, 0, time.UTC), true},
		{"March 24, 2023, 3:15 pm", time.Date(2023, 3, 24, 15, 15, 0, 0, time.UTC), true},
		{"March 24, 2023 at 12:05 a.m.", time.Date(2023, 3, 24, 0, 5, 0, 0, time.UTC), true},
		{"2023-02-30", time.Time{}, false},
		{"February 29, 2023", time.Time{}, false},
		{"February 29, 2024", day(2024, 2, 29), true},
		{"2023-13-01", time.Time{}, false},
		{"2023-03-24T25:00:00Z", time.Time{}, false},
		{"March 2023", time.Time{}, false},
		{"yesterday", time.Time{}, false},
		{"", time.Time{}, false},
		{"Marchember 24, 2023", time.Time{}, false},
		{"2023-03-24 and more", time.Time{}, false},
	}
	for _, tt := range tests {
		got, ok := Parse(tt.in)
		if ok != tt.ok || !got.Equal(tt.want) {
			t.Errorf("Parse(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
		if ok && got.Location() != time.UTC {
			t.Errorf("Parse(%q) location %v, want UTC", tt.in, got.Location())
		}
	}
}

func TestFind(t *testing.T) {
	tests := []struct {
		line  string
		match string
		want  time.Time
	}{
		{"ASTANA, March 24, 2023 —", "March 24, 2023", day(2023, 3, 24)},
		{"Published: 24.03.2023 by KISI", "24.03.2023", day(2023, 3, 24)},
		{"Almaty, 24 March 2023. The meeting", "24 March 2023", day(2023, 3, 24)},
		{"on Friday, March 24, 2023 experts", "Friday, March 24, 2023", day(2023, 3, 24)},
		{"Feb 30, 2023 then March 1, 2023", "March 1, 2023", day(2023, 3, 1)},
		{"Updated 2023-03-24T10:30:00Z", "2023-03-24T10:30:00Z", time.Date(2023, 3, 24, 10, 30, 0, 0, time.UTC)},
		{"no date here", "", time.Time{}},
		{"mayor 24 2023", "", time.Time{}},
		{"20230324", "", time.Time{}},
	}
	for _, tt := range tests {
		start, end, got, ok := Find(tt.line)
		if tt.match == "" {
			if ok {
				t.Errorf("Find(%q) = %q, want none", tt.line, tt.line[start:end])
			}
			continue
		}
		if !ok || tt.line[start:end] != tt.match || !got.Equal(tt.want) {
			t.Errorf("Find(%q) = [%d:%d] %v %v; want %q %v", tt.line, start, end, got, ok, tt.match, tt.want)
		}
	}
}

func FuzzDatesParse(f *testing.F) {
	for _, s := range []string{"2023-03-24", "March 24, 2023", "Fri, 24 Mar 2023 10:30:00 GMT", "24.03.2023", "2023-03-24T10:30:00.5+06:00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tm, ok := Parse(s)
		if ok && tm.Location() != time.UTC {
			t.Fatalf("Parse(%q) not in UTC", s)
		}
		start, end, ft, fok := Find(s)
		if !fok {
			if ok && utf8.ValidString(s) {
				t.Fatalf("Parse(%q) ok but Find found nothing", s)
			}
			return
		}
		if start < 0 || end > len(s) || start >= end {
			t.Fatalf("Find(%q) = [%d:%d]", s, start, end)
		}
		if pt, pok := Parse(s[start:end]); !pok || !pt.Equal(ft) {
			t.Fatalf("Find(%q) = %q %v, but Parse gives %v %v", s, s[start:end], ft, pt, pok)
		}
	})
}
