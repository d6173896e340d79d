package read

import "testing"

// FuzzContentLines checks the bound Text sizes its blocks by: count finds
// no fewer lines with content than Text makes blocks with text (a white
// space input gets one empty block, made apart).
func FuzzContentLines(f *testing.F) {
	for _, s := range []string{
		"", "a", "\n\n", " \t\v\f\r\n", "\x00", "\x1f\n\x01", "\u00a0\n\u2003", "\xEF\xBB\xBF", "\xEF\xBB\xBFa",
		"a\r\r\nb\n\rc", "\xff\n\xfe", "line one\n\n  line two  \r\nthree",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		_, content := count(src)
		blocks := 0
		for _, b := range Text(src).Blocks {
			if b.TextStart < b.TextEnd {
				blocks++
			}
		}
		if content < blocks {
			t.Errorf("count found %d lines with content, Text made %d blocks with text", content, blocks)
		}
	})
}
