package textread_test

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/safi-app/safi/internal/doc"
	"github.com/safi-app/safi/internal/extract/textread"
)

// block is what a test expects of one block: its span, its content's span
// and its cleaned text.
type block struct {
	start, end         int
	textStart, textEnd int
	text               string
}

var textTests = []struct {
	desc   string
	in     string
	blocks []block
	facts  doc.Facts
}{
	{
		desc:  "empty input has no block",
		in:    "",
		facts: doc.Facts{},
	},
	{
		desc:   "one line without a line end",
		in:     "hello",
		blocks: []block{{0, 5, 0, 5, "hello"}},
		facts:  doc.Facts{Bytes: 5, Runes: 5, Lines: 1},
	},
	{
		desc:   "LF ends lines; the line end belongs to the block before it",
		in:     "a\nb",
		blocks: []block{{0, 2, 0, 1, "a"}, {2, 3, 2, 3, "b"}},
		facts:  doc.Facts{Bytes: 3, Runes: 3, Lines: 2},
	},
	{
		desc:   "CRLF and a lone CR end lines like LF",
		in:     "a\r\nb\rc\n",
		blocks: []block{{0, 3, 0, 1, "a"}, {3, 5, 3, 4, "b"}, {5, 7, 5, 6, "c"}},
		facts:  doc.Facts{Bytes: 7, Runes: 7, Lines: 3},
	},
	{
		desc:   "a trailing CR ends the line and is kept in the block",
		in:     "x\r",
		blocks: []block{{0, 2, 0, 1, "x"}},
		facts:  doc.Facts{Bytes: 2, Runes: 2, Lines: 1},
	},
	{
		desc:   "blank lines belong to the block before; leading ones to the first",
		in:     "\n\n  x  \n\n\ny\n \n",
		blocks: []block{{0, 10, 4, 5, "x"}, {10, 14, 10, 11, "y"}},
		facts:  doc.Facts{Bytes: 14, Runes: 14, Lines: 7},
	},
	{
		desc:   "a leading byte order mark is dropped from the text but stays in the first block",
		in:     "\uFEFFhello\n",
		blocks: []block{{0, 9, 3, 8, "hello"}},
		facts:  doc.Facts{Bytes: 9, Runes: 7, Lines: 1, BOM: true},
	},
	{
		desc:   "a byte order mark alone is white space only",
		in:     "\uFEFF",
		blocks: []block{{0, 3, 0, 0, ""}},
		facts:  doc.Facts{Bytes: 3, Runes: 1, Lines: 1, BOM: true},
	},
	{
		desc:   "a byte order mark inside the text is kept and counted as invisible",
		in:     "a\uFEFFb",
		blocks: []block{{0, 5, 0, 5, "a\uFEFFb"}},
		facts:  doc.Facts{Bytes: 5, Runes: 3, Lines: 1, Invisible: 1},
	},
	{
		desc:   "white space only: one block with empty text covering everything",
		in:     " \n\t\n",
		blocks: []block{{0, 4, 0, 0, ""}},
		facts:  doc.Facts{Bytes: 4, Runes: 4, Lines: 2},
	},
	{
		desc:   "line ends only",
		in:     "\r\r\n\n",
		blocks: []block{{0, 4, 0, 0, ""}},
		facts:  doc.Facts{Bytes: 4, Runes: 4, Lines: 3},
	},
	{
		desc:   "U+00A0 and U+200B are trimmed like spaces",
		in:     "\u00A0\u200Bx\u00A0",
		blocks: []block{{0, 8, 5, 6, "x"}},
		facts:  doc.Facts{Bytes: 8, Runes: 4, Lines: 1, Invisible: 1},
	},
	{
		desc:   "Arabic with Arabic-Indic digits is kept as is",
		in:     "مساحة ٨٤ ألف كيلومتر\n",
		blocks: []block{{0, 38, 0, 37, "مساحة ٨٤ ألف كيلومتر"}},
		facts:  doc.Facts{Bytes: 38, Runes: 21, Lines: 1},
	},
	{
		desc:   "an invalid byte is read as U+FFFD and counted; offsets stay in the input",
		in:     "a\xffb",
		blocks: []block{{0, 3, 0, 3, "a\uFFFDb"}},
		facts:  doc.Facts{Bytes: 3, Runes: 3, Lines: 1, InvalidUTF8: 1, Binary: true},
	},
	{
		desc:   "one invalid byte in a longer text is not binary",
		in:     "Le texte est long " + "\xe9" + "crit en Latin-1 par erreur.",
		blocks: []block{{0, 46, 0, 46, "Le texte est long \uFFFDcrit en Latin-1 par erreur."}},
		facts:  doc.Facts{Bytes: 46, Runes: 46, Lines: 1, InvalidUTF8: 1},
	},
	{
		desc:   "a truncated sequence at the end is one invalid byte",
		in:     "ab\xd8",
		blocks: []block{{0, 3, 0, 3, "ab\uFFFD"}},
		facts:  doc.Facts{Bytes: 3, Runes: 3, Lines: 1, InvalidUTF8: 1, Binary: true},
	},
	{
		desc:   "an overlong encoding is invalid byte by byte",
		in:     "\xc0\xaf",
		blocks: []block{{0, 2, 0, 2, "\uFFFD\uFFFD"}},
		facts:  doc.Facts{Bytes: 2, Runes: 2, Lines: 1, InvalidUTF8: 2, Binary: true},
	},
	{
		desc:   "an encoded surrogate is invalid byte by byte",
		in:     "\xed\xa0\x80",
		blocks: []block{{0, 3, 0, 3, "\uFFFD\uFFFD\uFFFD"}},
		facts:  doc.Facts{Bytes: 3, Runes: 3, Lines: 1, InvalidUTF8: 3, Binary: true},
	},
	{
		desc:   "an invalid byte is not trimmed as space",
		in:     " \x80 ",
		blocks: []block{{0, 3, 1, 2, "\uFFFD"}},
		facts:  doc.Facts{Bytes: 3, Runes: 3, Lines: 1, InvalidUTF8: 1, Binary: true},
	},
	{
		desc:   "a NUL byte is counted and makes a short text binary",
		in:     "a\x00b",
		blocks: []block{{0, 3, 0, 3, "a\x00b"}},
		facts:  doc.Facts{Bytes: 3, Runes: 3, Lines: 1, NUL: 1, Binary: true},
	},
	{
		desc:   "control characters in one line in ten make the input binary",
		in:     "\x01\x02x\n",
		blocks: []block{{0, 4, 0, 3, "\x01\x02x"}},
		facts:  doc.Facts{Bytes: 4, Runes: 4, Lines: 1, Binary: true},
	},
	{
		desc:   "tabs, form feeds and vertical tabs are not control characters",
		in:     "a\tb\fc\vd\n",
		blocks: []block{{0, 8, 0, 7, "a\tb\fc\vd"}},
		facts:  doc.Facts{Bytes: 8, Runes: 8, Lines: 1},
	},
	{
		desc:   "bidi controls are counted and kept in the text",
		in:     "\u202Ex\u202C \u2067y\u2069 \u200Fz\u200E \u061C",
		blocks: []block{{0, 26, 0, 26, "\u202Ex\u202C \u2067y\u2069 \u200Fz\u200E \u061C"}},
		facts:  doc.Facts{Bytes: 26, Runes: 13, Lines: 1, Bidi: 7},
	},
	{
		desc:   "zero-width characters are counted even when trimmed",
		in:     "\u200Ba\u200Cb\u200Dc\u2060d\u00AD\n",
		blocks: []block{{0, 19, 3, 18, "a\u200Cb\u200Dc\u2060d\u00AD"}},
		facts:  doc.Facts{Bytes: 19, Runes: 10, Lines: 1, Invisible: 5},
	},
}

