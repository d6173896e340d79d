package engine_test

import (
	"errors"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/safi-app/safi/internal/doc"
	"github.com/safi-app/safi/internal/engine"
	"github.com/safi-app/safi/internal/report"
)

// article is a short news article the classifier takes as one: the warnings
// tests add one oddity to it at a time.
const article = `Floods close the coastal road for a week
By Jane Doe · March 3, 2024

Heavy rain on Sunday flooded the coastal road between the two towns, and the regional authority said it would stay closed for at least a week while engineers inspect the damaged bridges.

More than 1,200 homes lost power during the storm, according to the electricity company, which expects to restore supply to most of them by Wednesday evening.

The authority asked drivers to use the inland route, which adds about 40 minutes to the journey, and warned that more rain is forecast for the weekend.
`

var warningTests = []struct {
	desc string
	in   string
	want []string // warning codes, in order
}{
	{desc: "an article alone has no warning", in: article, want: nil},
	{desc: "empty input", in: "", want: []string{"empty"}},
	{desc: "white space only", in: " \n\t\u00a0\r\n\u200B\n", want: []string{"whitespace-only", "invisible"}},
	{desc: "all NUL is binary, not a NUL count", in: strings.Repeat("\x00", 1000), want: []string{"binary"}},
	{desc: "control bytes and invalid UTF-8 are binary", in: "\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00>\x00\x01\x00\x00\x00\xf0\xa3\x00\x00", want: []string{"binary", "invalid-utf8"}},
	{desc: "no article in a page of menu rows", in: "Home | News | Sport | Weather | Contact\nAbout | Jobs | Privacy | Terms\n", want: []string{"no-article"}},
	{desc: "one invalid byte", in: strings.Replace(article, "Heavy", "He\xffavy", 1), want: []string{"invalid-utf8"}},
	{desc: "several invalid bytes", in: strings.Replace(article, "Heavy", "\xe9\xe8Heavy", 1), want: []string{"invalid-utf8"}},
	{desc: "a stray NUL in a long text", in: strings.Repeat(article, 25) + "\x00", want: []string{"nul"}},
	{desc: "bidi controls", in: strings.Replace(article, "Heavy", "\u202EHeavy\u202C", 1), want: []string{"bidi"}},
	{desc: "zero-width characters", in: strings.Replace(article, "rain", "ra\u200Bin", 1), want: []string{"invisible"}},
}

