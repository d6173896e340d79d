package worker

import (
	"errors"
	"runtime"
	"runtime/metrics"
	"time"
	"unicode/utf8"

	"github.com/safi-app/safi/internal/doc"
	"github.com/safi-app/safi/internal/engine"
)

// Server is the worker's side: it answers requests with the engine and
// keeps the last prepared input, so that a correction only measures again.
// It holds no JavaScript state and is tested natively.
type Server struct {
	// Waiting, when set, reports whether another request is waiting; a
	// warm-up stops at the next analysis when one is, so that it never
	// keeps the user's first paste waiting for long.
	Waiting func() bool

	doc  *doc.Doc
	seq  int
	base []byte // the text the page holds that the doc's offsets point into

	// The warm-up's analyses still to run (WarmOne) and their input: a
	// request from the page interrupts the warm-up, which goes on once the
	// worker is idle again.
	warmLeft   int
	warmSrc    []byte
	warmFormat string

	// lastAlloc is what the last request allocated (bytes), its reply's
	// encoding included: Tidy keeps that much room below the collector's
	// trigger.
	lastAlloc uint64
}

// Handle answers req. progress, when not nil, is called with a KindProgress
// reply as each stage of an analysis starts (engine.StageReading,
// StageClassifying, StageMeasuring), so the page can say what is going on,
// for an input of progressFrom bytes or more.
func (s *Server) Handle(req Request, progress func(Reply)) Reply {
	start := time.Now()
	switch req.Op {
	case OpAnalyze:
		s.doc, s.seq, s.base = nil, req.Seq, nil
		opt := engine.Options{Format: req.Format}
		if len(req.Src) < progressFrom {
			progress = nil
		}
		if progress != nil {
			opt.Progress = func(stage string) {
				progress(Reply{ID: req.ID, Seq: req.Seq, Kind: KindProgress, Stage: stage})
			}
		}
		d, err := engine.SafePrepare(req.Src, opt)
		if err != nil {
			return failure(&req, err)
		}
		s.doc = d
		// The page has the input it sent; for HTML it gets the text
		// rendering in this reply (Src).
		s.base = req.Src
		if req.Format == "html" {
			s.base = d.Src
		}
		req.Corr = req.Corr.Within(len(d.Blocks))
		if progress != nil {
			progress(Reply{ID: req.ID, Seq: req.Seq, Kind: KindProgress, Stage: engine.StageMeasuring})
		}
		rep, err := s.measure(&req, start)
		if err != nil {
			return rep
		}
		if req.Format == "html" {
			rep.Src = d.Src // the text rendering; a text input's Src is the input itself, which the page has
		}
		rep.Blocks = Flags(d.Blocks)
		rep.Runes = make([]int, len(rep.Report.Blocks))
		for i, b := range rep.Report.Blocks {
			if 0 <= b.Start && b.Start <= b.End && b.End <= len(d.Src) {
				rep.Runes[i] = utf8.RuneCount(d.Src[b.Start:b.End])
			}
		}
		return rep
	case OpWarm:
		s.warmLeft, s.warmSrc, s.warmFormat = min(req.Repeat, MaxWarm), req.Src, req.Format
		for i := 0; s.warmLeft > 0; i++ {
			if i > 0 && s.Waiting != nil && s.Waiting() {
				break // the rest once the worker is idle again (Warming)
			}
			if err := s.WarmOne(); err != nil {
				return failure(&req, err)
			}
		}
		return Reply{ID: req.ID, Seq: req.Seq, Kind: KindOK,
			EngineMS: float64(time.Since(start).Microseconds()) / 1000}
	case OpMeasure:
		if s.doc == nil || req.Seq != s.seq {
			return failure(&req, ErrStale)
		}
		rep, _ := s.measure(&req, start)
		return rep
	}
	return failure(&req, errors.New("wire: unknown request"))
}

// Warming reports whether a warm-up (OpWarm) that a request interrupted
// has analyses left to run: the worker runs them one at a time (WarmOne)
// while no request waits, so that the engine's code is compiled to
// optimised code even when the user pasted before the warm-up was done
// (an analysis of the example page took 40-240 ms in the worker's first
// five, against 8-12 ms once warm: docs/measuring.md).
func (s *Server) Warming() bool { return s.warmLeft > 0 }

