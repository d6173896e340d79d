package ui

import (
	"html"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The status line lists the stages of the analysis under way, the running
// one marked; after a cancel it says so and offers to analyse again.
func TestStagesAndCancel(t *testing.T) {
	tests := []struct {
		desc string
		run  pageAnalysis
		want []string
		not  []string
	}{
		{"reading", pageAnalysis{busy: true, stage: "Reading 20 MB…", stages: []string{"reading"}},
			[]string{`id="stages"`, `data-seen="reading"`, `<li data-stage="reading" class="current" aria-current="step">Reading</li>`, `<li data-stage="classifying">Classifying</li>`, "Reading 20 MB…"},
			[]string{`id="reanalyze"`}},
		{"classifying", pageAnalysis{busy: true, stage: "Classifying the blocks…", stages: []string{"reading", "classifying"}},
			[]string{`data-seen="reading classifying"`, `<li data-stage="reading" class="done">Reading</li>`, `<li data-stage="classifying" class="current" aria-current="step">Classifying</li>`, `<li data-stage="measuring">Measuring</li>`},
			nil},
		{"cancelled", pageAnalysis{canceled: true},
			[]string{"Analysis cancelled. Your text is kept", `id="reanalyze"`},
			[]string{`id="stages"`, `id="cancel"`, "<progress"}},
	}
	for _, tc := range tests {
		p := &Page{lang: "en", run: tc.run}
		e := app.NewTestEngine()
		if err := e.Load(p); err != nil {
			t.Fatal(err)
		}
		e.ConsumeAll()
		page := app.HTMLString(p)
		for _, w := range tc.want {
			if !strings.Contains(page, w) && !strings.Contains(page, html.EscapeString(w)) {
				t.Errorf("%s: %q not in the page", tc.desc, w)
			}
		}
		for _, w := range tc.not {
			if strings.Contains(page, w) {
				t.Errorf("%s: %q in the page", tc.desc, w)
			}
		}
	}
}
