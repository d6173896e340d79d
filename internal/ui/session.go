package ui

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"unicode/utf8"

	"github.com/safi-app/safi/internal/doc"
	"github.com/safi-app/safi/internal/engine"
	"github.com/safi-app/safi/internal/report"
	"github.com/safi-app/safi/internal/ui/worker"
)

// ErrAnalysis is returned when the engine panics on an input: the session
// keeps the input and reports the failure instead of dying.
var ErrAnalysis = errors.New("ui: analysis failed")

// Session is one analysed input and the user's corrections to it. It holds
// no go-app state, so the logic behind the page can be tested directly.
type Session struct {
	// Src is the text the report's offsets point into: the input, or the
	// text rendering of an HTML input.
	Src         []byte
	Report      report.Report
	Corrections engine.Corrections

	flags     []worker.BlockFlags // per block: has text, in the article by the engine's verdict
	runes     []int               // per block: characters, for the charts (sent by the worker, or counted once)
	inWorker  bool                // analysed by the worker, not in-process
	engineMS  float64             // the worker's own time in the engine (0 in-process)
	history   []engine.Corrections
	measureFn func(engine.Corrections) (report.Report, error)
}

// Prepare reads and classifies src (format "text" or "html") through
// engine.SafePrepare: an input over engine.MaxBrowserInput is refused with
// its size error, and a panic in the engine comes back as ErrAnalysis.
func Prepare(src []byte, format string) (*doc.Doc, error) {
	d, err := engine.SafePrepare(src, engine.Options{Format: format})
	return d, wrapPanic(err)
}

// Measure assembles and measures d with corr through engine.SafeMeasure; a
// panic in the engine comes back as ErrAnalysis.
func Measure(d *doc.Doc, corr engine.Corrections) (report.Report, error) {
	r, err := engine.SafeMeasure(d, corr)
	return r, wrapPanic(err)
}

// wrapPanic marks an engine panic as ErrAnalysis, keeping the first lines
// of its stack for the message.
func wrapPanic(err error) error {
	var pe *engine.PanicError
	if errors.As(err, &pe) {
		return fmt.Errorf("%w: %v\n%s", ErrAnalysis, pe.Value, firstLines(pe.Stack, 12))
	}
	return err
}

// NewSession analyses src with the corrections corr (which may be nil).
// Corrections naming blocks the input does not have are dropped.
func NewSession(src []byte, format string, corr engine.Corrections) (*Session, error) {
	d, err := Prepare(src, format)
	if err != nil {
		return nil, err
	}
	return sessionOf(d, corr)
}

// sessionOf measures a prepared doc with the corrections corr, in-process.
func sessionOf(d *doc.Doc, corr engine.Corrections) (*Session, error) {
	s := &Session{
		Src:         d.Src,
		Corrections: corr.Within(len(d.Blocks)),
		flags:       worker.Flags(d.Blocks),
		measureFn:   func(c engine.Corrections) (report.Report, error) { return Measure(d, c) },
	}
	r, err := s.measureFn(s.Corrections)
	if err != nil {
		return nil, err
	}
	s.Report = r
	return s, nil
}

// InArticle reports whether block i is currently part of the article body.
func (s *Session) InArticle(i int) bool {
	if i < 0 || i >= len(s.Report.Blocks) {
		return false
	}
	return report.InArticle(s.Report.Blocks[i].Class)
}

// Toggleable reports whether block i can be moved into or out of the
// article: blocks of blank space cannot.
func (s *Session) Toggleable(i int) bool {
	return i >= 0 && i < len(s.flags) && s.flags[i]&worker.HasText != 0
}

// Change is a new set of corrections and the undo history that goes with
// it, to be measured (Measure) and then applied (Apply). Splitting the two
// lets the page measure off the event handler, in the analysis worker.
type Change struct {
	Corrections engine.Corrections
	history     []engine.Corrections
}

// ToggleChange is the change that moves block i into the article if it is
// out, out if it is in; ok is false for a block that cannot be toggled.
func (s *Session) ToggleChange(i int) (c Change, ok bool) {
	if !s.Toggleable(i) {
		return c, false
	}
	corr := maps.Clone(s.Corrections)
	in := !s.InArticle(i)
	if in == (s.flags[i]&worker.InArticle != 0) {
		delete(corr, i) // back to the engine's verdict
	} else {
		corr[i] = in
	}
	return Change{corr, append(slices.Clip(s.history), maps.Clone(s.Corrections))}, true
}

// UndoChange is the change that takes back the last correction.
func (s *Session) UndoChange() (c Change, ok bool) {
	if len(s.history) == 0 {
		return c, false
	}
	n := len(s.history) - 1
	return Change{s.history[n], slices.Clip(s.history[:n])}, true
}

// ResetChange is the change that drops every correction (it can be undone).
func (s *Session) ResetChange() (c Change, ok bool) {
	if len(s.Corrections) == 0 {
		return c, false
	}
	return Change{engine.Corrections{}, append(slices.Clip(s.history), s.Corrections)}, true
}

// Measure measures the input with the corrections of c.
func (s *Session) Measure(c Change) (report.Report, error) {
	return s.measureFn(c.Corrections)
}

// Apply makes c and its measured report r the session's state.
func (s *Session) Apply(c Change, r report.Report) {
	s.Corrections, s.history, s.Report = c.Corrections, c.history, r
}

// change measures and applies a change at once.
func (s *Session) change(c Change, ok bool) error {
	if !ok {
		return nil
	}
	r, err := s.Measure(c)
	if err != nil {
		return err
	}
	s.Apply(c, r)
	return nil
}

// Toggle moves block i into the article if it is out, out if it is in, and
// measures again. It is a no-op for a block that cannot be toggled.
func (s *Session) Toggle(i int) error { return s.change(s.ToggleChange(i)) }

// CanUndo reports whether there is a correction to undo.
func (s *Session) CanUndo() bool { return len(s.history) > 0 }

// Undo takes back the last correction.
func (s *Session) Undo() error { return s.change(s.UndoChange()) }

// Reset drops every correction (it can be undone).
func (s *Session) Reset() error { return s.change(s.ResetChange()) }

// blockRunes returns the characters of each block, counted on first use.
func (s *Session) blockRunes() []int {
	if s.runes == nil {
		s.runes = make([]int, len(s.Report.Blocks))
		for i, b := range s.Report.Blocks {
			if b.End <= len(s.Src) && 0 <= b.Start && b.Start <= b.End {
				s.runes[i] = utf8.RuneCount(s.Src[b.Start:b.End])
			}
		}
	}
	return s.runes
}

// BlockText returns the text of block i as it appears in the input, with
// invalid UTF-8 shown as U+FFFD.
func (s *Session) BlockText(i int) string {
	b := s.Report.Blocks[i]
	return toValidUTF8(s.Src[b.Start:b.End])
}

func firstLines(b []byte, n int) string {
	for i, c := range b {
		if c == '\n' {
			n--
			if n == 0 {
				return string(b[:i])
			}
		}
	}
	return string(b)
}
