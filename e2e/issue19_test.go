package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/safi-app/safi/internal/engine"
)

// spoofPage is pasted HTML whose <title> and a heading hold a right-to-left
// override (U+202E): stored "gnp.evil", shown as "live.png" if it acts.
const spoofPage = `<html><head><title>Report ` + "\u202E" + `gnp.evil</title></head><body><article>
<h1>Report ` + "\u202E" + `gnp.evil</h1>
<p>The city council voted a budget of twelve million euros yesterday to renovate the schools of the town, the mayor said in a statement.</p>
<h2>Works ` + "\u202E" + `gnp.evil` + "\u202C" + ` start</h2>
<p>The works will start in March and last two years, according to the plans the council published on its website this week.</p>
</article></body></html>`

// displayedControls lists the elements (outside the textarea) whose own
// text holds a bidi embedding, override or isolate that is not closed in
// that text — that could reorder what the page shows.
const displayedControls = `(() => {
	const out = [];
	const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
	for (let n = walk.nextNode(); n; n = walk.nextNode()) {
		if (n.parentElement.closest("textarea")) continue;
		if (/[\u202D\u202E]/.test(n.data)) out.push(n.parentElement.tagName + "#" + n.parentElement.id + ": " + JSON.stringify(n.data.slice(0, 60)));
	}
	return out;
})()`

// TestBidiSpoof (issue 19, point 1): the override in the title and the
// heading is shown as a marker, acts nowhere on the page, and the warning
// names the title and the heading, in English and Arabic.
func TestBidiSpoof(t *testing.T) {
	want := engine.Analyze([]byte(spoofPage), engine.Options{})
	var places []string
	for _, w := range want.Warnings {
		if w.Code == "bidi" {
			places = w.Places
		}
	}
	heading := ""
	for i, p := range want.Article.Paragraphs {
		if p.Kind == "heading" && strings.Contains(p.Text, "gnp.evil") {
			heading = fmt.Sprintf("heading:%d", i+1)
		}
	}
	if len(places) == 0 || places[0] != "title" || heading == "" {
		t.Fatalf("the engine's places %q (heading %q): want the title and the heading", places, heading)
	}
	tb := newTab(t)
	tb.open()
	n0 := tb.analyses()
	tb.paste("Report gnp.evil", spoofPage)
	tb.waitAnalysed(n0)

	if got := tb.text("#article-title"); !strings.Contains(got, "⟨U+202E⟩gnp.evil") {
		t.Errorf("title shown as %q, want the override as a marker", got)
	}
	var headings []string
	tb.eval(`[...document.querySelectorAll("#article-body h4")].map(h => h.textContent)`, &headings)
	if len(headings) == 0 || !strings.Contains(strings.Join(headings, "|"), "⟨U+202E⟩gnp.evil⟨U+202C⟩") {
		t.Errorf("headings %q, want the override and its PDF as markers", headings)
	}
	var acting []string
	tb.eval(displayedControls, &acting)
	if len(acting) > 0 {
		t.Errorf("an override acts in the page's text: %q", acting)
	}
	if got := evalAs[string](tb, `document.querySelector('#warnings li[data-code="bidi"]').dataset.places`); got != strings.Join(places, " ") {
		t.Errorf("the warning's places %q, want %q", got, strings.Join(places, " "))
	}
	msg := tb.text(`#warnings li[data-code="bidi"]`)
	if !strings.Contains(msg, "the title") || !strings.Contains(msg, strings.Replace(heading, ":", " ", 1)) {
		t.Errorf("the warning %q does not name the title and %s", msg, heading)
	}
	tb.setLang("ar")
	tb.eventually(`document.querySelector('#warnings li[data-code="bidi"]')?.textContent.includes("العنوان")`, 10*time.Second)
	if msg := tb.text(`#warnings li[data-code="bidi"]`); !strings.Contains(msg, "العنوان") || !strings.Contains(msg, "U+202E") {
		t.Errorf("the Arabic warning %q does not name the title", msg)
	}
	// The reading view shows the article too.
	tb.run(chromedp.Click(chromedp.CSS("#read")))
	tb.waitJS(`document.getElementById("reader-title") !== null`, 10*time.Second)
	if got := tb.text("#reader-title"); !strings.Contains(got, "⟨U+202E⟩gnp.evil") {
		t.Errorf("reading view title %q, want the override as a marker", got)
	}
	tb.eval(displayedControls, &acting)
	if len(acting) > 0 {
		t.Errorf("an override acts in the reading view: %q", acting)
	}
}

