// Command gen rewrites the SCHEMA section of the README from the output
// package: run it with go generate ./output.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/commentariat/commentariat/internal/schemadoc"
	"github.com/commentariat/commentariat/output"
)

func main() {
	readme := flag.String("readme", "../README.md", "the README to update")
	src := flag.String("src", ".", "the output package's folder")
	flag.Parse()
	md, err := schemadoc.Markdown(output.Tables(), *src)
	if err != nil {
		fmt.Fprintln(os.Stderr, "schemadoc:", err)
		os.Exit(1)
	}
	changed, err := schemadoc.Update(*readme, md)
	if err != nil {
		fmt.Fprintln(os.Stderr, "schemadoc:", err)
		os.Exit(1)
	}
	if changed {
		fmt.Fprintln(os.Stderr, "schemadoc: updated", *readme)
	}
}
