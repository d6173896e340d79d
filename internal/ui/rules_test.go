package ui

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// ruleLiteral matches a rule name written in the engine's source.
var ruleLiteral = regexp.MustCompile(`"((?:ticker|boilerplate|other|byline|title|heading|paragraph|html|user)\.[a-z-]+)"`)

// TestEveryRuleHasText reads the rule names from the source of the packages
// that set them, so that a rule added there without a text here fails.
func TestEveryRuleHasText(t *testing.T) {
	var rules []string
	for _, dir := range []string{"../extract/classify", "../extract/assemble"} {
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range ruleLiteral.FindAllStringSubmatch(string(b), -1) {
				rules = append(rules, m[1])
			}
		}
	}
	if len(rules) < 40 {
		t.Fatalf("found %d rule names in the engine's source; the pattern is out of date", len(rules))
	}
	for _, lang := range Languages {
		for _, rule := range rules {
			if _, ok := ruleTexts[lang][rule]; !ok {
				t.Errorf("%s: rule %q has no text", lang, rule)
			}
		}
	}
}

func TestRuleTextsComplete(t *testing.T) {
	for _, lang := range Languages {
		for rule, en := range ruleTexts["en"] {
			s, ok := ruleTexts[lang][rule]
			if !ok {
				t.Errorf("%s: rule %q missing", lang, rule)
			} else if strings.Count(s, "%s") != strings.Count(en, "%s") {
				t.Errorf("%s: rule %q has %d %%s, English has %d", lang, rule, strings.Count(s, "%s"), strings.Count(en, "%s"))
			}
		}
	}
}

func TestRuleText(t *testing.T) {
	tests := []struct {
		desc, lang, rule, want string
	}{
		{"known rule", "en", "boilerplate.cookie", "a cookie notice"},
		{"Arabic", "ar", "ticker.space-run", "عناوين متلاصقة تفصلها مسافات طويلة"},
		{"dropped part with its reason", "fr", "html.main-dropped-share", "écarté du contenu principal (share)"},
		{"unknown rule shows its name", "en", "future.rule", "future.rule"},
		{"unknown language falls back to English", "de", "other.blank", "blank"},
		{"empty", "en", "", ""},
	}
	for _, tc := range tests {
		if got := RuleText(tc.lang, tc.rule); got != tc.want {
			t.Errorf("%s: RuleText(%q, %q) = %q, want %q", tc.desc, tc.lang, tc.rule, got, tc.want)
		}
	}
}
