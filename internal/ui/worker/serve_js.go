//go:build js

package worker

import (
	"sync"
	"syscall/js"
	"time"
)

// Serve runs the worker's message loop in a Web Worker's global scope: it
// answers every message the page posts (an encoded Request and its Src,
// two Uint8Arrays in an array) with encoded Replies, and never returns.
// Requests that a newer analysis overtook while they waited are answered
// as stale without running.
func Serve() {
	self := js.Global()
	var (
		mu    sync.Mutex
		queue []Request
		wake  = make(chan struct{}, 1)
	)
	post := func(rep Reply) {
		b := AppendReply(nil, &rep)
		u := js.Global().Get("Uint8Array").New(len(b))
		js.CopyBytesToJS(u, b)
		self.Call("postMessage", u, []any{u.Get("buffer")})
	}
	onMessage := js.FuncOf(func(this js.Value, args []js.Value) any {
		// [the encoded Request, its Src]: the page sends the input beside
		// the request so as not to copy it into the encoding.
		data := args[0].Get("data")
		var req Request
		err := ErrCorrupt
		if data.Type() == js.TypeObject && jsNumber(data, "length") == 2 {
			req, err = DecodeRequest(jsBytes(data.Index(0)))
			req.Src = jsBytes(data.Index(1))
		}
		if err != nil {
			post(failure(&req, err))
			return nil
		}
		mu.Lock()
		queue = append(queue, req)
		mu.Unlock()
		select {
		case wake <- struct{}{}:
		default:
		}
		return nil
	})
	self.Set("onmessage", onMessage)
	post(Reply{Kind: KindProgress, Stage: "ready"})

	var s Server
	s.Waiting = func() bool {
		// Let the event loop deliver what the page has posted meanwhile.
		time.Sleep(time.Millisecond)
		mu.Lock()
		defer mu.Unlock()
		return len(queue) > 0
	}
	for {
		if s.Warming() {
			// A warm-up a request interrupted goes on while nothing
			// waits, an analysis at a time (Waiting lets the event loop
			// deliver what the page posts).
			select {
			case <-wake:
			default:
				if !s.Waiting() {
					s.WarmOne()
				}
				continue
			}
		} else {
			select {
			case <-wake:
			default:
				// Idle: collect now if the next analysis would
				// have to (Tidy), then wait for the page.
				s.Tidy()
				<-wake
			}
		}
		mu.Lock()
		run, stale := Coalesce(queue)
		queue = nil
		mu.Unlock()
		for _, q := range stale {
			post(failure(&q, ErrStale))
		}
		for _, q := range run {
			if q.Op == OpWarm {
				post(s.Handle(q, post))
				continue
			}
			counted := s.countAlloc()
			post(s.Handle(q, post))
			counted()
		}
	}
}

// jsNumber returns v's number property name, or -1 when it has none.
func jsNumber(v js.Value, name string) int {
	if n := v.Get(name); n.Type() == js.TypeNumber {
		return n.Int()
	}
	return -1
}

// jsBytes copies a Uint8Array into Go memory; anything else gives nil.
func jsBytes(v js.Value) []byte {
	if v.Type() != js.TypeObject || jsNumber(v, "BYTES_PER_ELEMENT") != 1 {
		return nil
	}
	b := make([]byte, max(0, jsNumber(v, "length")))
	js.CopyBytesToGo(b, v)
	return b
}
