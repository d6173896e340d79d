// Package e2e drives the built static site (dist/) in headless Chromium with
// chromedp: one browser for the whole run, a tab per test, the site served
// by the project's own server code on 127.0.0.1.
package e2e

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"github.com/safi-app/safi/internal/devkit/testfiles"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/safi-app/safi/internal/ui/site"
)

var (
	// origin is the test server's origin, "http://127.0.0.1:PORT".
	origin string
	// browser is the context of the one browser all tests share.
	browser context.Context
	// down makes the server drop every connection, as if it were stopped.
	down atomic.Bool
	// served counts the requests the server answered.
	served atomic.Int64
	// files serves the site's directory; serveDir switches it.
	files atomic.Value
	// distDir is the built site the tests run against.
	distDir string
	// skipReason is set when the tests cannot run here (no Chromium, no
	// dist/); under CI that is a failure instead.
	skipReason string
)

func TestMain(m *testing.M) {
	os.Exit(run(m))
}

func run(m *testing.M) int {
	dist, _ := filepath.Abs("../dist")
	if d := os.Getenv("SAFI_DIST"); d != "" {
		dist = d // another build of the site, as make bench-browser compares them
	}
	chrome := findChromium()
	switch {
	case chrome == "":
		skipReason = "Chromium not found (apt-get install -y chromium, or set CHROMIUM)"
	case !exists(filepath.Join(dist, "index.html")) || !exists(filepath.Join(dist, "web", "app.wasm")):
		skipReason = "no built site in " + dist + " (run make dist)"
	}
	if skipReason != "" {
		if os.Getenv("CI") != "" {
			fmt.Fprintln(os.Stderr, "e2e: FAIL:", skipReason)
			return 1
		}
		return m.Run() // each test skips with the reason
	}

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		return 1
	}
	origin = "http://" + ln.Addr().String()
	distDir = dist
	serveDir(dist)
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if down.Load() {
			if hj, ok := w.(http.Hijacker); ok {
				if c, _, err := hj.Hijack(); err == nil {
					c.Close()
					return
				}
			}
			w.WriteHeader(http.StatusServiceUnavailable)
			return
		}
		served.Add(1)
		files.Load().(http.Handler).ServeHTTP(countingWriter(w, r), r)
	})}
	go srv.Serve(ln)
	defer srv.Close()

	profile, err := os.MkdirTemp("", "safi-e2e-chromium-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		return 1
	}
	defer os.RemoveAll(profile)
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chrome),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("no-default-browser-check", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("lang", "en-US"),
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(1280, 900),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	bctx, cancelBrowser := chromedp.NewContext(actx)
	defer cancelBrowser()
	if err := chromedp.Do(bctx); err != nil {
		fmt.Fprintln(os.Stderr, "e2e: starting Chromium:", err)
		if os.Getenv("CI") != "" {
			return 1
		}
		skipReason = "Chromium did not start: " + err.Error()
	}
	browser = bctx
	return m.Run()
}

// serveDir makes the server serve the site in dir.
func serveDir(dir string) { files.Store(site.Server(dir)) }

func findChromium() string {
	for _, c := range []string{os.Getenv("CHROMIUM"), "chromium", "chromium-browser", "google-chrome"} {
		if c == "" {
			continue
		}
		if p, err := exec.LookPath(c); err == nil {
			return p
		}
	}
	return ""
}

func exists(name string) bool {
	_, err := os.Stat(name)
	return err == nil
}

// tab is one browser tab of a test, recording what the page did.
type tab struct {
	ctx context.Context
	t   *testing.T

	mu         sync.Mutex
	requests   []string // every URL the page requested
	urls       map[network.RequestID]string
	wire       map[string]float64 // bytes on the wire per URL (CDP encodedDataLength), the page's own loads
	dialogs    []string           // every alert/confirm/prompt opened
	exceptions []string           // uncaught JavaScript exceptions
}

// needBrowser skips t when the tests cannot run here (see skipReason): a
// test that prepares a copy of the site before it opens a tab calls it
// first, since distDir is unset then.
func needBrowser(t *testing.T) {
	t.Helper()
	if skipReason != "" {
		t.Skip("e2e: " + skipReason)
	}
}

// newTab opens a tab. When the test ends it checks that every request went
// to the site's own origin (issue 4, test 4) and closes the tab.
func newTab(t *testing.T) *tab {
	t.Helper()
	return newTabFor(t, 90*time.Second)
}

