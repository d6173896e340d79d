package normalize

// Reading numbers as written in Arabic, French and English text: Western
// digits (0–9), Arabic-Indic digits (٠–٩, U+0660–0669) and Extended
// Arabic-Indic digits (۰–۹, U+06F0–06F9, Persian and Urdu), with the
// separators each tradition uses.
//
// Separators, and how a run of digits and separators is read:
//
//   - ٫ (U+066B) is always the decimal separator and ٬ (U+066C) always the
//     thousands separator.
//   - "," followed by exactly three digits, after one to three digits, is a
//     thousands separator (English "1,631" → 1631); otherwise it is a decimal
//     comma (French and Maghrebi "3,5" → 3.5).
//   - "." is a decimal point ("1.5", and also "1.631" → 1.631: a lone dot is
//     never read as a thousands separator, because English, the commonest
//     writer of dots, means a decimal by it).
//   - Several separators of one kind ("1,234,567", "1.234.567", "1 234 567")
//     group thousands when every group after the first has three digits; a
//     last separator of another kind is then the decimal one ("1,234.5",
//     "1.234,5", "1 234,5").
//   - A single space, no-break space (U+00A0), narrow no-break space (U+202F)
//     or thin space (U+2009) groups thousands the French way ("3 000") when
//     the first group has one to three digits and each next group exactly
//     three.
//   - "،" (U+060C, the Arabic comma) between two digits, with no space, is a
//     decimal comma, as Arabic papers write it ("2،5 مليار" → 2.5).
//   - "ر" between two runs of digits, with no space, is the decimal mark of
//     Levantine and Gulf papers, which write the decimals first in logical
//     order (the digits read right to left as the integer, then the
//     decimals): "3ر4" → 4.3, "250ر0" → 0.25, "5ر12" → 12.5.
//   - A run that fits none of these ("18.9.2025", "1,2,3") is not one number:
//     ReadNumber then reads only its first group and reports the length of
//     the whole run, so that a caller reads the other groups one by one.

import (
	"unicode"
	"unicode/utf8"
)

// Digit returns the value (0–9) of a Western, Arabic-Indic or Extended
// Arabic-Indic digit, or -1 when r is not one.
func Digit(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= '٠' && r <= '٩':
		return int(r - '٠')
	case r >= '۰' && r <= '۹':
		return int(r - '۰')
	}
	return -1
}

// IsDigit reports whether r is a Western, Arabic-Indic or Extended
// Arabic-Indic digit.
func IsDigit(r rune) bool { return Digit(r) >= 0 }

// Number is a number read from text.
type Number struct {
	Value     float64 // the number's value
	Int       bool    // no decimal part is written
	IntDigits int     // digits before the decimal separator, grouping not counted
	Grouped   bool    // thousands are grouped ("1,631", "3 000", "١٬٠٠٠")
}

// ReadDigits reads the run of digits at the start of s. It returns the run's
// value, its number of digits and its length in bytes; n is 0 when s does
// not start with a digit.
func ReadDigits(s string) (value float64, digits, n int) {
	for n < len(s) {
		d, size := digitAt(s, n)
		if d < 0 {
			break
		}
		value = value*10 + float64(d)
		digits++
		n += size
	}
	return value, digits, n
}

// digitAt decodes the digit at s[i:], returning its value (or -1) and size.
func digitAt(s string, i int) (int, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		if c >= '0' && c <= '9' {
			return int(c - '0'), 1
		}
		return -1, 1
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	return Digit(r), size
}

// Separator kinds.
const (
	sepNone = iota
	sepComma
	sepDot
	sepArabicDecimal
	sepArabicThousands
	sepSpace
)

// separatorAt returns the kind and size of a number separator at s[i:]
// that is directly followed by a digit, or sepNone.
func separatorAt(s string, i int) (kind, size int) {
	if i >= len(s) {
		return sepNone, 0
	}
	switch c := s[i]; {
	case c == ',':
		kind, size = sepComma, 1
	case c == '.':
		kind, size = sepDot, 1
	case c == ' ':
		kind, size = sepSpace, 1
	case c >= utf8.RuneSelf:
		r, n := utf8.DecodeRuneInString(s[i:])
		switch r {
		case '٫', '،':
			kind, size = sepArabicDecimal, n
		case '٬':
			kind, size = sepArabicThousands, n
		case '\u00a0', '\u202f', '\u2009':
			kind, size = sepSpace, n
		}
	}
	if kind == sepNone || i+size >= len(s) {
		return sepNone, 0
	}
	if d, _ := digitAt(s, i+size); d < 0 {
		return sepNone, 0
	}
	return kind, size
}

// maxGroups bounds how many separated groups ReadNumber looks at.
const maxGroups = 8

