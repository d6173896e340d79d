// Package wire carries analyses between the page and the Web Worker that
// runs the engine: requests and replies as compact binary messages, and the
// worker's side of the conversation (Server).
//
// A report crosses as a binary encoding rather than JSON because the page
// decodes it on the browser's main thread, where encoding/json decoding the
// report of a large paste would freeze the page about as long as the
// analysis did (docs/measuring.md, Browser speed).
package worker

import (
	"encoding/binary"
	"errors"
	"math"
	"slices"
	"unsafe"

	"github.com/safi-app/safi/internal/report"
)

// ErrCorrupt is returned for a message that does not decode.
var ErrCorrupt = errors.New("wire: corrupt message")

// writer appends values to a message.
type writer struct {
	b []byte
	// base, when set, is text the receiver has too (the input, or the text
	// rendering of an HTML input): a string lying inside it is sent as its
	// place there, not its bytes. Most of a report's text is the input's
	// own (the texts of removed blocks, headlines, paragraphs), so for a
	// large paste this makes the reply several times smaller and its
	// decoding on the page mostly slice headers.
	base []byte
	// shared numbers the short strings sent so far, in order: one sent
	// again (a class or rule name, on every block) is sent as its number.
	shared map[string]int
	// recent remembers some of shared's strings by their memory: a class
	// or rule name is the same constant on every block, found here
	// without hashing it.
	recent [16]sharedRef
}

// sharedRef is a string of writer.shared known by its memory: the same
// memory and length hold the same bytes.
type sharedRef struct {
	p *byte
	n int
	i int
}

// Strings are sent as a tag, a uvarint whose two low bits say what follows
// and whose other bits give a length or a number.
const (
	tagBytes  = 0 // length, then the bytes
	tagBase   = 1 // length, then a uvarint offset into the base
	tagShared = 2 // the number of a short string sent before
	// maxShared is the longest string numbered for sending again.
	maxShared = 40
)

func (w *writer) uint(v uint64) { w.b = binary.AppendUvarint(w.b, v) }
func (w *writer) int(v int)     { w.b = binary.AppendVarint(w.b, int64(v)) }
func (w *writer) bool(v bool) {
	if v {
		w.b = append(w.b, 1)
	} else {
		w.b = append(w.b, 0)
	}
}
func (w *writer) float(v float64) { w.b = binary.LittleEndian.AppendUint64(w.b, math.Float64bits(v)) }
func (w *writer) bytes(v []byte) {
	w.uint(uint64(len(v)))
	w.b = append(w.b, v...)
}
func (w *writer) string(v string) { w.b = w.appendString(w.b, v) }

// appendString is string on a message held in b (not w.b): the long
// lists' loops keep the message in a variable of their own, which costs
// no write barrier at each append while the collector runs.
func (w *writer) appendString(b []byte, v string) []byte {
	if off, ok := within(w.base, v); ok {
		b = binary.AppendUvarint(b, uint64(len(v))<<2|tagBase)
		return binary.AppendUvarint(b, uint64(off))
	}
	if len(v) > 0 && len(v) <= maxShared {
		p := unsafe.StringData(v)
		ref := &w.recent[(uintptr(unsafe.Pointer(p))>>3^uintptr(len(v)))%uintptr(len(w.recent))]
		if ref.p == p && ref.n == len(v) {
			return binary.AppendUvarint(b, uint64(ref.i)<<2|tagShared)
		}
		i, ok := w.shared[v]
		if !ok {
			if w.shared == nil {
				w.shared = map[string]int{}
			}
			i = len(w.shared)
			w.shared[v] = i
		}
		*ref = sharedRef{p, len(v), i}
		if ok {
			return binary.AppendUvarint(b, uint64(i)<<2|tagShared)
		}
	}
	b = binary.AppendUvarint(b, uint64(len(v))<<2|tagBytes)
	return append(b, v...)
}

// within returns the offset of v in base when v's bytes are base's own
// memory (not merely equal to some of it), and v is not empty.
func within(base []byte, v string) (int, bool) {
	if len(v) == 0 || len(v) > len(base) {
		return 0, false
	}
	b := uintptr(unsafe.Pointer(unsafe.SliceData(base)))
	p := uintptr(unsafe.Pointer(unsafe.StringData(v)))
	if p < b || p-b > uintptr(len(base)-len(v)) {
		return 0, false
	}
	return int(p - b), true
}

// reader takes values off a message. The first failure sticks: later reads
// return zero values and err says what went wrong.
type reader struct {
	b      []byte
	err    error
	base   []byte   // what tagBase strings point into (see writer)
	shared []string // the short strings read so far, by number
	pause  func()   // when set, called every pauseEvery items of a list
}

