package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/safi-app/safi/internal/devkit/eval"
	"github.com/safi-app/safi/internal/extract/classify"
)

// errorTable gathers, over the folds left out of a k-fold run, where the
// model's verdicts (and the rules') differ from the labels: by dataset the
// F1, precision and recall of the rules, the model and the labels, and by
// kind of block (the HTML reader's tag, region and hints, read back from the
// features) the weight of the blocks wrongly in and wrongly out, a page
// weighing one (a block weighs its share of its page's decided tokens).
type errorTable struct {
	res   map[string][3][]eval.Result // by dataset: rules, model, labels
	kinds map[string]*kindErr
	pages []pageErr
}

type kindErr struct {
	w                              float64 // weight of the kind's blocks
	in                             float64 // of them labelled in
	rulesFP, rulesFN, modFP, modFN float64
}

type pageErr struct {
	dir        string
	rules, mod eval.Result
	labels     eval.Result
	fp, fn     float64 // the model's weight wrongly in, wrongly out
	blocks     []string
}

func newErrorTable() *errorTable {
	return &errorTable{res: map[string][3][]eval.Result{}, kinds: map[string]*kindErr{}}
}

// kindOf names a block's kind from its features.
func kindOf(x []float32) string {
	f := func(name string) float32 { return x[featureIndex(name)] }
	tag := "other"
	switch {
	case f("heading") > 0:
		tag = "h"
	case f("tag-p") > 0:
		tag = "p"
	case f("tag-li") > 0:
		tag = "li"
	case f("tag-cell") > 0:
		tag = "td"
	case f("tag-div") > 0:
		tag = "div"
	case f("tag-pre") > 0 || f("tag-quote") > 0 || f("tag-def") > 0:
		tag = "pre/quote/dd"
	}
	reg := "main"
	switch {
	case f("region-outside") > 0:
		reg = "outside"
	case f("region-dropped") > 0:
		reg = "dropped"
	case f("region-main") == 0:
		reg = "none"
	}
	hint := ""
	for _, h := range []string{"hint-comment", "hint-related", "hint-nav", "hint-share", "hint-ad", "hint-meta"} {
		if f(h) > 0 {
			hint = " " + strings.TrimPrefix(h, "hint-")
			break
		}
	}
	return reg + " " + tag + hint
}

// add records the pages of a fold left out with the model's states.
func (t *errorTable) add(m *classify.Forest, seqs []page) {
	mgs := margins(m, seqs)
	for k := range seqs {
		s := &seqs[k]
		em := make([]float32, len(s.x))
		for i := range s.x {
			em[i] = m.Emission(mgs[k][i], s.rulesY[i])
		}
		st := m.Decide(em, s.rulesY, s.breaks, s.words, s.nonEmpty)
		lab := make([]bool, len(s.y))
		for i, v := range s.y {
			lab[i] = v >= 0.5
		}
		ds := filepath.Base(filepath.Dir(s.dir))
		pe := pageErr{dir: s.dir,
			rules:  eval.Compare(s.gold, eval.LabelText(s.texts, s.rulesY)+"\n\n"+s.kept),
			mod:    eval.Compare(s.gold, eval.LabelText(s.texts, st)+"\n\n"+s.kept),
			labels: eval.Compare(s.gold, eval.LabelText(s.texts, lab)+"\n\n"+s.kept)}
		r := t.res[ds]
		r[0], r[1], r[2] = append(r[0], pe.rules), append(r[1], pe.mod), append(r[2], pe.labels)
		t.res[ds] = r
		for i := range s.x {
			kind := kindOf(s.x[i])
			kd := t.kinds[kind]
			if kd == nil {
				kd = &kindErr{}
				t.kinds[kind] = kd
			}
			w := s.w[i]
			kd.w += w
			if lab[i] {
				kd.in += w
				if !s.rulesY[i] {
					kd.rulesFN += w
				}
				if !st[i] {
					kd.modFN += w
					pe.fn += w
				}
			} else {
				if s.rulesY[i] {
					kd.rulesFP += w
				}
				if st[i] {
					kd.modFP += w
					pe.fp += w
				}
			}
		}
		for i, tx := range s.texts {
			if len(tx) > 90 {
				tx = tx[:90]
			}
			pe.blocks = append(pe.blocks, fmt.Sprintf("%s%s%s %6.2f %-22s %s", mark(lab[i]), mark(s.rulesY[i]), mark(st[i]), mgs[k][i], kindOf(s.x[i]), strings.ReplaceAll(tx, "\n", " / ")))
		}
		t.pages = append(t.pages, pe)
	}
}

