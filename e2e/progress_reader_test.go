package e2e

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/safi-app/safi/internal/devkit/benchdata"
	"github.com/safi-app/safi/internal/devkit/testfiles"
	"github.com/safi-app/safi/internal/engine"
	"github.com/safi-app/safi/internal/report"
)

// TestHugeInput opens a 20 MB text file: the status line names each stage
// as the worker begins it, Cancel stops the analysis and keeps the input
// (the page answers at once, and analyses it again on request), and in the
// finished report's segmentation view the jump buttons reach the article
// and the next block of a class.
func TestHugeInput(t *testing.T) {
	tb := newTabFor(t, 6*time.Minute)
	tb.open()
	src := benchdata.Paste(20<<20, 19)
	tb.openFile("huge.txt", src)

	// The stages, in order, as they begin.
	tb.waitJS(`document.getElementById("cancel") !== null && document.getElementById("stages") !== null`, 30*time.Second)
	tb.waitJS(`(document.getElementById("stages") || {dataset: {}}).dataset.seen === "reading classifying"`, 60*time.Second)
	if cur := tb.text(`#stages [aria-current="step"]`); cur != "Classifying" {
		t.Errorf("current stage %q, want Classifying", cur)
	}
	if got := tb.text(`#stages li.done`); got != "Reading" {
		t.Errorf("stage done %q, want Reading", got)
	}

	// Cancel while classifying: the status says so at once, the input is
	// kept, and no report comes.
	n0 := tb.analyses()
	w0 := tb.workers()
	tb.run(chromedp.Click(chromedp.CSS("#cancel")))
	tb.waitJS(`document.getElementById("reanalyze") !== null`, 5*time.Second)
	// The worker running the analysis was terminated and a new one started:
	// the cancelled analysis cannot answer.
	w1 := tb.waitWorkers(w0.replaced(), 5*time.Second)
	if got := tb.text("#status-text"); !strings.Contains(got, "cancelled") || !strings.Contains(got, "kept") {
		t.Errorf("status after Cancel %q", got)
	}
	if got := evalAs[string](tb, `document.getElementById("input").placeholder`); !strings.Contains(got, "huge.txt") {
		t.Errorf("placeholder %q: the file is not kept", got)
	}
	if evalAs[bool](tb, `document.getElementById("stages") !== null || document.getElementById("cancel") !== null`) {
		t.Error("the stages or Cancel are still shown after Cancel")
	}
	tb.waitJS(`document.activeElement.id === "reanalyze"`, 5*time.Second)
	if got := tb.analyses(); got != n0 {
		t.Errorf("analyses %d after Cancel, want %d: the cancelled analysis was counted", got, n0)
	}

	// The app is usable: the kept input is analysed again, in a new
	// worker, to the end.
	tb.run(chromedp.Click(chromedp.CSS("#reanalyze")))
	tb.waitJS(fmt.Sprintf(`Number(document.getElementById("status").dataset.analyses || 0) > %d && document.getElementById("results") !== null && document.getElementById("results").dataset.complete === "true"`, n0), 5*time.Minute)
	if got := tb.text("#error"); got != "<missing>" {
		t.Fatalf("the analysis failed: %s", got)
	}
	if got := evalAs[string](tb, `document.getElementById("status").dataset.engine`); got != "worker" {
		t.Errorf("the second analysis ran in %q, want the (new) worker", got)
	}
	if got := tb.workers(); got != w1 {
		t.Errorf("workers %v after the second analysis, want %v: the worker Cancel started did not run it to the end", got, w1)
	}
	want := engine.Analyze(src, engine.Options{})
	if got := tb.words(); got != want.Stats.Article.Words {
		t.Errorf("word count = %d, want %d (as the CLI says)", got, want.Stats.Article.Words)
	}

	// Jump to the article: the view starts at its first block, focused.
	first := -1
	for i, b := range want.Blocks {
		if (b.Class == report.ClassParagraph || b.Class == report.ClassHeading) && strings.TrimSpace(string(src[b.Start:b.End])) != "" {
			first = i
			break
		}
	}
	tb.run(chromedp.Click(chromedp.CSS("#jump-article")))
	tb.waitJS(fmt.Sprintf(`document.getElementById("seg-range").dataset.from === "%d"`, first), 10*time.Second)
	tb.waitJS(fmt.Sprintf(`document.activeElement && document.activeElement.dataset.block === "%d"`, first), 10*time.Second)

	// Next boilerplate, twice: each a boilerplate block further on.
	prev := first
	for k := range 2 {
		tb.run(chromedp.Click(chromedp.CSS("#jump-boilerplate")))
		tb.waitJS(fmt.Sprintf(`document.activeElement && document.activeElement.classList.contains("c-boilerplate") && Number(document.activeElement.dataset.block) > %d`, prev), 10*time.Second)
		at, _ := strconv.Atoi(evalAs[string](tb, `document.activeElement.dataset.block`))
		if want.Blocks[at].Class != report.ClassBoilerplate {
			t.Errorf("jump %d: block %d is %s, want boilerplate", k+1, at, want.Blocks[at].Class)
		}
		for i := prev + 1; i < at; i++ {
			if want.Blocks[i].Class == report.ClassBoilerplate && strings.TrimSpace(string(src[want.Blocks[i].Start:want.Blocks[i].End])) != "" {
				t.Errorf("jump %d skipped boilerplate block %d (went from %d to %d)", k+1, i, prev, at)
				break
			}
		}
		prev = at
	}

	// A click on the block jumped to corrects that block: the view moved,
	// and each place in it now holds another block than when first drawn.
	sel := fmt.Sprintf(`#segmentation [data-block="%d"]`, prev)
	pressed := evalAs[string](tb, fmt.Sprintf(`document.querySelector(%s).getAttribute("aria-pressed")`, js(sel)))
	tb.run(chromedp.Click(chromedp.CSS(sel)))
	tb.waitJS(fmt.Sprintf(`(() => { const e = document.querySelector(%s); return e !== null && e.getAttribute("aria-pressed") !== %s && e.classList.contains("corrected"); })()`, js(sel), js(pressed)), 10*time.Second)
	if n := evalAs[int](tb, `document.querySelectorAll("#segmentation .corrected").length`); n != 1 {
		t.Errorf("%d blocks shown as corrected after one click, want 1", n)
	}
	tb.run(chromedp.Click(chromedp.CSS("#undo")))
	tb.waitJS(`document.querySelectorAll("#segmentation .corrected").length === 0`, 10*time.Second)

	tb.run(chromedp.Click(chromedp.CSS("#jump-start")))
	tb.waitJS(`document.getElementById("seg-range").dataset.from === "0"`, 10*time.Second)
}

