package textread

import (
	"bytes"
	"reflect"
	"testing"
	"unsafe"

	"github.com/safi-app/safi/internal/doc"
)

// FuzzTextTwo checks that reading an input in two halves at the same time
// (textTwo, as Text does with a large input on more than one processor)
// gives the facts and blocks of reading it whole, wherever the halves
// meet: at the start of each line in turn.
func FuzzTextTwo(f *testing.F) {
	for _, s := range []string{
		"a\nb", "\n\n", "one\r\ntwo\r\n\r\nthree", "\xEF\xBB\xBFa\nb\n", "\xEF\xBB\xBF\n\uFEFFb", "a\r\rb\n\rc\n",
		"\xff\n\xfe\nok\n", "  \n\t\n x \n", "\x00\n\x01\x02\n", "\u202Eabc\n\u200Bdef\n\u00a0\n", "last\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		all := unsafe.String(unsafe.SliceData(src), len(src))
		pos := 0
		if bytes.HasPrefix(src, []byte("\xEF\xBB\xBF")) {
			pos = 3
		}
		whole := &doc.Doc{Src: src, Format: "text"}
		textWhole(whole, all, pos)
		Tile(whole)
		for mid := 1; mid < len(src); mid++ {
			if src[mid-1] != '\n' {
				continue
			}
			two := &doc.Doc{Src: src, Format: "text"}
			textTwo(two, all, pos, mid)
			Tile(two)
			if !reflect.DeepEqual(two, whole) {
				t.Fatalf("halves meeting at %d:\n got %+v\nwant %+v", mid, two, whole)
			}
		}
	})
}
