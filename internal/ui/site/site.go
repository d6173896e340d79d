// Package site builds Safi's static website and serves it: the native side
// of the browser app (`app build`, `app serve`, and the end-to-end tests'
// server). It is never compiled into app.wasm.
package site

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/andybalholm/brotli"
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/safi-app/safi/internal/ui"
)

// ErrNoWasm is returned by Build when the web directory holds no app.wasm.
var ErrNoWasm = errors.New("site: app.wasm not built (run make wasm)")

// CSP is the Content-Security-Policy of every page: only the site's own
// origin, plus WebAssembly compilation ('wasm-unsafe-eval'), which go-app's
// loader needs to instantiate app.wasm. go-app's generated page has no
// inline script and the app sets no style attribute, so no other exception
// is needed; data: and blob: images are allowed for the browser's own use.
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'"

// HeaderCSP is the policy app serve sends as a header: CSP plus
// frame-ancestors 'none', which no other site may frame the app under (a
// page framing it could overlay it and steer clicks). A <meta> policy
// cannot carry frame-ancestors (browsers ignore it there), so a static
// host that can set headers should send this one, or X-Frame-Options: DENY
// (docs/browser.md).
const HeaderCSP = CSP + "; frame-ancestors 'none'"

// Colours of the PWA.
const (
	ThemeColor      = "#0f5c4d"
	BackgroundColor = "#fbfaf7"
)

// Options configure Build.
type Options struct {
	Out     string // directory to write the site to
	Web     string // directory of the static assets, with app.wasm
	Version string // the build's version: a new version shows the update banner
	Base    string // path prefix when the site is not served at the root, e.g. "/safi" for GitHub Pages
	Brotli  int    // brotli quality 0–11 for app.wasm.br; 0 means the default (11); -1 skips it
}

// workerJS is the service worker's template (see its opening comment).
//
//go:embed app-worker.js
var workerJS string

// Wasm describes the built app.wasm.
type Wasm struct {
	Size   int64  // the uncompressed size: it drives the loading progress even when app.wasm travels compressed
	SHA256 string // hex: the service worker takes app.wasm from the HTTP cache only when it matches
}

// Handler returns the go-app handler describing the site.
func Handler(version, base string, wasm Wasm) *app.Handler {
	h := &app.Handler{
		Name:            "Safi — read a pasted page",
		ShortName:       "Safi",
		Title:           "Safi",
		Description:     "Paste a whole web page: Safi separates the article from the ticker and the boilerplate, and shows its figures, dates and statistics. Arabic, French, English. Works offline; nothing leaves the page.",
		Lang:            "en",
		Author:          "Safi",
		BackgroundColor: BackgroundColor,
		ThemeColor:      ThemeColor,
		LoadingLabel:    "Safi {progress}%",
		Icon: app.Icon{
			Default:  "/web/icon-192.png",
			Large:    "/web/icon-512.png",
			Maskable: "/web/icon-maskable.png",
			SVG:      "/web/icon.svg",
		},
		Styles:             []string{"/web/safi.css"},
		CacheableResources: []string{"/web/icon.svg", "/web/worker.js", "/web/early-worker.js"},
		Version:            version,
	}
	if wasm.Size > 0 {
		h.WasmContentLength = strconv.FormatInt(wasm.Size, 10)
	}
	prefix := ""
	if base = strings.Trim(base, "/"); base != "" {
		prefix = "/" + base
		h.Resources = app.PrefixedLocation(prefix)
	}
	h.ServiceWorkerTemplate = strings.NewReplacer(
		"{{.SafiWasmURL}}", prefix+"/web/app.wasm",
		"{{.SafiWasmSHA256}}", wasm.SHA256,
	).Replace(workerJS)
	// Start fetching app.wasm while the page is parsed, not only once
	// go-app's deferred app.js runs, later on a cold load: app.js's fetch
	// picks up the preloaded response.
	h.RawHeaders = append(h.RawHeaders, `<link rel="preload" href="`+prefix+`/web/app.wasm" as="fetch" type="application/wasm" crossorigin="anonymous">`)
	// Start the analysis worker while the page loads, where a service
	// worker serves app.wasm from its cache (see the script).
	h.RawHeaders = append(h.RawHeaders, `<script async src="`+prefix+`/web/early-worker.js"></script>`)
	return h
}

// Build writes the static site: go-app's generated pages, the assets of
// opt.Web (app.wasm included), and app.wasm precompressed beside it.
func Build(opt Options) error {
	if opt.Web == "" {
		opt.Web = "web"
	}
	wasm := filepath.Join(opt.Web, "app.wasm")
	raw, err := os.ReadFile(wasm)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrNoWasm, err)
	}
	sum := sha256.Sum256(raw)
	ui.Routes()
	ui.Version = opt.Version
	h := Handler(opt.Version, opt.Base, Wasm{Size: int64(len(raw)), SHA256: hex.EncodeToString(sum[:])})
	if err := os.MkdirAll(opt.Out, 0o755); err != nil {
		return err
	}
	if err := app.GenerateStaticWebsite(opt.Out, h); err != nil {
		return err
	}
	if err := injectCSP(opt.Out); err != nil {
		return err
	}
	if err := copyDir(opt.Web, filepath.Join(opt.Out, "web")); err != nil {
		return err
	}
	// GitHub Pages: serve files as they are (no Jekyll).
	if err := os.WriteFile(filepath.Join(opt.Out, ".nojekyll"), nil, 0o644); err != nil {
		return err
	}
	return precompress(filepath.Join(opt.Out, "web", "app.wasm"), opt.Brotli)
}

