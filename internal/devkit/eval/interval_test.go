package eval

import "testing"

func TestSiteInterval(t *testing.T) {
	gold := "one two three four five six seven eight nine ten"
	good := Compare(gold, gold)                          // F1 1
	half := Compare(gold, "one two three four five six") // precision 1, recall 3/7
	none := Compare(gold, "")                            // nothing extracted
	rep := func(r Result, n int) []Result {
		out := make([]Result, n)
		for i := range out {
			out[i] = r
		}
		return out
	}
	sites := func(names ...string) []string { return names }

	t.Run("same results", func(t *testing.T) {
		a := []Result{good, half, none, good}
		iv := SiteInterval(a, a, sites("a", "b", "c", "d"), 200)
		if iv != (Interval{}) {
			t.Errorf("got %+v, want all zero", iv)
		}
	})
	t.Run("better on every page", func(t *testing.T) {
		a := rep(good, 6)
		b := []Result{half, half, none, half, half, half}
		iv := SiteInterval(a, b, sites("a", "b", "c", "d", "e", "f"), 500)
		if !(iv.Diff > 0 && iv.Lo > 0 && iv.Lo <= iv.Diff && iv.Diff <= iv.Hi && iv.SE > 0) {
			t.Errorf("got %+v, want a positive difference inside a positive interval", iv)
		}
	})
	t.Run("one site is one draw", func(t *testing.T) {
		// All pages on one site: every resample is the whole set.
		a := []Result{good, half, good}
		b := []Result{half, half, none}
		iv := SiteInterval(a, b, sites("s", "s", "s"), 300)
		if iv.Lo != iv.Diff || iv.Hi != iv.Diff || iv.SE != 0 {
			t.Errorf("got %+v, want a zero-width interval at the difference", iv)
		}
	})
	t.Run("sites, not pages, are drawn", func(t *testing.T) {
		// Site x: a far better on three pages; site y: b better on three.
		// Drawn by page the six would be six independent draws; drawn by
		// site there are two, and the interval is wider.
		a := []Result{good, good, good, none, none, none}
		b := []Result{none, none, none, good, good, good}
		bySite := SiteInterval(a, b, sites("x", "x", "x", "y", "y", "y"), 2000)
		byPage := SiteInterval(a, b, sites("1", "2", "3", "4", "5", "6"), 2000)
		if !(bySite.SE > byPage.SE) {
			t.Errorf("site SE %.3f, page SE %.3f: want the site's wider", bySite.SE, byPage.SE)
		}
	})
	t.Run("deterministic", func(t *testing.T) {
		a := []Result{good, half, none, good, half}
		b := []Result{half, good, half, none, good}
		s := sites("a", "b", "a", "c", "d")
		if x, y := SiteInterval(a, b, s, 400), SiteInterval(a, b, s, 400); x != y {
			t.Errorf("two runs differ: %+v and %+v", x, y)
		}
	})
	t.Run("empty", func(t *testing.T) {
		iv := SiteInterval(nil, nil, nil, 100)
		if iv.Lo != iv.Diff || iv.Hi != iv.Diff {
			t.Errorf("got %+v", iv)
		}
	})
}
