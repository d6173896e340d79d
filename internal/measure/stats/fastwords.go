package stats

import "unicode/utf8"

// Word-break classes of the characters fastWords knows (UAX #29).
const (
	wbNone      = iota // not known: the text goes to the full segmenter
	wbLetter           // ALetter
	wbDigit            // Numeric
	wbExtend           // Extend: belongs to the character before it
	wbMidLetter        // joins two letters
	wbMidNum           // joins two digits
	wbMidNumLet        // joins two letters or two digits (full stop, apostrophe)
	wbOther            // breaks on both sides: spaces, other punctuation
)

// asciiWB is the class of each ASCII character.
var asciiWB = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		switch {
		case 'a' <= c|0x20 && c|0x20 <= 'z':
			t[c] = wbLetter
		case '0' <= c && c <= '9':
			t[c] = wbDigit
		case c == ':':
			t[c] = wbMidLetter
		case c == ',' || c == ';':
			t[c] = wbMidNum
		case c == '.' || c == '\'':
			t[c] = wbMidNumLet
		case c == '_' || c == 0x0B || c == 0x0C || c == 0x7F || c < 0x20 && c != '\t' && c != '\n' && c != '\r':
			t[c] = wbNone // joins words (_), or a class of its own
		default:
			t[c] = wbOther
		}
	}
	return t
}()

// wordClass returns the class of r for fastWords, or wbNone. Its letters
// and digits are letters and digits for isWord too (not ٫, the Arabic
// decimal separator: Numeric for UAX #29, no digit for Unicode).
func wordClass(r rune) uint8 {
	switch {
	case r < utf8.RuneSelf:
		return asciiWB[r]
	case r == 0xA0 || r == 0xAB || r == 0xBB: // no-break space, « »
		return wbOther
	case r >= 0xC0 && r <= 0xFF && r != 0xD7 && r != 0xF7: // Latin-1 letters: é, à, ô…
		return wbLetter
	case r >= 0x0621 && r <= 0x063F || r >= 0x0641 && r <= 0x064A || r >= 0x0671 && r <= 0x06D3:
		return wbLetter
	case r >= 0x064B && r <= 0x065F || r == 0x0670:
		return wbExtend
	case r >= 0x0660 && r <= 0x0669 || r >= 0x06F0 && r <= 0x06F9:
		return wbDigit
	case r == 0x060C || r == 0x066C: // Arabic comma, thousands separator
		return wbMidNum
	case r == 0x061B || r == 0x061F || r == 0x06D4: // ؛ ؟ ۔
		return wbOther
	case r == 0x2018 || r == 0x2019: // ‘ ’, the apostrophe of typeset text
		return wbMidNumLet
	case r == 0x2013 || r == 0x2014 || r == 0x201C || r == 0x201D: // – — “ ”
		return wbOther
	case otherLetter(r): // Latin Extended-A, Greek, Cyrillic: ł, ą, Σ, д…
		return wbLetter
	case r == 0x00B7: // middle dot
		return wbMidLetter
	case otherSymbol(r):
		return wbOther
	}
	return wbNone
}

// otherLetter reports whether r is a letter of Latin Extended-A (Polish,
// Czech, Turkish…), of the Greek and Coptic block, or of the basic
// Cyrillic ones: letters for UAX #29 words (ALetter) and for isWord, upper
// or lower case for its sentences, sentence-free.
func otherLetter(r rune) bool {
	switch {
	case r >= 0x0100 && r <= 0x017F:
		return true
	case r >= 0x0386 && r <= 0x03CE:
		return r != 0x0387 && r != 0x038B && r != 0x038D && r != 0x03A2
	case r >= 0x0400 && r <= 0x0481:
		return true
	}
	return false
}

// otherSymbol reports whether r is one of the signs and symbols real pages
// often hold that neither join nor end words or sentences (UAX #29 Other):
// © ® ° ¶ × ÷ • … → − ™ ► ➡ € £.
func otherSymbol(r rune) bool {
	switch r {
	case 0x00A3, 0x00A9, 0x00AE, 0x00B0, 0x00B6, 0x00D7, 0x00F7,
		0x2022, 0x2026, 0x20AC, 0x2122, 0x2190, 0x2192, 0x2212, 0x25BA, 0x27A1:
		return true
	}
	return false
}

// fastWords calls f with the start and end of each word of text, a word as
// UAX #29 segments it that holds a letter or a digit, when every character
// of text has a class in wordClass, and reports true; it reports false,
// having called f for nothing, when text holds another character. It
// follows the rules that matter for those characters: letters and digits
// join (WB5, WB8–WB10), a mid letter or mid number joins two letters or two
// digits (WB6, WB7, WB11, WB12), and an Extend character belongs to the
// character before it (WB4).
func fastWords(text string, f func(start, end int)) bool {
	if !knownClasses(text) {
		return false
	}
	knownWords(text, f)
	return true
}

