package main

import (
	"fmt"
	"io"
)

// runEval scores article extraction against a gold corpus.
// TODO(eval): the extraction-quality issue fills this in.
func runEval(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "app eval: not implemented yet")
	return 1
}