// injectCSP puts the Content-Security-Policy meta tag first in the head of
// every generated page, before any script or style it governs.
func injectCSP(dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	meta := `<meta http-equiv="Content-Security-Policy" content="` + CSP + `">`
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".html") {
			continue
		}
		name := filepath.Join(dir, e.Name())
		b, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		i := bytes.Index(b, []byte("<head>"))
		if i < 0 || bytes.Contains(b, []byte("Content-Security-Policy")) {
			continue
		}
		i += len("<head>")
		out := append(append(append([]byte{}, b[:i]...), meta...), b[i:]...)
		if err := os.WriteFile(name, out, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// copyDir copies the regular files of src into dst, leaving out
// precompressed files (Build makes fresh ones).
func copyDir(src, dst string) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if strings.HasSuffix(p, ".gz") || strings.HasSuffix(p, ".br") || !d.Type().IsRegular() {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, b, 0o644)
	})
}

// precompress writes name.gz (gzip -9) and name.br beside name.
func precompress(name string, brotliQuality int) error {
	b, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	var gz bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	zw.Write(b)
	if err := zw.Close(); err != nil {
		return err
	}
	if err := os.WriteFile(name+".gz", gz.Bytes(), 0o644); err != nil {
		return err
	}
	if brotliQuality < 0 {
		os.Remove(name + ".br")
		return nil
	}
	if brotliQuality == 0 {
		// What the budget of issue 7 counts (brotli -q 11 -w 24): much
		// smaller than quality 9, for a much longer build
		// (docs/measuring.md); make test builds with a low quality.
		brotliQuality = 11
	}
	var br bytes.Buffer
	bw := brotli.NewWriterOptions(&br, brotli.WriterOptions{Quality: brotliQuality, LGWin: 24})
	bw.Write(b)
	if err := bw.Close(); err != nil {
		return err
	}
	return os.WriteFile(name+".br", br.Bytes(), 0o644)
}

// Server returns the handler that serves a built site from dir: static
// files, the Content-Security-Policy header, and app.wasm precompressed
// (brotli or gzip, as the browser accepts) when Build left the files.
func Server(dir string) http.Handler {
	files := http.FileServer(http.Dir(dir))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("Content-Security-Policy", HeaderCSP)
		hd.Set("X-Frame-Options", "DENY") // for browsers without frame-ancestors
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("Referrer-Policy", "no-referrer")
		hd.Set("Cache-Control", "no-cache")
		p := path.Clean("/" + r.URL.Path)
		switch {
		case strings.HasSuffix(p, ".wasm"):
			if serveCompressed(w, r, dir, p) {
				return
			}
			hd.Set("Content-Type", "application/wasm")
		case strings.HasSuffix(p, ".webmanifest"):
			hd.Set("Content-Type", "application/manifest+json")
		}
		files.ServeHTTP(w, r)
	})
}

// serveCompressed sends p's .br or .gz twin when the client accepts it.
func serveCompressed(w http.ResponseWriter, r *http.Request, dir, p string) bool {
	accept := r.Header.Get("Accept-Encoding")
	for _, enc := range []struct{ name, ext string }{{"br", ".br"}, {"gzip", ".gz"}} {
		if !acceptsEncoding(accept, enc.name) {
			continue
		}
		f, err := os.Open(filepath.Join(dir, filepath.FromSlash(p)+enc.ext))
		if err != nil {
			continue
		}
		defer f.Close()
		st, err := f.Stat()
		if err != nil || st.IsDir() {
			continue
		}
		hd := w.Header()
		hd.Set("Content-Type", "application/wasm")
		hd.Set("Content-Encoding", enc.name)
		hd.Add("Vary", "Accept-Encoding")
		if raw, err := os.Stat(filepath.Join(dir, filepath.FromSlash(p))); err == nil {
			hd.Set("X-Uncompressed-Content-Length", strconv.FormatInt(raw.Size(), 10))
		}
		// A validator, so that a request that must revalidate (the
		// analysis worker's, the service worker's) gets a 304, not the
		// whole file again. It names the encoding: each is its own
		// representation.
		hd.Set("ETag", fmt.Sprintf(`"%s-%x-%x"`, enc.name, st.ModTime().UnixNano(), st.Size()))
		http.ServeContent(w, r, "", st.ModTime(), f)
		return true
	}
	w.Header().Add("Vary", "Accept-Encoding")
	return false
}

// acceptsEncoding reports whether an Accept-Encoding header value accepts
// enc (with a non-zero quality).
func acceptsEncoding(header, enc string) bool {
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(name), enc) {
			continue
		}
		params = strings.ReplaceAll(params, " ", "")
		if q, ok := strings.CutPrefix(params, "q="); ok {
			if v, err := strconv.ParseFloat(q, 64); err == nil && v == 0 {
				return false
			}
		}
		return true
	}
	return false
}
