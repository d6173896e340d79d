package e2e

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/chromedp/chromedp"

	"github.com/safi-app/safi/internal/devkit/benchdata"
	"github.com/safi-app/safi/internal/engine"
	"github.com/safi-app/safi/internal/report"
)

// TestNewcomer is a newcomer's path: open the site, paste the seed page,
// see its title, the 55-headline ticker and the figure 3137.
func TestNewcomer(t *testing.T) {
	tb := newTab(t)
	tb.open()
	seed := tb.pasteSeed()

	want := engine.Analyze([]byte(seed), engine.Options{})
	if want.Article.Title == "" {
		t.Errorf("the engine finds no title in the seed page")
	}
	if got := tb.text("#article-title"); got != want.Article.Title {
		t.Errorf("title = %q, want %q", got, want.Article.Title)
	}
	if got := tb.text("#ticker-count"); !strings.HasPrefix(got, "55 ") {
		t.Errorf("ticker count = %q, want 55 headlines", got)
	}
	var n int
	tb.eval(`document.querySelectorAll("#ticker .headlines li").length`, &n)
	if n != 55 {
		t.Errorf("ticker list has %d headlines, want 55", n)
	}
	var has3137 bool
	tb.eval(`document.querySelector('#figures-table td.num[data-value="3137"]') !== null`, &has3137)
	if !has3137 {
		t.Errorf("the figure 3137 is not in the figures table")
	}
	if got := tb.words(); got != want.Stats.Article.Words {
		t.Errorf("word count = %d, want %d (as the CLI says)", got, want.Stats.Article.Words)
	}
	if served.Load() == 0 {
		t.Errorf("the server answered no request")
	}
	// The engine ran in the analysis worker, off the page's main thread.
	if got := evalAs[string](tb, `document.getElementById("status").dataset.engine`); got != "worker" {
		t.Errorf("the analysis ran in %q, want the worker", got)
	}
}

// words returns the article word count the page shows.
func (tb *tab) words() int {
	tb.t.Helper()
	s := strings.ReplaceAll(tb.text("#stat-words .stat-value"), ",", "")
	n, err := strconv.Atoi(s)
	if err != nil {
		tb.t.Fatalf("word count %q: %v", s, err)
	}
	return n
}

// TestToggleBlock clicks a block out of the article and back in: the word
// count follows; undo and reset restore it.
func TestToggleBlock(t *testing.T) {
	tb := newTab(t)
	tb.open()
	n0 := tb.analyses()
	tb.run(chromedp.Click(chromedp.CSS("#example")))
	tb.waitAnalysed(n0)
	before := tb.words()

	// A paragraph of the article: clicking it takes it out.
	sel := `#segmentation .seg.in.c-paragraph`
	var idx string
	tb.eval(fmt.Sprintf(`document.querySelector(%s).dataset.block`, js(sel)), &idx)
	block := fmt.Sprintf(`#segmentation [data-block="%s"]`, idx)
	tb.run(chromedp.Click(chromedp.CSS(block)))
	tb.waitJS(fmt.Sprintf(`!document.querySelector(%s).classList.contains("in")`, js(block)), 10*time.Second)
	out := tb.words()
	if out >= before {
		t.Errorf("taking a paragraph out: words %d → %d, want fewer", before, out)
	}
	var pressed string
	tb.eval(fmt.Sprintf(`document.querySelector(%s).getAttribute("aria-pressed")`, js(block)), &pressed)
	if pressed != "false" {
		t.Errorf("aria-pressed = %q after taking the block out, want false", pressed)
	}

	// The keyboard puts it back.
	tb.run(chromedp.Focus(chromedp.CSS(block)), chromedp.KeyEvent("\r"))
	tb.waitJS(fmt.Sprintf(`document.querySelector(%s).classList.contains("in")`, js(block)), 10*time.Second)
	if got := tb.words(); got != before {
		t.Errorf("putting it back by keyboard: words = %d, want %d", got, before)
	}

	// A ticker block into the article adds words; undo takes them back.
	var tickerIdx string
	tb.eval(`document.querySelector("#segmentation .seg.c-ticker").dataset.block`, &tickerIdx)
	ticker := fmt.Sprintf(`#segmentation [data-block="%s"]`, tickerIdx)
	tb.run(chromedp.Click(chromedp.CSS(ticker)))
	tb.waitJS(fmt.Sprintf(`document.querySelector(%s).classList.contains("in")`, js(ticker)), 10*time.Second)
	if got := tb.words(); got <= before {
		t.Errorf("ticker into the article: words = %d, want more than %d", got, before)
	}
	tb.run(chromedp.Click(chromedp.CSS("#undo")))
	tb.waitJS(fmt.Sprintf(`!document.querySelector(%s).classList.contains("in")`, js(ticker)), 10*time.Second)
	if got := tb.words(); got != before {
		t.Errorf("after undo: words = %d, want %d", got, before)
	}
}

