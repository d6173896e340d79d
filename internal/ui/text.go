package ui

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/safi-app/safi/internal/engine"
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

// Bidi neutralises the bidirectional controls of pasted text that could
// make it read differently from its characters (issue 19, point 1): every
// override (U+202D LRO, U+202E RLO) and every embedding or isolate left
// open or closed without an opener (U+202A, U+202B, U+202C, U+2066–2069)
// is written out as a marker such as ⟨U+202E⟩ and no longer acts.
// Embeddings and isolates closed within s are kept: they cannot reach past
// it, and the elements that show pasted text have dir="auto", which
// isolates them from what surrounds them.
func Bidi(s string) string {
	if !strings.ContainsFunc(s, engine.BidiControl) {
		return s
	}
	type open struct {
		at      int  // byte offset of the opener
		isolate bool // LRI, RLI, FSI (closed by PDI); else LRE, RLE, LRO, RLO (by PDF)
	}
	var stack []open
	mark := map[int]bool{} // byte offsets of the controls to write out
	for i, r := range s {
		switch {
		case r == 0x202D || r == 0x202E: // overrides: always shown
			mark[i] = true
			stack = append(stack, open{at: i})
		case r == 0x202A || r == 0x202B:
			stack = append(stack, open{at: i})
		case r >= 0x2066 && r <= 0x2068:
			stack = append(stack, open{at: i, isolate: true})
		case r == 0x202C: // PDF closes the last embedding or override
			if n := len(stack); n > 0 && !stack[n-1].isolate {
				if mark[stack[n-1].at] {
					mark[i] = true
				}
				stack = stack[:n-1]
			} else {
				mark[i] = true
			}
		case r == 0x2069: // PDI closes the last isolate and what it holds
			k := len(stack) - 1
			for k >= 0 && !stack[k].isolate {
				k--
			}
			if k < 0 {
				mark[i] = true
				break
			}
			for _, o := range stack[k+1:] {
				mark[o.at] = true // left open inside the isolate
			}
			stack = stack[:k]
		}
	}
	for _, o := range stack {
		mark[o.at] = true
	}
	if len(mark) == 0 {
		return s
	}
	var b strings.Builder
	for i, r := range s {
		if mark[i] {
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
