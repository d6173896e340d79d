// Command wasm is Safi's browser main, compiled to app.wasm. It must not
// import net/http: that alone would add about 1.5 MB gzip to app.wasm.
package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/safi-app/safi/internal/ui"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

func main() {
	ui.Version = version
	ui.Routes()
	app.RunWhenOnBrowser()
}
