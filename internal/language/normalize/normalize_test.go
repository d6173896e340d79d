package normalize

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/transform"
)

var foldTests = []struct {
	desc, in, want string
}{
	{"empty", "", ""},
	{"ascii lower kept", "hello world", "hello world"},
	{"ascii capitals", "Hello WORLD", "hello world"},
	{"french accents kept, capitals folded", "État Élysée à Paris", "état élysée à paris"},
	{"german sharp s", "Straße", "strasse"},
	{"greek final sigma", "ΣΟΦΟΣ σοφος", "σοφοσ σοφοσ"},
	{"turkish dotted capital I folds to plain i", "İstanbul", "istanbul"},
	{"alef with hamza above", "أكثر", "اكثر"},
	{"alef with hamza below", "إلى", "الي"},
	{"alef with madda", "آخر", "اخر"},
	{"alef wasla", "ٱلله", "الله"},
	{"alef maqsura", "على مستوى", "علي مستوي"},
	{"tatweel", "عربيـــة", "عربية"},
	{"harakat", "عَرَبِيَّةٌ", "عربية"},
	{"shadda in seed word", "تمّ تطهير", "تم تطهير"},
	{"waw with hamza kept", "مؤتمر", "مؤتمر"},
	{"yeh with hamza kept", "رئيس", "رئيس"},
	{"decomposed waw hamza composed then kept", "مو\u0654تمر", "مؤتمر"},
	{"decomposed yeh hamza composed then kept", "ري\u0654يس", "رئيس"},
	{"decomposed alef hamza composed then unified", "ا\u0654كثر", "اكثر"},
	{"waw hamza with damma", "مُؤْتَمَر", "مؤتمر"},
	{"lam-alef ligature", "ﻻ", "لا"},
	{"lam-alef with hamza ligature", "ﻷن", "لان"},
	{"presentation forms word", "ﺍﻟﻌﺮﺑﻴﺔ", "العربية"},
	{"zwnj and rlm removed", "می\u200cخواهم\u200f", "ميخواهم"},
	{"farsi yeh and keheh", "کتابی", "كتابي"},
	{"seed sentence", "اندحار \"داعش\" يضيق الخناق على مقاتلين مغاربة بالعراق", "اندحار \"داعش\" يضيق الخناق علي مقاتلين مغاربة بالعراق"},
	{"nbsp becomes space", "a\u00a0b", "a b"},
	{"ligature fi", "ﬁn", "fin"},
	{"arabic-indic digits", "٢٠١٧", "2017"},
	{"extended arabic-indic digits", "۱۴۰۲", "1402"},
	{"invalid utf-8 replaced", "a\xffb", "a\ufffdb"},
	{"mixed simple then complex", "Ahmed ﻻ", "ahmed لا"},
}

