// Package ui is Safi's browser interface, built with go-app: the paste area,
// the article, figures, statistics and charts, the segmentation view where
// the user corrects the engine, and the exports. The same package compiles
// natively (to pre-render the static site and for tests) and to WebAssembly.
package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// Routes registers the app's pages. Both mains call it: the wasm main to
// run the app, the native one to generate the static site.
func Routes() {
	app.Route("/", func() app.Composer { return &Page{} })
}
