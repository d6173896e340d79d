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
		desc  string
		run   pageAnalysis
		want  []string
		not   []string
		items map[string]string // a stage's list item and the attributes it must have
	}{
		{"reading", pageAnalysis{busy: true, stage: "Reading 20 MB…", stages: []string{"reading"}},
			[]string{`id="stages"`, `data-seen="reading"`, "Reading 20 MB…"},
			[]string{`id="reanalyze"`},
			map[string]string{"reading": `class="current" aria-current="step"`, "classifying": "", "measuring": ""}},
		{"classifying", pageAnalysis{busy: true, stage: "Classifying the blocks…", stages: []string{"reading", "classifying"}},
			[]string{`data-seen="reading classifying"`},
			nil,
			map[string]string{"reading": `class="done"`, "classifying": `class="current" aria-current="step"`, "measuring": ""}},
		{"cancelled", pageAnalysis{canceled: true},
			[]string{"Analysis cancelled. Your text is kept", `id="reanalyze"`},
			[]string{`id="stages"`, `id="cancel"`, "<progress"},
			nil},
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
		for stage, attrs := range tc.items {
			li := liOf(page, `data-stage="`+stage+`"`)
			for _, a := range strings.Fields(attrs) {
				if !strings.Contains(li, a) {
					t.Errorf("%s: the item of %s, %q, lacks %s", tc.desc, stage, li, a)
				}
			}
			if attrs == "" && strings.Contains(li, "class=") {
				t.Errorf("%s: the item of %s, %q, is marked", tc.desc, stage, li)
			}
		}
		for _, w := range tc.not {
			if strings.Contains(page, w) {
				t.Errorf("%s: %q in the page", tc.desc, w)
			}
		}
	}
}

// liOf returns the opening tag of the first <li> of page holding attr.
func liOf(page, attr string) string {
	for rest := page; ; {
		i := strings.Index(rest, "<li ")
		if i < 0 {
			return ""
		}
		tag, _, _ := strings.Cut(rest[i:], ">")
		if strings.Contains(tag, attr) {
			return tag
		}
		rest = rest[i+4:]
	}
}
