package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestPrepareKeepsServerCodeOutOfWasm builds the copy and lists the
// packages of the wasm main against it and against go-app as it is: the
// packages the copy exists to leave out must be in the second list only.
func TestPrepareKeepsServerCodeOutOfWasm(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the go command")
	}
	dir := t.TempDir()
	t.Chdir("../..")
	if err := prepare(dir); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"wasm.mod", "wasm.sum", "goapp-wasm/go.mod", "goapp-wasm/pkg/app/resource_wasm.go", "goapp-wasm/pkg/errors/errors.go", "goquery-wasm/go.mod", "goquery-wasm/type_wasm.go", "goquery-wasm/traversal.go"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Errorf("prepare did not write %s: %v", name, err)
		}
	}
	for _, name := range serverFiles {
		b, err := os.ReadFile(filepath.Join(dir, "goapp-wasm/pkg/app", name))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(string(b), "//go:build !wasm\n") {
			t.Errorf("%s does not start with //go:build !wasm", name)
		}
	}

	// math/big stays imported (crypto/rand, for google/uuid) but no longer
	// linked: only packages imports show are checked.
	left := []string{"net/http", "crypto/tls", "crypto/x509", "crypto/hpke"}
	with := wasmDeps(t, "-modfile="+filepath.Join(dir, "wasm.mod"))
	without := wasmDeps(t)
	for _, p := range left {
		if slices.Contains(with, p) {
			t.Errorf("app.wasm built with the copy still imports %s", p)
		}
		if !slices.Contains(without, p) {
			t.Errorf("app.wasm built with go-app as it is does not import %s: is the copy still needed?", p)
		}
	}
	// The copy of goquery compiles for the browser.
	cmd := exec.Command("go", "build", "-modfile="+filepath.Join(dir, "wasm.mod"), "-o", os.DevNull, Goquery)
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm", "GOFLAGS=")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Errorf("go build %s for js/wasm against the copy: %v\n%s", Goquery, err, out)
	}

	// The copies must be what the build uses, and the browser side of
	// go-app and goquery must still be there.
	for _, p := range []string{GoApp + "/pkg/app", Goquery} {
		if !slices.Contains(with, p) {
			t.Errorf("the wasm main no longer imports %s", p)
		}
	}
}

// wasmDeps lists the packages of the wasm main for GOOS=js.
func wasmDeps(t *testing.T, flags ...string) []string {
	t.Helper()
	args := append(append([]string{"list", "-deps"}, flags...), "./wasm")
	cmd := exec.Command("go", args...)
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm", "GOFLAGS=")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return strings.Fields(string(out))
}

func TestModuleDirIsPinned(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the go command")
	}
	t.Chdir("../..")
	for mod, pinned := range map[string]string{GoApp: Pinned, Goquery: GoqueryPinned} {
		dir, err := moduleDir(mod, pinned)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasSuffix(dir, "@"+pinned) {
			t.Errorf("moduleDir = %s, want the directory of %s %s", dir, mod, pinned)
		}
	}
}
