// Command wasm is Safi's browser main, compiled to app.wasm. It must not
// import net/http, which would link net/http and crypto/tls into app.wasm
// for nothing the browser runs (docs/build.md).
package main

import (
	"os"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/safi-app/safi/internal/ui"
	"github.com/safi-app/safi/internal/ui/worker"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

func main() {
	// web/worker.js starts this same program in a Web Worker to run the
	// engine off the page's main thread.
	if os.Getenv("SAFI_ROLE") == "worker" {
		worker.Serve()
		return
	}
	ui.Version = version
	ui.Routes()
	app.RunWhenOnBrowser()
}
