package output_test

import (
	"strings"
	"testing"

	"github.com/commentariat/commentariat/internal/schemadoc"
	"github.com/commentariat/commentariat/output"
)

// TestREADMESchema: the README's SCHEMA section is what the code writes.
// After changing a table, run go generate ./output.
func TestREADMESchema(t *testing.T) {
	want, err := schemadoc.Markdown(output.Tables(), ".")
	if err != nil {
		t.Fatal(err)
	}
	got, err := schemadoc.Section("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	if got != strings.TrimSpace(want) {
		t.Errorf("README.md's SCHEMA section is out of date: run go generate ./output")
	}
}
