package ui

import (
	"strings"
	"time"
	"unsafe"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/safi-app/safi/internal/engine"
	"github.com/safi-app/safi/internal/report"
	"github.com/safi-app/safi/internal/ui/worker"
)

// pageAnalysis is the page's analyses: the one shown, the one under way,
// and the corrections the user makes to it.
type pageAnalysis struct {
	an       analyzer // the analysis worker, or the engine in-process
	sess     *Session
	corr     engine.Corrections
	seq      int // input version: a stale analysis is dropped
	analyses int // analyses completed, for tests and curious users
	requests int // analyses started, for tests
	busy     bool
	stage    string   // what the analysis under way is doing, in words
	stages   []string // the stages it has begun (engine.Stage…), in order
	canceled bool     // the user cancelled the last analysis
	took     time.Duration
	errMsg   string

	correcting bool                            // a correction is being measured
	pending    []func(*Session) (Change, bool) // corrections clicked meanwhile, in order
	afterPost  func()                          // the next analysis's insertion of its paste into the textarea (see insert)
	insert     func()                          // the analysis under way's insertion, run once its report is painted
}

// flushInsert inserts the paste an analysis under way holds back (see
// analyze) now: before anything else reads or changes the textarea.
func (p *Page) flushInsert() {
	if f := p.run.insert; f != nil {
		p.run.insert = nil
		f()
	}
}

