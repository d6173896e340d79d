// Package engine runs Safi's pipeline: read the input into blocks, split
// tickers, classify the blocks, assemble the article and measure it. It is
// the one entry point the CLI and the browser app share, so both agree on
// every figure.
package engine

import (
	"time"

	"github.com/safi-app/safi/internal/doc"
	"github.com/safi-app/safi/internal/extract/assemble"
	"github.com/safi-app/safi/internal/extract/classify"
	"github.com/safi-app/safi/internal/extract/htmlread"
	"github.com/safi-app/safi/internal/extract/textread"
	"github.com/safi-app/safi/internal/report"
)

// Options tune one analysis.
type Options struct {
	// Timing records the time of each stage in the report.
	Timing bool
	// Format forces the reader: "text", "html", or "" to detect by content.
	Format string
	// Debug fills the report's debug field: the numbers of the article
	// that are not figures, with the reason.
	Debug bool
	// Progress, when set, is called as each stage starts, with its name
	// (StageReading, StageClassifying, StageMeasuring), so that a caller
	// can say what a long analysis is doing.
	Progress func(stage string)
}

// Stages of an analysis, as Options.Progress names them.
const (
	StageReading     = "reading"
	StageClassifying = "classifying"
	StageMeasuring   = "measuring"
)

// progress calls opt.Progress with stage, if set.
func (opt *Options) progress(stage string) {
	if opt.Progress != nil {
		opt.Progress(stage)
	}
}

// Corrections are the user's verdicts on blocks, by block index: true puts
// the block into the article, false takes it out.
type Corrections map[int]bool

// Within returns the corrections that name one of an input's n blocks: a
// saved session's corrections, or a worker's request, may name blocks the
// input no longer has. The result is a new map, never nil.
func (c Corrections) Within(n int) Corrections {
	out := Corrections{}
	for i, in := range c {
		if i >= 0 && i < n {
			out[i] = in
		}
	}
	return out
}

// Prepare reads src and classifies its blocks: the stages that corrections
// never re-run.
//
// The doc, and the reports measured from it, share src's memory (the text
// reader makes no copy of the input): src must not be modified while they
// are in use.
func Prepare(src []byte, opt Options) *doc.Doc {
	opt.progress(StageReading)
	d := readAny(src, opt.Format)
	opt.progress(StageClassifying)
	classify.Run(d)
	return d
}

// Measure assembles the article from a prepared doc, applying corrections,
// and measures it.
func Measure(d *doc.Doc, corr Corrections) report.Report {
	a := assemble.Build(d, corr)
	return measure(d, a, false)
}

// Analyze runs the whole pipeline on src. The report's texts may share
// src's memory: src must not be modified while the report is in use.
func Analyze(src []byte, opt Options) report.Report {
	t0 := time.Now()
	opt.progress(StageReading)
	d := readAny(src, opt.Format)
	t1 := time.Now()
	opt.progress(StageClassifying)
	classify.Run(d)
	t2 := time.Now()
	opt.progress(StageMeasuring)
	r := measure(d, assemble.Build(d, nil), opt.Debug)
	t3 := time.Now()
	if opt.Timing {
		ms := func(a, b time.Time) float64 { return float64(b.Sub(a).Microseconds()) / 1000 }
		r.Timing = &report.Timing{ReadMS: ms(t0, t1), ClassifyMS: ms(t1, t2), MeasureMS: ms(t2, t3), TotalMS: ms(t0, t3)}
	}
	return r
}

// ReadsHTML reports whether the analysis of src with Options.Format format
// reads it as HTML: when format is "html", or when format is "" and src
// looks like HTML by its content.
func ReadsHTML(src []byte, format string) bool {
	return format == "html" || format == "" && htmlread.Sniff(src)
}

// readAny picks the reader: the HTML reader when format is "html", or when
// format is "" and the input looks like HTML (by its content, whatever the
// file's name); the text reader otherwise. When the HTML reader fails, the
// text reader reads the input and Facts.Fallback says why.
func readAny(src []byte, format string) *doc.Doc {
	if ReadsHTML(src, format) {
		d, err := htmlread.Read(src)
		if err == nil {
			return d
		}
		t := textread.Text(src)
		t.Facts.Fallback = err.Error()
		return t
	}
	return textread.Text(src)
}
