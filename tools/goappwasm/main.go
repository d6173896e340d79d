// Command goappwasm prepares the go-app and the goquery that `make wasm`
// builds app.wasm with: copies of the pinned modules in which the code that
// needs net/http is left out of the browser build, so that app.wasm does
// not link net/http, crypto/tls and math/big.
//
// go-app v10 compiles pkg/app/http.go (Handler, which serves the app) and
// pkg/app/resource.go (resource resolvers built on http.FileServer) into
// the browser build as well. Through them app.wasm links net/http and
// crypto/tls and, through the initialisers of crypto/hpke and
// encoding/asn1, elliptic curves, RSA and math/big, although the browser
// never calls any of it. In the copy both files get a `//go:build !wasm`
// line; the three small functions of resource.go that the browser side
// calls are put back, unchanged, in resource_wasm.go (goapp/); wasm.go,
// whose GenerateStaticWebsite stub names *Handler, is replaced by one
// without that stub. Nothing else changes, and native builds (app build,
// app serve, the tests) use go-app from the module cache as it is.
//
// The copy goes to DIR/goapp-wasm, beside DIR/wasm.mod and DIR/wasm.sum:
// go.mod and go.sum with a replace directive pointing go-app at the copy,
// for `go build -modfile=DIR/wasm.mod`. (A build overlay would be simpler,
// but the go command refuses overlays of files in the module cache.)
//
// The copy is made for go-app v10.1.11 (Pinned) and refuses any other
// version: a new go-app must be checked against it first.
//
// goquery (HTML reading) imports net/http for two deprecated constructors
// that fetch a URL (NewDocument, NewDocumentFromResponse), which Safi never
// calls; it is copied to DIR/goquery-wasm with type.go left out of the
// browser build and type_wasm.go (goquery/), the same file without those
// two, in its place. It too is pinned (GoqueryPinned).
//
// Usage, from the repository root:
//
//	go run ./tools/goappwasm -dir bin
package main

