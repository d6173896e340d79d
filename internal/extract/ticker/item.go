package ticker

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Marker says how a line marks itself as an item of a list of headlines
// ("latest news" blocks that put one headline a line).
type Marker int

const (
	NoMarker Marker = iota
	Bullet          // "• headline", "▪ headline", "- headline"
	Clock           // "10:32 headline", "10h32 • headline", "١٠:٣٢ - headline"
	Bar             // "headline |" or "| headline"
)

// String names the marker.
func (m Marker) String() string {
	switch m {
	case Bullet:
		return "bullet"
	case Clock:
		return "clock"
	case Bar:
		return "bar"
	}
	return "none"
}

// bullets open a list item. Dashes and asterisks count too: in a paste, a
// list loses its HTML bullets and keeps what the site typed.
var bullets = []rune{'•', '·', '▪', '●', '■', '◆', '►', '▶', '★', '♦', '◇', '○', '▸', '‣', '⁃', '-', '–', '—', '*', '»'}

// bars close (or open) an item in lists whose items the site separates with
// a vertical bar.
var bars = []rune{'|', '¦', '｜'}

// Item returns the headline inside a list item line and how the line marks
// itself: a leading clock time (with or without a bullet after it), a
// leading bullet, or a trailing or leading bar. The span is the line
// without the marker, trimmed; a line that is only a clock time ("10:32")
// returns Clock and an empty span. A line with no marker returns NoMarker
// and the whole line, trimmed.
func Item(line string) (Span, Marker) {
	start, end := trim(line, 0, len(line))
	if start == end {
		return Span{start, end}, NoMarker
	}
	marker := NoMarker
	if n := clockAt(line[start:end]); n > 0 {
		marker = Clock
		start += n
		start, end = trim(line, start, end)
		if start < end {
			r, size := utf8.DecodeRuneInString(line[start:end])
			if isBulletRune(r) || isBarRune(r) || r == ':' {
				start, end = trim(line, start+size, end)
			}
		}
		return Span{start, end}, marker
	}
	if r, size := utf8.DecodeRuneInString(line[start:end]); isBulletRune(r) && followedBySpace(line[start+size:end]) {
		start, end = trim(line, start+size, end)
		return Span{start, end}, Bullet
	}
	if r, size := utf8.DecodeLastRuneInString(line[start:end]); isBarRune(r) && precededBySpace(line[start:end-size]) {
		start, end = trim(line, start, end-size)
		return Span{start, end}, Bar
	}
	if r, size := utf8.DecodeRuneInString(line[start:end]); isBarRune(r) && followedBySpace(line[start+size:end]) {
		start, end = trim(line, start+size, end)
		return Span{start, end}, Bar
	}
	return Span{start, end}, NoMarker
}

// clockAt returns the length of a clock time opening s — H:MM or HH:MM,
// with ':' 'h' or 'H' between hour and minutes, in ASCII or Arabic-Indic
// digits, optionally followed by am/pm or a space — or 0. The time must be
// followed by white space, a bullet, a bar or the end of s.
func clockAt(s string) int {
	i := 0
	digits := func(min, max int) (int, bool) {
		n := 0
		for n < max && i < len(s) {
			r, size := utf8.DecodeRuneInString(s[i:])
			if !isDigit(r) {
				break
			}
			i += size
			n++
		}
		return n, n >= min
	}
	if _, ok := digits(1, 2); !ok {
		return 0
	}
	if i >= len(s) || !strings.ContainsRune(":hH", rune(s[i])) {
		return 0
	}
	i++
	if n, ok := digits(2, 2); !ok || n != 2 {
		return 0
	}
	if rest := strings.ToLower(s[i:]); strings.HasPrefix(rest, " am") || strings.HasPrefix(rest, " pm") {
		i += 3
	}
	if i == len(s) {
		return i
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	if isSep(r) || unicode.IsSpace(r) || isBulletRune(r) || isBarRune(r) {
		return i
	}
	return 0
}

func isDigit(r rune) bool {
	return ('0' <= r && r <= '9') || ('٠' <= r && r <= '٩') || ('۰' <= r && r <= '۹')
}

func isBulletRune(r rune) bool {
	for _, b := range bullets {
		if r == b {
			return true
		}
	}
	return false
}

func isBarRune(r rune) bool {
	for _, b := range bars {
		if r == b {
			return true
		}
	}
	return false
}

func followedBySpace(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isSep(r) || unicode.IsSpace(r)
}

func precededBySpace(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return isSep(r) || unicode.IsSpace(r)
}

// trim returns [start, end) without the white space (and invisible format
// characters) at either end.
func trim(s string, start, end int) (int, int) {
	for start < end {
		r, n := utf8.DecodeRuneInString(s[start:end])
		if !unicode.IsSpace(r) && !isSep(r) && !isInvisible(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(s[start:end])
		if !unicode.IsSpace(r) && !isSep(r) && !isInvisible(r) {
			break
		}
		end -= n
	}
	return start, end
}

// isInvisible reports whether r is a format character that shows nothing
// (zero-width space and joiners, the directional marks, the byte order
// mark) and may stand among the spaces that separate headlines.
func isInvisible(r rune) bool {
	return r == '\u200B' || r == '\u200C' || r == '\u200D' || r == '\u200E' || r == '\u200F' ||
		r == '\u061C' || r == '\u2060' || r == '\uFEFF'
}
