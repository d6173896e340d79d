// Package ticker recognizes ticker lines — many short headlines run
// together on one line — and splits them into their headlines.
//
// A ticker line is split by one kind of separator only: runs of two or more
// spaces (including U+00A0, and with any zero-width or directional marks
// among them) or tabs, or else a repeated separator symbol
// standing between spaces (• · | ◆ ■ ► …). A symbol inside a headline
// therefore does not split it when the line is split by space runs.
package ticker

import (
	"unicode"
	"unicode/utf8"
)

// Span is a part of a text, by byte offsets [Start, End).
type Span struct{ Start, End int }

// Kind says how a line was split.
type Kind int

const (
	None      Kind = iota // not split
	SpaceRun              // runs of spaces, U+00A0 or tabs
	Separator             // a repeated separator symbol between spaces
)

// MinSegments is the fewest headlines that make a ticker line.
const MinSegments = 4

// Split cuts text at its separators and returns the trimmed, non-empty
// segments and the kind of separator used. It returns None and no segments
// when text holds fewer than MinSegments segments by every separator.
func Split(text string) ([]Span, Kind) {
	if !mayBeTicker(text) {
		return nil, None
	}
	if segs := splitSpaceRuns(text); len(segs) >= MinSegments {
		return segs, SpaceRun
	}
	if segs := splitSymbols(text); len(segs) >= MinSegments {
		return segs, Separator
	}
	return nil, None
}

// mayBeTicker reports, without allocating, whether text holds enough
// separators — runs of two spaces, tabs, or one separator symbol standing
// between spaces — to split into MinSegments segments. Most lines of prose
// do not.
func mayBeTicker(text string) bool {
	runs := 0
	var spacedSymbols [len(symbols)]int // spaced occurrences by symbol
	prevSep := false
	for i := 0; i < len(text); {
		if plainByte[text[i]] != 0 {
			// Plain characters, a byte at a time (see plainByte).
			prevSep = false
			for i++; i < len(text) && plainByte[text[i]] != 0; i++ {
			}
			continue
		}
		if text[i] == ' ' {
			if prevSep {
				if runs++; runs >= MinSegments-1 {
					return true
				}
			}
			prevSep = !prevSep
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\t':
			runs++
			prevSep = false
		case isInvisible(r):
			// A zero-width character among spaces neither breaks nor
			// lengthens their run.
		case isSep(r):
			// Every second space of a run counts: a run of two or more
			// counts at least once, which is all the bound needs.
			if prevSep {
				runs++
			}
			prevSep = !prevSep
		default:
			prevSep = false
			if k := symbolIndex(r); k >= 0 && spaced(text, i, n) {
				spacedSymbols[k]++
				if spacedSymbols[k] >= MinSegments-1 {
					return true
				}
			}
		}
		if runs >= MinSegments-1 {
			return true
		}
		i += n
	}
	return false
}

// plainAt returns the size of the rune at text[i] when it is, without
// decoding, neither horizontal white space nor a separator symbol: an ASCII
// letter, digit or punctuation but for the symbols, or a two-byte rune from
// U+00C0 to U+07FF (Latin letters, Greek, Cyrillic, Arabic…); else 0.
func plainAt(text string, i int) int {
	c := text[i]
	if c < utf8.RuneSelf {
		return int(asciiPlain[c])
	}
	if 0xC3 <= c && c <= 0xDF && i+1 < len(text) && text[i+1]&0xC0 == 0x80 {
		return 2
	}
	return 0
}

// asciiPlain is plainAt for ASCII: 1 for a character that is neither
// horizontal white space nor a separator symbol, else 0.
var asciiPlain = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		if !isSep(rune(c)) && !isSymbol(rune(c)) {
			t[c] = 1
		}
	}
	return t
}()

// plainByte is 1 for the bytes that mayBeTicker passes a byte at a time
// as it passes what plainAt finds plain: the ASCII characters plainAt
// finds plain, the first bytes of two-byte runes from U+00C0 to U+07FF,
// and continuation bytes. A continuation byte is met alone only after an
// invalid sequence, which decodes to U+FFFD: neither white space, nor
// invisible, nor a symbol, so plain too; and a first byte from 0xC3 to
// 0xDF not followed by a continuation byte is such a sequence.
var plainByte = func() (t [256]uint8) {
	copy(t[:], asciiPlain[:])
	for c := 0x80; c <= 0xBF; c++ {
		t[c] = 1
	}
	for c := 0xC3; c <= 0xDF; c++ {
		t[c] = 1
	}
	return t
}()

