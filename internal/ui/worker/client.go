package worker

import (
	"fmt"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/safi-app/safi/internal/engine"
	"github.com/safi-app/safi/internal/report"
)

// Client is the page's side of the analysis worker: it starts the worker
// (web/worker.js, which runs app.wasm in worker mode and calls Serve),
// posts requests, and hands each reply to the request waiting for it. Its
// errors are the protocol's (Reply.Err): ErrUnavailable when there is no
// worker, ErrStopped when it stopped during a request.
type Client struct {
	url     string
	w       app.Value
	ready   bool // app.wasm started in the worker
	mu      sync.Mutex
	nextID  int
	waiting map[int]*call
	dead    bool
	ended   bool // terminated (counted in workersTerminated)
	funcs   []app.Func
}

// workersStarted and workersTerminated count the workers the page started
// and terminated, for Workers.
var workersStarted, workersTerminated atomic.Int64

// Workers tells how many analysis workers the page has started and how
// many of them it has terminated, as "started/terminated" ("2/1" after a
// Cancel: the first worker stopped, a new one started): the page shows it
// on its status line (data-workers) so that tests can see a Cancel stop
// the worker rather than only drop its answer.
func Workers() string {
	return strconv.FormatInt(workersStarted.Load(), 10) + "/" + strconv.FormatInt(workersTerminated.Load(), 10)
}

// call is a request waiting for its reply.
type call struct {
	done  chan Reply
	stage func(string)
	text  []byte // what the report's offsets point into: its strings refer to it
}

// Start starts the analysis worker from url, or returns nil where there is
// no Worker (natively, or a browser without it).
func Start(url string) (c *Client) {
	ctor := app.Window().Get("Worker")
	if !ctor.Truthy() {
		return nil
	}
	c = &Client{url: url, waiting: map[int]*call{}}
	var early app.Value
	if err := JSCall(func() {
		// The worker web/early-worker.js started while the page loaded,
		// if it did: the first Start takes it over.
		win := app.Window()
		if e := win.Get("__safiWorker"); e.Truthy() {
			win.Set("__safiWorker", nil)
			c.w, early = e.Get("worker"), e.Get("early")
			Mark("worker-adopted")
			return
		}
		c.w = ctor.New(url)
	}); err != nil {
		return nil
	}
	workersStarted.Add(1)
	onMessage := app.FuncOf(func(this app.Value, args []app.Value) any {
		c.receive(args[0].Get("data"))
		return nil
	})
	onError := app.FuncOf(func(this app.Value, args []app.Value) any {
		c.fail()
		return nil
	})
	c.funcs = []app.Func{onMessage, onError}
	c.w.Set("onmessage", onMessage)
	c.w.Set("onerror", onError)
	// What the early worker said meanwhile, in order, before anything it
	// says next (no event runs until this task ends).
	if early != nil && early.Truthy() {
		for i := range early.Length() {
			if e := early.Index(i); e.Get("type").String() == "error" {
				c.fail()
			} else {
				c.receive(e.Get("data"))
			}
		}
	}
	return c
}

// Restart starts a new worker from the same script, for the requests after
// this one stopped.
func (c *Client) Restart() *Client { return Start(c.url) }

// receive handles one message from the worker.
func (c *Client) receive(data app.Value) {
	if data.Get("BYTES_PER_ELEMENT").Int() != 1 {
		c.fail() // {error: "..."}: the worker could not start
		return
	}
	Mark("reply")
	b := make([]byte, data.Get("length").Int())
	app.CopyBytesToGo(b, data)
	id, err := ReplyID(b)
	if err != nil {
		c.fail()
		return
	}
	c.mu.Lock()
	w := c.waiting[id]
	c.mu.Unlock()
	if w != nil && len(b) >= pacedReply {
		// A large report is decoded a piece at a time, the browser
		// running its event loop in between.
		go func() {
			rep, err := DecodeReplyPaced(b, w.text, func() { time.Sleep(time.Millisecond) })
			c.deliver(w, rep, err)
		}()
		return
	}
	var text []byte
	if w != nil {
		text = w.text
	}
	rep, err := DecodeReply(b, text)
	c.deliver(w, rep, err)
}

// pacedReply is the size from which a reply is decoded in pieces (a
// report of some 10,000 blocks).
const pacedReply = 256 << 10

// deliver hands a decoded reply to the call waiting for it (w, nil for
// "ready" or a reply nobody waits for).
func (c *Client) deliver(w *call, rep Reply, err error) {
	if err != nil {
		c.fail()
		return
	}
	c.mu.Lock()
	if rep.Kind == KindProgress && rep.Stage == "ready" {
		c.ready = true
	}
	if w != nil && rep.Kind != KindProgress {
		if c.waiting[rep.ID] != w {
			c.mu.Unlock()
			return // released meanwhile: the worker failed
		}
		delete(c.waiting, rep.ID)
	}
	c.mu.Unlock()
	if w == nil {
		return // "ready", or a reply nobody waits for
	}
	if rep.Kind == KindProgress {
		if w.stage != nil {
			w.stage(rep.Stage)
		}
		return
	}
	Mark("decoded")
	w.done <- rep
}

