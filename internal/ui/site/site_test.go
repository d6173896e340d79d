package site

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"github.com/safi-app/safi/internal/devkit/testfiles"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
)

func TestAcceptsEncoding(t *testing.T) {
	tests := []struct {
		desc, header, enc string
		want              bool
	}{
		{"empty", "", "gzip", false},
		{"listed", "gzip, deflate, br", "br", true},
		{"case", "GZIP", "gzip", true},
		{"quality zero refuses", "br;q=0, gzip", "br", false},
		{"quality with space", "gzip; q=0.5", "gzip", true},
		{"prefix is not a match", "gzipx", "gzip", false},
	}
	for _, tc := range tests {
		if got := acceptsEncoding(tc.header, tc.enc); got != tc.want {
			t.Errorf("%s: acceptsEncoding(%q, %q) = %v, want %v", tc.desc, tc.header, tc.enc, got, tc.want)
		}
	}
}

// buildSite builds the site in a temporary directory from a fake app.wasm.
func buildSite(t *testing.T, wasm []byte, base string) string {
	t.Helper()
	web := t.TempDir()
	for _, name := range []string{"icon.svg", "icon-192.png", "icon-512.png", "icon-maskable.png", "safi.css"} {
		b, err := os.ReadFile(testfiles.Path("web", name))
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(web, name), b, 0o644)
	}
	if wasm != nil {
		os.WriteFile(filepath.Join(web, "app.wasm"), wasm, 0o644)
	}
	out := t.TempDir()
	if err := Build(Options{Out: out, Web: web, Version: "test-1", Base: base, Brotli: 5}); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestBuildNeedsWasm(t *testing.T) {
	err := Build(Options{Out: t.TempDir(), Web: t.TempDir()})
	if !errors.Is(err, ErrNoWasm) {
		t.Errorf("Build without app.wasm: %v, want ErrNoWasm", err)
	}
}

