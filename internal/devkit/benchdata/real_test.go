package benchdata

import (
	"bytes"
	"os"
	"testing"
	"unicode/utf8"

	"github.com/safi-app/safi/internal/devkit/testfiles"
)

// TestReal builds a paste of the repository's own pages (no corpus) and
// checks its size, its pages and that it is the same every time.
func TestReal(t *testing.T) {
	src, err := FindSources(testfiles.Path("testdata"), "", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(src.Groups) != 1 || len(src.Groups[0]) < 2 {
		t.Fatalf("groups = %v, want the seed and the pages in one group", src.Groups)
	}
	seed := bytes.TrimRight(testfiles.Seed(t), "\n")
	for _, size := range []int{1000, 300_000} {
		p, err := Real(size, src)
		if err != nil {
			t.Fatal(err)
		}
		if len(p) > size || len(p) < size-64<<10 {
			t.Errorf("len = %d, want at most %d and close to it", len(p), size)
		}
		if !utf8.Valid(p) {
			t.Error("paste is not valid UTF-8")
		}
		if q, _ := Real(size, src); !bytes.Equal(p, q) {
			t.Error("two pastes of the same size differ")
		}
		if size > 2*len(seed) && bytes.Count(p, seed) < 2 {
			t.Error("a paste larger than all the pages does not cycle them: the seed is not there twice")
		}
	}
	if _, err := FindSources("", "", ""); err == nil {
		t.Error("no folders: no error")
	}
	if _, err := Real(100, Sources{Groups: [][]string{{os.DevNull}}}); err == nil {
		t.Error("only empty pages: no error")
	}
}
