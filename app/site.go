package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/safi-app/safi/internal/ui/site"
)

// version is set at build time with -ldflags "-X main.version=...". It
// becomes the PWA's version: a new one makes open apps offer to reload.
var version = "dev"

// runBuild writes the static site.
func runBuild(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("build", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("out", "dist", "directory to write the site to")
	web := fs.String("web", "web", "directory of the static assets, app.wasm included")
	base := fs.String("base", "", "path prefix when the site is not at the root of its host (GitHub Pages: /REPOSITORY)")
	br := fs.Int("brotli", 0, "brotli quality for app.wasm.br (1–11; 0: default 11; -1: none)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	v := version
	if v == "dev" {
		// A development build gets a fresh version each time, so an open
		// tab sees the update.
		v = "dev-" + time.Now().UTC().Format("20060102T150405")
	}
	if err := site.Build(site.Options{Out: *out, Web: *web, Version: v, Base: *base, Brotli: *br}); err != nil {
		fmt.Fprintf(stderr, "app build: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "app build: site %s written to %s\n", v, *out)
	return 0
}

// runServe serves the static site.
func runServe(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	defAddr := "127.0.0.1:8000"
	if p := os.Getenv("PORT"); p != "" {
		defAddr = "127.0.0.1:" + p
	}
	addr := fs.String("addr", defAddr, "host:port to listen on")
	dir := fs.String("dir", "dist", "the built site (app build --out)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if _, err := os.Stat(*dir + "/index.html"); err != nil {
		fmt.Fprintf(stderr, "app serve: no site in %s (run make dist): %v\n", *dir, err)
		return 1
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(stderr, "app serve: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "Safi is served on http://%s/ (Ctrl+C stops)\n", ln.Addr())
	srv := &http.Server{Handler: site.Server(*dir), ReadHeaderTimeout: 10 * time.Second}
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintf(stderr, "app serve: %v\n", err)
		return 1
	}
	return 0
}
