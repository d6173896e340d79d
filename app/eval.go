package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/safi-app/safi/internal/devkit/eval"
	"github.com/safi-app/safi/internal/engine"
)

// runEval scores article extraction against a gold corpus: for every
// DIR/*/gold.txt beside the input file, it runs the engine and prints each
// page's token precision, recall and F1 (worst first), the set's means as
// ../shared/eval/score.py defines them, and title accuracy.
func runEval(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	input := fs.String("input", "raw.txt", "the input file of each page: raw.txt (text) or source.html (HTML)")
	asJSON := fs.Bool("json", false, "print the scores as JSON")
	out := fs.String("out", "", "also write each page's extracted text to `DIR`/<id>.txt")
	table := fs.Bool("table", false, "print the split table instead: text and HTML F1 of the corpus (dev) and of --train's training and validation parts, per dataset and per fold of the training part, with the labels' ceiling and the baselines")
	train := fs.String("train", "", "with --table: the unpacked training corpus (`DIR`/<dataset>/<id>/); skipped when absent")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: app eval [--input raw.txt|source.html] [--json] [--out DIR] CORPUS")
		fmt.Fprintln(stderr, "       app eval --table [--json] [--train DIR] CORPUS")
		fs.PrintDefaults()
	}
	// Flags may come before or after the corpus folder.
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return 2
		}
		if fs.NArg() == 0 {
			break
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
	if len(pos) != 1 {
		fs.Usage()
		return 2
	}

	if *table {
		return runTable(pos[0], *train, *asJSON, stdout, stderr)
	}
	start := time.Now()
	var bytes int
	cs, err := eval.Corpus(pos[0], *input, func(src []byte, format string) (string, string) {
		bytes += len(src)
		r := engine.Analyze(src, engine.Options{Format: format})
		return r.Article.Text, r.Article.Title
	})
	elapsed := time.Since(start)
	if err != nil {
		fmt.Fprintf(stderr, "app eval: %v\n", err)
		return 1
	}
	if *out != "" {
		if err := writePredictions(*out, cs.Pages); err != nil {
			fmt.Fprintf(stderr, "app eval: %v\n", err)
			return 1
		}
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", " ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(cs); err != nil {
			fmt.Fprintf(stderr, "app eval: %v\n", err)
			return 1
		}
		return 0
	}
	if err := cs.WriteText(stdout); err != nil {
		fmt.Fprintf(stderr, "app eval: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "analysed %d pages (%.1f MB) in %.0f ms\n", len(cs.Pages), float64(bytes)/1e6, elapsed.Seconds()*1000)
	return 0
}

// writePredictions writes each page's extracted text to dir/<id>.txt, the
// layout score.py's --pred-dir reads (under a folder named after the set).
func writePredictions(dir string, pages []eval.PageScore) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, p := range pages {
		if err := os.WriteFile(filepath.Join(dir, p.ID+".txt"), []byte(p.Pred), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// runTable prints the split table (eval.SplitTable) of the dev corpus and,
// when train names a folder that exists, of the training corpus's two parts.
func runTable(dev, train string, asJSON bool, stdout, stderr io.Writer) int {
	start := time.Now()
	pages, err := eval.LoadPages(dev, true)
	if err != nil {
		fmt.Fprintf(stderr, "app eval: %s: %v\n", dev, err)
		return 1
	}
	if train != "" {
		if _, err := os.Stat(train); err != nil {
			fmt.Fprintf(stderr, "app eval: no training corpus (%v): dev rows only\n", err)
		} else {
			tp, err := eval.LoadPages(train, false)
			if err != nil {
				fmt.Fprintf(stderr, "app eval: %s: %v\n", train, err)
				return 1
			}
			pages = append(pages, tp...)
		}
	}
	rows, err := eval.SplitTable(pages, []string{"text", "html"}, extractArticle, readBlocks)
	if err != nil {
		fmt.Fprintf(stderr, "app eval: %v\n", err)
		return 1
	}
	if asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", " ")
		if err := enc.Encode(rows); err != nil {
			fmt.Fprintf(stderr, "app eval: %v\n", err)
			return 1
		}
		return 0
	}
	fmt.Fprintln(stdout, "F1 of token 4-gram shingles (score.py); labels: the blocks aligned with the gold, the ceiling;")
	fmt.Fprintln(stdout, "whole: all of raw.txt; lines10: its lines of ten words or more. valid: sites whose FNV-1a hash is 0 mod 4.")
	if err := eval.WriteTable(stdout, rows); err != nil {
		fmt.Fprintf(stderr, "app eval: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "scored %d pages twice in %.1f s\n", len(pages), time.Since(start).Seconds())
	return 0
}

// extractArticle is the product's extraction: the engine's article text and
// title.
func extractArticle(src []byte, format string) (string, string) {
	r := engine.Analyze(src, engine.Options{Format: format})
	return r.Article.Text, r.Article.Title
}

// readBlocks returns the texts of the blocks the reader of format makes.
func readBlocks(src []byte, format string) []string {
	d := engine.Prepare(src, engine.Options{Format: format})
	out := make([]string, len(d.Blocks))
	for i := range d.Blocks {
		out[i] = d.Blocks[i].Text
	}
	return out
}
