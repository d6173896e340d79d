package ui

import (
	_ "embed"
	"encoding/json"
	"path"
	"strings"
	"time"
	"unsafe"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/safi-app/safi/internal/engine"
	"github.com/safi-app/safi/internal/report"
)

// seed is the example page "Try an example" loads: a copy of
// testdata/seed.txt.
//
//go:embed seed.txt
var seed string

// Storage keys.
const (
	keySession = "safi.session" // file name and corrections, as JSON
	keyInput   = "safi.input"   // the text, as it is
	keyHTML    = "safi.html"    // the HTML flavour of the input, as it is
	keyLang    = "safi.lang"
)

// maxStored is the largest input kept in localStorage (browsers allow
// about 5 MB per site); a bigger one is kept in IndexedDB (bigstore.go).
const maxStored = 4 << 20

// maxShown is the largest input the textarea shows. Beyond it the browser
// spends seconds laying the text out and every key press costs more (a
// 64 MB file froze headless Chromium's tab for over a minute): a larger
// file or paste is analysed without being shown, and the textarea says so.
const maxShown = 4 << 20

// segmentWindow is how many blocks the segmentation view shows at first,
// and how many more each "show more" adds.
const segmentWindow = 100

// saved is what the page keeps in localStorage under keySession. The input
// itself is kept under keyInput and keyHTML as it is: encoding megabytes as
// JSON on every edit held the main thread for 90–240 ms with 1 MB (measured
// in headless Chromium on a loaded machine). Input and HTML are read here
// only from sessions saved before that.
type saved struct {
	Input string             `json:"input,omitempty"`
	HTML  string             `json:"html,omitempty"`
	File  string             `json:"file,omitempty"`
	Corr  engine.Corrections `json:"corrections,omitempty"`
	Big   bool               `json:"big,omitempty"` // the input is in IndexedDB
}

// Page is Safi's one screen: the input, and everything the report says.
type Page struct {
	app.Compo

	lang string // interface language

	input    string // the text as the textarea holds it
	shown    string // the textarea's value attribute: changed only by the app
	html     string // the HTML flavour of a paste or an .html file, analysed instead of input
	file     string // name of the opened file
	raw      []byte // bytes of an opened text file (may hold invalid UTF-8)
	hidden   int    // bytes of an input too large to show in the textarea (0: shown)
	corr     engine.Corrections
	sess     *Session
	an       analyzer // the analysis worker, or the engine in-process
	view     int      // bumped whenever the report view must be drawn again
	sections int      // sections of the report drawn so far (see results)
	seq      int      // input version: a stale analysis is dropped
	analyses int      // analyses completed, for tests and curious users
	requests int      // analyses started, for tests
	busy     bool
	stage    string
	took     time.Duration
	errMsg   string

	storeMsg     string
	storedInput  string // what localStorage holds under keyInput and keyHTML
	storedHTML   string
	fileMsg      string
	copyMsg      string // how copying the article went
	headlinesMsg string // how copying the ticker headlines went
	updateReady  bool
	confirmClear bool
	limits       map[string]int // items shown of each long list
	figSort      string
	figDesc      bool

	listeners []*listener

	correcting bool                            // a correction is being measured
	pending    []func(*Session) (Change, bool) // corrections clicked meanwhile, in order

	dispatch func(func(app.Context)) // ctx.Dispatch, for callbacks that outlive their handler

	// The input kept in IndexedDB: the strings and bytes written (compared
	// by identity, see same), and whether a record may be there.
	bigInput, bigHTML string
	bigRaw            []byte
	bigStored         bool
	fileObj           app.Value // the File the input was read from, if it was (kept in IndexedDB as it is)

	afterPost func() // run once the next analysis is on its way to the worker
	inserting bool   // the app is inserting a paste into the textarea
	ownInputs int    // input events of the app's insertions not yet handled
}

