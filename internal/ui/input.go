package ui

import (
	"path"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/safi-app/safi/internal/engine"
	"github.com/safi-app/safi/internal/ui/worker"
)

// pageInput is what the user gave the page: the text, a pasted HTML, an
// opened file, and the listeners that take them.
type pageInput struct {
	text    string    // the text as the textarea holds it
	html    string    // the HTML flavour of a paste or an .html file, analysed instead of text
	file    string    // name of the opened file
	raw     []byte    // bytes of an opened text file (may hold invalid UTF-8)
	hidden  int       // bytes of an input too large to show in the textarea (0: shown)
	fileObj app.Value // the File the input was read from, if it was (kept in IndexedDB as it is)
	fileMsg string    // why a file could not be opened

	listeners []*listener
	inserting bool // the app is inserting a paste into the textarea
	ownInputs int  // input events of the app's insertions not yet handled
}

// maxShown is the largest input the textarea shows. Beyond it the browser
// spends seconds laying the text out and every key press costs more (a
// 64 MB file froze headless Chromium's tab for over a minute): a larger
// file or paste is analysed without being shown, and the textarea says so.
const maxShown = 4 << 20

// hookEvents adds the synchronous paste, drag and drop listeners: go-app's
// own handlers run after the event is over, too late to read the clipboard
// or prevent the default.
func (p *Page) hookEvents(ctx app.Context) {
	area := app.Window().GetElementByID("input")
	zone := app.Window().GetElementByID("dropzone")
	if !area.Truthy() || !zone.Truthy() {
		return
	}
	p.in.listeners = append(p.in.listeners,
		listen(area, "paste", func(e app.Value) { p.onPaste(ctx, area, e) }),
		listen(area, "input", func(e app.Value) {
			if p.in.inserting {
				p.in.ownInputs++
			}
		}),
		listen(zone, "dragover", func(e app.Value) { e.Call("preventDefault") }),
		listen(zone, "drop", func(e app.Value) { p.onDrop(ctx, area, e) }),
		listen(app.Window().Get("document"), "keydown", func(e app.Value) {
			if e.Get("key").String() == "Escape" {
				ctx.Dispatch(p.escape)
			}
		}),
	)
}

