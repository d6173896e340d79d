package lex

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/safi-app/safi/internal/language/normalize"
)

func TestFold(t *testing.T) {
	tests := []struct {
		desc, in, want string
	}{
		{"hamza forms of alef", "أبريل إبريل آذار ٱلله", "ابريل ابريل اذار الله"},
		{"alef maqsura and Persian yeh", "حوالى فبرایر", "حوالي فبراير"},
		{"ta marbuta", "مائة سنة", "مائه سنه"},
		{"harakat and tatweel", "شَهْرًا هـ", "شهرا ه"},
		{"hamza on waw and yeh kept", "مؤتمر رئيس", "مؤتمر رئيس"},
		{"Latin case and accents", "Février AOÛT Près", "fevrier aout pres"},
		{"ligature", "Œuvre", "oeuvre"},
		{"Arabic presentation forms", "ﺃﻛﺜﺮ ﻻ", "اكثر لا"},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("%s: Fold(%q) = %q, want %q", tt.desc, tt.in, got, tt.want)
		}
	}
}

var scanTests = []struct {
	desc string
	in   string
	want string // tokens: words folded, numbers as [value], punctuation as is; "_" marks a token glued to the one before
}{
	{"clitic glued to a number", "ب1631 مقاتلا", "ب _[1631] مقاتلا"},
	{"Arabic-Indic digits and separators", "٣٫٥٪ و١٬٠٠٠", "[3.5] _٪ و _[1000]"},
	{"thousands and decimal", "1,631 people, 3,5 %", "[1631] people _, [3.5] %"},
	{"space-grouped thousands", "3 000 personnes", "[3000] personnes"},
	{"dotted date splits into numbers", "18.9.2025", "[18] _. _[9] _. _[2025]"},
	{"spaced date", "02 - 07 - 2017", "[2] - [7] - [2017]"},
	{"apostrophe splits without a space", "l'année d’euros", "l _annee d _euros"},
	{"superscript in a unit", "12 km²", "[12] km²"},
	{"bidi marks are skipped", "\u200f84\u200f ألف", "[84] الف"},
	{"tatweel in هـ", "1445 هـ.", "[1445] ه _."},
}

func render(text string, toks []Token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
			if t.Glued() {
				b.WriteByte('_')
			}
		}
		switch t.Kind {
		case Number:
			b.WriteString("[" + strings.TrimSuffix(strings.TrimRight(ftoa(t.Num.Value), "0"), ".") + "]")
		default:
			b.WriteString(t.Fold)
		}
	}
	return b.String()
}

func ftoa(v float64) string {
	// Enough for the table: integers and one decimal.
	whole := int64(v)
	frac := int64((v-float64(whole))*10 + 0.5)
	s := ""
	for n := whole; ; n /= 10 {
		s = string(rune('0'+n%10)) + s
		if n < 10 {
			break
		}
	}
	return s + "." + string(rune('0'+frac))
}

func TestScan(t *testing.T) {
	for _, tt := range scanTests {
		if got := render(tt.in, Scan(tt.in)); got != tt.want {
			t.Errorf("%s: Scan(%q) = %s, want %s", tt.desc, tt.in, got, tt.want)
		}
	}
}

func TestHasDigit(t *testing.T) {
	tests := []struct {
		desc, in string
		want     bool
	}{
		{"western", "abc 7", true},
		{"arabic-indic", "عام ٢٠١٤", true},
		{"extended arabic-indic", "۵ نفر", true},
		{"arabic letters only", "ستة أشهر", false},
		{"arabic separators are not digits", "٫٬٪", false},
		{"empty", "", false},
	}
	for _, tt := range tests {
		if got := HasDigit(tt.in); got != tt.want {
			t.Errorf("%s: HasDigit(%q) = %v", tt.desc, tt.in, got)
		}
	}
}

