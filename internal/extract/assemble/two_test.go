package assemble

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/safi-app/safi/internal/devkit/testfiles"
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
	pages, err := filepath.Glob(testfiles.Path("testdata", "pages", "*", "input.txt"))
	if err != nil || len(pages) == 0 {
		t.Fatalf("no pages: %v", err)
	}
	for _, p := range pages {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		d := textread.Text(src)
		classify.Run(d)
		if len(d.Blocks) > splitAbove {
			t.Fatalf("%s: %d blocks, above splitAbove", p, len(d.Blocks))
		}
		n := len(d.Blocks)
		for _, corr := range []map[int]bool{nil, {0: true, n / 2: false, n - 1: true, n / 3: true}} {
			want := Build(d, corr)
			for mid := 0; mid <= n; mid++ {
				if got := buildTwo(d, corr, mid); !reflect.DeepEqual(got, want) {
					t.Fatalf("%s, corrections %v, halves meeting at block %d:\n got %+v\nwant %+v", p, corr, mid, got.Article, want.Article)
				}
			}
		}
	}
}
