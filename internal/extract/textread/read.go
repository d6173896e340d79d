// Package read turns pasted text into a doc.Doc: one block per non-blank
// line, with offsets into the original bytes.
//
// Invalid UTF-8 is read as U+FFFD and counted, a leading byte order mark is
// dropped, and CRLF and CR end lines like LF. Nothing is lost: blank lines
// and line ends belong to the block before them (leading blank lines to the
// first block), so the blocks tile the input.
package textread

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/safi-app/safi/internal/doc"
)

// Text reads src as plain text and returns its blocks, unclassified.
//
// The blocks' texts share src's memory (an invalid line's text excepted):
// src must not be modified while the doc, or anything made from it, such
// as a report, is in use.
func Text(src []byte) *doc.Doc {
	d := &doc.Doc{Src: src, Format: "text"}
	var lines int
	var cr bool
	d.Facts, lines, cr = count(src)
	// The input as a string without a copy: valid lines' texts are slices
	// of it, so reading allocates no string per line, and the input is
	// not held twice. Safe while src is not modified, as documented.
	all := unsafe.String(unsafe.SliceData(src), len(src))
	// Room for every line that holds more than ASCII white space: at
	// least as many as there are blocks, so the list grows by no copy.
	d.Blocks = make([]doc.Block, 0, lines)
	var b strings.Builder
	pos := 0
	if len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF {
		pos = 3
	}
	for pos < len(src) {
		// Find the end of this line's content and the start of the next.
		end := len(src)
		if i := bytes.IndexByte(src[pos:], '\n'); i >= 0 {
			end = pos + i
		}
		if cr {
			if i := bytes.IndexByte(src[pos:end], '\r'); i >= 0 {
				end = pos + i
			}
		}
		next := end
		if next < len(src) {
			if src[next] == '\r' && next+1 < len(src) && src[next+1] == '\n' {
				next += 2
			} else {
				next++
			}
		}
		ts, te := trimSpan(src, pos, end)
		if ts < te {
			text := all[ts:te]
			if d.Facts.InvalidUTF8 > 0 && !utf8.ValidString(text) {
				b.Reset()
				clean(&b, src[ts:te])
				text = b.String()
			}
			d.Blocks = append(d.Blocks, doc.Block{Start: pos, End: next, TextStart: ts, TextEnd: te, Text: text})
		} else if n := len(d.Blocks); n > 0 {
			d.Blocks[n-1].End = next
		}
		pos = next
	}
	Tile(d)
	return d
}

// Tile stretches the blocks so that they tile d.Src: the first starts at 0,
// each ends where the next starts, the last at len(d.Src). A doc with
// content but no block (white space only) gets one empty-text block.
func Tile(d *doc.Doc) {
	if len(d.Src) == 0 {
		d.Blocks = nil
		return
	}
	if len(d.Blocks) == 0 {
		d.Blocks = []doc.Block{{Start: 0, End: len(d.Src), TextStart: 0, TextEnd: 0}}
		return
	}
	d.Blocks[0].Start = 0
	for i := 0; i+1 < len(d.Blocks); i++ {
		d.Blocks[i].End = d.Blocks[i+1].Start
	}
	d.Blocks[len(d.Blocks)-1].End = len(d.Src)
}

// trimSpan returns [start,end) without leading and trailing white space,
// including U+00A0 and the byte order mark.
func trimSpan(src []byte, start, end int) (int, int) {
	for start < end {
		if c := src[start]; c < utf8.RuneSelf && c != ' ' && (c < '\t' || c > '\r') {
			break // not ASCII white space: the most common case
		}
		r, n := utf8.DecodeRune(src[start:end])
		if !isSpace(r) || (r == utf8.RuneError && n == 1) {
			break
		}
		start += n
	}
	for end > start {
		if c := src[end-1]; c < utf8.RuneSelf && c != ' ' && (c < '\t' || c > '\r') {
			break
		}
		r, n := utf8.DecodeLastRune(src[start:end])
		if !isSpace(r) || (r == utf8.RuneError && n == 1) {
			break
		}
		end -= n
	}
	return start, end
}

func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\uFEFF' || r == '\u200B'
}

