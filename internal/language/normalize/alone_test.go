package normalize

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// aloneRunes are the runes of the tables, the ones that fold on their own
// and the others.
func aloneRunes() (fast, slow []rune) {
	for r := rune(0); r < 0x2080; r++ {
		if r == 0x800 {
			r = 0x2000
		}
		if AloneOf(r).Kind != AloneNo {
			fast = append(fast, r)
		} else {
			slow = append(slow, r)
		}
	}
	return fast, slow
}

// aloneFold is the fold of r by its Alone.
func aloneFold(r rune) string {
	if a := AloneOf(r); a.Kind != AloneDrop {
		return a.Fold
	}
	return ""
}

// TestAlone checks AloneOf's promise against the transformer: each rune
// that folds on its own folds to its Fold, and next to another such rune
// to the concatenation of their folds.
func TestAlone(t *testing.T) {
	for _, r := range []rune{0x7FF + 1, 0x1FFF, 0x2080, 0x10000, -1} {
		if AloneOf(r) != nil {
			t.Errorf("AloneOf(%U) is not nil", r)
		}
	}
	fast, slow := aloneRunes()
	if len(fast) < 1500 {
		t.Fatalf("only %d runes fold on their own", len(fast))
	}
	for _, r := range fast {
		a := AloneOf(r)
		if f := full(string(r)); aloneFold(r) != f {
			t.Errorf("AloneOf(%U).Fold = %q, want %q", r, a.Fold, f)
		}
		switch c, n := utf8.DecodeRuneInString(a.Fold); {
		case a.Kind == AloneSpace && (n != len(a.Fold) || !unicode.IsSpace(c)):
			t.Errorf("AloneOf(%U) = %q, not one white-space character", r, a.Fold)
		case a.Kind == AloneText && strings.IndexFunc(a.Fold, unicode.IsSpace) >= 0:
			t.Errorf("AloneOf(%U) = %q holds white space", r, a.Fold)
		}
	}
	// Pairs: every 20th first rune (every 100th in -short) with every
	// rune, and the others beside letters.
	step := 20
	if testing.Short() {
		step = 100
	}
	for i := 0; i < len(fast); i += step {
		for _, b := range fast {
			s := string(fast[i]) + string(b)
			if want, got := full(s), aloneFold(fast[i])+aloneFold(b); got != want {
				t.Fatalf("%q folds to %q, not %q", s, want, got)
			}
		}
	}
	for _, r := range slow {
		if a := AloneOf(r); a.Fold != "" {
			t.Errorf("AloneOf(%U) = %q, of kind AloneNo", r, a.Fold)
		}
	}
}
