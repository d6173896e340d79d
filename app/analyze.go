package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/safi-app/safi/internal/engine"
	"github.com/safi-app/safi/internal/render"
)

// runAnalyze prints the report of each file named in args. A file that
// cannot be read gets a message naming it and exit status 1; the others are
// still processed.
func runAnalyze(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("analyze", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "json", "output: json (the report), text (the article only) or md (a Markdown summary)")
	timing := fs.Bool("timing", false, "record the time of each stage in the report")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	switch *format {
	case "json", "text", "md":
	default:
		fmt.Fprintf(stderr, "app analyze: unknown format %q (want json, text or md)\n", *format)
		return 2
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "app analyze: no file named (use - for standard input)")
		return 2
	}
	status := 0
	for _, name := range fs.Args() {
		src, err := readInput(name, stdin)
		if err != nil {
			fmt.Fprintf(stderr, "app analyze: %s: %v\n", name, err)
			status = 1
			continue
		}
		r := engine.Analyze(src, engine.Options{Timing: *timing})
		r.File = name
		switch *format {
		case "json":
			enc := json.NewEncoder(stdout)
			enc.SetIndent("", "  ")
			enc.SetEscapeHTML(false)
			if err := enc.Encode(r); err != nil {
				fmt.Fprintf(stderr, "app analyze: %s: %v\n", name, err)
				return 1
			}
		case "text":
			io.WriteString(stdout, render.Text(r))
		case "md":
			io.WriteString(stdout, render.Markdown(r))
		}
	}
	return status
}

// readInput reads a named file, or standard input for "-".
func readInput(name string, stdin io.Reader) ([]byte, error) {
	if name == "-" {
		return io.ReadAll(stdin)
	}
	return os.ReadFile(name)
}