// TestReadabilityGrade: the grade beside the counts, for an Arabic and an
// English article, is the CLI's, with its formula named and cited.
func TestReadabilityGrade(t *testing.T) {
	tb := newTab(t)
	tb.open()
	en, err := os.ReadFile(testfiles.Path("testdata", "pages", "en-wire-story", "input.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text, formula, cite string
	}{
		{readSeed(t), "osman", "El-Haj & Rayson, LREC 2016"},
		{string(en), "flesch", "Flesch, 1948"},
	} {
		n0 := tb.analyses()
		tb.paste(tc.text, "")
		tb.waitAnalysed(n0)
		want := engine.Analyze([]byte(tc.text), engine.Options{}).Readability
		if want == nil || want.Formula != tc.formula {
			t.Fatalf("the CLI's grade is %+v, want one by %s", want, tc.formula)
		}
		var got struct{ Score, Formula, Title, Text string }
		tb.eval(`(() => { const e = document.getElementById("stat-readability"); return e ? {Score: e.dataset.score, Formula: e.dataset.formula, Title: e.title, Text: e.textContent} : null; })()`, &got)
		if got.Score != strconv.FormatFloat(want.Score, 'f', -1, 64) || got.Formula != tc.formula {
			t.Errorf("%s: the page shows %s by %q, the CLI %v", tc.formula, got.Score, got.Formula, want.Score)
		}
		if !strings.Contains(got.Title, tc.cite) {
			t.Errorf("%s: tooltip %q does not cite %s", tc.formula, got.Title, tc.cite)
		}
		if note := tb.text("#readability-note"); !strings.Contains(note, "100") {
			t.Errorf("%s: no explanation of the scale: %q", tc.formula, note)
		}
	}
}

// TestPasteButton: the Paste button analyses the clipboard's text (the
// clipboard stubbed, as in TestCopy), and says clearly when the browser
// refuses.
func TestPasteButton(t *testing.T) {
	tb := newTab(t)
	tb.beforeLoad(`Object.defineProperty(navigator, "clipboard", {value: {readText: async () => { if (window.__refuse) throw new DOMException("denied", "NotAllowedError"); return window.__clip; }}});`)
	tb.open()
	seed := readSeed(t)
	tb.eval(fmt.Sprintf(`(() => { window.__clip = %s; return true; })()`, js(seed)), new(bool))
	n0 := tb.analyses()
	tb.run(chromedp.Click(chromedp.CSS("#paste")))
	tb.waitAnalysed(n0)
	want := engine.Analyze([]byte(seed), engine.Options{})
	if got := tb.words(); got != want.Stats.Article.Words {
		t.Errorf("word count = %d, want %d", got, want.Stats.Article.Words)
	}
	// The text goes into the textarea once the report is painted.
	tb.waitJS(fmt.Sprintf(`document.getElementById("input").value === %s`, js(seed)), 5*time.Second)
	if got := evalAs[string](tb, `document.getElementById("input").value`); got != seed {
		t.Errorf("the textarea holds %d bytes, not the clipboard's text", len(got))
	}

	tb.eval(`(() => { window.__refuse = true; return true; })()`, new(bool))
	tb.run(chromedp.Click(chromedp.CSS("#paste")))
	tb.waitJS(`[...document.querySelectorAll("#dropzone .alert")].some(e => e.textContent.includes("did not let Safi read the clipboard"))`, 10*time.Second)
	if got := tb.words(); got != want.Stats.Article.Words {
		t.Errorf("after a refusal the word count = %d, want %d: the input changed", got, want.Stats.Article.Words)
	}
}

// TestReadingView: the reading view shows the article; its controls change
// the font size and the line width; Escape closes it; the print
// stylesheet prints only it.
func TestReadingView(t *testing.T) {
	tb := newTab(t)
	tb.open()
	tb.pasteSeed()
	tb.run(chromedp.Click(chromedp.CSS("#read")))
	tb.waitJS(`document.getElementById("reader") !== null && document.activeElement.id === "reader"`, 10*time.Second)
	size := func() float64 {
		return evalAs[float64](tb, `parseFloat(getComputedStyle(document.querySelector("#reader .reader-text p")).fontSize)`)
	}
	width := func() float64 {
		return evalAs[float64](tb, `parseFloat(getComputedStyle(document.querySelector("#reader .reader-text")).maxWidth)`)
	}
	s0, w0 := size(), width()
	tb.run(chromedp.Click(chromedp.CSS("#font-up")))
	tb.waitJS(`document.getElementById("reader").dataset.font === "3"`, 5*time.Second)
	if s1 := size(); s1 <= s0 {
		t.Errorf("A+: font size %v, was %v", s1, s0)
	}
	tb.run(chromedp.Click(chromedp.CSS("#font-down")), chromedp.Click(chromedp.CSS("#font-down")))
	tb.waitJS(`document.getElementById("reader").dataset.font === "1"`, 5*time.Second)
	if s2 := size(); s2 >= s0 {
		t.Errorf("A− twice: font size %v, was %v", s2, s0)
	}
	tb.run(chromedp.Click(chromedp.CSS("#width-up")))
	tb.waitJS(`document.getElementById("reader").dataset.width === "3"`, 5*time.Second)
	if w1 := width(); w1 <= w0 {
		t.Errorf("wider: line width %v, was %v", w1, w0)
	}
	if got, want := tb.text("#reader-title"), engine.Analyze([]byte(readSeed(t)), engine.Options{}).Article.Title; got != want {
		t.Errorf("reading view title %q, want %q", got, want)
	}

	// Printed, only the reading view shows.
	media := func(m string) {
		if _, err := chromedp.Call(tb.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: m}); err != nil {
			t.Fatal(err)
		}
	}
	media("print")
	shown := func(id string) bool {
		return evalAs[bool](tb, fmt.Sprintf(`document.getElementById(%s).getClientRects().length > 0`, js(id)))
	}
	if shown("dropzone") || shown("results") || shown("print") || !shown("reader-title") {
		t.Error("printed, the page shows more than the reading view")
	}
	media("")

	tb.run(chromedp.KeyEvent(kb.Escape))
	tb.waitJS(`document.getElementById("reader") === null && document.activeElement.id === "read"`, 5*time.Second)
}

