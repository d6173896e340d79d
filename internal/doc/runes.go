package doc

import "unicode/utf8"

// SrcOffset maps a byte offset within a block's cleaned Text to an offset in
// Doc.Src. It is exact when Text is the source bytes of [TextStart,TextEnd)
// (valid UTF-8, no BOM), and otherwise walks both in step, so that an
// invalid byte read as U+FFFD maps back onto that byte.
//
// A Text as long as its source is taken to be its source without comparing
// them (cleaning only ever lengthens a text), so that mapping the many
// segments of a long ticker line stays linear.
func (d *Doc) SrcOffset(b *Block, off int) int {
	if off <= 0 {
		return b.TextStart
	}
	src := d.Src[b.TextStart:b.TextEnd]
	if len(src) == len(b.Text) {
		if off > len(src) {
			off = len(src)
		}
		return b.TextStart + off
	}
	i, j := 0, 0 // i in src, j in Text
	for i < len(src) && j < off {
		r, n := utf8.DecodeRune(src[i:])
		if r == '\uFEFF' && i == 0 {
			i += n
			continue
		}
		if r == utf8.RuneError && n <= 1 {
			j += 3
		} else {
			j += n
		}
		i += n
	}
	return b.TextStart + i
}