// TestReloadAndOffline: a reload keeps the input; with the server down, a
// reload still runs the app from the service worker's cache.
func TestReloadAndOffline(t *testing.T) {
	tb := newTab(t)
	tb.open()
	text := "Un titre\n\nLe conseil municipal a voté hier un budget de 12 millions d’euros pour rénover les écoles de la ville, a annoncé le maire.\n\nLes travaux commenceront en mars 2025 et dureront deux ans."
	n0 := tb.analyses()
	tb.typeText(text)
	tb.waitAnalysed(n0)
	// The service worker must control the page before we go offline.
	tb.waitJS(`navigator.serviceWorker.controller !== null`, 30*time.Second)

	// A correction is kept too.
	var idx string
	tb.eval(`document.querySelector("#segmentation .seg.in").dataset.block`, &idx)
	block := fmt.Sprintf(`#segmentation [data-block="%s"]`, idx)
	tb.run(chromedp.Click(chromedp.CSS(block)))
	tb.waitJS(fmt.Sprintf(`document.querySelector(%s).classList.contains("corrected")`, js(block)), 10*time.Second)

	// On the first visit the page started its worker itself; once the
	// service worker controls it, web/early-worker.js starts it while the
	// page loads, and the page takes it over.
	adopted := `performance.getEntriesByName("safi:worker-adopted").length`
	if n := evalAs[int](tb, adopted); n != 0 {
		t.Errorf("first visit: the page took over %d early workers, want none (app.wasm is not in the service worker's cache yet)", n)
	}
	tb.run(chromedp.Reload())
	tb.waitReady()
	tb.waitAnalysed(0)
	if n := evalAs[int](tb, adopted); n != 1 {
		t.Errorf("reload: the page took over %d early workers, want 1", n)
	}
	if w := tb.workers(); w != (workerCount{1, 0}) {
		t.Errorf("reload: workers %v, want one started, none terminated", w)
	}
	if s := evalAs[string](tb, `String(window.__safiWorker)`); s != "undefined" && s != "null" {
		t.Errorf("reload: the early worker is still offered (%s) after the page took it over", s)
	}
	var got string
	tb.eval(`document.getElementById("input").value`, &got)
	if got != text {
		t.Errorf("after reload the input is %q, want %q", got, text)
	}
	var kept bool
	tb.eval(fmt.Sprintf(`document.querySelector(%s).classList.contains("corrected") && !document.querySelector(%s).classList.contains("in")`, js(block), js(block)), &kept)
	if !kept {
		t.Errorf("after reload the correction of block %s is lost", idx)
	}

	down.Store(true)
	defer down.Store(false)
	tb.run(chromedp.Reload())
	tb.waitReady()
	tb.waitAnalysed(0)
	tb.eval(`document.getElementById("input").value`, &got)
	if got != text {
		t.Errorf("offline reload: the input is %q, want %q", got, text)
	}
	// The analysis worker came from the service worker's cache too.
	if where := evalAs[string](tb, `document.getElementById("status").dataset.engine`); where != "worker" {
		t.Errorf("offline reload: the analysis ran in %q, want the worker", where)
	}
}

// payloads are hostile inputs (issues 4 and 8): script tags, event
// handlers, javascript: URLs, SVG with scripts, CSS expressions.
var payloads = []string{
	`<img src=x onerror=alert(1)><script>alert(2)</script>`,
	`<script>window.__xss = 1; alert("script")</script>`,
	`<img src="x" onerror="window.__xss = 2; alert('img')">`,
	`<a href="javascript:alert('link')" id="xss-link">click me</a>`,
	`<svg xmlns="http://www.w3.org/2000/svg" onload="alert('svg')"><script>alert('svg script')</script></svg>`,
	`<div style="background:url(javascript:alert('css'));width:expression(alert('expr'))">styled</div>`,
	`<iframe src="javascript:alert('frame')"></iframe><object data="javascript:alert('obj')"></object>`,
	`<body onload="alert('body')"><details open ontoggle="alert('toggle')">x</details>`,
	`<meta http-equiv="refresh" content="0;url=javascript:alert('meta')">`,
	"\u202Eevil\u202C <b onmouseover=alert('b')>bold</b>",
}

// hostileCount counts elements that only a payload could have added.
const hostileCount = `document.querySelectorAll(
	'img[src="x"], iframe, object, embed, svg script, details[ontoggle], [onerror], [onload], [onmouseover], ' +
	'a[href^="javascript"], meta[http-equiv="refresh"], #xss-link, b, style'
).length + document.scripts.length`

// TestHostilePaste pastes each payload as text and as HTML: no dialog
// opens, nothing runs, no element is added, and the text is shown as text.
func TestHostilePaste(t *testing.T) {
	tb := newTab(t)
	tb.open()
	var base int
	tb.eval(hostileCount, &base)
	for i, p := range payloads {
		for _, asHTML := range []bool{false, true} {
			html := ""
			if asHTML {
				html = "<html><body><p>Intro paragraph with enough words to be read as prose by the engine.</p>" + p + "</body></html>"
			}
			n0 := tb.analyses()
			tb.paste(p, html)
			tb.waitAnalysed(n0)
			if got := tb.text("#status"); asHTML != strings.Contains(got, "pasted HTML") {
				t.Errorf("payload %d (html %v): status %q", i, asHTML, got)
			}
			// Let anything that would run, run.
			tb.run(chromedp.Sleep(100 * time.Millisecond))
			var n int
			tb.eval(hostileCount, &n)
			if n != base {
				t.Errorf("payload %d (html %v): %d hostile elements, want %d", i, asHTML, n, base)
			}
			var flag bool
			tb.eval(`window.__xss !== undefined`, &flag)
			if flag {
				t.Errorf("payload %d (html %v) ran", i, asHTML)
			}
		}
	}
	// The first payload pasted as text is shown as text.
	n0 := tb.analyses()
	tb.paste(payloads[0], "")
	tb.waitAnalysed(n0)
	var shown bool
	tb.eval(`document.getElementById("segmentation").textContent.includes("<script>alert(2)</script>")`, &shown)
	if !shown {
		t.Errorf("the pasted markup is not shown as text in the segmentation view")
	}
	// Bidi controls are shown visibly.
	n0 = tb.analyses()
	tb.paste(payloads[len(payloads)-1], "")
	tb.waitAnalysed(n0)
	tb.eval(`document.getElementById("segmentation").textContent.includes("⟨U+202E⟩")`, &shown)
	if !shown {
		t.Errorf("U+202E is not shown visibly in the segmentation view")
	}
	tb.mu.Lock()
	defer tb.mu.Unlock()
	if len(tb.dialogs) > 0 {
		t.Errorf("dialogs opened: %q", tb.dialogs)
	}
}

// TestArabicInterface: choosing Arabic sets dir="rtl" on the document and
// is remembered; a browser that prefers Arabic gets it first.
func TestArabicInterface(t *testing.T) {
	tb := newTab(t)
	tb.open()
	tb.run(chromedp.SetValue(chromedp.CSS("#lang"), "ar"))
	tb.eval(`document.getElementById("lang").dispatchEvent(new Event("change", {bubbles: true}))`, new(bool))
	tb.waitJS(`document.documentElement.dir === "rtl" && document.documentElement.lang === "ar"`, 10*time.Second)
	if got := tb.text("#input-label"); got != "نص الصفحة" {
		t.Errorf("label = %q, want the Arabic one", got)
	}
	tb.run(chromedp.Reload())
	tb.waitReady()
	tb.waitJS(`document.documentElement.dir === "rtl"`, 10*time.Second)
}

