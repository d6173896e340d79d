package classify

import (
	"encoding/binary"
	"unicode/utf8"

	"github.com/safi-app/safi/internal/language/normalize"
)

// Most blocks are made only of characters that fold on their own, whatever
// stands next to them: ASCII, Latin-1, the Arabic letters and harakat, the
// punctuation of U+2000–U+207F (normalize.AloneOf). For such a text,
// normalize.Fold is the concatenation of each character's fold, read from
// normalize's tables in one pass (appendQuick), instead of the several
// passes (and, for a no-break space or "…", the look-ups in the
// normalization tables) that normalize takes. What is the classifier's
// own is fold's reading of that fold: ’ as ', white space collapsed.

// apos is the entry of ’ in normalize's tables.
var apos = normalize.AloneOf('’')

// quickAt returns normalize's fold entry of the rune of s at i, which is
// not ASCII, and its length; nil when the tables do not hold it.
func quickAt(s string, i int) (*normalize.Alone, int) {
	c := s[i]
	switch {
	case c >= 0xC2 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
		return normalize.AloneOf(rune(c&0x1F)<<6 | rune(s[i+1]&0x3F)), 2
	case c == 0xE2 && i+2 < len(s) && s[i+1]&0xFE == 0x80 && s[i+2]&0xC0 == 0x80:
		return normalize.AloneOf(0x2000 | rune(s[i+1]&1)<<6 | rune(s[i+2]&0x3F)), 3
	}
	return nil, 0
}

// appendQuick appends normalize.Fold(s) to dst — with spaced, fold(s): ’
// read as ' and each run of white space as one space, trimmed — when every
// rune of s folds on its own (see normalize.AloneOf), and reports whether it did;
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
		// Arabic letters, most of an Arabic text, fold to two bytes
		// each: written from arabicQuick without the general case's
		// look-ups and copy.
		if (c == 0xD8 || c == 0xD9) && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			if q := arabicQuick[(c&1)<<6|s[i+1]&0x3F]; q[0] != 0 {
				if space {
					dst = append(dst, ' ')
					space = false
				}
				dst = append(dst, q[0], q[1])
				i += 2
				continue
			}
		}
		var q *normalize.Alone
		switch {
		case c >= 0xC2 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			q = normalize.AloneOf(rune(c&0x1F)<<6 | rune(s[i+1]&0x3F))
			i += 2
		case c == 0xE2 && i+2 < len(s) && s[i+1]&0xFE == 0x80 && s[i+2]&0xC0 == 0x80:
			q = normalize.AloneOf(0x2000 | rune(s[i+1]&1)<<6 | rune(s[i+2]&0x3F))
			i += 3
		default:
			return dst[:start], false
		}
		switch q.Kind {
		case normalize.AloneNo:
			return dst[:start], false
		case normalize.AloneDrop:
			continue
		case normalize.AloneSpace:
			if spaced {
				space = len(dst) > start
				continue
			}
		}
		if space {
			dst = append(dst, ' ')
			space = false
		}
		if q == apos && spaced {
			dst = append(dst, '\'')
			continue
		}
		dst = append(dst, q.Fold...)
	}
	return dst, true
}

// arabicQuick holds, for each rune of U+0600–U+067F (by its last seven
// bits), the two bytes of its fold when it folds on its own to two bytes
// and no white space (normalize.AloneText), as appendQuick would write
// them the general way; zeros for the others.
var arabicQuick = func() (t [0x80][2]byte) {
	for i := range t {
		if q := normalize.AloneOf(rune(0x0600 + i)); q.Kind == normalize.AloneText && len(q.Fold) == 2 && q != apos {
			t[i] = [2]byte{q.Fold[0], q.Fold[1]}
		}
	}
	return t
}()

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
