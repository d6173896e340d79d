package worker

import (
	"encoding/json"
	"errors"
	"os"
	"reflect"
	"slices"
	"testing"
	"unicode/utf8"

	"github.com/safi-app/safi/internal/devkit/benchdata"
	"github.com/safi-app/safi/internal/devkit/testfiles"
	"github.com/safi-app/safi/internal/doc"
	"github.com/safi-app/safi/internal/engine"
	"github.com/safi-app/safi/internal/report"
)

func seed(t testing.TB) []byte {
	t.Helper()
	b, err := os.ReadFile(testfiles.SeedPath())
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// fill sets every field reachable from v to a value that differs from its
// zero value, so that a field the codec forgets fails the round trip.
func fill(v reflect.Value, n *int) {
	*n++
	switch v.Kind() {
	case reflect.String:
		v.SetString("s" + string(rune('a'+*n%26)))
	case reflect.Int, reflect.Int64:
		v.SetInt(int64(*n) * 1000003)
	case reflect.Float64:
		v.SetFloat(float64(*n) + 0.25)
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Struct:
		for i := range v.NumField() {
			fill(v.Field(i), n)
		}
	case reflect.Slice:
		s := reflect.MakeSlice(v.Type(), 2, 2)
		for i := range 2 {
			fill(s.Index(i), n)
		}
		v.Set(s)
	case reflect.Pointer:
		p := reflect.New(v.Type().Elem())
		fill(p.Elem(), n)
		v.Set(p)
	case reflect.Map:
		m := reflect.MakeMap(v.Type())
		for range 3 {
			k, e := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
			fill(k, n)
			fill(e, n)
			m.SetMapIndex(k, e)
		}
		v.Set(m)
	default:
		panic("wire test: fill does not know " + v.Kind().String())
	}
}

func TestReportRoundTrip(t *testing.T) {
	var full report.Report
	n := 0
	fill(reflect.ValueOf(&full).Elem(), &n)
	tests := []struct {
		desc string
		rep  report.Report
	}{
		{"every field set", full},
		{"zero report", report.Report{}},
		{"empty, non-nil lists", report.Report{Blocks: []report.Block{}, Terms: []report.Term{{Forms: []string{}}}}},
		{"seed", engine.Analyze(seed(t), engine.Options{})},
		{"seed with timing", engine.Analyze(seed(t), engine.Options{Timing: true})},
		{"generated 200 KB", engine.Analyze(benchdata.Paste(200_000, 3), engine.Options{})},
		{"html", engine.Analyze([]byte("<html><head><title>T</title></head><body><article><h1>T</h1><p>Un texte de 84 ألف كيلومتر مربع, le 3 mai 2021.</p></article></body></html>"), engine.Options{Format: "html"})},
		{"invalid utf-8", engine.Analyze([]byte("a\xffb\x00 «citation» 12 %\n"), engine.Options{})},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			b := AppendReport(nil, &tc.rep)
			got, err := DecodeReport(b)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tc.rep) {
				t.Errorf("round trip changed the report")
			}
			// The JSON the exports write must not change either.
			j1, _ := json.Marshal(tc.rep)
			j2, _ := json.Marshal(got)
			if string(j1) != string(j2) {
				t.Errorf("round trip changed the JSON")
			}
		})
	}
}

func TestRequestRoundTrip(t *testing.T) {
	tests := []struct {
		desc string
		req  Request
	}{
		{"analyze", Request{ID: 7, Op: OpAnalyze, Seq: 3, Format: "html", Src: []byte("<p>x</p>"), Corr: engine.Corrections{0: true, 5: false}}},
		{"measure", Request{ID: 1, Op: OpMeasure, Seq: -1, Corr: engine.Corrections{2: true}}},
		{"warm", Request{ID: 2, Op: OpWarm, Seq: -1, Format: "text", Src: []byte("x"), Repeat: 20}},
		{"nothing", Request{}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			got, err := DecodeRequest(AppendRequest(nil, &tc.req))
			if err != nil {
				t.Fatal(err)
			}
			if len(got.Src) == 0 {
				got.Src = tc.req.Src
			}
			if !reflect.DeepEqual(got, tc.req) {
				t.Errorf("got %+v, want %+v", got, tc.req)
			}
		})
	}
}

