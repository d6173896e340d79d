package figures

import (
	"fmt"
	"math"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/safi-app/safi/internal/devkit/benchdata"
	"github.com/safi-app/safi/internal/devkit/testfiles"
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

// sentencePlain is scanner.sentence rune by rune, as it was before its
// byte by byte scan: FuzzSentence holds the two to the same results.
func (s *scanner) sentencePlain(start, end int) string {
	text := s.text
	if start < s.sentEnd && end <= s.sentEnd {
		return strings.TrimSpace(text[s.sentStart:s.sentEnd])
	}
	i := start
	for i > s.scanned {
		r, size := utf8.DecodeLastRuneInString(text[:i])
		if terminator(text, i-size, r) {
			break
		}
		i -= size
	}
	if i == s.scanned && s.scanned > 0 {
		i = s.sentStart
	}
	j := end
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if r == '\n' || r == '\r' {
			break
		}
		j += size
		if terminator(text, j-size, r) {
			for j < len(text) && (text[j] == '.' || text[j] == '!' || text[j] == '?') {
				j++
			}
			break
		}
	}
	s.sentStart, s.sentEnd, s.scanned = i, j, start
	return strings.TrimSpace(text[i:j])
}

// FuzzSentence gives sentence and sentencePlain the same text and the same
// figures, at rune starts in increasing order as Extract gives them.
func FuzzSentence(f *testing.F) {
	f.Add("قال: 5 أشخاص؟ نعم… 17 طفلا ۔ وأكثر. من 3.5 مليون! 2", uint8(7), uint8(3), uint8(20))
	f.Add("a. b 1.2 c\nd! e? f… g؟ h۔ i 7", uint8(2), uint8(5), uint8(9))
	f.Add("\xe2\x80\xa6\xd8\x9f\xdb\x94\xe2\xd8\x9f\x80\xa6 x.y 1 \xdb\xd8\x9f", uint8(1), uint8(1), uint8(4))
	f.Fuzz(func(t *testing.T, text string, a, b, c uint8) {
		var starts []int
		for i := range text {
			starts = append(starts, i)
		}
		if len(starts) == 0 {
			return
		}
		fast, plain := scanner{text: text}, scanner{text: text}
		at := 0
		for _, step := range []uint8{a, b, c, a ^ b, b ^ c} {
			at += int(step)
			if at >= len(starts) {
				break
			}
			start := starts[at]
			end := len(text)
			if at+1+int(step%4) < len(starts) {
				end = starts[at+1+int(step%4)]
			}
			if got, want := fast.sentence(start, end), plain.sentencePlain(start, end); got != want || fast.sentStart != plain.sentStart || fast.sentEnd != plain.sentEnd || fast.scanned != plain.scanned {
				t.Fatalf("sentence(%q, %d, %d) = %q, rune by rune %q (state %d %d %d, %d %d %d)", text, start, end, got, want, fast.sentStart, fast.sentEnd, fast.scanned, plain.sentStart, plain.sentEnd, plain.scanned)
			}
		}
	})
}

// samePlain checks that Explain finds in text what it finds without
// extractAll's fast path.
func samePlain(t *testing.T, text string) {
	t.Helper()
	f1, d1, s1 := Explain(text)
	plain = true
	f2, d2, s2 := Explain(text)
	plain = false
	if !reflect.DeepEqual(f1, f2) || !reflect.DeepEqual(d1, d2) || !reflect.DeepEqual(s1, s2) {
		t.Fatalf("Explain(%q) =\n%+v %+v %+v\nwithout the fast path\n%+v %+v %+v", text, f1, d1, s1, f2, d2, s2)
	}
}

// TestPlain holds extractAll's fast path to the plain path on the table's
// texts, the seed article and the figures tables of testdata/figures.
func TestPlain(t *testing.T) {
	for _, tt := range extractTests {
		samePlain(t, tt.in)
	}
	for _, line := range seedArticle(t) {
		samePlain(t, line)
	}
	for _, line := range testfiles.FigureLines(t) {
		samePlain(t, line)
	}
}

// FuzzPlain holds extractAll's fast path to the plain path on any text.
func FuzzPlain(f *testing.F) {
	for _, tt := range extractTests {
		f.Add(tt.in)
	}
	f.Fuzz(samePlain)
}
