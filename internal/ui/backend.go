package ui

import (
	"errors"
	"sync"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/safi-app/safi/internal/engine"
	"github.com/safi-app/safi/internal/report"
	"github.com/safi-app/safi/internal/ui/worker"
)

// analyzer runs analyses for the page. In the browser it is a Web Worker
// running the engine (web/worker.js starts app.wasm in worker mode), so a
// large paste never blocks the page; where there is no worker (natively,
// in tests, or when the worker fails to start) the engine runs in-process,
// off the event handler.
type analyzer interface {
	// analyze reads, classifies and measures src with the corrections corr;
	// stage is told the name of each stage as it starts (engine.Stage…).
	// seq names the analysis.
	analyze(seq int, src []byte, format string, corr engine.Corrections, stage func(string)) (*Session, error)
}

// local is the in-process analyzer.
type local struct{}

func (local) analyze(seq int, src []byte, format string, corr engine.Corrections, stage func(string)) (*Session, error) {
	d, err := Prepare(src, format)
	if err != nil {
		return nil, err
	}
	if stage != nil {
		stage(engine.StageMeasuring)
	}
	return sessionOf(d, corr)
}

// errWorker is a worker that failed or is missing: the page falls back to
// the in-process engine.
var errWorker = errors.New("ui: analysis worker unavailable")

// errWorkerStopped is a worker that stopped during an analysis, most likely
// out of memory on a huge input: running the same analysis on the page's
// own thread would freeze or kill the tab, so the page reports it instead
// (the input is kept) and starts a new worker for the next analysis.
var errWorkerStopped = errors.New("the analysis stopped, most likely for lack of memory for this input; try a smaller part of it")

// errCanceled is an analysis the user cancelled: the worker running it was
// stopped (the engine cannot be interrupted), and a new one takes the next
// analysis.
var errCanceled = errors.New("the analysis was cancelled")

// workerClient is the page's side of the analysis worker.
type workerClient struct {
	url     string
	w       app.Value
	ready   bool // app.wasm started in the worker
	mu      sync.Mutex
	nextID  int
	waiting map[int]*call
	dead    bool
	funcs   []app.Func
}

// call is a request waiting for its reply.
type call struct {
	done  chan worker.Reply
	stage func(string)
	text  []byte // what the report's offsets point into: its strings refer to it
}

// startWorker starts the analysis worker from url, or returns nil where
// there is no Worker (natively, or a browser without it).
func startWorker(url string) (wk *workerClient) {
	ctor := app.Window().Get("Worker")
	if !ctor.Truthy() {
		return nil
	}
	wk = &workerClient{url: url, waiting: map[int]*call{}}
	if err := jsCall(func() { wk.w = ctor.New(url) }); err != nil {
		return nil
	}
	onMessage := app.FuncOf(func(this app.Value, args []app.Value) any {
		wk.receive(args[0].Get("data"))
		return nil
	})
	onError := app.FuncOf(func(this app.Value, args []app.Value) any {
		wk.fail()
		return nil
	})
	wk.funcs = []app.Func{onMessage, onError}
	wk.w.Set("onmessage", onMessage)
	wk.w.Set("onerror", onError)
	return wk
}

// receive handles one message from the worker.
func (wk *workerClient) receive(data app.Value) {
	if data.Get("BYTES_PER_ELEMENT").Int() != 1 {
		wk.fail() // {error: "..."}: the worker could not start
		return
	}
	b := make([]byte, data.Get("length").Int())
	app.CopyBytesToGo(b, data)
	id, err := worker.ReplyID(b)
	if err != nil {
		wk.fail()
		return
	}
	wk.mu.Lock()
	c := wk.waiting[id]
	wk.mu.Unlock()
	if c != nil && len(b) >= pacedReply {
		// A large report is decoded a piece at a time, the browser
		// running its event loop in between.
		go func() {
			rep, err := worker.DecodeReplyPaced(b, c.text, func() { time.Sleep(time.Millisecond) })
			wk.deliver(c, rep, err)
		}()
		return
	}
	var text []byte
	if c != nil {
		text = c.text
	}
	rep, err := worker.DecodeReply(b, text)
	wk.deliver(c, rep, err)
}

// pacedReply is the size from which a reply is decoded in pieces (a
// report of some 10,000 blocks).
const pacedReply = 256 << 10

// deliver hands a decoded reply to the call waiting for it (c, nil for
// "ready" or a reply nobody waits for).
func (wk *workerClient) deliver(c *call, rep worker.Reply, err error) {
	if err != nil {
		wk.fail()
		return
	}
	wk.mu.Lock()
	if rep.Kind == worker.KindProgress && rep.Stage == "ready" {
		wk.ready = true
	}
	if c != nil && rep.Kind != worker.KindProgress {
		if wk.waiting[rep.ID] != c {
			wk.mu.Unlock()
			return // released meanwhile: the worker failed
		}
		delete(wk.waiting, rep.ID)
	}
	wk.mu.Unlock()
	if c == nil {
		return // "ready", or a reply nobody waits for
	}
	if rep.Kind == worker.KindProgress {
		if c.stage != nil {
			c.stage(rep.Stage)
		}
		return
	}
	c.done <- rep
}

// fail marks the worker dead and releases everyone waiting.
func (wk *workerClient) fail() { wk.stop(nil) }

// cancel stops the worker, and whatever it runs, and releases everyone
// waiting with errCanceled.
func (wk *workerClient) cancel() { wk.stop(errCanceled) }

