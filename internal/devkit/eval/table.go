package eval

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
)

// Blocker returns the texts of the blocks a reader makes of one page's input
// (format "text" for raw.txt, "html" for source.html): the units the labels
// are given to.
type Blocker func(src []byte, format string) []string

// Row is one line of the split table: the pages of one split and dataset
// ("all" for every dataset of the split) read in one format, scored four
// ways.
type Row struct {
	Format string `json:"format"` // "text" (raw.txt) or "html" (source.html)
	// Split is SplitDev, SplitTrain or SplitValid, or FoldName(k) for the
	// training part's fold k (Dataset "all").
	Split   string `json:"split"`
	Dataset string `json:"dataset"`
	// Safi is the extractor's score; Labels the gold-aligned block labels'
	// (the ceiling of a block classifier on the reader's blocks); Whole the
	// whole raw.txt as the prediction; Lines10 the lines of raw.txt of ten
	// words or more.
	Safi, Labels, Whole, Lines10 Score
}

// InputFile is the input a format reads.
func InputFile(format string) string {
	if format == "html" {
		return "source.html"
	}
	return "raw.txt"
}

// pageRes is one page scored four ways.
type pageRes struct {
	safi, labels, whole, lines Result
	skip                       bool // no input file of the format
	err                        error
}

// SplitTable scores x on every page, in each format of formats, and returns
// the rows: per split (dev, train, valid, in that order) the pages of all
// datasets, then one row per dataset; after the training part's rows, one
// row per fold of it (FoldOf), all datasets. A page without the format's input
// file (source.html) is left out of that format's rows. blocks may be nil: the Labels column is
// then empty. Pages run in parallel on GOMAXPROCS goroutines; the figures are
// summed in the pages' order, so they do not depend on it.
func SplitTable(pages []PageRef, formats []string, x Extractor, blocks Blocker) ([]Row, error) {
	var rows []Row
	for _, format := range formats {
		res := make([]pageRes, len(pages))
		var wg sync.WaitGroup
		var next atomic.Int64
		for range runtime.GOMAXPROCS(0) {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := int(next.Add(1) - 1); i < len(pages); i = int(next.Add(1) - 1) {
					res[i] = scorePage(pages[i], format, x, blocks)
				}
			}()
		}
		wg.Wait()
		for i, r := range res {
			if r.err != nil {
				return nil, fmt.Errorf("%s: %w", pages[i].Dir, r.err)
			}
		}
		add := func(split, ds string, keep func(p PageRef) bool) {
			var s, l, w, ln []Result
			for i, p := range pages {
				if !keep(p) || res[i].skip {
					continue
				}
				s, l, w, ln = append(s, res[i].safi), append(l, res[i].labels), append(w, res[i].whole), append(ln, res[i].lines)
			}
			if len(s) == 0 {
				return
			}
			row := Row{Format: format, Split: split, Dataset: ds,
				Safi: Aggregate(s), Whole: Aggregate(w), Lines10: Aggregate(ln)}
			if blocks != nil {
				row.Labels = Aggregate(l)
			}
			rows = append(rows, row)
		}
		for _, split := range []string{SplitDev, SplitTrain, SplitValid} {
			var datasets []string
			for _, p := range pages {
				if p.Split == split && (len(datasets) == 0 || datasets[len(datasets)-1] != p.Dataset) {
					datasets = append(datasets, p.Dataset) // pages are sorted by dataset
				}
			}
			if len(datasets) == 0 {
				continue
			}
			groups := datasets
			if len(datasets) > 1 {
				groups = append([]string{"all"}, datasets...)
			}
			for _, ds := range groups {
				add(split, ds, func(p PageRef) bool { return p.Split == split && (ds == "all" || p.Dataset == ds) })
			}
			if split != SplitTrain {
				continue
			}
			for k := 1; k <= Folds; k++ {
				add(FoldName(k), "all", func(p PageRef) bool { return p.Split == SplitTrain && p.Fold == k })
			}
		}
	}
	return rows, nil
}

func scorePage(p PageRef, format string, x Extractor, blocks Blocker) pageRes {
	var r pageRes
	gold, err := os.ReadFile(filepath.Join(p.Dir, "gold.txt"))
	if err != nil {
		return pageRes{err: err}
	}
	raw, err := os.ReadFile(filepath.Join(p.Dir, "raw.txt"))
	if err != nil {
		return pageRes{err: err}
	}
	src := raw
	if format == "html" {
		if src, err = os.ReadFile(filepath.Join(p.Dir, "source.html")); errors.Is(err, os.ErrNotExist) {
			return pageRes{skip: true}
		} else if err != nil {
			return pageRes{err: err}
		}
	}
	g := string(gold)
	text, _ := x(src, format)
	r.safi = Compare(g, text)
	if blocks != nil {
		bs := blocks(src, format)
		r.labels = Compare(g, LabelText(bs, Labels(bs, g)))
	}
	r.whole = Compare(g, string(raw))
	r.lines = Compare(g, Lines10(string(raw)))
	return r
}

// Lines10 keeps the lines of s with at least ten white-space separated
// words: the second baseline of the corpus README.
func Lines10(s string) string {
	var b strings.Builder
	for line := range strings.Lines(s) {
		if len(strings.Fields(line)) >= 10 {
			b.WriteString(line)
		}
	}
	return b.String()
}

// WriteTable prints the rows for people: F1 of Safi with its precision and
// recall, then the F1 of the labels and of the two baselines.
func WriteTable(w io.Writer, rows []Row) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%-6s %-6s %-10s %5s  %5s %5s %5s  %6s %5s %7s\n",
		"format", "split", "dataset", "pages", "P", "R", "F1", "labels", "whole", "lines10")
	prev := ""
	for _, r := range rows {
		key := r.Format + r.Split
		if strings.HasPrefix(r.Split, "fold") {
			key = r.Format + SplitTrain + "folds" // the folds follow the training part's rows, apart
		}
		if prev != "" && key != prev {
			b.WriteString("\n")
		}
		prev = key
		lab := "-"
		if r.Labels.N > 0 {
			lab = Fmt(r.Labels.F1)
		}
		fmt.Fprintf(&b, "%-6s %-6s %-10s %5d  %5s %5s %5s  %6s %5s %7s\n",
			r.Format, r.Split, r.Dataset, r.Safi.N, Fmt(r.Safi.Precision), Fmt(r.Safi.Recall), Fmt(r.Safi.F1),
			lab, Fmt(r.Whole.F1), Fmt(r.Lines10.F1))
	}
	_, err := io.WriteString(w, b.String())
	return err
}
