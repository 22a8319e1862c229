package evaluate

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/commentariat/commentariat/pipeline"
	"github.com/commentariat/commentariat/pipeline/language"
)

func TestPageRankStar(t *testing.T) {
	// A star: the centre outranks every leaf, the leaves tie.
	adj := []map[int]bool{{1: true, 2: true, 3: true}, {0: true}, {0: true}, {0: true}}
	s := pageRank(adj, 0.85, 100, 1e-9)
	if !(s[0] > s[1] && s[1] == s[2] && s[2] == s[3]) {
		t.Errorf("scores %v: want the centre first and equal leaves", s)
	}
	sum := s[0] + s[1] + s[2] + s[3]
	if sum < 3.99 || sum > 4.01 {
		t.Errorf("scores sum to %v, want the number of vertices", sum)
	}
}

func TestTextRank(t *testing.T) {
	lang, err := language.New()
	if err != nil {
		t.Fatal(err)
	}
	doc := &pipeline.Document{Text: "The electoral reform changed the electoral system. " +
		"Critics of the electoral system say the reform favours large parties. " +
		"Large parties won most seats under the new electoral system."}
	if err := lang.Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	got := textRank(doc, 3)
	// "electoral", linked to "reform", "system" and "critics", is the
	// most central word, so the best phrase holds it.
	if len(got) == 0 || !strings.Contains(got[0], "elector") {
		t.Errorf("textRank = %q, want a phrase with \"elector\" first", got)
	}
	for i, p := range got {
		if slices.Contains(got[:i], p) {
			t.Errorf("textRank = %q repeats %q", got, p)
		}
	}
	if again := textRank(doc, 3); len(again) != len(got) || again[0] != got[0] {
		t.Errorf("not deterministic: %q then %q", got, again)
	}
	if textRank(&pipeline.Document{}, 5) != nil {
		t.Errorf("an empty document has key phrases")
	}
}
