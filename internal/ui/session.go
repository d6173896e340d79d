package ui

import (
	"errors"
	"fmt"
	"maps"

	"github.com/safi-app/safi/internal/doc"
	"github.com/safi-app/safi/internal/engine"
	"github.com/safi-app/safi/internal/report"
)

// ErrAnalysis is returned when the engine panics on an input: the session
// keeps the input and reports the failure instead of dying.
var ErrAnalysis = errors.New("ui: analysis failed")

// Session is one analysed input and the user's corrections to it. It holds
// no go-app state, so the logic behind the page can be tested directly.
type Session struct {
	Doc         *doc.Doc
	Report      report.Report
	Corrections engine.Corrections
	history     []engine.Corrections
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

// sessionOf measures a prepared doc with the corrections corr.
func sessionOf(d *doc.Doc, corr engine.Corrections) (*Session, error) {
	s := &Session{Doc: d, Corrections: engine.Corrections{}}
	for i, in := range corr {
		if i >= 0 && i < len(d.Blocks) {
			s.Corrections[i] = in
		}
	}
	if err := s.measure(); err != nil {
		return nil, err
	}
	return s, nil
}

func (s *Session) measure() error {
	r, err := Measure(s.Doc, s.Corrections)
	if err != nil {
		return err
	}
	s.Report = r
	return nil
}

// InArticle reports whether block i is currently part of the article body.
func (s *Session) InArticle(i int) bool {
	if i < 0 || i >= len(s.Report.Blocks) {
		return false
	}
	return inArticle(s.Report.Blocks[i].Class)
}

// Toggleable reports whether block i can be moved into or out of the
// article: blocks of blank space cannot.
func (s *Session) Toggleable(i int) bool {
	return i >= 0 && i < len(s.Doc.Blocks) && s.Doc.Blocks[i].Text != ""
}

// Toggle moves block i into the article if it is out, out if it is in, and
// measures again. It is a no-op for a block that cannot be toggled.
func (s *Session) Toggle(i int) error {
	if !s.Toggleable(i) {
		return nil
	}
	s.history = append(s.history, maps.Clone(s.Corrections))
	in := !s.InArticle(i)
	if in == inArticle(s.Doc.Blocks[i].Class) {
		delete(s.Corrections, i) // back to the engine's verdict
	} else {
		s.Corrections[i] = in
	}
	return s.measure()
}

// CanUndo reports whether there is a correction to undo.
func (s *Session) CanUndo() bool { return len(s.history) > 0 }

// Undo takes back the last correction.
func (s *Session) Undo() error {
	if len(s.history) == 0 {
		return nil
	}
	s.Corrections = s.history[len(s.history)-1]
	s.history = s.history[:len(s.history)-1]
	return s.measure()
}

// Reset drops every correction (it can be undone).
func (s *Session) Reset() error {
	if len(s.Corrections) == 0 {
		return nil
	}
	s.history = append(s.history, s.Corrections)
	s.Corrections = engine.Corrections{}
	return s.measure()
}

// BlockText returns the text of block i as it appears in the input, with
// invalid UTF-8 shown as U+FFFD.
func (s *Session) BlockText(i int) string {
	b := s.Report.Blocks[i]
	return toValidUTF8(s.Doc.Src[b.Start:b.End])
}

func inArticle(class string) bool {
	return class == report.ClassParagraph || class == report.ClassHeading
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
