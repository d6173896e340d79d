package classify

import (
	"github.com/safi-app/safi/internal/doc"
)

// The work of the passes that look at each block alone, split over the
// processors the program may use on a large page (see eachChunk); the
// passes that read the blocks in order run after, on one.

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
		for i := range d.Blocks {
			t := d.Blocks[i].Text
			if t == "" || parity >= 0 && len(t)&1 != parity {
				continue
			}
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
