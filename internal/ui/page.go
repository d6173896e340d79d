package ui

import (
	_ "embed"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/safi-app/safi/internal/report"
	"github.com/safi-app/safi/internal/ui/worker"
)

// seed is the example page "Try an example" loads: a copy of
// testdata/seed.txt.
//
//go:embed seed.txt
var seed string

// segmentWindow is how many blocks the segmentation view shows at first,
// and how many more each "show more" adds.
const segmentWindow = 100

// Page is Safi's one screen: the input, and everything the report says.
// Its state is grouped by concern, each group beside the code that keeps
// it: the input (input.go), the saved session (persist.go), the analysis
// and corrections (analysis.go), and what the report view shows.
type Page struct {
	app.Compo

	lang string // interface language

	in     pageInput    // what the user gave: input.go
	store  pageStore    // what is saved of it: persist.go
	run    pageAnalysis // the analyses and corrections: analysis.go
	screen pageScreen   // how the report is shown

	dispatch func(func(app.Context)) // ctx.Dispatch, for callbacks that outlive their handler
}

// pageScreen is how the report is shown: which parts are drawn, sorted and
// said.
type pageScreen struct {
	view         int            // bumped whenever the report view must be drawn again
	sections     int            // sections of the report drawn so far (see results)
	limits       map[string]int // items shown of each long list
	figSort      string
	figDesc      bool
	copyMsg      string // how copying the article went
	headlinesMsg string // how copying the ticker headlines went
	updateReady  bool
	confirmClear bool
	reading      bool // the reading view is open
	fontStep     int  // the reading view's font size, from readerDefault
	widthStep    int  // the reading view's line width, from readerDefault
	segFrom      int  // the first block the segmentation view shows
	segAt        int  // the block last jumped to, plus one (0: none)
}

// OnMount picks the interface language, restores the saved input and hooks
// the paste and drop listeners.
func (p *Page) OnMount(ctx app.Context) {
	p.lang = storageGet(keyLang)
	if !validLang(p.lang) {
		p.lang = MatchLanguage(browserLanguages()...)
	}
	// Arabic numbers follow the region of the browser's first Arabic
	// language (Latin digits in the Maghreb).
	SetArabicRegion(ArabicRegion(browserLanguages()...))
	setDocumentLanguage(p.lang)
	p.screen.updateReady = ctx.AppUpdateAvailable()
	p.hookEvents(ctx)
	wk := worker.Start(ctx.ResolveStaticResource("/web/worker.js"))
	p.run.an = &fallback{wk: wk}
	p.dispatch = ctx.Dispatch

	if p.restore(ctx) {
		return
	}
	p.warmUp(ctx)
}

// OnDismount releases the listeners.
func (p *Page) OnDismount() {
	for _, l := range p.in.listeners {
		l.release()
	}
	p.in.listeners = nil
}

// OnAppUpdate shows the "update available" banner.
func (p *Page) OnAppUpdate(ctx app.Context) {
	p.screen.updateReady = ctx.AppUpdateAvailable()
}

func validLang(l string) bool {
	for _, x := range Languages {
		if l == x {
			return true
		}
	}
	return false
}

func (p *Page) example(ctx app.Context, e app.Event) {
	p.setInput(ctx, seed, "", "")
}

func (p *Page) askClear(ctx app.Context, e app.Event) {
	if p.in.text == "" && p.in.html == "" && p.in.raw == nil && elementValue("input") == "" {
		return
	}
	p.screen.confirmClear = true
	p.focusAfter("clear-no")
}

func (p *Page) clear(ctx app.Context, e app.Event) {
	p.run.seq++
	p.in.text, p.in.html, p.in.file, p.in.raw, p.run.corr, p.in.fileObj = "", "", "", nil, nil, nil
	setElementValue("input", "")
	p.run.sess, p.run.errMsg, p.run.busy, p.run.took = nil, "", false, 0
	p.screen.confirmClear = false
	p.save()
	p.focusAfter("input") // the focus was on the button that went away
}

func (p *Page) cancelClear(ctx app.Context, e app.Event) {
	p.screen.confirmClear = false
	p.focusAfter("clear")
}

