package themes_test

import (
	"context"
	"fmt"

	"github.com/commentariat/commentariat/extract/themes"
	"github.com/commentariat/commentariat/pipeline"
	"github.com/commentariat/commentariat/pipeline/language"
)

func Example() {
	lang, _ := language.New()
	stage, _ := themes.New()
	doc := &pipeline.Document{Text: "Opposition parties say the electoral reform makes elections more competitive."}
	_ = lang.Process(context.Background(), doc)
	_ = stage.Process(context.Background(), doc)
	for _, h := range doc.ThemeHits {
		fmt.Printf("%s: %s\n", h.Theme, h.Span.In(doc.Text))
	}
	// Output:
	// parties: Opposition parties
	// pluralism: Opposition parties
	// elections: electoral
	// reform: reform
	// elections: elections
	// competition: competitive
}
