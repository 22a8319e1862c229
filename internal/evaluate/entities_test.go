package evaluate

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/commentariat/commentariat/internal/testcorpus"
)

func TestMatchEntities(t *testing.T) {
	gold := []typedForms{
		{"ORG", "Kazakhstan Institute for Strategic Studies", []string{"Kazakhstan Institute for Strategic Studies", "KISI"}},
		{"PERSON", "Erkin Tukumov", []string{"Erkin Tukumov"}},
		{"GPE", "Almaty", []string{"Almaty"}},
	}
	pred := []typedForms{
		{"ORG", "KISI", []string{"KISI"}},
		{"ORG", "the KISI", []string{"the KISI"}}, // a split entity: one false positive
		{"PERSON", "Erkin Tukumov", []string{"Erkin Tukumov", "Tukumov"}},
		{"ORG", "Almaty", []string{"Almaty"}}, // wrong type
	}
	by := matchEntities(gold, pred)
	if c := by["all"]; c.tp != 2 || c.fp != 2 || c.fn != 1 {
		t.Errorf("all = %+v", *c)
	}
	if c := by["GPE"]; c.fn != 1 || c.missed[0] != "Almaty" {
		t.Errorf("GPE = %+v", *c)
	}
}

func TestConllCounts(t *testing.T) {
	c := conllCounts{}
	c.score([]spanTyped{{0, 5, "PERSON"}, {10, 15, "LOC"}}, []spanTyped{{0, 5, "PERSON"}, {10, 14, "LOC"}, {20, 25, "ORG"}})
	if p := c["PERSON"]; p.tp != 1 || p.fp != 0 || p.fn != 0 {
		t.Errorf("PERSON %+v", *p)
	}
	if l := c["LOC"]; l.tp != 0 || l.fp != 1 || l.fn != 1 {
		t.Errorf("LOC %+v", *l)
	}
	m := c.micro("PERSON", "ORG", "LOC")
	if m.tp != 1 || m.fp != 2 || m.fn != 1 {
		t.Errorf("micro %+v", m)
	}
	for in, want := range map[string]string{"GPE": "LOC", "NORP": "MISC", "DATE": "", "PER": "PERSON", "FAC": "LOC"} {
		if got := conllType(in); got != want {
			t.Errorf("conllType(%s) = %q, want %q", in, got, want)
		}
	}
}

func TestEntitiesNoData(t *testing.T) {
	err := Entities(context.Background(), t.TempDir(), &strings.Builder{})
	if !errors.Is(err, ErrNoData) {
		t.Errorf("Entities on empty dir: %v, want ErrNoData", err)
	}
}

// TestEntitiesEval prints the entity evaluation (go test -v -run
// TestEntitiesEval ./internal/evaluate); ENTITIES_SPLIT=dev for the
// CoNLL-2003 dev split (test by default).
func TestEntitiesEval(t *testing.T) {
	if testing.Short() {
		t.Skip("evaluation skipped in -short mode")
	}
	shared := testcorpus.Shared(t)
	split := os.Getenv("ENTITIES_SPLIT")
	if split == "" {
		split = "test"
	}
	var out strings.Builder
	if err := EntitiesSplit(context.Background(), shared, &out, split); err != nil {
		if errors.Is(err, ErrNoData) {
			t.Skip(err)
		}
		t.Fatal(err)
	}
	t.Log("\n" + out.String())
}