// isSep reports whether r is horizontal white space.
func isSep(r rune) bool {
	return r == ' ' || r == '\t' || r == '\u00A0' || r == '\u3000' || r == '\u202F' || (r >= '\u2000' && r <= '\u200A')
}

// splitSpaceRuns splits at runs of two or more horizontal spaces, or at any
// tab.
func splitSpaceRuns(text string) []Span {
	var segs []Span
	start := 0
	for i := 0; i < len(text); {
		if plainByte[text[i]] != 0 {
			// Plain characters, a byte at a time (see plainByte): as
			// plainAt passes them, in a loop of its own.
			for i++; i < len(text) && plainByte[text[i]] != 0; i++ {
			}
			continue
		}
		if text[i] == ' ' && i+2 < len(text) && singleSpaceBefore(text[i+1], text[i+2]) {
			// One space between words, most of prose's white space: no
			// run, without decoding what follows it twice.
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isSep(r) {
			i += n
			continue
		}
		// A run of spaces from i to j.
		j, count, tab := i, 0, false
		for j < len(text) {
			r2, n2 := utf8.DecodeRuneInString(text[j:])
			if isInvisible(r2) {
				j += n2 // a zero-width character among the spaces
				continue
			}
			if !isSep(r2) {
				break
			}
			count++
			tab = tab || r2 == '\t'
			j += n2
		}
		if count >= 2 || tab {
			segs = appendSpan(segs, text, start, i)
			start = j
		}
		i = j
	}
	return appendSpan(segs, text, start, len(text))
}

// singleSpaceBefore reports whether a space followed by the bytes b0, b1
// is a run of one space: b0 is a plain ASCII character (see asciiPlain),
// or b0 b1 open an Arabic character (U+0600–U+067F), which is neither
// white space nor invisible but for U+061C.
func singleSpaceBefore(b0, b1 byte) bool {
	if b0 < utf8.RuneSelf {
		return asciiPlain[b0] != 0
	}
	return b0&0xFE == 0xD8 && b1&0xC0 == 0x80 && !(b0 == 0xD8 && b1 == 0x9C)
}

// splitSymbols splits at the most frequent separator symbol (see isSymbol)
// that stands between spaces (or repeats, like "••").
func splitSymbols(text string) []Span {
	var counts map[rune]int
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if isSymbol(r) && spaced(text, i, n) {
			if counts == nil {
				counts = map[rune]int{}
			}
			counts[r]++
		}
		i += n
	}
	var best rune
	for r, c := range counts {
		if c > counts[best] || (c == counts[best] && r < best) {
			best = r
		}
	}
	if counts[best] < MinSegments-1 {
		return nil
	}
	var segs []Span
	start := 0
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == best && spaced(text, i, n) {
			segs = appendSpan(segs, text, start, i)
			start = i + n
		}
		i += n
	}
	return appendSpan(segs, text, start, len(text))
}

// symbols are the separator symbols.
var symbols = [...]rune{'•', '·', '|', '◆', '■', '►', '▪', '●', '★', '◇', '◊', '♦', '▶', '»', '/', '–', '—', '~', '+'}

func isSymbol(r rune) bool { return symbolIndex(r) >= 0 }

// symbolIndex returns the position of r among the separator symbols, or -1.
func symbolIndex(r rune) int {
	for k, s := range symbols {
		if r == s {
			return k
		}
	}
	return -1
}

// spaced reports whether the symbol at text[i:i+n] has white space (or the
// text's edge, or the same symbol) on both sides.
func spaced(text string, i, n int) bool {
	before, _ := utf8.DecodeLastRuneInString(text[:i])
	after, _ := utf8.DecodeRuneInString(text[i+n:])
	self, _ := utf8.DecodeRuneInString(text[i:])
	ok := func(r rune) bool { return r == utf8.RuneError || isSep(r) || r == self }
	return ok(before) && ok(after)
}

// appendSpan appends text[start:end], trimmed, when it holds a letter or
// digit.
func appendSpan(segs []Span, text string, start, end int) []Span {
	for start < end {
		r, n := utf8.DecodeRuneInString(text[start:end])
		if !unicode.IsSpace(r) && !isSep(r) && !isInvisible(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) && !isSep(r) && !isInvisible(r) {
			break
		}
		end -= n
	}
	for _, r := range text[start:end] {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return append(segs, Span{start, end})
		}
	}
	return segs
}
