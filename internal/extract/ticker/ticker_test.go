package ticker

import (
	"os"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/safi-app/safi/internal/devkit/testfiles"
)

func texts(s string, spans []Span) []string {
	var out []string
	for _, sp := range spans {
		out = append(out, s[sp.Start:sp.End])
	}
	return out
}

func TestSplit(t *testing.T) {
	nb4 := strings.Repeat("\u00a0", 4)
	tests := []struct {
		desc string
		in   string
		kind Kind
		want []string
	}{
		{"nbsp runs", "a b" + nb4 + "c d" + nb4 + "e f" + nb4 + "g h" + nb4, SpaceRun, []string{"a b", "c d", "e f", "g h"}},
		{"spaced slashes, one kind", "a / b / c / d", Separator, []string{"a", "b", "c", "d"}},
		{"three spaced symbols of different kinds", "a / b | c • d + e", None, nil},
		{"arabic with a run of four nbsp", "خبر" + nb4 + "خبر" + nb4 + "خبر" + nb4 + "خبر", SpaceRun, []string{"خبر", "خبر", "خبر", "خبر"}},
		{"pipe inside a headline stays when split by nbsp", "x | y z" + nb4 + "c d" + nb4 + "e f" + nb4 + "g h", SpaceRun, []string{"x | y z", "c d", "e f", "g h"}},
		{"eight nbsp is one separator", "a" + nb4 + nb4 + "b" + nb4 + "c" + nb4 + "d", SpaceRun, []string{"a", "b", "c", "d"}},
		{"tabs", "one\ttwo\tthree\tfour", SpaceRun, []string{"one", "two", "three", "four"}},
		{"bullets", "Markets rally • Rain expected • Team wins cup • New law passed", Separator, []string{"Markets rally", "Rain expected", "Team wins cup", "New law passed"}},
		{"pipes", "Accueil | Politique | Économie | Sport | Culture", Separator, []string{"Accueil", "Politique", "Économie", "Sport", "Culture"}},
		{"arabic diamonds", "خبر أول ◆ خبر ثان ◆ خبر ثالث ◆ خبر رابع", Separator, []string{"خبر أول", "خبر ثان", "خبر ثالث", "خبر رابع"}},
		{"score hyphen does not split", "نهضة بركان يتجاوز حسنية أكادير 2-1 ويوسع الفارق", None, nil},
		{"sentence", "A plain sentence, with commas | and one pipe.", None, nil},
		{"three only", "a  b  c", None, nil},
		{"slash in a word", "and/or this/that here/there up/down", None, nil},
	}
	for _, tc := range tests {
		got, kind := Split(tc.in)
		if kind != tc.kind || strings.Join(texts(tc.in, got), "\x00") != strings.Join(tc.want, "\x00") {
			t.Errorf("%s: Split(%q) = %q, %v; want %q, %v", tc.desc, tc.in, texts(tc.in, got), kind, tc.want, tc.kind)
		}
	}
}

func TestSeedTicker(t *testing.T) {
	src, err := os.ReadFile(testfiles.SeedPath())
	if err != nil {
		t.Fatal(err)
	}
	line := strings.SplitN(string(src), "\n", 2)[0]
	segs, kind := Split(line)
	if kind != SpaceRun || len(segs) != 55 {
		t.Fatalf("seed ticker: %d segments, kind %v; want 55, SpaceRun", len(segs), kind)
	}
	got := texts(line, segs)
	if got[0] != "المغرب يعزز دوره القيادي عالميا في مكافحة الإرهاب بفضل خبرة وكفاءة أجهزته الأمنية والاستخباراتية" {
		t.Errorf("first headline %q", got[0])
	}
	want := "بوغطاط المغربي | تصريحات خطيرة لحميد المهداوي تضعه في صدام مباشر مع الشعب المغربي والملك والدين.. في إساءة وتطاول غير مسبوقين !!!"
	found := false
	for _, g := range got {
		found = found || g == want
	}
	if !found {
		t.Errorf("headline with a pipe was split or lost")
	}
}

