package htmlread

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/safi-app/safi/internal/devkit/testfiles"
)

// devPages are the source.html files of the dev corpus: $SAFI_CORPUS, or
// ../shared/corpus/dev beside the repository. The benchmark is skipped
// without them (the corpus is never committed).
func devPages(b *testing.B) [][]byte {
	dir := os.Getenv("SAFI_CORPUS")
	if dir == "" {
		dir = testfiles.Path("..", "shared", "corpus", "dev")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*", "source.html"))
	if len(files) == 0 {
		b.Skipf("no dev corpus in %s (set SAFI_CORPUS)", dir)
	}
	var pages [][]byte
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, src)
	}
	return pages
}

// BenchmarkReadDev reads every page of the dev corpus once per op.
func BenchmarkReadDev(b *testing.B) {
	pages := devPages(b)
	n := 0
	for _, p := range pages {
		n += len(p)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			if _, err := Read(p); err != nil {
				b.Fatal(err)
			}
		}
	}
}
