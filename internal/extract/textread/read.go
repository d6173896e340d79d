// Package read turns pasted text into a doc.Doc: one block per non-blank
// line (the rows of a paragraph wrapped at a fixed width make one: see
// joinWrapped), with offsets into the original bytes.
//
// Invalid UTF-8 is read as U+FFFD and counted, a leading byte order mark is
// dropped, and CRLF and CR end lines like LF. Nothing is lost: blank lines
// and line ends belong to the block before them (leading blank lines to the
// first block), so the blocks tile the input.
package textread

import (
	"bytes"
	"runtime"
	"strings"
	"sync"
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
	// The input as a string without a copy: valid lines' texts are slices
	// of it, so reading allocates no string per line, and the input is
	// not held twice. Safe while src is not modified, as documented.
	all := unsafe.String(unsafe.SliceData(src), len(src))
	pos := 0
	if len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF {
		pos = 3
	}
	if mid := half(src); mid > 0 {
		textTwo(d, all, pos, mid)
	} else {
		textWhole(d, all, pos)
	}
	joinWrapped(d, all)
	Tile(d)
	return d
}

// textWhole reads d.Src (all, as a string) into d's facts and blocks, its
// lines from pos on, before Tile.
func textWhole(d *doc.Doc, all string, pos int) {
	var c counts
	c.add(d.Src, 0, len(d.Src))
	d.Facts = c.facts(d.Src)
	// Room for every line that holds more than ASCII white space: at least
	// as many as there are blocks, so the list grows by no copy.
	d.Blocks = readLines(make([]doc.Block, 0, c.content), d.Src, all, pos, len(d.Src), c.cr, c.f.InvalidUTF8 > 0)
}

// splitAbove is the size of input above which Text reads it in two halves
// at the same time, when the program may use more than one processor.
const splitAbove = 1 << 20

// half returns where Text splits src in two: the start of the line after
// the middle, or 0 when it reads src whole.
func half(src []byte) int {
	if len(src) <= splitAbove || runtime.GOMAXPROCS(0) < 2 {
		return 0
	}
	i := bytes.IndexByte(src[len(src)/2:], '\n')
	if i < 0 {
		return 0
	}
	return len(src)/2 + i + 1
}

// textTwo is textWhole for the lines before mid and those from mid on (mid
// the start of a line) at the same time: their counts first, then their
// blocks, in one list.
func textTwo(d *doc.Doc, all string, pos, mid int) {
	src := d.Src
	var first, second counts
	var wg sync.WaitGroup
	wg.Go(func() { second.add(src, mid, len(src)) })
	first.add(src, 0, mid)
	wg.Wait()
	// Each half's blocks in a part of one list of room for both (a half
	// makes no more blocks than its lines with content): the second's are
	// then moved down after the first's.
	c := first
	c.merge(&second)
	d.Facts = c.facts(src)
	blocks := make([]doc.Block, c.content)
	var tail []doc.Block
	wg.Go(func() {
		tail = readLines(blocks[first.content:first.content:c.content], src, all, mid, len(src), second.cr, second.f.InvalidUTF8 > 0)
	})
	head := readLines(blocks[:0:first.content], src, all, pos, mid, first.cr, first.f.InvalidUTF8 > 0)
	wg.Wait()
	n := copy(blocks[len(head):], tail)
	clear(blocks[len(head)+n : first.content+n]) // what stayed of the second's
	d.Blocks = blocks[:len(head)+n]
}

// readLines appends to blocks a block for each line of src[pos:end] that
// holds more than white space (all is src as a string), and returns them.
// pos and end are starts of lines (or end is len(src)); cr tells whether
// those lines hold a carriage return, invalid whether they hold invalid
// UTF-8.
func readLines(blocks []doc.Block, src []byte, all string, pos, end int, cr, invalid bool) []doc.Block {
	var b strings.Builder
	stop := end
	for pos < stop {
		// Find the end of this line's content and the start of the next.
		end := stop
		if i := bytes.IndexByte(src[pos:stop], '\n'); i >= 0 {
			end = pos + i
		}
		if cr {
			if i := bytes.IndexByte(src[pos:end], '\r'); i >= 0 {
				end = pos + i
			}
		}
		next := end
		if next < stop {
			if src[next] == '\r' && next+1 < stop && src[next+1] == '\n' {
				next += 2
			} else {
				next++
			}
		}
		ts, te := trimSpan(src, pos, end)
		if ts < te {
			text := all[ts:te]
			if invalid && !utf8.ValidString(text) {
				b.Reset()
				clean(&b, src[ts:te])
				text = b.String()
			}
			blocks = append(blocks, doc.Block{Start: pos, End: next, TextStart: ts, TextEnd: te, Text: text})
		} else if n := len(blocks); n > 0 {
			blocks[n-1].End = next
		}
		pos = next
	}
	return blocks
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
	var c counts
	c.add(src, 0, len(src))
	return c.facts(src), c.content, c.cr
}

