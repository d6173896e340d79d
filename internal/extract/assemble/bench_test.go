package assemble

import (
	"github.com/safi-app/safi/internal/devkit/testfiles"
	"os"
	"testing"

	"github.com/safi-app/safi/internal/devkit/benchdata"
	"github.com/safi-app/safi/internal/extract/classify"
	"github.com/safi-app/safi/internal/extract/textread"
)

// BenchmarkBuild assembles the classified seed and a generated 1 MB paste.
func BenchmarkBuild(b *testing.B) {
	seed, err := os.ReadFile(testfiles.SeedPath())
	if err != nil {
		b.Fatal(err)
	}
	for _, in := range []struct {
		name string
		src  []byte
	}{
		{"seed", seed},
		{"1MB", benchdata.Paste(1_000_000, 1)},
	} {
		b.Run(in.name, func(b *testing.B) {
			d := textread.Text(in.src)
			classify.Run(d)
			b.SetBytes(int64(len(in.src)))
			b.ReportAllocs()
			for b.Loop() {
				if r := Build(d, nil); r.Article.Text == "" {
					b.Fatal("no article")
				}
			}
		})
	}
}
