package structure

import (
	"testing"
)

// FuzzStructure checks that the stage never panics and that its output
// keeps the invariants on any text. Seeds: testdata/fuzz/FuzzStructure and
// the table cases, with and without a headline run into the text.
func FuzzStructure(f *testing.F) {
	for _, tc := range cases {
		f.Add(tc.text)
	}
	for _, tc := range headlineCases {
		f.Add(tc.text)
	}
	s := newStage(f)
	f.Fuzz(func(t *testing.T, text string) {
		run(t, s, text)
	})
}