func (r *reader) fail() {
	if r.err == nil {
		r.err = ErrCorrupt
	}
	r.b = nil
}

func (r *reader) uint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) int() int {
	v, n := binary.Varint(r.b)
	if n <= 0 || v != int64(int(v)) {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return int(v)
}

func (r *reader) bool() bool {
	if len(r.b) < 1 || r.b[0] > 1 {
		r.fail()
		return false
	}
	v := r.b[0] == 1
	r.b = r.b[1:]
	return v
}

func (r *reader) float() float64 {
	if len(r.b) < 8 {
		r.fail()
		return 0
	}
	v := math.Float64frombits(binary.LittleEndian.Uint64(r.b))
	r.b = r.b[8:]
	return v
}

// n reads a length and checks that at least min bytes per item remain.
func (r *reader) n(min int) int {
	v := r.uint()
	if v > uint64(len(r.b)/min) {
		r.fail()
		return 0
	}
	return int(v)
}

// bytes and string return views of the message, not copies: decoding the
// report of a 1 MB paste is then mostly slice headers. The message must
// not change after it is decoded (see DecodeReply).
func (r *reader) bytes() []byte {
	n := r.n(1)
	if n == 0 {
		return nil
	}
	v := r.b[:n:n]
	r.b = r.b[n:]
	return v
}

func (r *reader) string() string {
	tag := r.uint()
	n := tag >> 2
	switch tag & 3 {
	case tagBytes:
		if n > uint64(len(r.b)) {
			r.fail()
			return ""
		}
		if n == 0 {
			return ""
		}
		v := unsafe.String(&r.b[0], n)
		r.b = r.b[n:]
		if n <= maxShared {
			r.shared = append(r.shared, v)
		}
		return v
	case tagBase:
		off := r.uint()
		if n == 0 || n > uint64(len(r.base)) || off > uint64(len(r.base))-n {
			r.fail()
			return ""
		}
		return unsafe.String(&r.base[off], n)
	case tagShared:
		if n >= uint64(len(r.shared)) {
			r.fail()
			return ""
		}
		return r.shared[n]
	}
	r.fail()
	return ""
}

// nilable lists: JSON tells a nil slice (null) from an empty one ([]), and
// the report is compared field for field, so the encoding keeps the
// difference: 0 is nil, n+1 is a list of n.
func putList[T any](w *writer, s []T, item func(*T)) {
	if s == nil {
		w.uint(0)
		return
	}
	w.uint(uint64(len(s)) + 1)
	for i := range s {
		item(&s[i])
	}
}

func list[T any](r *reader, item func(*T)) []T {
	n := r.uint()
	if n == 0 || r.err != nil {
		return nil
	}
	n--
	if n > uint64(len(r.b)) {
		r.fail()
		return nil
	}
	s := make([]T, n)
	for i := range s {
		if r.pause != nil && i > 0 && i%pauseEvery == 0 {
			r.pause()
		}
		item(&s[i])
	}
	return s
}

// pauseEvery is how many list items a paced decoding reads between two
// pauses: a piece short enough that the page stays responsive.
const pauseEvery = 8192

// AppendReport appends the encoding of rep to b.
func AppendReport(b []byte, rep *report.Report) []byte {
	w := &writer{b: b}
	w.putReport(rep)
	return w.b
}

// DecodeReport decodes a report encoded by AppendReport. The report's
// strings share memory with b, which must not change afterwards.
func DecodeReport(b []byte) (report.Report, error) {
	r := &reader{b: b}
	rep := r.report()
	if r.err == nil && len(r.b) != 0 {
		r.fail()
	}
	return rep, r.err
}

func (w *writer) putReport(x *report.Report) {
	w.string(x.File)
	w.string(x.Language)
	w.string(x.Direction)
	in := &x.Input
	w.string(in.Format)
	w.int(in.Bytes)
	w.int(in.Runes)
	w.int(in.Lines)
	w.int(in.InvalidUTF8)
	w.bool(in.BOM)
	w.int(in.NUL)
	w.bool(in.Binary)
	w.int(in.Bidi)
	w.int(in.Invisible)
	w.string(in.OffsetsIn)
	a := &x.Article
	w.string(a.Title)
	w.string(a.Source)
	w.string(a.Author)
	w.string(a.Published)
	w.string(a.Text)
	putList(w, a.Paragraphs, func(p *report.Paragraph) {
		w.string(p.Kind)
		w.string(p.Text)
		w.int(p.Start)
		w.int(p.End)
	})
	putList(w, x.Ticker.Headlines, func(h *report.Headline) {
		w.string(h.Text)
		w.int(h.Start)
		w.int(h.End)
	})
	// The two long lists, a line of the input each, as putList would
	// write them, in a variable of their own (see appendString).
	b := w.b
	if x.Blocks == nil {
		b = append(b, 0)
	} else {
		b = binary.AppendUvarint(b, uint64(len(x.Blocks))+1)
		for i := range x.Blocks {
			bl := &x.Blocks[i]
			b = w.appendString(b, bl.Class)
			b = w.appendString(b, bl.Rule)
			b = binary.AppendVarint(b, int64(bl.Start))
			b = binary.AppendVarint(b, int64(bl.End))
		}
	}
	if x.Noise == nil {
		b = append(b, 0)
	} else {
		b = binary.AppendUvarint(b, uint64(len(x.Noise))+1)
		for i := range x.Noise {
			n := &x.Noise[i]
			b = w.appendString(b, n.Class)
			b = w.appendString(b, n.Rule)
			b = w.appendString(b, n.Text)
			if n.Why == nil {
				b = append(b, 0)
				continue
			}
			b = binary.AppendUvarint(b, uint64(len(n.Why))+1)
			for _, k := range n.Why {
				b = w.appendString(b, k)
			}
		}
	}
	w.b = b
	w.putStats(&x.Stats.Article)
	w.putStats(&x.Stats.Page)
	w.putStats(&x.Stats.Noise)
	putList(w, x.Terms, func(t *report.Term) {
		w.string(t.Term)
		w.int(t.Count)
		putList(w, t.Forms, func(s *string) { w.string(*s) })
	})
	putList(w, x.Phrases, func(p *report.Phrase) {
		w.string(p.Text)
		w.int(p.Count)
	})
	putList(w, x.Figures, func(f *report.Figure) {
		w.float(f.Value)
		w.string(f.Text)
		w.string(f.Unit)
		w.string(f.Qualifier)
		w.float(f.Max)
		w.string(f.Context)
		w.int(f.Start)
		w.int(f.End)
	})
	putList(w, x.Dates, func(d *report.Date) {
		w.string(d.ISO)
		w.string(d.Precision)
		w.string(d.Calendar)
		w.string(d.Hijri)
		w.string(d.Text)
		w.int(d.Start)
		w.int(d.End)
	})
	putList(w, x.Quotes, func(q *report.Quote) {
		w.string(q.Text)
		w.int(q.Count)
	})
	putList(w, x.Warnings, func(m *report.Warning) {
		w.string(m.Code)
		w.string(m.Message)
		putList(w, m.Places, func(s *string) { w.string(*s) })
	})
	w.bool(x.Timing != nil)
	if t := x.Timing; t != nil {
		w.float(t.ReadMS)
		w.float(t.ClassifyMS)
		w.float(t.MeasureMS)
		w.float(t.TotalMS)
	}
	w.bool(x.Readability != nil)
	if g := x.Readability; g != nil {
		w.string(g.Formula)
		w.float(g.Score)
		w.int(g.Words)
		w.int(g.Sentences)
		w.int(g.Syllables)
		w.int(g.LongWords)
		w.int(g.ComplexWords)
		w.int(g.FaseehWords)
	}
	w.bool(x.Debug != nil)
	if g := x.Debug; g != nil {
		putList(w, g.SkippedNumbers, func(s *report.SkippedNumber) {
			w.string(s.Text)
			w.string(s.Reason)
			w.int(s.Start)
			w.int(s.End)
		})
	}
}

func (w *writer) putStats(s *report.Stats) {
	w.int(s.Characters)
	w.int(s.CharactersNoSpaces)
	w.int(s.Letters)
	w.int(s.Words)
	w.int(s.UniqueWords)
	w.int(s.Sentences)
	w.int(s.Paragraphs)
	w.int(s.Headings)
	w.float(s.AvgWordLength)
	w.float(s.AvgSentenceWords)
	w.float(s.TypeTokenRatio)
	w.float(s.ReadingTimeSeconds)
	w.float(s.SpeakingTimeSeconds)
	if s.Scripts == nil {
		w.uint(0)
	} else {
		keys := make([]string, 0, len(s.Scripts))
		for k := range s.Scripts {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		w.uint(uint64(len(keys)) + 1)
		for _, k := range keys {
			w.string(k)
			w.float(s.Scripts[k])
		}
	}
	w.string(s.Language)
	putList(w, s.ParagraphLanguages, func(l *string) { w.string(*l) })
}

func (r *reader) report() (x report.Report) {
	x.File = r.string()
	x.Language = r.string()
	x.Direction = r.string()
	in := &x.Input
	in.Format = r.string()
	in.Bytes = r.int()
	in.Runes = r.int()
	in.Lines = r.int()
	in.InvalidUTF8 = r.int()
	in.BOM = r.bool()
	in.NUL = r.int()
	in.Binary = r.bool()
	in.Bidi = r.int()
	in.Invisible = r.int()
	in.OffsetsIn = r.string()
	a := &x.Article
	a.Title = r.string()
	a.Source = r.string()
	a.Author = r.string()
	a.Published = r.string()
	a.Text = r.string()
	a.Paragraphs = list(r, func(p *report.Paragraph) {
		p.Kind = r.string()
		p.Text = r.string()
		p.Start = r.int()
		p.End = r.int()
	})
	x.Ticker.Headlines = list(r, func(h *report.Headline) {
		h.Text = r.string()
		h.Start = r.int()
		h.End = r.int()
	})
	x.Blocks = list(r, func(b *report.Block) {
		b.Class = r.string()
		b.Rule = r.string()
		b.Start = r.int()
		b.End = r.int()
	})
	x.Noise = list(r, func(n *report.Noise) {
		n.Class = r.string()
		n.Rule = r.string()
		n.Text = r.string()
		n.Why = list(r, func(k *string) { *k = r.string() })
	})
	r.stats(&x.Stats.Article)
	r.stats(&x.Stats.Page)
	r.stats(&x.Stats.Noise)
	x.Terms = list(r, func(t *report.Term) {
		t.Term = r.string()
		t.Count = r.int()
		t.Forms = list(r, func(s *string) { *s = r.string() })
	})
	x.Phrases = list(r, func(p *report.Phrase) {
		p.Text = r.string()
		p.Count = r.int()
	})
	x.Figures = list(r, func(f *report.Figure) {
		f.Value = r.float()
		f.Text = r.string()
		f.Unit = r.string()
		f.Qualifier = r.string()
		f.Max = r.float()
		f.Context = r.string()
		f.Start = r.int()
		f.End = r.int()
	})
	x.Dates = list(r, func(d *report.Date) {
		d.ISO = r.string()
		d.Precision = r.string()
		d.Calendar = r.string()
		d.Hijri = r.string()
		d.Text = r.string()
		d.Start = r.int()
		d.End = r.int()
	})
	x.Quotes = list(r, func(q *report.Quote) {
		q.Text = r.string()
		q.Count = r.int()
	})
	x.Warnings = list(r, func(m *report.Warning) {
		m.Code = r.string()
		m.Message = r.string()
		m.Places = list(r, func(s *string) { *s = r.string() })
	})
	if r.bool() {
		x.Timing = &report.Timing{
			ReadMS:     r.float(),
			ClassifyMS: r.float(),
			MeasureMS:  r.float(),
			TotalMS:    r.float(),
		}
	}
	if r.bool() {
		x.Readability = &report.Readability{
			Formula:      r.string(),
			Score:        r.float(),
			Words:        r.int(),
			Sentences:    r.int(),
			Syllables:    r.int(),
			LongWords:    r.int(),
			ComplexWords: r.int(),
			FaseehWords:  r.int(),
		}
	}
	if r.bool() {
		x.Debug = &report.Debug{SkippedNumbers: list(r, func(s *report.SkippedNumber) {
			s.Text = r.string()
			s.Reason = r.string()
			s.Start = r.int()
			s.End = r.int()
		})}
	}
	return x
}

func (r *reader) stats(s *report.Stats) {
	s.Characters = r.int()
	s.CharactersNoSpaces = r.int()
	s.Letters = r.int()
	s.Words = r.int()
	s.UniqueWords = r.int()
	s.Sentences = r.int()
	s.Paragraphs = r.int()
	s.Headings = r.int()
	s.AvgWordLength = r.float()
	s.AvgSentenceWords = r.float()
	s.TypeTokenRatio = r.float()
	s.ReadingTimeSeconds = r.float()
	s.SpeakingTimeSeconds = r.float()
	if n := r.uint(); n > 0 && r.err == nil {
		n--
		if n > uint64(len(r.b)) {
			r.fail()
			return
		}
		s.Scripts = make(map[string]float64, n)
		for range n {
			k := r.string()
			s.Scripts[k] = r.float()
		}
	}
	s.Language = r.string()
	s.ParagraphLanguages = list(r, func(l *string) { *l = r.string() })
}
