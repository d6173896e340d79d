//go:build benchbrowser

package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/safi-app/safi/internal/benchdata"
)

// Goals of issue 7 ("In the browser"), in milliseconds.
const (
	goalColdMS    = 1500
	goalOfflineMS = 1000
	goalSeedMS    = 20
	goal1MBMS     = 250
	goalBlockMS   = 100
)

// probe is installed in every document before its scripts run: it records
// when the app becomes interactive (go-app has removed its loader and the
// page has set its direction) and every long task (a main-thread block of
// 50 ms or more) with its duration.
const probe = `(() => {
	window.__safi = {ready: 0, long: []};
	const ready = () => document.getElementById("app-wasm-loader") === null && document.documentElement.hasAttribute("dir");
	new MutationObserver((_, obs) => {
		if (!window.__safi.ready && document.body && ready()) {
			window.__safi.ready = performance.now();
			obs.disconnect();
		}
	}).observe(document, {subtree: true, childList: true, attributes: true});
	try {
		new PerformanceObserver(list => {
			for (const e of list.getEntries()) window.__safi.long.push(e.duration);
		}).observe({type: "longtask"});
	} catch (e) {}
})()`

// TestBenchBrowser prints the browser figures of issue 7: cold load and
// offline reload to interactive, analysis of the seed and of a 1 MB paste,
// and the longest main-thread block while typing into a 1 MB text. It only
// runs with -tags benchbrowser (make bench-browser) and fails only when the
// page does not work, never on a figure.
func TestBenchBrowser(t *testing.T) {
	tb := newTab(t)
	if _, err := chromedp.Call(tb.ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: probe}); err != nil {
		t.Fatal(err)
	}
	var rows []string
	row := func(what string, ms, goal float64, note string) {
		verdict := "ok"
		if ms > goal {
			verdict = "MISSES"
		}
		rows = append(rows, fmt.Sprintf("  %-44s %9.1f ms   goal < %5.0f ms  %-6s %s", what, ms, goal, verdict, note))
	}

	// Cold load: a fresh browser context, nothing cached.
	tb.run(chromedp.Navigate(origin + "/"))
	tb.waitJS(`window.__safi && window.__safi.ready > 0`, 60*time.Second)
	row("cold load to interactive", tb.num(`window.__safi.ready`), goalColdMS, "(navigation start to app mounted)")

	// Offline reload: the service worker serves everything.
	tb.waitJS(`navigator.serviceWorker.controller !== null`, 30*time.Second)
	n := served.Load()
	down.Store(true)
	tb.run(chromedp.Reload())
	tb.waitJS(`window.__safi && window.__safi.ready > 0`, 60*time.Second)
	down.Store(false)
	note := "(server down)"
	if served.Load() != n {
		note = fmt.Sprintf("(server down, yet %d requests answered before it went down)", served.Load()-n)
	}
	row("offline reload to interactive", tb.num(`window.__safi.ready`), goalOfflineMS, note)

	// Analyses: from the paste event to the report shown, and the engine's
	// own time as the status line gives it.
	for _, in := range []struct {
		name string
		text string
		goal float64
	}{
		{"seed", readSeed(t), goalSeedMS},
		{"1 MB paste", string(benchdata.Paste(1_000_000, 1)), goal1MBMS},
	} {
		total, engine := tb.timedPaste(in.text)
		row("analysis of the "+in.name+" (engine)", engine, in.goal, "(Prepare + measure, as the status line says)")
		row("analysis of the "+in.name+" (paste to report shown)", total, in.goal, "(includes the app's 25 ms of deliberate pauses and rendering)")
	}

	// Typing into the 1 MB text now in the textarea: key presses at the
	// end, then the debounced analysis they trigger.
	n0 := tb.analyses()
	tb.eval(`(() => { window.__safi.long = []; const ta = document.getElementById("input");
		ta.focus(); ta.setSelectionRange(ta.value.length, ta.value.length); return true; })()`, new(bool))
	tb.run(chromedp.SendKeys(chromedp.ID("input"), " more words typed here"))
	tb.waitAnalysed(n0)
	time.Sleep(300 * time.Millisecond) // let the last long task be reported
	var long []float64
	tb.eval(`window.__safi.long`, &long)
	maxBlock := 0.0
	for _, d := range long {
		maxBlock = max(maxBlock, d)
	}
	row("longest main-thread block while typing (1 MB)", maxBlock, goalBlockMS,
		fmt.Sprintf("(%d long tasks ≥ 50 ms, typing and the analysis after it)", len(long)))

	fmt.Printf("\nbrowser figures (headless Chromium, site from dist/ on %s)\n%s\n", origin, strings.Join(rows, "\n"))
}

// num evaluates a JavaScript expression to a number.
func (tb *tab) num(expr string) float64 {
	tb.t.Helper()
	var f float64
	tb.eval(expr, &f)
	return f
}

// timedPaste pastes text, waits for the report, and returns the time from
// the paste event to the report on screen and the engine's time from the
// status line, in milliseconds.
func (tb *tab) timedPaste(text string) (total, engine float64) {
	tb.t.Helper()
	n0 := tb.analyses()
	tb.eval(fmt.Sprintf(`(() => {
		window.__safi.t0 = performance.now();
		window.__safi.t1 = 0;
		const st = document.getElementById("status");
		new MutationObserver((_, obs) => {
			const s = document.getElementById("status");
			if (s && Number(s.dataset.analyses || 0) > %d && document.getElementById("results")) {
				window.__safi.t1 = performance.now();
				obs.disconnect();
			}
		}).observe(document.body, {subtree: true, childList: true, attributes: true});
		return true;
	})()`, n0), new(bool))
	tb.paste(text, "")
	tb.waitAnalysed(n0)
	tb.waitJS(`window.__safi.t1 > 0`, 10*time.Second)
	total = tb.num(`window.__safi.t1 - window.__safi.t0`)
	status := tb.text("#status")
	// "Analysed in 12.3 ms." (English) — the number before " ms".
	if i := strings.Index(status, " ms"); i > 0 {
		f := strings.Fields(strings.ReplaceAll(status[:i], ",", ""))
		if len(f) > 0 {
			fmt.Sscan(f[len(f)-1], &engine)
		}
	}
	if engine == 0 {
		tb.t.Logf("no engine time in the status line %q", status)
	}
	return total, engine
}
