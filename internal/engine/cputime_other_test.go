//go:build !unix && !js

package engine

import "time"

// cpuTime returns 0 where the process's CPU time is not known: the
// benchmarks then report no cpuMB/s.
func cpuTime() time.Duration { return 0 }
