package classify

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/safi-app/safi/internal/language/normalize"
)

// checkQuick checks appendQuick against normalize.Fold and fold on s.
func checkQuick(t *testing.T, s string) {
	t.Helper()
	if k, ok := appendQuick([]byte("x"), s, false); ok && string(k[1:]) != normalize.Fold(s) {
		t.Errorf("appendQuick(%q) = %q, want %q", s, k[1:], normalize.Fold(s))
	} else if !ok && string(k) != "x" {
		t.Errorf("appendQuick(%q) failed and wrote %q", s, k)
	}
	if k, ok := appendQuick(nil, s, true); ok && string(k) != fold(s) {
		t.Errorf("appendQuick(%q, spaced) = %q, want %q", s, k, fold(s))
	}
}

// quickRunes are the runes appendQuick folds, and some it does not.
func quickRunes() (fast, slow []rune) {
	for r := rune(0); r < 0x2080; r++ {
		if r == 0x800 {
			r = 0x2000
		}
		if _, ok := appendQuick(nil, string(r), false); ok {
			fast = append(fast, r)
		} else {
			slow = append(slow, r)
		}
	}
	return fast, slow
}

// TestQuickApos checks that ’ is the only rune of normalize's tables
// whose fold holds a ’, which fold (the classifier's) reads as '.
func TestQuickApos(t *testing.T) {
	for r := rune(0x80); r < 0x2080; r++ {
		if r == 0x800 {
			r = 0x2000
		}
		if a := normalize.AloneOf(r); a != apos && a.Kind != normalize.AloneNo && strings.Contains(a.Fold, "’") {
			t.Errorf("%U folds to %q", r, a.Fold)
		}
	}
	if apos.Kind != normalize.AloneText || apos.Fold != "’" {
		t.Errorf("’ folds on its own to %q (kind %d)", apos.Fold, apos.Kind)
	}
}

func TestQuickFoldPairs(t *testing.T) {
	fast, slow := quickRunes()
	if len(fast) < 1500 {
		t.Fatalf("appendQuick folds only %d runes", len(fast))
	}
	// Pairs of runes it folds: every fifth first rune (every 25th in
	// -short) with every second one. (All of them, 2.2 million pairs,
	// take 12 s.)
	step := 5
	if testing.Short() {
		step = 25
	}
	for i := 0; i < len(fast); i += step {
		a := string(fast[i])
		for _, b := range fast {
			checkQuick(t, a+string(b))
		}
		if t.Failed() {
			return
		}
	}
	// Runes it leaves to normalize, next to letters.
	for _, r := range slow {
		for _, s := range []string{"a" + string(r), string(r) + "b", "و" + string(r), "e" + string(r) + "\u0301"} {
			checkQuick(t, s)
		}
	}
}

func TestQuickFoldTexts(t *testing.T) {
	fast, _ := quickRunes()
	rng := rand.New(rand.NewPCG(1, 2))
	marks := []rune{0x064B, 0x064E, 0x0650, 0x0651, 0x0652, 0x0653, 0x0654, 0x0655, 0x0670, 0x0301, 0x0308}
	letters := []rune("aZéÉوؤاأيىهةـ ’'\u00a0\u2009…ß")
	for range 20000 {
		var b strings.Builder
		for range 1 + rng.IntN(8) {
			switch rng.IntN(3) {
			case 0:
				b.WriteRune(fast[rng.IntN(len(fast))])
			case 1:
				b.WriteRune(marks[rng.IntN(len(marks))])
			default:
				b.WriteRune(letters[rng.IntN(len(letters))])
			}
		}
		checkQuick(t, b.String())
		if t.Failed() {
			return
		}
	}
	// Longer texts, mostly ASCII, for the eight bytes at a time.
	ascii := []rune("aAzZmM09 .,'\t\n\x01\x7f@[`{     é\u00a0\u00ad’")
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(40) {
			b.WriteRune(ascii[rng.IntN(len(ascii))])
		}
		checkQuick(t, b.String())
		if t.Failed() {
			return
		}
	}
	for _, tc := range wordCases {
		checkQuick(t, tc.text)
	}
	for _, s := range []string{"", " ", "  a  ", "\xff", "a\xe2\x80", "\xe2\x80\x99", "\u2028x\u2029", "\u0085a\u0085"} {
		checkQuick(t, s)
	}
}

func FuzzQuickFold(f *testing.F) {
	for _, tc := range wordCases {
		f.Add(tc.text)
	}
	f.Fuzz(checkQuick)
}

// TestArabicQuick checks that appendQuick's table of Arabic letters holds
// the letters (its fast path is taken) and only runes that the general
// way folds, alone, to the same two bytes.
func TestArabicQuick(t *testing.T) {
	n := 0
	for i, q := range arabicQuick {
		if q[0] == 0 {
			continue
		}
		n++
		if r := rune(0x0600 + i); normalize.Fold(string(r)) != string(q[:]) {
			t.Errorf("%U: arabicQuick %q, Fold %q", r, q[:], normalize.Fold(string(r)))
		}
	}
	if n < 40 {
		t.Errorf("arabicQuick holds %d runes, want the Arabic letters", n)
	}
}