func TestText(t *testing.T) {
	for _, tt := range textTests {
		d := textread.Text([]byte(tt.in))
		if d.Format != "text" {
			t.Errorf("%s: Format = %q, want text", tt.desc, d.Format)
		}
		if string(d.Src) != tt.in {
			t.Errorf("%s: Src is not the input", tt.desc)
		}
		var got []block
		for _, b := range d.Blocks {
			got = append(got, block{b.Start, b.End, b.TextStart, b.TextEnd, b.Text})
		}
		if fmt.Sprint(got) != fmt.Sprint(tt.blocks) {
			t.Errorf("%s: blocks\n got %+v\nwant %+v", tt.desc, got, tt.blocks)
		}
		if d.Facts != tt.facts {
			t.Errorf("%s: facts\n got %+v\nwant %+v", tt.desc, d.Facts, tt.facts)
		}
		checkDoc(t, tt.desc, d)
	}
}

func TestCountNUL(t *testing.T) {
	long := strings.Repeat("Une ligne de texte ordinaire.\n", 700) // 21 000 runes
	for _, tt := range []struct {
		desc   string
		in     string
		nul    int
		binary bool
	}{
		{desc: "a stray NUL in a long text is counted but not binary", in: long + "\x00", nul: 1, binary: false},
		{desc: "NUL bytes in a short text make it binary", in: "abc\x00def\x00", nul: 2, binary: true},
		{desc: "all NUL is binary", in: strings.Repeat("\x00", 4096), nul: 4096, binary: true},
		{desc: "UTF-16 text is binary", in: "h\x00e\x00l\x00l\x00o\x00", nul: 5, binary: true},
	} {
		f := textread.Count([]byte(tt.in))
		if f.NUL != tt.nul || f.Binary != tt.binary {
			t.Errorf("%s: NUL %d binary %v, want %d %v", tt.desc, f.NUL, f.Binary, tt.nul, tt.binary)
		}
	}
}

