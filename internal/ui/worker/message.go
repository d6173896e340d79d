package worker

import (
	"encoding/binary"
	"errors"
	"fmt"
	"maps"
	"slices"

	"github.com/safi-app/safi/internal/doc"
	"github.com/safi-app/safi/internal/engine"
	"github.com/safi-app/safi/internal/report"
)

// Op is what a request asks the worker to do.
type Op uint8

const (
	// OpAnalyze reads, classifies and measures Src; the worker keeps the
	// prepared input for later OpMeasure requests.
	OpAnalyze Op = iota + 1
	// OpMeasure measures the last analysed input again with other
	// corrections.
	OpMeasure
	// OpWarm analyses Src Repeat times and keeps nothing: WebAssembly
	// engines compile a function's optimised code only once it has run
	// enough, so a worker warmed this way answers the user's first
	// analyses at full speed.
	OpWarm
)

// Request is a message from the page to the worker.
type Request struct {
	ID     int // the page's number for the request; the reply carries it back
	Op     Op
	Seq    int    // which analysis: set by the page on OpAnalyze, named again by OpMeasure
	Format string // OpAnalyze: "text" or "html"
	Src    []byte // OpAnalyze, OpWarm: the input
	Corr   engine.Corrections
	Repeat int // OpWarm: how many analyses
}

// Kind says how a request ended.
type Kind uint8

const (
	KindOK          Kind = iota // the report is there
	KindProgress                // not the end: the worker reports its stage
	KindTooLarge                // the input is over the limit (Size, Limit)
	KindPanic                   // the engine panicked (Stage, Message, Stack)
	KindStale                   // the request was overtaken by a newer analysis and dropped
	KindFailed                  // anything else (Message)
	KindUnavailable             // there is no worker: it failed to start, or failed before it was ready
	KindStopped                 // the worker stopped during the request, most likely out of memory
	KindCanceled                // the user cancelled the request, and the worker was stopped with it
)

// lastKind is the last Kind: a reply of another kind is corrupt.
const lastKind = KindCanceled

// Reply is a message from the worker to the page.
type Reply struct {
	ID    int
	Seq   int
	Kind  Kind
	Stage string // KindProgress: "ready", or the stage starting ("reading", "classifying", "measuring"); KindPanic: the engine's stage

	Message     string // KindPanic, KindFailed
	Stack       []byte // KindPanic
	Size, Limit int64  // KindTooLarge

	// OpAnalyze, KindOK: the text the report's offsets point into when it
	// is not the input (HTML: the text rendering; nil for text input); for
	// each block whether it has text (can be moved in or out of the
	// article) and whether the engine put it in the article; and the
	// characters of each block, for the page's composition chart (counted
	// here, so that a large input's count does not hold the page's thread).
	Src    []byte
	Blocks []BlockFlags
	Runes  []int

	Report   report.Report // KindOK
	EngineMS float64       // KindOK: time spent in the engine

	// base is the text the page holds that the report's offsets point
	// into (Src if set, else the input the page sent): the report's
	// strings that lie in it are sent as places in it (see writer.base).
	base []byte
}

// maxRunes bounds a block's character count in a reply: more than any
// input the engine accepts.
const maxRunes = 1 << 40

// BlockFlags describe one block of the prepared input.
type BlockFlags uint8

const (
	HasText   BlockFlags = 1 << iota // the block has text (blank space cannot be moved)
	InArticle                        // the engine's verdict puts the block in the article
)

// Flags returns the flags of each of a prepared input's blocks: what the
// page needs to know of them to let the user move them in or out of the
// article, in the worker or in-process.
func Flags(blocks []doc.Block) []BlockFlags {
	flags := make([]BlockFlags, len(blocks))
	for i := range blocks {
		if blocks[i].Text != "" {
			flags[i] |= HasText
		}
		if report.InArticle(blocks[i].Class) {
			flags[i] |= InArticle
		}
	}
	return flags
}

