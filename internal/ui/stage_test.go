package ui

import (
	"regexp"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/safi-app/safi/internal/devkit/benchdata"
)

// TestResultsStaged checks that the report's sections appear in turn: the
// first ones with the report, the rest only once the page has revealed
// them, and that every section is drawn once all are shown.
func TestResultsStaged(t *testing.T) {
	s, err := NewSession([]byte(seed), "text", nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		desc     string
		sections int
		want     []string
		not      []string
	}{
		{"first group", firstSections, []string{`id="article"`, `id="stats"`}, []string{`id="segments"`, `id="export"`, `id="ticker"`}},
		{"all", len(resultSections), []string{`id="article"`, `id="figures"`, `id="ticker"`, `id="segments"`, `id="export"`}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			p := &Page{lang: "en", run: pageAnalysis{sess: s}, screen: pageScreen{sections: tc.sections}}
			e := app.NewTestEngine()
			if err := e.Load(p); err != nil {
				t.Fatal(err)
			}
			e.ConsumeAll()
			page := app.HTMLString(p)
			for _, w := range tc.want {
				if !strings.Contains(page, w) {
					t.Errorf("%s missing", w)
				}
			}
			for _, w := range tc.not {
				if strings.Contains(page, w) {
					t.Errorf("%s drawn too early", w)
				}
			}
		})
	}
}

// TestSessionChangeSplit checks that a correction planned, measured and
// applied in steps (as the page does, off the event handler) gives the same
// session as Toggle, and that planning alone changes nothing.
func TestSessionChangeSplit(t *testing.T) {
	a, err := NewSession([]byte(seed), "text", nil)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := NewSession([]byte(seed), "text", nil)
	i := -1
	for j := range a.Report.Blocks {
		if a.Toggleable(j) && a.InArticle(j) {
			i = j
			break
		}
	}
	if i < 0 {
		t.Fatal("no paragraph in the seed")
	}
	c, ok := b.ToggleChange(i)
	if !ok || len(b.Corrections) != 0 || b.CanUndo() {
		t.Fatalf("planning changed the session (ok %v)", ok)
	}
	r, err := b.Measure(c)
	if err != nil {
		t.Fatal(err)
	}
	b.Apply(c, r)
	if err := a.Toggle(i); err != nil {
		t.Fatal(err)
	}
	if a.Report.Stats.Article.Words != b.Report.Stats.Article.Words || len(b.Corrections) != 1 || !b.CanUndo() || b.InArticle(i) {
		t.Errorf("split change: %d words, %d corrections; Toggle: %d words", b.Report.Stats.Article.Words, len(b.Corrections), a.Report.Stats.Article.Words)
	}
	if _, ok := b.ToggleChange(-1); ok {
		t.Errorf("a block that does not exist can be toggled")
	}
	u, ok := b.UndoChange()
	if !ok || len(u.Corrections) != 0 {
		t.Errorf("undo change: %v %v", ok, u.Corrections)
	}
}

// TestSmall checks which reports have the sections after the first
// screenful drawn at once: a news page like the seed does, a large paste
// does not.
func TestSmall(t *testing.T) {
	tests := []struct {
		desc string
		src  []byte
		want bool
	}{
		{"seed", []byte(seed), true},
		{"generated 1 MB paste", benchdata.Paste(1_000_000, 1), false},
	}
	for _, tc := range tests {
		s, err := NewSession(tc.src, "text", nil)
		if err != nil {
			t.Fatal(err)
		}
		if got := small(&s.Report); got != tc.want {
			t.Errorf("%s: small = %v, want %v (%d blocks)", tc.desc, got, tc.want, len(s.Report.Blocks))
		}
	}
}

// hiddenSlot matches a hidden section's wrapper (go-app writes attributes in
// any order).
var hiddenSlot = regexp.MustCompile(`<div (class="slot" hidden|hidden class="slot")[ >]`)

// resultsHost holds a results component, so that a test can load it again
// with other fields, as the page's update does.
type resultsHost struct {
	app.Compo
	Page  *Page
	Key   string
	Shown int
}

func (h *resultsHost) Render() app.UI {
	return &results{Page: h.Page, Key: h.Key, Shown: h.Shown}
}

// TestResultsKeepLastReport checks that a later report's first screenful
// leaves the last report's other sections in the page, hidden and as they
// were drawn (not removed, not drawn again), and that the reveal draws them
// anew with the new report.
func TestResultsKeepLastReport(t *testing.T) {
	a, err := NewSession([]byte(seed), "text", nil)
	if err != nil {
		t.Fatal(err)
	}
	b, err := NewSession([]byte("A short note\n\nThis note has one paragraph of plain words and no ticker at all, so its report has no headlines.\n"), "text", nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Report.Ticker.Headlines) == 0 || len(b.Report.Ticker.Headlines) != 0 {
		t.Fatalf("headlines: %d and %d", len(a.Report.Ticker.Headlines), len(b.Report.Ticker.Headlines))
	}
	headline := a.Report.Ticker.Headlines[0].Text
	p := &Page{lang: "en", run: pageAnalysis{sess: a}}
	h := &resultsHost{Page: p, Key: "en 1", Shown: len(resultSections)}
	e := app.NewTestEngine()
	if err := e.Load(h); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	if html := app.HTMLString(h); !strings.Contains(html, headline) || hiddenSlot.MatchString(html) {
		t.Fatalf("the first report: headline drawn %v, a section hidden %v", strings.Contains(html, headline), hiddenSlot.MatchString(html))
	}

	// The next report's first screenful.
	p.run.sess = b
	if err := e.Load(&resultsHost{Page: p, Key: "en 2", Shown: firstSections}); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	html := app.HTMLString(h)
	if !strings.Contains(html, headline) {
		t.Errorf("the last report's ticker was removed or drawn again")
	}
	if got := len(hiddenSlot.FindAllString(html, -1)); got != len(resultSections)-firstSections {
		t.Errorf("%d sections hidden, want %d:\n%s", got, len(resultSections)-firstSections, html)
	}
	if !strings.Contains(html, "This note has one paragraph") {
		t.Errorf("the new article is not drawn")
	}

	// The reveal.
	if err := e.Load(&resultsHost{Page: p, Key: "en 2", Shown: len(resultSections)}); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	html = app.HTMLString(h)
	if strings.Contains(html, headline) || hiddenSlot.MatchString(html) {
		t.Errorf("after the reveal: the last report's headline %v, a section hidden %v", strings.Contains(html, headline), hiddenSlot.MatchString(html))
	}
}
