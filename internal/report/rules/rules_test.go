package rules

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/safi-app/safi/internal/devkit/golden"
	"github.com/safi-app/safi/internal/devkit/testfiles"
)

// ruleName is the form of a rule's name: a stage or class, then one or more
// dotted parts in lower case with hyphens (a Prefix rule ends with one).
var ruleName = regexp.MustCompile(`^[a-z]+(\.[a-z0-9]+(-[a-z0-9]+)*)+-?$`)

func TestNames(t *testing.T) {
	all := All()
	if len(all) < 60 {
		t.Fatalf("%d rules registered, want the classifier's 60 and more", len(all))
	}
	seen := map[string]bool{}
	for _, r := range all {
		if seen[r.Name] {
			t.Errorf("%s: registered twice", r.Name)
		}
		seen[r.Name] = true
		if !ruleName.MatchString(r.Name) {
			t.Errorf("%q: not a rule name (stage.what-it-found)", r.Name)
		}
		if r.Prefix != strings.HasSuffix(r.Name, "-") {
			t.Errorf("%s: a Prefix rule's name, and only its, ends with a hyphen", r.Name)
		}
		probe := r.Name
		if r.Prefix {
			probe += "reason"
		}
		if got, _, ok := Lookup(probe); !ok || got.Name != r.Name {
			t.Errorf("%s: Lookup(%q) finds %q, %v", r.Name, probe, got.Name, ok)
		}
	}
	// No two Prefix rules, nor a Prefix rule and a rule, may claim a name.
	for _, r := range all {
		for _, p := range all {
			if p.Prefix && p.Name != r.Name && strings.HasPrefix(r.Name, p.Name) {
				t.Errorf("%s starts with the Prefix rule %s", r.Name, p.Name)
			}
		}
	}
}

func TestClasses(t *testing.T) {
	for _, r := range All() {
		if r.Class != "" && !slices.Contains(Classes, r.Class) {
			t.Errorf("%s: class %q is not a report class", r.Name, r.Class)
		}
		if r.Also != "" && (!slices.Contains(Classes, r.Also) || r.Also == r.Class || r.Class == "") {
			t.Errorf("%s: Also %q must be a report class other than Class %q", r.Name, r.Also, r.Class)
		}
	}
}

func TestTexts(t *testing.T) {
	for _, r := range All() {
		want := 0
		if r.Prefix {
			want = 1
		}
		for _, lang := range Languages {
			s := r.Text.In(lang)
			switch {
			case strings.TrimSpace(s) == "":
				t.Errorf("%s: no %s text", r.Name, lang)
			case strings.ContainsAny(s, "\n\r") || strings.TrimSpace(s) != s:
				t.Errorf("%s: %s text %q is not one trimmed line", r.Name, lang, s)
			case strings.Count(s, "%s") != want:
				t.Errorf("%s: %s text %q has %d %%s, want %d", r.Name, lang, s, strings.Count(s, "%s"), want)
			}
		}
	}
}

func TestText(t *testing.T) {
	tests := []struct {
		desc, lang, rule, want string
	}{
		{"known rule", "en", CookieNotice, "a cookie notice"},
		{"Arabic", "ar", TickerSpaceRun, "عناوين متلاصقة تفصلها مسافات طويلة"},
		{"dropped part with its reason", "fr", HTMLMainDropped + "share", "écarté du contenu principal (share)"},
		{"a Prefix rule's name alone is not a rule", "en", HTMLMainDropped, HTMLMainDropped},
		{"unknown rule shows its name", "en", "future.rule", "future.rule"},
		{"unknown language falls back to English", "de", Blank, "blank"},
		{"empty", "en", "", ""},
	}
	for _, tc := range tests {
		if got := Text(tc.lang, tc.rule); got != tc.want {
			t.Errorf("%s: Text(%q, %q) = %q, want %q", tc.desc, tc.lang, tc.rule, got, tc.want)
		}
	}
}

func TestLookup(t *testing.T) {
	tests := []struct {
		name, rule, reason string
		ok                 bool
	}{
		{"paragraph.prose", Paragraph, "", true},
		{"html.main-dropped-form", HTMLMainDropped, "form", true},
		{"html.main-dropped-", "", "", false},
		{"paragraph", "", "", false},
		{"paragraph.prose-x", "", "", false},
	}
	for _, tc := range tests {
		r, reason, ok := Lookup(tc.name)
		if r.Name != tc.rule || reason != tc.reason || ok != tc.ok {
			t.Errorf("Lookup(%q) = %q, %q, %v; want %q, %q, %v", tc.name, r.Name, reason, ok, tc.rule, tc.reason, tc.ok)
		}
	}
	if got := Class(UserExclude); got != "other" {
		t.Errorf("Class(%q) = %q, want other", UserExclude, got)
	}
}

// TestDocs keeps docs/rules.md the registry's list: go test -update
// rewrites it.
func TestDocs(t *testing.T) {
	golden.Check(t, testfiles.Path("docs", "rules.md"), markdown())
}

// markdown lists the registry by class, each class's rules in the order of
// the registry.
func markdown() []byte {
	var b strings.Builder
	b.WriteString("# Rules\n\n")
	b.WriteString("<!-- Generated from internal/report/rules (table.go) by `go test ./internal/report/rules -update`: edit the registry, not this file. -->\n\n")
	b.WriteString("Every block of a report carries the name of the rule that decided its\n")
	b.WriteString("class (`blocks[].rule`, `noise[].rule`). These are all the rules, with\n")
	b.WriteString("what each found as the app says it in English, Arabic and French, and\n")
	b.WriteString("for some, what the rule looks at.\n")
	b.WriteString("A name ending in `*` goes on with a reason (`html.main-dropped-share`).\n")
	row := func(r Rule) {
		name := r.Name
		if r.Prefix {
			name += "*"
		}
		class := ""
		if r.Class == "" {
			class = " (any class)"
		} else if r.Also != "" {
			class = " (or " + r.Also + ")"
		}
		fmt.Fprintf(&b, "| `%s`%s | %s | %s | %s | %s |\n", name, class, cell(r.Text[En]), cell(r.Text[Ar]), cell(r.Text[Fr]), cell(r.How))
	}
	section := func(title string, keep func(Rule) bool) {
		fmt.Fprintf(&b, "\n## %s\n\n| rule | en | ar | fr | how |\n| --- | --- | --- | --- | --- |\n", title)
		for _, r := range All() {
			if keep(r) {
				row(r)
			}
		}
	}
	for _, c := range Classes {
		section(c, func(r Rule) bool { return r.Class == c })
	}
	if slices.ContainsFunc(All(), func(r Rule) bool { return r.Class == "" }) {
		section("any class", func(r Rule) bool { return r.Class == "" })
	}
	return []byte(b.String())
}

// cell escapes a text for a Markdown table cell.
func cell(s string) string {
	return strings.ReplaceAll(s, "|", `\|`)
}
