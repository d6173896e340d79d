// Command compare scores Safi and two open-source HTML extractors on the
// same pages with the same scorer (internal/devkit/eval, score.py's metric):
// Safi from raw.txt, Safi from source.html, go-trafilatura and
// go-readability from source.html, per split and dataset:
//
//	cd tools/compare && go run . -corpus ../../../corpus-train
//
// It is a module of its own (go.mod here) so that the extractors it compares
// against never enter the product's go.mod. Gold conventions differ between
// datasets (title in or out, captions, comments): compare within a dataset.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	trafilatura "github.com/markusmobius/go-trafilatura"

	"github.com/safi-app/safi/internal/devkit/eval"
	"github.com/safi-app/safi/internal/engine"
)

type extractor struct {
	name string
	run  func(p eval.PageRef, raw, html []byte) string
}

var extractors = []extractor{
	{"safi-text", func(p eval.PageRef, raw, html []byte) string {
		return engine.Analyze(raw, engine.Options{Format: "text"}).Article.Text
	}},
	{"safi-html", func(p eval.PageRef, raw, html []byte) string {
		return engine.Analyze(html, engine.Options{Format: "html"}).Article.Text
	}},
	{"trafilatura", func(p eval.PageRef, raw, html []byte) string {
		opts := trafilatura.Options{EnableFallback: true}
		if u, err := url.Parse(p.URL); err == nil && p.URL != "" {
			opts.OriginalURL = u
		}
		res, err := trafilatura.Extract(bytes.NewReader(html), opts)
		if err != nil || res == nil {
			return ""
		}
		return res.ContentText
	}},
	{"readability", func(p eval.PageRef, raw, html []byte) string {
		var u *url.URL
		if p.URL != "" {
			u, _ = url.Parse(p.URL)
		}
		if u == nil {
			u, _ = url.Parse("http://fakehost/test/page.html")
		}
		art, err := readability.FromReader(bytes.NewReader(html), u)
		if err != nil {
			return ""
		}
		var b strings.Builder
		if err := art.RenderText(&b); err != nil {
			return ""
		}
		return b.String()
	}},
}

func main() {
	corpus := flag.String("corpus", "../../../corpus-train", "the unpacked training corpus")
	split := flag.String("split", eval.SplitValid, "the part to score: valid, train or all")
	pagesOut := flag.String("pages", "", "also write each page's F1 by extractor to this file (TSV), for error analysis on the training part")
	draws := flag.Int("draws", 2000, "bootstrap resamples of the sites for the intervals of Safi's lead over trafilatura (0: no intervals)")
	flag.Parse()
	pages, err := eval.LoadPages(*corpus, false)
	if err != nil {
		fmt.Fprintln(os.Stderr, "compare:", err)
		os.Exit(1)
	}
	var sel []eval.PageRef
	for _, p := range pages {
		if *split == "all" || p.Split == *split {
			sel = append(sel, p)
		}
	}
	start := time.Now()
	res := make([][]eval.Result, len(extractors)) // by extractor, by page
	for k := range res {
		res[k] = make([]eval.Result, len(sel))
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1) - 1); i < len(sel); i = int(next.Add(1) - 1) {
				p := sel[i]
				gold, err1 := os.ReadFile(filepath.Join(p.Dir, "gold.txt"))
				raw, err2 := os.ReadFile(filepath.Join(p.Dir, "raw.txt"))
				html, err3 := os.ReadFile(filepath.Join(p.Dir, "source.html"))
				if err1 != nil || err2 != nil || err3 != nil {
					fmt.Fprintln(os.Stderr, "compare:", p.Dir, err1, err2, err3)
					os.Exit(1)
				}
				for k, x := range extractors {
					res[k][i] = eval.Compare(string(gold), x.run(p, raw, html))
				}
			}
		}()
	}
	wg.Wait()
	var datasets []string
	for _, p := range sel {
		if len(datasets) == 0 || datasets[len(datasets)-1] != p.Dataset {
			datasets = append(datasets, p.Dataset)
		}
	}
	if *pagesOut != "" {
		if err := writePages(*pagesOut, sel, res); err != nil {
			fmt.Fprintln(os.Stderr, "compare:", err)
			os.Exit(1)
		}
	}
	fmt.Printf("F1 (P/R) on the %s part, token 4-gram shingles as score.py; %d pages in %.0f s\n", *split, len(sel), time.Since(start).Seconds())
	fmt.Printf("%-10s %5s", "dataset", "pages")
	for _, x := range extractors {
		fmt.Printf("  %-19s", x.name)
	}
	fmt.Println()
	for _, ds := range append([]string{"all"}, datasets...) {
		var idx []int
		for i, p := range sel {
			if ds == "all" || p.Dataset == ds {
				idx = append(idx, i)
			}
		}
		fmt.Printf("%-10s %5d", ds, len(idx))
		for k := range extractors {
			var rs []eval.Result
			for _, i := range idx {
				rs = append(rs, res[k][i])
			}
			s := eval.Aggregate(rs)
			fmt.Printf("  %s (%s/%s)", eval.Fmt(s.F1), eval.Fmt(s.Precision), eval.Fmt(s.Recall))
		}
		fmt.Println()
	}
	if *draws > 0 {
		printIntervals(sel, res, datasets, *draws)
	}
}

