package attribution_test

import (
	"context"
	"fmt"
	"log"

	"github.com/commentariat/commentariat/extract/attribution"
	"github.com/commentariat/commentariat/pipeline"
	"github.com/commentariat/commentariat/pipeline/language"
	"github.com/commentariat/commentariat/pipeline/structure"
)

// The attribution stage runs after the structure and language stages.
func Example() {
	st, err := structure.New()
	if err != nil {
		log.Fatal(err)
	}
	lang, err := language.New()
	if err != nil {
		log.Fatal(err)
	}
	at, err := attribution.New()
	if err != nil {
		log.Fatal(err)
	}
	doc := &pipeline.Document{Text: "Political scientist Dana Reyes said that turnout will fall.\n\n" +
		"\"Young voters feel ignored,\" Reyes added."}
	for _, s := range []pipeline.Stage{st, lang, at} {
		if err := s.Process(context.Background(), doc); err != nil {
			log.Fatal(err)
		}
	}
	for _, s := range doc.Statements {
		sp := doc.Speakers[s.Speaker]
		fmt.Printf("%s %q by %s (%s) cue %q\n", s.Kind, s.Span.In(doc.Text), sp.Name, sp.Roles[0], s.Cue)
	}
	// Output:
	// indirect "turnout will fall." by Dana Reyes (Political scientist) cue "said"
	// direct "Young voters feel ignored," by Dana Reyes (Political scientist) cue "added"
}
