package output

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/parquet-go/parquet-go"

	"github.com/commentariat/commentariat/internal/names"
)

func seqOf[S any](rows []S) func(yield func(S) bool) error {
	return func(yield func(S) bool) error {
		for _, r := range rows {
			if !yield(r) {
				break
			}
		}
		return nil
	}
}

func TestBuildSpeakers(t *testing.T) {
	src := []speakerSource{
		{DocID: "d1", Batch: "000001", SpeakerID: "s1", Name: "Zhanar Tulindinova", Kind: "PERSON", Aliases: []string{"Tulindinova"}, Roles: []string{"political scientist"}, NStatements: 3, NMentions: 4},
		{DocID: "d2", Batch: "000001", SpeakerID: "s2", Name: "Erkin Tukumov", Kind: "PERSON", Roles: []string{"Director"}, Affiliations: []string{"KISI"}, NStatements: 1, NMentions: 1},
		{DocID: "d3", Batch: "000002", SpeakerID: "s1", Name: "Zhanar TULINDINOVA", Kind: "PERSON", Roles: []string{"expert", "political scientist"}, Affiliations: []string{"Astana University"}, NStatements: 1, NMentions: 2},
		{DocID: "d4", Batch: "000003", SpeakerID: "s1", Name: "Zhanar Tulindinova", Kind: "PERSON", NStatements: 2, NMentions: 2},
		{DocID: "d5", Batch: "000003", SpeakerID: "", Name: "nobody"},
		// a batch written before doc_speakers had a kind: the id says it
		{DocID: "d6", Batch: "000003", SpeakerID: names.EntityID("ORG", "Acme Corp"), Name: "Acme Corp"},
		{DocID: "d7", Batch: "000003", SpeakerID: names.PersonID("Ann Lee"), Name: "Ann Lee"},
	}
	got, err := buildSpeakers(seqOf(src))
	if err != nil {
		t.Fatal(err)
	}
	want := []SpeakerRow{
		{SpeakerID: "s1", Name: "Zhanar Tulindinova", Aliases: []string{"Tulindinova", "Zhanar TULINDINOVA"}, Kind: "PERSON",
			Roles: []string{"political scientist", "expert"}, Affiliations: []string{"Astana University"},
			NDocuments: 3, NStatements: 6, NMentions: 8, FirstBatch: "000001", LastBatch: "000003"},
		{SpeakerID: "s2", Name: "Erkin Tukumov", Aliases: []string{}, Kind: "PERSON", Roles: []string{"Director"}, Affiliations: []string{"KISI"},
			NDocuments: 1, NStatements: 1, NMentions: 1, FirstBatch: "000001", LastBatch: "000001"},
		{SpeakerID: names.EntityID("ORG", "Acme Corp"), Name: "Acme Corp", Aliases: []string{}, Kind: "ORG", Roles: []string{}, Affiliations: []string{},
			NDocuments: 1, FirstBatch: "000003", LastBatch: "000003"},
		{SpeakerID: names.PersonID("Ann Lee"), Name: "Ann Lee", Aliases: []string{}, Kind: "PERSON", Roles: []string{}, Affiliations: []string{},
			NDocuments: 1, FirstBatch: "000003", LastBatch: "000003"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
}

// TestLinkSurnames: a person only ever named by title and surname points
// to the one person with a fuller name and that surname, or to the one
// quoted in three times as many documents as any other; not when there
// are several equally quoted, nor for institutions or bare words.
func TestLinkSurnames(t *testing.T) {
	pid := names.PersonID
	src := []speakerSource{
		{DocID: "d1", SpeakerID: pid("Tony Blair"), Name: "Tony Blair", NStatements: 5},
		{DocID: "d2", SpeakerID: pid("Mr Blair"), Name: "Mr Blair", NStatements: 4},
		{DocID: "d3", SpeakerID: pid("Gordon Brown"), Name: "Gordon Brown", NStatements: 3},
		{DocID: "d4", SpeakerID: pid("Nick Brown"), Name: "Nick Brown", NStatements: 2},
		{DocID: "d5", SpeakerID: pid("Mr Brown"), Name: "Mr Brown", NStatements: 1},
		{DocID: "d6", SpeakerID: names.EntityID("ORG", "Blair"), Name: "Blair", NStatements: 1},
		{DocID: "d9", SpeakerID: pid("Michael Howard"), Name: "Michael Howard", NStatements: 1},
		{DocID: "d10", SpeakerID: pid("Michael Howard"), Name: "Michael Howard", NStatements: 1},
		{DocID: "d11", SpeakerID: pid("Michael Howard"), Name: "Michael Howard", NStatements: 1},
		{DocID: "d12", SpeakerID: pid("John Howard"), Name: "John Howard", NStatements: 1},
		{DocID: "d13", SpeakerID: pid("Mr Howard"), Name: "Mr Howard", NStatements: 1},
		{DocID: "d14", SpeakerID: pid("Robert Kilroy-Silk"), Name: "Robert Kilroy-Silk", NStatements: 1},
		{DocID: "d15", SpeakerID: pid("Mr Kilroy-Silk"), Name: "Mr Kilroy-Silk", NStatements: 1},
		{DocID: "d7", SpeakerID: pid("New Labour"), Name: "New Labour", NStatements: 1},
		{DocID: "d8", SpeakerID: pid("Labour"), Name: "Labour", NStatements: 1},
	}
	rows, err := buildSpeakers(seqOf(src))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, r := range rows {
		got[r.SpeakerID] = r.LikelySameAs
	}
	want := map[string]string{
		pid("Tony Blair"): "", pid("Mr Blair"): pid("Tony Blair"),
		pid("Gordon Brown"): "", pid("Nick Brown"): "", pid("Mr Brown"): "",
		names.EntityID("ORG", "Blair"): "", pid("New Labour"): "", pid("Labour"): "",
		pid("Michael Howard"): "", pid("John Howard"): "", pid("Mr Howard"): pid("Michael Howard"),
		pid("Robert Kilroy-Silk"): "", pid("Mr Kilroy-Silk"): pid("Robert Kilroy-Silk"),
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("likely_same_as %v, want %v", got, want)
	}
}

func TestBuildEntities(t *testing.T) {
	src := []entitySource{
		{DocID: "d1", Batch: "000001", EntityID: "e1", Type: "ORG", Name: "Mazhilis", Aliases: []string{"the Mazhilis"}, NMentions: 2},
		{DocID: "d2", Batch: "000002", EntityID: "e1", Type: "ORG", Name: "Mazhilis of the Parliament", NMentions: 1},
		{DocID: "d3", Batch: "000002", EntityID: "e1", Type: "ORG", Name: "Mazhilis", NMentions: 1},
		{DocID: "d3", Batch: "000002", EntityID: "e2", Type: "GPE", Name: "Kazakhstan", NMentions: 5},
	}
	got, err := buildEntities(seqOf(src))
	if err != nil {
		t.Fatal(err)
	}
	want := []EntityRow{
		{EntityID: "e1", Type: "ORG", Name: "Mazhilis", Aliases: []string{"Mazhilis of the Parliament", "the Mazhilis"}, NDocuments: 3, NMentions: 4, FirstBatch: "000001", LastBatch: "000002"},
		{EntityID: "e2", Type: "GPE", Name: "Kazakhstan", Aliases: []string{}, NDocuments: 1, NMentions: 5, FirstBatch: "000002", LastBatch: "000002"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
}

// TestDerivedFollowBatches: the corpus-wide files record the batches they
// were built from, and a missing or stale file is rebuilt on Open.
func TestDerivedFollowBatches(t *testing.T) {
	dir := t.TempDir()
	writeBatch(t, dir, Options{}, synthResults(0, 3))
	writeBatch(t, dir, Options{}, synthResults(3, 3))
	for _, name := range []string{"speakers", "entities"} {
		path := filepath.Join(dir, name, name+".parquet")
		if got, _, err := builtFrom(path); err != nil || got != "000001,000002" {
			t.Fatalf("%s built from %q (%v), want both batches", name, got, err)
		}
		before, _ := os.ReadFile(path)
		if err := os.Remove(path); err != nil {
			t.Fatal(err)
		}
		ds, err := Open(dir, Options{})
		if err != nil {
			t.Fatal(err)
		}
		ds.Close()
		after, err := os.ReadFile(path)
		if err != nil || string(after) != string(before) {
			t.Errorf("%s: not rebuilt identically on Open (%v)", name, err)
		}
		f, _ := os.Open(path)
		st, _ := f.Stat()
		pf, err := parquet.OpenFile(f, st.Size())
		if err != nil {
			t.Fatal(err)
		}
		f.Close()
		if pf.NumRows() != 0 {
			t.Errorf("%s: %d rows from documents without speakers or entities", name, pf.NumRows())
		}
	}
}

// TestDerivedSchemaChange: a corpus-wide file written by a version with
// other columns, but from the same batches, is rebuilt on Open.
func TestDerivedSchemaChange(t *testing.T) {
	dir := t.TempDir()
	writeBatch(t, dir, Options{}, synthResults(0, 3))
	path := filepath.Join(dir, "speakers", "speakers.parquet")
	type oldRow struct {
		SpeakerID string `parquet:"speaker_id"`
	}
	if err := writeTableAtomic(path, []oldRow{{"x"}}, "000001"); err != nil {
		t.Fatal(err)
	}
	if _, schema, _ := builtFrom(path); schema == schemaStamp[SpeakerRow]() {
		t.Fatal("an older row type has the same schema stamp")
	}
	ds, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	ds.Close()
	if batches, schema, err := builtFrom(path); err != nil || batches != "000001" || schema != schemaStamp[SpeakerRow]() {
		t.Errorf("not rebuilt: batches %q schema %q (%v)", batches, schema, err)
	}
}

// TestLinkEntitySurnames: a PERSON entity named by surname alone points
// to the person with the fuller name; other types are left alone.
func TestLinkEntitySurnames(t *testing.T) {
	pid := names.PersonID
	src := []entitySource{
		{DocID: "d1", EntityID: pid("Tony Blair"), Type: "PERSON", Name: "Tony Blair", NMentions: 3},
		{DocID: "d2", EntityID: pid("Blair"), Type: "PERSON", Name: "Blair", NMentions: 2},
		{DocID: "d3", EntityID: names.EntityID("ORG", "Blair"), Type: "ORG", Name: "Blair", NMentions: 1},
	}
	rows, err := buildEntities(seqOf(src))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, r := range rows {
		got[r.Type+" "+r.Name] = r.LikelySameAs
	}
	want := map[string]string{"PERSON Tony Blair": "", "PERSON Blair": pid("Tony Blair"), "ORG Blair": ""}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("likely_same_as %v, want %v", got, want)
	}
}
