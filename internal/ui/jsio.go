package ui

import (
	"errors"
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/safi-app/safi/internal/ui/worker"
)

// ErrStorage is returned when the browser's localStorage is full, blocked
// or missing.
var ErrStorage = errors.New("ui: browser storage unavailable")

// storageGet returns the localStorage item key, or "" when it is absent or
// storage is blocked.
func storageGet(key string) (v string) {
	worker.JSCall(func() {
		ls := app.Window().Get("localStorage")
		if !ls.Truthy() {
			return
		}
		item := ls.Call("getItem", key)
		if item.Type() == app.TypeString {
			v = item.String()
		}
	})
	return v
}

// storageSet stores value under key; a full or blocked storage gives
// ErrStorage.
func storageSet(key, value string) error {
	var ok bool
	err := worker.JSCall(func() {
		ls := app.Window().Get("localStorage")
		if !ls.Truthy() {
			return
		}
		ls.Call("setItem", key, value)
		ok = true
	})
	if err != nil || !ok {
		return fmt.Errorf("%w: %v", ErrStorage, err)
	}
	return nil
}

// storageDel removes key from localStorage.
func storageDel(key string) {
	worker.JSCall(func() {
		if ls := app.Window().Get("localStorage"); ls.Truthy() {
			ls.Call("removeItem", key)
		}
	})
}

// browserLanguages returns navigator.languages (or navigator.language).
func browserLanguages() []string {
	var langs []string
	worker.JSCall(func() {
		nav := app.Window().Get("navigator")
		if l := nav.Get("languages"); l.Truthy() {
			for i := 0; i < l.Length(); i++ {
				langs = append(langs, l.Index(i).String())
			}
		}
		if len(langs) == 0 {
			if l := nav.Get("language"); l.Type() == app.TypeString {
				langs = append(langs, l.String())
			}
		}
	})
	return langs
}

// setDocumentLanguage sets lang and dir on the <html> element, so the whole
// layout mirrors for Arabic.
func setDocumentLanguage(lang string) {
	worker.JSCall(func() {
		root := app.Window().Get("document").Get("documentElement")
		root.Call("setAttribute", "lang", lang)
		root.Call("setAttribute", "dir", dirOf(lang))
	})
}

// elementValue returns the value of the element with the given id.
func elementValue(id string) (v string) {
	worker.JSCall(func() {
		el := app.Window().GetElementByID(id)
		if el.Truthy() {
			v = el.Get("value").String()
		}
	})
	return v
}

// setElementValue sets the value of the element with the given id.
func setElementValue(id, v string) {
	worker.JSCall(func() {
		if el := app.Window().GetElementByID(id); el.Truthy() {
			el.Set("value", v)
		}
	})
}

// download saves data as a file named name, through a Blob and a temporary
// link, entirely in the browser.
func download(name, mime string, data []byte) error {
	return worker.JSCall(func() {
		w := app.Window()
		arr := w.Get("Uint8Array").New(len(data))
		app.CopyBytesToJS(arr, data)
		blob := w.Get("Blob").New([]any{arr}, map[string]any{"type": mime})
		url := w.Get("URL").Call("createObjectURL", blob)
		a := w.Get("document").Call("createElement", "a")
		a.Set("href", url)
		a.Set("download", name)
		a.Set("rel", "noopener")
		a.Call("click")
		var revoke app.Func
		revoke = app.FuncOf(func(app.Value, []app.Value) any {
			w.Get("URL").Call("revokeObjectURL", url)
			revoke.Release()
			return nil
		})
		w.Call("setTimeout", revoke, 30000)
	})
}

// copyText puts s on the clipboard; done is called with the outcome.
func copyText(s string, done func(error)) {
	err := worker.JSCall(func() {
		clip := app.Window().Get("navigator").Get("clipboard")
		if !clip.Truthy() {
			panic("clipboard unavailable")
		}
		var ok, fail app.Func
		release := func() { ok.Release(); fail.Release() }
		ok = app.FuncOf(func(app.Value, []app.Value) any {
			release()
			done(nil)
			return nil
		})
		fail = app.FuncOf(func(_ app.Value, args []app.Value) any {
			release()
			done(errors.New("clipboard refused"))
			return nil
		})
		clip.Call("writeText", s).Call("then", ok, fail)
	})
	if err != nil {
		done(err)
	}
}

