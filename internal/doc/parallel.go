package doc

import "runtime"

// SplitAbove is the number of blocks above which the stages split their
// work over goroutines (classify's per-block passes, assemble's halves,
// measure's statistics): below, starting goroutines costs more than it
// saves.
const SplitAbove = 4096

// Splits reports whether a stage splits its work on n blocks over
// goroutines: when n is above SplitAbove and the program may use more than
// one processor (never in WebAssembly, which has one).
func Splits(n int) bool {
	return n > SplitAbove && runtime.GOMAXPROCS(0) > 1
}
