package ui

import (
	"errors"
	"sync"

	"github.com/safi-app/safi/internal/engine"
	"github.com/safi-app/safi/internal/report"
	"github.com/safi-app/safi/internal/ui/worker"
)

// analyzer runs analyses for the page. In the browser it is a Web Worker
// running the engine (worker.Client), so a large paste never blocks the
// page; where there is no worker (natively, in tests, or when the worker
// fails to start) the engine runs in-process, off the event handler.
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

// inWorker analyses src in the worker wk: the session's report, flags and
// character counts come from the worker's reply, and its corrections are
// measured there again.
func inWorker(wk *worker.Client, seq int, src []byte, format string, corr engine.Corrections, stage func(string)) (*Session, error) {
	rep, err := wk.Analyze(seq, src, format, corr, stage)
	if err != nil {
		return nil, wrapPanic(err)
	}
	s := &Session{Src: rep.Src, flags: rep.Blocks, Report: rep.Report, Corrections: corr.Within(len(rep.Blocks)), inWorker: true, engineMS: rep.EngineMS}
	if len(rep.Runes) == len(rep.Report.Blocks) {
		s.runes = rep.Runes // counted in the worker
	}
	s.measureFn = func(c engine.Corrections) (report.Report, error) {
		r, err := wk.Measure(seq, c, s.Src)
		return r, wrapPanic(err)
	}
	return s, nil
}

// workerOf returns the analysis worker behind an, or nil when an runs the
// engine in-process.
func workerOf(an analyzer) *worker.Client {
	if f, ok := an.(*fallback); ok {
		f.mu.Lock()
		defer f.mu.Unlock()
		return f.wk
	}
	return nil
}

// fallback runs analyses in the worker while it works, in-process after;
// a worker that stopped during an analysis is replaced for the next.
type fallback struct {
	mu sync.Mutex
	wk *worker.Client
}

func (f *fallback) analyze(seq int, src []byte, format string, corr engine.Corrections, stage func(string)) (*Session, error) {
	f.mu.Lock()
	wk := f.wk
	f.mu.Unlock()
	if wk != nil {
		s, err := inWorker(wk, seq, src, format, corr, stage)
		if errors.Is(err, worker.ErrStopped) {
			f.mu.Lock()
			if f.wk == wk {
				f.wk = wk.Restart() // for the next analysis
			}
			f.mu.Unlock()
		}
		if !errors.Is(err, worker.ErrUnavailable) {
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
		f.wk = wk.Restart()
	}
	f.mu.Unlock()
	if wk == nil {
		return false
	}
	wk.Cancel()
	return true
}