// fail marks the worker dead and releases everyone waiting: with
// KindStopped once the worker had started (it stopped during their
// requests), KindUnavailable before.
func (c *Client) fail() { c.stop(false) }

// Cancel stops the worker, and whatever it runs, and releases everyone
// waiting with KindCanceled (ErrCanceled).
func (c *Client) Cancel() { c.stop(true) }

// stop marks the worker dead, terminates it and releases everyone waiting:
// with KindCanceled when the user cancelled, else KindStopped once the
// worker had started, KindUnavailable before.
func (c *Client) stop(canceled bool) {
	c.mu.Lock()
	c.dead = true
	end := !c.ended
	c.ended = true
	waiting := c.waiting
	c.waiting = map[int]*call{}
	kind := KindUnavailable
	switch {
	case canceled:
		kind = KindCanceled
	case c.ready:
		kind = KindStopped
	}
	c.mu.Unlock()
	for _, w := range waiting {
		w.done <- Reply{Kind: kind}
	}
	if end && JSCall(func() { c.w.Call("terminate") }) == nil {
		workersTerminated.Add(1)
	}
}

// Do posts req and waits for its reply, whose report's strings may refer
// to text: the input of the analysis (text), or its text rendering (HTML,
// for a measure). stage, when not nil, is told each stage the worker
// reports starting. The error is the reply's (Reply.Err). Do must not run on
// the goroutine that handles JavaScript events.
func (c *Client) Do(req Request, text []byte, stage func(string)) (Reply, error) {
	c.mu.Lock()
	if c.dead {
		c.mu.Unlock()
		return Reply{}, ErrUnavailable
	}
	c.nextID++
	req.ID = c.nextID
	w := &call{done: make(chan Reply, 1), stage: stage, text: text}
	c.waiting[req.ID] = w
	c.mu.Unlock()

	// The input goes beside the encoded request, not in it: encoding it
	// would copy it once more on the page's thread.
	src := req.Src
	req.Src = nil
	b := AppendRequest(nil, &req)
	err := JSCall(func() {
		u8 := app.Window().Get("Uint8Array")
		h := u8.New(len(b))
		app.CopyBytesToJS(h, b)
		in := u8.New(len(src))
		app.CopyBytesToJS(in, src)
		c.w.Call("postMessage", []any{h, in}, []any{h.Get("buffer"), in.Get("buffer")})
	})
	Mark("posted")
	if err != nil {
		c.fail()
		return Reply{}, ErrUnavailable
	}
	rep := <-w.done
	return rep, rep.Err()
}

// Analyze has the worker read, classify and measure src (format "text" or
// "html") with the corrections corr; stage is told the name of each stage
// as it starts (engine.Stage…).
// The browser's size limit is checked here, before the input is copied to
// the worker. The reply's Src is the text its report's offsets point into:
// src itself for text.
func (c *Client) Analyze(seq int, src []byte, format string, corr engine.Corrections, stage func(string)) (Reply, error) {
	if err := engine.CheckSize(int64(len(src)), engine.MaxBrowserInput); err != nil {
		return Reply{}, err
	}
	rep, err := c.Do(Request{Op: OpAnalyze, Seq: seq, Format: format, Src: src, Corr: corr}, src, stage)
	if err != nil {
		return rep, err
	}
	if format != "html" {
		rep.Src = src // text: the offsets point into the input itself
	}
	return rep, nil
}

// Measure has the worker measure its last analysis, seq, again with the
// corrections corr; text is the reply's Src of that analysis.
func (c *Client) Measure(seq int, corr engine.Corrections, text []byte) (report.Report, error) {
	rep, err := c.Do(Request{Op: OpMeasure, Seq: seq, Corr: corr}, text, nil)
	return rep.Report, err
}

// Warm has the worker analyse src n times (OpWarm) and waits.
func (c *Client) Warm(src []byte, n int) error {
	_, err := c.Do(Request{Op: OpWarm, Seq: -1, Format: "text", Src: src, Repeat: n}, nil, nil)
	return err
}

// JSCall runs f, turning a JavaScript exception (a panic in syscall/js)
// into an error. The page's calls into JavaScript (package ui) use it too.
func JSCall(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	f()
	return nil
}

// Mark sets a mark on the page's Performance timeline (performance.mark),
// named "safi:"+name, for make bench-browser's breakdown of where the time
// between a paste and its report on screen goes. Nothing natively.
func Mark(name string) {
	if !app.IsClient {
		return
	}
	JSCall(func() { app.Window().Get("performance").Call("mark", "safi:"+name) })
}
