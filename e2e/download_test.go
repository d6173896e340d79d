package e2e

import (
	"crypto/sha256"
	"encoding/hex"
	"github.com/chromedp/chromedp"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestSingleDownload (issue 19, point 3): a first visit downloads app.wasm
// once. The page loads it, the service worker caches that response instead
// of fetching it again, and the analysis worker gets it from the service
// worker, all counted in bytes on the wire: the body bytes the server sent
// for /web/app.wasm, and the page's own encodedDataLength (CDP). The second
// run sends app.wasm slowly (about 1 MB/s, as a phone line does), so that
// the service worker installs while the page is still downloading it.
func TestSingleDownload(t *testing.T) {
	needBrowser(t)
	br, err := os.Stat(filepath.Join(distDir, "web", "app.wasm.br"))
	if err != nil {
		t.Skip("no app.wasm.br in dist/")
	}
	for _, slow := range []bool{false, true} {
		name := "fast"
		if slow {
			name = "slow line"
		}
		t.Run(name, func(t *testing.T) {
			if slow {
				slowSuffix.Store("/app.wasm")
				slowRate.Store(1 << 20)
				defer slowSuffix.Store("")
			}
			resetSent()
			tb := newTab(t)
			tb.open()
			// Offline-ready: the service worker controls the page and its
			// cache holds app.wasm.
			tb.waitJS(`navigator.serviceWorker.controller !== null`, 60*time.Second)
			tb.waitJS(`(async () => !!(await caches.match(new URL("web/app.wasm", document.baseURI).href)))()`, 60*time.Second)
			// The analysis worker starts and loads app.wasm too.
			tb.pasteSeed()
			if got := evalAs[string](tb, `document.getElementById("status").dataset.engine`); got != "worker" {
				t.Errorf("the analysis ran in %q, want the worker", got)
			}
			got := sent("/web/app.wasm")
			tb.mu.Lock()
			page := tb.wire[origin+"/web/app.wasm"]
			tb.mu.Unlock()
			t.Logf("app.wasm: %d bytes sent by the server (app.wasm.br is %d); the page's own load %.0f bytes on the wire (CDP)", got, br.Size(), page)
			if got > br.Size()+br.Size()/20 {
				t.Errorf("the server sent %d bytes of app.wasm on a first visit, want one download (%d bytes)", got, br.Size())
			}
			if got < br.Size() {
				t.Errorf("the server sent %d bytes of app.wasm, fewer than app.wasm.br (%d): was it compressed?", got, br.Size())
			}
		})
	}
}

// TestUpdateCachesNewWasm: when a new version is published, its service
// worker must not take the old app.wasm from the HTTP cache (where the
// first visit left it) but fetch the new one: it checks the SHA-256.
func TestUpdateCachesNewWasm(t *testing.T) {
	tb := newTab(t)
	tb.open()
	tb.waitJS(`navigator.serviceWorker.controller !== null`, 30*time.Second)

	// The next version: app.wasm with a custom section appended (still a
	// valid module), served uncompressed, and a service worker of another
	// version carrying its SHA-256.
	next := t.TempDir()
	if err := os.CopyFS(next, os.DirFS(distDir)); err != nil {
		t.Fatal(err)
	}
	wasmPath := filepath.Join(next, "web", "app.wasm")
	old, err := os.ReadFile(wasmPath)
	if err != nil {
		t.Fatal(err)
	}
	name := "safi-next"
	section := append([]byte{0, byte(1 + len(name)), byte(len(name))}, name...)
	wasm := append(append([]byte{}, old...), section...)
	os.WriteFile(wasmPath, wasm, 0o644)
	os.Remove(wasmPath + ".br")
	os.Remove(wasmPath + ".gz")
	oldSum, newSum := sha256.Sum256(old), sha256.Sum256(wasm)
	worker := filepath.Join(next, "app-worker.js")
	b, err := os.ReadFile(worker)
	if err != nil {
		t.Fatal(err)
	}
	js := strings.Replace(string(b), `const cacheName = "app-" + "`, `const cacheName = "app-" + "next-`, 1)
	if !strings.Contains(js, hex.EncodeToString(oldSum[:])) {
		t.Fatalf("app-worker.js does not carry app.wasm's SHA-256")
	}
	js = strings.Replace(js, hex.EncodeToString(oldSum[:]), hex.EncodeToString(newSum[:]), 1)
	if err := os.WriteFile(worker, []byte(js), 0o644); err != nil {
		t.Fatal(err)
	}
	serveDir(next)
	defer serveDir(distDir)

	tb.eval(`goappTryUpdate(), true`, new(bool))
	tb.waitJS(`document.querySelector(".banner") !== null`, 60*time.Second)
	var n int
	tb.eval(`(async () => {
		const key = (await caches.keys()).find(k => k.startsWith("app-next-"));
		const res = key && await (await caches.open(key)).match(new URL("web/app.wasm", document.baseURI).href);
		return res ? (await res.arrayBuffer()).byteLength : -1;
	})()`, &n)
	if n != len(wasm) {
		t.Errorf("the new service worker cached an app.wasm of %d bytes, want the new one's %d (the old one has %d)", n, len(wasm), len(old))
	}
}

// TestNoFraming (issue 19, point 8): app serve forbids framing
// (frame-ancestors 'none', X-Frame-Options: DENY), so that no site can
// overlay the app: an iframe of the app, even on its own origin, stays
// empty, while the app itself runs.
func TestNoFraming(t *testing.T) {
	tb := newTab(t)
	tb.open()
	tb.eval(`(() => { const f = document.createElement("iframe"); f.id = "framed"; f.src = "./?framed"; document.body.append(f); return true; })()`, new(bool))
	tb.run(chromedp.Sleep(2 * time.Second))
	var loaded bool
	tb.eval(`(() => { try { const d = document.getElementById("framed").contentDocument; return !!(d && d.getElementById("app-wasm-loader") || d && d.documentElement.hasAttribute("dir")); } catch (e) { return false; } })()`, &loaded)
	if loaded {
		t.Errorf("the app loaded inside an iframe")
	}
}
