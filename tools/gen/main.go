// Command gen writes a generated paste of varied pages (internal/devkit/benchdata)
// for benchmarks, as text or, with -html, as an HTML page of one story
// after another:
//
//	go run ./tools/gen -size 10MB -o /tmp/paste-10mb.txt
//	go run ./tools/gen -page ar          # one Arabic page to standard output
//	go run ./tools/gen -html -size 25MB -o /tmp/paste-25mb.html
//
// With -real it writes a paste of real pages instead (benchdata.Real): the
// seed and testdata/pages, and when given and present the shared corpus's
// dev/*/raw.txt and the unpacked training corpus's */*/raw.txt, one page of
// each group in turn, cycled to -size:
//
//	go run ./tools/gen -real -corpus ../shared/corpus -train ~/.cache/safi-train -size 10MB -o /tmp/real-10mb.txt
package main

import (
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/safi-app/safi/internal/devkit/benchdata"
)

func main() {
	size := flag.String("size", "1MB", "size of the paste: bytes, or with a suffix KB, MB (10³, 10⁶ bytes) or KiB, MiB")
	out := flag.String("o", "-", "output file, - for standard output")
	seed := flag.Uint64("seed", 1, "PRNG seed")
	page := flag.String("page", "", "write one page in this language (ar, fr, en) instead of a paste")
	asHTML := flag.Bool("html", false, "write an HTML page of stories (markup, scripts, styles, comments) of at least -size bytes")
	fromReal := flag.Bool("real", false, "write a paste of real pages: -testdata's seed and pages, -corpus's dev pages and -train's pages")
	testdata := flag.String("testdata", "testdata", "with -real: the repository's testdata folder")
	corpus := flag.String("corpus", "", "with -real: the shared corpus folder (its dev/*/raw.txt), skipped when missing")
	train := flag.String("train", "", "with -real: the unpacked training corpus (*/*/raw.txt), skipped when missing")
	flag.Parse()
	var data []byte
	if *page != "" {
		data = benchdata.Page(*page, *seed)
	} else {
		n, err := parseSize(*size)
		if err != nil {
			fmt.Fprintf(os.Stderr, "gen: -size %q: %v\n", *size, err)
			os.Exit(2)
		}
		switch {
		case *fromReal:
			data, err = realPaste(n, *testdata, *corpus, *train)
			if err != nil {
				fmt.Fprintf(os.Stderr, "gen: -real: %v\n", err)
				os.Exit(1)
			}
		case *asHTML:
			data = htmlPaste(n, *seed)
		default:
			data = benchdata.Paste(n, *seed)
		}
	}
	var err error
	if *out == "-" {
		_, err = os.Stdout.Write(data)
	} else {
		err = os.WriteFile(*out, data, 0o644)
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "gen: %v\n", err)
		os.Exit(1)
	}
}

// parseSize reads "10MB" (10⁷ bytes, as the benchmarks count), "512KiB",
// "1000" (bytes).
func parseSize(s string) (int, error) {
	mult := 1
	u := strings.ToUpper(strings.TrimSpace(s))
	for _, suf := range []struct {
		s string
		m int
	}{{"MIB", 1 << 20}, {"KIB", 1 << 10}, {"MB", 1e6}, {"M", 1e6}, {"KB", 1e3}, {"K", 1e3}, {"B", 1}} {
		if strings.HasSuffix(u, suf.s) {
			u, mult = strings.TrimSuffix(u, suf.s), suf.m
			break
		}
	}
	n, err := strconv.ParseFloat(strings.TrimSpace(u), 64)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("not a size")
	}
	return int(n * float64(mult)), nil
}

// realPaste is a paste of n bytes of the real pages found in the folders
// (corpus and train are skipped when they do not exist); it says on
// standard error how many pages of each group it drew from.
func realPaste(n int, testdata, corpus, train string) ([]byte, error) {
	if !isDir(corpus) {
		corpus = ""
	}
	if !isDir(train) {
		train = ""
	}
	src, err := benchdata.FindSources(testdata, corpus, train)
	if err != nil {
		return nil, err
	}
	counts := make([]string, len(src.Groups))
	for i, g := range src.Groups {
		counts[i] = strconv.Itoa(len(g))
	}
	fmt.Fprintf(os.Stderr, "gen: real pages from %s files (testdata %q, corpus %q, train %q)\n", strings.Join(counts, " + "), testdata, corpus, train)
	return benchdata.Real(n, src)
}

func isDir(path string) bool {
	if path == "" {
		return false
	}
	fi, err := os.Stat(path)
	return err == nil && fi.IsDir()
}