// OnMount picks the interface language, restores the saved input and hooks
// the paste and drop listeners.
func (p *Page) OnMount(ctx app.Context) {
	p.lang = storageGet(keyLang)
	if !validLang(p.lang) {
		p.lang = MatchLanguage(browserLanguages()...)
	}
	setDocumentLanguage(p.lang)
	p.updateReady = ctx.AppUpdateAvailable()
	p.hookEvents(ctx)
	wk := startWorker(ctx.ResolveStaticResource("/web/worker.js"))
	p.an = &fallback{wk: wk}
	p.dispatch = ctx.Dispatch

	if s := storageGet(keySession); s != "" {
		var sv saved
		if json.Unmarshal([]byte(s), &sv) == nil {
			if sv.Big {
				p.restoreBig(ctx, sv)
				return
			}
			// What is under keyInput and keyHTML is known to be saved; a
			// session of the old format is saved again in the new one.
			if p.storedInput = storageGet(keyInput); p.storedInput != "" {
				sv.Input = p.storedInput
			}
			if p.storedHTML = storageGet(keyHTML); p.storedHTML != "" {
				sv.HTML = p.storedHTML
			}
		}
		if sv.Input != "" || sv.HTML != "" {
			p.input, p.html, p.file, p.corr = sv.Input, sv.HTML, sv.File, sv.Corr
			setElementValue("input", p.input)
			p.analyze(ctx)
			return
		}
	}
	p.warmUp(ctx)
}

// restoreBig restores a session whose input is kept in IndexedDB, unless
// the user has begun something else by the time it is read.
func (p *Page) restoreBig(ctx app.Context, sv saved) {
	p.bigStored = true // a record is there, to remove if the input changes
	bigGet(func(in bigInput, ok bool, err error) {
		ctx.Dispatch(func(ctx app.Context) {
			if p.input != "" || p.html != "" || p.raw != nil || p.sess != nil {
				return // the user was quicker
			}
			if !ok {
				storageDel(keySession)
				p.warmUp(ctx)
				return
			}
			// The slices read are the page's own: strings over them are
			// not copied again.
			shown := ""
			text := in.Text
			switch {
			case in.IsFile && isHTMLName(sv.File):
				if len(in.Bytes) <= maxShown {
					shown = toValidUTF8(in.Bytes)
				}
				p.input, p.html = shown, unsafe.String(unsafe.SliceData(in.Bytes), len(in.Bytes))
			case in.IsFile:
				if len(in.Bytes) <= maxShown {
					shown = toValidUTF8(in.Bytes)
				}
				p.input, p.raw = shown, in.Bytes
				if shown == "" && len(in.Bytes) > 0 {
					p.hidden = len(in.Bytes)
				}
			default:
				p.input = unsafe.String(unsafe.SliceData(text), len(text))
				p.html = unsafe.String(unsafe.SliceData(in.HTML), len(in.HTML))
				if shown = p.input; len(shown) > maxShown {
					p.hidden, shown = len(shown), ""
				}
			}
			p.file, p.corr = sv.File, sv.Corr
			p.bigInput, p.bigHTML, p.bigRaw = p.input, p.html, p.raw
			setElementValue("input", shown)
			p.analyze(ctx)
		})
	})
}

// warmUp runs the engine on the example page before the user's first
// paste, so that the one-time costs of a first analysis in WebAssembly
// (measured in headless Chromium: 396 ms for the seed the first time, 68 ms
// after) are not the user's. The worker analyses it warmRuns times at once,
// off the page's thread, so that the browser compiles the engine's hot
// functions to optimised code (its queue keeps this before any analysis
// the user asks for, and drops it for one); in-process, one analysis waits
// a moment so as not to disturb the first paint.
func (p *Page) warmUp(ctx app.Context) {
	an := p.analyzer()
	wk := workerOf(an)
	ctx.Async(func() {
		if wk != nil && wk.warm([]byte(seed), warmRuns) == nil {
			return
		}
		time.Sleep(warmUpDelay)
		an.analyze(-1, []byte(seed), "text", nil, nil)
	})
}

// warmRuns is how many times the worker analyses the example page when it
// starts.
const warmRuns = 20

// analyzer returns what runs the page's analyses.
func (p *Page) analyzer() analyzer {
	if p.an == nil {
		return local{}
	}
	return p.an
}

// warmUpDelay leaves the first paint and the user's first look undisturbed.
const warmUpDelay = 1500 * time.Millisecond

// OnDismount releases the listeners.
func (p *Page) OnDismount() {
	for _, l := range p.listeners {
		l.release()
	}
	p.listeners = nil
}

// OnAppUpdate shows the "update available" banner.
func (p *Page) OnAppUpdate(ctx app.Context) {
	p.updateReady = ctx.AppUpdateAvailable()
}

func validLang(l string) bool {
	for _, x := range Languages {
		if l == x {
			return true
		}
	}
	return false
}