// afterPaint calls f once the browser has painted the page as it is now:
// in a task queued from the next animation frame, which comes before that
// paint (or at once where there is no requestAnimationFrame).
func afterPaint(f func()) {
	var frame, task app.Func
	task = app.FuncOf(func(app.Value, []app.Value) any {
		task.Release()
		f()
		return nil
	})
	frame = app.FuncOf(func(app.Value, []app.Value) any {
		frame.Release()
		app.Window().Call("setTimeout", task, 0)
		return nil
	})
	if err := worker.JSCall(func() { app.Window().Call("requestAnimationFrame", frame) }); err != nil {
		frame.Release()
		task.Release()
		f()
	}
}

// laterTask calls f in a task of its own, queued behind those queued
// already (setTimeout 0), or at once where there is no setTimeout.
func laterTask(f func()) {
	var task app.Func
	task = app.FuncOf(func(app.Value, []app.Value) any {
		task.Release()
		f()
		return nil
	})
	if err := worker.JSCall(func() { app.Window().Call("setTimeout", task, 0) }); err != nil {
		task.Release()
		f()
	}
}

// errNoClipboard is a browser that does not let pages read the clipboard.
var errNoClipboard = errors.New("clipboard unavailable")

// readClipboard reads the clipboard's text (navigator.clipboard.readText,
// which the browser may refuse or ask the user about) and calls done with
// it, or with errNoClipboard where the browser has no way to read it, or
// another error when it refused.
func readClipboard(done func(string, error)) {
	err := worker.JSCall(func() {
		clip := app.Window().Get("navigator").Get("clipboard")
		if !clip.Truthy() || !clip.Get("readText").Truthy() {
			panic("clipboard unavailable")
		}
		var ok, fail app.Func
		release := func() { ok.Release(); fail.Release() }
		ok = app.FuncOf(func(_ app.Value, args []app.Value) any {
			release()
			done(args[0].String(), nil)
			return nil
		})
		fail = app.FuncOf(func(app.Value, []app.Value) any {
			release()
			done("", errors.New("clipboard refused"))
			return nil
		})
		clip.Call("readText").Call("then", ok, fail)
	})
	if err != nil {
		done("", errNoClipboard)
	}
}

// readFile reads a File object's bytes and calls done with them.
func readFile(file app.Value, done func([]byte, error)) {
	err := worker.JSCall(func() {
		var ok, fail app.Func
		release := func() { ok.Release(); fail.Release() }
		ok = app.FuncOf(func(_ app.Value, args []app.Value) any {
			release()
			arr := app.Window().Get("Uint8Array").New(args[0])
			b := make([]byte, arr.Length())
			app.CopyBytesToGo(b, arr)
			done(b, nil)
			return nil
		})
		fail = app.FuncOf(func(_ app.Value, args []app.Value) any {
			release()
			msg := "unreadable"
			if len(args) > 0 {
				msg = args[0].Call("toString").String()
			}
			done(nil, errors.New(msg))
			return nil
		})
		file.Call("arrayBuffer").Call("then", ok, fail)
	})
	if err != nil {
		done(nil, err)
	}
}

// listener is a JavaScript event listener added by the app, released when
// the page is dismounted.
type listener struct {
	target app.Value
	event  string
	fn     app.Func
}

// listen adds f as a synchronous listener for event on target: unlike
// go-app's handlers, it runs while the event is dispatched, so it can read
// a DataTransfer and call preventDefault.
func listen(target app.Value, event string, f func(e app.Value)) *listener {
	fn := app.FuncOf(func(_ app.Value, args []app.Value) any {
		if len(args) > 0 {
			f(args[0])
		}
		return nil
	})
	if err := worker.JSCall(func() { target.Call("addEventListener", event, fn) }); err != nil {
		fn.Release()
		return nil
	}
	return &listener{target: target, event: event, fn: fn}
}

func (l *listener) release() {
	if l == nil {
		return
	}
	worker.JSCall(func() { l.target.Call("removeEventListener", l.event, l.fn) })
	l.fn.Release()
}

// transferData returns the text/plain and text/html flavours of a
// DataTransfer (a paste's clipboardData or a drop's dataTransfer).
func transferData(dt app.Value) (text, html string) {
	worker.JSCall(func() {
		if !dt.Truthy() {
			return
		}
		text = dt.Call("getData", "text/plain").String()
		html = dt.Call("getData", "text/html").String()
	})
	return text, html
}