// TestHugePasteFeedback: a paste too large to show says it is reading the
// pasted text before the page copies it (that copy held the page with
// nothing on screen), then goes through the stages to the CLI's report.
func TestHugePasteFeedback(t *testing.T) {
	tb := newTabFor(t, 3*time.Minute)
	tb.open()
	text := string(benchdata.Paste(12<<20, 23))
	tb.eval(`(() => { window.__status = []; new MutationObserver(() => { const s = document.getElementById("status-text"); if (s) window.__status.push(s.textContent); }).observe(document.getElementById("status"), {subtree: true, childList: true, characterData: true}); return true; })()`, new(bool))
	n0 := tb.analyses()
	tb.paste(text, "")
	tb.waitJS(fmt.Sprintf(`Number(document.getElementById("status").dataset.analyses || 0) > %d && document.getElementById("results") !== null && document.getElementById("results").dataset.complete === "true"`, n0), 150*time.Second)
	var seen []string
	tb.eval(`window.__status`, &seen)
	pasting, reading := -1, -1
	for i, s := range seen {
		if pasting < 0 && strings.HasPrefix(s, "Reading the pasted text (") {
			pasting = i
		}
		if reading < 0 && strings.HasPrefix(s, "Reading 12 MB") {
			reading = i
		}
	}
	if pasting < 0 || reading < pasting {
		t.Errorf("status texts %q: want \"Reading the pasted text\" before \"Reading 12 MB\"", seen)
	}
	want := engine.Analyze([]byte(text), engine.Options{})
	if got := tb.words(); got != want.Stats.Article.Words {
		t.Errorf("word count = %d, want %d (as the CLI says)", got, want.Stats.Article.Words)
	}
}