// TestBrowserLanguages: on a first visit the interface language is matched
// from the browser's languages (navigator.languages), with
// golang.org/x/text/language.
func TestBrowserLanguages(t *testing.T) {
	tests := []struct {
		desc      string
		languages []string
		lang, dir string
	}{
		{"Moroccan Arabic, then French", []string{"ary-MA", "fr"}, "ar", "rtl"},
		{"Persian is not Arabic: French next", []string{"fa-IR", "fr-CA", "en"}, "fr", "ltr"},
		{"nothing known: English", []string{"de-DE", "ja"}, "en", "ltr"},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			tb := newTab(t)
			langs, _ := json.Marshal(tc.languages)
			tb.beforeLoad(fmt.Sprintf(`Object.defineProperty(navigator, "languages", {get: () => %s});`, langs))
			tb.open()
			var got struct{ Lang, Dir, Select string }
			tb.eval(`({lang: document.documentElement.lang, dir: document.documentElement.dir, select: document.getElementById("lang").value})`, &got)
			if got.Lang != tc.lang || got.Dir != tc.dir || got.Select != tc.lang {
				t.Errorf("navigator.languages %q: lang=%q dir=%q switcher=%q, want %q %q %q",
					tc.languages, got.Lang, got.Dir, got.Select, tc.lang, tc.dir, tc.lang)
			}
		})
	}
}

// captureDownloads makes the page keep every Blob it offers for download,
// with the file name, in window.__downloads.
const captureDownloads = `(() => {
	window.__downloads = [];
	const blobs = new Map();
	const create = URL.createObjectURL;
	URL.createObjectURL = function (b) {
		const u = create.call(URL, b);
		blobs.set(u, b);
		return u;
	};
	HTMLAnchorElement.prototype.click = function () {
		const b = blobs.get(this.href);
		if (b) window.__downloads.push(b.text().then(text => ({name: this.download, text})));
	};
	return true;
})()`

// download clicks an export button and returns the file's name and text.
func (tb *tab) download(button string) (name, text string) {
	tb.t.Helper()
	tb.eval(`window.__downloads.length = 0`, new(int))
	tb.run(chromedp.Click(chromedp.CSS(button)))
	tb.waitJS(`window.__downloads.length > 0`, 10*time.Second)
	var d struct{ Name, Text string }
	tb.eval(`window.__downloads[0]`, &d)
	return d.Name, d.Text
}

// TestExports: the report JSON parses, the CSV has one row per figure, the
// Markdown has the title.
func TestExports(t *testing.T) {
	tb := newTab(t)
	tb.open()
	n0 := tb.analyses()
	tb.run(chromedp.Click(chromedp.CSS("#example")))
	tb.waitAnalysed(n0)
	tb.eval(captureDownloads, new(bool))

	name, text := tb.download("#export-json")
	if name != "safi-report.json" {
		t.Errorf("JSON file name = %q", name)
	}
	var r report.Report
	if err := json.Unmarshal([]byte(text), &r); err != nil {
		t.Fatalf("the JSON export does not parse: %v", err)
	}
	if len(r.Ticker.Headlines) != 55 {
		t.Errorf("JSON export: %d headlines, want 55", len(r.Ticker.Headlines))
	}
	// The browser's report is the CLI's, field for field.
	sameAsCLI(tb, r)

	name, text = tb.download("#export-csv")
	if name != "safi-figures.csv" {
		t.Errorf("CSV file name = %q", name)
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(text, "\uFEFF"))).ReadAll()
	if err != nil {
		t.Fatalf("the CSV export does not parse: %v", err)
	}
	if len(rows) != len(r.Figures)+1 {
		t.Errorf("CSV has %d rows, want a header and %d figures", len(rows), len(r.Figures))
	}
	if len(r.Figures) == 0 {
		t.Errorf("the seed page has no figures in the report")
	}

	name, text = tb.download("#export-md")
	if name != "safi-article.md" || !strings.Contains(text, "# ") {
		t.Errorf("Markdown export %q: %q", name, firstLine(text))
	}

	// A page with what the seed has not: a Hijri date, a bidi control
	// (warnings' places), an Arabic readability grade.
	n0 = tb.analyses()
	tb.paste("مؤتمر المياه\n\nافتتح الوزير يوم 1 رمضان 1445 هـ مؤتمر المياه \u202Eفي الرباط\u202C بحضور أكثر من 300 خبير من 40 دولة، وقال إن مخزون السدود بلغ 84 ألف متر مكعب تحت 5 درجات. وأضاف أن الحكومة ستنفق 3 مليارات درهم على محطات التحلية خلال العام المقبل.\n", "")
	tb.waitAnalysed(n0)
	_, text = tb.download("#export-json")
	r = report.Report{}
	if err := json.Unmarshal([]byte(text), &r); err != nil {
		t.Fatalf("the JSON export does not parse: %v", err)
	}
	if len(r.Dates) == 0 || r.Dates[0].Hijri == "" || r.Readability == nil || len(r.Warnings) == 0 {
		t.Errorf("the page's report lacks a Hijri date, a readability grade or a warning: %s", text)
	}
	sameAsCLI(tb, r)
}

// sameAsCLI checks that r, a report the page exported, is app analyze's
// report of the textarea's text, field for field.
func sameAsCLI(tb *tab, r report.Report) {
	tb.t.Helper()
	src := evalAs[string](tb, `document.getElementById("input").value`)
	cli, err := json.Marshal(engine.Analyze([]byte(src), engine.Options{}))
	if err != nil {
		tb.t.Fatal(err)
	}
	if page, _ := json.Marshal(r); string(page) != string(cli) {
		tb.t.Errorf("the JSON export differs from app analyze's report of the same text:\npage %s\ncli  %s", firstDiff(page, cli), firstDiff(cli, page))
	}
}

// firstDiff is a's text around the first byte where it differs from b.
func firstDiff(a, b []byte) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	return string(a[max(0, i-80):min(len(a), i+80)])
}