import (
	"bytes"
	"embed"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// GoApp is the module the copy patches, and Pinned the version it was
// written for.
const (
	GoApp  = "github.com/maxence-charriere/go-app/v10"
	Pinned = "v10.1.11"
)

// Goquery is the second module copied, and GoqueryPinned its version.
const (
	Goquery       = "github.com/PuerkitoBio/goquery"
	GoqueryPinned = "v1.13.0"
)

// goqueryFiles are the files of goquery left out of the browser build.
var goqueryFiles = []string{"type.go"}

// packages are the go-app packages app.wasm uses (pkg/app and what it
// imports from its own module).
var packages = []string{"pkg/app", "pkg/errors"}

// serverFiles are the files of pkg/app left out of the browser build.
var serverFiles = []string{"http.go", "resource.go"}

//go:embed goapp/*.txt goquery/*.txt
var replacements embed.FS

// ErrVersion is returned when go.mod requires a go-app other than Pinned.
var ErrVersion = errors.New("go-app version differs from the one the copy was made for")

func main() {
	dir := flag.String("dir", "bin", "where to write goapp-wasm/, wasm.mod and wasm.sum")
	flag.Parse()
	if err := prepare(*dir); err != nil {
		fmt.Fprintln(os.Stderr, "goappwasm:", err)
		os.Exit(1)
	}
}

// prepare writes the patched copy of go-app and the module files that
// point the build at it into dir.
func prepare(dir string) error {
	src, err := moduleDir(GoApp, Pinned)
	if err != nil {
		return err
	}
	dir, err = filepath.Abs(dir)
	if err != nil {
		return err
	}
	dst := filepath.Join(dir, "goapp-wasm")
	if err := os.RemoveAll(dst); err != nil {
		return err
	}
	if err := copyFile(filepath.Join(src, "go.mod"), filepath.Join(dst, "go.mod")); err != nil {
		return err
	}
	if err := copyFile(filepath.Join(src, "LICENSE"), filepath.Join(dst, "LICENSE")); err != nil {
		return err
	}
	for _, p := range packages {
		if err := copyPackage(filepath.Join(src, p), filepath.Join(dst, p)); err != nil {
			return err
		}
	}
	if err := patch(filepath.Join(dst, "pkg", "app"), serverFiles, "goapp"); err != nil {
		return err
	}
	gq, err := moduleDir(Goquery, GoqueryPinned)
	if err != nil {
		return err
	}
	gqDst := filepath.Join(dir, "goquery-wasm")
	if err := os.RemoveAll(gqDst); err != nil {
		return err
	}
	for _, f := range []string{"go.mod", "LICENSE"} {
		if err := copyFile(filepath.Join(gq, f), filepath.Join(gqDst, f)); err != nil {
			return err
		}
	}
	if err := copyPackage(gq, gqDst); err != nil {
		return err
	}
	if err := patch(gqDst, goqueryFiles, "goquery"); err != nil {
		return err
	}

	mod, err := os.ReadFile("go.mod")
	if err != nil {
		return fmt.Errorf("%w (run from the repository root)", err)
	}
	mod = fmt.Appendf(mod, "\n// Written by tools/goappwasm for the build of app.wasm.\nreplace %s => %s\n\nreplace %s => %s\n", GoApp, dst, Goquery, gqDst)
	if err := os.WriteFile(filepath.Join(dir, "wasm.mod"), mod, 0o644); err != nil {
		return err
	}
	return copyFile("go.sum", filepath.Join(dir, "wasm.sum"))
}

// patch leaves files of the copy of a package in dir out of the browser
// build and adds the replacements embedded under from.
func patch(dir string, files []string, from string) error {
	for _, name := range files {
		path := filepath.Join(dir, name)
		b, err := os.ReadFile(path)
		if err != nil {
			return fmt.Errorf("%w: the module's layout is not the one the copy was made for", err)
		}
		if bytes.HasPrefix(b, []byte("//go:build")) {
			return fmt.Errorf("%s already has a build constraint: check tools/goappwasm against this version", path)
		}
		b = append([]byte("//go:build !wasm\n\n// Left out of app.wasm by tools/goappwasm.\n\n"), b...)
		if err := os.WriteFile(path, b, 0o644); err != nil {
			return err
		}
	}
	return fs.WalkDir(replacements, from, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := replacements.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, strings.TrimSuffix(d.Name(), ".txt")), b, 0o644)
	})
}

// copyPackage copies the Go files of a package, without its tests.
func copyPackage(src, dst string) error {
	entries, err := os.ReadDir(src)
	if err != nil {
		return err
	}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		if err := copyFile(filepath.Join(src, name), filepath.Join(dst, name)); err != nil {
			return err
		}
	}
	return nil
}

func copyFile(src, dst string) error {
	b, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return err
	}
	return os.WriteFile(dst, b, 0o644)
}

// moduleDir returns the directory of module mod in the module cache,
// downloading it if needed, after checking its version is pinned.
func moduleDir(mod, pinned string) (string, error) {
	cmd := exec.Command("go", "mod", "download", "-json", mod)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("go mod download %s: %v: %s", mod, err, strings.TrimSpace(stderr.String()))
	}
	var m struct{ Version, Dir, Error string }
	if err := json.Unmarshal(out, &m); err != nil {
		return "", fmt.Errorf("go mod download %s: %w", mod, err)
	}
	if m.Error != "" {
		return "", fmt.Errorf("go mod download %s: %s", mod, m.Error)
	}
	if m.Version != pinned {
		return "", fmt.Errorf("%w: go.mod requires %s %s, the copy is made for %s: check tools/goappwasm against the new version (go-app's pkg/app http.go, resource.go, wasm.go; goquery's type.go) and update its pin",
			ErrVersion, mod, m.Version, pinned)
	}
	return m.Dir, nil
}