// FastWords is fastWords for other packages: it calls f with the start
// and end of each UAX #29 word of text that holds a letter or a digit (a
// letter of Unicode but the tatweel, or a digit), and reports true, when
// every character of text is one it knows (ASCII, Latin-1, the common
// Arabic letters, marks, digits and punctuation); it reports false, having
// called f for nothing, otherwise. Its words are the segmenter's (fuzzed
// against it), found several times faster.
func FastWords(text string, f func(start, end int)) bool { return fastWords(text, f) }

// AppendWords appends to spans the start and end of each word FastWords
// would give for text, and reports true, when every character of text is
// one FastWords knows; otherwise it returns spans as they were and false.
// It reads text once, where FastWords reads it twice (its characters, then
// its words): the words of one text, found once, can serve several
// readers.
func AppendWords(spans []int32, text string) ([]int32, bool) {
	n := len(spans)
	if !knownWords(text, func(start, end int) { spans = append(spans, int32(start), int32(end)) }) {
		return spans[:n], false
	}
	return spans, true
}

// knownWords is fastWords for a text whose every character has a class.
// On any other text it stops at the first character without a class and
// returns false, having called f for the words before it.
func knownWords(text string, f func(start, end int)) bool {
	for i := 0; i < len(text); {
		// classAt, with ASCII and two-byte characters looked up here: the
		// call per character cost as much as the rest.
		var c uint8
		var size int
		if b := text[i]; b < utf8.RuneSelf {
			c, size = asciiWB[b], 1
		} else if b >= 0xC2 && b < 0xE0 && i+1 < len(text) && text[i+1]&0xC0 == 0x80 {
			c, size = twoByteWB[(rune(b&0x1F)<<6|rune(text[i+1]&0x3F))&0x7FF], 2
		} else {
			c, size = classAt(text, i)
		}
		if c != wbLetter && c != wbDigit {
			if c == wbNone {
				// Every character is looked at here, or in the loop below,
				// which takes only characters with a class.
				return false
			}
			i += size
			continue
		}
		start, last := i, c
		i += size
		for i < len(text) {
			if b := text[i]; b < utf8.RuneSelf {
				c, size = asciiWB[b], 1
			} else if b >= 0xC2 && b < 0xE0 && i+1 < len(text) && text[i+1]&0xC0 == 0x80 {
				c, size = twoByteWB[(rune(b&0x1F)<<6|rune(text[i+1]&0x3F))&0x7FF], 2
			} else {
				c, size = classAt(text, i)
			}
			if c == wbExtend || c == wbLetter || c == wbDigit {
				if c != wbExtend {
					last = c
				}
				i += size
				continue
			}
			if c != wbMidLetter && c != wbMidNum && c != wbMidNumLet {
				break
			}
			// A mid character, with the Extend characters after it, joins
			// the letter or digit before it to the same after it.
			j := i + size
			next := uint8(wbNone)
			for j < len(text) {
				var n int
				next, n = classAt(text, j)
				if next != wbExtend {
					break
				}
				j += n
				next = wbNone
			}
			joins := last == wbLetter && next == wbLetter && c != wbMidNum ||
				last == wbDigit && next == wbDigit && c != wbMidLetter
			if !joins {
				break
			}
			i = j
		}
		f(start, i)
	}
	return true
}

// knownClasses reports whether every character of text has a class.
func knownClasses(text string) bool {
	for i := 0; i < len(text); {
		c, size := classAt(text, i)
		if c == wbNone {
			return false
		}
		i += size
	}
	return true
}

// twoByteWB is wordClass of each character of two bytes in UTF-8 (U+0080
// to U+07FF: Latin-1, Arabic), looked up by the eleven bits the two bytes
// hold: classAt goes through no chain of ranges for them.
var twoByteWB = func() (t [0x800]uint8) {
	for r := rune(0x80); r < 0x800; r++ {
		t[r] = wordClass(r)
	}
	return t
}()

// classAt returns the class of the character at text[i] and its size.
func classAt(text string, i int) (uint8, int) {
	c := text[i]
	if c < utf8.RuneSelf {
		return asciiWB[c], 1
	}
	if c >= 0xC2 && c < 0xE0 && i+1 < len(text) && text[i+1]&0xC0 == 0x80 {
		return twoByteWB[(rune(c&0x1F)<<6|rune(text[i+1]&0x3F))&0x7FF], 2
	}
	r, size := utf8.DecodeRuneInString(text[i:])
	if r == utf8.RuneError && size == 1 {
		return wbNone, 1
	}
	return wordClass(r), size
}
