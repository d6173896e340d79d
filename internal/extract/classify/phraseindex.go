package classify

import (
	"strings"
	"unicode/utf8"
)

// phraseIndex finds which of a set of folded phrases occur in a folded
// text at word boundaries (as containsWord matches one), in one pass over
// the text: a phrase can only start where a word boundary is (at the
// start, or after a character that is not a letter or a digit), and there
// only the phrases that open with the text's next two bytes are tried.
// Each phrase belongs to a list, numbered 0 to 63; a scan returns the set
// of the lists with a phrase in the text.
type phraseIndex struct {
	// first[b] to first[b+1] are the entries whose first two bytes hash
	// to b (see pairBucket).
	first   [pairBuckets + 1]uint16
	entries []phraseEntry
}

// phraseEntry is a phrase of a phraseIndex.
type phraseEntry struct {
	p      string
	head   uint64 // the phrase's first eight bytes (fewer: zero-padded), little-endian
	mask   uint64 // the bits of head that the phrase has
	list   uint8
	prefix bool // the phrase counts only at the start of the text
}

// pairBuckets is the number of buckets of a phraseIndex's first two bytes.
const pairBuckets = 1024

func pairBucket(a, b byte) int { return int(uint(a)<<5^uint(b)*0x9) & (pairBuckets - 1) }

// indexPhrase is a phrase to index: its folded text, its list and whether
// it counts only at the start of a text.
type indexPhrase struct {
	p      string
	list   int
	prefix bool
}

// newPhraseIndex indexes the phrases, each of two bytes or more and not
// opening with a space, in lists numbered below 64.
func newPhraseIndex(phrases []indexPhrase) *phraseIndex {
	x := &phraseIndex{}
	var buckets [pairBuckets][]phraseEntry
	for _, ip := range phrases {
		if len(ip.p) < 2 || ip.p[0] == ' ' || ip.list < 0 || ip.list > 63 {
			panic("classify: phrase " + ip.p + " cannot be indexed")
		}
		e := phraseEntry{p: ip.p, list: uint8(ip.list), prefix: ip.prefix}
		for k := 0; k < 8 && k < len(ip.p); k++ {
			e.head |= uint64(ip.p[k]) << (8 * k)
			e.mask |= 0xFF << (8 * k)
		}
		b := pairBucket(ip.p[0], ip.p[1])
		buckets[b] = append(buckets[b], e)
	}
	for b := range buckets {
		x.first[b] = uint16(len(x.entries))
		x.entries = append(x.entries, buckets[b]...)
	}
	x.first[pairBuckets] = uint16(len(x.entries))
	return x
}

// scan returns the set of the lists, among those of lists, that have a
// phrase in s at word boundaries (a prefix phrase: at the start of s). ok
// is false when s is not valid UTF-8: the caller then matches the slow
// way, whose reading of invalid bytes scan does not copy.
func (x *phraseIndex) scan(s string, lists uint64) (hits uint64, ok bool) {
	prevAlnum := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if !asciiAlnum[c] {
				// (No phrase opens with white space: folding trims it.)
				if !prevAlnum && c != ' ' && i+1 < len(s) {
					hits |= x.at(s, i, lists&^hits)
				}
				prevAlnum = false
				i++
				continue
			}
			if !prevAlnum && i+1 < len(s) {
				hits |= x.at(s, i, lists&^hits)
			}
			// The rest of a run of ASCII letters and digits holds no
			// word boundary.
			for i++; i < len(s) && s[i] < utf8.RuneSelf && asciiAlnum[s[i]]; i++ {
			}
			prevAlnum = true
			continue
		}
		n, alnum := 2, false
		if 0xC2 <= c && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			r := rune(c&0x1F)<<6 | rune(s[i+1]&0x3F)
			alnum = 0x0621 <= r && r <= 0x064A || isAlnum2(r)
		} else {
			var r rune
			r, n = utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && n == 1 {
				return 0, false
			}
			alnum = isAlnum2(r)
		}
		if !prevAlnum && i+1 < len(s) {
			hits |= x.at(s, i, lists&^hits)
		}
		prevAlnum = alnum
		i += n
	}
	return hits, true
}

// at returns the lists, among lists, of the phrases that match s at i,
// word boundary after included (i+1 < len(s)).
func (x *phraseIndex) at(s string, i int, lists uint64) uint64 {
	b := pairBucket(s[i], s[i+1])
	if x.first[b] == x.first[b+1] {
		return 0
	}
	return x.match(s, i, x.entries[x.first[b]:x.first[b+1]], lists)
}

// match returns the lists, among lists, of the entries es that match s at
// i, word boundary after included.
func (x *phraseIndex) match(s string, i int, es []phraseEntry, lists uint64) uint64 {
	var head uint64
	if i+8 <= len(s) {
		b := s[i : i+8]
		head = uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
	} else {
		for k := 0; i+k < len(s); k++ {
			head |= uint64(s[i+k]) << (8 * k)
		}
	}
	var hits uint64
	for k := range es {
		e := &es[k]
		if lists&(1<<e.list) == 0 || head&e.mask != e.head || e.prefix && i > 0 {
			continue
		}
		if strings.HasPrefix(s[i:], e.p) && boundaryAt(s, i+len(e.p)) {
			hits |= 1 << e.list
			lists &^= 1 << e.list
		}
	}
	return hits
}

// hasPrefix reports whether one of the phrases of the lists opens s, up to
// a word boundary (HasPrefix and boundaryAt).
func (x *phraseIndex) hasPrefix(s string, lists uint64) bool {
	if len(s) < 2 {
		return false
	}
	b := pairBucket(s[0], s[1])
	return x.match(s, 0, x.entries[x.first[b]:x.first[b+1]], lists) != 0
}
