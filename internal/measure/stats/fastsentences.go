package stats

import (
	"unicode"
	"unicode/utf8"
)

// Sentence-break classes of the characters knownSentences knows (UAX #29).
const (
	sbNone      = iota // not known: the text goes to the full segmenter
	sbUpper            // Upper
	sbLower            // Lower
	sbOLetter          // OLetter: Arabic letters
	sbNumeric          // Numeric
	sbATerm            // the full stop
	sbSTerm            // ! ? ؟ ۔
	sbClose            // quotation marks, brackets
	sbSContinue        // , - : ; ،
	sbSp               // spaces
	sbParaSep          // LF, CR
	sbExtend           // Arabic marks
	sbOther            // any other character
)

// asciiSB is the class of each ASCII character.
var asciiSB = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		switch {
		case 'A' <= c && c <= 'Z':
			t[c] = sbUpper
		case 'a' <= c && c <= 'z':
			t[c] = sbLower
		case '0' <= c && c <= '9':
			t[c] = sbNumeric
		case c == '.':
			t[c] = sbATerm
		case c == '!' || c == '?':
			t[c] = sbSTerm
		case c == '"' || c == '\'' || c == '(' || c == ')' || c == '[' || c == ']' || c == '{' || c == '}':
			t[c] = sbClose
		case c == ',' || c == '-' || c == ':' || c == ';':
			t[c] = sbSContinue
		case c == ' ' || c == '\t':
			t[c] = sbSp
		case c == '\n' || c == '\r':
			t[c] = sbParaSep
		case c < 0x20 || c == 0x7F:
			t[c] = sbNone
		default:
			t[c] = sbOther
		}
	}
	return t
}()

// sentenceClass returns the class of r for knownSentences, or sbNone.
func sentenceClass(r rune) uint8 {
	switch {
	case r < utf8.RuneSelf:
		return asciiSB[r]
	case r == 0xA0:
		return sbSp
	case r == 0xAB || r == 0xBB: // « »
		return sbClose
	case r >= 0xC0 && r <= 0xDE && r != 0xD7:
		return sbUpper
	case r >= 0xDF && r <= 0xFF && r != 0xF7:
		return sbLower
	case r >= 0x0621 && r <= 0x063F || r >= 0x0641 && r <= 0x064A || r >= 0x0671 && r <= 0x06D3:
		return sbOLetter
	case r >= 0x064B && r <= 0x065F || r == 0x0670:
		return sbExtend
	case r >= 0x0660 && r <= 0x0669 || r >= 0x06F0 && r <= 0x06F9:
		return sbNumeric
	case r == 0x061F || r == 0x06D4:
		return sbSTerm
	case r == 0x060C:
		return sbSContinue
	case r == 0x061B: // ؛, the Arabic semicolon: no SContinue, unlike ;
		return sbOther
	case r == 0x2018 || r == 0x2019 || r == 0x201C || r == 0x201D: // ‘ ’ “ ”
		return sbClose
	case r == 0x2013 || r == 0x2014: // – —
		return sbSContinue
	case otherLetter(r):
		switch {
		case unicode.IsUpper(r):
			return sbUpper
		case unicode.IsLower(r):
			return sbLower
		}
		return sbOLetter
	case r == 0x00B7 || otherSymbol(r):
		return sbOther
	case r == 0x2039 || r == 0x203A: // ‹ ›
		return sbClose
	}
	return sbNone
}

// twoByteSB is sentenceClass of each character of two bytes in UTF-8
// (U+0080 to U+07FF), as twoByteWB is for words.
var twoByteSB = func() (t [0x800]uint8) {
	for r := rune(0x80); r < 0x800; r++ {
		t[r] = sentenceClass(r)
	}
	return t
}()

// sentenceClassAt returns the class of the character at text[i] and its
// size.
func sentenceClassAt(text string, i int) (uint8, int) {
	c := text[i]
	if c < utf8.RuneSelf {
		return asciiSB[c], 1
	}
	if c >= 0xC2 && c < 0xE0 && i+1 < len(text) && text[i+1]&0xC0 == 0x80 {
		return twoByteSB[(rune(c&0x1F)<<6|rune(text[i+1]&0x3F))&0x7FF], 2
	}
	r, size := utf8.DecodeRuneInString(text[i:])
	if r == utf8.RuneError && size == 1 {
		return sbNone, 1
	}
	return sentenceClass(r), size
}

