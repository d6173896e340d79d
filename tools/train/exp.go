package main

import (
	"encoding/gob"
	"sort"
	"strings"

	"fmt"
	"github.com/safi-app/safi/internal/extract/classify"
	"io"
	"os"

	"github.com/safi-app/safi/internal/devkit/eval"
)

// cachedPage is page with exported fields, for gob.
type cachedPage struct {
	X        [][]float32
	Y, W     []float64
	RulesY   []bool
	Breaks   []bool
	Words    []float32
	Texts    []string
	Gold     string
	NonEmpty int
	Kept     string
	Dir      string
}

type cachedSets struct{ Fit, Tune, Dev []cachedPage }

func toCache(ps []page) []cachedPage {
	out := make([]cachedPage, len(ps))
	for i, p := range ps {
		out[i] = cachedPage{p.x, p.y, p.w, p.rulesY, p.breaks, p.words, p.texts, p.gold, p.nonEmpty, p.kept, p.dir}
	}
	return out
}

func fromCache(cs []cachedPage) []page {
	out := make([]page, len(cs))
	for i, c := range cs {
		// A cache written before features were added: the new ones are 0.
		// One written before Breaks has none (nil): one sequence a page;
		// one written before the gate has no words (nil): no gate.
		for k, r := range c.X {
			if len(r) < classify.NumFeatures {
				c.X[k] = append(r, make([]float32, classify.NumFeatures-len(r))...)
			}
		}
		out[i] = page{x: c.X, y: c.Y, w: c.W, rulesY: c.RulesY, breaks: c.Breaks, words: c.Words, texts: c.Texts, gold: c.Gold, nonEmpty: c.NonEmpty, kept: c.Kept, dir: c.Dir}
	}
	return out
}

// loadSets collects the fitting, tuning and dev pages of the HTML path, or
// reads them from cache when it exists (written otherwise).
func loadSets(corpus, dev, cache string) (fit, tune, devSeqs []page, err error) {
	if cache != "" {
		if f, e := os.Open(cache); e == nil {
			defer f.Close()
			var cs cachedSets
			if err := gob.NewDecoder(f).Decode(&cs); err != nil {
				return nil, nil, nil, err
			}
			return fromCache(cs.Fit), fromCache(cs.Tune), fromCache(cs.Dev), nil
		}
	}
	pages, err := eval.LoadPages(corpus, false)
	if err != nil {
		return nil, nil, nil, err
	}
	fitPages, tunePages := fitAndTune(pages)
	if fit, err = collect(fitPages, "html"); err != nil {
		return
	}
	if tune, err = collect(tunePages, "html"); err != nil {
		return
	}
	dp, err := eval.LoadPages(dev, true)
	if err != nil {
		return
	}
	if devSeqs, err = collect(dp, "html"); err != nil {
		return
	}
	if cache != "" {
		f, e := os.Create(cache)
		if e != nil {
			return nil, nil, nil, e
		}
		defer f.Close()
		if err = gob.NewEncoder(f).Encode(cachedSets{toCache(fit), toCache(tune), toCache(devSeqs)}); err != nil {
			return
		}
	}
	return
}

// experiment fits the HTML model with p and prints, at every step of trees,
// the tuning quarter's F1 at the best costs (those keeping dev within
// devSlack of the rules').
func experiment(corpus, dev, cache, dump string, p params, step, folds int, w io.Writer) error {
	fit, tune, devSeqs, err := loadSets(corpus, dev, cache)
	if err != nil {
		return err
	}
	if nestedCV {
		return nested(corpus, fit, tune, devSeqs, p, w)
	}
	if folds > 1 {
		return kfold(corpus, fit, tune, devSeqs, p, step, folds, w)
	}
	fd, _ := flatten(fit)
	m := train(fd, p)
	fmt.Fprintf(w, "params %+v: rules tune F1 %.4f dev %.4f\n", p, f1(nil, tune), f1(nil, devSeqs))
	per := 1<<(m.Depth+1) - 1
	for t := step; t <= p.Trees; t += step {
		mt := m
		mt.Feat, mt.Thr, mt.Val = m.Feat[:t*per], m.Thr[:t*per], m.Val[:t*per]
		for _, slack := range []float64{devSlack, 0.001} {
			tuneCosts("html", &mt, tune, devSeqs, slack)
			fmt.Fprintf(w, "  trees %3d slack %g: switch %g prior %g gate %g tune F1 %.4f dev %.4f\n", t, slack, mt.Switch, mt.Prior, mt.Gate, f1(&mt, tune), f1(&mt, devSeqs))
		}
	}
	tuneCosts("html", &m, tune, devSeqs, devSlack)
	fmt.Fprintf(w, "  fit F1 %.4f (rules %.4f)\n", f1(&m, fit), f1(nil, fit))
	if dump != "" {
		dumpPages(dump, &m, tune)
	}
	return nil
}

// dumpPages writes, for each tuning page, its F1 by the rules and by m, and
// its blocks with label, rules' and model's verdicts, worst model F1 first.
func dumpPages(file string, m *classify.Forest, seqs []page) {
	type row struct {
		k          int
		rules, mod eval.Result
		st         []bool
	}
	var rows []row
	mgs := margins(m, seqs)
	for k := range seqs {
		s := &seqs[k]
		em := make([]float32, len(s.x))
		for i := range s.x {
			em[i] = m.Emission(mgs[k][i], s.rulesY[i])
		}
		st := m.Decide(em, s.rulesY, s.breaks, s.words, s.nonEmpty)
		rows = append(rows, row{k,
			eval.Compare(s.gold, eval.LabelText(s.texts, s.rulesY)+"\n\n"+s.kept),
			eval.Compare(s.gold, eval.LabelText(s.texts, st)+"\n\n"+s.kept), st})
	}
	sort.Slice(rows, func(a, b int) bool { return rows[a].mod.F1() < rows[b].mod.F1() })
	f, err := os.Create(file)
	if err != nil {
		return
	}
	defer f.Close()
	for _, r := range rows {
		fmt.Fprintf(f, "%.3f %.3f (P %.3f R %.3f) %s\n", r.mod.F1(), r.rules.F1(), r.mod.Precision(), r.mod.Recall(), seqs[r.k].dir)
	}
	for _, r := range rows[:min(40, len(rows))] {
		s := &seqs[r.k]
		fmt.Fprintf(f, "\n=== %s model %.3f rules %.3f\n", s.dir, r.mod.F1(), r.rules.F1())
		for i, t := range s.texts {
			if len(t) > 100 {
				t = t[:100]
			}
			fmt.Fprintf(f, "%s%s%s %6.2f %s\n", mark(s.y[i] > 0), mark(s.rulesY[i]), mark(r.st[i]), mgs[r.k][i], strings.ReplaceAll(t, "\n", " / "))
		}
	}
}

func mark(v bool) string {
	if v {
		return "+"
	}
	return "."
}
