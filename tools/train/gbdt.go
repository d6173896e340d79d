package main

import (
	"math"
	"slices"
	"sync"

	"github.com/safi-app/safi/internal/extract/classify"
)

// Gradient-boosted trees for a logistic loss, histogram-based: each feature's
// values are cut into at most maxBins bins at quantiles of the training
// rows, and a split sends a row left when its value is below the bin's edge
// (the rule classify.Forest.Margin applies at run time). Deterministic: no
// sampling, features scanned in order, ties broken by the lowest feature and
// bin.

const maxBins = 64

// params of the boosting.
type params struct {
	Trees    int
	Depth    int
	Rate     float64 // learning rate (shrinkage)
	Lambda   float64 // L2 regularisation of the leaf values
	MinChild float64 // least hessian weight in a child
}

// dataset is the training rows, feature-major after binning.
type dataset struct {
	n     int
	x     [][]float32 // by row: the features
	y     []float64   // 1 in, 0 out
	w     []float64   // weight
	edges [][]float32 // by feature: the bin edges, ascending
	bins  [][]uint8   // by feature, by row: the bin (edges below or at the value)
}

func newDataset(x [][]float32, y, w []float64) *dataset {
	d := &dataset{n: len(x), x: x, y: y, w: w}
	nf := classify.NumFeatures
	d.edges = make([][]float32, nf)
	d.bins = make([][]uint8, nf)
	vals := make([]float32, len(x))
	for f := range nf {
		for i, r := range x {
			vals[i] = r[f]
		}
		s := slices.Clone(vals)
		slices.Sort(s)
		s = slices.Compact(s)
		var edges []float32
		if len(s) <= maxBins {
			edges = s[1:] // every distinct value but the least opens a bin
		} else {
			// Quantiles of the distinct values weighted by how often they
			// occur: cut the sorted values into maxBins runs of equal count.
			all := slices.Clone(vals)
			slices.Sort(all)
			for k := 1; k < maxBins; k++ {
				v := all[k*len(all)/maxBins]
				if v > all[0] && (len(edges) == 0 || v > edges[len(edges)-1]) {
					edges = append(edges, v)
				}
			}
		}
		d.edges[f] = edges
		b := make([]uint8, len(x))
		for i, v := range vals {
			// bin = the number of edges at or below v: v < edges[bin].
			lo, hi := 0, len(edges)
			for lo < hi {
				m := (lo + hi) / 2
				if edges[m] <= v {
					lo = m + 1
				} else {
					hi = m
				}
			}
			b[i] = uint8(lo)
		}
		d.bins[f] = b
	}
	return d
}

// train fits the forest.
func train(d *dataset, p params) classify.Forest {
	var sw, sy float64
	for i := range d.n {
		sw += d.w[i]
		sy += d.w[i] * d.y[i]
	}
	prior := min(max(sy/sw, 1e-6), 1-1e-6)
	base := float32(math.Log(prior / (1 - prior)))
	m := classify.Forest{Depth: p.Depth, Base: base}
	margin := make([]float64, d.n)
	for i := range margin {
		margin[i] = float64(base)
	}
	g := make([]float64, d.n)
	h := make([]float64, d.n)
	per := 1<<(p.Depth+1) - 1
	for range p.Trees {
		for i := range d.n {
			pr := 1 / (1 + math.Exp(-margin[i]))
			g[i] = d.w[i] * (pr - d.y[i])
			h[i] = d.w[i] * math.Max(pr*(1-pr), 1e-6)
		}
		feat := make([]uint8, per)
		thr := make([]float32, per)
		val := make([]float32, per)
		for k := range feat {
			feat[k] = classify.Leaf
		}
		leafOf := make([]int32, d.n) // the node each row is in
		rows := [][]int32{make([]int32, d.n)}
		for i := range d.n {
			rows[0][i] = int32(i)
		}
		// Level by level: nodes 2^l-1 … 2^(l+1)-2 hold rows[k - (2^l-1)].
		for level := 0; level <= p.Depth; level++ {
			first := 1<<level - 1
			next := make([][]int32, 2*len(rows))
			for j, rs := range rows {
				k := first + j
				var G, H float64
				for _, r := range rs {
					G += g[r]
					H += h[r]
				}
				val[k] = float32(-G / (H + p.Lambda) * p.Rate)
				if len(rs) == 0 {
					continue
				}
				if level == p.Depth || H < 2*p.MinChild {
					for _, r := range rs {
						leafOf[r] = int32(k)
					}
					continue
				}
				f, bin, ok := bestSplit(d, rs, g, h, G, H, p)
				if !ok {
					for _, r := range rs {
						leafOf[r] = int32(k)
					}
					continue
				}
				feat[k], thr[k] = uint8(f), d.edges[f][bin]
				var left, right []int32
				bf := d.bins[f]
				for _, r := range rs {
					if int(bf[r]) <= bin {
						left = append(left, r)
					} else {
						right = append(right, r)
					}
				}
				next[2*j], next[2*j+1] = left, right
			}
			rows = next
		}
		for i := range d.n {
			margin[i] += float64(val[leafOf[i]])
		}
		m.Feat = append(m.Feat, feat...)
		m.Thr = append(m.Thr, thr...)
		m.Val = append(m.Val, val...)
	}
	return m
}

// bestSplit finds the feature and bin (rows with bins up to it go left) of
// the largest gain, over two goroutines each scanning half the features.
func bestSplit(d *dataset, rs []int32, g, h []float64, G, H float64, p params) (int, int, bool) {
	nf := classify.NumFeatures
	type best struct {
		gain   float64
		f, bin int
	}
	parent := G * G / (H + p.Lambda)
	halves := [2]best{{gain: 1e-9, f: -1}, {gain: 1e-9, f: -1}}
	var wg sync.WaitGroup
	for part := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			b := &halves[part]
			var hg, hh [maxBins + 1]float64
			for f := part * nf / 2; f < (part+1)*nf/2; f++ {
				nb := len(d.edges[f]) + 1
				if nb < 2 {
					continue
				}
				clear(hg[:nb])
				clear(hh[:nb])
				bf := d.bins[f]
				for _, r := range rs {
					hg[bf[r]] += g[r]
					hh[bf[r]] += h[r]
				}
				var GL, HL float64
				for bin := 0; bin < nb-1; bin++ {
					GL += hg[bin]
					HL += hh[bin]
					HR := H - HL
					if HL < p.MinChild || HR < p.MinChild {
						continue
					}
					GR := G - GL
					gain := GL*GL/(HL+p.Lambda) + GR*GR/(HR+p.Lambda) - parent
					if gain > b.gain {
						*b = best{gain, f, bin}
					}
				}
			}
		}()
	}
	wg.Wait()
	b := halves[0]
	if halves[1].f >= 0 && (b.f < 0 || halves[1].gain > b.gain) {
		b = halves[1]
	}
	return b.f, b.bin, b.f >= 0
}
