package assemble

import (
	"reflect"
	"testing"

	"github.com/safi-app/safi/internal/devkit/testfiles"
	"github.com/safi-app/safi/internal/doc"
	"github.com/safi-app/safi/internal/extract/classify"
	"github.com/safi-app/safi/internal/extract/textread"
)

// TestBuildTwo checks that assembling the two halves of the blocks at the
// same time (buildTwo, as Build does with a large page on more than one
// processor) gives what assembling them in one pass does, wherever the
// halves meet, with and without corrections: on each page of
// testdata/pages, whose titles, bylines, tickers and noise then fall in
// either half or in both.
func TestBuildTwo(t *testing.T) {
	for _, p := range testfiles.Pages(t) {
		d := textread.Text(p.Input)
		classify.Run(d)
		if len(d.Blocks) > doc.SplitAbove {
			t.Fatalf("%s: %d blocks, above doc.SplitAbove", p.Name, len(d.Blocks))
		}
		n := len(d.Blocks)
		for _, corr := range []map[int]bool{nil, {0: true, n / 2: false, n - 1: true, n / 3: true}} {
			want := Build(d, corr)
			for mid := 0; mid <= n; mid++ {
				if got := buildTwo(d, corr, mid); !reflect.DeepEqual(got, want) {
					t.Fatalf("%s, corrections %v, halves meeting at block %d:\n got %+v\nwant %+v", p.Name, corr, mid, got.Article, want.Article)
				}
			}
		}
	}
}
