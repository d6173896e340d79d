package classify

import (
	"runtime"
	"testing"

	"github.com/safi-app/safi/internal/devkit/testfiles"
	"github.com/safi-app/safi/internal/doc"
	"github.com/safi-app/safi/internal/extract/textread"
)

// TestParallelSameAsSequential classifies a page of more than doc.SplitAbove
// blocks (the repository's pages one after the other, again and again)
// with one processor and with two: the work split over goroutines
// (eachChunk, repeatedTexts, captionsAhead) must decide every block as
// the single goroutine does. Run with -race, it checks that the goroutines
// share nothing they write.
func TestParallelSameAsSequential(t *testing.T) {
	pages := testfiles.Pages(t)
	var src []byte
	for len(src) < 400_000 {
		for _, p := range pages {
			src = append(append(src, p.Input...), "\n\n"...)
		}
	}
	run := func(procs int) []string {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		d := textread.Text(src)
		if procs > 1 && !doc.Splits(len(d.Blocks)) {
			t.Fatalf("%d blocks: not above %d", len(d.Blocks), doc.SplitAbove)
		}
		c := runRules(d)
		out := make([]string, len(d.Blocks))
		for i, b := range d.Blocks {
			out[i] = b.Class + " " + b.Rule
			if c.f[i].repeated {
				out[i] += " repeated"
			}
		}
		return out
	}
	one, two := run(1), run(2)
	for i := range one {
		if one[i] != two[i] {
			t.Fatalf("block %d: %q with one processor, %q with two", i, one[i], two[i])
		}
	}
}
