package corpus_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/commentariat/commentariat/corpus"
)

// Read yields one document per JSON line, and a problem, with its line
// number, for a line it cannot use; the lines after it are still read.
func ExampleRead() {
	rows := `{"id": "a1", "title": "Reform", "date": "March 24, 2023", "text": "Experts discussed the reform.", "author": "KISI"}
{"id": "a2", "text": ""}
{"id": "a3", "text": "A second article."}
`
	opts := corpus.Options{Stdin: strings.NewReader(rows)}
	for it := range corpus.Read(context.Background(), []string{"-"}, opts) {
		if it.Problem != nil {
			fmt.Println("problem:", it.Problem.Error())
			continue
		}
		d := it.Doc
		fmt.Printf("%s line %d (%s): %q id=%s date=%s author=%s\n",
			d.Origin.Path, d.Origin.Line, d.Origin.Format, d.Text, d.InputID, d.Date.Format("2006-01-02"), d.Meta["author"])
	}
	// Output:
	// - line 1 (jsonl): "Experts discussed the reform." id=a1 date=2023-03-24 author=KISI
	// problem: -:2: "text" field is empty
	// - line 3 (jsonl): "A second article." id=a3 date=0001-01-01 author=
}

// Folders are walked in lexical order; each text file is one document,
// whose title and dateline the structure stage later finds in the text.
func ExampleRead_folder() {
	for it := range corpus.Read(context.Background(), []string{"../examples"}, corpus.Options{}) {
		if it.Doc != nil {
			first, _, _ := strings.Cut(it.Doc.Text, "\n")
			fmt.Printf("%s (%s, %s): %s\n", it.Doc.Origin.Path, it.Doc.Origin.Format, it.Doc.Encoding, first)
		}
	}
	// Output:
	// ../examples/kisi-2023-03-24.txt (txt, utf-8): Preliminary Results of the Elections Discussed by KISI Experts
}