func TestSymbolIndex(t *testing.T) {
	for k, r := range symbols {
		if got := symbolIndex(r); got != k {
			t.Errorf("symbolIndex(%q) = %d, want %d", r, got, k)
		}
	}
	for _, r := range "a ، ؟-*#" {
		if symbolIndex(r) >= 0 {
			t.Errorf("symbolIndex(%q) >= 0", r)
		}
	}
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{"a  b  c  d", "x • y • z • w", "a | b | c | d", "", "\u00a0\u00a0", "•••• ", "a\tb\tc\td"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		segs, kind := Split(s)
		if !mayBeTicker(s) && (len(splitSpaceRuns(s)) >= MinSegments || len(splitSymbols(s)) >= MinSegments) {
			t.Fatalf("mayBeTicker(%q) rejects a line the splitters cut into %d segments", s, MinSegments)
		}
		if (kind == None) != (len(segs) == 0) {
			t.Fatalf("kind %v with %d segments", kind, len(segs))
		}
		last := 0
		for _, sp := range segs {
			if sp.Start < last || sp.End <= sp.Start || sp.End > len(s) {
				t.Fatalf("bad span %v after %d in %q", sp, last, s)
			}
			last = sp.End
		}
	})
}

// mayBeTickerByRune is mayBeTicker as it was before it passed plain
// characters a byte at a time: each character that plainAt does not find
// plain decoded on its own.
func mayBeTickerByRune(text string) bool {
	runs := 0
	var spacedSymbols [len(symbols)]int
	prevSep := false
	for i := 0; i < len(text); {
		if n := plainAt(text, i); n > 0 {
			prevSep = false
			i += n
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\t':
			runs++
			prevSep = false
		case isInvisible(r):
		case isSep(r):
			if prevSep {
				runs++
			}
			prevSep = !prevSep
		default:
			prevSep = false
			if k := symbolIndex(r); k >= 0 && spaced(text, i, n) {
				spacedSymbols[k]++
				if spacedSymbols[k] >= MinSegments-1 {
					return true
				}
			}
		}
		if runs >= MinSegments-1 {
			return true
		}
		i += n
	}
	return false
}

// FuzzMayBeTicker checks that mayBeTicker answers as mayBeTickerByRune.
func FuzzMayBeTicker(f *testing.F) {
	for _, s := range []string{"a  b  c  d", "x • y • z • w", "a \xc3 b  c\xe2\x80  d  e", "é\u061c  ع  ع\u00a0\u00a0ب  ", "a\tb\tc\td", "\xbf\xc3\xa9 | | |"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := mayBeTicker(s), mayBeTickerByRune(s); got != want {
			t.Fatalf("mayBeTicker(%q) = %v, want %v", s, got, want)
		}
	})
}

// splitSpaceRunsByRune is splitSpaceRuns as it was before it passed plain
// characters a byte at a time: each character plainAt finds plain passed
// on its own.
func splitSpaceRunsByRune(text string) []Span {
	var segs []Span
	start := 0
	for i := 0; i < len(text); {
		if n := plainAt(text, i); n > 0 {
			i += n
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isSep(r) {
			i += n
			continue
		}
		j, count, tab := i, 0, false
		for j < len(text) {
			r2, n2 := utf8.DecodeRuneInString(text[j:])
			if isInvisible(r2) {
				j += n2
				continue
			}
			if !isSep(r2) {
				break
			}
			count++
			tab = tab || r2 == '\t'
			j += n2
		}
		if count >= 2 || tab {
			segs = appendSpan(segs, text, start, i)
			start = j
		}
		i = j
	}
	return appendSpan(segs, text, start, len(text))
}

// FuzzSplitSpaceRuns checks that splitSpaceRuns splits as
// splitSpaceRunsByRune.
func FuzzSplitSpaceRuns(f *testing.F) {
	for _, s := range []string{"a  b  c  d", "هزة  ارضية\u00a0\u00a0تضرب    نواحي", "a \xc3 b  c\xe2\x80  d  e", "é\u061c  ع  ع\u00a0\u00a0ب  ", "a\tb\tc\td", "\xbf\xc3\xa9  \xc3  x\u200b \u2003y", "\xc2\xa0\xc2 a  \xdf", "ع \u061c ع  ب \u061c\u00a0ج a |  b \xd8"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := splitSpaceRuns(s), splitSpaceRunsByRune(s); !slices.Equal(got, want) {
			t.Fatalf("splitSpaceRuns(%q) = %v, want %v", s, got, want)
		}
	})
}