// hookEvents adds the synchronous paste, drag and drop listeners: go-app's
// own handlers run after the event is over, too late to read the clipboard
// or prevent the default.
func (p *Page) hookEvents(ctx app.Context) {
	area := app.Window().GetElementByID("input")
	zone := app.Window().GetElementByID("dropzone")
	if !area.Truthy() || !zone.Truthy() {
		return
	}
	p.listeners = append(p.listeners,
		listen(area, "paste", func(e app.Value) { p.onPaste(ctx, area, e) }),
		listen(area, "input", func(e app.Value) {
			if p.inserting {
				p.ownInputs++
			}
		}),
		listen(zone, "dragover", func(e app.Value) { e.Call("preventDefault") }),
		listen(zone, "drop", func(e app.Value) { p.onDrop(ctx, area, e) }),
	)
}

// onPaste handles a paste into the textarea. A paste that carries HTML and
// replaces the whole text is analysed as HTML; anything else is inserted as
// plain text.
func (p *Page) onPaste(ctx app.Context, area, e app.Value) {
	text, html := transferData(e.Get("clipboardData"))
	if text == "" && html == "" {
		return // let the browser do what it does
	}
	e.Call("preventDefault")
	var whole bool
	jsCall(func() {
		n := area.Get("textLength").Int() // UTF-16 units, as the selection counts
		whole = n == 0 || (area.Get("selectionStart").Int() == 0 && area.Get("selectionEnd").Int() >= n)
	})
	if html != "" && whole || len(text) > maxShown {
		// A paste too large to show replaces the whole input.
		ctx.Dispatch(func(ctx app.Context) { p.setInput(ctx, text, html, "") })
		return
	}
	if text == "" {
		return
	}
	// A textarea's value holds line breaks as LF; some browsers (Chromium
	// 148) keep a pasted CR LF as it is when execCommand inserts it, so the
	// page inserts LF itself and the textarea holds what was analysed.
	text = lfBreaks(text)
	if len(text) <= undoablePaste {
		// The browser's undoable insertion is slow (30–45 ms for the
		// 15 KB example, whose ticker is one long line): the text the
		// textarea will hold is analysed first, and inserted while the
		// worker reads it.
		v, ok := pastedValue(area, text)
		if !ok {
			insertText(area, text)
			ctx.Dispatch(func(ctx app.Context) { p.pasted(ctx) })
			return
		}
		ctx.Dispatch(func(ctx app.Context) {
			p.afterPost = func() {
				// The input events of the insertion (one per line) are
				// counted as they fire, and go-app's handler, which runs
				// after, skips as many.
				p.inserting = true
				insertText(area, text)
				p.inserting = false
				var n int
				jsCall(func() { n = area.Get("textLength").Int() })
				if n != utf16Len(v) {
					// The browser changed the text as it inserted it:
					// what it holds is the input.
					p.takeValue(ctx)
				}
			}
			p.takeText(ctx, v)
		})
		return
	}
	insertText(area, text)
	ctx.Dispatch(func(ctx app.Context) { p.pasted(ctx) })
}

// utf16Len returns the length of s in UTF-16 units, as a textarea counts.
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n++
		if r > 0xFFFF {
			n++
		}
	}
	return n
}

// pastedValue returns the textarea's text with its selection replaced by
// text, as inserting it will leave it (line breaks as LF, as a textarea's
// value has them); ok is false when the textarea cannot be read.
func pastedValue(area app.Value, text string) (v string, ok bool) {
	text = lfBreaks(text)
	var cur string
	var start, end int
	err := jsCall(func() {
		cur = area.Get("value").String()
		start, end = area.Get("selectionStart").Int(), area.Get("selectionEnd").Int()
	})
	if err != nil || start > end {
		return "", false
	}
	// The selection counts UTF-16 units.
	head, tail := utf16Offset(cur, start), utf16Offset(cur, end)
	return cur[:head] + text + cur[tail:], true
}