func TestTile(t *testing.T) {
	for _, tt := range []struct {
		desc   string
		src    string
		blocks []doc.Block
		want   [][2]int
	}{
		{desc: "no source: no block", src: "", blocks: []doc.Block{{Start: 0, End: 0}}, want: nil},
		{desc: "source but no block: one block", src: "  ", want: [][2]int{{0, 2}}},
		{desc: "gaps are closed", src: "abcdefgh", blocks: []doc.Block{{Start: 2, End: 3}, {Start: 5, End: 6}}, want: [][2]int{{0, 5}, {5, 8}}},
	} {
		d := &doc.Doc{Src: []byte(tt.src), Blocks: tt.blocks}
		textread.Tile(d)
		var got [][2]int
		for _, b := range d.Blocks {
			got = append(got, [2]int{b.Start, b.End})
		}
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("%s: got %v, want %v", tt.desc, got, tt.want)
		}
	}
}

// TestPathological reads inputs built to be slow or odd and checks that
// each is read whole, with the counts it should have.
func TestPathological(t *testing.T) {
	for _, tt := range []struct {
		desc   string
		in     []byte
		blocks int
	}{
		{desc: "1 MB of NUL", in: make([]byte, 1<<20), blocks: 1},
		{desc: "1 MB of one character on one line", in: []byte(strings.Repeat("ا", 1<<19)), blocks: 1},
		{desc: "100 000 empty lines", in: []byte(strings.Repeat("\n", 100000)), blocks: 1},
		{desc: "100 000 CRs", in: []byte(strings.Repeat("\r", 100000)), blocks: 1},
		{desc: "100 000 one-letter lines", in: []byte(strings.Repeat("x\r\n", 100000)), blocks: 100000},
		{desc: "one line of a million words", in: []byte(strings.Repeat("a ", 1000000)), blocks: 1},
		{desc: "256 KB of invalid bytes", in: []byte(strings.Repeat("\xff", 1<<18)), blocks: 1},
		{desc: "nested bidi controls", in: []byte(strings.Repeat("\u202E\u2067", 100000) + "x" + strings.Repeat("\u2069\u202C", 100000)), blocks: 1},
	} {
		t.Run(tt.desc, func(t *testing.T) {
			d := textread.Text(tt.in)
			if len(d.Blocks) != tt.blocks {
				t.Errorf("%d blocks, want %d", len(d.Blocks), tt.blocks)
			}
			if d.Facts.Bytes != len(tt.in) {
				t.Errorf("Bytes %d, want %d", d.Facts.Bytes, len(tt.in))
			}
			checkDoc(t, tt.desc, d)
		})
	}
}

