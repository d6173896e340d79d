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
	m := d.Offsets(b)
	return m.At(off)
}

// OffsetMap maps offsets within one block's cleaned Text to offsets in
// Doc.Src, as SrcOffset does, walking the block once for offsets given in
// ascending order (a smaller offset starts the walk again): mapping the
// many segments of a long line with invalid bytes stays linear.
type OffsetMap struct {
	b    *Block
	src  []byte
	same bool // Text is its source
	i, j int  // the walk: i in src, j in Text
	last int  // the last offset asked for
}

// Offsets returns the OffsetMap of block b.
func (d *Doc) Offsets(b *Block) *OffsetMap {
	src := d.Src[b.TextStart:b.TextEnd]
	return &OffsetMap{b: b, src: src, same: len(src) == len(b.Text)}
}

// At returns the offset in Doc.Src of offset off in the block's Text.
func (m *OffsetMap) At(off int) int {
	if off <= 0 {
		return m.b.TextStart
	}
	if m.same {
		return m.b.TextStart + min(off, len(m.src))
	}
	if off < m.last {
		m.i, m.j = 0, 0
	}
	m.last = off
	for m.i < len(m.src) && m.j < off {
		r, n := utf8.DecodeRune(m.src[m.i:])
		if r == '\uFEFF' && m.i == 0 {
			m.i += n
			continue
		}
		if r == utf8.RuneError && n <= 1 {
			m.j += 3
		} else {
			m.j += n
		}
		m.i += n
	}
	return m.b.TextStart + m.i
}