// lfBreaks returns s with its line breaks (CR LF, CR) as LF.
func lfBreaks(s string) string {
	if !strings.Contains(s, "\r") {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

// utf16Offset returns the byte offset in s of the UTF-16 offset u (the end
// of s past it, the end of a character cut in half).
func utf16Offset(s string, u int) int {
	n := 0
	for i, r := range s {
		if n >= u {
			return i
		}
		n++
		if r > 0xFFFF {
			n++
		}
	}
	return len(s)
}

// undoablePaste is the largest paste inserted through execCommand, which
// keeps the browser's undo history but is slow on long lines: measured in
// headless Chromium on Arabic pages with no-break-space tickers, 0.6 s for
// 25 KB and 13 s for 200 KB, against a few milliseconds for setRangeText.
const undoablePaste = 16 << 10

// insertText inserts s at the textarea's selection, keeping the browser's
// undo history for short pastes.
// It reports whether the browser inserted it as an edit, firing an input
// event.
func insertText(area app.Value, s string) (undoable bool) {
	jsCall(func() {
		area.Call("focus")
		if len(s) <= undoablePaste {
			doc := app.Window().Get("document")
			if doc.Call("execCommand", "insertText", false, s).Bool() {
				undoable = true
				return
			}
		}
		area.Call("setRangeText", s, area.Get("selectionStart"), area.Get("selectionEnd"), "end")
	})
	return undoable
}

// onDrop takes a dropped file or dropped text.
func (p *Page) onDrop(ctx app.Context, area, e app.Value) {
	e.Call("preventDefault")
	dt := e.Get("dataTransfer")
	var file app.Value
	jsCall(func() {
		if files := dt.Get("files"); files.Truthy() && files.Length() > 0 {
			file = files.Index(0)
		}
	})
	if file != nil {
		p.openFile(ctx, file)
		return
	}
	text, html := transferData(dt)
	if text != "" || html != "" {
		ctx.Dispatch(func(ctx app.Context) { p.setInput(ctx, text, html, "") })
	}
}

// openFile reads a .txt or .html file into the input.
func (p *Page) openFile(ctx app.Context, file app.Value) {
	var name string
	jsCall(func() { name = file.Get("name").String() })
	ext := strings.ToLower(path.Ext(name))
	switch ext {
	case ".txt", ".text", ".html", ".htm", ".xhtml", "":
	default:
		ctx.Dispatch(func(ctx app.Context) { p.fileMsg = T(p.lang, "file.kind") })
		return
	}
	readFile(file, func(b []byte, err error) {
		ctx.Dispatch(func(ctx app.Context) {
			if err != nil {
				p.fileMsg = Tf(p.lang, "file.error", err.Error())
				return
			}
			p.fileMsg = ""
			p.fileObj = file
			if isHTMLName(name) {
				text := "" // too large to show: not made
				if len(b) <= maxShown {
					text = toValidUTF8(b)
				}
				p.setInput(ctx, text, string(b), name)
				return
			}
			p.setRaw(ctx, b, name)
		})
	})
}

// isHTMLName reports whether a file name says HTML.
func isHTMLName(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".html", ".htm", ".xhtml":
		return true
	}
	return false
}

// onFileChosen is the "Open file" input's change handler.
func (p *Page) onFileChosen(ctx app.Context, e app.Event) {
	files := ctx.JSSrc().Get("files")
	if !files.Truthy() || files.Length() == 0 {
		return
	}
	p.openFile(ctx, files.Index(0))
	ctx.JSSrc().Set("value", "")
}

// setRaw makes the bytes of an opened text file the input: analysed as
// they are (invalid UTF-8 included, counted by the engine), shown with
// U+FFFD in the textarea unless too large to show.
func (p *Page) setRaw(ctx app.Context, b []byte, file string) {
	if file == "" {
		p.fileObj = nil
	}
	text := ""
	if len(b) <= maxShown {
		text = toValidUTF8(b)
	}
	p.input, p.html, p.file, p.raw = text, "", file, b
	p.hidden = 0
	if text == "" && len(b) > 0 {
		p.hidden = len(b)
	}
	p.replaced(ctx, text)
}

// setInput replaces the whole input and analyses it at once.
func (p *Page) setInput(ctx app.Context, text, html, file string) {
	if file == "" {
		p.fileObj = nil
	}
	p.input, p.html, p.file, p.raw = text, html, file, nil
	p.hidden = 0
	if len(text) > maxShown {
		p.hidden = len(text)
		text = ""
	}
	p.replaced(ctx, text)
}

// replaced shows shown in the textarea (the new input, or "" for one too
// large to show), drops the corrections and analyses the new input.
func (p *Page) replaced(ctx app.Context, shown string) {
	setElementValue("input", shown)
	p.corr = nil
	p.confirmClear = false
	p.save()
	p.analyze(ctx)
}

// onInput is the textarea's input handler: it debounces the analysis.
func (p *Page) onInput(ctx app.Context, e app.Event) {
	if p.ownInputs > 0 {
		p.ownInputs-- // a paste, analysed already
		return
	}
	p.edited(ctx)
}

// edited schedules an analysis of the textarea's text once typing pauses.
func (p *Page) edited(ctx app.Context) {
	p.seq++
	seq := p.seq
	delay := 300 * time.Millisecond
	ctx.After(delay, func(ctx app.Context) {
		if seq == p.seq {
			p.takeValue(ctx)
		}
	})
}

// pasted analyses the textarea's text at once: a paste is a whole edit,
// with no more keys to wait for (the debounce cost 300 ms per paste).
func (p *Page) pasted(ctx app.Context) {
	p.seq++
	p.takeValue(ctx)
}

// takeValue makes the textarea's text the input and analyses it.
func (p *Page) takeValue(ctx app.Context) {
	v := elementValue("input")
	if p.hidden > 0 && v == "" {
		return // the large input is still there, unshown
	}
	p.takeText(ctx, v)
}

// takeText makes v, the textarea's text, the input and analyses it (which
// drops any analysis typing had scheduled: see analyze).
func (p *Page) takeText(ctx app.Context, v string) {
	p.hidden, p.fileObj = 0, nil
	p.input, p.html, p.file, p.raw = v, "", "", nil
	p.corr = nil
	p.save()
	p.analyze(ctx)
}

// source returns what to analyse and how.
func (p *Page) source() ([]byte, string) {
	// Views of the strings, not copies (each copy of a 64 MB input held
	// the page's thread): the engine and the worker only read their input,
	// and strings do not change.
	switch {
	case p.html != "":
		return bytesOf(p.html), "html"
	case p.raw != nil:
		return p.raw, "text"
	}
	return bytesOf(p.input), "text"
}

// bytesOf returns the bytes of s without copying them; they must not be
// changed.
func bytesOf(s string) []byte {
	return unsafe.Slice(unsafe.StringData(s), len(s))
}

// analyze runs the engine off the event handler: progress first, so the
// browser can paint it, then read and classify, then measure.
func (p *Page) analyze(ctx app.Context) {
	p.seq++
	seq := p.seq
	src, format := p.source()
	corr := p.corr
	p.errMsg = ""
	after := p.afterPost
	p.afterPost = nil
	if len(src) == 0 {
		p.sess, p.busy, p.took = nil, false, 0
		if after != nil {
			after()
		}
		return
	}
	p.busy = true
	p.requests++
	p.stage = Tf(p.lang, "status.reading", sizeLabel(p.lang, len(src)))
	an := p.analyzer()
	inWorker := workerOf(an) != nil
	ctx.Async(func() {
		if after != nil {
			// Run by the page's loop once this goroutine waits: after the
			// request is posted to the worker (or, in the page, after the
			// engine has run).
			ctx.Dispatch(func(ctx app.Context) { after() })
		}
		switch {
		case !inWorker:
			time.Sleep(20 * time.Millisecond) // let the progress paint before the engine holds the thread
		case len(src) > 1<<20:
			// Let the progress paint, and the browser run its event loop,
			// before the input is copied for the worker (57 ms for 64 MB):
			// reading the file took as long, in the same task.
			time.Sleep(time.Millisecond)
		}
		stage := func() {
			ctx.Dispatch(func(ctx app.Context) {
				if seq == p.seq {
					p.stage = T(p.lang, "status.measuring")
				}
			})
		}
		start := time.Now()
		s, err := an.analyze(seq, src, format, corr, stage)
		took := time.Since(start)
		ctx.Dispatch(func(ctx app.Context) {
			if seq != p.seq {
				return // the input changed meanwhile
			}
			p.busy, p.took = false, took
			p.analyses++
			if err != nil {
				p.errMsg = Tf(p.lang, "status.error", firstLine(err.Error()))
				return
			}
			p.sess = s
			p.corr = s.Corrections
			p.copyMsg, p.headlinesMsg = "", "" // they spoke of the last report
			p.limits = nil
			p.pending = nil
			p.view++
			p.reveal(ctx)
		})
	})
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return l
}

// save keeps the input and corrections in localStorage, or says why not.
func (p *Page) save() {
	if p.input == "" && p.html == "" && p.raw == nil {
		p.forget()
		p.storeMsg = ""
		return
	}
	if len(p.input)+len(p.html) > maxStored || len(p.raw) > maxStored {
		p.saveBig()
		return
	}
	if p.bigStored {
		bigDel() // the input kept there is no longer the input
		p.bigStored, p.bigInput, p.bigHTML, p.bigRaw = false, "", "", nil
	}
	b, _ := json.Marshal(saved{File: p.file, Corr: p.corr})
	err := store(keyInput, p.input, &p.storedInput)
	if err == nil {
		err = store(keyHTML, p.html, &p.storedHTML)
	}
	if err == nil {
		err = storageSet(keySession, string(b))
	}
	if err != nil {
		p.forget() // no half-saved session to restore
		p.storeMsg = "storage.failed"
		return
	}
	p.storeMsg = ""
}

// saveBig keeps an input too large for localStorage in IndexedDB, writing
// it only when it changed, and the session (file name, corrections) in
// localStorage once the input is written: a reload in between restores
// nothing rather than the corrections of one input on another.
func (p *Page) saveBig() {
	storageDel(keyInput)
	storageDel(keyHTML)
	p.storedInput, p.storedHTML = "", ""
	session := func() {
		b, _ := json.Marshal(saved{File: p.file, Corr: p.corr, Big: true})
		if err := storageSet(keySession, string(b)); err != nil {
			p.forget()
			p.storeMsg = "storage.failed"
			return
		}
		p.storeMsg = ""
	}
	written := p.bigStored && same(p.input, p.bigInput) && same(p.html, p.bigHTML) && sameBytes(p.raw, p.bigRaw)
	if written {
		session()
		return
	}
	storageDel(keySession)
	if p.dispatch == nil {
		p.storeMsg = "storage.toobig"
		return
	}
	in := bigInput{File: p.fileObj, Text: bytesOf(p.input), HTML: bytesOf(p.html)}
	input, html, raw := p.input, p.html, p.raw
	p.bigInput, p.bigHTML, p.bigRaw, p.bigStored = input, html, raw, true
	dispatch := p.dispatch
	bigPut(in, func(err error) {
		dispatch(func(ctx app.Context) {
			if !same(p.input, input) || !same(p.html, html) || !sameBytes(p.raw, raw) {
				return // a newer input is being saved
			}
			if err != nil {
				p.bigInput, p.bigHTML, p.bigRaw = "", "", nil
				p.storeMsg = "storage.toobig"
				return
			}
			session()
		})
	})
}

// forget removes the saved session.
func (p *Page) forget() {
	storageDel(keySession)
	storageDel(keyInput)
	storageDel(keyHTML)
	p.storedInput, p.storedHTML = "", ""
	if p.bigStored {
		bigDel()
		p.bigStored, p.bigInput, p.bigHTML, p.bigRaw = false, "", "", nil
	}
}

// store keeps v under key unless *last says it is there already; an empty
// v removes the key.
func store(key, v string, last *string) error {
	if v == *last {
		return nil
	}
	*last = ""
	if v == "" {
		storageDel(key)
		return nil
	}
	if err := storageSet(key, v); err != nil {
		return err
	}
	*last = v
	return nil
}

// correct plans a change to the corrections, measures it off the event
// handler (in the worker), applies it and saves it. Corrections asked for
// while one is measured wait their turn, so no click is lost.
func (p *Page) correct(ctx app.Context, plan func(*Session) (Change, bool)) {
	if p.sess == nil {
		return
	}
	if p.correcting {
		p.pending = append(p.pending, plan)
		return
	}
	c, ok := plan(p.sess)
	if !ok {
		p.next(ctx)
		return
	}
	s := p.sess
	p.correcting = true
	ctx.Async(func() {
		r, err := s.Measure(c)
		ctx.Dispatch(func(ctx app.Context) {
			p.correcting = false
			if s != p.sess {
				return // a new analysis replaced the session
			}
			if err != nil {
				p.errMsg = Tf(p.lang, "status.error", firstLine(err.Error()))
				p.pending = nil
				return
			}
			s.Apply(c, r)
			p.view++
			p.corr = s.Corrections
			p.save()
			p.next(ctx)
		})
	})
}

// reveal draws the report's first sections now and the others in turn, a
// frame apart, so that the browser can paint and take input between them.
func (p *Page) reveal(ctx app.Context) {
	if small(&p.sess.Report) {
		p.sections = len(resultSections) // cheap enough to draw at once
		return
	}
	p.sections = firstSections
	view := p.view
	ctx.Async(func() {
		for shown := firstSections; shown < len(resultSections); {
			time.Sleep(revealPause)
			shown = min(shown+2, len(resultSections))
			done := make(chan bool, 1)
			ctx.Dispatch(func(ctx app.Context) {
				ok := view == p.view && p.sess != nil
				if ok {
					p.sections = shown
				}
				done <- ok
			})
			if !<-done {
				return // a newer report is being drawn
			}
		}
	})
}

// small reports whether a report is drawn whole in one frame: the lists
// its sections draw are short (a news article like the seed is a few dozen
// blocks). Drawing in groups only pays for large reports.
func small(r *report.Report) bool {
	return len(r.Blocks) <= 200 && len(r.Noise) <= 100 && len(r.Figures) <= 50 && len(r.Ticker.Headlines) <= 100 && len(r.Article.Paragraphs) <= 100
}

// revealPause is the pause between two groups of sections.
const revealPause = 16 * time.Millisecond

// next starts the next correction waiting, if any.
func (p *Page) next(ctx app.Context) {
	if len(p.pending) > 0 {
		plan := p.pending[0]
		p.pending = p.pending[1:]
		p.correct(ctx, plan)
	}
}

func (p *Page) toggle(i int) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		p.correct(ctx, func(s *Session) (Change, bool) { return s.ToggleChange(i) })
	}
}

