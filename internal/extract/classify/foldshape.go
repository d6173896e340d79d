package classify

import (
	"unicode/utf8"

	"github.com/safi-app/safi/internal/language/normalize"
)

// Most words are made of ASCII letters and digits or of Arabic letters,
// each of which folds on its own to one character of the same length. For
// such a word the length and last byte of its fold are known without
// folding it, and they are enough to tell that it is not a stop word, or
// not one of the words the title search looks for: most words are
// settled without normalize.Fold.

// asciiFolded is normalize.Fold of each ASCII letter and digit (0 for
// other characters).
var asciiFolded = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		if asciiAlnum[c] {
			if f := normalize.Fold(string(rune(c))); len(f) == 1 {
				t[c] = f[0]
			}
		}
	}
	return t
}()

// arabicFolded is normalize.Fold of each Arabic letter U+0621–U+064A when
// it is one two-byte rune (0 otherwise: tatweel, which folding drops).
var arabicFolded = func() (t [0x064B - 0x0621]rune) {
	for i := range t {
		f := normalize.Fold(string(rune(0x0621 + i)))
		if r, n := utf8.DecodeRuneInString(f); n == 2 && len(f) == 2 {
			t[i] = r
		}
	}
	return t
}()

// foldShape returns the length, the last byte and the first rune of
// normalize.Fold(w) without folding w, when w is made only of characters
// of asciiFolded and arabicFolded (which neither compose nor change length
// when folded); ok is false for any other word.
func foldShape(w string) (n int, last byte, first rune, ok bool) {
	for i := 0; i < len(w); {
		c := w[i]
		var f rune
		switch {
		case c < utf8.RuneSelf:
			if asciiFolded[c] == 0 {
				return 0, 0, 0, false
			}
			f, last = rune(asciiFolded[c]), asciiFolded[c]
			i++
		case (c == 0xD8 || c == 0xD9) && i+1 < len(w) && w[i+1]&0xC0 == 0x80:
			r := rune(c&0x1F)<<6 | rune(w[i+1]&0x3F)
			if r < 0x0621 || r > 0x064A || arabicFolded[r-0x0621] == 0 {
				return 0, 0, 0, false
			}
			f = arabicFolded[r-0x0621]
			last = byte(0x80 | f&0x3F)
			i += 2
		default:
			return 0, 0, 0, false
		}
		if first == 0 {
			first = f
		}
	}
	return len(w), last, first, len(w) > 0
}

// mayBeStopShape reports whether a word whose fold has length n, last
// byte last and first rune first may be a stop word (see isStopKey): a
// stop word's shape, or one after a conjunction و or ف. (Such words hold
// no apostrophe.)
func mayBeStopShape(n int, last byte, first rune) bool {
	return stopShape(n, last) || (first == 'و' || first == 'ف') && n > 4 && stopShape(n-2, last)
}

// stopShape reports whether some stop word has n bytes and ends with last.
func stopShape(n int, last byte) bool {
	return n > 0 && n <= stopwordMaxLen && stopShapes[last]&(1<<n) != 0
}
