package main

import (
	"fmt"
	"io"
)

// outOfFold fits one forest per fold of folds (a fold number, 0 to k-1, by
// page of seqs), each on the pages of the other folds, and returns each
// page's margins from the forest that did not see it, or an error when a
// fold holds every page (no forest can score it).
func outOfFold(seqs []page, folds []int, k int, p params) ([][]float32, error) {
	out := make([][]float32, len(seqs))
	for j := range k {
		var fit, held []int
		for i, f := range folds {
			if f == j {
				held = append(held, i)
			} else {
				fit = append(fit, i)
			}
		}
		if len(held) == 0 {
			continue
		}
		if len(fit) == 0 {
			return nil, fmt.Errorf("all %d pages are in one fold of the sites: no page can be scored out of fold", len(seqs))
		}
		ps := make([]page, len(fit))
		for n, i := range fit {
			ps[n] = seqs[i]
		}
		d, _ := flatten(ps)
		m := train(d, p)
		for _, i := range held {
			out[i] = margins(&m, seqs[i:i+1])[0]
		}
	}
	return out, nil
}

// nested compares make train's ways of fitting, each judged on pages it
// never saw: for each fold o of the training sites, the ways run on the
// other three folds and are scored on o (with -drop and -labels as kfold).
//   - quarter: the trees fitted on two of the three folds, the Viterbi
//     costs tuned on the third (as make train fitted on three quarters and
//     tuned on the fourth until 2026-12-07);
//   - oof: the costs tuned on the three folds' out-of-fold margins (a
//     forest per fold, fitted on the other two), the trees fitted on all
//     three (as make train does now).
func nested(corpus string, fit, tune, devSeqs []page, p params, w io.Writer) error {
	const k = cvFolds
	all, fold, err := cvPages(corpus, fit, tune, devSeqs, k)
	if err != nil {
		return err
	}
	var sumQ, sumO, sumR float64
	for o := range k {
		var inner []page
		var innerFold []int
		var outer []page
		for i, pg := range all {
			if fold[i] == o {
				outer = append(outer, pg)
			} else {
				inner = append(inner, pg)
				innerFold = append(innerFold, fold[i])
			}
		}
		// quarter: tune on the next fold
		tf := (o + 1) % k
		var qFit, qTune []page
		for i, pg := range inner {
			if innerFold[i] == tf {
				qTune = append(qTune, pg)
			} else {
				qFit = append(qFit, pg)
			}
		}
		d, _ := flatten(qFit)
		mq := train(d, p)
		tuneCosts("html", &mq, qTune, devSeqs, devSlack)
		// oof
		oof, err := outOfFold(inner, innerFold, k, p)
		if err != nil {
			return err
		}
		d, _ = flatten(inner)
		mo := train(d, p)
		tuneCostsWith("html", &mo, oof, inner, margins(&mo, devSeqs), devSeqs, devSlack)
		r, q, of := f1(nil, outer), f1(&mq, outer), f1(&mo, outer)
		sumR, sumQ, sumO = sumR+r, sumQ+q, sumO+of
		fmt.Fprintf(w, "fold %d (%d pages): rules %.4f quarter %.4f (sw %g pr %g gate %g) oof %.4f (sw %g pr %g gate %g)\n", o, len(outer), r, q, mq.Switch, mq.Prior, mq.Gate, of, mo.Switch, mo.Prior, mo.Gate)
	}
	fmt.Fprintf(w, "mean: rules %.4f quarter %.4f oof %.4f\n", sumR/k, sumQ/k, sumO/k)
	return nil
}
