package classify

import (
	"slices"

	"github.com/safi-app/safi/internal/doc"
)

// The work of the passes that look at each block alone, split over the
// processors the program may use on a large page (see eachChunk); the
// passes that read the blocks in order run after, on one.

// longText is the length from which repeatedTexts hashes a text only when
// another has the same length (found by sorting the lengths): texts that
// long seldom share one, and hashing reads every byte (in WebAssembly
// without the hardware's help).
const longText = 256

// repeatedTexts returns, for each block of d, whether its text (not empty)
// stands on another block too. When eachChunk splits the blocks, two
// goroutines share the work: one takes the texts of an even number of
// bytes, the other those of an odd number (equal texts have equal
// lengths), each with a table of its own.
func repeatedTexts(d *doc.Doc) []bool {
	n := len(d.Blocks)
	repeated := make([]bool, n)
	// mark finds the repeated texts among those of len(text)%2 == parity,
	// or among all of them for a parity of -1.
	mark := func(parity, size int) {
		first := make(map[string]int32, size)
		// The texts of longText bytes or more, as their length << 32 |
		// their index.
		var long []int
		for i := range d.Blocks {
			t := d.Blocks[i].Text
			if t == "" || parity >= 0 && len(t)&1 != parity {
				continue
			}
			if len(t) >= longText {
				long = append(long, len(t)<<32|i)
				continue
			}
			if j, ok := first[t]; ok {
				repeated[j], repeated[i] = true, true
			} else {
				first[t] = int32(i)
			}
		}
		// Sorted, the long texts of one length stand together: one of
		// a length no other has is repeated nowhere, and only those
		// that share a length are hashed.
		slices.Sort(long)
		for k, key := range long {
			n := key >> 32
			if (k == 0 || long[k-1]>>32 != n) && (k+1 == len(long) || long[k+1]>>32 != n) {
				continue
			}
			i := key & (1<<32 - 1)
			t := d.Blocks[i].Text
			if j, ok := first[t]; ok {
				repeated[j], repeated[i] = true, true
			} else {
				first[t] = int32(i)
			}
		}
	}
	if !doc.Splits(n) {
		mark(-1, n)
		return repeated
	}
	done := make(chan struct{})
	go func() {
		mark(1, n/2)
		close(done)
	}()
	mark(0, n/2)
	<-done
	return repeated
}

// captionsAhead works out caption for every block outside will ask about
// (those with text that no rule decided), on chunks of blocks at the same
// time, when eachChunk splits them: outside asks for them one at a time.
func (c *ctx) captionsAhead() {
	n := len(c.d.Blocks)
	if !doc.Splits(n) {
		return
	}
	if c.captions == nil {
		c.captions = make([]int8, n)
	}
	eachChunk(n, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			if !c.decided(i) && c.d.Blocks[i].Text != "" {
				c.caption(i) // writes c.captions[i] only
			}
		}
	})
}