// TestBuild checks the generated site: the CSP comes first, no inline
// script, nothing from another origin, every icon of the manifest exists,
// and app.wasm has its compressed twins.
func TestBuild(t *testing.T) {
	wasm := bytes.Repeat([]byte("\x00asm fake module "), 4096)
	out := buildSite(t, wasm, "")
	index, err := os.ReadFile(filepath.Join(out, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	page := string(index)
	head := page[strings.Index(page, "<head>")+len("<head>"):]
	if !strings.HasPrefix(strings.TrimSpace(head), `<meta http-equiv="Content-Security-Policy"`) {
		t.Errorf("the CSP meta tag is not first in <head>")
	}
	if m := regexp.MustCompile(`<script(?:\s[^>]*)?>`).FindAllString(page, -1); len(m) != 3 || !strings.Contains(m[2], `src="/web/early-worker.js"`) {
		t.Errorf("scripts %q, want go-app's two and the early worker's", m)
	}
	for _, s := range regexp.MustCompile(`<script[^>]*>`).FindAllString(page, -1) {
		if !strings.Contains(s, `src="/`) {
			t.Errorf("inline or foreign script: %s", s)
		}
	}
	if regexp.MustCompile(`(src|href)="(https?:)?//`).MatchString(page) {
		t.Errorf("the page loads something from another origin")
	}
	if strings.Contains(page, "frame-ancestors") {
		t.Errorf("the CSP meta tag carries frame-ancestors, which browsers ignore there (with a console error)")
	}
	if strings.Contains(page, `style="`) {
		t.Errorf("the page has a style attribute, which the CSP refuses")
	}

	var manifest struct {
		ShortName  string `json:"short_name"`
		ThemeColor string `json:"theme_color"`
		Icons      []struct{ Src, Purpose string }
	}
	b, _ := os.ReadFile(filepath.Join(out, "manifest.webmanifest"))
	if err := json.Unmarshal(b, &manifest); err != nil {
		t.Fatal(err)
	}
	if manifest.ShortName != "Safi" || manifest.ThemeColor != ThemeColor || len(manifest.Icons) != 4 {
		t.Errorf("manifest: %s", b)
	}
	maskable := false
	for _, ic := range manifest.Icons {
		if _, err := os.Stat(filepath.Join(out, filepath.FromSlash(ic.Src))); err != nil {
			t.Errorf("manifest icon %s: %v", ic.Src, err)
		}
		maskable = maskable || ic.Purpose == "maskable"
	}
	if !maskable {
		t.Errorf("no maskable icon in the manifest")
	}

	appJS, _ := os.ReadFile(filepath.Join(out, "app.js"))
	if !strings.Contains(string(appJS), `goappWasmContentLength = "69632"`) {
		t.Errorf("app.js does not carry the uncompressed app.wasm length for the progress")
	}
	worker, _ := os.ReadFile(filepath.Join(out, "app-worker.js"))
	if !strings.Contains(string(worker), `"app-" + "test-1"`) || !strings.Contains(string(worker), "/web/app.wasm") {
		t.Errorf("the service worker lacks the version or app.wasm")
	}
	sum := sha256.Sum256(wasm)
	if !strings.Contains(string(worker), `wasmSHA256 = "`+hex.EncodeToString(sum[:])+`"`) || strings.Contains(string(worker), "{{") {
		t.Errorf("the service worker lacks app.wasm's SHA-256, or keeps a placeholder")
	}

	gz, _ := os.ReadFile(filepath.Join(out, "web", "app.wasm.gz"))
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := io.ReadAll(zr); !bytes.Equal(got, wasm) {
		t.Errorf("app.wasm.gz does not decompress to app.wasm")
	}
	br, _ := os.ReadFile(filepath.Join(out, "web", "app.wasm.br"))
	if got, _ := io.ReadAll(brotli.NewReader(bytes.NewReader(br))); !bytes.Equal(got, wasm) {
		t.Errorf("app.wasm.br does not decompress to app.wasm")
	}
}

func TestBuildBase(t *testing.T) {
	out := buildSite(t, []byte("wasm"), "/safi")
	index, _ := os.ReadFile(filepath.Join(out, "index.html"))
	for _, want := range []string{`src="/safi/app.js"`, `href="/safi/web/safi.css"`, `href="/safi/manifest.webmanifest"`, `<link rel="preload" href="/safi/web/app.wasm" as="fetch"`} {
		if !strings.Contains(string(index), want) {
			t.Errorf("index.html lacks %s", want)
		}
	}
}

// TestServer checks app.wasm's encodings and headers.
func TestServer(t *testing.T) {
	wasm := bytes.Repeat([]byte("module "), 5000)
	srv := httptest.NewServer(Server(buildSite(t, wasm, "")))
	defer srv.Close()
	tests := []struct {
		desc, path, accept string
		wantEncoding       string
		wantType           string
	}{
		{"brotli preferred", "/web/app.wasm", "gzip, deflate, br", "br", "application/wasm"},
		{"gzip", "/web/app.wasm", "gzip", "gzip", "application/wasm"},
		{"identity", "/web/app.wasm", "identity", "", "application/wasm"},
		{"manifest", "/manifest.webmanifest", "gzip", "", "application/manifest+json"},
		{"page", "/", "gzip", "", "text/html; charset=utf-8"},
	}
	for _, tc := range tests {
		req, _ := http.NewRequest("GET", srv.URL+tc.path, nil)
		req.Header.Set("Accept-Encoding", tc.accept)
		res, err := http.DefaultTransport.RoundTrip(req) // no transparent decompression
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		h := res.Header
		if res.StatusCode != 200 || h.Get("Content-Encoding") != tc.wantEncoding || h.Get("Content-Type") != tc.wantType {
			t.Errorf("%s: status %d, encoding %q, type %q; want %q, %q", tc.desc, res.StatusCode, h.Get("Content-Encoding"), h.Get("Content-Type"), tc.wantEncoding, tc.wantType)
		}
		if h.Get("Content-Security-Policy") != HeaderCSP || !strings.Contains(HeaderCSP, "frame-ancestors 'none'") || h.Get("X-Frame-Options") != "DENY" {
			t.Errorf("%s: no CSP header with frame-ancestors 'none', or no X-Frame-Options: DENY", tc.desc)
		}
		if tc.path == "/web/app.wasm" {
			if !strings.Contains(h.Get("Vary"), "Accept-Encoding") {
				t.Errorf("%s: no Vary: Accept-Encoding", tc.desc)
			}
			// Revalidation costs headers only.
			if etag := h.Get("ETag"); etag == "" && tc.wantEncoding != "" {
				t.Errorf("%s: no ETag", tc.desc)
			} else if etag != "" {
				req.Header.Set("If-None-Match", etag)
				res2, err := http.DefaultTransport.RoundTrip(req)
				if err != nil {
					t.Fatal(err)
				}
				res2.Body.Close()
				if res2.StatusCode != http.StatusNotModified {
					t.Errorf("%s: If-None-Match %s: status %d, want 304", tc.desc, etag, res2.StatusCode)
				}
			}
			var raw []byte
			switch tc.wantEncoding {
			case "br":
				raw, _ = io.ReadAll(brotli.NewReader(bytes.NewReader(body)))
			case "gzip":
				zr, _ := gzip.NewReader(bytes.NewReader(body))
				raw, _ = io.ReadAll(zr)
			default:
				raw = body
			}
			if !bytes.Equal(raw, wasm) {
				t.Errorf("%s: the body is not app.wasm", tc.desc)
			}
		}
	}
}
