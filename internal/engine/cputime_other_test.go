//go:build !unix

package engine

import "time"

// cpuTime returns 0 where the process's CPU time is not known (js/wasm
// under Node, for make bench-wasm): the benchmarks then report no
// cpuMB/s.
func cpuTime() time.Duration { return 0 }