func (p *Page) toggleKey(i int) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		switch e.Get("key").String() {
		case "Enter", " ":
			e.PreventDefault()
			p.correct(ctx, func(s *Session) (Change, bool) { return s.ToggleChange(i) })
		}
	}
}

func (p *Page) undo(ctx app.Context, e app.Event) {
	p.correct(ctx, (*Session).UndoChange)
}

func (p *Page) reset(ctx app.Context, e app.Event) {
	p.correct(ctx, (*Session).ResetChange)
}

func (p *Page) example(ctx app.Context, e app.Event) {
	p.setInput(ctx, seed, "", "")
}

func (p *Page) askClear(ctx app.Context, e app.Event) {
	if p.input == "" && p.html == "" && p.raw == nil && elementValue("input") == "" {
		return
	}
	p.confirmClear = true
	ctx.Defer(func(app.Context) {
		jsCall(func() { app.Window().GetElementByID("clear-no").Call("focus") })
	})
}

func (p *Page) clear(ctx app.Context, e app.Event) {
	p.seq++
	p.input, p.html, p.file, p.raw, p.corr, p.fileObj = "", "", "", nil, nil, nil
	setElementValue("input", "")
	p.sess, p.errMsg, p.busy, p.took = nil, "", false, 0
	p.confirmClear = false
	p.save()
}

