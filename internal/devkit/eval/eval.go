// Package eval scores article extraction against gold text with the metric of
// the public article-extraction benchmark, exactly as ../shared/eval/score.py
// computes it:
//
//   - tokens are maximal runs of word characters (Python's `\w+` on str:
//     letters L*, numbers N* and '_'; combining marks split tokens);
//   - shingles are the consecutive 4-token windows of a text, as a multiset
//     (a text of 1–3 tokens has one shingle of all its tokens, an empty text
//     none);
//   - a page's TP, FP and FN are the shingle counts both share, only the
//     prediction has and only the gold has, divided by TP+FP+FN so that long
//     pages weigh no more than short ones;
//   - a set's precision is the mean page precision over pages with a
//     non-empty prediction, its recall the mean page recall over pages with a
//     non-empty gold, and its F1 the harmonic mean of those two means (not
//     the mean of the page F1s); accuracy is the share of pages whose gold
//     and predicted token lists are equal.
package eval

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// NGram is the shingle length in tokens.
const NGram = 4

// IsWord reports whether r is a word character as Python's re module reads
// `\w` in a str pattern: a letter (L*), a number (Nd, Nl, No) or '_'.
// Combining marks (Mn, Mc) are not word characters.
func IsWord(r rune) bool {
	if r < utf8.RuneSelf {
		return r == '_' || '0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r)
}

// Tokens returns the maximal runs of word characters in s, in order, as
// substrings of s. Invalid UTF-8 reads as U+FFFD, which is not a word
// character.
func Tokens(s string) []string {
	var toks []string
	start := -1
	for i, r := range s {
		if IsWord(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			toks = append(toks, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		toks = append(toks, s[start:])
	}
	return toks
}

// sep joins the tokens of a shingle into one map key; it is not a word
// character, so no two different shingles share a key.
const sep = "\x00"

// Shingles returns the multiset of NGram-token windows of toks, keyed by
// the window's tokens joined with a NUL byte. Fewer than NGram tokens make
// one shingle of all of them; no tokens make none.
func Shingles(toks []string) map[string]int {
	m := make(map[string]int)
	if len(toks) == 0 {
		return m
	}
	if len(toks) < NGram {
		m[strings.Join(toks, sep)]++
		return m
	}
	for i := 0; i+NGram <= len(toks); i++ {
		m[strings.Join(toks[i:i+NGram], sep)]++
	}
	return m
}

// Counts are one page's normalised true positives, false positives and
// false negatives: each shingle count divided by TP+FP+FN, so that they add
// up to 1 (or are all 0 when both texts are empty).
type Counts struct {
	TP float64 `json:"tp"`
	FP float64 `json:"fp"`
	FN float64 `json:"fn"`
}

// Page scores one predicted text against its gold.
func Page(gold, pred string) Counts {
	return countsOf(Shingles(Tokens(gold)), Shingles(Tokens(pred)))
}

func countsOf(g, p map[string]int) Counts {
	var tp, fp, fn int
	for k, n := range p {
		m := g[k]
		tp += min(n, m)
		fp += max(0, n-m)
	}
	for k, m := range g {
		fn += max(0, m-p[k])
	}
	total := tp + fp + fn
	if total == 0 {
		return Counts{}
	}
	t := float64(total)
	return Counts{TP: float64(tp) / t, FP: float64(fp) / t, FN: float64(fn) / t}
}

// HasPred reports whether the prediction was non-empty (TP+FP > 0): only
// such pages count towards the set's precision.
func (c Counts) HasPred() bool { return c.TP+c.FP > 0 }

// HasGold reports whether the gold was non-empty (TP+FN > 0): only such
// pages count towards the set's recall.
func (c Counts) HasGold() bool { return c.TP+c.FN > 0 }

// Precision returns TP/(TP+FP): 1 when FP = FN = 0, 0 when TP = FP = 0.
func (c Counts) Precision() float64 {
	switch {
	case c.FP == 0 && c.FN == 0:
		return 1
	case c.TP == 0 && c.FP == 0:
		return 0
	}
	return c.TP / (c.TP + c.FP)
}

// Recall returns TP/(TP+FN): 1 when FP = FN = 0, 0 when TP = FN = 0.
func (c Counts) Recall() float64 {
	switch {
	case c.FP == 0 && c.FN == 0:
		return 1
	case c.TP == 0 && c.FN == 0:
		return 0
	}
	return c.TP / (c.TP + c.FN)
}

// F1 returns the harmonic mean of the page's precision and recall, 0 when
// both are 0.
func (c Counts) F1() float64 {
	return f1(c.Precision(), c.Recall())
}

func f1(p, r float64) float64 {
	if p+r > 0 { // false for NaN, as in score.py
		return 2 * p * r / (p + r)
	}
	return 0
}

// Score is the result of a set of pages.
type Score struct {
	N         int     // pages scored
	Precision float64 // mean page precision over pages with a prediction; NaN if none
	Recall    float64 // mean page recall over pages with a gold; NaN if none
	F1        float64 // harmonic mean of Precision and Recall
	Accuracy  float64 // share of pages whose token lists are equal; NaN if no page
}

// Result is one scored page.
type Result struct {
	Counts
	// Exact is true when the gold and predicted token lists are equal.
	Exact bool `json:"exact"`
	// GoldTokens and PredTokens count the tokens of each text.
	GoldTokens int `json:"gold_tokens"`
	PredTokens int `json:"pred_tokens"`
}

// Compare scores one page and also tells whether the token lists are equal.
func Compare(gold, pred string) Result {
	gt, pt := Tokens(gold), Tokens(pred)
	exact := len(gt) == len(pt)
	for i := 0; exact && i < len(gt); i++ {
		exact = gt[i] == pt[i]
	}
	return Result{
		Counts:     countsOf(Shingles(gt), Shingles(pt)),
		Exact:      exact,
		GoldTokens: len(gt),
		PredTokens: len(pt),
	}
}

// Aggregate returns the set-level figures of the pages, in the order given
// (the order fixes the floating-point sums, as in score.py's sorted walk).
func Aggregate(pages []Result) Score {
	var ps, rs, acc float64
	var np, nr int
	for _, c := range pages {
		if c.HasPred() {
			ps += c.Precision()
			np++
		}
		if c.HasGold() {
			rs += c.Recall()
			nr++
		}
		if c.Exact {
			acc++
		}
	}
	s := Score{N: len(pages), Precision: mean(ps, np), Recall: mean(rs, nr), Accuracy: mean(acc, len(pages))}
	s.F1 = f1(s.Precision, s.Recall)
	return s
}

func mean(sum float64, n int) float64 {
	if n == 0 {
		return math.NaN()
	}
	return sum / float64(n)
}
