package ui

import (
	"encoding/json"
	"unsafe"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/safi-app/safi/internal/engine"
)

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

// saved is what the page keeps in localStorage under keySession. The input
// itself is kept under keyInput and keyHTML as it is: encoding megabytes as
// JSON on every edit held the main thread (docs/measuring.md). Input and
// HTML are read here only from sessions saved before that.
type saved struct {
	Input string             `json:"input,omitempty"`
	HTML  string             `json:"html,omitempty"`
	File  string             `json:"file,omitempty"`
	Corr  engine.Corrections `json:"corrections,omitempty"`
	Big   bool               `json:"big,omitempty"` // the input is in IndexedDB
}

// pageStore is what the page knows of the session it saved: what
// localStorage holds, and the input kept in IndexedDB.
type pageStore struct {
	msg   string // why the session could not be saved (an i18n key), or ""
	input string // what localStorage holds under keyInput and keyHTML
	html  string

	// The input kept in IndexedDB: the strings and bytes written (compared
	// by identity, see same), and whether a record may be there.
	bigInput, bigHTML string
	bigRaw            []byte
	bigStored         bool
}

// restore restores the session saved in localStorage, if there is one,
// and reports whether it did (its analysis, or its reading from IndexedDB,
// is under way).
func (p *Page) restore(ctx app.Context) bool {
	s := storageGet(keySession)
	if s == "" {
		return false
	}
	var sv saved
	if json.Unmarshal([]byte(s), &sv) == nil {
		if sv.Big {
			p.restoreBig(ctx, sv)
			return true
		}
		// What is under keyInput and keyHTML is known to be saved; a
		// session of the old format is saved again in the new one.
		if p.store.input = storageGet(keyInput); p.store.input != "" {
			sv.Input = p.store.input
		}
		if p.store.html = storageGet(keyHTML); p.store.html != "" {
			sv.HTML = p.store.html
		}
	}
	if sv.Input == "" && sv.HTML == "" {
		return false
	}
	p.in.text, p.in.html, p.in.file, p.run.corr = sv.Input, sv.HTML, sv.File, sv.Corr
	setElementValue("input", p.in.text)
	p.analyze(ctx)
	return true
}

// restoreBig restores a session whose input is kept in IndexedDB, unless
// the user has begun something else by the time it is read.
func (p *Page) restoreBig(ctx app.Context, sv saved) {
	p.store.bigStored = true // a record is there, to remove if the input changes
	bigGet(func(in bigInput, ok bool, err error) {
		ctx.Dispatch(func(ctx app.Context) {
			if p.in.text != "" || p.in.html != "" || p.in.raw != nil || p.run.sess != nil {
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
				p.in.text, p.in.html = shown, unsafe.String(unsafe.SliceData(in.Bytes), len(in.Bytes))
			case in.IsFile:
				if len(in.Bytes) <= maxShown {
					shown = toValidUTF8(in.Bytes)
				}
				p.in.text, p.in.raw = shown, in.Bytes
				if shown == "" && len(in.Bytes) > 0 {
					p.in.hidden = len(in.Bytes)
				}
			default:
				p.in.text = unsafe.String(unsafe.SliceData(text), len(text))
				p.in.html = unsafe.String(unsafe.SliceData(in.HTML), len(in.HTML))
				if shown = p.in.text; len(shown) > maxShown {
					p.in.hidden, shown = len(shown), ""
				}
			}
			p.in.file, p.run.corr = sv.File, sv.Corr
			p.store.bigInput, p.store.bigHTML, p.store.bigRaw = p.in.text, p.in.html, p.in.raw
			setElementValue("input", shown)
			p.analyze(ctx)
		})
	})
}

// save keeps the input and corrections in localStorage, or says why not.
func (p *Page) save() {
	if p.in.text == "" && p.in.html == "" && p.in.raw == nil {
		p.forget()
		p.store.msg = ""
		return
	}
	if len(p.in.text)+len(p.in.html) > maxStored || len(p.in.raw) > maxStored {
		p.saveBig()
		return
	}
	if p.store.bigStored {
		bigDel() // the input kept there is no longer the input
		p.store.bigStored, p.store.bigInput, p.store.bigHTML, p.store.bigRaw = false, "", "", nil
	}
	b, _ := json.Marshal(saved{File: p.in.file, Corr: p.run.corr})
	err := store(keyInput, p.in.text, &p.store.input)
	if err == nil {
		err = store(keyHTML, p.in.html, &p.store.html)
	}
	if err == nil {
		err = storageSet(keySession, string(b))
	}
	if err != nil {
		p.forget() // no half-saved session to restore
		p.store.msg = "storage.failed"
		return
	}
	p.store.msg = ""
}

// saveBig keeps an input too large for localStorage in IndexedDB, writing
// it only when it changed, and the session (file name, corrections) in
// localStorage once the input is written: a reload in between restores
// nothing rather than the corrections of one input on another.
func (p *Page) saveBig() {
	storageDel(keyInput)
	storageDel(keyHTML)
	p.store.input, p.store.html = "", ""
	session := func() {
		b, _ := json.Marshal(saved{File: p.in.file, Corr: p.run.corr, Big: true})
		if err := storageSet(keySession, string(b)); err != nil {
			p.forget()
			p.store.msg = "storage.failed"
			return
		}
		p.store.msg = ""
	}
	written := p.store.bigStored && same(p.in.text, p.store.bigInput) && same(p.in.html, p.store.bigHTML) && sameBytes(p.in.raw, p.store.bigRaw)
	if written {
		session()
		return
	}
	storageDel(keySession)
	if p.dispatch == nil {
		p.store.msg = "storage.toobig"
		return
	}
	in := bigInput{File: p.in.fileObj, Text: bytesOf(p.in.text), HTML: bytesOf(p.in.html)}
	input, html, raw := p.in.text, p.in.html, p.in.raw
	p.store.bigInput, p.store.bigHTML, p.store.bigRaw, p.store.bigStored = input, html, raw, true
	dispatch := p.dispatch
	bigPut(in, func(err error) {
		dispatch(func(ctx app.Context) {
			if !same(p.in.text, input) || !same(p.in.html, html) || !sameBytes(p.in.raw, raw) {
				return // a newer input is being saved
			}
			if err != nil {
				p.store.bigInput, p.store.bigHTML, p.store.bigRaw = "", "", nil
				p.store.msg = "storage.toobig"
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
	p.store.input, p.store.html = "", ""
	if p.store.bigStored {
		bigDel()
		p.store.bigStored, p.store.bigInput, p.store.bigHTML, p.store.bigRaw = false, "", "", nil
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