func (p *Page) cancelClear(ctx app.Context, e app.Event) {
	p.confirmClear = false
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

// windower returns how many of the n items of the list key to show, and
// the button that shows more (nil when all are shown).
type windower func(key string, n int) (int, app.UI)

func (p *Page) window(lang string) windower {
	return func(key string, n int) (int, app.UI) {
		step := windowSteps[key]
		lim := p.limits[key]
		if lim <= 0 {
			lim = step
		}
		if lim >= n {
			return n, nil
		}
		more := min(step, n-lim)
		return lim, app.Button().ID("more-" + key).Class("btn more").
			Text(Tf(lang, "list.more", FormatInt(lang, more), FormatInt(lang, n-lim))).
			OnClick(func(ctx app.Context, e app.Event) {
				if p.limits == nil {
					p.limits = map[string]int{}
				}
				p.limits[key] = lim + step
			})
	}
}

func (p *Page) sortFigures(key string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		if p.figSort == key {
			p.figDesc = !p.figDesc
		} else {
			p.figSort, p.figDesc = key, key == "value"
		}
	}
}

// copyFrom returns a handler that copies what text makes of the report to
// the clipboard and says how it went in *msg.
func (p *Page) copyFrom(msg *string, text func(report.Report) string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		if p.sess == nil {
			return
		}
		copyText(text(p.sess.Report), func(err error) {
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