func TestDecodeCorrupt(t *testing.T) {
	r := engine.Analyze(seed(t), engine.Options{})
	full := AppendReply(nil, &Reply{ID: 1, Kind: KindOK, Report: r, Src: seed(t), Blocks: []BlockFlags{HasText}})
	for _, cut := range []int{0, 1, 5, len(full) / 2, len(full) - 1} {
		if _, err := DecodeReply(full[:cut], nil); !errors.Is(err, ErrCorrupt) {
			t.Errorf("reply cut at %d: err %v, want ErrCorrupt", cut, err)
		}
	}
	if _, err := DecodeReply(append(full, 0), nil); !errors.Is(err, ErrCorrupt) {
		t.Errorf("trailing byte: err %v, want ErrCorrupt", err)
	}
	// A length far beyond the message must not allocate it.
	if _, err := DecodeRequest([]byte{2, 1, 2, 0, 0xff, 0xff, 0xff, 0xff, 0x0f}); !errors.Is(err, ErrCorrupt) {
		t.Errorf("huge length: err %v, want ErrCorrupt", err)
	}
}

// page is what the page holds between requests: the text the report's
// offsets point into, which replies refer to.
type page struct{ text []byte }

// roundTrip sends req through the encodings, as the page and the worker do.
func roundTrip(t *testing.T, s *Server, pg *page, req Request) (Reply, []Reply) {
	t.Helper()
	q, err := DecodeRequest(AppendRequest(nil, &req))
	if err != nil {
		t.Fatal(err)
	}
	var progress []Reply
	rep := s.Handle(q, func(r Reply) { progress = append(progress, r) })
	// The page decodes with its own copy of the text, as the browser has.
	if req.Op == OpAnalyze {
		pg.text = slices.Clone(req.Src)
	}
	msg := AppendReply(nil, &rep)
	got, err := DecodeReply(msg, pg.text)
	if err != nil {
		t.Fatal(err)
	}
	if req.Op == OpAnalyze && got.Src != nil {
		pg.text = got.Src
	}
	return got, progress
}

func TestServer(t *testing.T) {
	src := seed(t)
	var s Server
	var pg page
	rep, progress := roundTrip(t, &s, &pg, Request{ID: 1, Op: OpAnalyze, Seq: 1, Src: src, Corr: engine.Corrections{99999: true}})
	if rep.Kind != KindOK || rep.ID != 1 || rep.Seq != 1 {
		t.Fatalf("analyze: kind %d id %d seq %d (%s)", rep.Kind, rep.ID, rep.Seq, rep.Message)
	}
	if len(progress) != 0 {
		t.Errorf("%d progress replies for the example page, want none (under progressFrom)", len(progress))
	}
	want := engine.Analyze(src, engine.Options{})
	if !reflect.DeepEqual(rep.Report, want) {
		t.Errorf("the worker's report differs from engine.Analyze")
	}
	if rep.Src != nil || len(rep.Blocks) != len(want.Blocks) {
		t.Fatalf("src %d bytes, %d block flags; want none (the page has the text), %d", len(rep.Src), len(rep.Blocks), len(want.Blocks))
	}
	// Flags: the engine's verdicts.
	in := -1
	for i, b := range want.Blocks {
		inArt := report.InArticle(b.Class)
		if (rep.Blocks[i]&InArticle != 0) != inArt {
			t.Errorf("block %d: InArticle flag %v, class %s", i, rep.Blocks[i]&InArticle != 0, b.Class)
		}
		if inArt && in < 0 {
			in = i
		}
	}
	// A correction measures the kept input again.
	corr := engine.Corrections{in: false}
	rep, _ = roundTrip(t, &s, &pg, Request{ID: 2, Op: OpMeasure, Seq: 1, Corr: corr})
	d := engine.Prepare(src, engine.Options{})
	if rep.Kind != KindOK || !reflect.DeepEqual(rep.Report, engine.Measure(d, corr)) {
		t.Errorf("measure: kind %d, or report differs from engine.Measure", rep.Kind)
	}
	// Warming up runs the engine but keeps the analysed input.
	rep, _ = roundTrip(t, &s, &pg, Request{ID: 6, Op: OpWarm, Seq: -1, Src: src, Repeat: 3})
	if rep.Kind != KindOK || rep.EngineMS <= 0 {
		t.Errorf("warm: kind %d, %v ms", rep.Kind, rep.EngineMS)
	}
	if rep, _ = roundTrip(t, &s, &pg, Request{ID: 7, Op: OpMeasure, Seq: 1, Corr: corr}); rep.Kind != KindOK {
		t.Errorf("measure after warm: kind %d (%s)", rep.Kind, rep.Message)
	}
	// A request waiting stops the warm-up after its first analysis.
	calls := 0
	s.Waiting = func() bool { calls++; return true }
	if rep, _ = roundTrip(t, &s, &pg, Request{ID: 8, Op: OpWarm, Seq: -1, Src: src, Repeat: 10}); rep.Kind != KindOK || calls != 1 {
		t.Errorf("interrupted warm: kind %d, asked %d times whether a request waits, want 1", rep.Kind, calls)
	}
	s.Waiting = nil
	// The rest of an interrupted warm-up runs later, one analysis at a time.
	for n := 9; n > 0; n-- {
		if !s.Warming() {
			t.Fatalf("interrupted warm: %d analyses left, Warming reports none", n)
		}
		if err := s.WarmOne(); err != nil {
			t.Fatal(err)
		}
	}
	if s.Warming() || s.warmSrc != nil {
		t.Errorf("warm-up done: Warming %v, input kept %v", s.Warming(), s.warmSrc != nil)
	}
	// A measure of another analysis is stale.
	rep, _ = roundTrip(t, &s, &pg, Request{ID: 3, Op: OpMeasure, Seq: 2})
	if !errors.Is(rep.Err(), ErrStale) {
		t.Errorf("stale measure: %v, want ErrStale", rep.Err())
	}
	// HTML: the text rendering comes back, for the offsets.
	html := []byte("<html><body><article><p>Un paragraphe assez long pour être un article, avec des mots.</p></article></body></html>")
	rep, _ = roundTrip(t, &s, &pg, Request{ID: 5, Op: OpAnalyze, Seq: 3, Format: "html", Src: html})
	if d := engine.Prepare(html, engine.Options{Format: "html"}); rep.Kind != KindOK || string(rep.Src) != string(d.Src) {
		t.Errorf("html: kind %d, src %q, want %q", rep.Kind, rep.Src, d.Src)
	}
	rep, _ = roundTrip(t, &s, &pg, Request{ID: 4, Op: 99})
	if rep.Kind != KindFailed || rep.Err() == nil {
		t.Errorf("unknown op: kind %d", rep.Kind)
	}
}