// Err turns a failed reply into the error the engine would have returned
// in-process: *engine.SizeError, *engine.PanicError, ErrStale or a plain
// error. It is nil for KindOK and KindProgress.
func (r *Reply) Err() error {
	switch r.Kind {
	case KindOK, KindProgress:
		return nil
	case KindTooLarge:
		return &engine.SizeError{Size: r.Size, Limit: r.Limit}
	case KindPanic:
		return &engine.PanicError{Stage: r.Stage, Value: r.Message, Stack: r.Stack}
	case KindStale:
		return ErrStale
	case KindUnavailable:
		return ErrUnavailable
	case KindStopped:
		return ErrStopped
	case KindCanceled:
		return ErrCanceled
	}
	return errors.New(r.Message)
}

// The errors of the protocol's kinds that are not the engine's.
var (
	// ErrStale is the error of a request a newer analysis overtook.
	ErrStale = errors.New("wire: overtaken by a newer analysis")
	// ErrUnavailable is a worker that failed or is missing: the page
	// falls back to the in-process engine.
	ErrUnavailable = errors.New("ui: analysis worker unavailable")
	// ErrStopped is a worker that stopped during an analysis, most likely
	// out of memory on a huge input: running the same analysis on the
	// page's own thread would freeze or kill the tab, so the page reports
	// it instead (the input is kept) and starts a new worker for the next
	// analysis.
	ErrStopped = errors.New("the analysis stopped, most likely for lack of memory for this input; try a smaller part of it")
	// ErrCanceled is an analysis the user cancelled: the worker running it
	// was stopped (the engine cannot be interrupted), and a new one takes
	// the next analysis.
	ErrCanceled = errors.New("the analysis was cancelled")
)

// failure makes the reply to a request that failed with err.
func failure(req *Request, err error) Reply {
	rep := Reply{ID: req.ID, Seq: req.Seq, Kind: KindFailed, Message: err.Error()}
	var se *engine.SizeError
	var pe *engine.PanicError
	switch {
	case errors.As(err, &se):
		rep.Kind, rep.Size, rep.Limit = KindTooLarge, se.Size, se.Limit
	case errors.As(err, &pe):
		rep.Kind, rep.Stage, rep.Message, rep.Stack = KindPanic, pe.Stage, fmt.Sprint(pe.Value), pe.Stack
	case errors.Is(err, ErrStale):
		rep.Kind = KindStale
	case errors.Is(err, ErrUnavailable):
		rep.Kind = KindUnavailable
	case errors.Is(err, ErrStopped):
		rep.Kind = KindStopped
	case errors.Is(err, ErrCanceled):
		rep.Kind = KindCanceled
	}
	return rep
}

// AppendRequest appends the encoding of q to b.
func AppendRequest(b []byte, q *Request) []byte {
	w := &writer{b: b}
	w.int(q.ID)
	w.uint(uint64(q.Op))
	w.int(q.Seq)
	w.string(q.Format)
	w.bytes(q.Src)
	w.int(q.Repeat)
	keys := slices.Sorted(maps.Keys(q.Corr))
	w.uint(uint64(len(keys)))
	for _, k := range keys {
		w.int(k)
		w.bool(q.Corr[k])
	}
	return w.b
}

// DecodeRequest decodes a request encoded by AppendRequest. The request
// shares memory with b, which must not change afterwards.
func DecodeRequest(b []byte) (Request, error) {
	r := &reader{b: b}
	var q Request
	q.ID = r.int()
	q.Op = Op(r.uint())
	q.Seq = r.int()
	q.Format = r.string()
	q.Src = r.bytes()
	q.Repeat = r.int()
	if n := r.n(2); n > 0 {
		q.Corr = make(engine.Corrections, n)
		for range n {
			k := r.int()
			q.Corr[k] = r.bool()
		}
	}
	if r.err == nil && len(r.b) != 0 {
		r.fail()
	}
	return q, r.err
}