// clean writes p to b as valid UTF-8: each invalid sequence becomes U+FFFD.
func clean(b *strings.Builder, p []byte) {
	if utf8.Valid(p) {
		b.Write(p)
		return
	}
	for len(p) > 0 {
		r, n := utf8.DecodeRune(p)
		if r == utf8.RuneError && n == 1 {
			b.WriteRune(utf8.RuneError)
		} else {
			b.Write(p[:n])
		}
		p = p[n:]
	}
}

// Count takes the facts of src: runes, lines, invalid sequences, NUL bytes,
// bidi and invisible characters, and whether it looks binary.
func Count(src []byte) doc.Facts {
	f, _, _ := count(src)
	return f
}

// count is Count, and counts the lines that hold a byte other than ASCII
// white space: no fewer than the lines that are not blank; cr tells
// whether src holds a carriage return.
func count(src []byte) (f doc.Facts, content int, cr bool) {
	f = doc.Facts{Bytes: len(src)}
	inContent := false // the current line holds a byte other than ASCII white space
	if len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF {
		f.BOM = true
	}
	control := 0
	for i := 0; i < len(src); {
		if inContent {
			// Most of a line with content: printable ASCII and two-byte
			// characters (Arabic, accented Latin) that are neither invalid
			// nor, but for U+061C (a bidi mark) and U+00AD (the soft
			// hyphen), bidi or invisible, in a tight loop.
			runes := 0
			for i < len(src) {
				if c := src[i]; c-' ' <= '~'-' ' {
					i++
				} else if c >= 0xC2 && c <= 0xDF && i+1 < len(src) && src[i+1]&0xC0 == 0x80 &&
					!(c == 0xD8 && src[i+1] == 0x9C) && !(c == 0xC2 && src[i+1] == 0xAD) {
					i += 2
				} else {
					break
				}
				runes++
			}
			f.Runes += runes
			if i == len(src) {
				break
			}
		}
		c := src[i]
		if c < utf8.RuneSelf {
			f.Runes++
			if !inContent && c != ' ' && (c < '\t' || c > '\r') {
				inContent = true
				content++
			}
			switch {
			case c == '\n':
				f.Lines++
				inContent = false
			case c == '\r':
				cr = true
				if i+1 >= len(src) || src[i+1] != '\n' {
					f.Lines++
				}
				inContent = false
			case c == 0:
				f.NUL++
				control++
			case c < 0x20 && c != '\t' && c != '\f' && c != '\v', c == 0x7F:
				control++
			}
			i++
			continue
		}
		f.Runes++
		if !inContent {
			inContent = true
			content++
		}
		// Two-byte runes (Arabic, accented Latin) are neither invalid nor,
		// but for U+061C (a bidi mark) and U+00AD (the soft hyphen),
		// bidi or invisible: skip the decoding.
		if c >= 0xC2 && c <= 0xDF && i+1 < len(src) && src[i+1]&0xC0 == 0x80 &&
			!(c == 0xD8 && src[i+1] == 0x9C) && !(c == 0xC2 && src[i+1] == 0xAD) {
			i += 2
			continue
		}
		r, n := utf8.DecodeRune(src[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			f.InvalidUTF8++
		case isBidi(r):
			f.Bidi++
		case isInvisible(r) && !(i == 0 && r == '\uFEFF'):
			f.Invisible++
		}
		i += n
	}
	if len(src) > 0 && (src[len(src)-1] != '\n' && src[len(src)-1] != '\r') {
		f.Lines++
	}
	// Binary: NUL bytes, or many control characters or invalid sequences.
	if f.Runes > 0 && (f.NUL > 0 && f.NUL*100 >= f.Runes/100 || (control+f.InvalidUTF8)*10 > f.Runes) {
		f.Binary = true
	}
	return f, content, cr
}

// isBidi reports whether r is a bidirectional formatting character.
func isBidi(r rune) bool {
	return (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069) || r == 0x200E || r == 0x200F || r == 0x061C
}

// isInvisible reports whether r is a zero-width or otherwise invisible
// format character.
func isInvisible(r rune) bool {
	switch r {
	case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x180E, 0x2061, 0x2062, 0x2063, 0x2064:
		return true
	}
	return false
}