// TestFigureWindows (issue 19, point 5): each row of the figures table
// shows a short window of the sentence around the figure, marked, and the
// whole sentence on demand; no row prints a long sentence whole.
func TestFigureWindows(t *testing.T) {
	tb := newTab(t)
	tb.open()
	seed := tb.pasteSeed()
	want := engine.Analyze([]byte(seed), engine.Options{})
	type row struct {
		Mark, Window, Sentence string
		Details                bool
	}
	var rows []row
	tb.eval(`[...document.querySelectorAll("#figures-table tbody td.ctx")].map(td => {
		const d = td.querySelector("details");
		return {Mark: (td.querySelector("mark") || {}).textContent || "", Details: !!d,
			Window: d ? d.querySelector("summary").textContent : td.textContent,
			Sentence: d ? d.querySelector(".sentence").textContent : td.textContent};
	})`, &rows)
	if len(rows) == 0 || len(rows) > len(want.Figures) {
		t.Fatalf("%d rows, want up to the report's %d figures", len(rows), len(want.Figures))
	}
	windows := 0
	for i, r := range rows {
		f := want.Figures[i]
		if r.Mark != f.Text {
			t.Errorf("row %d: marked %q, want the figure %q", i, r.Mark, f.Text)
		}
		if r.Sentence != f.Context {
			t.Errorf("row %d: the full sentence is %q, want %q", i, r.Sentence, f.Context)
		}
		if n := len(strings.Fields(r.Window)) - len(strings.Fields(f.Text)); n > 14 {
			t.Errorf("row %d: the window holds %d words besides the figure: %q", i, n, r.Window)
		}
		if r.Details {
			windows++
			if utf8.RuneCountInString(r.Window) >= utf8.RuneCountInString(f.Context) {
				t.Errorf("row %d: the window %q is not shorter than the sentence", i, r.Window)
			}
		}
	}
	if windows == 0 {
		t.Errorf("no row shows a window: every sentence is short?")
	}
	// The sentence opens on demand.
	tb.run(chromedp.Click(chromedp.CSS("#figures-table td.ctx details summary")))
	if !evalAs[bool](tb, `document.querySelector("#figures-table td.ctx details").open`) {
		t.Errorf("clicking a window does not open its sentence")
	}
}

// TestKeyboard (issue 19, point 7): a skip link leads to the results;
// after Clear the focus goes to the textarea, not nowhere; Escape closes
// the Clear confirmation and an open list.
func TestKeyboard(t *testing.T) {
	tb := newTab(t)
	tb.open()
	tb.pasteSeed()
	active := func() string {
		return evalAs[string](tb, `document.activeElement ? document.activeElement.id || document.activeElement.tagName : ""`)
	}

	// The skip link is the first stop of the tab order: before the
	// language menu, the header's first control.
	tb.eval(`document.getElementById("lang").focus(), true`, new(bool))
	tb.run(chromedp.KeyEvent("\t", chromedp.KeyModifiers(chromedp.ModifierShift)))
	if got := active(); got != "skip" {
		t.Errorf("the Tab stop before the language menu is %q, want the skip link", got)
	}
	var first bool
	tb.eval(`(() => { const f = document.querySelectorAll("a[href], button, select, textarea, input, [tabindex]:not([tabindex='-1'])"); return f.length > 0 && f[0].id === "skip"; })()`, &first)
	if !first {
		t.Errorf("the skip link is not the first focusable element")
	}
	tb.run(chromedp.KeyEvent("\r"))
	tb.waitJS(`document.activeElement && document.activeElement.id === "results"`, 5*time.Second)

	// Escape closes the ticker's list when the focus is in it.
	tb.eval(`document.querySelector("#ticker details").open = true, document.querySelector("#ticker summary").focus(), true`, new(bool))
	tb.run(chromedp.KeyEvent(kb.Escape))
	tb.waitJS(`!document.querySelector("#ticker details").open`, 5*time.Second)

	// Clear asks; Escape cancels and gives the focus back to Clear.
	tb.run(chromedp.Click(chromedp.CSS("#clear")))
	tb.waitJS(`document.activeElement && document.activeElement.id === "clear-no"`, 5*time.Second)
	tb.run(chromedp.KeyEvent(kb.Escape))
	tb.waitJS(`document.getElementById("clear-yes") === null && document.activeElement && document.activeElement.id === "clear"`, 5*time.Second)
	// Clear, confirmed: the focus goes to the empty textarea.
	tb.run(chromedp.Click(chromedp.CSS("#clear")))
	tb.waitJS(`document.getElementById("clear-yes") !== null`, 5*time.Second)
	tb.run(chromedp.Click(chromedp.CSS("#clear-yes")))
	tb.waitJS(`document.getElementById("input").value === "" && document.activeElement && document.activeElement.id === "input"`, 5*time.Second)
}

