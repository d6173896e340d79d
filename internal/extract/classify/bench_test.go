package classify

import (
	"github.com/safi-app/safi/internal/devkit/testfiles"
	"os"
	"testing"

	"github.com/safi-app/safi/internal/devkit/benchdata"
	"github.com/safi-app/safi/internal/doc"
	"github.com/safi-app/safi/internal/extract/textread"
)

// benchDocs are the seed and a generated 1 MB paste, read.
func benchDocs(b *testing.B) []struct {
	name string
	d    *doc.Doc
} {
	b.Helper()
	seed, err := os.ReadFile(testfiles.SeedPath())
	if err != nil {
		b.Fatal(err)
	}
	return []struct {
		name string
		d    *doc.Doc
	}{
		{"seed", textread.Text(seed)},
		{"1MB", textread.Text(benchdata.Paste(1_000_000, 1))},
	}
}

// BenchmarkRun is the whole classification of a doc already read.
func BenchmarkRun(b *testing.B) {
	for _, in := range benchDocs(b) {
		b.Run(in.name, func(b *testing.B) {
			blocks := make([]doc.Block, len(in.d.Blocks))
			c := *in.d
			c.Blocks = blocks
			b.SetBytes(int64(len(in.d.Src)))
			b.ReportAllocs()
			for b.Loop() {
				copy(blocks, in.d.Blocks)
				Run(&c)
			}
		})
	}
}

// BenchmarkFeatures is the measuring of every block (words, function
// words, shape, folded text), the first thing Run does.
func BenchmarkFeatures(b *testing.B) {
	for _, in := range benchDocs(b) {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.d.Src)))
			b.ReportAllocs()
			for b.Loop() {
				for i := range in.d.Blocks {
					_ = measure(in.d.Blocks[i].Text)
				}
			}
		})
	}
}
