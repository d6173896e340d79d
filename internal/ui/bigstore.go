package ui

import (
	"errors"
	"unsafe"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/safi-app/safi/internal/ui/worker"
)

// An input too large for localStorage (over maxStored) is kept in the
// browser's IndexedDB instead: one record, in database idbName, store
// idbStore, under key idbKey, written whole when the input changes. The
// corrections and the file name stay in localStorage's session, which says
// the input is there ("big").
const (
	idbName  = "safi"
	idbStore = "inputs"
	idbKey   = "input"
)

// bigInput is an input kept in IndexedDB. An opened file is kept as the
// browser's File object, which IndexedDB stores without the page copying
// it; a paste as its text and HTML flavour. Read back, File holds the
// file's bytes and IsFile says it was one.
type bigInput struct {
	File   app.Value // to keep: the opened file (nil for a paste)
	Bytes  []byte    // read back: the file's bytes
	IsFile bool
	Text   []byte // a paste's text
	HTML   []byte // a paste's HTML flavour, if any
}

// bigPut keeps in in IndexedDB; done gets nil once it is written.
func bigPut(in bigInput, done func(error)) {
	idb("readwrite", func(store app.Value) app.Value {
		rec := app.Window().Get("Object").New()
		if in.File != nil {
			rec.Set("file", in.File)
		} else {
			rec.Set("text", jsBlob(in.Text))
			if len(in.HTML) > 0 {
				rec.Set("html", jsBlob(in.HTML))
			}
		}
		return store.Call("put", rec, idbKey)
	}, func(_ app.Value, err error) { done(err) })
}

// bigGet reads the input kept in IndexedDB; ok is false when there is none.
func bigGet(done func(in bigInput, ok bool, err error)) {
	idb("readonly", func(store app.Value) app.Value {
		return store.Call("get", idbKey)
	}, func(rec app.Value, err error) {
		var file, text, html app.Value
		if err == nil {
			err = worker.JSCall(func() {
				if rec != nil && rec.Type() == app.TypeObject {
					file, text, html = rec.Get("file"), rec.Get("text"), rec.Get("html")
				}
			})
		}
		switch {
		case err != nil:
			done(bigInput{}, false, err)
		case file != nil && file.Truthy():
			readFile(file, func(b []byte, err error) { done(bigInput{Bytes: b, IsFile: true}, err == nil, err) })
		case text != nil && text.Truthy():
			readFile(text, func(t []byte, err error) {
				if err != nil || !html.Truthy() {
					done(bigInput{Text: t}, err == nil, err)
					return
				}
				readFile(html, func(h []byte, err error) { done(bigInput{Text: t, HTML: h}, err == nil, err) })
			})
		default:
			done(bigInput{}, false, nil)
		}
	})
}

// bigDel removes the input kept in IndexedDB, if any.
func bigDel() {
	idb("readwrite", func(store app.Value) app.Value {
		return store.Call("delete", idbKey)
	}, func(app.Value, error) {})
}

// idb opens Safi's database, runs use on its store in a transaction of the
// given mode, and calls done once: with the result of the request use
// made when the transaction is complete, or with an error (no IndexedDB,
// storage full or blocked).
func idb(mode string, use func(store app.Value) app.Value, done func(app.Value, error)) {
	var funcs []app.Func
	finished := false
	finish := func(v app.Value, err error) {
		if finished {
			return
		}
		finished = true
		for _, f := range funcs {
			f.Release()
		}
		done(v, err)
	}
	on := func(f func()) app.Func {
		fn := app.FuncOf(func(app.Value, []app.Value) any {
			f()
			return nil
		})
		funcs = append(funcs, fn)
		return fn
	}
	err := worker.JSCall(func() {
		factory := app.Window().Get("indexedDB")
		if factory == nil || !factory.Truthy() {
			panic("IndexedDB unavailable")
		}
		open := factory.Call("open", idbName, 1)
		open.Set("onupgradeneeded", on(func() {
			worker.JSCall(func() { open.Get("result").Call("createObjectStore", idbStore) })
		}))
		open.Set("onerror", on(func() { finish(nil, idbError(open)) }))
		open.Set("onsuccess", on(func() {
			if err := worker.JSCall(func() {
				db := open.Get("result")
				tx := db.Call("transaction", idbStore, mode)
				req := use(tx.Call("objectStore", idbStore))
				tx.Set("oncomplete", on(func() {
					db.Call("close")
					finish(req.Get("result"), nil)
				}))
				failed := on(func() {
					db.Call("close")
					finish(nil, idbError(tx))
				})
				tx.Set("onerror", failed)
				tx.Set("onabort", failed)
			}); err != nil {
				finish(nil, err)
			}
		}))
	})
	if err != nil {
		finish(nil, err)
	}
}

// idbError is the error of an IndexedDB request or transaction.
func idbError(target app.Value) error {
	msg := "IndexedDB failed"
	worker.JSCall(func() {
		if e := target.Get("error"); e.Truthy() {
			msg = e.Get("name").String() + ": " + e.Get("message").String()
		}
	})
	return errors.New(msg)
}

// jsBlob copies b into a new Blob, which IndexedDB keeps without cloning
// it again on the page's thread.
func jsBlob(b []byte) app.Value {
	a := app.Window().Get("Uint8Array").New(len(b))
	app.CopyBytesToJS(a, b)
	return app.Window().Get("Blob").New([]any{a})
}

// same reports whether a and b are the same string in memory (not only
// equal): how the page tells that the input kept is still the input,
// without comparing megabytes.
func same(a, b string) bool {
	return len(a) == len(b) && (len(a) == 0 || unsafe.StringData(a) == unsafe.StringData(b))
}

// sameBytes is same for byte slices.
func sameBytes(a, b []byte) bool {
	return len(a) == len(b) && (len(a) == 0 || unsafe.SliceData(a) == unsafe.SliceData(b))
}
