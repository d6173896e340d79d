package textread

import (
	"testing"
	"unicode/utf8"
)

// FuzzContentLines checks the bound Text sizes its blocks by: count finds
// no fewer lines with content than Text makes blocks with text (a white
// space input gets one empty block, made apart).
func FuzzContentLines(f *testing.F) {
	for _, s := range []string{
		"", "a", "\n\n", " \t\v\f\r\n", "\x00", "\x1f\n\x01", "\u00a0\n\u2003", "\xEF\xBB\xBF", "\xEF\xBB\xBFa",
		"a\r\r\nb\n\rc", "\xff\n\xfe", "line one\n\n  line two  \r\nthree",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		_, content, _ := count(src)
		blocks := 0
		for _, b := range Text(src).Blocks {
			if b.TextStart < b.TextEnd {
				blocks++
			}
		}
		if content < blocks {
			t.Errorf("count found %d lines with content, Text made %d blocks with text", content, blocks)
		}
	})
}

// TestCountTwoByteRunes checks count's shortcut for two-byte runes against
// the decoding it skips: every two-byte rune alone and between letters,
// and the invalid sequences that look like one.
func TestCountTwoByteRunes(t *testing.T) {
	for r := rune(0x80); r < 0x800; r++ {
		for _, s := range []string{string(r), "a" + string(r) + "b"} {
			f := Count([]byte(s))
			want := Count(nil)
			want.Bytes, want.Runes, want.Lines = len(s), utf8.RuneCountInString(s), 1
			if isBidi(r) {
				want.Bidi = 1
			}
			if isInvisible(r) {
				want.Invisible = 1
			}
			if f != want {
				t.Errorf("Count(%q) = %+v, want %+v", s, f, want)
			}
		}
	}
	for _, tt := range []struct {
		desc    string
		in      string
		invalid int
	}{
		{"lead byte at the end", "a\xd8", 1},
		{"lead byte before ASCII", "\xd8a", 1},
		{"overlong", "\xc0\x80", 2},
		{"overlong C1", "\xc1\xbf", 2},
		{"lead byte before a lead byte", "\xd8\xd8\xa7", 1},
	} {
		if f := Count([]byte(tt.in)); f.InvalidUTF8 != tt.invalid || f.Runes != len([]rune(tt.in)) {
			t.Errorf("%s: Count(%q) = %d invalid, %d runes; want %d, %d", tt.desc, tt.in, f.InvalidUTF8, f.Runes, tt.invalid, len([]rune(tt.in)))
		}
	}
}