func TestFlags(t *testing.T) {
	blocks := []doc.Block{
		{Text: "Un paragraphe.", Class: report.ClassParagraph},
		{Text: "Un intertitre", Class: report.ClassHeading},
		{Text: "Partager", Class: report.ClassBoilerplate},
		{Text: "", Class: report.ClassOther},
		{Text: "pas encore classé"},
	}
	want := []BlockFlags{HasText | InArticle, HasText | InArticle, HasText, 0, HasText}
	if got := Flags(blocks); !reflect.DeepEqual(got, want) {
		t.Errorf("Flags = %v, want %v", got, want)
	}
	if got := Flags(nil); got == nil || len(got) != 0 {
		t.Errorf("Flags(nil) = %#v, want an empty slice", got)
	}
}

func TestFailureKinds(t *testing.T) {
	tests := []struct {
		desc string
		err  error
		is   error
	}{
		{"too large", &engine.SizeError{Size: 70 << 20, Limit: 64 << 20}, engine.ErrTooLarge},
		{"panic", &engine.PanicError{Stage: "prepare", Value: "boom", Stack: []byte("stack")}, engine.ErrPanic},
		{"stale", ErrStale, ErrStale},
		{"no worker", ErrUnavailable, ErrUnavailable},
		{"worker stopped", ErrStopped, ErrStopped},
		{"cancelled", ErrCanceled, ErrCanceled},
		{"anything else", errors.New("wire: unknown request"), nil},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			rep := failure(&Request{ID: 5}, tc.err)
			got, err := DecodeReply(AppendReply(nil, &rep), nil)
			if err != nil {
				t.Fatal(err)
			}
			e := got.Err()
			if e == nil || tc.is != nil && !errors.Is(e, tc.is) || e.Error() != tc.err.Error() {
				t.Errorf("got %v, want %v", e, tc.err)
			}
			for _, other := range []error{ErrStale, ErrUnavailable, ErrStopped, ErrCanceled, engine.ErrTooLarge, engine.ErrPanic} {
				if other != tc.is && errors.Is(e, other) {
					t.Errorf("%v is also %v", e, other)
				}
			}
		})
	}
	// A kind the protocol does not have is a corrupt reply.
	b := AppendReply(nil, &Reply{ID: 5, Kind: lastKind + 1})
	if _, err := DecodeReply(b, nil); !errors.Is(err, ErrCorrupt) {
		t.Errorf("kind %d decodes (%v), want ErrCorrupt", lastKind+1, err)
	}
}

