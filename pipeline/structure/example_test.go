package structure_test

import (
	"context"
	"fmt"

	"github.com/commentariat/commentariat/pipeline"
	"github.com/commentariat/commentariat/pipeline/structure"
)

func Example() {
	stage, err := structure.New()
	if err != nil {
		panic(err)
	}
	doc := &pipeline.Document{Text: "Experts Discuss the Elections\n\nMarch 24, 2023\n\n" +
		"Experts met in Astana on Friday to discuss the results of the elections.\n\n" +
		"A new stage\n" +
		"The elections were the next step of a long reform. They showed that voters want change.\n\n" +
		"Jane Doe\n" +
		"Senior Expert\n" +
		"Institute of Strategic Studies\n" +
		"What comes next\n" +
		"The new parliament will have to prove itself. Its first months will be decisive.\n\n" +
		"Senior Expert\n" +
		"Institute of Strategic Studies\n"}
	if err := stage.Process(context.Background(), doc); err != nil {
		panic(err)
	}
	fmt.Println(doc.Title, "|", doc.Date.Format("2006-01-02"))
	for _, s := range doc.Sections {
		var sig []string
		for _, l := range s.Signature {
			sig = append(sig, l.Text)
		}
		fmt.Printf("%d %q signed %q\n", s.Index, s.Title, sig)
	}
	// Output:
	// Experts Discuss the Elections | 2023-03-24
	// 0 "Experts Discuss the Elections" signed []
	// 1 "A new stage" signed ["Jane Doe" "Senior Expert" "Institute of Strategic Studies"]
	// 2 "What comes next" signed ["Senior Expert" "Institute of Strategic Studies"]
}
