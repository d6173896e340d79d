package eval

import (
	"encoding/json"
	"math"
	"os"
	"reflect"
	"strings"
	"testing"
)

func TestTokens(t *testing.T) {
	tests := []struct {
		desc string
		in   string
		want []string
	}{
		{desc: "empty", in: "", want: nil},
		{desc: "space only", in: " \t\n\u00a0", want: nil},
		{desc: "punctuation splits", in: "Hello, world! (yes)", want: []string{"Hello", "world", "yes"}},
		{desc: "underscore joins", in: "snake_case _x_", want: []string{"snake_case", "_x_"}},
		{desc: "decimal point splits", in: "3.5 and 3,5", want: []string{"3", "5", "and", "3", "5"}},
		{desc: "Arabic-Indic digits are words", in: "العدد ١٢٣", want: []string{"العدد", "١٢٣"}},
		{desc: "harakat (Mn) split Arabic words", in: "كَتَبَ", want: []string{"ك", "ت", "ب"}},
		{desc: "shadda and sukun split", in: "الدَّرْسُ", want: []string{"الد", "ر", "س"}},
		{desc: "tatweel (Lm) is a letter", in: "الســلام", want: []string{"الســلام"}},
		{desc: "combining acute splits, precomposed does not", in: "e\u0301te\u0301 été", want: []string{"e", "te", "été"}},
		{desc: "superscript two (No) is a number", in: "km²", want: []string{"km²"}},
		{desc: "roman numeral (Nl) is a number", in: "Ⅻ", want: []string{"Ⅻ"}},
		{desc: "apostrophe splits", in: "l'homme", want: []string{"l", "homme"}},
		{desc: "zero-width joiner (Cf) splits", in: "a\u200db", want: []string{"a", "b"}},
		{desc: "invalid UTF-8 splits", in: "ab\xffcd", want: []string{"ab", "cd"}},
		{desc: "emoji splits", in: "go👍go", want: []string{"go", "go"}},
	}
	for _, tt := range tests {
		t.Run(tt.desc, func(t *testing.T) {
			if got := Tokens(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Tokens(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestPage(t *testing.T) {
	tests := []struct {
		desc       string
		gold, pred string
		want       Counts
		p, r, f1   float64
	}{
		{desc: "both empty", want: Counts{}, p: 1, r: 1, f1: 1},
		{desc: "identical", gold: "a b c d e", pred: "a, b. c d e", want: Counts{TP: 1}, p: 1, r: 1, f1: 1},
		// gold abcd bcde cdef, pred abcd bcde: tp 2, fn 1 of 3.
		{desc: "missing tail", gold: "a b c d e f", pred: "a b c d e", want: Counts{TP: 2.0 / 3, FN: 1.0 / 3}, p: 1, r: 2.0 / 3, f1: 0.8},
		// pred adds zabc: tp 3, fp 1 of 4.
		{desc: "extra head", gold: "a b c d e f", pred: "z a b c d e f", want: Counts{TP: 3.0 / 4, FP: 1.0 / 4}, p: 0.75, r: 1, f1: 2 * 0.75 / 1.75},
		// short texts are one shingle each: (x y) and (x y z) differ.
		{desc: "short texts", gold: "x y", pred: "x y z", want: Counts{FP: 0.5, FN: 0.5}, p: 0, r: 0, f1: 0},
		// gold abcd×2 bcda cdab dabc, pred abcd: tp 1, fn 4 of 5.
		{desc: "multiset", gold: "a b c d a b c d", pred: "a b c d", want: Counts{TP: 0.2, FN: 0.8}, p: 1, r: 0.2, f1: 1.0 / 3},
		{desc: "empty prediction", gold: "a b c d", want: Counts{FN: 1}, p: 0, r: 0, f1: 0},
		{desc: "empty gold", pred: "a b c d", want: Counts{FP: 1}, p: 0, r: 0, f1: 0},
	}
	for _, tt := range tests {
		t.Run(tt.desc, func(t *testing.T) {
			c := Page(tt.gold, tt.pred)
			if !close(c.TP, tt.want.TP) || !close(c.FP, tt.want.FP) || !close(c.FN, tt.want.FN) {
				t.Errorf("Page = %+v, want %+v", c, tt.want)
			}
			if !close(c.Precision(), tt.p) || !close(c.Recall(), tt.r) || !close(c.F1(), tt.f1) {
				t.Errorf("P/R/F1 = %v/%v/%v, want %v/%v/%v", c.Precision(), c.Recall(), c.F1(), tt.p, tt.r, tt.f1)
			}
		})
	}
}

func TestAggregate(t *testing.T) {
	tests := []struct {
		desc  string
		pages [][2]string // gold, pred
		want  Score
	}{
		{
			// P over pages with a prediction: (1 + 1 + 0)/3; R over pages
			// with a gold: (1 + 2/3 + 0)/3 = 5/9; F1 = 2·(2/3)(5/9)/(11/9) = 20/33.
			desc: "empty prediction counts against recall only",
			pages: [][2]string{
				{"a b c d e", "a b c d e"},
				{"a b c d e f", "a b c d e"},
				{"a b c d", ""},
				{"", "a b c d"},
			},
			want: Score{N: 4, Precision: 2.0 / 3, Recall: 5.0 / 9, F1: 20.0 / 33, Accuracy: 0.25},
		},
		{
			desc:  "all exact",
			pages: [][2]string{{"x", "x"}, {"a b c d e", "a b c d e"}},
			want:  Score{N: 2, Precision: 1, Recall: 1, F1: 1, Accuracy: 1},
		},
		{
			desc:  "no prediction at all: precision is NaN, F1 0",
			pages: [][2]string{{"a b c d", ""}},
			want:  Score{N: 1, Precision: math.NaN(), Recall: 0, F1: 0, Accuracy: 0},
		},
		{
			desc: "no page",
			want: Score{N: 0, Precision: math.NaN(), Recall: math.NaN(), F1: 0, Accuracy: math.NaN()},
		},
	}
	for _, tt := range tests {
		t.Run(tt.desc, func(t *testing.T) {
			var rs []Result
			for _, p := range tt.pages {
				rs = append(rs, Compare(p[0], p[1]))
			}
			got := Aggregate(rs)
			if got.N != tt.want.N || !close(got.Precision, tt.want.Precision) || !close(got.Recall, tt.want.Recall) ||
				!close(got.F1, tt.want.F1) || !close(got.Accuracy, tt.want.Accuracy) {
				t.Errorf("Aggregate = %+v, want %+v", got, tt.want)
			}
		})
	}
}

// close compares floats to 1e-12, NaN equal to NaN.
func close(a, b float64) bool {
	if math.IsNaN(a) || math.IsNaN(b) {
		return math.IsNaN(a) && math.IsNaN(b)
	}
	return math.Abs(a-b) < 1e-12
}

// scorePy is testdata/scorepy.json: the cases of tools/scorepy/cases.json
// with the figures score.py gave for them (tools/scorepy/expect.py).
type scorePy struct {
	Cases []struct {
		Desc       string   `json:"desc"`
		Gold       string   `json:"gold"`
		Pred       string   `json:"pred"`
		GoldTokens []string `json:"gold_tokens"`
		PredTokens []string `json:"pred_tokens"`
		TP         float64  `json:"tp"`
		FP         float64  `json:"fp"`
		FN         float64  `json:"fn"`
		Precision  float64  `json:"precision"`
		Recall     float64  `json:"recall"`
		F1         float64  `json:"f1"`
		Exact      bool     `json:"exact"`
	} `json:"cases"`
	Set struct {
		N         int     `json:"n"`
		Precision float64 `json:"precision"`
		Recall    float64 `json:"recall"`
		F1        float64 `json:"f1"`
		Accuracy  float64 `json:"accuracy"`
	} `json:"set"`
}

// TestMatchesScorePy checks every figure, bit for bit, against what score.py
// computed for the same texts.
func TestMatchesScorePy(t *testing.T) {
	raw, err := os.ReadFile("testdata/scorepy.json")
	if err != nil {
		t.Fatal(err)
	}
	var sp scorePy
	if err := json.Unmarshal(raw, &sp); err != nil {
		t.Fatal(err)
	}
	if len(sp.Cases) == 0 {
		t.Fatal("no cases in testdata/scorepy.json")
	}
	var rs []Result
	for _, c := range sp.Cases {
		t.Run(c.Desc, func(t *testing.T) {
			if got := Tokens(c.Gold); !sameTokens(got, c.GoldTokens) {
				t.Errorf("Tokens(gold) = %q, score.py %q", got, c.GoldTokens)
			}
			if got := Tokens(c.Pred); !sameTokens(got, c.PredTokens) {
				t.Errorf("Tokens(pred) = %q, score.py %q", got, c.PredTokens)
			}
			r := Compare(c.Gold, c.Pred)
			if r.TP != c.TP || r.FP != c.FP || r.FN != c.FN {
				t.Errorf("counts = %v/%v/%v, score.py %v/%v/%v", r.TP, r.FP, r.FN, c.TP, c.FP, c.FN)
			}
			if r.Precision() != c.Precision || r.Recall() != c.Recall || r.F1() != c.F1 || r.Exact != c.Exact {
				t.Errorf("P/R/F1/exact = %v/%v/%v/%v, score.py %v/%v/%v/%v",
					r.Precision(), r.Recall(), r.F1(), r.Exact, c.Precision, c.Recall, c.F1, c.Exact)
			}
			rs = append(rs, r)
		})
	}
	got := Aggregate(rs)
	if got.N != sp.Set.N || got.Precision != sp.Set.Precision || got.Recall != sp.Set.Recall ||
		got.F1 != sp.Set.F1 || got.Accuracy != sp.Set.Accuracy {
		t.Errorf("Aggregate = %+v, score.py %+v", got, sp.Set)
	}
}

func sameTokens(a, b []string) bool {
	return len(a) == len(b) && (len(a) == 0 || reflect.DeepEqual(a, b))
}

// FuzzTokens checks that tokens are exactly the word characters of the
// input, cut at every non-word character, and that scoring a text against
// itself is perfect.
func FuzzTokens(f *testing.F) {
	for _, s := range []string{"", "Hello, world!", "كَتَبَ الوَلَدُ", "été e\u0301te\u0301", "ab\xffcd", "a_b ١٢٣ km²", "w x y z w x y z"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var words, joined strings.Builder
		for _, r := range s {
			if IsWord(r) {
				words.WriteRune(r)
			}
		}
		for _, tok := range Tokens(s) {
			if tok == "" {
				t.Fatalf("empty token in %q", s)
			}
			for _, r := range tok {
				if !IsWord(r) {
					t.Fatalf("token %q of %q holds non-word %U", tok, s, r)
				}
			}
			if !strings.Contains(s, tok) {
				t.Fatalf("token %q not in %q", tok, s)
			}
			joined.WriteString(tok)
		}
		if joined.String() != words.String() {
			t.Fatalf("tokens of %q join to %q, want its word characters %q", s, joined.String(), words.String())
		}
		if c := Page(s, s); c.FP != 0 || c.FN != 0 || c.F1() != 1 {
			t.Fatalf("Page(s, s) = %+v for %q", c, s)
		}
	})
}
