package stats

import "encoding/binary"

// wordTable numbers words of up to maxShortWord bytes as they are written,
// each held in the table itself: a word is found from its bytes with one
// visit to the table, not to the text where it first came, as a map of
// strings would (the cache misses of those visits were the most of
// counting words on a large page). Open addressing, linear probing.
type wordTable struct {
	slots []shortWord
	mask  uint64
	n     int // words held
}

// shortWord is a word of up to maxShortWord bytes, zero-padded in k0 and
// k1, its length, and its number plus one (0: an empty slot), with
// formFlag set when the word is a folded form (see Sets.folded).
type shortWord struct {
	k0, k1 uint64
	n, id  int32
}

// formFlag marks a shortWord that is a folded form.
const formFlag = 1 << 30

// form reports whether w is a folded form, and its number.
func (w *shortWord) form() (int32, bool) {
	return w.id&^formFlag - 1, w.id&formFlag != 0
}

// maxShortWord is the longest word a wordTable holds, in bytes.
const maxShortWord = 16

// newWordTable returns a table with room for about n words.
func newWordTable(n int) wordTable {
	size := 64
	for size*3 < n*4 {
		size *= 2
	}
	return wordTable{slots: make([]shortWord, size), mask: uint64(size - 1)}
}

// shortKey returns the bytes of w, of at most maxShortWord bytes, as two
// numbers, zero-padded.
func shortKey[T string | []byte](w T) (k0, k1 uint64) {
	var buf [maxShortWord]byte
	copy(buf[:], w)
	return binary.LittleEndian.Uint64(buf[:8]), binary.LittleEndian.Uint64(buf[8:])
}

// slot returns the place of the key k0, k1 of length n: where it is, or
// the empty slot where it goes.
func (t *wordTable) slot(k0, k1 uint64, n int32) *shortWord {
	h := (k0 ^ uint64(n)<<56 ^ (k1+0x9E3779B97F4A7C15)*0xBF58476D1CE4E5B9) * 0x94D049BB133111EB
	for i := h >> 17; ; i++ {
		s := &t.slots[i&t.mask]
		if s.id == 0 || s.k0 == k0 && s.k1 == k1 && s.n == n {
			return s
		}
	}
}

// get returns the number of the word of key k0, k1 and length n, and
// whether the table holds it.
func (t *wordTable) get(k0, k1 uint64, n int) (int32, bool) {
	s := t.slot(k0, k1, int32(n))
	return s.id&^formFlag - 1, s.id != 0
}

// put numbers the word of key k0, k1 and length n id, a folded form when
// form is set; the table must not hold it.
func (t *wordTable) put(k0, k1 uint64, n int, id int32, form bool) {
	if (t.n+1)*4 > len(t.slots)*3 {
		t.grow()
	}
	id++
	if form {
		id |= formFlag
	}
	*t.slot(k0, k1, int32(n)) = shortWord{k0: k0, k1: k1, n: int32(n), id: id}
	t.n++
}

// grow doubles the table.
func (t *wordTable) grow() {
	old := t.slots
	t.slots = make([]shortWord, 2*len(old))
	t.mask = uint64(len(t.slots) - 1)
	for _, s := range old {
		if s.id != 0 {
			*t.slot(s.k0, s.k1, s.n) = s
		}
	}
}