// focusAfter focuses the element id once the page is drawn again. The
// Defer goes through the page's own context: a handler's context is its
// element's, and go-app drops the Defer of an element the update removed
// (the Clear button, for one).
func (p *Page) focusAfter(id string) {
	if p.dispatch == nil {
		return
	}
	p.dispatch(func(ctx app.Context) {
		ctx.Defer(func(app.Context) {
			worker.JSCall(func() {
				if el := app.Window().GetElementByID(id); el.Truthy() {
					el.Call("focus")
				}
			})
		})
	})
}

// escape is the Escape key (issue 19, point 7): it closes what is open —
// the Clear confirmation, the reading view, else the list (details) that
// holds the focus — or, with nothing open, cancels the analysis under way.
func (p *Page) escape(ctx app.Context) {
	if p.screen.confirmClear {
		p.cancelClear(ctx, app.Event{})
		return
	}
	if p.screen.reading {
		p.closeReader(ctx, app.Event{})
		return
	}
	closed := false
	worker.JSCall(func() {
		active := app.Window().Get("document").Get("activeElement")
		if !active.Truthy() || active.Get("closest").IsUndefined() {
			return
		}
		d := active.Call("closest", "details[open]")
		if !d.Truthy() {
			return
		}
		d.Set("open", false)
		closed = true
		if s := d.Call("querySelector", "summary"); s.Truthy() {
			s.Call("focus")
		}
	})
	if !closed && p.cancelable() {
		p.cancel(ctx, app.Event{})
	}
}

// skipToResults is the skip link: the focus moves to the results.
func (p *Page) skipToResults(ctx app.Context, e app.Event) {
	e.PreventDefault()
	worker.JSCall(func() {
		if el := app.Window().GetElementByID("results"); el.Truthy() {
			el.Call("focus")
			el.Call("scrollIntoView")
		}
	})
}

func (p *Page) setLang(ctx app.Context, e app.Event) {
	l := ctx.JSSrc().Get("value").String()
	if !validLang(l) {
		return
	}
	p.lang = l
	setDocumentLanguage(l)
	storageSet(keyLang, l)
}

func (p *Page) reload(ctx app.Context, e app.Event) {
	ctx.Reload()
}

// windowSteps says how many items of each long list the page shows at
// first, and how many more each "show more" adds: a huge paste must not
// make the page render hundreds of thousands of elements.
var windowSteps = map[string]int{
	"segments":   segmentWindow,
	"paragraphs": 100,
	"figures":    50,
	"dates":      50,
	"quotes":     50,
	"ticker":     100,
	"removed":    50,
}

// Handlers that capture what they were drawn with (a block's index, a
// list's limit, a column) name it in app.EventScope: go-app compares an
// element's new handler with the one it has by code address and scope, and
// keeps the old one when both match, so without the scope a list's "more"
// button would work once, and a block shifted into another's place would
// toggle the other.

// windower returns how many of the n items of the list key to show, and
// the button that shows more (nil when all are shown).
type windower func(key string, n int) (int, app.UI)

func (p *Page) window(lang string) windower {
	return func(key string, n int) (int, app.UI) {
		step := windowSteps[key]
		lim := p.screen.limits[key]
		if lim <= 0 {
			lim = step
		}
		if lim >= n {
			return n, nil
		}
		more := min(step, n-lim)
		return lim, button("more-"+key, "btn more", Tf(lang, "list.more", FormatInt(lang, more), FormatInt(lang, n-lim)),
			func(ctx app.Context, e app.Event) {
				if p.screen.limits == nil {
					p.screen.limits = map[string]int{}
				}
				p.screen.limits[key] = lim + step
			}, app.EventScope(key, lim))
	}
}

func (p *Page) sortFigures(key string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		if p.screen.figSort == key {
			p.screen.figDesc = !p.screen.figDesc
		} else {
			p.screen.figSort, p.screen.figDesc = key, key == "value"
		}
	}
}

// copyFrom returns a handler that copies what text makes of the report to
// the clipboard and says how it went in *msg.
func (p *Page) copyFrom(msg *string, text func(report.Report) string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		if p.run.sess == nil {
			return
		}
		copyText(text(p.run.sess.Report), func(err error) {
			ctx.Dispatch(func(ctx app.Context) {
				if err != nil {
					*msg = T(p.lang, "article.copyfail")
				} else {
					*msg = T(p.lang, "article.copied")
				}
			})
		})
	}
}