// TestWarnings checks each warning code with an input that triggers it, and
// that its message says something.
func TestWarnings(t *testing.T) {
	for _, tt := range warningTests {
		t.Run(tt.desc, func(t *testing.T) {
			src := []byte(tt.in)
			d := engine.Prepare(src, engine.Options{})
			r := engine.Measure(d, nil)
			var got []string
			for _, w := range r.Warnings {
				got = append(got, w.Code)
				if len(w.Message) < 20 || !strings.HasSuffix(w.Message, ".") {
					t.Errorf("%s: message %q is not a sentence", w.Code, w.Message)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("warnings %q, want %q", got, tt.want)
				for _, w := range r.Warnings {
					t.Logf("%s: %s", w.Code, w.Message)
				}
			}
			checkReport(t, src, d, r)
		})
	}
}

// TestWarningCounts checks that the count warnings give the count.
func TestWarningCounts(t *testing.T) {
	for _, tt := range []struct {
		desc, in, code, want string
	}{
		{desc: "one invalid byte", in: strings.Replace(article, "Heavy", "He\xffavy", 1), code: "invalid-utf8", want: "1 invalid UTF-8 sequence was read as U+FFFD"},
		{desc: "three bidi controls", in: strings.Replace(article, "Heavy", "\u202E\u2067Heavy\u202C", 1), code: "bidi", want: "3 bidirectional control characters"},
		{desc: "two invisible characters", in: strings.Replace(article, "rain", "\u2060ra\u200Bin", 1), code: "invisible", want: "2 invisible characters"},
	} {
		r := engine.Analyze([]byte(tt.in), engine.Options{})
		found := false
		for _, w := range r.Warnings {
			if w.Code == tt.code {
				found = true
				if !strings.Contains(w.Message, tt.want) {
					t.Errorf("%s: %s message %q lacks %q", tt.desc, tt.code, w.Message, tt.want)
				}
			}
		}
		if !found {
			t.Errorf("%s: no %s warning in %+v", tt.desc, tt.code, r.Warnings)
		}
	}
}

func TestCheckSize(t *testing.T) {
	for _, tt := range []struct {
		desc        string
		size, limit int64
		want        string // "" for no error
	}{
		{desc: "under the limit", size: 10, limit: 64 << 20},
		{desc: "at the limit", size: 64 << 20, limit: 64 << 20},
		{desc: "one byte over the browser limit", size: 64<<20 + 1, limit: engine.MaxBrowserInput, want: "the input is 64.1 MB, more than the limit of 64 MB"},
		{desc: "over the CLI limit", size: 1100 << 20, limit: engine.MaxCLIInput, want: "the input is 1.1 GB, more than the limit of 1 GB"},
	} {
		err := engine.CheckSize(tt.size, tt.limit)
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%s: unexpected error %v", tt.desc, err)
		case tt.want != "" && err == nil:
			t.Errorf("%s: no error", tt.desc)
		case tt.want != "":
			if !errors.Is(err, engine.ErrTooLarge) {
				t.Errorf("%s: %v is not ErrTooLarge", tt.desc, err)
			}
			if !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("%s: message %q, want it to start with %q", tt.desc, err, tt.want)
			}
		}
	}
}

func TestFormatSize(t *testing.T) {
	for _, tt := range []struct {
		desc string
		n    int64
		want string
	}{
		{desc: "zero", n: 0, want: "0 bytes"},
		{desc: "one", n: 1, want: "1 byte"},
		{desc: "bytes", n: 1023, want: "1023 bytes"},
		{desc: "whole KB", n: 1024, want: "1 KB"},
		{desc: "a fraction rounds up", n: 1025, want: "1.1 KB"},
		{desc: "the browser limit", n: engine.MaxBrowserInput, want: "64 MB"},
		{desc: "the CLI limit", n: engine.MaxCLIInput, want: "1 GB"},
		{desc: "ten megabytes and a half", n: 10<<20 + 512<<10, want: "10.5 MB"},
		{desc: "terabytes", n: 3 << 40, want: "3 TB"},
	} {
		if got := engine.FormatSize(tt.n); got != tt.want {
			t.Errorf("%s: FormatSize(%d) = %q, want %q", tt.desc, tt.n, got, tt.want)
		}
	}
}

func TestSafeAnalyzeTooLarge(t *testing.T) {
	big := make([]byte, engine.MaxBrowserInput+1)
	if _, err := engine.SafeAnalyze(big, engine.Options{}); !errors.Is(err, engine.ErrTooLarge) {
		t.Errorf("SafeAnalyze of %d bytes: %v, want ErrTooLarge", len(big), err)
	}
	if _, err := engine.SafePrepare(big, engine.Options{}); !errors.Is(err, engine.ErrTooLarge) {
		t.Errorf("SafePrepare of %d bytes: %v, want ErrTooLarge", len(big), err)
	}
	if _, err := engine.SafeAnalyzeLimit([]byte(article), engine.Options{}, 100); !errors.Is(err, engine.ErrTooLarge) {
		t.Errorf("SafeAnalyzeLimit over 100 bytes: %v, want ErrTooLarge", err)
	}
	r, err := engine.SafeAnalyzeLimit([]byte(article), engine.Options{}, 0)
	if err != nil || r.Article.Text == "" {
		t.Errorf("SafeAnalyzeLimit without limit: %v, article %q", err, r.Article.Text)
	}
}

