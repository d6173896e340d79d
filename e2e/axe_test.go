package e2e

import (
	_ "embed"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// axeJS is axe-core (MPL-2.0, see testdata/README.md), vendored so that the
// test runs offline and never skips.
//
//go:embed testdata/axe.min.js
var axeJS string

// axeRun runs axe-core on the whole document and returns its violations of
// serious or critical impact, one line each: rule, impact, help, and the
// first few elements.
const axeRun = `(async () => {
	const res = await axe.run(document, {resultTypes: ["violations"]});
	return res.violations
		.filter(v => v.impact === "serious" || v.impact === "critical")
		.map(v => v.id + " (" + v.impact + "): " + v.help + " — " + v.nodes.length + " element(s): " +
			v.nodes.slice(0, 4).map(n => n.target.join(" ") + (n.failureSummary ? " [" + n.failureSummary.replace(/\s+/g, " ").slice(0, 160) + "]" : "")).join("; "));
})()`

// TestAccessibility (issue 19, point 7) runs axe-core on the app with the
// example page analysed and every list open, in light and dark mode, in
// English and Arabic, and fails on every serious or critical finding.
func TestAccessibility(t *testing.T) {
	for _, scheme := range []string{"light", "dark"} {
		for _, lang := range []string{"en", "ar"} {
			t.Run(scheme+"/"+lang, func(t *testing.T) {
				tb := newTab(t)
				tb.colorScheme(scheme)
				tb.open()
				tb.setLang(lang)
				tb.eval(axeJS+"\n;true", new(bool))
				var found []string
				tb.eval(axeRun, &found)
				if len(found) > 0 {
					t.Errorf("axe-core, before any input: %d serious or critical rule(s) fail:\n%s", len(found), strings.Join(found, "\n"))
				}
				n0 := tb.analyses()
				tb.run(chromedp.Click(chromedp.CSS("#example")))
				tb.waitAnalysed(n0)
				tb.eval(`document.querySelectorAll("details").forEach(d => d.open = true); true`, new(bool))
				tb.run(chromedp.Sleep(100 * time.Millisecond))
				if got := evalAs[bool](tb, fmt.Sprintf(`matchMedia("(prefers-color-scheme: %s)").matches`, scheme)); !got {
					t.Fatalf("the page is not in %s mode", scheme)
				}
				tb.eval(axeRun, &found)
				if len(found) > 0 {
					t.Errorf("axe-core, the example analysed: %d serious or critical rule(s) fail:\n%s", len(found), strings.Join(found, "\n"))
				}
				// The reading view, open over the page.
				tb.run(chromedp.Click(chromedp.CSS("#read")))
				tb.waitJS(`document.getElementById("reader-title") !== null`, 10*time.Second)
				tb.eval(axeRun, &found)
				if len(found) > 0 {
					t.Errorf("axe-core, the reading view: %d serious or critical rule(s) fail:\n%s", len(found), strings.Join(found, "\n"))
				}
			})
		}
	}
}

// setLang switches the interface language with its menu.
func (tb *tab) setLang(lang string) {
	tb.t.Helper()
	var before, label string
	tb.eval(`document.documentElement.lang`, &before)
	tb.eval(`document.querySelector('label[for="lang"]').textContent`, &label)
	tb.run(chromedp.SetValue(chromedp.CSS("#lang"), lang))
	tb.eval(`document.getElementById("lang").dispatchEvent(new Event("change", {bubbles: true}))`, new(bool))
	tb.waitJS(fmt.Sprintf(`document.documentElement.lang === %s`, js(lang)), 10*time.Second)
	if before != lang {
		// The handler sets the page's lang at once; the components render
		// the new language after it: wait for the language picker's own
		// label to change.
		tb.waitJS(fmt.Sprintf(`document.querySelector('label[for="lang"]').textContent !== %s`, js(label)), 10*time.Second)
	}
}

// colorScheme makes the tab's pages see prefers-color-scheme: scheme.
func (tb *tab) colorScheme(scheme string) {
	tb.t.Helper()
	if _, err := chromedp.Call(tb.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}},
	}); err != nil {
		tb.t.Fatal(err)
	}
}

// TestNoNestedScroll (issue 19, point 4): on a 390 px phone, with the seed
// analysed and every list open, the article and the segmentation view flow
// with the page: no element but the textarea scrolls vertically inside it.
func TestNoNestedScroll(t *testing.T) {
	tb := newTab(t)
	tb.run(chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile))
	tb.open()
	tb.pasteSeed()
	tb.eval(`document.querySelectorAll("details").forEach(d => d.open = true); true`, new(bool))
	tb.run(chromedp.Sleep(100 * time.Millisecond))
	var boxes []string
	tb.eval(`(() => {
		const out = [];
		for (const e of document.querySelectorAll("body *")) {
			if (e.tagName === "TEXTAREA") continue;
			const oy = getComputedStyle(e).overflowY;
			if ((oy === "auto" || oy === "scroll") && e.scrollHeight > e.clientHeight + 1)
				out.push((e.id ? "#" + e.id : e.tagName.toLowerCase() + "." + e.className) + " (" + e.clientHeight + " of " + e.scrollHeight + " px)");
		}
		return out;
	})()`, &boxes)
	if len(boxes) > 0 {
		t.Errorf("scroll regions inside the page at 390 px: %q", boxes)
	}
	var h []int
	tb.eval(`(() => { const b = document.getElementById("article-body"); return [b.clientHeight, b.scrollHeight]; })()`, &h)
	if len(h) != 2 || h[0] < 300 || h[0] < h[1] {
		t.Errorf("the article body shows %v px (client, scroll): want it whole, and the seed's article is long", h)
	}
}
