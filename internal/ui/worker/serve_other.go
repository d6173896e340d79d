//go:build !js

package worker

// Serve runs the worker's message loop; it exists only in WebAssembly, in
// a Web Worker.
func Serve() { panic("wire: Serve runs only in a Web Worker (GOOS=js)") }
