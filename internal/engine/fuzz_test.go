package engine_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/safi-app/safi/internal/doc"
	"github.com/safi-app/safi/internal/engine"
	"github.com/safi-app/safi/internal/report"
)

// fuzzSeeds are awkward inputs for FuzzAnalyze besides the pages and the
// seed: text and HTML, broken encodings, controls, tickers.
var fuzzSeeds = []string{
	"",
	"\n\n",
	"\ufeffTitle\r\nBy Jane Doe · March 3, 2021\r\n\r\nA line.",
	"a\x00b\xffc\n",
	"•|•|•\n\u00a0\u00a0\u00a0\u00a0x\u00a0\u00a0\u00a0\u00a0y",
	"عاجل\u00a0\u00a0\u00a0خبر أول\u00a0\u00a0\u00a0خبر ثان\u00a0\u00a0\u00a0خبر ثالث\n\nبلغت المساحة ٨٤ ألف كيلومتر مربع في 3 شتنبر 2024.\n",
	"La superficie atteint 84 000 km² le 3 septembre 2024, selon « le ministère ».\n",
	"\u202Eevil\u202C \u2067x\u2069 a\u200Bb\n",
	"<!doctype html><title>T</title><p>Un paragraphe de 12 mots pour voir si la page est lue.</p>",
	"<html><body><article><h1>Title</h1><p>First paragraph with 40 km and 2021-03-04.</p><p>\xff\xfe broken</p></article></body></html>",
	"<div><div><div><p>deep</p></div></div></div>",
	"<p title=\"" + strings.Repeat("x", 300) + "\">attr</p><p>unclosed <b><i>tags",
	"<script>alert(1)</script><p onclick=\"alert(2)\">click <a href=\"javascript:alert(3)\">me</a></p><svg><script>alert(4)</script></svg>",
	"Version:0.9\r\nStartHTML:0000000105\r\nEndHTML:0000000200\r\n<html><body><p>clip</p></body></html>",
	"\x00\x00\x00\x00",
	"\xef\xbb\xbf\xef\xbb\xbf\r\r\n\xe2\x80",
}

// FuzzAnalyze runs the whole pipeline, text and HTML, on any input and
// checks what must hold whatever the classifier decides: no panic; every
// byte of the text the offsets count (the input, or the HTML's rendering)
// in exactly one block; every offset inside it and on a rune boundary;
// paragraphs, headlines, figures and dates slice it to their text (invalid
// bytes read as U+FFFD); and the same input gives the same report, whether
// through Analyze or Prepare and Measure. With html set, the HTML reader
// reads the input whatever it holds. The same checks hold after the
// user's corrections, here every third block flipped.
func FuzzAnalyze(f *testing.F) {
	for _, name := range loadPages(f) {
		src, _ := readPage(f, name)
		f.Add(src, false)
	}
	if seed, err := os.ReadFile(seedPath); err == nil {
		f.Add(seed, false)
	}
	for _, s := range fuzzSeeds {
		f.Add([]byte(s), false)
		f.Add([]byte(s), true)
	}
	for _, tt := range warningTests {
		f.Add([]byte(tt.in), false)
	}
	f.Fuzz(func(t *testing.T, src []byte, html bool) {
		opt := engine.Options{}
		if html {
			opt.Format = "html"
		}
		in := string(src) // the engine must not change its input
		d, err := engine.SafePrepare(src, opt)
		if err != nil {
			t.Fatal(err, string(err.(*engine.PanicError).Stack))
		}
		r, err := engine.SafeMeasure(d, nil)
		if err != nil {
			t.Fatal(err, string(err.(*engine.PanicError).Stack))
		}
		if string(src) != in {
			t.Fatal("the engine changed its input")
		}
		checkReport(t, src, d, r)
		a, _ := json.Marshal(r)
		b, _ := json.Marshal(engine.Analyze(src, opt))
		if !bytes.Equal(a, b) {
			t.Fatal("Analyze and Prepare+Measure give different reports, or two runs differ")
		}
		corr := engine.Corrections{}
		for i := range r.Blocks {
			if i%3 == 0 {
				corr[i] = r.Blocks[i].Class != "paragraph" && r.Blocks[i].Class != "heading"
			}
		}
		rc, err := engine.SafeMeasure(d, corr)
		if err != nil {
			t.Fatal(err, string(err.(*engine.PanicError).Stack))
		}
		checkReport(t, src, d, rc)
	})
}

// checkReport checks r, the report of src whose prepared doc is d, against
// the engine's invariants.
func checkReport(t *testing.T, src []byte, d *doc.Doc, r report.Report) {
	t.Helper()
	for _, err := range reportErrors(src, d, r) {
		t.Error(err)
	}
	if t.Failed() {
		t.FailNow()
	}
}