// newTabFor is newTab for a test that may take up to timeout.
func newTabFor(t *testing.T, timeout time.Duration) *tab {
	t.Helper()
	needBrowser(t)
	// A browser context of its own: fresh storage, cache and service worker.
	ctx, cancel := chromedp.NewContext(browser, chromedp.WithNewBrowserContext())
	ctx, cancelTimeout := context.WithTimeout(ctx, timeout)
	tb := &tab{ctx: ctx, t: t, urls: map[network.RequestID]string{}, wire: map[string]float64{}}
	err := chromedp.Listen(ctx, func(ev any) {
		tb.mu.Lock()
		defer tb.mu.Unlock()
		switch ev := ev.(type) {
		case *network.EventRequestWillBeSent:
			tb.requests = append(tb.requests, ev.Request.URL)
			tb.urls[ev.RequestID] = ev.Request.URL
		case *network.EventLoadingFinished:
			tb.wire[tb.urls[ev.RequestID]] += ev.EncodedDataLength
		case *page.EventJavascriptDialogOpening:
			tb.dialogs = append(tb.dialogs, ev.Message)
			go chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		case *runtime.EventExceptionThrown:
			tb.exceptions = append(tb.exceptions, ev.ExceptionDetails.Text)
		}
	})
	if err == nil {
		_, err = chromedp.Call(ctx, network.Enable, network.EnableParams{})
	}
	if err == nil {
		_, err = chromedp.Call(ctx, page.Enable, page.EnableParams{})
	}
	if err == nil {
		_, err = chromedp.Call(ctx, runtime.Enable, cdp.Empty{})
	}
	if err == nil {
		// Record Content-Security-Policy violations: the app must need no
		// exception beyond the ones the policy documents.
		_, err = chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
			Source: `window.__csp = []; document.addEventListener("securitypolicyviolation", e => window.__csp.push(e.violatedDirective + " " + e.blockedURI));`,
		})
	}
	if err != nil {
		cancel()
		t.Fatalf("opening a tab: %v", err)
	}
	t.Cleanup(func() {
		var csp []string
		if v, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`window.__csp || []`)); err == nil {
			csp = v
		}
		if len(csp) > 0 {
			t.Errorf("Content-Security-Policy violations: %q", csp)
		}
		tb.mu.Lock()
		reqs := append([]string(nil), tb.requests...)
		exceptions := append([]string(nil), tb.exceptions...)
		tb.mu.Unlock()
		for _, e := range exceptions {
			t.Errorf("uncaught JavaScript exception: %s", e)
		}
		for _, u := range reqs {
			if !sameOrigin(u) {
				t.Errorf("request to another origin: %s", u)
			}
		}
		cancelTimeout()
		cancel()
	})
	return tb
}

// sameOrigin reports whether u is on the test site or is a local URL
// (data:, blob: of the site, about:).
func sameOrigin(u string) bool {
	switch {
	case u == origin || strings.HasPrefix(u, origin+"/"):
		return true
	case strings.HasPrefix(u, "data:"), strings.HasPrefix(u, "about:"),
		strings.HasPrefix(u, "blob:"+origin+"/"):
		return true
	}
	return false
}

// run runs chromedp actions, failing the test on error.
func (tb *tab) run(actions ...chromedp.Action[chromedp.Void]) {
	tb.t.Helper()
	if err := chromedp.Do(tb.ctx, actions...); err != nil {
		tb.t.Fatalf("chromedp: %v", err)
	}
}

// evalAs evaluates a JavaScript expression, awaiting a promise, into a T.
func evalAs[T any](tb *tab, expr string) T {
	tb.t.Helper()
	v, err := chromedp.Run(tb.ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		tb.t.Fatalf("evaluating %s: %v", shortJS(expr), err)
	}
	return v
}

// eval evaluates a JavaScript expression, awaiting a promise, into out
// (a pointer to a bool, int, string or a JSON-decodable value).
func (tb *tab) eval(expr string, out any) {
	tb.t.Helper()
	raw := evalAs[[]byte](tb, expr)
	if len(raw) == 0 {
		raw = []byte("null")
	}
	if err := json.Unmarshal(raw, out); err != nil {
		tb.t.Fatalf("decoding the result of %s: %v", shortJS(expr), err)
	}
}

func shortJS(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 80 {
		s = s[:80] + "…"
	}
	return s
}

// waitJS polls a JavaScript condition until it is true.
func (tb *tab) waitJS(cond string, timeout time.Duration) {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, timeout)
	defer cancel()
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](cond, chromedp.WithPollingInterval(50*time.Millisecond), chromedp.WithPollingTimeout(timeout))); err != nil {
		tb.t.Fatalf("waiting for %s: %v", cond, err)
	}
}

