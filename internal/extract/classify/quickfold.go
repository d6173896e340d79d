package classify

import (
	"encoding/binary"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/safi-app/safi/internal/language/normalize"
)

// Most blocks are made only of characters that fold on their own, whatever
// stands next to them: ASCII, Latin-1, the Arabic letters and harakat, the
// punctuation of U+2000–U+207F. For such a text, normalize.Fold is the
// concatenation of each character's fold, read from a table in one pass
// (appendQuick), instead of the several passes (and, for a no-break space
// or "…", the look-ups in the normalization tables) that normalize takes.

// quickFold is how one rune folds.
type quickFold struct {
	s    string // its fold (quickStr, quickSpace)
	kind uint8
}

// Kinds of quickFold.
const (
	quickSlow  = iota // the rune may fold with its neighbours, or to white space and more: fold the slow way
	quickDrop         // the rune folds to nothing
	quickSpace        // the rune folds to one white-space character, s
	quickStr          // the rune folds to s, which holds no white space
	quickApos         // the rune is ’, which fold (the classifier's) reads as '
)

// quick2 is quickFoldOf of each rune U+0080–U+07FF (two bytes in UTF-8),
// quick3 of each rune U+2000–U+207F (E2 80 xx and E2 81 xx).
var (
	quick2 = func() (t [0x800 - 0x80]quickFold) {
		for i := range t {
			t[i] = quickFoldOf(rune(0x80 + i))
		}
		return t
	}()
	quick3 = func() (t [0x80]quickFold) {
		for i := range t {
			t[i] = quickFoldOf(rune(0x2000 + i))
		}
		return t
	}()
)

// quickFoldOf returns how r folds when it folds on its own: it starts a
// segment under NFKC (it composes with nothing before it, and neither
// does the first rune of its decomposition), or it is one of the Arabic
// marks that folding drops and that compose with nothing (harakat,
// superscript alef, the small high signs; not the maddah and the hamza
// marks U+0653–U+0655). Its neighbours all being such runes, none can
// compose with it or reorder around it.
func quickFoldOf(r rune) quickFold {
	if r == utf8.RuneError {
		return quickFold{}
	}
	if r >= 0x064B && r <= 0x065F && (r < 0x0653 || r > 0x0655) || r == 0x0670 || r >= 0x0610 && r <= 0x061A {
		if normalize.Fold(string(r)) == "" {
			return quickFold{kind: quickDrop}
		}
		return quickFold{}
	}
	p := norm.NFKC.PropertiesString(string(r))
	if !p.BoundaryBefore() {
		return quickFold{}
	}
	if d := p.Decomposition(); d != nil && !norm.NFKC.Properties(d).BoundaryBefore() {
		return quickFold{}
	}
	f := normalize.Fold(string(r))
	switch {
	case f == "":
		return quickFold{kind: quickDrop}
	case f == "’":
		return quickFold{s: f, kind: quickApos}
	case !utf8.ValidString(f):
		return quickFold{}
	}
	for k, c := range f {
		if unicode.IsSpace(c) {
			if k == 0 && len(f) == utf8.RuneLen(c) {
				return quickFold{s: f, kind: quickSpace}
			}
			return quickFold{}
		}
		if c == '’' || c == utf8.RuneError || k > 0 && !norm.NFKC.PropertiesString(string(c)).BoundaryBefore() {
			return quickFold{}
		}
	}
	return quickFold{s: f, kind: quickStr}
}

// appendQuick appends normalize.Fold(s) to dst — with spaced, fold(s): ’
// read as ' and each run of white space as one space, trimmed — when every
// rune of s folds on its own (see quickFold), and reports whether it did;
// when it did not, dst is returned unchanged.
func appendQuick(dst []byte, s string, spaced bool) ([]byte, bool) {
	start := len(dst)
	space := false // white space to write before the next character
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if spaced && !space && i+8 <= len(s) && (c != ' ' || len(dst) > start) {
				if w, ok := plainASCII8(s[i : i+8]); ok {
					dst = binary.LittleEndian.AppendUint64(dst, w)
					i += 8
					continue
				}
			}
			if asciiSpace[c] && spaced {
				space = len(dst) > start
				i++
				continue
			}
			if space {
				dst = append(dst, ' ')
				space = false
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		var q *quickFold
		switch {
		case c >= 0xC2 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			q = &quick2[(rune(c&0x1F)<<6|rune(s[i+1]&0x3F))-0x80]
			i += 2
		case c == 0xE2 && i+2 < len(s) && s[i+1]&0xFE == 0x80 && s[i+2]&0xC0 == 0x80:
			q = &quick3[int(s[i+1]&1)<<6|int(s[i+2]&0x3F)]
			i += 3
		default:
			return dst[:start], false
		}
		switch q.kind {
		case quickSlow:
			return dst[:start], false
		case quickDrop:
			continue
		case quickSpace:
			if spaced {
				space = len(dst) > start
				continue
			}
		}
		if space {
			dst = append(dst, ' ')
			space = false
		}
		if q.kind == quickApos && spaced {
			dst = append(dst, '\'')
			continue
		}
		dst = append(dst, q.s...)
	}
	return dst, true
}

// Masks of each byte of a word of eight.
const (
	bytes01 = 0x0101010101010101
	bytes80 = 0x8080808080808080
)

// plainASCII8 returns the eight bytes of b (len(b) == 8), little-endian,
// in lower case, when they fold (with fold's spacing) to themselves so
// lowered whatever stands around them: ASCII, no white space but single
// spaces between other characters, none at the end.
func plainASCII8(b string) (uint64, bool) {
	w := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
	if w&bytes80 != 0 {
		return 0, false // not ASCII
	}
	// Each byte is below 0x80: adding 0x80-n sets its top bit when it is n
	// or more, without a carry into the next byte.
	ge := func(n uint64) uint64 { return (w + (0x80-n)*bytes01) & bytes80 }
	// The characters below a space are control characters and white
	// space (\t \n \v \f \r): the slow way.
	if ge(0x20) != bytes80 {
		return 0, false
	}
	// Spaces: a byte is a space when it is not above 0x20.
	sp := ^ge(0x21) & bytes80
	if sp&(sp<<8) != 0 || sp>>56 != 0 {
		return 0, false // two spaces in a row, or one at the end
	}
	upper := ge('A') &^ ge('Z'+1)
	return w | upper>>2, true
}
