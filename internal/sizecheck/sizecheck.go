// Package sizecheck holds the download budget of app.wasm (issue 7) and the
// test that guards it: a phone on a slow line has to fetch the whole file
// before the app starts.
package sizecheck

import (
	"bytes"
	"compress/gzip"
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
// runs a few tens of kilobytes larger than GNU gzip -9 on app.wasm.
func GzipSize(b []byte) int {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zw.Write(b)
	zw.Close()
	return buf.Len()
}