// eventually waits up to timeout for the JavaScript condition cond and
// reports whether it held: for a check that reads the page after a change
// the app renders in its own time (a language switched, a list refreshed),
// so that the check then reports what the page shows rather than a
// timeout.
func (tb *tab) eventually(cond string, timeout time.Duration) bool {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, timeout)
	defer cancel()
	_, err := chromedp.Run(ctx, chromedp.Poll[bool](cond, chromedp.WithPollingInterval(50*time.Millisecond), chromedp.WithPollingTimeout(timeout)))
	return err == nil
}

// open loads the site and waits until the app runs (go-app removes its
// loader once app.wasm is running and the page is mounted).
func (tb *tab) open() {
	tb.t.Helper()
	tb.run(chromedp.Navigate(origin + "/"))
	tb.waitReady()
}

func (tb *tab) waitReady() {
	tb.t.Helper()
	tb.waitJS(`document.getElementById("app-wasm-loader") === null && document.documentElement.hasAttribute("dir")`, 60*time.Second)
}

// js quotes s as a JavaScript string literal.
func js(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// beforeLoad has script run in every document the tab loads from now on,
// before the page's own scripts: stubs and overrides for a test.
func (tb *tab) beforeLoad(script string) {
	tb.t.Helper()
	if _, err := chromedp.Call(tb.ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: script}); err != nil {
		tb.t.Fatal(err)
	}
}

// pasteSeed pastes the seed page over the textarea's text, waits for its
// report and returns it.
func (tb *tab) pasteSeed() string {
	tb.t.Helper()
	seed := readSeed(tb.t)
	n0 := tb.analyses()
	tb.paste(seed, "")
	tb.waitAnalysed(n0)
	return seed
}

// paste selects the textarea's whole text and pastes over it (see
// pasteHere).
func (tb *tab) paste(text, html string) {
	tb.t.Helper()
	tb.eval(`(() => { const ta = document.getElementById("input"); ta.focus(); ta.select(); return true; })()`, new(bool))
	tb.pasteHere(text, html)
}

// pasteHere dispatches a real paste event on the textarea at its
// selection, the clipboard carrying text/plain and, when html is not
// empty, text/html.
func (tb *tab) pasteHere(text, html string) {
	tb.t.Helper()
	var prevented bool
	tb.eval(fmt.Sprintf(`(() => {
		const ta = document.getElementById("input");
		const dt = new DataTransfer();
		dt.setData("text/plain", %s);
		if (%s !== "") dt.setData("text/html", %s);
		const ev = new ClipboardEvent("paste", {clipboardData: dt, bubbles: true, cancelable: true});
		ta.dispatchEvent(ev);
		return ev.defaultPrevented;
	})()`, js(text), js(html), js(html)), &prevented)
	if !prevented {
		tb.t.Fatalf("the app did not handle the paste event")
	}
}

// openFile writes data to a file called name and opens it with the
// page's "Open file" input.
func (tb *tab) openFile(name string, data []byte) {
	tb.t.Helper()
	path := filepath.Join(tb.t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		tb.t.Fatal(err)
	}
	tb.run(chromedp.SetUploadFiles(chromedp.CSS("#file"), []string{path}))
}

// typeText sets the textarea's value and fires an input event, as typing
// does.
func (tb *tab) typeText(text string) {
	tb.t.Helper()
	tb.eval(fmt.Sprintf(`(() => {
		const ta = document.getElementById("input");
		ta.value = %s;
		ta.dispatchEvent(new Event("input", {bubbles: true}));
		return true;
	})()`, js(text)), new(bool))
}

// analyses returns how many analyses the page has completed.
func (tb *tab) analyses() int {
	tb.t.Helper()
	var n int
	tb.eval(`Number(document.getElementById("status").dataset.analyses || 0)`, &n)
	return n
}

// waitAnalysed waits until the page has completed more than n analyses
// and shows a report, all its sections drawn.
func (tb *tab) waitAnalysed(n int) {
	tb.t.Helper()
	tb.waitJS(fmt.Sprintf(`Number(document.getElementById("status").dataset.analyses || 0) > %d && document.getElementById("results") !== null && document.getElementById("results").dataset.complete === "true"`, n), 30*time.Second)
}

// text returns the text content of the first element matching sel.
func (tb *tab) text(sel string) string {
	tb.t.Helper()
	var s string
	tb.eval(fmt.Sprintf(`(() => { const e = document.querySelector(%s); return e ? e.textContent : "<missing>"; })()`, js(sel)), &s)
	return s
}

// readSeed returns testdata/seed.txt.
func readSeed(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(testfiles.SeedPath())
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// firstLine returns the first line of s.
func firstLine(s string) string {
	sc := bufio.NewScanner(strings.NewReader(s))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	if sc.Scan() {
		return sc.Text()
	}
	return ""
}