// write prints the tables to w and the pages, worst first, to file.
func (t *errorTable) write(w io.Writer, file string) {
	var names []string
	for ds := range t.res {
		names = append(names, ds)
	}
	sort.Strings(names)
	fmt.Fprintf(w, "\n%-8s %5s  %-20s %-20s %-20s\n", "dataset", "pages", "rules F1 (P/R)", "model F1 (P/R)", "labels F1 (P/R)")
	var all [3][]eval.Result
	row := func(name string, r [3][]eval.Result) {
		fmt.Fprintf(w, "%-8s %5d ", name, len(r[0]))
		for k := range 3 {
			a := eval.Aggregate(r[k])
			fmt.Fprintf(w, " %.3f (%.3f/%.3f)", a.F1, a.Precision, a.Recall)
		}
		fmt.Fprintln(w)
	}
	for _, ds := range names {
		r := t.res[ds]
		for k := range 3 {
			all[k] = append(all[k], r[k]...)
		}
		row(ds, r)
	}
	row("all", all)
	n := float64(len(t.pages))
	var kinds []string
	for k := range t.kinds {
		kinds = append(kinds, k)
	}
	sort.Slice(kinds, func(a, b int) bool {
		x, y := t.kinds[kinds[a]], t.kinds[kinds[b]]
		return x.modFP+x.modFN > y.modFP+y.modFN
	})
	fmt.Fprintf(w, "\nblock kind (region tag hint)   weight  in%%   rules FP   FN   model FP   FN   (weight: share of a page's decided tokens, summed over pages, per page)\n")
	var tot kindErr
	for _, k := range kinds {
		e := t.kinds[k]
		tot.w += e.w
		tot.in += e.in
		tot.rulesFP += e.rulesFP
		tot.rulesFN += e.rulesFN
		tot.modFP += e.modFP
		tot.modFN += e.modFN
		if (e.modFP+e.modFN)/n < 0.001 && (e.rulesFP+e.rulesFN)/n < 0.001 {
			continue
		}
		fmt.Fprintf(w, "%-28s %7.3f %4.0f   %8.3f %5.3f   %8.3f %5.3f\n", k, e.w/n, 100*e.in/max(e.w, 1e-12), e.rulesFP/n, e.rulesFN/n, e.modFP/n, e.modFN/n)
	}
	fmt.Fprintf(w, "%-28s %7.3f %4.0f   %8.3f %5.3f   %8.3f %5.3f\n", "all", tot.w/n, 100*tot.in/max(tot.w, 1e-12), tot.rulesFP/n, tot.rulesFN/n, tot.modFP/n, tot.modFN/n)
	if file == "" {
		return
	}
	sort.Slice(t.pages, func(a, b int) bool { return t.pages[a].mod.F1() < t.pages[b].mod.F1() })
	f, err := os.Create(file)
	if err != nil {
		return
	}
	defer f.Close()
	for _, p := range t.pages {
		fmt.Fprintf(f, "%.3f rules %.3f labels %.3f (P %.3f R %.3f) fp %.3f fn %.3f %s\n", p.mod.F1(), p.rules.F1(), p.labels.F1(), p.mod.Precision(), p.mod.Recall(), p.fp, p.fn, p.dir)
	}
	for _, p := range t.pages[:min(80, len(t.pages))] {
		fmt.Fprintf(f, "\n=== %s model %.3f rules %.3f labels %.3f\n", p.dir, p.mod.F1(), p.rules.F1(), p.labels.F1())
		for _, b := range p.blocks {
			fmt.Fprintln(f, b)
		}
	}
}
