package textread

import (
	"strings"
	"unicode/utf8"

	"github.com/safi-app/safi/internal/doc"
)

// Text wrapped at a fixed width — a page that sets its paragraphs with
// line breaks (<br>), a plain-text e-mail or a PDF pasted whole — comes as
// one line a row of a paragraph: a dozen words, no sentence's end, which
// the classifier reads as labels or a list. joinWrapped makes such rows
// one block again, as an HTML page's paragraph is one.
//
// A run of wrapRunMin lines or more with no blank line between them is
// wrapped when its longest line is wrapMinWidth to wrapMaxWidth runes
// long, wrapFullShare of its lines but the last are full (wrapFull of the
// longest or more), and no more than half of the full ones end a sentence
// (a wrapped row stops where the width falls, mostly inside a sentence;
// paragraphs of about one length, one a line, end theirs). In such a run,
// a line joins the one before it when that one is full: a short line ends
// a paragraph.
const (
	wrapRunMin    = 3
	wrapMinWidth  = 40
	wrapMaxWidth  = 160
	wrapFull      = 0.6
	wrapFullShare = 0.75
)

// joinWrapped merges the rows of wrapped paragraphs among d's blocks (one
// a line, before Tile; all is d.Src as a string): a merged block's text is
// the input from its first row's text to its last's, line breaks kept. A
// paste with invalid UTF-8 is left as it is (its lines' texts are cleaned
// copies).
func joinWrapped(d *doc.Doc, all string) {
	if d.Facts.InvalidUTF8 > 0 {
		return
	}
	bs := d.Blocks
	var runes []int // the runes of each line of a run, reused
	n := 0          // the blocks kept, bs[:n]: fewer than i once a run was joined
	for i := 0; i < len(bs); {
		// The run of lines from i with no blank line between them.
		j := i + 1
		for j < len(bs) && bs[j-1].End == bs[j].Start {
			j++
		}
		full := 0
		if j-i >= wrapRunMin {
			runes, full = wrapped(bs[i:j], runes[:0])
		}
		if full == 0 {
			if n < i {
				n += copy(bs[n:], bs[i:j])
			} else {
				n = j // nothing joined yet: no block moves
			}
			i = j
			continue
		}
		for k := i; k < j; {
			m := k + 1
			for m < j && runes[m-1-i] >= full {
				m++
			}
			b := bs[k]
			if m > k+1 {
				b.End, b.TextEnd = bs[m-1].End, bs[m-1].TextEnd
				b.Text = all[b.TextStart:b.TextEnd]
			}
			bs[n] = b
			n++
			k = m
		}
		i = j
	}
	clear(bs[n:])
	d.Blocks = bs[:n]
}

// wrapped reports whether the run of lines reads as wrapped text: it
// returns the runes of each line (appended to runes) and the runes of a
// full row (wrapFull of the longest line), or 0 when the run is not
// wrapped.
func wrapped(run []doc.Block, runes []int) ([]int, int) {
	// Bytes first: a line of more than 4 bytes a rune of the widest row is
	// no row, and one shorter than the narrowest row in bytes is shorter
	// in runes.
	longBytes := 0
	for _, b := range run[:len(run)-1] {
		if len(b.Text) > utf8.UTFMax*wrapMaxWidth {
			return runes, 0
		}
		longBytes = max(longBytes, len(b.Text))
	}
	if longBytes < wrapMinWidth {
		return runes, 0
	}
	width := 0
	for _, b := range run {
		r := utf8.RuneCountInString(b.Text)
		runes = append(runes, r)
		width = max(width, r)
	}
	if width < wrapMinWidth || width > wrapMaxWidth {
		return runes, 0
	}
	fullRow := int(wrapFull * float64(width))
	full, ends := 0, 0
	for k, b := range run[:len(run)-1] {
		if runes[k] >= fullRow {
			full++
			if endsSentence(b.Text) {
				ends++
			}
		}
	}
	if float64(full) < wrapFullShare*float64(len(run)-1) || 2*ends > full {
		return runes, 0
	}
	return runes, fullRow
}

// endsSentence reports whether s ends as a sentence does: a full stop, a
// question or exclamation mark, a colon or a semicolon, maybe before a
// closing quote or bracket.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, "\"'”’»)]")
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '.', '!', '?', ':', ';', '…', '。', '！', '？', '؟', '۔':
		return true
	}
	return false
}