// onPaste handles a paste into the textarea. A paste that carries HTML and
// replaces the whole text is analysed as HTML; anything else is inserted as
// plain text.
func (p *Page) onPaste(ctx app.Context, area, e app.Value) {
	p.flushInsert() // the last paste's text, if it waits for its report
	if p.pasteLater(ctx, e) {
		return
	}
	text, html := transferData(e.Get("clipboardData"))
	if text == "" && html == "" {
		return // let the browser do what it does
	}
	e.Call("preventDefault")
	var whole bool
	worker.JSCall(func() {
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
		// The browser's undoable insertion is slow (even for the 15 KB
		// example, whose ticker is one long line): the text the
		// textarea will hold is analysed first, and inserted once its
		// report is painted (see analyze).
		v, ok := pastedValue(area, text)
		if !ok {
			insertText(area, text)
			ctx.Dispatch(func(ctx app.Context) { p.pasted(ctx) })
			return
		}
		ctx.Dispatch(func(ctx app.Context) {
			p.run.afterPost = func() {
				// The input events of the insertion (one per line) are
				// counted as they fire, and go-app's handler, which runs
				// after, skips as many.
				p.in.inserting = true
				insertText(area, text)
				p.in.inserting = false
				worker.Mark("inserted")
				var n int
				worker.JSCall(func() { n = area.Get("textLength").Int() })
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
	err := worker.JSCall(func() {
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
// keeps the browser's undo history but is slow on long lines: on Arabic
// pages with no-break-space tickers, seconds where setRangeText takes
// milliseconds (docs/measuring.md).
const undoablePaste = 16 << 10

// insertText inserts s at the textarea's selection, keeping the browser's
// undo history for short pastes.
// It reports whether the browser inserted it as an edit, firing an input
// event.
func insertText(area app.Value, s string) (undoable bool) {
	worker.JSCall(func() {
		doc := app.Window().Get("document")
		// The insertion may run after the report is painted, when the
		// user may have moved on (Tab to the language menu, the skip
		// link): execCommand needs the focus in the textarea, and the
		// focus goes back where it was.
		prev := doc.Get("activeElement")
		defer func() {
			switch {
			case !prev.Truthy() || prev.Equal(area):
			case prev.Equal(doc.Get("body")):
				area.Call("blur") // the focus was nowhere
			default:
				prev.Call("focus")
			}
		}()
		area.Call("focus")
		if len(s) <= undoablePaste {
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
	worker.JSCall(func() {
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
	worker.JSCall(func() { name = file.Get("name").String() })
	ext := strings.ToLower(path.Ext(name))
	switch ext {
	case ".txt", ".text", ".html", ".htm", ".xhtml", "":
	default:
		ctx.Dispatch(func(ctx app.Context) { p.in.fileMsg = T(p.lang, "file.kind") })
		return
	}
	readFile(file, func(b []byte, err error) {
		ctx.Dispatch(func(ctx app.Context) {
			if err != nil {
				p.in.fileMsg = Tf(p.lang, "file.error", err.Error())
				return
			}
			p.in.fileMsg = ""
			p.in.fileObj = file
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
		p.in.fileObj = nil
	}
	text := ""
	if len(b) <= maxShown {
		text = toValidUTF8(b)
	}
	p.in.text, p.in.html, p.in.file, p.in.raw = text, "", file, b
	p.in.hidden = 0
	if text == "" && len(b) > 0 {
		p.in.hidden = len(b)
	}
	p.replaced(ctx, text)
}

// setInput replaces the whole input and analyses it at once.
func (p *Page) setInput(ctx app.Context, text, html, file string) {
	if file == "" {
		p.in.fileObj = nil
	}
	p.in.text, p.in.html, p.in.file, p.in.raw = text, html, file, nil
	p.in.hidden = 0
	if len(text) > maxShown {
		p.in.hidden = len(text)
		text = ""
	}
	p.replaced(ctx, text)
}

// replaced shows shown in the textarea (the new input, or "" for one too
// large to show), drops the corrections and analyses the new input.
func (p *Page) replaced(ctx app.Context, shown string) {
	setElementValue("input", shown)
	p.run.corr = nil
	p.screen.confirmClear = false
	p.save()
	p.analyze(ctx)
}

// onInput is the textarea's input handler: it debounces the analysis.
func (p *Page) onInput(ctx app.Context, e app.Event) {
	if p.in.ownInputs > 0 {
		p.in.ownInputs-- // a paste, analysed already
		return
	}
	p.edited(ctx)
}

// edited schedules an analysis of the textarea's text once typing pauses.
func (p *Page) edited(ctx app.Context) {
	p.run.seq++
	seq := p.run.seq
	delay := 300 * time.Millisecond
	ctx.After(delay, func(ctx app.Context) {
		if seq == p.run.seq {
			p.takeValue(ctx)
		}
	})
}

// pasted analyses the textarea's text at once: a paste is a whole edit,
// with no more keys to wait for (the debounce cost 300 ms per paste).
func (p *Page) pasted(ctx app.Context) {
	p.run.seq++
	p.takeValue(ctx)
}

// takeValue makes the textarea's text the input and analyses it.
func (p *Page) takeValue(ctx app.Context) {
	p.flushInsert()
	v := elementValue("input")
	if p.in.hidden > 0 && v == "" {
		return // the large input is still there, unshown
	}
	p.takeText(ctx, v)
}

// takeText makes v, the textarea's text, the input and analyses it (which
// drops any analysis typing had scheduled: see analyze).
func (p *Page) takeText(ctx app.Context, v string) {
	p.in.hidden, p.in.fileObj = 0, nil
	p.in.text, p.in.html, p.in.file, p.in.raw = v, "", "", nil
	p.run.corr = nil
	p.save()
	p.analyze(ctx)
}

// pasteLater takes a paste too large to show (more than maxShown UTF-16
// units, so more than maxShown bytes) without copying it into Go in the
// paste event: it keeps the clipboard's strings in JavaScript, shows that
// it is reading them, and copies them once the browser has painted that.
// Copying 20 MB in the event held the page for about a second with
// nothing on screen. It reports whether it took the paste.
func (p *Page) pasteLater(ctx app.Context, e app.Value) bool {
	var text, html app.Value
	units := 0
	worker.JSCall(func() {
		dt := e.Get("clipboardData")
		if !dt.Truthy() {
			return
		}
		text, html = dt.Call("getData", "text/plain"), dt.Call("getData", "text/html")
		// A string's length, without copying it: a String object's
		// (Value.Length panics on a primitive string).
		str := app.Window().Get("String")
		units = str.New(text).Get("length").Int() + str.New(html).Get("length").Int()
	})
	if units <= maxShown {
		return false
	}
	e.Call("preventDefault")
	ctx.Dispatch(func(ctx app.Context) {
		p.run.busy, p.run.canceled, p.run.errMsg = true, false, ""
		p.run.stages = []string{engine.StageReading}
		p.run.stage = Tn(p.lang, "status.pasting", units)
		ctx.Defer(func(ctx app.Context) { // once the page is updated
			afterPaint(func() {
				ctx.Dispatch(func(ctx app.Context) {
					var t, h string
					worker.JSCall(func() { t, h = text.String(), html.String() })
					p.setInput(ctx, t, h, "")
				})
			})
		})
	})
	return true
}
