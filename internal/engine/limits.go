package engine

import (
	"errors"
	"fmt"
	"math"
	"runtime/debug"

	"github.com/safi-app/safi/internal/doc"
	"github.com/safi-app/safi/internal/report"
)

// Input size limits. The engine's peak memory is a few times the input, so
// these keep an analysis inside what its host can give it.
const (
	// MaxBrowserInput is the largest input the browser app analyses: 64 MiB.
	// A WebAssembly tab has one linear memory of at most a few GiB, shared
	// with the page's copy of the text.
	MaxBrowserInput = 64 << 20
	// MaxCLIInput is the largest file `app analyze` reads: 1 GiB.
	MaxCLIInput = 1 << 30
)

// ErrTooLarge is returned, wrapped in a *SizeError, for an input over a
// limit.
var ErrTooLarge = errors.New("engine: input too large")

// ErrPanic is returned, wrapped in a *PanicError, when the analysis panics:
// a bug in the engine, reported instead of crashing the app.
var ErrPanic = errors.New("engine: the analysis failed")

// SizeError is an input over a size limit. Its message names both sizes.
type SizeError struct {
	Size  int64 // bytes of the input; negative when only known to be over Limit (a stream)
	Limit int64 // the limit it is over
}

// Error says how large the input is and what the limit is.
func (e *SizeError) Error() string {
	if e.Size < 0 {
		return fmt.Sprintf("the input is more than the limit of %s: split it, or analyse only the part you need", FormatSize(e.Limit))
	}
	return fmt.Sprintf("the input is %s, more than the limit of %s: split it, or analyse only the part you need",
		FormatSize(e.Size), FormatSize(e.Limit))
}

// Unwrap returns ErrTooLarge.
func (e *SizeError) Unwrap() error { return ErrTooLarge }

// CheckSize returns a *SizeError when size is over limit, nil otherwise.
func CheckSize(size, limit int64) error {
	if size > limit {
		return &SizeError{Size: size, Limit: limit}
	}
	return nil
}

// PanicError is a panic of the analysis, recovered.
type PanicError struct {
	Stage string // "prepare", "measure" or "analyze"
	Value any    // what the engine panicked with
	Stack []byte // the goroutine's stack at the panic, for a bug report
}

// Error says that the analysis failed and why, without the stack.
func (e *PanicError) Error() string {
	return fmt.Sprintf("the analysis failed (%s: %v); your text is unchanged — please report this with the input that caused it", e.Stage, e.Value)
}

// Unwrap returns ErrPanic.
func (e *PanicError) Unwrap() error { return ErrPanic }

// SafeAnalyze is Analyze that never panics: a panic in the pipeline comes
// back as a *PanicError (errors.Is(err, ErrPanic)), and an input over
// MaxBrowserInput as a *SizeError (errors.Is(err, ErrTooLarge)), with a
// message the UI can show as is. The browser app calls SafePrepare and
// SafeMeasure the same way; the CLI checks its own limit, MaxCLIInput,
// before reading a file and then calls Analyze under SafeAnalyzeLimit.
func SafeAnalyze(src []byte, opt Options) (report.Report, error) {
	return SafeAnalyzeLimit(src, opt, MaxBrowserInput)
}

// SafeAnalyzeLimit is SafeAnalyze with the size limit given: limit bytes at
// most, or no limit when limit <= 0.
func SafeAnalyzeLimit(src []byte, opt Options, limit int64) (r report.Report, err error) {
	if limit > 0 {
		if err := CheckSize(int64(len(src)), limit); err != nil {
			return report.Report{}, err
		}
	}
	defer recoverTo("analyze", &err)
	return Analyze(src, opt), nil
}

// SafePrepare is Prepare that never panics: it returns a *SizeError for an
// input over MaxBrowserInput and a *PanicError if the reader or the
// classifier panics, and the prepared doc otherwise.
func SafePrepare(src []byte, opt Options) (d *doc.Doc, err error) {
	if err := CheckSize(int64(len(src)), MaxBrowserInput); err != nil {
		return nil, err
	}
	defer recoverTo("prepare", &err)
	return Prepare(src, opt), nil
}

// SafeMeasure is Measure that never panics: it returns a *PanicError if
// assembling or measuring panics. A nil doc is an error too.
func SafeMeasure(d *doc.Doc, corr Corrections) (r report.Report, err error) {
	if d == nil {
		return report.Report{}, &PanicError{Stage: "measure", Value: "no prepared input"}
	}
	defer recoverTo("measure", &err)
	return Measure(d, corr), nil
}

// recoverTo turns a panic into a *PanicError stored in *err. It must be
// deferred directly.
func recoverTo(stage string, err *error) {
	if v := recover(); v != nil {
		*err = &PanicError{Stage: stage, Value: v, Stack: debug.Stack()}
	}
}

// FormatSize writes n bytes for a person: "812 bytes", "3.4 KB", "64 MB",
// "1.1 GB" (units of 1024, one decimal unless whole, rounded up so that a
// size just over a limit never reads as the limit).
func FormatSize(n int64) string {
	if n < 1024 {
		if n == 1 {
			return "1 byte"
		}
		return fmt.Sprintf("%d bytes", n)
	}
	units := []string{"KB", "MB", "GB", "TB"}
	v, u := float64(n)/1024, 0
	for v >= 1024 && u < len(units)-1 {
		v /= 1024
		u++
	}
	v = math.Ceil(v*10) / 10
	if v == math.Trunc(v) {
		return fmt.Sprintf("%d %s", int64(v), units[u])
	}
	return fmt.Sprintf("%.1f %s", v, units[u])
}
