package normalize

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The tables of how each rune folds on its own, for the runes of two bytes
// in UTF-8 (U+0080–U+07FF: Latin-1, Latin Extended, Greek, Cyrillic,
// Hebrew, Arabic) and the general punctuation U+2000–U+207F (E2 80 xx and
// E2 81 xx), and ASCII. Fold's fast paths read them (kind, r), and so can a
// caller that folds text of its own way rune by rune (AloneOf): most text is made
// only of such runes, and for it Fold is the concatenation of each rune's
// fold.

// Alone is how one rune folds on its own. Kind says whether it does; Fold
// is its fold, as Fold(string(r)), when Kind is AloneText or AloneSpace.
type Alone struct {
	Fold string
	Kind AloneKind
}

// AloneKind says whether a rune folds on its own (see AloneOf).
type AloneKind uint8

// Kinds of Alone.
const (
	AloneNo    AloneKind = iota // the rune may fold with its neighbours, or to white space and more
	AloneDrop                   // the rune folds to nothing
	AloneSpace                  // the rune folds to one white-space character, Fold
	AloneText                   // the rune folds to Fold, which holds no white space
)

// Values of twoByteFolds but runes.
const (
	dropped    = -1 // the rune is left out
	decomposes = -2 // the rune folds to its NFKC decomposition: appendOther
)

var (
	// twoBytes is aloneOf each rune of one or two bytes in UTF-8;
	// twoByteKinds holds kind of each rune of two bytes, and twoByteFolds
	// its fold for appendSimple when it is keep or simple: a rune, dropped
	// or decomposes (arrays of their own, for Fold's fast paths).
	twoBytes, twoByteKinds, twoByteFolds = func() (t [0x800]Alone, kinds [0x800]uint8, folds [0x800]rune) {
		for r := rune(0); r < 0x800; r++ {
			t[r], kinds[r], folds[r] = aloneOf(r)
		}
		return t, kinds, folds
	}()
	// punct is aloneOf each rune U+2000–U+207F, by the rune's last seven
	// bits.
	punct = func() (t [0x80]Alone) {
		for i := range t {
			t[i], _, _ = aloneOf(rune(0x2000 + i))
		}
		return t
	}()
)

// AloneOf returns how r folds on its own; nil when the tables do not hold
// it (a rune outside U+0000–U+07FF and U+2000–U+207F). The Alone is
// shared: it must not be modified.
//
// When every rune of a text has an Alone whose Kind is not AloneNo, Fold
// of the text is the concatenation of each rune's fold (AloneDrop
// nothing, the others Fold): none composes with its neighbours or
// reorders around them.
func AloneOf(r rune) *Alone {
	if uint32(r) < 0x800 {
		return &twoBytes[r]
	}
	if uint32(r)-0x2000 < 0x80 {
		return &punct[r-0x2000]
	}
	return nil
}

// aloneOf returns how r folds, with its kind (keep, simple, complex)
// and, for appendSimple, its fold as one rune (or dropped, or decomposes;
// for a complex rune, nothing read). The Alone's Kind is AloneNo unless r folds on its
// own: it starts a segment under NFKC (it composes with nothing before
// it, and neither does the first rune of its decomposition), or it is one
// of the Arabic marks that folding drops and that compose with nothing
// (harakat, superscript alef, the small high signs; not the maddah and
// the hamza marks U+0653–U+0655). Its neighbours all being such runes,
// none can compose with it or reorder around it.
func aloneOf(r rune) (a Alone, k uint8, fr rune) {
	k = uint8(kind(r, utf8.RuneLen(r)))
	switch {
	case k == complex:
		fr = decomposes // never read: appendSimple takes no complex rune
	case isDropped(r):
		fr = dropped
	case r >= 0xA0 && r < 0xC0 || r >= 0x0100 && r < 0x0600 || r > 0x06FF:
		var buf [utf8.UTFMax]byte
		if f, ok := runeFold(r, norm.NFKC.Properties(utf8.AppendRune(buf[:0], r))); ok {
			fr = f // dropped when f is -1
		} else {
			fr = decomposes
		}
	default:
		fr = simpleRune(r)
	}
	// Fold(string(r)), without Fold (whose fast path reads twoBytes).
	var f string
	switch {
	case r < utf8.RuneSelf:
		f = string(unicode.ToLower(r))
	case k == complex:
		f = slowFold(string(r))
	case fr == dropped:
	case fr == decomposes:
		f = decomposedFold(r)
	default:
		f = string(fr)
	}
	if r >= 0x064B && r <= 0x065F && (r < 0x0653 || r > 0x0655) || r == 0x0670 || r >= 0x0610 && r <= 0x061A {
		if f == "" {
			a.Kind = AloneDrop
		}
		return a, k, fr
	}
	p := norm.NFKC.PropertiesString(string(r))
	if !p.BoundaryBefore() {
		return a, k, fr
	}
	if d := p.Decomposition(); d != nil && !norm.NFKC.Properties(d).BoundaryBefore() {
		return a, k, fr
	}
	switch {
	case f == "":
		a.Kind = AloneDrop
		return a, k, fr
	case !utf8.ValidString(f):
		return a, k, fr
	}
	for j, c := range f {
		if unicode.IsSpace(c) {
			if j == 0 && len(f) == utf8.RuneLen(c) {
				a.Fold, a.Kind = f, AloneSpace
			}
			return a, k, fr
		}
		if j > 0 && !norm.NFKC.PropertiesString(string(c)).BoundaryBefore() {
			return a, k, fr
		}
	}
	a.Fold, a.Kind = f, AloneText
	return a, k, fr
}
