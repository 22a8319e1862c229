package main

import (
	"flag"
	"io"
	"strings"
	"testing"
)

func TestParseInterspersed(t *testing.T) {
	for _, tc := range []struct {
		args      []string
		pos, out  string
		wantError bool
	}{
		{[]string{"a", "b"}, "a,b", "", false},
		{[]string{"-out", "x", "a"}, "a", "x", false},
		{[]string{"a", "-out", "x", "b"}, "a,b", "x", false},
		{[]string{"a", "b", "--out=x"}, "a,b", "x", false},
		{[]string{"-", "-out", "x"}, "-", "x", false},
		{[]string{"-out", "x", "--", "-a", "-out"}, "-a,-out", "x", false},
		{[]string{"a", "-nope"}, "", "", true},
	} {
		fs := flag.NewFlagSet("t", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		out := fs.String("out", "", "")
		pos, err := parseInterspersed(fs, tc.args)
		if (err != nil) != tc.wantError {
			t.Errorf("%q: error %v", tc.args, err)
			continue
		}
		if err == nil && (strings.Join(pos, ",") != tc.pos || *out != tc.out) {
			t.Errorf("%q: positional %q out %q, want %q and %q", tc.args, pos, *out, tc.pos, tc.out)
		}
	}
}
