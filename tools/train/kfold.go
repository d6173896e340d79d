package main

import (
	"fmt"
	"hash/fnv"
	"io"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/safi-app/safi/internal/devkit/eval"
	"github.com/safi-app/safi/internal/extract/classify"
)

// foldOf is the fold of a training site among k: the FNV-1a hash of the site
// (as eval.SplitOf reads it), divided by 4, modulo k. With k = 4 (cvFolds,
// make train's folds), fold 0 is the former tuning quarter (tunePart).
func foldOf(site string, k int) int {
	s := strings.TrimPrefix(strings.ToLower(strings.TrimSpace(site)), "www.")
	h := fnv.New32a()
	h.Write([]byte(s))
	return int(h.Sum32() / 4 % uint32(k))
}

// kfold fits the HTML model k times, each time on the training part less
// one fold of its sites, and prints each fold's F1 (the Viterbi costs tuned
// on the fold itself, which flatters each fold a little alike) every step
// trees, and their mean: for choosing among configurations with less noise
// than one quarter alone gives, and without the validation part. (-nested
// compares ways of fitting without that flattery.)
func kfold(corpus string, fit, tune, devSeqs []page, p params, step, k int, w io.Writer) error {
	all, fold, err := cvPages(corpus, fit, tune, devSeqs, k)
	if err != nil {
		return err
	}
	folds := make([][]page, k)
	rest := make([][]page, k)
	for i, pg := range all {
		f := fold[i]
		for j := range k {
			switch {
			case j == f:
				folds[j] = append(folds[j], pg)
			case lessData && f == (j+1)%k:
				// a learning-curve point: one fold fewer to fit on
			default:
				rest[j] = append(rest[j], pg)
			}
		}
	}
	var sizes []int
	for t := step; t <= p.Trees; t += step {
		sizes = append(sizes, t)
	}
	sum := make([]float64, len(sizes))
	// Each size's page scores by dataset, over the folds (at each fold's
	// costs), and the rules'.
	byData := make([]map[string][]eval.Result, len(sizes)+1)
	for s := range byData {
		byData[s] = map[string][]eval.Result{}
	}
	addResults := func(s int, m *classify.Forest, seqs []page) {
		var mgs [][]float32
		if m != nil {
			mgs = margins(m, seqs)
		}
		for i, r := range resultsWith(m, mgs, seqs) {
			ds := filepath.Base(filepath.Dir(seqs[i].dir))
			byData[s][ds] = append(byData[s][ds], r)
		}
	}
	var rulesSum float64
	et := newErrorTable()
	for j := range k {
		fd, _ := flatten(rest[j])
		m := train(fd, p)
		per := 1<<(m.Depth+1) - 1
		rf := f1(nil, folds[j])
		rulesSum += rf
		addResults(len(sizes), nil, folds[j])
		fmt.Fprintf(w, "fold %d (%d pages, rules %.4f, labels %.4f):", j, len(folds[j]), rf, labelsF1(folds[j]))
		for s, t := range sizes {
			mt := m
			mt.Feat, mt.Thr, mt.Val = m.Feat[:t*per], m.Thr[:t*per], m.Val[:t*per]
			base := mt.Base
			best, bb := -1.0, 0.0
			for _, b := range biases {
				mt.Base = base + float32(b)
				tuneCosts("html", &mt, folds[j], devSeqs, devSlack)
				if a := f1(&mt, folds[j]); a > best+1e-9 {
					best, bb = a, b
				}
			}
			sum[s] += best
			mt.Base = base + float32(bb)
			tuneCosts("html", &mt, folds[j], devSeqs, devSlack)
			addResults(s, &mt, folds[j])
			if errorsFile != "" && t == errorsAt {
				et.add(&mt, folds[j])
			}
			if len(biases) > 1 {
				fmt.Fprintf(w, " %d:%.4f(b%g)", t, best, bb)
			} else {
				fmt.Fprintf(w, " %d:%.4f", t, best)
			}
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "mean (rules %.4f):", rulesSum/float64(k))
	for s, t := range sizes {
		fmt.Fprintf(w, " %d:%.4f", t, sum[s]/float64(k))
	}
	fmt.Fprintln(w)
	var names []string
	for ds := range byData[len(sizes)] {
		names = append(names, ds)
	}
	sort.Strings(names)
	for _, ds := range names {
		fmt.Fprintf(w, "  %-8s %4d pages, rules %.4f:", ds, len(byData[len(sizes)][ds]), eval.Aggregate(byData[len(sizes)][ds]).F1)
		for s, t := range sizes {
			fmt.Fprintf(w, " %d:%.4f", t, eval.Aggregate(byData[s][ds]).F1)
		}
		fmt.Fprintln(w)
	}
	if errorsFile != "" {
		et.write(w, errorsFile)
	}
	return nil
}

// errorsFile, with -exp -kfold: where to write the folds' pages, worst
// first, after the error table (errorTable) of the model of errorsAt trees.
var (
	errorsFile string
	errorsAt   int
)

// cvPages returns the training part's pages (fit and tune) and the fold
// of each page's site among k, for the cross-validations of -exp (kfold,
// nested): with -labels the pages relabelled, with -drop the features named
// zeroed on them and on the dev pages.
func cvPages(corpus string, fit, tune, devSeqs []page, k int) ([]page, []int, error) {
	pages, err := eval.LoadPages(corpus, false)
	if err != nil {
		return nil, nil, err
	}
	site := map[string]string{}
	for _, pg := range pages {
		site[pg.Dir] = pg.Site
	}
	all := append(append([]page(nil), fit...), tune...)
	if labelMode != "" {
		all = relabel(all, labelMode)
	}
	for _, ps := range [][]page{all, devSeqs} {
		for _, pg := range ps {
			for _, r := range pg.x {
				for _, f := range kfoldDrop {
					r[f] = 0
				}
			}
		}
	}
	fold := make([]int, len(all))
	for i, pg := range all {
		fold[i] = foldOf(site[pg.dir], k)
	}
	return all, fold, nil
}

// kfoldDrop, with -exp -kfold -drop: the features zeroed on every page.
var kfoldDrop []int

// labelMode, with -exp: "" the pages' labels; "soft" the share of a block's
// shingles in the gold as its target; a number the share a block needs to
// be labelled in.
var labelMode string

// relabel returns the pages with their targets recomputed by mode from the
// texts of the blocks the model decides (the short blocks' rule reads only
// those blocks' neighbours).
func relabel(ps []page, mode string) []page {
	out := make([]page, len(ps))
	for k, p := range ps {
		sh := eval.Shares(p.texts, p.gold)
		y := make([]float64, len(sh))
		for i, v := range sh {
			switch mode {
			case "soft":
				y[i] = v
			default:
				t, err := strconv.ParseFloat(mode, 64)
				if err != nil {
					panic(err)
				}
				if v >= t {
					y[i] = 1
				}
			}
		}
		p.y = y
		out[k] = p
	}
	return out
}

// biases, with -exp -kfold: the shifts of the trees' margin tried (the
// best one per fold is taken).
var biases = []float64{0}

// lessData, with -exp -kfold: fit each fold's trees without the next fold
// too (a point of the learning curve).
var lessData bool

// labelsF1 is the F1 of the pages when the blocks the model decides take
// their labels: the ceiling of the model with the rules' other blocks.
func labelsF1(seqs []page) float64 {
	res := make([]eval.Result, 0, len(seqs))
	for _, s := range seqs {
		st := make([]bool, len(s.y))
		for i, v := range s.y {
			st[i] = v >= 0.5
		}
		res = append(res, eval.Compare(s.gold, eval.LabelText(s.texts, st)+"\n\n"+s.kept))
	}
	return eval.Aggregate(res).F1
}
