package ui

import (
	"slices"
	"testing"

	"github.com/safi-app/safi/internal/report/rules"
)

// The "why removed" text of every rule comes from the registry
// (internal/report/rules), which writes its texts in the interface's
// languages: the two lists must agree, so that no rule shows its name, or
// English, in place of its text.
func TestRuleTextsInEveryLanguage(t *testing.T) {
	if !sameSet(Languages, rules.Languages) {
		t.Fatalf("interface languages %v, rule texts in %v", Languages, rules.Languages)
	}
	for _, lang := range Languages {
		for _, r := range rules.All() {
			if r.Text.In(lang) == "" {
				t.Errorf("%s: rule %s has no text", lang, r.Name)
			}
		}
	}
}

func sameSet(a, b []string) bool {
	a, b = slices.Sorted(slices.Values(a)), slices.Sorted(slices.Values(b))
	return slices.Equal(a, b)
}