// fastSentences calls f with each sentence of text as UAX #29 segments it,
// when every character of text has a class in sentenceClass, and reports
// true; it reports false, having called f for nothing, otherwise.
func fastSentences(text string, f func(s string)) bool {
	for i := 0; i < len(text); {
		c, size := sentenceClassAt(text, i)
		if c == sbNone {
			return false
		}
		i += size
	}
	knownSentences(text, f)
	return true
}

// knownSentences is fastSentences for a text whose every character has a
// class. It follows the rules (SB3–SB11): a sentence ends after a line end
// (CR LF together), and after a full stop or other terminator with the
// closing marks and spaces after it (and a line end after those), unless
// a digit follows the full stop, or a capital follows a full stop that
// follows a letter ("U.S"), or a lower-case letter comes after the full
// stop's marks and spaces before any other letter, line end or
// terminator, or a comma-like mark or another terminator follows. Marks
// (Extend) belong to the character before them.
func knownSentences(text string, f func(s string)) {
	start := 0
	// prev is the class of the last character that is no mark.
	prev := uint8(sbNone)
	next := func(i int) (uint8, int) { // the class at i, marks after it skipped
		c, size := sentenceClassAt(text, i)
		j := i + size
		if c == sbParaSep {
			return c, j // a mark after a line end is a character of its own
		}
		for j < len(text) {
			e, n := sentenceClassAt(text, j)
			if e != sbExtend {
				break
			}
			j += n
		}
		return c, j
	}
	for i := 0; i < len(text); {
		// Most characters neither end a sentence nor are marks: one table
		// lookup each for ASCII and two-byte ones (Latin-1, Arabic). A mark
		// after a character is skipped as the character's own (below).
		if b := text[i]; b < utf8.RuneSelf {
			if c := asciiSB[b]; c != sbATerm && c != sbSTerm && c != sbParaSep {
				prev = c
				i++
				continue
			}
		} else if b >= 0xC2 && b < 0xE0 && i+1 < len(text) && text[i+1]&0xC0 == 0x80 {
			c := twoByteSB[(rune(b&0x1F)<<6|rune(text[i+1]&0x3F))&0x7FF]
			if c == sbExtend && i > start {
				i += 2
				continue
			}
			if c != sbATerm && c != sbSTerm && c != sbExtend {
				prev = c
				i += 2
				continue
			}
		}
		c, j := next(i)
		if c == sbExtend && i > start {
			// A mark after the start of a sentence belongs to the
			// character before it (a mark at the start is a character
			// of its own).
			i = j
			continue
		}
		switch c {
		case sbParaSep:
			if text[i] == '\r' && i+1 < len(text) && text[i+1] == '\n' {
				i++
			}
			f(text[start : i+1])
			start, prev = i+1, sbNone
			i = start
			continue
		case sbATerm, sbSTerm:
		default:
			prev = c
			i = j
			continue
		}
		// A terminator at text[i:j].
		before := prev
		prev = c
		if c == sbATerm && j < len(text) {
			n, _ := next(j)
			if n == sbNumeric || n == sbUpper && (before == sbUpper || before == sbLower) {
				i = j // SB6, SB7
				continue
			}
		}
		// Closing marks, then spaces.
		k := j
		for k < len(text) {
			n, after := next(k)
			if n != sbClose {
				break
			}
			k = after
		}
		for k < len(text) {
			n, after := next(k)
			if n != sbSp {
				break
			}
			k = after
		}
		if k < len(text) {
			n, after := next(k)
			switch {
			case n == sbParaSep:
				if text[k] == '\r' && k+1 < len(text) && text[k+1] == '\n' {
					after = k + 2
				}
				f(text[start:after])
				start, prev = after, sbNone
				i = start
				continue
			case n == sbSContinue || n == sbATerm || n == sbSTerm:
				i = k // SB8a
				prev = sbSp
				continue
			case c == sbATerm && lowerFollows(text, k, next):
				i = k // SB8
				prev = sbSp
				continue
			}
		}
		f(text[start:k])
		start, prev = k, sbNone
		i = k
	}
	if start < len(text) {
		f(text[start:])
	}
}

// lowerFollows reports whether, from text[k], a lower-case letter comes
// before any other letter, line end or terminator (SB8).
func lowerFollows(text string, k int, next func(int) (uint8, int)) bool {
	for k < len(text) {
		n, after := next(k)
		switch n {
		case sbLower:
			return true
		case sbUpper, sbOLetter, sbParaSep, sbATerm, sbSTerm:
			return false
		}
		k = after
	}
	return false
}