// TestPasteHTML pastes a page's HTML flavour: the app analyses the HTML and
// shows its article.
func TestPasteHTML(t *testing.T) {
	tb := newTab(t)
	tb.open()
	sentence := "The city council approved a budget of 12 million euros on Tuesday to renovate the town's schools, the mayor said."
	html := `<!doctype html><html lang="en"><head><title>Schools to be renovated</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article><h1>Schools to be renovated</h1>
<p>` + sentence + `</p>
<p>Work will start in March 2025 and last two years, according to the plan presented to the council by the deputy mayor in charge of education.</p>
<p>Parents welcomed the decision but asked that classes be moved to temporary buildings during the work, rather than to schools in other districts.</p>
</article>
<footer><p>© 2025 Town News. All rights reserved.</p></footer></body></html>`
	plain := "Home\nNews\nSport\nSchools to be renovated\n" + sentence
	n0 := tb.analyses()
	tb.paste(plain, html)
	tb.waitAnalysed(n0)
	if got := tb.text("#status"); !strings.Contains(got, "HTML") {
		t.Errorf("status %q does not say the HTML was analysed", got)
	}
	if got := tb.text("#article-body"); !strings.Contains(got, sentence) {
		t.Errorf("article body %q lacks the article's sentence", got)
	}
	var scripts int
	tb.eval(`document.scripts.length`, &scripts)
	if scripts != 3 {
		t.Errorf("%d scripts in the document, want go-app's 2 and web/early-worker.js", scripts)
	}
}

// TestDropFile drops a .txt file on the input: the app reads it and
// analyses it.
func TestDropFile(t *testing.T) {
	tb := newTab(t)
	tb.open()
	n0 := tb.analyses()
	text := "Titre de la page\n\nLa mairie a annoncé mardi un budget de 12 millions d’euros pour rénover les écoles de la ville, dont les travaux commenceront en mars."
	var prevented bool
	tb.eval(fmt.Sprintf(`(() => {
		const dt = new DataTransfer();
		dt.items.add(new File([%s], "page.txt", {type: "text/plain"}));
		const ev = new DragEvent("drop", {dataTransfer: dt, bubbles: true, cancelable: true});
		document.getElementById("input").dispatchEvent(ev);
		return ev.defaultPrevented;
	})()`, js(text)), &prevented)
	if !prevented {
		t.Fatalf("the app did not handle the drop")
	}
	tb.waitAnalysed(n0)
	if got := tb.text("#status"); !strings.Contains(got, "page.txt") {
		t.Errorf("status %q does not name the file", got)
	}
	var got string
	tb.eval(`document.getElementById("input").value`, &got)
	if got != text {
		t.Errorf("input = %q, want the file's text", got)
	}
}

// TestBigPaste pastes about 1 MB of varied paragraphs: the app analyses it,
// the segmentation view shows a first window of blocks and more on demand.
func TestBigPaste(t *testing.T) {
	tb := newTab(t)
	tb.open()
	var b strings.Builder
	seed := readSeed(t)
	for i := 0; b.Len() < 1<<20; i++ {
		fmt.Fprintf(&b, "Paragraph %d: the council met on day %d and voted a budget of %d euros for the schools of the district.\n\n", i, i%28+1, 1000+i*7)
		if i%50 == 0 {
			b.WriteString(seed[:4000])
			b.WriteString("\n\n")
		}
	}
	n0 := tb.analyses()
	start := time.Now()
	tb.paste(b.String(), "")
	t.Logf("paste event: %v", time.Since(start))
	tb.waitJS(fmt.Sprintf(`Number(document.getElementById("status").dataset.analyses || 0) > %d && document.getElementById("results") !== null && document.getElementById("results").dataset.complete === "true"`, n0), 120*time.Second)
	t.Logf("analysed and shown: %v", time.Since(start))
	var shown int
	tb.eval(`document.querySelectorAll("#segmentation > *").length`, &shown)
	if shown != 100 {
		t.Errorf("the segmentation view shows %d blocks first, want 100", shown)
	}
	tb.run(chromedp.Click(chromedp.CSS("#more-segments")))
	start = time.Now()
	tb.waitJS(`document.querySelectorAll("#segmentation > *").length === 200`, 30*time.Second)
	t.Logf("show more: %v", time.Since(start))
	// Again: the button works every time, not only the first (go-app keeps
	// an element's handler unless its scope changes).
	tb.run(chromedp.Click(chromedp.CSS("#more-segments")))
	tb.waitJS(`document.querySelectorAll("#segmentation > *").length === 300`, 30*time.Second)
	t.Logf("status: %s", tb.text("#status"))
}

// TestOpenHTMLFile opens a saved .html page with "Open file": the app
// reads it as HTML and shows its article.
func TestOpenHTMLFile(t *testing.T) {
	tb := newTab(t)
	tb.open()
	sentence := "Le conseil municipal a adopté mardi un budget de 12 millions d’euros pour rénover les écoles de la ville, a annoncé le maire."
	page := `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Écoles rénovées</title></head><body>
<nav><a href="/">Accueil</a> <a href="/sport">Sport</a></nav>
<article><h1>Écoles rénovées</h1><p>` + sentence + `</p>
<p>Les travaux commenceront en mars 2025 et dureront deux ans, selon le plan présenté au conseil par l’adjointe chargée de l’éducation.</p></article>
<footer>© 2025 Journal de la ville</footer></body></html>`
	n0 := tb.analyses()
	tb.openFile("page.html", []byte(page))
	tb.waitAnalysed(n0)
	if got := tb.text("#status"); !strings.Contains(got, "HTML") || !strings.Contains(got, "page.html") {
		t.Errorf("status %q does not say the file was read as HTML", got)
	}
	if got := tb.text("#article-body"); !strings.Contains(got, sentence) {
		t.Errorf("article body %q lacks the article's sentence", got)
	}
}

