package eval

import (
	"math"
	"math/rand/v2"
	"sort"
)

// Interval is the difference of two extractors' F1 on one set of pages
// (Aggregate(a).F1 - Aggregate(b).F1) and how far it can be trusted: the
// 2.5th and 97.5th percentiles of that difference over bootstrap resamples of
// the set's sites, and their standard deviation (the difference's standard
// error).
type Interval struct {
	Diff, Lo, Hi, SE float64
}

// SiteInterval resamples the sites of a set of pages, with replacement,
// draws times: each resample takes every page of each site drawn, as often as
// the site is drawn. Pages of one site share templates and so errors; they
// are not independent, and resampling sites rather than pages gives the
// honest width. a[i] and b[i] are the two extractors' results on page i,
// sites[i] its site. The resamples come from a fixed seed: the same inputs
// give the same interval.
func SiteInterval(a, b []Result, sites []string, draws int) Interval {
	diff := func(idx []int) float64 {
		ra, rb := make([]Result, len(idx)), make([]Result, len(idx))
		for k, i := range idx {
			ra[k], rb[k] = a[i], b[i]
		}
		return Aggregate(ra).F1 - Aggregate(rb).F1
	}
	all := make([]int, len(a))
	for i := range all {
		all[i] = i
	}
	iv := Interval{Diff: diff(all)}
	if len(a) == 0 || draws < 2 {
		iv.Lo, iv.Hi = iv.Diff, iv.Diff
		return iv
	}
	var order []string // sites, in first-seen order
	pagesOf := map[string][]int{}
	for i, s := range sites {
		if _, ok := pagesOf[s]; !ok {
			order = append(order, s)
		}
		pagesOf[s] = append(pagesOf[s], i)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	ds := make([]float64, draws)
	var idx []int
	for d := range ds {
		idx = idx[:0]
		for range order {
			idx = append(idx, pagesOf[order[rng.IntN(len(order))]]...)
		}
		ds[d] = diff(idx)
	}
	var ss float64
	for _, x := range ds {
		ss += (x - iv.Diff) * (x - iv.Diff)
	}
	sort.Float64s(ds)
	iv.Lo, iv.Hi = ds[int(0.025*float64(draws))], ds[min(draws-1, int(0.975*float64(draws)))]
	iv.SE = math.Sqrt(ss / float64(draws))
	return iv
}