func TestSafeMeasureRecovers(t *testing.T) {
	// A doc no reader makes: its block's text lies outside its source, so
	// mapping a figure's offsets back panics.
	broken := &doc.Doc{
		Src:    []byte("abc"),
		Format: "text",
		Blocks: []doc.Block{{Start: 0, End: 3, TextStart: 5, TextEnd: 40, Text: "Rain flooded 1,200 homes and 40 km of road.", Class: report.ClassParagraph, Rule: "test"}},
	}
	_, err := engine.SafeMeasure(broken, nil)
	if !errors.Is(err, engine.ErrPanic) {
		t.Fatalf("SafeMeasure of a broken doc: %v, want ErrPanic", err)
	}
	var pe *engine.PanicError
	if !errors.As(err, &pe) || pe.Stage != "measure" || len(pe.Stack) == 0 {
		t.Errorf("error %#v lacks its stage or stack", err)
	}
	if !strings.Contains(err.Error(), "the analysis failed") || strings.Contains(err.Error(), "goroutine") {
		t.Errorf("message %q should say the analysis failed, without the stack", err)
	}
	if _, err := engine.SafeMeasure(nil, nil); !errors.Is(err, engine.ErrPanic) {
		t.Errorf("SafeMeasure(nil): %v, want ErrPanic", err)
	}
	// The same doc repaired measures fine.
	d, err := engine.SafePrepare([]byte(article), engine.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if r, err := engine.SafeMeasure(d, engine.Corrections{0: false}); err != nil || len(r.Article.Paragraphs) == 0 {
		t.Errorf("SafeMeasure: %v, %d paragraphs", err, len(r.Article.Paragraphs))
	}
}

// TestPathological runs the whole pipeline on inputs built to be slow or
// odd, each generated here: every one gets a report that keeps the
// invariants, and the warning it should have.
func TestPathological(t *testing.T) {
	// Sizes stay small enough for a test run; how time and memory grow
	// with size is measured by `app analyze` on large generated files.
	const size = 128 << 10
	rng := rand.New(rand.NewPCG(8, 8))
	random := make([]byte, size)
	for i := range random {
		random[i] = byte(rng.Uint32())
	}
	nested := strings.Repeat("<div>", 10000) + "<p>Deep inside ten thousand divs, a paragraph with 12 words in it and no end.</p>" + strings.Repeat("</div>", 10000)
	for _, tt := range []struct {
		desc string
		in   string
		warn string // a warning code the report must have; "" for none required
	}{
		{desc: "all NUL", in: strings.Repeat("\x00", size), warn: "binary"},
		{desc: "random bytes", in: string(random), warn: "binary"},
		{desc: "one character", in: strings.Repeat("x", size)},
		{desc: "one Arabic letter", in: strings.Repeat("ب", size/2)},
		{desc: "100 000 empty lines", in: strings.Repeat("\n", 100000), warn: "whitespace-only"},
		{desc: "100 000 CRLF", in: strings.Repeat("\r\n", 100000), warn: "whitespace-only"},
		{desc: "short lines", in: strings.Repeat("Home\r\n", size/6)},
		{desc: "one line of words", in: strings.Repeat("a ", size/2)},
		{desc: "one ticker line of 10 000 headlines", in: strings.Repeat("breaking news here\u00a0\u00a0\u00a0", 10000)},
		{desc: "one ticker line with invalid bytes", in: strings.Repeat("breaking\xff news here\u00a0\u00a0\u00a0", 5000)},
		{desc: "one long paragraph with an invalid byte and many figures", in: "\xff" + strings.Repeat("The storm cut power to 1,200 homes and closed 40 km of road on 3 March 2024. ", size/80), warn: "invalid-utf8"},
		{desc: "nested bidi controls", in: strings.Repeat("\u202E\u2067", size/12) + "text" + strings.Repeat("\u2069\u202C", size/12), warn: "bidi"},
		{desc: "10 000 nested divs", in: nested},
		{desc: "10 000 unclosed tags", in: "<html><body>" + strings.Repeat("<b><i><span>text ", 10000)},
		{desc: "a huge attribute", in: "<html><body><p title=\"" + strings.Repeat("a", size) + "\">A paragraph.</p></body></html>"},
		{desc: "an unclosed attribute", in: "<html><body><p title=\"" + strings.Repeat("a ", size/2)},
		{desc: "an unclosed comment", in: "<html><body><!-- " + strings.Repeat("x\n", size/2)},
		{desc: "many paragraphs of HTML", in: "<html><body>" + strings.Repeat("<p>One short paragraph of text.</p>", size/36)},
	} {
		t.Run(tt.desc, func(t *testing.T) {
			src := []byte(tt.in)
			d, err := engine.SafePrepare(src, engine.Options{})
			if err != nil {
				t.Fatal(err)
			}
			r, err := engine.SafeMeasure(d, nil)
			if err != nil {
				t.Fatal(err)
			}
			checkReport(t, src, d, r)
			if tt.warn != "" && !slices.ContainsFunc(r.Warnings, func(w report.Warning) bool { return w.Code == tt.warn }) {
				t.Errorf("no %s warning in %+v", tt.warn, r.Warnings)
			}
		})
	}
}

// TestBidiPlaces (issue 19, point 1): the bidi warning names where the
// controls are — the title, a heading, a paragraph — in an HTML page whose
// <title> and <h2> hold a right-to-left override.
func TestBidiPlaces(t *testing.T) {
	body := "<p>The city council voted a budget of twelve million euros yesterday to renovate the schools of the town, the mayor said in a statement.</p>" +
		"<h2>Works \u202Egnp.evil\u202C start</h2>" +
		"<p>The works will start in March and last two years, according to the plans the council published on its website this week.</p>" +
		"<p>Residents can read the plans \u2067at the town hall\u2069 every weekday from nine to five, the mayor added in his statement.</p>"
	page := "<html><head><title>Report \u202Egnp.evil</title></head><body><article><h1>Report \u202Egnp.evil</h1>" + body + "</article></body></html>"
	r := engine.Analyze([]byte(page), engine.Options{})
	var w *report.Warning
	for i := range r.Warnings {
		if r.Warnings[i].Code == "bidi" {
			w = &r.Warnings[i]
		}
	}
	if w == nil {
		t.Fatalf("no bidi warning: %+v", r.Warnings)
	}
	if len(w.Places) == 0 || w.Places[0] != "title" {
		t.Errorf("places %q, want the title first (title %q)", w.Places, r.Article.Title)
	}
	var heading, para string
	for i, p := range r.Article.Paragraphs {
		if strings.Contains(p.Text, "gnp.evil") {
			heading = p.Kind + ":" + strconv.Itoa(i+1)
		}
		if strings.Contains(p.Text, "town hall") {
			para = p.Kind + ":" + strconv.Itoa(i+1)
		}
	}
	if heading == "" || para == "" || !slices.Contains(w.Places, heading) || !slices.Contains(w.Places, para) {
		t.Errorf("places %q, want %q and %q (paragraphs %+v)", w.Places, heading, para, r.Article.Paragraphs)
	}
	for _, want := range []string{"the title", strings.Replace(heading, ":", " ", 1)} {
		if !strings.Contains(w.Message, want) {
			t.Errorf("message %q does not name %q", w.Message, want)
		}
	}

	// Many places: at most MaxPlaces, the last "more".
	many := strings.Repeat("<p>A sentence of the article with a \u202Eoverride in it, long enough to be read as prose by the rules.</p>", 40)
	r = engine.Analyze([]byte("<html><body><article>"+many+"</article></body></html>"), engine.Options{})
	for _, w := range r.Warnings {
		if w.Code == "bidi" && (len(w.Places) != engine.MaxPlaces || w.Places[engine.MaxPlaces-1] != "more") {
			t.Errorf("40 places: %q, want %d ending with more", w.Places, engine.MaxPlaces)
		}
	}
}