func TestFold(t *testing.T) {
	for _, tt := range foldTests {
		t.Run(tt.desc, func(t *testing.T) {
			if got := Fold(tt.in); got != tt.want {
				t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if got := string(AppendFold([]byte("x"), tt.in)); got != "x"+tt.want {
				t.Errorf("AppendFold(x, %q) = %q, want %q", tt.in, got, "x"+tt.want)
			}
			if got, _, _ := transform.String(Transformer(), tt.in); got != tt.want {
				t.Errorf("Transformer(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if got := Fold(tt.want); got != tt.want && utf8.ValidString(tt.in) {
				t.Errorf("Fold not idempotent: Fold(%q) = %q", tt.want, got)
			}
			if IsFolded(tt.in) != (tt.in == tt.want) {
				t.Errorf("IsFolded(%q) = %v, want %v", tt.in, IsFolded(tt.in), tt.in == tt.want)
			}
		})
	}
}

// TestNaiveRecipeIsWrong documents why Fold does not use NFD → remove marks
// → NFC: the hamza of ؤ and ئ is a mark under NFD.
func TestNaiveRecipeIsWrong(t *testing.T) {
	for _, w := range []string{"مؤتمر", "رئيس", "سؤال", "بئر"} {
		if got := Fold(w); got != w {
			t.Errorf("Fold(%q) = %q, want the hamza kept", w, got)
		}
	}
}

// full folds with the transformer alone: the reference for the fast paths.
func full(s string) string {
	out, _, _ := transform.String(Transformer(), s)
	return out
}

// TestFastPathsMatchTransformer checks every rune the fast paths handle, on
// its own, against the transformer; then every pair of those of the
// scripts Safi knows best (ASCII, Latin-1, Latin Extended-A, Arabic,
// general punctuation), and every one of the others between neighbours
// that test how runes fold side by side: letters that compose with a
// following mark, the harakat (the only fast runes that are not segment
// starters), no-break spaces and "…" (which NFKC decomposes), precomposed
// letters (whose decompositions end with a mark), a Hangul syllable.
func TestFastPathsMatchTransformer(t *testing.T) {
	var fast, common []rune
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if !utf8.ValidRune(r) || r >= 0x20000 && r%61 != 0 {
			continue // past the first two planes (CJK extensions, private use, unassigned), a sample
		}
		s := string(r)
		if r >= utf8.RuneSelf && kind(r, utf8.RuneLen(r)) == complex {
			continue
		}
		fast = append(fast, r)
		if r < 0x180 || r >= 0x0600 && r <= 0x06FF || r >= 0x2000 && r <= 0x206F {
			common = append(common, r)
		}
		if got, want := Fold(s), full(s); got != want {
			t.Errorf("U+%04X: Fold = %q, transformer = %q", r, got, want)
		}
	}
	if testing.Short() {
		return
	}
	for _, a := range common {
		for _, b := range common {
			s := string(a) + string(b)
			if got, want := Fold(s), full(s); got != want {
				t.Fatalf("%q (U+%04X U+%04X): Fold = %q, transformer = %q", s, a, b, got, want)
			}
		}
	}
	neighbours := []rune{'a', 'E', ' ', '.', 'ا', 'ب', 0x064E, 0x0651, 0x0656, 0x065F, 0x0670, 0xA0, 0xAD, 0x200D,
		'…', 'é', 'ą', 'ś', 'и', 'ς', 'ﬁ', '가', '😀', 'Ǆ'}
	var b strings.Builder
	for _, a := range fast {
		// One text per rune with each neighbour on either side: one
		// junction folded wrong makes the whole text differ.
		b.Reset()
		for _, n := range neighbours {
			b.WriteRune(a)
			b.WriteRune(n)
		}
		b.WriteRune(a)
		if s := b.String(); Fold(s) != full(s) {
			for _, n := range neighbours {
				for _, s := range []string{string(a) + string(n), string(n) + string(a)} {
					if got, want := Fold(s), full(s); got != want {
						t.Errorf("%q (U+%04X U+%04X): Fold = %q, transformer = %q", s, []rune(s)[0], []rune(s)[1], got, want)
					}
				}
			}
			t.Fatalf("U+%04X among its neighbours: Fold = %q, transformer = %q", a, Fold(s), full(s))
		}
	}
}

func TestFoldAllocations(t *testing.T) {
	for _, tt := range []struct {
		desc, in string
		want     float64
	}{
		{"folded ascii", "the quick brown fox", 0},
		{"folded arabic", "اندحار داعش يضيق الخناق", 0},
		{"folded french", "été à paris", 0},
		{"needs simple changes", "أكثر من إلى", 1},
	} {
		t.Run(tt.desc, func(t *testing.T) {
			if got := testing.AllocsPerRun(100, func() { Fold(tt.in) }); got != tt.want {
				t.Errorf("Fold(%q): %v allocations, want %v", tt.in, got, tt.want)
			}
			buf := make([]byte, 0, 128)
			if got := testing.AllocsPerRun(100, func() { buf = AppendFold(buf[:0], tt.in) }); got != 0 {
				t.Errorf("AppendFold(%q): %v allocations, want 0", tt.in, got)
			}
		})
	}
}

func FuzzFold(f *testing.F) {
	for _, tt := range foldTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Fold(s)
		if want := full(s); got != want {
			t.Fatalf("Fold(%q) = %q, transformer = %q", s, got, want)
		}
		if again := Fold(s); again != got {
			t.Fatalf("Fold(%q) not deterministic: %q then %q", s, got, again)
		}
		if !utf8.ValidString(got) {
			t.Fatalf("Fold(%q) = %q is not valid UTF-8", s, got)
		}
		if b := AppendFold(nil, s); string(b) != got {
			t.Fatalf("AppendFold(%q) = %q, Fold = %q", s, b, got)
		}
	})
}

func BenchmarkFold(b *testing.B) {
	for _, in := range []string{"the quick brown fox", "اندحار داعش يضيق الخناق", "أكثر من إلى", "ﻻ ﺍﻟﻌﺮﺑﻴﺔ"} {
		b.Run(fmt.Sprintf("%d-bytes", len(in)), func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			buf := make([]byte, 0, 128)
			for b.Loop() {
				buf = AppendFold(buf[:0], in)
			}
		})
	}
}

func ExampleFold() {
	fmt.Println(Fold("أكثر"), Fold("مُؤْتَمَر"), Fold("ﻻ"), Fold("État"))
	// Output: اكثر مؤتمر لا état
}