// checkDoc checks what every doc the text reader returns must satisfy: the
// blocks tile the input, every offset is on a rune boundary, each block's
// text is its content with invalid bytes as U+FFFD, trimmed, on one line,
// and the facts agree with the input.
func checkDoc(t *testing.T, desc string, d *doc.Doc) {
	t.Helper()
	src := d.Src
	if len(src) == 0 {
		if len(d.Blocks) != 0 {
			t.Errorf("%s: empty input with %d blocks", desc, len(d.Blocks))
		}
		return
	}
	if len(d.Blocks) == 0 {
		t.Fatalf("%s: no block for %d bytes", desc, len(src))
	}
	bounds := runeBounds(src)
	end := 0
	for i, b := range d.Blocks {
		if b.Start != end || b.End <= b.Start {
			t.Fatalf("%s: block %d [%d,%d) after %d: blocks do not tile", desc, i, b.Start, b.End, end)
		}
		end = b.End
		if b.TextStart < b.Start || b.TextEnd < b.TextStart || b.TextEnd > b.End {
			t.Fatalf("%s: block %d text [%d,%d) outside [%d,%d)", desc, i, b.TextStart, b.TextEnd, b.Start, b.End)
		}
		for _, off := range []int{b.Start, b.End, b.TextStart, b.TextEnd} {
			if !bounds[off] {
				t.Fatalf("%s: block %d offset %d not on a rune boundary", desc, i, off)
			}
		}
		if want := clean(src[b.TextStart:b.TextEnd]); b.Text != want {
			t.Fatalf("%s: block %d text %q, want %q", desc, i, b.Text, want)
		}
		if !utf8.ValidString(b.Text) {
			t.Fatalf("%s: block %d text is not valid UTF-8", desc, i)
		}
		// A block is one line, or the rows of a wrapped paragraph: lines
		// with text, no blank line between them.
		for _, line := range strings.Split(strings.ReplaceAll(b.Text, "\r\n", "\n"), "\n") {
			if strings.TrimFunc(line, isTrimmed) == "" && line != b.Text {
				t.Fatalf("%s: block %d text %q holds a blank line", desc, i, b.Text)
			}
		}
		if b.Text != strings.TrimFunc(b.Text, isTrimmed) {
			t.Fatalf("%s: block %d text %q is not trimmed", desc, i, b.Text)
		}
		if i > 0 && b.Text == "" {
			t.Fatalf("%s: block %d has no text", desc, i)
		}
		// The cleaned text maps back onto its source bytes.
		if got := d.SrcOffset(&d.Blocks[i], len(b.Text)); got != b.TextEnd {
			t.Fatalf("%s: block %d SrcOffset(end) = %d, want %d", desc, i, got, b.TextEnd)
		}
		// Every rune boundary of the text, or a sample of them in a long
		// text (SrcOffset walks from the start of the block).
		step := 1 + len(b.Text)/64
		offs := d.Offsets(&d.Blocks[i]) // one walk, offsets ascending
		for k := 0; k < len(b.Text); k += step {
			for k < len(b.Text) && !utf8.RuneStart(b.Text[k]) {
				k++
			}
			if got, want := offs.At(k), d.SrcOffset(&d.Blocks[i], k); got != want {
				t.Fatalf("%s: block %d offset %d maps to %d in one walk, %d alone", desc, i, k, got, want)
			}
			if off := d.SrcOffset(&d.Blocks[i], k); !bounds[off] || off < b.TextStart || off > b.TextEnd {
				t.Fatalf("%s: block %d SrcOffset(%d) = %d off a rune boundary or outside its text", desc, i, k, off)
			}
		}
	}
	if end != len(src) {
		t.Fatalf("%s: blocks end at %d of %d", desc, end, len(src))
	}
	f := d.Facts
	if f.Bytes != len(src) || f.Runes != utf8.RuneCount(src) {
		t.Fatalf("%s: facts %d bytes %d runes, want %d %d", desc, f.Bytes, f.Runes, len(src), utf8.RuneCount(src))
	}
	if want := countInvalid(src); f.InvalidUTF8 != want {
		t.Fatalf("%s: %d invalid sequences, want %d", desc, f.InvalidUTF8, want)
	}
	if want := strings.Count(string(src), "\x00"); f.NUL != want {
		t.Fatalf("%s: %d NUL, want %d", desc, f.NUL, want)
	}
	if want := countLines(string(src)); f.Lines != want {
		t.Fatalf("%s: %d lines, want %d", desc, f.Lines, want)
	}
}

// runeBounds marks the offsets of src that start a rune (each invalid byte
// being a rune of its own) and len(src).
func runeBounds(src []byte) []bool {
	b := make([]bool, len(src)+1)
	for i := 0; i < len(src); {
		b[i] = true
		_, n := utf8.DecodeRune(src[i:])
		i += n
	}
	b[len(src)] = true
	return b
}

// clean is what a block's text should be: p with each invalid byte as
// U+FFFD.
func clean(p []byte) string {
	var b strings.Builder
	for i := 0; i < len(p); {
		r, n := utf8.DecodeRune(p[i:])
		if r == utf8.RuneError && n == 1 {
			b.WriteRune(utf8.RuneError)
		} else {
			b.Write(p[i : i+n])
		}
		i += n
	}
	return b.String()
}

func countInvalid(p []byte) int {
	n := 0
	for i := 0; i < len(p); {
		r, w := utf8.DecodeRune(p[i:])
		if r == utf8.RuneError && w == 1 {
			n++
		}
		i += w
	}
	return n
}

// countLines counts lines as an editor does: each LF, CRLF or lone CR ends
// one, and a last line without an end counts too.
func countLines(s string) int {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	if s == "" {
		return 0
	}
	n := strings.Count(s, "\n")
	if !strings.HasSuffix(s, "\n") {
		n++
	}
	return n
}

func isTrimmed(r rune) bool {
	return r == ' ' || r == '\t' || r == '\u00A0' || r == '\u200B' || r == '\uFEFF' || r == '\f' || r == '\v'
}

func ExampleText() {
	d := textread.Text([]byte("\uFEFFFirst line\r\n\r\nSecond \xffline\n"))
	for _, b := range d.Blocks {
		fmt.Printf("[%d,%d) %+q\n", b.Start, b.End, b.Text)
	}
	fmt.Println("invalid:", d.Facts.InvalidUTF8, "lines:", d.Facts.Lines)
	// Output:
	// [0,17) "First line"
	// [17,30) "Second \ufffdline"
	// invalid: 1 lines: 3
}
