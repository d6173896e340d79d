// Package sizecheck holds the download budget of app.wasm (issue 7) and the
// test that guards it: a phone on a slow line has to fetch the whole file
// before the app starts.
package sizecheck

import (
	"bytes"
	"compress/gzip"
	"os/exec"
)

// Budgets of app.wasm, in bytes (decimal megabytes, as issue 7 counts them).
const (
	// GzipBudget is the most app.wasm may weigh gzipped at level 9.
	GzipBudget = 2_500_000
	// BrotliBudget is the most app.wasm may weigh brotli-compressed.
	BrotliBudget = 1_900_000
)

// GzipSize returns the length of b gzipped with compress/gzip at
// BestCompression (level 9): the encoder a Go server precompresses with. It
// runs a little larger than GNU gzip -9 on app.wasm (docs/measuring.md).
func GzipSize(b []byte) int {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zw.Write(b)
	zw.Close()
	return buf.Len()
}

// Gzip9Size returns the length of the file name compressed by GNU gzip -9,
// the measure issue 7's figures use (its bare go-app page's "1.88 MB gzip"
// is gzip -9's figure, not compress/gzip's). how names the measure taken:
// without a gzip program on the PATH it falls back to GzipSize, which is
// stricter.
func Gzip9Size(name string, b []byte) (n int, how string) {
	if exe, err := exec.LookPath("gzip"); err == nil {
		if out, err := exec.Command(exe, "-9", "-c", name).Output(); err == nil {
			return len(out), "GNU gzip -9"
		}
	}
	return GzipSize(b), "Go compress/gzip level 9 (no gzip program found)"
}
