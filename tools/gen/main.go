// Command gen writes a generated paste of varied pages (internal/devkit/benchdata)
// for benchmarks, as text or, with -html, as an HTML page of one story
// after another:
//
//	go run ./tools/gen -size 10MB -o /tmp/paste-10mb.txt
//	go run ./tools/gen -page ar          # one Arabic page to standard output
//	go run ./tools/gen -html -size 25MB -o /tmp/paste-25mb.html
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
		if *asHTML {
			data = htmlPaste(n, *seed)
		} else {
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
