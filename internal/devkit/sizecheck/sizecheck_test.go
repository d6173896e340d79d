package sizecheck

import (
	"errors"
	"github.com/safi-app/safi/internal/devkit/testfiles"
	"os"
	"path/filepath"
	"testing"
)

// wasmPath is app.wasm as `make wasm` (a prerequisite of `make test`)
// builds it.
var wasmPath = testfiles.Path("web", "app.wasm")

// TestWasmGzipBudget fails when app.wasm gzipped grows past GzipBudget.
// Without a built app.wasm it fails under CI (where `make test` builds it
// first) and skips elsewhere, so that `go test ./...` works before a build.
func TestWasmGzipBudget(t *testing.T) {
	b, err := os.ReadFile(wasmPath)
	if errors.Is(err, os.ErrNotExist) {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is missing: `make test` builds it before the tests (make wasm)", wasmPath)
		}
		t.Skipf("%s is not built: run `make wasm` (or `make test`) to check the size budget", wasmPath)
	}
	if err != nil {
		t.Fatal(err)
	}
	gz, how := Gzip9Size(wasmPath, b)
	t.Logf("app.wasm: %d bytes raw, %d bytes gzipped by %s (budget %d; Go compress/gzip: %d)", len(b), gz, how, GzipBudget, GzipSize(b))
	if gz > GzipBudget {
		t.Errorf("app.wasm is %d bytes gzipped (%s), %d over the budget of %d (issue 7): `make size` shows what each package adds",
			gz, how, gz-GzipBudget, GzipBudget)
	}
}

func TestGzipSize(t *testing.T) {
	tests := []struct {
		desc string
		in   []byte
		max  int
	}{
		{desc: "empty input is just the gzip frame", in: nil, max: 30},
		{desc: "repetitive input compresses", in: bytes64k(), max: 1000},
	}
	for _, tt := range tests {
		if got := GzipSize(tt.in); got <= 0 || got > tt.max {
			t.Errorf("%s: GzipSize = %d, want 1..%d", tt.desc, got, tt.max)
		}
	}
}

func TestGzip9Size(t *testing.T) {
	b := bytes64k()
	name := filepath.Join(t.TempDir(), "x")
	if err := os.WriteFile(name, b, 0o644); err != nil {
		t.Fatal(err)
	}
	n, how := Gzip9Size(name, b)
	if n <= 0 || n > 1000 || how == "" {
		t.Errorf("Gzip9Size = %d (%s), want 1..1000", n, how)
	}
}

func bytes64k() []byte {
	b := make([]byte, 64<<10)
	for i := range b {
		b[i] = byte('a' + i%7)
	}
	return b
}