func TestCoalesce(t *testing.T) {
	a := func(id int) Request { return Request{ID: id, Op: OpAnalyze} }
	m := func(id int) Request { return Request{ID: id, Op: OpMeasure} }
	ids := func(q []Request) (s []int) {
		for _, r := range q {
			s = append(s, r.ID)
		}
		return s
	}
	tests := []struct {
		desc       string
		queue      []Request
		run, stale []int
	}{
		{"empty", nil, nil, nil},
		{"one analysis", []Request{a(1)}, []int{1}, nil},
		{"measures only", []Request{m(1), m(2)}, []int{1, 2}, nil},
		{"typing: only the last analysis runs", []Request{a(1), m(2), a(3), a(4), m(5)}, []int{4, 5}, []int{1, 2, 3}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			run, stale := Coalesce(tc.queue)
			if !reflect.DeepEqual(ids(run), tc.run) || !reflect.DeepEqual(ids(stale), tc.stale) {
				t.Errorf("run %v stale %v, want %v %v", ids(run), ids(stale), tc.run, tc.stale)
			}
		})
	}
}

func FuzzDecodeReply(f *testing.F) {
	text := []byte("Titre\n\nUn paragraphe de 12 mots, le 3 mai 2021, pour voir « ceci ».\n")
	var s Server
	rep := s.Handle(Request{ID: 1, Op: OpAnalyze, Seq: 1, Src: text}, nil)
	f.Add(AppendReply(nil, &rep), text) // strings sent as places in the text
	r := engine.Analyze(text, engine.Options{})
	f.Add(AppendReply(nil, &Reply{ID: 1, Kind: KindOK, Report: r, Src: []byte("x"), Blocks: []BlockFlags{3}, Runes: []int{1}}), []byte(nil))
	f.Add(AppendRequest(nil, &Request{ID: 1, Op: OpAnalyze, Src: []byte("x"), Corr: engine.Corrections{1: true}}), []byte("x"))
	f.Add([]byte{}, []byte{})
	f.Fuzz(func(t *testing.T, b, base []byte) {
		if rep, err := DecodeReply(b, base); err == nil {
			// What decodes survives another round trip unchanged.
			enc := AppendReply(nil, &rep)
			again, err := DecodeReply(enc, nil)
			if err != nil {
				t.Fatalf("re-encoded reply does not decode: %v", err)
			}
			if string(AppendReply(nil, &again)) != string(enc) {
				t.Errorf("second round trip differs")
			}
		}
		if req, err := DecodeRequest(b); err == nil {
			AppendRequest(nil, &req)
		}
	})
}

