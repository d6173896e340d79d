// Package layers states which of Safi's packages may import which, and
// checks a module's import graph against it (make test runs the check).
//
// The pipeline reads bottom to top:
//
//	doc, report      the block model and the report: the types every stage shares
//	language/...     text knowledge both sides use (lang, normalize, lex, dates)
//	extract/...      input -> blocks -> classes -> article
//	measure/...      article -> numbers (never imports extract, nor extract measure)
//	engine           the entry: prepare, analyze, limits
//	export           report -> text, Markdown, CSV
//	ui/worker        the worker protocol and its loop
//	ui, ui/site      the go-app page
//
// A package may import a lower layer, or a package of its own group
// (extract/classify may import extract/ticker). devkit/ (test and tool
// support) may import anything below the UI; outside devkit only tests,
// tools/ and the native main (app/) may import it. The engine, everything
// below ui/, never imports go-app or syscall/js.
package layers

import (
	"fmt"
	"sort"
	"strings"
)

// Module is the module path of the packages checked.
const Module = "github.com/safi-app/safi"

// layer is a group of packages and its rank: a package may import a
// package of a lower rank, or one of its own group.
type layer struct {
	prefix string // under Module + "/internal/"; "" for the whole of internal
	rank   int
}

// Layers lists every group under internal/, most specific prefix first.
var layers = []layer{
	{"ui/worker", 40},
	{"ui", 50},
	{"export", 40},
	{"engine", 30},
	{"extract", 20},
	{"measure", 20},
	{"language", 10},
	{"doc", 0},
	{"report", 0},
	{"devkit", 45},
}

// Package is one package of the graph: its path and what it imports.
type Package struct {
	Path    string
	Imports []string // what its non-test files import
	Tests   []string // what its test files import, beyond Imports
}

// Violation is one import against the rules.
type Violation struct {
	From, To, Why string
}

func (v Violation) String() string { return fmt.Sprintf("%s imports %s: %s", v.From, v.To, v.Why) }

// group returns the layer of an internal package path (rel, under
// internal/) and its group name ("extract", "ui/worker", ...).
func group(rel string) (layer, bool) {
	for _, l := range layers {
		if rel == l.prefix || strings.HasPrefix(rel, l.prefix+"/") {
			return l, true
		}
	}
	return layer{}, false
}

// internalRel returns p's path under Module/internal/, or false.
func internalRel(p string) (string, bool) {
	return strings.CutPrefix(p, Module+"/internal/")
}

// goApp reports whether p is go-app or the browser's JavaScript bridge.
func goApp(p string) bool {
	return p == "syscall/js" || strings.HasPrefix(p, "github.com/maxence-charriere/go-app/")
}

// inUI reports whether a group is ui or one of its packages (ui/worker),
// the only ones that may import go-app: export, at ui/worker's rank, may not.
func inUI(prefix string) bool { return prefix == "ui" || strings.HasPrefix(prefix, "ui/") }

// Check returns every import in pkgs that breaks the rules, sorted.
func Check(pkgs []Package) []Violation {
	var out []Violation
	for _, p := range pkgs {
		from, fromInternal := internalRel(p.Path)
		fromLayer, known := group(from)
		if fromInternal && !known {
			out = append(out, Violation{p.Path, "", "a package under internal/ outside every layer: add it to devkit/layers"})
			continue
		}
		check := func(imp string, test bool) {
			to, ok := internalRel(imp)
			if !ok {
				if fromInternal && !inUI(fromLayer.prefix) && goApp(imp) && !test {
					out = append(out, Violation{p.Path, imp, "only ui and its packages import go-app or syscall/js"})
				}
				return
			}
			toLayer, known := group(to)
			if !known {
				return // reported as the imported package's own violation
			}
			if toLayer.prefix == "devkit" && !test && fromLayer.prefix != "devkit" &&
				(fromInternal || strings.HasPrefix(p.Path, Module+"/wasm")) {
				out = append(out, Violation{p.Path, imp, "devkit is test and tool support: only tests, tools/ and app/ import it"})
				return
			}
			if !fromInternal || toLayer.prefix == "devkit" {
				return // mains, tools and e2e may import anything; devkit anywhere in tests
			}
			switch {
			case fromLayer.prefix == toLayer.prefix:
				// the same group: extract/classify may import extract/ticker
			case toLayer.rank >= fromLayer.rank:
				why := fmt.Sprintf("%s (layer %d) must not import %s (layer %d)", fromLayer.prefix, fromLayer.rank, toLayer.prefix, toLayer.rank)
				if fromLayer.rank == toLayer.rank {
					why = fmt.Sprintf("%s and %s are side by side and never import each other", fromLayer.prefix, toLayer.prefix)
				}
				out = append(out, Violation{p.Path, imp, why})
			}
		}
		for _, imp := range p.Imports {
			check(imp, false)
		}
		for _, imp := range p.Tests {
			check(imp, true)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].String() < out[j].String() })
	return out
}