// printIntervals prints, for all pages and for each dataset, Safi's lead
// over trafilatura (F1 from the HTML and from the text, minus trafilatura's
// from the HTML) with its 95% interval and standard error over resamples of
// the sites (eval.SiteInterval): how far a lead of a few hundredths on a few
// dozen sites can be told from chance.
func printIntervals(sel []eval.PageRef, res [][]eval.Result, datasets []string, draws int) {
	col := func(name string) int {
		for k, x := range extractors {
			if x.name == name {
				return k
			}
		}
		panic("compare: no extractor " + name)
	}
	traf := col("trafilatura")
	fmt.Printf("\nSafi minus trafilatura, with a 95%% interval over %d resamples of the sites (pages of a site are drawn together)\n", draws)
	fmt.Printf("%-10s %5s %5s", "dataset", "pages", "sites")
	for _, name := range []string{"safi-html", "safi-text"} {
		fmt.Printf("  %-32s", name+" - trafilatura")
	}
	fmt.Println()
	for _, ds := range append([]string{"all"}, datasets...) {
		var sites []string
		var idx []int
		seen := map[string]bool{}
		for i, p := range sel {
			if ds == "all" || p.Dataset == ds {
				idx = append(idx, i)
				site := p.Dataset + "/" + p.Site
				sites = append(sites, site)
				seen[site] = true
			}
		}
		fmt.Printf("%-10s %5d %5d", ds, len(idx), len(seen))
		for _, name := range []string{"safi-html", "safi-text"} {
			k := col(name)
			a, b := make([]eval.Result, len(idx)), make([]eval.Result, len(idx))
			for j, i := range idx {
				a[j], b[j] = res[k][i], res[traf][i]
			}
			iv := eval.SiteInterval(a, b, sites, draws)
			fmt.Printf("  %+.3f [%+.3f, %+.3f] se %.3f   ", iv.Diff, iv.Lo, iv.Hi, iv.SE)
		}
		fmt.Println()
	}
}

// writePages writes one line a page: its dataset, site, folder and each
// extractor's F1, precision, recall and tokens extracted, in the order of
// extractors.
func writePages(path string, sel []eval.PageRef, res [][]eval.Result) error {
	var b strings.Builder
	b.WriteString("dataset\tsite\tlang\tkind\tdir\tgold")
	for _, x := range extractors {
		b.WriteString("\t" + x.name + "\tP\tR\ttokens")
	}
	b.WriteString("\n")
	for i, p := range sel {
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%s", p.Dataset, p.Site, p.Lang, p.Kind, p.Dir)
		fmt.Fprintf(&b, "\t%d", res[0][i].GoldTokens)
		for k := range extractors {
			r := res[k][i]
			fmt.Fprintf(&b, "\t%.4f\t%.4f\t%.4f\t%d", r.F1(), r.Precision(), r.Recall(), r.PredTokens)
		}
		b.WriteString("\n")
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}