// BenchmarkDecode compares decoding the report of a 1 MB paste as the page
// would: from this package's encoding and from JSON.
func BenchmarkDecode(b *testing.B) {
	r := engine.Analyze(benchdata.Paste(1_000_000, 1), engine.Options{})
	bin := AppendReport(nil, &r)
	js, _ := json.Marshal(r)
	b.Run("wire", func(b *testing.B) {
		b.SetBytes(int64(len(bin)))
		for b.Loop() {
			if _, err := DecodeReport(bin); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("json", func(b *testing.B) {
		b.SetBytes(int64(len(js)))
		for b.Loop() {
			var x report.Report
			if err := json.Unmarshal(js, &x); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// TestReplyRefersToText: the report's strings that are the input's own go
// as places in the page's copy of it, so the reply of a large paste is a
// fraction of the paste; decoded, they are the page's memory, and the
// report is the same as the engine's.
func TestReplyRefersToText(t *testing.T) {
	src := benchdata.Paste(1_000_000, 4)
	var s Server
	var pg page
	rep, _ := roundTrip(t, &s, &pg, Request{ID: 1, Op: OpAnalyze, Seq: 1, Src: src})
	if !reflect.DeepEqual(rep.Report, engine.Analyze(src, engine.Options{})) {
		t.Fatal("the report differs from engine.Analyze")
	}
	var noise int
	for _, n := range rep.Report.Noise {
		noise += len(n.Text)
		if _, ok := within(pg.text, n.Text); n.Text != "" && !ok {
			t.Fatalf("noise text %.40q is not the page's own text", n.Text)
		}
	}
	again := s.Handle(Request{ID: 2, Op: OpMeasure, Seq: 1}, nil)
	size := len(AppendReply(nil, &again))
	again.base = nil
	literal := len(AppendReply(nil, &again))
	t.Logf("reply of a %d-byte paste: %d bytes, %d with every string sent whole (noise texts: %d bytes)", len(src), size, literal, noise)
	if noise < len(src)/4 || size > literal-noise/2 {
		t.Errorf("reply %d bytes, %d when sent whole: the %d bytes of noise text were not sent as places", size, literal, noise)
	}
	// Characters per block, for the charts.
	if len(rep.Runes) != len(rep.Report.Blocks) {
		t.Fatalf("%d character counts for %d blocks", len(rep.Runes), len(rep.Report.Blocks))
	}
	for i, b := range rep.Report.Blocks {
		if want := utf8.RuneCount(src[b.Start:b.End]); rep.Runes[i] != want {
			t.Fatalf("block %d: %d characters, want %d", i, rep.Runes[i], want)
		}
	}
}

func TestDecodeBadReferences(t *testing.T) {
	text := []byte("Un paragraphe assez long pour être gardé, avec des mots et 12 chiffres.\n")
	var s Server
	rep := s.Handle(Request{ID: 1, Op: OpAnalyze, Seq: 1, Src: text}, nil)
	msg := AppendReply(nil, &rep)
	if _, err := DecodeReply(msg, text); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		desc string
		base []byte
	}{
		{"no text to refer to", nil},
		{"shorter text", text[:10]},
	}
	for _, tc := range tests {
		if _, err := DecodeReply(msg, tc.base); !errors.Is(err, ErrCorrupt) {
			t.Errorf("%s: err %v, want ErrCorrupt", tc.desc, err)
		}
	}
	// Tags: a number of a short string not sent yet, and an unknown tag.
	for _, b := range [][]byte{{5<<2 | tagShared}, {3}} {
		r := &reader{b: b}
		if r.string(); r.err == nil {
			t.Errorf("string tag %#x: no error", b[0])
		}
	}
}

// TestDecodeReplyPaced: a large report decoded in pieces pauses between
// them and comes out the same.
func TestDecodeReplyPaced(t *testing.T) {
	src := benchdata.Paste(6_000_000, 5) // lists of more than pauseEvery items
	var s Server
	rep := s.Handle(Request{ID: 1, Op: OpAnalyze, Seq: 1, Src: src}, nil)
	msg := AppendReply(nil, &rep)
	whole, err := DecodeReply(msg, src)
	if err != nil {
		t.Fatal(err)
	}
	pauses := 0
	paced, err := DecodeReplyPaced(msg, src, func() { pauses++ })
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(paced, whole) {
		t.Error("the paced decoding differs")
	}
	items := len(whole.Report.Blocks) + len(whole.Report.Noise) + len(whole.Runes)
	if want := items / pauseEvery / 2; pauses < want || pauses == 0 {
		t.Errorf("%d pauses for %d list items, want at least %d", pauses, items, max(want, 1))
	}
}

// BenchmarkReply is the worker's side of a paste of the seed: the request
// handled (the engine, with the reply's lists the page draws from) and the
// reply encoded, each on its own; make bench-wasm runs it as the worker
// does, in WebAssembly.
func BenchmarkReply(b *testing.B) {
	seed, err := os.ReadFile(testfiles.SeedPath())
	if err != nil {
		b.Fatal(err)
	}
	req := Request{ID: 1, Op: OpAnalyze, Seq: 1, Format: "text", Src: seed}
	b.Run("handle", func(b *testing.B) {
		var s Server
		for b.Loop() {
			s.Handle(req, nil)
		}
	})
	b.Run("encode", func(b *testing.B) {
		var s Server
		rep := s.Handle(req, nil)
		var buf []byte
		for b.Loop() {
			buf = AppendReply(buf[:0], &rep)
		}
		b.SetBytes(int64(len(buf)))
	})
}
