package ticker

import (
	"github.com/safi-app/safi/internal/devkit/testfiles"
	"os"
	"strings"
	"testing"

	"github.com/safi-app/safi/internal/devkit/benchdata"
)

// BenchmarkSplit splits every line of the seed and of a generated 1 MB
// paste, as the classifier does for every block.
func BenchmarkSplit(b *testing.B) {
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
			lines := strings.Split(string(in.src), "\n")
			b.SetBytes(int64(len(in.src)))
			b.ReportAllocs()
			for b.Loop() {
				n := 0
				for _, l := range lines {
					if _, kind := Split(l); kind != None {
						n++
					}
				}
				if n == 0 {
					b.Fatal("no ticker line")
				}
			}
		})
	}
}
