package classify

import (
	"runtime"
	"strconv"
	"strings"
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

// TestRepeatedTexts compares repeatedTexts, which sorts the long texts by
// length, with a plain count of each text, on one
// goroutine and split over two, with long texts of equal lengths that
// differ and long texts that repeat.
func TestRepeatedTexts(t *testing.T) {
	long := strings.Repeat("حرف ", longText/7+1) // longText bytes or more (7 a word)
	texts := []string{"", "a", "b", "a", long + "x", long + "y", long + "x", long + "xy", long + "z", "", long + "zz", long + "zz", long, "b"}
	for _, blocks := range []int{len(texts), doc.SplitAbove + 100} {
		d := &doc.Doc{Blocks: make([]doc.Block, blocks)}
		count := map[string]int{}
		for i := range d.Blocks {
			t := texts[i%len(texts)]
			if i >= len(texts) && i%7 == 0 {
				t += strconv.Itoa(i) // texts of their own too
			}
			d.Blocks[i].Text = t
			count[t]++
		}
		for _, procs := range []int{1, 2} {
			prev := runtime.GOMAXPROCS(procs)
			got := repeatedTexts(d)
			runtime.GOMAXPROCS(prev)
			for i, b := range d.Blocks {
				if want := b.Text != "" && count[b.Text] > 1; got[i] != want {
					t.Errorf("%d blocks, %d processors: block %d (%d bytes): repeated %v, want %v", blocks, procs, i, len(b.Text), got[i], want)
				}
			}
		}
	}
}
