// Package rules is the registry of the rules that decide a block's class:
// each rule's name (as reports give it in report.Block.Rule and
// report.Noise.Rule), the class it gives, and one line, in every interface
// language, saying what it found. The classifier, assemble, the UI's "why
// removed" text, docs/rules.md and their tests all read it; no other
// package spells a rule's name.
//
// # Adding a rule
//
// Add its name's constant to the const block of table.go and its entry to
// the registry there, in the group of the stage that emits it, and use the
// constant where the rule is decided:
//
//	HTMLWidget = "html.widget"
//
//	{
//		Name: HTMLWidget, Class: report.ClassBoilerplate,
//		How:  "related links, comments, share and follow rows, newsletters, ads",
//		Text: Texts{
//			En: "a widget (related links, share, newsletter, ads)",
//			Ar: "أداة (روابط، مشاركة، نشرة، إعلانات)",
//			Fr: "un module (liens, partage, lettre, publicité)",
//		},
//	},
//
// The name is the class or the stage, a dot, and what it found, in lower
// case with hyphens ("html.widget", "model.text"). Class is the class the
// rule gives a block, Also another it gives in some cases; a rule whose
// class is decided otherwise (a learned model's verdict) leaves Class
// empty. How, optional, says for developers what the rule looks at. A rule
// whose names go on with a reason ("html.main-dropped-share") is a Prefix
// rule, named by its start, and %s in its texts stands for the reason.
// Each text is one line, lower case, saying what the rule found ("a cookie
// notice"), in every language of Languages. A package with a table of its
// own (a selector table, a model's outputs) names its rules there with
// these constants.
//
// Then run go test ./internal/report/rules -update to list the rule in
// docs/rules.md. The tests check that names are unique and well formed,
// that every rule has its texts, and (internal/engine) that every rule the
// engine emits on the test pages is registered.
package rules

import (
	"strings"

	"github.com/safi-app/safi/internal/report"
)

// Rule is one rule of the registry.
type Rule struct {
	// Name is the rule's name in reports; for a Prefix rule, the start of
	// its names.
	Name string
	// Class is the class the rule gives a block (report.Class…); "" for a
	// rule that gives whichever class it decides.
	Class string
	// Also is another class the rule gives in some cases, or "".
	Also string
	// Prefix: the names go on with a reason, which %s stands for in Text.
	Prefix bool
	// How says, for developers and in English, what the rule looks at,
	// when the name and Text do not say it (docs/rules.md lists it).
	How string
	// Text says in each language of Languages what the rule found.
	Text Texts
}

// Texts are a rule's one-line descriptions, by language: En, Ar and Fr,
// the order of Languages. (An array, not a map by tag: the registry's
// texts are then data of the program, where 65 maps were built by code
// when it starts, 9.6 KB of app.wasm gzipped.)
type Texts [len(languages)]string

// The indexes of Texts, in the order of Languages.
const (
	En = iota
	Ar
	Fr
)

var languages = [...]string{En: "en", Ar: "ar", Fr: "fr"}

// Languages are the languages every rule's text is written in: the
// interface's.
var Languages = languages[:]

// In returns the text in lang, "" for a language not in Languages.
func (t Texts) In(lang string) string {
	for i, l := range languages {
		if l == lang {
			return t[i]
		}
	}
	return ""
}

// Classes are the classes a block can have, in the order docs/rules.md
// lists them.
var Classes = []string{
	report.ClassTicker, report.ClassBoilerplate, report.ClassTitle, report.ClassByline,
	report.ClassHeading, report.ClassParagraph, report.ClassOther,
}

// byName indexes the registry's exact names, prefixes its Prefix rules.
var (
	byName   = make(map[string]int, len(registry))
	prefixes []int
)

// init indexes the registry. A name registered twice panics: the program
// cannot start with an ambiguous registry.
func init() {
	for i, r := range registry {
		if _, dup := byName[r.Name]; dup {
			panic("rules: " + r.Name + " registered twice")
		}
		byName[r.Name] = i
		if r.Prefix {
			prefixes = append(prefixes, i)
		}
	}
}

// All returns every rule, in the order of the registry.
func All() []Rule {
	return append([]Rule(nil), registry...)
}

// Lookup finds the rule named name: registered as it is, or a Prefix rule
// that name starts with, followed by a reason (returned).
func Lookup(name string) (r Rule, reason string, ok bool) {
	if i, ok := byName[name]; ok && !registry[i].Prefix {
		return registry[i], "", true
	}
	for _, i := range prefixes {
		if reason, ok := strings.CutPrefix(name, registry[i].Name); ok && reason != "" {
			return registry[i], reason, true
		}
	}
	return Rule{}, "", false
}

// Class returns the class the rule named name gives a block, "" when the
// rule is unknown or gives any.
func Class(name string) string {
	r, _, _ := Lookup(name)
	return r.Class
}

// Text says in lang what the rule named name found, falling back to
// English, then to the name itself (a rule this build does not know).
func Text(lang, name string) string {
	r, reason, ok := Lookup(name)
	if !ok {
		return name
	}
	s := r.Text.In(lang)
	if s == "" {
		s = r.Text[En]
	}
	if r.Prefix {
		s = strings.Replace(s, "%s", reason, 1)
	}
	return s
}
