// Command app is Safi's native program: it builds the static site, serves it
// locally, and runs the same engine as the browser app on files.
//
//	app analyze [--format json|text|md] FILE...   analyze files ("-" is standard input)
//	app eval DIR                                   score extraction against a gold corpus
//	app build [--out DIR]                          write the static site
//	app serve [--addr HOST:PORT] [--dir DIR]       serve the static site
package main

import (
	"fmt"
	"os"
)

const usage = `usage:
  app analyze [--format json|text|md] FILE...   analyze files ("-" reads standard input)
  app eval DIR                                   score article extraction against DIR/*/gold.txt
  app build [--out DIR]                          write the static site
  app serve [--addr HOST:PORT] [--dir DIR]       serve the static site
`

func main() {
	if len(os.Args) < 2 {
		fmt.Fprint(os.Stderr, usage)
		os.Exit(2)
	}
	cmd, args := os.Args[1], os.Args[2:]
	var code int
	switch cmd {
	case "analyze":
		code = runAnalyze(args, os.Stdin, os.Stdout, os.Stderr)
	case "eval":
		code = runEval(args, os.Stdout, os.Stderr)
	case "build":
		code = runBuild(args, os.Stdout, os.Stderr)
	case "serve":
		code = runServe(args, os.Stdout, os.Stderr)
	case "-h", "--help", "help":
		fmt.Print(usage)
	default:
		fmt.Fprintf(os.Stderr, "app: unknown command %q\n%s", cmd, usage)
		code = 2
	}
	os.Exit(code)
}
