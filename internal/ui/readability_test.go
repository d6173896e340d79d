package ui

import (
	"html"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/safi-app/safi/internal/report"
)

// The statistics show the readability grade, its level in words, the
// formula and, in the tooltip, its source; a report without a grade shows
// none.
func TestReadabilityCard(t *testing.T) {
	r := &report.Report{Language: "ar", Readability: &report.Readability{Formula: "osman", Score: 45, Words: 697, Sentences: 16}}
	for _, tc := range []struct {
		lang string
		want []string
	}{
		{"en", []string{`id="stat-readability"`, `data-score="45"`, `data-formula="osman"`, "45 · hard", "Readability (OSMAN)", "El-Haj & Rayson, LREC 2016", `id="readability-note"`}},
		{"ar", []string{`data-score="45"`, T("ar", "read.hard"), "LREC 2016"}},
		{"fr", []string{"Lisibilité (OSMAN)", "difficile"}},
	} {
		page := renderHTML(t, statsView(tc.lang, r))
		for _, w := range tc.want {
			if !strings.Contains(page, w) && !strings.Contains(page, html.EscapeString(w)) {
				t.Errorf("%s: %q not in\n%s", tc.lang, w, page)
			}
		}
	}
	r.Readability = nil
	if page := renderHTML(t, statsView("en", r)); strings.Contains(page, "stat-readability") || strings.Contains(page, "readability-note") {
		t.Errorf("a report without a grade shows one:\n%s", page)
	}
	for score, want := range map[float64]string{100: "easy", 80: "easy", 79.9: "plain", 60: "plain", 55: "fairlyhard", 30: "hard", 29.9: "veryhard", -12: "veryhard"} {
		if got := readLevel(score); got != want {
			t.Errorf("readLevel(%v) = %q, want %q", score, got, want)
		}
	}
}

// renderHTML mounts ui in a test engine and returns its HTML.
func renderHTML(t *testing.T, ui app.UI) string {
	t.Helper()
	c := &uiHolder{ui: ui}
	e := app.NewTestEngine()
	if err := e.Load(c); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	return app.HTMLString(c)
}

// uiHolder is a component that renders a given UI.
type uiHolder struct {
	app.Compo
	ui app.UI
}

func (h *uiHolder) Render() app.UI { return h.ui }