// counts are what count finds in a stretch of the input.
type counts struct {
	// f holds the runes, lines, invalid sequences, NUL bytes, bidi and
	// invisible characters, but the last line when it has no line end.
	f doc.Facts
	// control counts the control characters, content the lines that hold
	// a byte other than ASCII white space; cr is set when there is a
	// carriage return.
	control, content int
	cr               bool
}

// merge adds o's counts, of the stretch that follows, to c's.
func (c *counts) merge(o *counts) {
	c.f.Runes += o.f.Runes
	c.f.Lines += o.f.Lines
	c.f.InvalidUTF8 += o.f.InvalidUTF8
	c.f.NUL += o.f.NUL
	c.f.Bidi += o.f.Bidi
	c.f.Invisible += o.f.Invisible
	c.control += o.control
	c.content += o.content
	c.cr = c.cr || o.cr
}

// facts returns the facts of src, whose counts c holds.
func (c *counts) facts(src []byte) doc.Facts {
	f := c.f
	f.Bytes = len(src)
	f.BOM = len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF
	if len(src) > 0 && (src[len(src)-1] != '\n' && src[len(src)-1] != '\r') {
		f.Lines++
	}
	// Binary: NUL bytes, or many control characters or invalid sequences.
	if f.Runes > 0 && (f.NUL > 0 && f.NUL*100 >= f.Runes/100 || (c.control+f.InvalidUTF8)*10 > f.Runes) {
		f.Binary = true
	}
	return f
}

// add counts src[lo:hi] into c. lo is the start of a line, hi the start of
// a line or len(src): no character, and no CR LF, spans it.
func (c *counts) add(src []byte, lo, hi int) {
	f := &c.f
	inContent := false // the current line holds a byte other than ASCII white space
	for i := lo; i < hi; {
		if inContent {
			// Most of a line with content: printable ASCII and two-byte
			// characters (Arabic, accented Latin) that are neither invalid
			// nor, but for U+061C (a bidi mark) and U+00AD (the soft
			// hyphen), bidi or invisible, in a tight loop.
			runes := 0
			for i < hi {
				if c := src[i]; c-' ' <= '~'-' ' {
					i++
				} else if c >= 0xC2 && c <= 0xDF && i+1 < hi && src[i+1]&0xC0 == 0x80 &&
					!(c == 0xD8 && src[i+1] == 0x9C) && !(c == 0xC2 && src[i+1] == 0xAD) {
					i += 2
				} else {
					break
				}
				runes++
			}
			f.Runes += runes
			if i == hi {
				break
			}
		}
		b := src[i]
		if b < utf8.RuneSelf {
			f.Runes++
			if !inContent && b != ' ' && (b < '\t' || b > '\r') {
				inContent = true
				c.content++
			}
			switch {
			case b == '\n':
				f.Lines++
				inContent = false
			case b == '\r':
				c.cr = true
				if i+1 >= len(src) || src[i+1] != '\n' {
					f.Lines++
				}
				inContent = false
			case b == 0:
				f.NUL++
				c.control++
			case b < 0x20 && b != '\t' && b != '\f' && b != '\v', b == 0x7F:
				c.control++
			}
			i++
			continue
		}
		f.Runes++
		if !inContent {
			inContent = true
			c.content++
		}
		// Two-byte runes (Arabic, accented Latin) are neither invalid nor,
		// but for U+061C (a bidi mark) and U+00AD (the soft hyphen),
		// bidi or invisible: skip the decoding.
		if b >= 0xC2 && b <= 0xDF && i+1 < hi && src[i+1]&0xC0 == 0x80 &&
			!(b == 0xD8 && src[i+1] == 0x9C) && !(b == 0xC2 && src[i+1] == 0xAD) {
			i += 2
			continue
		}
		r, n := utf8.DecodeRune(src[i:hi])
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
