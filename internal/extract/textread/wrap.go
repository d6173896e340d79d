package textread

import (
	"math/bits"
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
	var runes []int  // the runes of each line of a run, reused
	var fulls []bool // whether each line of a run is a full row, reused
	n := 0           // the blocks kept, bs[:n]: fewer than i once a run was joined
	for i := 0; i < len(bs); {
		// The run of lines from i with no blank line between them.
		j := i + 1
		for j < len(bs) && !blankBetween(all, &bs[j-1], &bs[j]) {
			j++
		}
		ok := false
		if j-i >= wrapRunMin {
			runes, fulls, ok = wrapped(bs[i:j], runes[:0], fulls[:0])
		}
		if !ok {
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
			for m < j && fulls[m-1-i] {
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

// blankBetween reports whether a blank line stands between the lines a
// and b (consecutive blocks): a block's span already takes in the blank
// lines after it, so the space between their texts is looked at.
func blankBetween(all string, a, b *doc.Block) bool {
	return strings.Count(all[a.TextEnd:b.TextStart], "\n") > 1
}

// wrapped reports whether the run of lines reads as wrapped text, and
// which of its lines are full rows: a line joins the next when it is one
// (runes and fulls are buffers, returned with each line's runes and
// whether it is full).
//
// A full row is wrapFull of the longest line or more, and the next line's
// first word would not have fitted after it within the longest line: a
// wrapper breaks a row where the next word does not fit, where a list of
// headlines or of short sentences breaks where each ends, however short.
// (The longest line is at most the width the text was wrapped at, so a
// row that was broken for want of room passes with it too.) Text without
// spaces (Chinese, Japanese) breaks anywhere: its full rows are within one
// rune of the longest.
func wrapped(run []doc.Block, runes []int, fulls []bool) ([]int, []bool, bool) {
	// Bytes first: a line of more than 4 bytes a rune of the widest row is
	// no row, and one shorter than the narrowest row in bytes is shorter
	// in runes.
	longBytes := 0
	for _, b := range run[:len(run)-1] {
		if len(b.Text) > utf8.UTFMax*wrapMaxWidth {
			return runes, fulls, false
		}
		longBytes = max(longBytes, len(b.Text))
	}
	if longBytes < wrapMinWidth {
		return runes, fulls, false
	}
	width := 0
	for _, b := range run {
		r := runeCount(b.Text)
		if r > wrapMaxWidth {
			return runes, fulls, false
		}
		runes = append(runes, r)
		width = max(width, r)
	}
	if width < wrapMinWidth {
		return runes, fulls, false
	}
	fullRow := int(wrapFull * float64(width))
	full, ends := 0, 0
	for k, b := range run {
		f := k < len(run)-1 && runes[k] >= fullRow && runes[k]+1+firstWord(run[k+1].Text) > width
		fulls = append(fulls, f)
		if f {
			full++
			if endsSentence(b.Text) {
				ends++
			}
		}
	}
	if float64(full) < wrapFullShare*float64(len(run)-1) || 2*ends > full {
		return runes, fulls, false
	}
	return runes, fulls, true
}

// runeCount is utf8.RuneCountInString for valid UTF-8 (joinWrapped reads
// no other): the bytes less the continuation bytes, counted eight at a
// time. Every run of lines between blank lines is measured, and the real
// 10 MB paste's lines took a third of the reader's time counted rune by
// rune.
func runeCount(s string) int {
	cont, i := 0, 0
	for ; i+8 <= len(s); i += 8 {
		w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		cont += bits.OnesCount64(w &^ (w << 1) & 0x8080808080808080) // 10xxxxxx
	}
	for ; i < len(s); i++ {
		if s[i]&0xC0 == 0x80 {
			cont++
		}
	}
	return len(s) - cont
}

// firstWord is the runes of the first word of s, a line's text (trimmed);
// 1 when it runs past wrapLongWord runes without a space (a script written
// without spaces, a long link), which a wrapper breaks anywhere.
func firstWord(s string) int {
	n := 0
	for _, r := range s {
		if r == ' ' || r == '\t' || r == '\u00a0' || r == '\u3000' {
			break
		}
		if n++; n > wrapLongWord {
			return 1
		}
	}
	return n
}

// wrapLongWord is the longest word a wrapper is taken to move to the next
// row whole.
const wrapLongWord = 20

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
