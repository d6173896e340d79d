package engine

import (
	"strings"
	"testing"
)

// FuzzHasBidiControl checks hasBidiControl, which looks at bytes, against
// strings.ContainsFunc with BidiControl, which decodes, on any bytes.
func FuzzHasBidiControl(f *testing.F) {
	for _, s := range []string{"", "a\u202Eb", "\u2066", "\u2069x", "\u2029", "\u202F", "\u2065", "\u206A",
		"\xe2\x80", "\xe2\x80\xaa", "\xe2\xe2\x80\xae", "\xf0\xe2\x81\xa7", "ab\xe2", "مرحبا \u200F"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hasBidiControl(s), strings.ContainsFunc(s, BidiControl); got != want {
			t.Errorf("hasBidiControl(%q) = %v, want %v", s, got, want)
		}
	})
}