func TestVocab(t *testing.T) {
	vb := NewVocab(map[string]int{"أكثر من": 1, "أكثر": 2, "plus d'": 3, "quatre-vingt": 80})
	tests := []struct {
		desc, in   string
		v, n, skip int
		ok         bool
	}{
		{"longest phrase first", "اكثر من 84", 1, 2, 0, true},
		{"shorter phrase", "أكثر 84", 2, 1, 0, true},
		{"clitic prefix", "بأكثر من 84", 1, 2, 2, true},
		{"two-letter clitic prefix", "وبأكثر من", 1, 2, 4, true},
		{"elision", "plus d'un", 3, 2, 0, true},
		{"hyphenated", "quatre-vingt ans", 80, 3, 0, true},
		{"no match", "اقل من", 0, 0, 0, false},
	}
	for _, tt := range tests {
		v, n, skip, ok := vb.MatchClitic(Scan(tt.in), 0)
		if v != tt.v || n != tt.n || skip != tt.skip || ok != tt.ok {
			t.Errorf("%s: MatchClitic(%q) = %d, %d, %d, %v; want %d, %d, %d, %v", tt.desc, tt.in, v, n, skip, ok, tt.v, tt.n, tt.skip, tt.ok)
		}
	}
	toks := Scan("وَأكثر")
	if got := SourceSkip("وَأكثر", &toks[0], 2); got != len("وَ") {
		t.Errorf("SourceSkip = %d, want %d (the و with its fatha)", got, len("وَ"))
	}
}

func TestTable(t *testing.T) {
	tests := []struct {
		desc, in string
		want     [][2]string
	}{
		{"empty", "", nil},
		{"one value, phrases in order", "approx حوالي|about|près de", [][2]string{{"approx", "حوالي"}, {"approx", "about"}, {"approx", "près de"}}},
		{"lines trimmed, blank and valueless lines skipped", "\n\tkm km|كلم \nalone\n\n% %|pct\n", [][2]string{{"km", "km"}, {"km", "كلم"}, {"%", "%"}, {"%", "pct"}}},
		{"phrases keep their inner spaces", "true ما بين|between", [][2]string{{"true", "ما بين"}, {"true", "between"}}},
	}
	for _, tt := range tests {
		var got [][2]string
		for v, p := range Table(tt.in) {
			got = append(got, [2]string{v, p})
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: Table(%q) = %q, want %q", tt.desc, tt.in, got, tt.want)
		}
	}
	for v := range Table("a x|y\nb z") { // stopping early
		if v != "a" {
			t.Errorf("Table: first value %q, want a", v)
		}
		break
	}
}

func FuzzScan(f *testing.F) {
	for _, tt := range scanTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, text string) {
		toks := Scan(text)
		prev := 0
		for _, tok := range toks {
			if tok.Start < prev || tok.Start >= tok.End || tok.End > len(text) {
				t.Fatalf("Scan(%q): bad token %+v after %d", text, tok, prev)
			}
			if utf8.ValidString(text) && (!utf8.RuneStart(text[tok.Start]) || tok.End < len(text) && !utf8.RuneStart(text[tok.End])) {
				t.Fatalf("Scan(%q): token %+v not on rune boundaries", text, tok)
			}
			if tok.Kind == Word && tok.Fold == "" && strings.TrimFunc(text[tok.Start:tok.End], func(r rune) bool { return r >= 0x64b && r <= 0x65f || r == 0x640 || r == 0x670 }) != "" && utf8.ValidString(text[tok.Start:tok.End]) {
				// Only words made of harakat alone fold to nothing.
				if Fold(text[tok.Start:tok.End]) != "" {
					t.Fatalf("Scan(%q): word %q folded to nothing", text, text[tok.Start:tok.End])
				}
			}
			prev = tok.End
		}
		// Spans are in order, apart, inside the text, and cover every digit.
		spans := Spans(text, func(w []byte) bool { return string(w) == "ستة" }, 3, 5)
		end := -1
		for _, sp := range spans {
			if sp.Start <= end || sp.Start >= sp.End || sp.End > len(text) {
				t.Fatalf("Spans(%q): bad span %+v after %d", text, sp, end)
			}
			end = sp.End
		}
		for i, r := range text {
			if normalize.IsDigit(r) {
				in := false
				for _, sp := range spans {
					in = in || sp.Start <= i && i < sp.End
				}
				if !in {
					t.Fatalf("Spans(%q) = %v leaves out the digit at %d", text, spans, i)
				}
			}
		}
	})
}

func BenchmarkScan(b *testing.B) {
	text := strings.Repeat("تمّ تطهير أكثر من 84 ألف كيلومتر مربع من التنظيم، بها أكثر من 4 ملايين شخص. More than 1,631 fighters; plus de 3 000 personnes. ", 100)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if len(Scan(text)) == 0 {
			b.Fatal("no tokens")
		}
	}
}