// TestSmallThings (issue 19, point 8): a language Safi cannot tell is
// "unknown", not "und"; a date without a year reads "15 November"; the
// segmentation view explains its marks; the Markdown export names the
// source.
func TestSmallThings(t *testing.T) {
	tb := newTab(t)
	tb.open()
	n0 := tb.analyses()
	tb.typeText("12345 67890\n\n+++ --- ***\n")
	tb.waitAnalysed(n0)
	if got := tb.text("#stat-language .stat-value"); got != "unknown" {
		t.Errorf("language shown as %q, want unknown", got)
	}
	n0 = tb.analyses()
	tb.typeText("Le conseil municipal se réunira le 15 novembre pour voter le budget de la ville, a annoncé le maire hier soir.\n\nLes travaux de rénovation des écoles commenceront ensuite et dureront deux ans selon la mairie.\n")
	tb.waitAnalysed(n0)
	if got := tb.text("#dates .iso"); got != "15 November" {
		t.Errorf("a date without a year shown as %q, want 15 November", got)
	}
	var marks int
	tb.eval(`document.querySelectorAll("#seg-marks li").length`, &marks)
	if marks != 3 {
		t.Errorf("the segmentation legend explains %d marks, want 3 (in, out, corrected)", marks)
	}
	tb.setLang("ar")
	// (setLang waits for the app to render the new language; the list is
	// checked once it shows it, or as it stands after ten seconds.)
	tb.eventually(`document.querySelector("#dates .iso")?.textContent.trim() === "١٥ نوفمبر"`, 10*time.Second)
	if got := tb.text("#dates .iso"); got != "١٥ نوفمبر" {
		t.Errorf("Arabic: a date without a year shown as %q", got)
	}
}

// TestPluralsAndDigits (issue 19, point 8): counts take their plural form
// (English one/other; Arabic one, two, 3–10, 11–99), and the Arabic
// interface writes the digits of the browser's Arabic region: Latin in
// Morocco, Arabic-Indic in Egypt.
func TestPluralsAndDigits(t *testing.T) {
	corrections := func(tb *tab) string { return tb.text("#segments .toolbar .note") }
	correct := func(tb *tab, nth int) {
		tb.t.Helper()
		sel := fmt.Sprintf(`document.querySelectorAll("#segmentation .seg.in")[%d]`, nth)
		var idx string
		tb.eval(sel+`.dataset.block`, &idx)
		block := fmt.Sprintf(`#segmentation [data-block="%s"]`, idx)
		tb.run(chromedp.Click(chromedp.CSS(block)))
		tb.waitJS(fmt.Sprintf(`document.querySelector(%s).classList.contains("corrected")`, js(block)), 10*time.Second)
	}
	for _, tc := range []struct {
		langs                  []string
		lang, ticker, one, two string
	}{
		{[]string{"en-US"}, "en", "55 headlines", "1 correction", "2 corrections"},
		{[]string{"ar-MA", "fr"}, "ar", "55 عنوانا", "تصحيح واحد", "تصحيحان"},
		{[]string{"ar-EG"}, "ar", "٥٥ عنوانا", "تصحيح واحد", "تصحيحان"},
	} {
		t.Run(strings.Join(tc.langs, ","), func(t *testing.T) {
			tb := newTab(t)
			tb.beforeLoad(fmt.Sprintf(`Object.defineProperty(navigator, "languages", {get: () => %s});`, jsList(tc.langs)))
			tb.open()
			if got := evalAs[string](tb, `document.documentElement.lang`); got != tc.lang {
				t.Fatalf("interface %q, want %q", got, tc.lang)
			}
			tb.pasteSeed()
			if got := tb.text("#ticker-count"); got != tc.ticker {
				t.Errorf("ticker count %q, want %q", got, tc.ticker)
			}
			correct(tb, 0)
			if got := corrections(tb); got != tc.one {
				t.Errorf("after one correction %q, want %q", got, tc.one)
			}
			correct(tb, 0)
			if got := corrections(tb); got != tc.two {
				t.Errorf("after two corrections %q, want %q", got, tc.two)
			}
		})
	}
}

// jsList is a JavaScript array of strings.
func jsList(s []string) string {
	q := make([]string, len(s))
	for i, v := range s {
		q[i] = js(v)
	}
	return "[" + strings.Join(q, ", ") + "]"
}
