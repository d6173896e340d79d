package stats

import (
	"encoding/binary"
	"strconv"
	"strings"
	"testing"
)

// TestWordTable numbers words of every length up to maxShortWord, words
// that differ only by trailing zero bytes or by length included, through
// the table's growth, and finds each again.
func TestWordTable(t *testing.T) {
	var words []string
	for i := range 5000 {
		w := strconv.Itoa(i*7919) + "é" + strings.Repeat("x", i%5)
		words = append(words, w[:min(len(w), maxShortWord)])
	}
	words = append(words, "a", "a\x00", "a\x00\x00", "", strings.Repeat("\x00", maxShortWord), "ب", "بب")
	seen := map[string]int32{}
	tab := newWordTable(0)
	for _, w := range words {
		k0, k1 := shortKey(w)
		id, ok := tab.get(k0, k1, len(w))
		if want, had := seen[w]; ok != had || ok && id != want {
			t.Fatalf("get(%q) = %d, %v; want %d, %v", w, id, ok, want, had)
		}
		if !ok {
			seen[w] = int32(len(seen))
			tab.put(k0, k1, len(w), seen[w], len(w)%2 == 0)
		}
	}
	for w, want := range seen {
		k0, k1 := shortKey(w)
		if id, ok := tab.get(k0, k1, len(w)); !ok || id != want {
			t.Errorf("after growing, get(%q) = %d, %v; want %d", w, id, ok, want)
		}
	}
	for _, s := range tab.slots {
		if s.id == 0 {
			continue
		}
		var buf [maxShortWord]byte
		binary.LittleEndian.PutUint64(buf[:8], s.k0)
		binary.LittleEndian.PutUint64(buf[8:], s.k1)
		w := string(buf[:s.n])
		if id, form := s.form(); id != seen[w] || form != (len(w)%2 == 0) {
			t.Errorf("slot of %q: form() = %d, %v; want %d, %v", w, id, form, seen[w], len(w)%2 == 0)
		}
	}
	if tab.n != len(seen) || len(tab.slots) < 4*tab.n/3 {
		t.Errorf("%d words in %d slots, %d distinct", tab.n, len(tab.slots), len(seen))
	}
}
