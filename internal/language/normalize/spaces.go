package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// SingleSpaced returns f with each run of white space (unicode.IsSpace)
// made one space and none at either end: strings.Join(strings.Fields(f),
// " "), without building it when f is so already (two words and one
// space, mostly, as the terms' phrases and the quotations are).
func SingleSpaced(f string) string {
	space := true // at the start, or after a space
	for i := 0; i < len(f); {
		c := f[i]
		if c < utf8.RuneSelf {
			if c == ' ' {
				if space {
					return strings.Join(strings.Fields(f), " ")
				}
				space = true
				i++
				continue
			}
			if '\t' <= c && c <= '\r' {
				return strings.Join(strings.Fields(f), " ")
			}
			space = false
			i++
			continue
		}
		if 0xC4 <= c && c <= 0xDF && i+1 < len(f) && f[i+1]&0xC0 == 0x80 {
			// U+0100 to U+07FF (Arabic among them) hold no space: the
			// two bytes are stepped over without decoding and looking
			// the character up in the tables of unicode.IsSpace.
			space = false
			i += 2
			continue
		}
		r, size := utf8.DecodeRuneInString(f[i:])
		if unicode.IsSpace(r) {
			return strings.Join(strings.Fields(f), " ")
		}
		space = false
		i += size
	}
	if space && f != "" {
		return strings.Join(strings.Fields(f), " ")
	}
	return f
}