// AppendReply appends the encoding of p to b.
func AppendReply(b []byte, p *Reply) []byte {
	if b == nil {
		// About the reply's size, so that it grows by no copy: a block
		// takes 5-8 bytes (its flag, characters, class and rule by number,
		// offsets), a removed block as many with its text's place.
		r := &p.Report
		b = make([]byte, 0, 4096+len(p.Src)+len(p.Stack)+4*len(p.Runes)+8*len(r.Blocks)+12*len(r.Noise)+len(r.Article.Paragraphs)*8)
	}
	w := &writer{b: b}
	w.int(p.ID)
	w.int(p.Seq)
	w.uint(uint64(p.Kind))
	w.string(p.Stage)
	w.string(p.Message)
	w.bytes(p.Stack)
	w.int(int(p.Size))
	w.int(int(p.Limit))
	w.bytes(p.Src)
	w.uint(uint64(len(p.Blocks)))
	b = w.b
	for _, f := range p.Blocks {
		b = append(b, byte(f))
	}
	b = binary.AppendUvarint(b, uint64(len(p.Runes)))
	for _, n := range p.Runes {
		b = binary.AppendUvarint(b, uint64(n))
	}
	w.b = b
	w.float(p.EngineMS)
	w.bool(p.Kind == KindOK)
	if p.Kind == KindOK {
		w.base = p.base
		if p.Src != nil {
			w.base = p.Src
		}
		w.putReport(&p.Report)
	}
	return w.b
}

// ReplyID returns the ID of a reply encoded by AppendReply, so that the
// page can find the request it answers, and the text that goes with it,
// before decoding it.
func ReplyID(b []byte) (int, error) {
	r := &reader{b: b}
	id := r.int()
	return id, r.err
}

// DecodeReply decodes a reply encoded by AppendReply. base is the text the
// page holds that the report's offsets point into: the input it sent for
// analysis (ignored when the reply carries Src, which takes its place).
// The reply's strings and Src share memory with b and base, which must not
// change afterwards.
func DecodeReply(b, base []byte) (Reply, error) {
	return decodeReply(&reader{b: b}, base)
}

// DecodeReplyPaced is DecodeReply calling pause every few thousand items
// of the report's lists. The page decodes a large reply this way, in a
// goroutine whose pause sleeps, so that the browser's event loop runs
// between the pieces: the report of a 64 MB paste (some 400,000 blocks and
// removed blocks) would hold the page too long decoded in one piece.
func DecodeReplyPaced(b, base []byte, pause func()) (Reply, error) {
	return decodeReply(&reader{b: b, pause: pause}, base)
}

func decodeReply(r *reader, base []byte) (Reply, error) {
	var p Reply
	p.ID = r.int()
	p.Seq = r.int()
	if p.Kind = Kind(r.uint()); p.Kind > lastKind {
		r.fail()
	}
	p.Stage = r.string()
	p.Message = r.string()
	p.Stack = r.bytes()
	p.Size = int64(r.int())
	p.Limit = int64(r.int())
	p.Src = r.bytes()
	if n := r.n(1); n > 0 {
		p.Blocks = make([]BlockFlags, n)
		for i := range p.Blocks {
			p.Blocks[i] = BlockFlags(r.b[i])
		}
		r.b = r.b[n:]
	}
	if n := r.n(1); n > 0 {
		p.Runes = make([]int, n)
		for i := range p.Runes {
			if r.pause != nil && i > 0 && i%pauseEvery == 0 {
				r.pause()
			}
			v := r.uint()
			if v > maxRunes {
				r.fail()
			}
			p.Runes[i] = int(v)
		}
	}
	p.EngineMS = r.float()
	if r.bool() {
		r.base = base
		if p.Src != nil {
			r.base = p.Src
		}
		p.Report = r.report()
	}
	if r.err == nil && len(r.b) != 0 {
		r.fail()
	}
	return p, r.err
}
