//go:build js

package engine

import (
	"syscall/js"
	"time"
)

// cpuTime returns the user and system CPU time of the Node process that
// runs the benchmarks in js/wasm (make bench-wasm), from
// process.cpuUsage(): on a busy machine it says more than the wall clock.
// It counts V8's own threads too (its compilers and garbage collector),
// so it is meant for Node started with --no-liftoff, which compiles
// everything before the benchmarks run. Outside Node it returns 0. (Test
// code only: the engine itself never uses syscall/js.)
func cpuTime() time.Duration {
	p := js.Global().Get("process")
	if p.Type() != js.TypeObject || p.Get("cpuUsage").Type() != js.TypeFunction {
		return 0
	}
	u := p.Call("cpuUsage")
	return time.Duration(u.Get("user").Float()+u.Get("system").Float()) * time.Microsecond
}
