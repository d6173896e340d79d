package textread_test

import (
	"testing"

	"github.com/safi-app/safi/internal/extract/textread"
)

// FuzzText checks the text reader's invariants on any input: no panic, the
// blocks tile the input, offsets fall on rune boundaries, each block's text
// is its source with invalid bytes as U+FFFD, the facts agree with the
// input, and reading is deterministic.
func FuzzText(f *testing.F) {
	for _, tt := range textTests {
		f.Add([]byte(tt.in))
	}
	for _, s := range []string{
		"\xEF\xBB\xBF\r\n\xEF\xBB\xBF",
		"\xEF\xBB",
		"a\r\r\nb\n\rc",
		" \xe2\x80\x8b\xe2\x80",
		"\x00\x00\x00\x01",
		"\u202E\u2066\u2067\u2068\u2069",
		"عاجل\u00a0\u00a0\u00a0خبر\u00a0\u00a0\u00a0آخر",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		in := string(src)
		d := textread.Text(src)
		if string(d.Src) != in {
			t.Fatalf("Src changed")
		}
		checkDoc(t, "fuzz", d)
		again := textread.Text([]byte(in))
		if len(again.Blocks) != len(d.Blocks) || again.Facts != d.Facts {
			t.Fatalf("two readings differ")
		}
		for i := range d.Blocks {
			a, b := d.Blocks[i], again.Blocks[i]
			if a.Start != b.Start || a.End != b.End || a.TextStart != b.TextStart || a.TextEnd != b.TextEnd || a.Text != b.Text {
				t.Fatalf("block %d differs between two readings", i)
			}
		}
	})
}