// TestEscapeCancels: Escape, with nothing open, cancels the analysis under
// way as the Cancel button does.
func TestEscapeCancels(t *testing.T) {
	tb := newTabFor(t, 3*time.Minute)
	tb.open()
	tb.openFile("huge.txt", benchdata.Paste(20<<20, 29))
	tb.waitJS(`document.getElementById("cancel") !== null`, 30*time.Second)
	n0 := tb.analyses()
	w0 := tb.workers()
	tb.run(chromedp.KeyEvent(kb.Escape))
	tb.waitJS(`document.getElementById("reanalyze") !== null && document.getElementById("cancel") === null`, 10*time.Second)
	tb.waitWorkers(w0.replaced(), 5*time.Second)
	if got := tb.analyses(); got != n0 {
		t.Errorf("analyses %d after Escape, want %d", got, n0)
	}
}

// workerCount is the status line's data-workers: how many analysis workers
// the page has started and how many it has terminated.
type workerCount struct{ started, terminated int }

func (w workerCount) String() string { return fmt.Sprintf("%d/%d", w.started, w.terminated) }

// replaced is w after the worker in use was terminated and a new one
// started in its place.
func (w workerCount) replaced() workerCount { return workerCount{w.started + 1, w.terminated + 1} }

// workers reads the status line's data-workers; it fails the test unless
// a worker runs (one started more than terminated).
func (tb *tab) workers() workerCount {
	tb.t.Helper()
	s := evalAs[string](tb, `document.getElementById("status").dataset.workers || ""`)
	a, b, ok := strings.Cut(s, "/")
	started, err1 := strconv.Atoi(a)
	terminated, err2 := strconv.Atoi(b)
	if !ok || err1 != nil || err2 != nil || started != terminated+1 {
		tb.t.Fatalf("data-workers %q: want started/terminated with one worker running", s)
	}
	return workerCount{started, terminated}
}

// waitWorkers waits until the status line's data-workers is want, and
// returns it; it fails the test if it is not by timeout.
func (tb *tab) waitWorkers(want workerCount, timeout time.Duration) workerCount {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, timeout)
	defer cancel()
	cond := fmt.Sprintf(`(document.getElementById("status").dataset.workers || "") === %q`, want.String())
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](cond, chromedp.WithPollingInterval(20*time.Millisecond), chromedp.WithPollingTimeout(timeout))); err != nil {
		got := evalAs[string](tb, `document.getElementById("status").dataset.workers || ""`)
		tb.t.Fatalf("data-workers %q, want %q: the worker was not terminated and replaced", got, want)
	}
	return want
}