// ReadNumber reads the number at the start of s (see the package notes
// above for how separators are read). It returns the number, the length in
// bytes of what it read, and the length of the whole run of digits and
// separators: run > n when the run is not one number ("18.9.2025"), and the
// caller should read the rest of the run group by group with ReadDigits. n
// is 0 when s does not start with a digit.
func ReadNumber(s string) (num Number, n, run int) {
	v0, d0, n0 := ReadDigits(s)
	if n0 == 0 {
		return Number{}, 0, 0
	}
	num = Number{Value: v0, Int: true, IntDigits: d0}
	if r, ok := readRa(s, n0, v0, d0); ok {
		return r.num, r.n, r.n
	}

	// Collect the groups that follow, each after a separator.
	type group struct {
		sep, start, end, digits int
		value                   float64
	}
	var groups [maxGroups]group
	k := 0
	end := n0
	for k < maxGroups {
		sep, size := separatorAt(s, end)
		if sep == sepNone {
			break
		}
		v, d, m := ReadDigits(s[end+size:])
		if sep == sepSpace && (d != 3 || d0 > 3) {
			break // a space only groups thousands; otherwise it ends the number
		}
		groups[k] = group{sep: sep, start: end + size, end: end + size + m, digits: d, value: v}
		k++
		end += size + m
	}
	if k == 0 {
		return num, n0, n0
	}

	thousands := func(sep int) bool {
		return sep == sepComma || sep == sepDot || sep == sepArabicThousands || sep == sepSpace
	}
	decimal := func(sep int) bool {
		return sep == sepComma || sep == sepDot || sep == sepArabicDecimal
	}
	// grouped reports whether groups[:j] all group thousands with one
	// separator kind.
	grouped := func(j int) bool {
		if d0 > 3 || (d0 > 1 && s[0] == '0') {
			return false // "1234,567" and "01,234" do not group thousands
		}
		for i := 0; i < j; i++ {
			if groups[i].sep != groups[0].sep || !thousands(groups[i].sep) || groups[i].digits != 3 {
				return false
			}
		}
		return true
	}
	withDecimal := func(intPart float64, intDigits int, g group) Number {
		f := g.value
		for i := 0; i < g.digits; i++ {
			f /= 10
		}
		return Number{Value: intPart + f, IntDigits: intDigits, Grouped: intDigits > d0}
	}
	joined := func(j int) (float64, int) {
		v, d := v0, d0
		for i := 0; i < j; i++ {
			v = v*1000 + groups[i].value
			d += 3
		}
		return v, d
	}

	if k == 1 {
		g := groups[0]
		switch {
		case g.sep == sepArabicDecimal || g.sep == sepDot:
			return withDecimal(v0, d0, g), g.end, g.end
		case g.sep == sepComma && (!grouped(1) || (d0 == 1 && v0 == 0)):
			return withDecimal(v0, d0, g), g.end, g.end // "3,5", "0,125"
		case grouped(1):
			v, d := joined(1)
			return Number{Value: v, Int: true, IntDigits: d, Grouped: true}, g.end, g.end
		}
		return num, n0, g.end
	}
	if grouped(k) {
		v, d := joined(k)
		return Number{Value: v, Int: true, IntDigits: d, Grouped: true}, groups[k-1].end, groups[k-1].end
	}
	if last := groups[k-1]; grouped(k-1) && decimal(last.sep) && last.sep != groups[0].sep {
		v, d := joined(k - 1)
		return withDecimal(v, d, last), last.end, last.end
	}
	return num, n0, end
}

// raRead is a number read in the "ر" notation.
type raRead struct {
	num Number
	n   int
}

// readRa reads "AرB" at the start of s, where s[:n0] is the run of d0
// digits A with value v0: the number B.A ("3ر4" → 4.3). B must be a run of
// digits that no letter, digit or separator continues.
func readRa(s string, n0 int, v0 float64, d0 int) (raRead, bool) {
	const ra = "ر"
	if len(s) < n0+len(ra)+1 || s[n0:n0+len(ra)] != ra {
		return raRead{}, false
	}
	v, d, m := ReadDigits(s[n0+len(ra):])
	if m == 0 {
		return raRead{}, false
	}
	end := n0 + len(ra) + m
	if end < len(s) {
		r, _ := utf8.DecodeRuneInString(s[end:])
		if unicode.IsLetter(r) || unicode.IsMark(r) || r == '٫' || r == '٬' || r == '،' || r == ',' || r == '.' && end+1 < len(s) && s[end+1] >= '0' && s[end+1] <= '9' {
			return raRead{}, false
		}
	}
	f := v0
	for range d0 {
		f /= 10
	}
	return raRead{Number{Value: v + f, IntDigits: d}, end}, true
}