// warmUp runs the engine on the example page before the user's first
// paste, so that the one-time costs of a first analysis in WebAssembly
// (several times a later one's: docs/measuring.md) are not the user's.
// The worker analyses it warmRuns times at once,
// off the page's thread, so that the browser compiles the engine's hot
// functions to optimised code (its queue keeps this before any analysis
// the user asks for, and drops it for one); in-process, one analysis waits
// a moment so as not to disturb the first paint.
func (p *Page) warmUp(ctx app.Context) {
	an := p.analyzer()
	wk := workerOf(an)
	ctx.Async(func() {
		if wk != nil && wk.Warm([]byte(seed), warmRuns) == nil {
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
	if p.run.an == nil {
		return local{}
	}
	return p.run.an
}

// warmUpDelay leaves the first paint and the user's first look undisturbed.
const warmUpDelay = 1500 * time.Millisecond

// source returns what to analyse and how.
func (p *Page) source() ([]byte, string) {
	// Views of the strings, not copies (each copy of a 64 MB input held
	// the page's thread): the engine and the worker only read their input,
	// and strings do not change.
	switch {
	case p.in.html != "":
		return bytesOf(p.in.html), "html"
	case p.in.raw != nil:
		return p.in.raw, "text"
	}
	return bytesOf(p.in.text), "text"
}

// bytesOf returns the bytes of s without copying them; they must not be
// changed.
func bytesOf(s string) []byte {
	return unsafe.Slice(unsafe.StringData(s), len(s))
}

// analyze runs the engine off the event handler: progress first, so the
// browser can paint it, then read and classify, then measure.
func (p *Page) analyze(ctx app.Context) {
	p.run.seq++
	seq := p.run.seq
	src, format := p.source()
	corr := p.run.corr
	p.run.errMsg, p.run.canceled = "", false
	after := p.run.afterPost
	p.run.afterPost = nil
	p.flushInsert()
	if len(src) == 0 {
		p.run.sess, p.run.busy, p.run.took = nil, false, 0
		if after != nil {
			after()
		}
		return
	}
	// The browser's undoable insertion of a paste holds the page's thread
	// (40-60 ms for the example page): it waits until the report is
	// painted, so that the report does not wait for it; anything that reads
	// or changes the textarea before then inserts it first (flushInsert).
	p.run.insert = after
	p.run.busy = true
	p.run.requests++
	worker.Mark("analyze")
	p.run.stages = []string{engine.StageReading}
	p.run.stage = Tf(p.lang, "status.reading", sizeLabel(p.lang, len(src)))
	an := p.analyzer()
	inWorker := workerOf(an) != nil
	ctx.Async(func() {
		switch {
		case !inWorker:
			time.Sleep(20 * time.Millisecond) // let the progress paint before the engine holds the thread
		case len(src) > 1<<20:
			// Let the progress paint, and the browser run its event loop,
			// before the input is copied for the worker (a long task for 64 MB):
			// reading the file took as long, in the same task.
			time.Sleep(time.Millisecond)
		}
		stage := func(name string) {
			ctx.Dispatch(func(ctx app.Context) {
				if seq != p.run.seq || !p.run.busy {
					return
				}
				if n := len(p.run.stages); n == 0 || p.run.stages[n-1] != name {
					p.run.stages = append(p.run.stages, name)
				}
				switch name {
				case engine.StageReading:
					p.run.stage = Tf(p.lang, "status.reading", sizeLabel(p.lang, len(src)))
				case engine.StageClassifying:
					p.run.stage = T(p.lang, "status.classifying")
				case engine.StageMeasuring:
					p.run.stage = T(p.lang, "status.measuring")
				}
			})
		}
		start := time.Now()
		s, err := an.analyze(seq, src, format, corr, stage)
		took := time.Since(start)
		ctx.Dispatch(func(ctx app.Context) {
			worker.Mark("apply")
			if p.run.insert != nil {
				ctx.Defer(func(ctx app.Context) { // once the page is updated
					// A task more after the paint, so that the tasks
					// the frame queued (a timer the page's code set for
					// after it) run before the insertion holds the thread.
					afterPaint(func() { laterTask(func() { ctx.Dispatch(func(app.Context) { p.flushInsert() }) }) })
				})
			}
			if seq != p.run.seq {
				return // the input changed meanwhile
			}
			p.run.busy, p.run.took = false, took
			p.run.analyses++
			if err != nil {
				p.run.errMsg = Tf(p.lang, "status.error", firstLine(err.Error()))
				return
			}
			p.run.sess = s
			p.run.corr = s.Corrections
			p.screen.copyMsg, p.screen.headlinesMsg = "", "" // they spoke of the last report
			p.screen.limits = nil
			p.screen.segFrom, p.screen.segAt = 0, 0
			p.run.pending = nil
			p.screen.view++
			p.reveal(ctx)
		})
	})
}

// cancelable reports whether the analysis under way can be cancelled: it
// runs in the worker, which can be stopped (the page's own thread cannot).
func (p *Page) cancelable() bool {
	return p.run.busy && workerOf(p.analyzer()) != nil
}

// cancel stops the analysis under way: the worker running it is stopped
// and replaced, the result it would have given is dropped, and the input
// is kept, to be analysed again on request or at the next edit.
func (p *Page) cancel(ctx app.Context, e app.Event) {
	f, ok := p.run.an.(*fallback)
	if !p.run.busy || !ok || !f.cancel() {
		return
	}
	p.run.seq++ // the cancelled analysis's result, if any, is stale
	p.run.busy, p.run.canceled = false, true
	p.run.stages = nil
	p.afterDraw(func() { focusElement("#reanalyze") }) // Cancel, which had the focus, is gone
}

// focusDelay leaves the page time to draw what is to be focused.
const focusDelay = 50 * time.Millisecond

// afterDraw runs f on the UI goroutine once the page has drawn what the
// handler running changed. Not ctx.Defer or ctx.After: go-app drops what a
// handler's context runs once the element the event came from is gone (a
// Cancel or Close button the change hides); the page's own context stays.
func (p *Page) afterDraw(f func()) {
	if d := p.dispatch; d != nil {
		time.AfterFunc(focusDelay, func() { d(func(app.Context) { f() }) })
	}
}

// focusElement focuses the first element matching the CSS selector sel,
// if there is one.
func focusElement(sel string) {
	worker.JSCall(func() {
		if el := app.Window().Get("document").Call("querySelector", sel); el.Truthy() {
			el.Call("focus")
		}
	})
}

// reanalyze analyses the input again, after a cancel.
func (p *Page) reanalyze(ctx app.Context, e app.Event) {
	if p.dispatch == nil {
		p.analyze(ctx)
		return
	}
	// Through the page's own context: go-app drops what this handler's
	// context dispatches once its button, which the analysis hides, is
	// gone, and the analysis dispatches its progress and its result.
	p.dispatch(func(ctx app.Context) { p.analyze(ctx) })
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return l
}

// correct plans a change to the corrections, measures it off the event
// handler (in the worker), applies it and saves it. Corrections asked for
// while one is measured wait their turn, so no click is lost.
func (p *Page) correct(ctx app.Context, plan func(*Session) (Change, bool)) {
	if p.run.sess == nil {
		return
	}
	if p.run.correcting {
		p.run.pending = append(p.run.pending, plan)
		return
	}
	c, ok := plan(p.run.sess)
	if !ok {
		p.next(ctx)
		return
	}
	s := p.run.sess
	p.run.correcting = true
	ctx.Async(func() {
		r, err := s.Measure(c)
		ctx.Dispatch(func(ctx app.Context) {
			p.run.correcting = false
			if s != p.run.sess {
				return // a new analysis replaced the session
			}
			if err != nil {
				p.run.errMsg = Tf(p.lang, "status.error", firstLine(err.Error()))
				p.run.pending = nil
				return
			}
			s.Apply(c, r)
			p.screen.view++
			p.run.corr = s.Corrections
			p.save()
			p.next(ctx)
		})
	})
}

// next starts the next correction waiting, if any.
func (p *Page) next(ctx app.Context) {
	if len(p.run.pending) > 0 {
		plan := p.run.pending[0]
		p.run.pending = p.run.pending[1:]
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

// reveal draws the report's first sections now and the others in turn, a
// frame apart, so that the browser can paint and take input between them.
func (p *Page) reveal(ctx app.Context) {
	// The first screenful (the article, its statistics) first, even for a
	// small report: its go-app update and its frame are the article's
	// time on screen (about 20 ms and 10-15 ms for the example page when
	// it was drawn whole, docs/measuring.md). A small report's other
	// sections follow in one more frame, a large one's two at a time.
	group := 2
	if small(&p.run.sess.Report) {
		group = len(resultSections)
	}
	p.screen.sections = firstSections
	p.revealAfter(ctx, p.screen.view, firstSections, group)
}

// revealAfter draws the next group of sections once the page, as the
// update under way leaves it with shown sections, is painted: a task after
// the frame that follows the update (ctx.Defer runs once go-app has
// updated the page), so that the frame that shows the article is never
// the one that draws the rest too. A timer could fire before that frame (a
// busy or a loaded machine), and so could an animation frame asked for
// before go-app's own, which draws the update.
func (p *Page) revealAfter(ctx app.Context, view, shown, group int) {
	if shown >= len(resultSections) {
		return
	}
	ctx.Defer(func(ctx app.Context) {
		afterPaint(func() {
			laterTask(func() {
				ctx.Dispatch(func(ctx app.Context) {
					if view != p.screen.view || p.run.sess == nil {
						return // a newer report is being drawn
					}
					next := min(shown+group, len(resultSections))
					p.screen.sections = next
					p.revealAfter(ctx, view, next, group)
				})
			})
		})
	})
}

// small reports whether a report's sections after the first screenful
// are drawn in one frame: the lists its sections draw are short (a news
// article like the seed is a few dozen blocks). Drawing them in groups
// only pays for large reports.
func small(r *report.Report) bool {
	return len(r.Blocks) <= 200 && len(r.Noise) <= 100 && len(r.Figures) <= 50 && len(r.Ticker.Headlines) <= 100 && len(r.Article.Paragraphs) <= 100
}
