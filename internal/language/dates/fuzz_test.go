package dates

import (
	"reflect"
	"testing"
	"unicode/utf8"

	"github.com/safi-app/safi/internal/devkit/testfiles"
)

func FuzzExtract(f *testing.F) {
	for _, tt := range extractTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, text string) {
		got := Extract(text)
		prev := 0
		for _, d := range got {
			if d.Start < prev || d.Start >= d.End || d.End > len(text) {
				t.Fatalf("Extract(%q): bad offsets %d–%d (previous end %d)", text, d.Start, d.End, prev)
			}
			if utf8.ValidString(text) && (!utf8.RuneStart(text[d.Start]) || d.End < len(text) && !utf8.RuneStart(text[d.End])) {
				t.Fatalf("Extract(%q): %d–%d not on rune boundaries", text, d.Start, d.End)
			}
			if d.Text != text[d.Start:d.End] {
				t.Fatalf("Extract(%q): Text %q is not text[%d:%d]", text, d.Text, d.Start, d.End)
			}
			if d.ISO == "" || (d.Calendar != Gregorian && d.Calendar != Hijri) || (d.Precision != Day && d.Precision != Month && d.Precision != Year) {
				t.Fatalf("Extract(%q): bad date %+v", text, d)
			}
			prev = d.End
		}
		if again := Extract(text); !reflect.DeepEqual(got, again) {
			t.Fatalf("Extract(%q) is not deterministic", text)
		}
	})
}

// BenchmarkExtract measures Extract on the seed page.
func BenchmarkExtract(b *testing.B) {
	text := seedText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if len(Extract(text)) == 0 {
			b.Fatal("no dates in the seed")
		}
	}
}

// samePlain checks that FromTokens finds in text what it finds without
// its fast path.
func samePlain(t *testing.T, text string) {
	t.Helper()
	got := Extract(text)
	plain = true
	want := Extract(text)
	plain = false
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Extract(%q) = %+v, without the fast path %+v", text, got, want)
	}
}

// TestPlain holds FromTokens' fast path to the plain path on the table's
// texts, the seed and the figures tables of testdata/figures.
func TestPlain(t *testing.T) {
	for _, tt := range extractTests {
		samePlain(t, tt.in)
	}
	samePlain(t, seedText(t))
	for _, line := range testfiles.FigureLines(t) {
		samePlain(t, line)
	}
}

// FuzzPlain holds FromTokens' fast path to the plain path on any text.
func FuzzPlain(f *testing.F) {
	for _, tt := range extractTests {
		f.Add(tt.in)
	}
	f.Fuzz(samePlain)
}