// WarmOne runs one of the warm-up's analyses left.
func (s *Server) WarmOne() error {
	if s.warmLeft <= 0 {
		return nil
	}
	s.Tidy()
	s.warmLeft--
	if s.warmLeft == 0 {
		defer func() { s.warmSrc = nil }()
	}
	defer s.countAlloc()()
	if _, err := engine.SafeAnalyze(s.warmSrc, engine.Options{Format: s.warmFormat}); err != nil {
		s.warmLeft, s.warmSrc = 0, nil
		return err
	}
	return nil
}

// Tidy runs the garbage collector now, while the worker is idle, when the
// heap has grown so near the collector's trigger that an analysis
// allocating as much as the last one would start a collection: the
// worker's Go has one thread, so a collection during an analysis stops it
// (1.5-30 ms in WebAssembly for the example page's heap of about 3 MB,
// one analysis in five: docs/measuring.md). Serve calls it before it
// waits for the page, and WarmOne before each of the warm-up's analyses.
func (s *Server) Tidy() {
	m := [...]metrics.Sample{
		{Name: "/memory/classes/heap/objects:bytes"},
		{Name: "/gc/heap/live:bytes"},
		{Name: "/gc/heap/goal:bytes"},
	}
	metrics.Read(m[:])
	for _, v := range m {
		if v.Value.Kind() != metrics.KindUint64 {
			return
		}
	}
	if nearTrigger(m[0].Value.Uint64(), m[1].Value.Uint64(), m[2].Value.Uint64(), s.lastAlloc) {
		runtime.GC()
	}
}

// nearTrigger reports whether allocating reserve bytes more on a heap of
// objects bytes may start a collection, the last one having left live
// bytes and set the goal: the collector starts before its goal, at 70%
// of the way from live to goal at the earliest (Go's runtime, mgcpacer.go).
func nearTrigger(objects, live, goal, reserve uint64) bool {
	if goal <= live {
		return true
	}
	return objects+reserve+reserve/4 > live+(goal-live)*7/10
}

// countAlloc starts counting what the caller allocates; the function it
// returns stores the count in lastAlloc. Serve counts each request but a
// warm-up (whose analyses WarmOne counts) with the reply's encoding.
func (s *Server) countAlloc() func() {
	m := [...]metrics.Sample{{Name: "/gc/heap/allocs:bytes"}}
	metrics.Read(m[:])
	if m[0].Value.Kind() != metrics.KindUint64 {
		return func() {}
	}
	before := m[0].Value.Uint64()
	return func() {
		metrics.Read(m[:])
		s.lastAlloc = m[0].Value.Uint64() - before
	}
}

func (s *Server) measure(req *Request, start time.Time) (Reply, error) {
	r, err := engine.SafeMeasure(s.doc, req.Corr)
	if err != nil {
		return failure(req, err), err
	}
	return Reply{ID: req.ID, Seq: req.Seq, Kind: KindOK, Report: r, base: s.base,
		EngineMS: float64(time.Since(start).Microseconds()) / 1000}, nil
}

// progressFrom is the smallest input whose analysis reports its stages. A
// smaller one is analysed in some 20 ms in WebAssembly, before the page
// could show a stage; each progress reply has the page draw itself again,
// on its thread, while the worker runs beside it (two cores, a loaded
// machine) and when its report comes.
const progressFrom = 128 << 10

// MaxWarm bounds OpWarm's repeats.
const MaxWarm = 50

// Coalesce drops the requests a later analysis makes pointless: every
// request before the last OpAnalyze in queue. It returns the requests to
// answer in order and those to answer as stale.
func Coalesce(queue []Request) (run, stale []Request) {
	last := -1
	for i, q := range queue {
		if q.Op == OpAnalyze {
			last = i
		}
	}
	if last <= 0 {
		return queue, nil
	}
	return queue[last:], queue[:last]
}
