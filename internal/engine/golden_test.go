package engine_test

import (
	"encoding/json"
	"github.com/safi-app/safi/internal/devkit/testfiles"
	"os"
	"strings"
	"testing"

	"github.com/safi-app/safi/internal/devkit/golden"
	"github.com/safi-app/safi/internal/engine"
	"github.com/safi-app/safi/internal/report"
)

const seedGolden = "testdata/seed.golden.json"

var seedPath = testfiles.SeedPath()

// TestGoldenSeed compares the whole report of the seed page with
// testdata/seed.golden.json. When a stage changes on purpose, regenerate it
// with `go test ./internal/engine -run Golden -update` and review the diff.
func TestGoldenSeed(t *testing.T) {
	src, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	got, err := json.MarshalIndent(engine.Analyze(src, engine.Options{}), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	golden.Check(t, seedGolden, got)
}

// Issue 2's "Seed, exactly": what the seed page is, checked explicitly so
// that regenerating the golden file cannot silently accept a regression.
const (
	seedTitle     = `اندحار "داعش" يضيق الخناق على مقاتلين مغاربة بالعراق وسوريا`
	seedSource    = "هسبريس"
	seedPublished = "2017-07-02"
	seedBodyFirst = "سجلت حالات انضمام"
	seedBodyLast  = "في الرقة."
	seedHeadlines = 55
	seedAtSource  = "انقر هنا لقراءة الخبر من مصدره."
)

// seedHeadings are the body lines that are subheadings; the other body
// lines are paragraphs.
var seedHeadings = []string{`اندحار "داعش"`, `"قوة استباقية"`, "الموصل والرقة"}

// seedWidgets are the image-report widget's two lines.
var seedWidgets = []string{"شكرا على الإبلاغ!", "سيتم حجب هذه الصورة تلقائيا عندما يتم الإبلاغ عنها من طرف عدة أشخاص."}

// seedBody returns the seed's body lines: from the one opening with
// seedBodyFirst to the one closing with seedBodyLast.
func seedBody(t *testing.T, src []byte) []string {
	t.Helper()
	var body []string
	in := false
	for _, l := range strings.Split(string(src), "\n") {
		l = strings.TrimSpace(l)
		if strings.HasPrefix(l, seedBodyFirst) {
			in = true
		}
		if in && l != "" {
			body = append(body, l)
		}
		if in && strings.HasSuffix(l, seedBodyLast) {
			break
		}
	}
	if len(body) != 13 {
		t.Fatalf("testdata/seed.txt: found %d body lines from %q to %q, want 13", len(body), seedBodyFirst, seedBodyLast)
	}
	return body
}

// TestSeedExactly checks issue 2's list for the seed: title, source, date,
// the 13 body lines as 3 headings and 10 paragraphs, and the noise — the
// ticker's 55 headlines, the two widget lines and the closing link.
func TestSeedExactly(t *testing.T) {
	src, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	r := engine.Analyze(src, engine.Options{})
	a := r.Article

	if a.Title != seedTitle {
		t.Errorf("title = %q, want %q", a.Title, seedTitle)
	}
	if a.Source != seedSource {
		t.Errorf("source = %q, want %q", a.Source, seedSource)
	}
	if datePart(a.Published) != seedPublished {
		t.Errorf("published = %q, want %q", a.Published, seedPublished)
	}

	// The body: the 13 lines, in order, each with its kind.
	body := seedBody(t, src)
	if len(a.Paragraphs) != len(body) {
		t.Errorf("article has %d paragraphs and headings, want %d", len(a.Paragraphs), len(body))
	}
	heads, paras := 0, 0
	for i, line := range body {
		want := "paragraph"
		for _, h := range seedHeadings {
			if line == h {
				want = "heading"
			}
		}
		if i >= len(a.Paragraphs) {
			t.Errorf("body line %d missing: %q", i, excerpt(line, 60))
			continue
		}
		p := a.Paragraphs[i]
		if p.Text != line || p.Kind != want {
			t.Errorf("body %d = %s %q, want %s %q", i, p.Kind, excerpt(p.Text, 60), want, excerpt(line, 60))
		}
		if p.Kind == "heading" {
			heads++
		} else {
			paras++
		}
	}
	if heads != 3 || paras != 10 {
		t.Errorf("body has %d headings and %d paragraphs, want 3 and 10", heads, paras)
	}
	if want := strings.Join(body, "\n\n"); a.Text != want {
		t.Errorf("article.text is not the 13 body lines separated by blank lines")
	}

	// The ticker: 55 headlines, the one with " | " in it kept whole.
	if n := len(r.Ticker.Headlines); n != seedHeadlines {
		t.Errorf("ticker has %d headlines, want %d", n, seedHeadlines)
	}
	pipe := 0
	for _, h := range r.Ticker.Headlines {
		if strings.Contains(h.Text, " | ") {
			pipe++
		}
		if strings.Contains(a.Text, h.Text) {
			t.Errorf("ticker headline in the article: %q", h.Text)
		}
	}
	if pipe != 1 {
		t.Errorf("%d headlines hold \" | \", want 1 (the seed's headline with a pipe, unsplit)", pipe)
	}

	// The noise: the ticker, the two widget lines, the closing link — and
	// none of them in the article.
	noise := map[string]report.Noise{}
	for _, n := range r.Noise {
		noise[n.Text] = n
	}
	for _, w := range append(append([]string{}, seedWidgets...), seedAtSource) {
		n, ok := noise[w]
		if !ok {
			t.Errorf("noise lacks %q", w)
		} else if n.Class != report.ClassBoilerplate {
			t.Errorf("noise %q is %s (%s), want boilerplate", w, n.Class, n.Rule)
		}
		if strings.Contains(a.Text, w) {
			t.Errorf("article holds %q", w)
		}
	}
	tickers := 0
	for _, n := range r.Noise {
		if n.Class == report.ClassTicker {
			tickers++
		}
	}
	if tickers != 1 {
		t.Errorf("noise has %d ticker blocks, want 1 (the first line)", tickers)
	}
	if len(r.Noise) != 1+len(seedWidgets)+1 {
		var got []string
		for _, n := range r.Noise {
			got = append(got, n.Class+" "+n.Rule+" "+excerpt(n.Text, 40))
		}
		t.Errorf("noise has %d entries, want 4 (ticker, two widget lines, closing link): %q", len(r.Noise), got)
	}
	for _, s := range []string{seedTitle, "نشر في هسبريس"} {
		if strings.Contains(a.Text, s) {
			t.Errorf("article.text holds the title or byline: %q", s)
		}
	}
	for _, err := range invariants(src, r) {
		t.Error(err)
	}
}
