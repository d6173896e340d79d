package figures

import (
	"fmt"
	"math"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/safi-app/safi/internal/devkit/benchdata"
	"github.com/safi-app/safi/internal/language/dates"
)

func FuzzExtract(f *testing.F) {
	for _, tt := range extractTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, text string) {
		got := Extract(text)
		prev := 0
		for _, g := range got {
			if g.Start < prev || g.Start >= g.End || g.End > len(text) {
				t.Fatalf("Extract(%q): bad offsets %d–%d (previous end %d)", text, g.Start, g.End, prev)
			}
			if utf8.ValidString(text) && (!utf8.RuneStart(text[g.Start]) || g.End < len(text) && !utf8.RuneStart(text[g.End])) {
				t.Fatalf("Extract(%q): %d–%d not on rune boundaries", text, g.Start, g.End)
			}
			if g.Text != text[g.Start:g.End] {
				t.Fatalf("Extract(%q): Text %q is not text[%d:%d]", text, g.Text, g.Start, g.End)
			}
			if math.IsNaN(g.Value) || g.Value < 0 || (g.Qualifier == Range) != (g.Max > 0) {
				t.Fatalf("Extract(%q): bad figure %+v", text, g)
			}
			if !strings.Contains(g.Context, strings.TrimSpace(g.Text)) && utf8.ValidString(text) {
				t.Fatalf("Extract(%q): context %q does not hold %q", text, g.Context, g.Text)
			}
			prev = g.End
		}
		if again := Extract(text); !reflect.DeepEqual(got, again) {
			t.Fatalf("Extract(%q) is not deterministic", text)
		}
		figs, ds := ExtractAll(text)
		if !reflect.DeepEqual(figs, got) || !reflect.DeepEqual(ds, dates.Extract(text)) {
			t.Fatalf("ExtractAll(%q) differs from Extract and dates.Extract", text)
		}
		// A number of a date is never a figure's number.
		for _, d := range ds {
			for _, g := range got {
				if g.Qualifier != Range && g.Start >= d.Start && g.Start < d.End {
					t.Fatalf("Extract(%q): figure %q starts inside date %q", text, g.Text, d.Text)
				}
			}
		}
	})
}

// BenchmarkExtract measures Extract on the seed article, paragraph by
// paragraph as the engine calls it.
func BenchmarkExtract(b *testing.B) {
	paras := seedArticle(b)
	n := 0
	for _, p := range paras {
		n += len(p)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		found := 0
		for _, p := range paras {
			found += len(Extract(p))
		}
		if found != 22 {
			b.Fatalf("%d figures in the seed article, want 22", found)
		}
	}
}

// BenchmarkExtractAll measures ExtractAll on generated pastes of growing
// size (internal/benchdata), line by line as the engine calls it: the cost
// per byte should stay flat.
func BenchmarkExtractAll(b *testing.B) {
	for _, size := range []int{100_000, 1_000_000} {
		lines := strings.Split(string(benchdata.Paste(size, 1)), "\n")
		b.Run(fmt.Sprintf("%dKB", size/1000), func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				found := 0
				for _, l := range lines {
					fs, ds := ExtractAll(l)
					found += len(fs) + len(ds)
				}
				if found == 0 {
					b.Fatal("nothing found")
				}
			}
		})
	}
}
