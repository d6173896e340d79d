package ui

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// toValidUTF8 returns b as a string with each invalid UTF-8 sequence
// replaced by U+FFFD.
func toValidUTF8(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	return strings.ToValidUTF8(string(b), "\uFFFD")
}

// hiddenRune reports whether r is a bidi control or an invisible character
// that the segmentation view must show visibly, so that text cannot look
// different from what it is.
func hiddenRune(r rune) bool {
	switch {
	case r >= 0x202A && r <= 0x202E, // LRE RLE PDF LRO RLO
		r >= 0x2066 && r <= 0x2069,            // LRI RLI FSI PDI
		r == 0x200E, r == 0x200F, r == 0x061C, // LRM RLM ALM
		r >= 0x200B && r <= 0x200D, // ZWSP ZWNJ ZWJ
		r == 0x2060, r == 0xFEFF, r == 0x00AD, r == 0x180E,
		r >= 0x2061 && r <= 0x2064,
		r == 0: // NUL
		return true
	}
	return false
}

// Visible returns s with every bidi control and invisible character written
// out as a marker such as ⟨U+202E⟩, and invalid UTF-8 as U+FFFD.
func Visible(s string) string {
	if !strings.ContainsFunc(s, hiddenRune) {
		return strings.ToValidUTF8(s, "\uFFFD")
	}
	var b strings.Builder
	for _, r := range s {
		if hiddenRune(r) {
			fmt.Fprintf(&b, "⟨U+%04X⟩", r)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// shorten cuts s to at most n runes, adding "…" when it cut.
func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i := 0
	for j := range s {
		if i == n {
			return s[:j] + "…"
		}
		i++
	}
	return s
}

// sizeLabel formats a byte count as B, KB or MB.
func sizeLabel(lang string, n int) string {
	switch {
	case n >= 1<<20:
		return FormatNumber(lang, float64(n)/(1<<20), 1) + " MB"
	case n >= 1<<10:
		return FormatNumber(lang, float64(n)/(1<<10), 0) + " KB"
	}
	return FormatInt(lang, n) + " B"
}
