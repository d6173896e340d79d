package normalize

import (
	"strings"
	"testing"
)

// FuzzSingleSpaced holds SingleSpaced, with its fast path over U+0100 to
// U+07FF, to what it stands for.
func FuzzSingleSpaced(f *testing.F) {
	for _, s := range []string{"", " ", "a b", "a  b", " a", "a ", "التحالف الدولي", "التحالف\u00a0الدولي", "ولي\u2003العهد", "\xd8 a", "\xd9", "a\tb", "Ā ߿ ࠀ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := SingleSpaced(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Fatalf("SingleSpaced(%q) = %q, want %q", s, got, want)
		}
	})
}