// reportErrors returns every broken invariant of r, at most a few of each
// kind.
func reportErrors(src []byte, d *doc.Doc, r report.Report) []error {
	var errs []error
	bad := func(format string, args ...any) {
		if len(errs) < 20 {
			errs = append(errs, fmt.Errorf(format, args...))
		}
	}
	text := d.Src // what the offsets count
	switch r.Input.Format {
	case "text":
		if !bytes.Equal(text, src) || r.Input.OffsetsIn != "input" {
			bad("text input: offsets count %q, not the input", r.Input.OffsetsIn)
		}
	case "html":
		if r.Input.OffsetsIn != "text" {
			bad("html input: offsets_in %q, want text", r.Input.OffsetsIn)
		}
	default:
		bad("input format %q", r.Input.Format)
	}
	if r.Input.Bytes != len(src) {
		bad("input.bytes %d, want %d", r.Input.Bytes, len(src))
	}
	bounds := runeBounds(text)
	at := func(what string, i, start, end int) bool {
		if start < 0 || end > len(text) || start > end {
			bad("%s %d: offsets [%d,%d) outside the text of %d bytes", what, i, start, end, len(text))
			return false
		}
		if !bounds[start] || !bounds[end] {
			bad("%s %d: offsets [%d,%d) not on rune boundaries", what, i, start, end)
			return false
		}
		return true
	}
	slices := func(what string, i int, s string, start, end int) {
		if !at(what, i, start, end) {
			return
		}
		if got := clean(text[start:end]); got != s {
			bad("%s %d: text[%d:%d] = %q, want its text %q", what, i, start, end, excerpt(got, 60), excerpt(s, 60))
		}
	}

	// Blocks tile the text: every byte in exactly one block.
	end := 0
	for i, b := range r.Blocks {
		if b.Start != end || b.End <= b.Start {
			bad("block %d [%d,%d) after %d: blocks do not tile", i, b.Start, b.End, end)
		}
		at("block", i, b.Start, b.End)
		if b.Class == "" || b.Rule == "" {
			bad("block %d has no class or rule", i)
		}
		end = b.End
	}
	if end != len(text) {
		bad("blocks end at %d of %d", end, len(text))
	}
	if len(r.Blocks) != len(d.Blocks) {
		bad("%d report blocks for %d doc blocks", len(r.Blocks), len(d.Blocks))
	}

	// Article, ticker, figures and dates point at their text.
	var body []string
	for i, p := range r.Article.Paragraphs {
		slices("paragraph", i, p.Text, p.Start, p.End)
		if p.Text == "" || (p.Kind != "paragraph" && p.Kind != "heading") {
			bad("paragraph %d: kind %q, text %q", i, p.Kind, p.Text)
		}
		body = append(body, p.Text)
	}
	if r.Article.Text != strings.Join(body, "\n\n") {
		bad("article.text is not its paragraphs joined by blank lines")
	}
	for i, h := range r.Ticker.Headlines {
		slices("headline", i, h.Text, h.Start, h.End)
		if h.Text == "" {
			bad("headline %d is empty", i)
		}
	}
	for i, fg := range r.Figures {
		slices("figure", i, fg.Text, fg.Start, fg.End)
	}
	for i, dt := range r.Dates {
		slices("date", i, dt.Text, dt.Start, dt.End)
	}

	// Every text in the report is valid UTF-8, so that JSON keeps it.
	for i, n := range r.Noise {
		if !utf8.ValidString(n.Text) {
			bad("noise %d is not valid UTF-8", i)
		}
	}
	if !utf8.ValidString(r.Article.Text) || !utf8.ValidString(r.Article.Title) {
		bad("article text or title is not valid UTF-8")
	}
	for i, w := range r.Warnings {
		if w.Code == "" || w.Message == "" {
			bad("warning %d has no code or message: %+v", i, w)
		}
	}
	return errs
}

// runeBounds marks the offsets of p that start a rune, each invalid byte
// being a rune of its own, and len(p).
func runeBounds(p []byte) []bool {
	b := make([]bool, len(p)+1)
	for i := 0; i < len(p); {
		b[i] = true
		_, n := utf8.DecodeRune(p[i:])
		i += n
	}
	b[len(p)] = true
	return b
}

// clean is p as the engine's texts show it: each invalid byte as U+FFFD.
func clean(p []byte) string {
	if utf8.Valid(p) {
		return string(p)
	}
	var b strings.Builder
	for i := 0; i < len(p); {
		r, n := utf8.DecodeRune(p[i:])
		if r == utf8.RuneError && n == 1 {
			b.WriteRune(utf8.RuneError)
		} else {
			b.Write(p[i : i+n])
		}
		i += n
	}
	return b.String()
}