// stop marks the worker dead, terminates it and releases everyone waiting
// with why, or when why is nil with errWorker (it never started) or
// errWorkerStopped (it stopped).
func (wk *workerClient) stop(why error) {
	wk.mu.Lock()
	wk.dead = true
	waiting := wk.waiting
	wk.waiting = map[int]*call{}
	msg := errWorker.Error()
	switch {
	case why != nil:
		msg = why.Error()
	case wk.ready:
		msg = errWorkerStopped.Error()
	}
	wk.mu.Unlock()
	for _, c := range waiting {
		c.done <- worker.Reply{Kind: worker.KindFailed, Message: msg}
	}
	jsCall(func() { wk.w.Call("terminate") })
}

// do posts req and waits for its reply, whose report's strings may refer
// to text: the input of the analysis (text), or its text rendering (HTML,
// for a measure). It must not run on the goroutine that handles JavaScript
// events.
func (wk *workerClient) do(req worker.Request, text []byte, stage func(string)) (worker.Reply, error) {
	wk.mu.Lock()
	if wk.dead {
		wk.mu.Unlock()
		return worker.Reply{}, errWorker
	}
	wk.nextID++
	req.ID = wk.nextID
	c := &call{done: make(chan worker.Reply, 1), stage: stage, text: text}
	wk.waiting[req.ID] = c
	wk.mu.Unlock()

	// The input goes beside the encoded request, not in it: encoding it
	// would copy it once more on the page's thread.
	src := req.Src
	req.Src = nil
	b := worker.AppendRequest(nil, &req)
	err := jsCall(func() {
		u8 := app.Window().Get("Uint8Array")
		h := u8.New(len(b))
		app.CopyBytesToJS(h, b)
		in := u8.New(len(src))
		app.CopyBytesToJS(in, src)
		wk.w.Call("postMessage", []any{h, in}, []any{h.Get("buffer"), in.Get("buffer")})
	})
	if err != nil {
		wk.fail()
		return worker.Reply{}, errWorker
	}
	rep := <-c.done
	if rep.Kind == worker.KindFailed {
		switch rep.Message {
		case errWorker.Error():
			return rep, errWorker
		case errWorkerStopped.Error():
			return rep, errWorkerStopped
		case errCanceled.Error():
			return rep, errCanceled
		}
	}
	return rep, wrapPanic(rep.Err())
}

func (wk *workerClient) analyze(seq int, src []byte, format string, corr engine.Corrections, stage func(string)) (*Session, error) {
	// The browser's limit is checked here, before the input is copied to
	// the worker.
	if err := engine.CheckSize(int64(len(src)), engine.MaxBrowserInput); err != nil {
		return nil, err
	}
	rep, err := wk.do(worker.Request{Op: worker.OpAnalyze, Seq: seq, Format: format, Src: src, Corr: corr}, src, stage)
	if err != nil {
		return nil, err
	}
	if format != "html" {
		rep.Src = src // text: the offsets point into the input itself
	}
	s := &Session{Src: rep.Src, flags: rep.Blocks, Report: rep.Report, Corrections: engine.Corrections{}, inWorker: true, engineMS: rep.EngineMS}
	if len(rep.Runes) == len(rep.Report.Blocks) {
		s.runes = rep.Runes // counted in the worker
	}
	for i, in := range corr {
		if i >= 0 && i < len(rep.Blocks) {
			s.Corrections[i] = in
		}
	}
	s.measureFn = func(c engine.Corrections) (report.Report, error) {
		rep, err := wk.do(worker.Request{Op: worker.OpMeasure, Seq: seq, Corr: c}, s.Src, nil)
		return rep.Report, err
	}
	return s, nil
}

// warm has the worker analyse src n times (worker.OpWarm) and waits.
func (wk *workerClient) warm(src []byte, n int) error {
	_, err := wk.do(worker.Request{Op: worker.OpWarm, Seq: -1, Format: "text", Src: src, Repeat: n}, nil, nil)
	return err
}

// workerOf returns the analysis worker behind an, or nil when an runs the
// engine in-process.
func workerOf(an analyzer) *workerClient {
	if f, ok := an.(*fallback); ok {
		f.mu.Lock()
		defer f.mu.Unlock()
		return f.wk
	}
	return nil
}

// fallback runs analyses in the worker while it works, in-process after.
type fallback struct {
	mu sync.Mutex
	wk *workerClient
}

func (f *fallback) analyze(seq int, src []byte, format string, corr engine.Corrections, stage func(string)) (*Session, error) {
	f.mu.Lock()
	wk := f.wk
	f.mu.Unlock()
	if wk != nil {
		s, err := wk.analyze(seq, src, format, corr, stage)
		if errors.Is(err, errWorkerStopped) {
			f.mu.Lock()
			if f.wk == wk {
				f.wk = startWorker(wk.url) // for the next analysis
			}
			f.mu.Unlock()
		}
		if !errors.Is(err, errWorker) {
			return s, err
		}
	}
	return local{}.analyze(seq, src, format, corr, stage)
}

// cancel stops the analysis under way in the worker, with the worker (the
// engine cannot be interrupted), and starts a new worker for the next
// analysis. It reports false where analyses run in-process, which cannot
// be stopped.
func (f *fallback) cancel() bool {
	f.mu.Lock()
	wk := f.wk
	if wk != nil {
		// Started at once, so that the next analysis, however soon, finds
		// it rather than the stopped one (which would fall back to the
		// page's thread).
		f.wk = startWorker(wk.url)
	}
	f.mu.Unlock()
	if wk == nil {
		return false
	}
	wk.cancel()
	return true
}
