package output_test

import (
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/commentariat/commentariat/output"
	"github.com/commentariat/commentariat/pipeline"
)

// A run opens the dataset, adds each result in input order and commits
// the batch; running again on the same input commits nothing.
func Example() {
	dir, err := os.MkdirTemp("", "commentariat-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)

	text := "Sanctions bite.\n\nThe economy shrank by 2 %."
	doc := &pipeline.Document{
		ID:       pipeline.DocID(text),
		Origin:   pipeline.Origin{Path: "article.txt", Format: "txt"},
		Text:     text,
		Encoding: "utf-8",
	}
	results := []pipeline.Result{
		{Seq: 0, Doc: doc},
		{Seq: 1, Problems: []pipeline.Problem{{Path: "broken.html", Stage: "read", Reason: "not valid utf-8"}}},
	}

	for run := 1; run <= 2; run++ {
		ds, err := output.Open(dir, output.Options{})
		if err != nil {
			log.Fatal(err)
		}
		batch, err := ds.NewBatch()
		if err != nil {
			log.Fatal(err)
		}
		for _, r := range results {
			if err := batch.Add(r); err != nil {
				log.Fatal(err)
			}
		}
		info, err := batch.Commit(output.CommitInfo{Args: []string{"commentariat", "run", "article.txt"}})
		if err != nil {
			log.Fatal(err)
		}
		if info.Empty {
			fmt.Printf("run %d: nothing new\n", run)
		} else {
			fmt.Printf("run %d: batch %s, %d documents, %d errors\n", run, info.ID, info.Documents, info.Errors)
		}
		ds.Close()
	}

	files, _ := filepath.Glob(filepath.Join(dir, "*", "*", "*.parquet"))
	for _, f := range files {
		rel, _ := filepath.Rel(dir, f)
		fmt.Println(filepath.ToSlash(rel))
	}
	// Output:
	// run 1: batch 000001, 1 documents, 1 errors
	// run 2: nothing new
	// batch_keyterms/batch=000001/part-00000.parquet
	// doc_entities/batch=000001/part-00000.parquet
	// doc_speakers/batch=000001/part-00000.parquet
	// documents/batch=000001/part-00000.parquet
	// errors/batch=000001/part-00000.parquet
	// keyterms/batch=000001/part-00000.parquet
	// mentions/batch=000001/part-00000.parquet
	// sections/batch=000001/part-00000.parquet
	// sentences/batch=000001/part-00000.parquet
	// statements/batch=000001/part-00000.parquet
	// theme_hits/batch=000001/part-00000.parquet
	// themes/batch=000001/part-00000.parquet
	// tone/batch=000001/part-00000.parquet
}