// TestOpenLargeFile opens a text file too large to show in the textarea
// and to keep in localStorage (over 4 MB, with an invalid byte): the app
// analyses its bytes, leaves the textarea empty with a note, gives the
// figures the CLI gives, and keeps the file (in IndexedDB) and a
// correction across a reload.
func TestOpenLargeFile(t *testing.T) {
	tb := newTab(t)
	tb.open()
	src := append(benchdata.Paste(4_500_000, 7), "\nfin \xff\n"...)
	n0 := tb.analyses()
	tb.openFile("large.txt", src)
	tb.waitAnalysed(n0)
	checkShown := func(when string) {
		t.Helper()
		if got := evalAs[string](tb, `document.getElementById("input").value`); got != "" {
			t.Errorf("%s: the textarea holds %d characters, want none", when, len(got))
		}
		if got := evalAs[string](tb, `document.getElementById("input").placeholder`); !strings.Contains(got, "large.txt") || !strings.Contains(got, "too large to show") {
			t.Errorf("%s: placeholder %q does not say the file is too large to show", when, got)
		}
		if got := tb.text("#warnings"); !strings.Contains(got, "invalid") && !strings.Contains(got, "U+FFFD") {
			t.Errorf("%s: warnings %q do not mention the invalid byte", when, got)
		}
	}
	checkShown("opened")
	want := engine.Analyze(src, engine.Options{})
	if got := tb.words(); got != want.Stats.Article.Words {
		t.Errorf("word count = %d, want %d (as the CLI says)", got, want.Stats.Article.Words)
	}

	// A block moved into or out of the article, then the page reloaded
	// once the session is saved.
	block := fmt.Sprintf(`#segmentation [data-block="%s"]`, evalAs[string](tb, `document.querySelector("#segmentation .seg.c-paragraph, #segmentation .seg.c-other").dataset.block`))
	wasIn := evalAs[bool](tb, fmt.Sprintf(`document.querySelector(%s).classList.contains("in")`, js(block)))
	tb.run(chromedp.Click(chromedp.CSS(block)))
	tb.waitJS(fmt.Sprintf(`document.querySelector(%s).classList.contains("in") === %v`, js(block), !wasIn), 30*time.Second)
	corrected := tb.words()
	if corrected == want.Stats.Article.Words {
		t.Errorf("the correction left the word count at %d", corrected)
	}
	tb.waitSession(`"big":true`, `"corrections"`)
	if got := tb.text("#storage"); got != "" && got != "<missing>" {
		t.Errorf("storage message %q, want none: the file is kept", got)
	}
	tb.reloadRestored()
	checkShown("after a reload")
	if got := tb.words(); got != corrected {
		t.Errorf("after a reload the word count = %d, want %d (the file and its correction)", got, corrected)
	}

	// Clear takes the file out of IndexedDB too.
	kept := `new Promise(done => {
		const open = indexedDB.open("safi", 1);
		open.onsuccess = () => {
			const get = open.result.transaction("inputs").objectStore("inputs").get("input");
			get.onsuccess = () => { done(get.result !== undefined); open.result.close(); };
		};
	})`
	if !evalAs[bool](tb, kept) {
		t.Fatal("no input in IndexedDB before Clear")
	}
	tb.run(chromedp.Click(chromedp.CSS("#clear")), chromedp.Click(chromedp.CSS("#clear-yes")))
	deadline := time.Now().Add(10 * time.Second)
	for evalAs[bool](tb, kept) {
		if time.Now().After(deadline) {
			t.Fatal("the input is still in IndexedDB after Clear")
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// overflowJS reports what sticks out sideways on the page: nothing when
// the page does not scroll horizontally.
const overflowJS = `(() => {
	const root = document.documentElement;
	if (root.scrollWidth <= root.clientWidth) return [];
	const out = ["page " + root.scrollWidth + " > " + root.clientWidth];
	for (const e of document.querySelectorAll("body *")) {
		if (e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0 && getComputedStyle(e).overflowX === "visible")
			out.push(e.tagName + "#" + e.id + "." + e.className + " " + e.scrollWidth + " > " + e.clientWidth);
	}
	return out.slice(0, 10);
})()`

// TestNarrowScreen: at 360 px, in English and Arabic, with the seed page
// analysed and every list open, nothing scrolls sideways.
func TestNarrowScreen(t *testing.T) {
	for _, lang := range []string{"en", "ar"} {
		t.Run(lang, func(t *testing.T) {
			tb := newTab(t)
			tb.run(chromedp.EmulateViewport(360, 800, chromedp.EmulateMobile))
			tb.open()
			tb.run(chromedp.SetValue(chromedp.CSS("#lang"), lang))
			tb.eval(`document.getElementById("lang").dispatchEvent(new Event("change", {bubbles: true}))`, new(bool))
			n0 := tb.analyses()
			tb.run(chromedp.Click(chromedp.CSS("#example")))
			tb.waitAnalysed(n0)
			tb.eval(`document.querySelectorAll("details").forEach(d => d.open = true); true`, new(bool))
			tb.run(chromedp.Sleep(100 * time.Millisecond)) // one frame for the layout
			var wide []string
			tb.eval(overflowJS, &wide)
			if len(wide) > 0 {
				t.Errorf("the page scrolls sideways at 360 px: %q", wide)
			}
		})
	}
}

// TestUpdateBanner publishes a new version of the site while the app is
// open: the service worker installs it and the app offers to reload.
func TestUpdateBanner(t *testing.T) {
	tb := newTab(t)
	tb.open()
	tb.waitJS(`navigator.serviceWorker.controller !== null`, 30*time.Second)
	var banner bool
	tb.eval(`document.querySelector(".banner") !== null`, &banner)
	if banner {
		t.Fatalf("an update banner before any update")
	}

	// The next version: the same site, with a service worker of another
	// version, as a new build makes.
	next := t.TempDir()
	if err := os.CopyFS(next, os.DirFS(distDir)); err != nil {
		t.Fatal(err)
	}
	worker := filepath.Join(next, "app-worker.js")
	b, err := os.ReadFile(worker)
	if err != nil {
		t.Fatal(err)
	}
	b = []byte(strings.Replace(string(b), `const cacheName = "app-" + "`, `const cacheName = "app-" + "next-`, 1))
	if err := os.WriteFile(worker, b, 0o644); err != nil {
		t.Fatal(err)
	}
	serveDir(next)
	defer serveDir(distDir)

	tb.eval(`goappTryUpdate(), true`, new(bool))
	tb.waitJS(`document.querySelector(".banner") !== null`, 60*time.Second)
	if got := tb.text(".banner button"); got != "Reload" {
		t.Errorf("banner button %q, want Reload", got)
	}
}

// TestWorkerUnavailable serves a worker script that fails to start: the
// app must notice and run the engine on the page itself, with the same
// result.
func TestWorkerUnavailable(t *testing.T) {
	needBrowser(t)
	broken := t.TempDir()
	if err := os.CopyFS(broken, os.DirFS(distDir)); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(broken, "web", "worker.js"), []byte(`throw new Error("no worker here");`), 0o644); err != nil {
		t.Fatal(err)
	}
	serveDir(broken)
	defer serveDir(distDir)

	tb := newTab(t)
	tb.open()
	seed := tb.pasteSeed()
	if got := evalAs[string](tb, `document.getElementById("status").dataset.engine`); got != "page" {
		t.Errorf("the analysis ran in %q, want the page (no worker)", got)
	}
	want := engine.Analyze([]byte(seed), engine.Options{})
	if got := tb.words(); got != want.Stats.Article.Words {
		t.Errorf("word count = %d, want %d", got, want.Stats.Article.Words)
	}
	tb.mu.Lock()
	defer tb.mu.Unlock()
	tb.exceptions = nil // the broken worker's own error is expected
}

// TestRestoreOldSession reloads with a session saved by an earlier version
// (the whole input inside safi.session's JSON): the text comes back, and
// the next save moves it to safi.input without losing it.
func TestRestoreOldSession(t *testing.T) {
	tb := newTab(t)
	tb.open()
	text := "Un titre\n\nLe conseil municipal a voté hier un budget de 12 millions d’euros pour rénover les écoles de la ville, a annoncé le maire."
	tb.eval(fmt.Sprintf(`(() => { localStorage.clear(); localStorage.setItem("safi.session", JSON.stringify({input: %s})); return true; })()`, js(text)), new(bool))
	tb.run(chromedp.Reload())
	tb.waitReady()
	tb.waitAnalysed(0)
	if got := evalAs[string](tb, `document.getElementById("input").value`); got != text {
		t.Fatalf("the old session's input is %q, want %q", got, text)
	}
	// A correction saves the session in the new form.
	var idx string
	tb.eval(`document.querySelector("#segmentation .seg.in").dataset.block`, &idx)
	tb.run(chromedp.Click(chromedp.CSS(fmt.Sprintf(`#segmentation [data-block="%s"]`, idx))))
	tb.waitJS(`localStorage.getItem("safi.input") !== null`, 10*time.Second)
	if got := evalAs[string](tb, `localStorage.getItem("safi.input")`); got != text {
		t.Errorf("safi.input = %q, want the text", got)
	}
	if got := evalAs[string](tb, `localStorage.getItem("safi.session")`); strings.Contains(got, "conseil") {
		t.Errorf("safi.session still holds the text: %s", got)
	}
}

// TestOpenBinaryFile opens a file of binary data named .txt: the app says
// it looks binary, counts its NUL and invalid bytes, and stays up.
func TestOpenBinaryFile(t *testing.T) {
	tb := newTab(t)
	tb.open()
	data := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
	for i := 0; len(data) < 20000; i++ {
		data = append(data, byte(i*7919>>3), 0, byte(i))
	}
	n0 := tb.analyses()
	tb.openFile("photo.txt", data)
	tb.waitAnalysed(n0)
	var codes []string
	tb.eval(`[...document.querySelectorAll("#warnings li")].map(li => li.dataset.code)`, &codes)
	for _, want := range []string{"binary", "invalid-utf8"} {
		if !slices.Contains(codes, want) {
			t.Errorf("warnings %q lack %q", codes, want)
		}
	}
	if got := tb.text("#status"); !strings.Contains(got, "photo.txt") {
		t.Errorf("status %q does not name the file", got)
	}
}

// TestStorageFull: when the browser refuses to store anything (storage
// full), the app says so and goes on analysing what is pasted.
func TestStorageFull(t *testing.T) {
	tb := newTab(t)
	tb.beforeLoad(`Storage.prototype.setItem = function () { throw new DOMException("The quota has been exceeded.", "QuotaExceededError"); };`)
	tb.open()
	tb.pasteSeed()
	if got := tb.text("#storage"); !strings.Contains(got, "could not be saved") {
		t.Errorf("storage message %q does not say the text could not be saved", got)
	}
	if got := tb.text("#article-title"); !strings.Contains(got, "داعش") {
		t.Errorf("article title %q: the analysis did not go on", got)
	}
	words := tb.words()
	n1 := tb.analyses()
	tb.typeText("Budget des écoles\n\nLe conseil municipal a adopté mardi un budget de 12 millions d’euros pour rénover les écoles de la ville, a annoncé le maire, et les travaux commenceront en mars.")
	tb.waitAnalysed(n1)
	if got := tb.words(); got == words {
		t.Errorf("word count stayed %d after typing: the app stopped analysing", got)
	}
}

// TestPasteIntoText pastes into the middle of a text, with Windows line
// breaks: the analysis (started before the browser inserts the text) is of
// exactly what the textarea then holds, it runs once, and the browser's
// undo takes the paste back.
func TestPasteIntoText(t *testing.T) {
	tb := newTab(t)
	tb.open()
	before := "Budget des écoles\n\nLe conseil municipal a adopté mardi un budget de 12 millions d’euros. Fin."
	n0 := tb.analyses()
	tb.typeText(before)
	tb.waitAnalysed(n0)
	at := strings.Index(before, " Fin.")
	tb.eval(fmt.Sprintf(`(() => {
		const ta = document.getElementById("input");
		ta.focus();
		ta.setSelectionRange(%d, %d);
		return true;
	})()`, utf16Len(before[:at]), utf16Len(before[:at])), new(bool))
	pasted := " Les travaux commenceront en mars 2025 😀,\r\net dureront deux ans."
	want := before[:at] + strings.ReplaceAll(pasted, "\r\n", "\n") + before[at:]
	n1 := tb.analyses()
	r1 := evalAs[int](tb, `Number(document.getElementById("status").dataset.requests)`)
	tb.pasteHere(pasted, "")
	tb.waitAnalysed(n1)
	time.Sleep(600 * time.Millisecond) // past the typing debounce
	if got := tb.analyses(); got != n1+1 {
		t.Errorf("%d analyses after the paste, want 1", got-n1)
	}
	if got := evalAs[int](tb, `Number(document.getElementById("status").dataset.requests)`); got != r1+1 {
		t.Errorf("%d analyses started for the paste, want 1", got-r1)
	}
	if got := evalAs[string](tb, `document.getElementById("input").value`); got != want {
		t.Errorf("textarea = %q, want %q", got, want)
	}
	if got := evalAs[string](tb, `localStorage.getItem("safi.input")`); got != want {
		t.Errorf("saved input = %q, want the textarea's text %q", got, want)
	}
	if got, want := tb.words(), engine.Analyze([]byte(want), engine.Options{}).Stats.Article.Words; got != want {
		t.Errorf("word count = %d, want %d (the CLI's on the textarea's text)", got, want)
	}
	n2 := tb.analyses()
	tb.eval(`(() => { document.getElementById("input").focus(); return document.execCommand("undo"); })()`, new(bool))
	tb.waitAnalysed(n2)
	if got := evalAs[string](tb, `document.getElementById("input").value`); got != before {
		t.Errorf("after undo the textarea = %q, want %q", got, before)
	}
	if got, want := tb.words(), engine.Analyze([]byte(before), engine.Options{}).Stats.Article.Words; got != want {
		t.Errorf("after undo the word count = %d, want %d", got, want)
	}
}

// utf16Len is the length of s in UTF-16 units, as a textarea counts.
func utf16Len(s string) int { return len(utf16.Encode([]rune(s))) }

// TestWorkerCrash serves a worker that dies on one analysis, as one out of
// memory does: the app says the analysis stopped, keeps the text, and
// analyses the next input in a new worker.
func TestWorkerCrash(t *testing.T) {
	needBrowser(t)
	crashing := t.TempDir()
	if err := os.CopyFS(crashing, os.DirFS(distDir)); err != nil {
		t.Fatal(err)
	}
	name := filepath.Join(crashing, "web", "worker.js")
	js0, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	// A listener added before any other stops an input holding the marker
	// from reaching the Go side, and throws, as a worker that dies does.
	crash := `self.addEventListener("message", (e) => {
  const d = e.data;
  if (Array.isArray(d) && d[1] && new TextDecoder().decode(d[1]).includes("CRASH-ME")) {
    e.stopImmediatePropagation();
    throw new Error("simulated crash");
  }
});
`
	if err := os.WriteFile(name, append([]byte(crash), js0...), 0o644); err != nil {
		t.Fatal(err)
	}
	serveDir(crashing)
	defer serveDir(distDir)

	tb := newTab(t)
	tb.open()
	n0 := tb.analyses()
	tb.paste("Budget des écoles\n\nLe conseil municipal a adopté mardi un budget de 12 millions d’euros pour rénover les écoles de la ville.", "")
	tb.waitAnalysed(n0)
	if got := evalAs[string](tb, `document.getElementById("status").dataset.engine`); got != "worker" {
		t.Fatalf("the first analysis ran in %q, want the worker", got)
	}

	doomed := "Un texte qui fait tomber le worker: CRASH-ME.\n\nLe conseil municipal a voté hier un budget de 12 millions d’euros."
	n1 := tb.analyses()
	tb.typeText("")
	tb.paste(doomed, "")
	tb.waitJS(fmt.Sprintf(`Number(document.getElementById("status").dataset.analyses || 0) > %d`, n1), 30*time.Second)
	if got := tb.text("#error"); !strings.Contains(got, "stopped") {
		t.Errorf("error %q does not say the analysis stopped", got)
	}
	// The paste goes into the textarea once the page has painted what the
	// analysis gave (here, the error): wait for it, a failed analysis must
	// not lose it.
	tb.waitJS(fmt.Sprintf(`document.getElementById("input").value === %q`, doomed), 5*time.Second)

	next := "Écoles rénovées\n\nLes travaux commenceront en mars 2025 et dureront deux ans, selon le plan présenté au conseil par l’adjointe chargée de l’éducation."
	n2 := tb.analyses()
	tb.typeText("")
	tb.paste(next, "")
	tb.waitAnalysed(n2)
	if got := evalAs[string](tb, `document.getElementById("status").dataset.engine`); got != "worker" {
		t.Errorf("the analysis after the crash ran in %q, want a new worker", got)
	}
	if got, want := tb.words(), engine.Analyze([]byte(next), engine.Options{}).Stats.Article.Words; got != want {
		t.Errorf("word count after the crash = %d, want %d", got, want)
	}
	tb.mu.Lock()
	defer tb.mu.Unlock()
	tb.exceptions = nil // the simulated crash is expected
}

// TestCopy: "Copy article" copies the title and the body, "Copy headlines"
// every ticker headline, one a line (the clipboard is stubbed: headless
// Chromium grants no clipboard).
func TestCopy(t *testing.T) {
	tb := newTab(t)
	tb.beforeLoad(`Object.defineProperty(navigator, "clipboard", {value: {writeText: async (s) => { window.__copied = s; }}});`)
	tb.open()
	seed := tb.pasteSeed()
	want := engine.Analyze([]byte(seed), engine.Options{})

	tb.run(chromedp.Click(chromedp.CSS("#copy")))
	tb.waitJS(`window.__copied !== undefined`, 10*time.Second)
	got := evalAs[string](tb, `window.__copied`)
	if !strings.HasPrefix(got, want.Article.Title) || !strings.Contains(got, want.Article.Paragraphs[len(want.Article.Paragraphs)-1].Text) {
		t.Errorf("copied article %q lacks the title or the last paragraph", shortJS(got))
	}

	tb.eval(`(() => { window.__copied = undefined; document.querySelector("#ticker details").open = true; return true; })()`, new(bool))
	tb.run(chromedp.Click(chromedp.CSS("#copy-headlines")))
	tb.waitJS(`window.__copied !== undefined`, 10*time.Second)
	lines := strings.Split(strings.TrimSuffix(evalAs[string](tb, `window.__copied`), "\n"), "\n")
	if len(lines) != len(want.Ticker.Headlines) {
		t.Fatalf("copied %d headlines, want %d", len(lines), len(want.Ticker.Headlines))
	}
	for i, h := range want.Ticker.Headlines {
		if lines[i] != h.Text {
			t.Errorf("headline %d copied as %q, want %q", i+1, lines[i], h.Text)
		}
	}
	// The note follows the clipboard's answer.
	tb.waitJS(`document.querySelector("#ticker .toolbar .note").textContent === "Copied."`, 10*time.Second)
}

// TestLargePasteKept pastes text too large to show or keep in
// localStorage: it comes back after a reload (from IndexedDB), analysed
// the same.
func TestLargePasteKept(t *testing.T) {
	tb := newTab(t)
	tb.open()
	text := string(benchdata.Paste(4_300_000, 11))
	n0 := tb.analyses()
	tb.paste(text, "")
	tb.waitAnalysed(n0)
	want := engine.Analyze([]byte(text), engine.Options{})
	if got := tb.words(); got != want.Stats.Article.Words {
		t.Fatalf("word count = %d, want %d (as the CLI says)", got, want.Stats.Article.Words)
	}
	tb.waitSession(`"big":true`)
	tb.reloadRestored()
	if got := tb.words(); got != want.Stats.Article.Words {
		t.Errorf("after a reload the word count = %d, want %d", got, want.Stats.Article.Words)
	}
	if got := evalAs[string](tb, `document.getElementById("input").placeholder`); !strings.Contains(got, "too large to show") {
		t.Errorf("placeholder %q does not say the pasted text is too large to show", got)
	}
}

// TestLargeHTMLFileKept opens an HTML file over 4 MB: after a reload it is
// read as HTML again, from the File kept in IndexedDB.
func TestLargeHTMLFileKept(t *testing.T) {
	tb := newTab(t)
	tb.open()
	var b strings.Builder
	b.WriteString(`<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Rapport</title></head><body><nav><a href="/">Accueil</a></nav><article><h1>Rapport</h1>`)
	for i := 0; b.Len() < 4_300_000; i++ {
		fmt.Fprintf(&b, "<p>Paragraphe %d : le conseil a voté un budget de %d euros pour les écoles du quartier, selon le rapport publié mardi.</p>\n", i, 1000+i)
	}
	b.WriteString(`</article><footer>© 2025</footer></body></html>`)
	page := []byte(b.String())
	n0 := tb.analyses()
	tb.openFile("rapport.html", page)
	tb.waitAnalysed(n0)
	want := engine.Analyze(page, engine.Options{Format: "html"})
	if got := tb.words(); got != want.Stats.Article.Words {
		t.Fatalf("word count = %d, want %d (as the CLI says)", got, want.Stats.Article.Words)
	}
	tb.waitSession(`"big":true`)
	tb.reloadRestored()
	if got := tb.words(); got != want.Stats.Article.Words {
		t.Errorf("after a reload the word count = %d, want %d", got, want.Stats.Article.Words)
	}
	if got := tb.text("#status"); !strings.Contains(got, "HTML") || !strings.Contains(got, "rapport.html") {
		t.Errorf("after a reload the status %q does not say the file is read as HTML", got)
	}
}

// waitSession waits until the saved session holds every one of parts (an
// input kept in IndexedDB says "big":true once it is written).
func (tb *tab) waitSession(parts ...string) {
	tb.t.Helper()
	cond := make([]string, len(parts))
	for i, part := range parts {
		cond[i] = fmt.Sprintf(`(localStorage.getItem("safi.session") || "").includes(%s)`, js(part))
	}
	tb.waitJS(strings.Join(cond, " && "), 30*time.Second)
}

// reloadRestored reloads the page and waits for the analysis of the input
// it restores.
func (tb *tab) reloadRestored() {
	tb.t.Helper()
	tb.run(chromedp.Reload())
	tb.waitReady()
	tb.waitAnalysed(0)
}

// TestWrappedParagraphs pastes a text set at a fixed width (a plain-text
// e-mail, a PDF's copy): the reader joins each paragraph's rows into one
// block (textread.joinWrapped), and the article shows each as one flowing
// paragraph, its rows' line breaks as spaces, as the CLI's paragraphs.
func TestWrappedParagraphs(t *testing.T) {
	paras := []string{
		"The town council voted on Tuesday to extend the northern bus line to the new suburbs by the end of next year, after two years of studies and a public consultation that drew more than four thousand answers from the residents of the valley.",
		"The mayor said the works would begin in March and that the line would serve the hospital, the university and the new housing estates, which have grown faster than the roads that lead to them, and that fares would not rise.",
	}
	text := "Buses reach the suburbs\n\n"
	for _, p := range paras {
		line := ""
		for _, w := range strings.Fields(p) {
			if line != "" && len(line)+1+len(w) > 60 {
				text += line + "\n"
				line = ""
			}
			if line != "" {
				line += " "
			}
			line += w
		}
		text += line + "\n\n"
	}
	var want []string
	for _, p := range engine.Analyze([]byte(text), engine.Options{}).Article.Paragraphs {
		if p.Kind == "paragraph" {
			want = append(want, strings.Join(strings.Fields(p.Text), " "))
		}
	}
	if !slices.Equal(want, paras) {
		t.Fatalf("the engine's paragraphs = %q, want the two paragraphs whole", want)
	}
	tb := newTab(t)
	tb.open()
	n0 := tb.analyses()
	tb.paste(text, "")
	tb.waitAnalysed(n0)
	var got []string
	tb.eval(`Array.from(document.querySelectorAll("#article-body p")).map(p => p.innerText)`, &got)
	if !slices.Equal(got, paras) {
		t.Errorf("article paragraphs shown = %q, want %q: each paragraph whole, its rows joined by spaces", got, paras)
	}
}
