// Command size prints the size of app.wasm — raw, gzip -9 and brotli —
// against the budget, and what each module and package contributes to it.
//
//	go run ./tools/size [-wasm web/app.wasm] [-main ./wasm] [-top 25] [-funcs 0]
//
// Per-package figures are the bytes of each function body in the module's
// code section, summed by the package named in the function's name. The
// names come from a second build of -main without -s -w (which keeps the
// wasm "name" section; the code is the same, which the tool checks). The
// data segments (read-only data, type descriptors, the pclntab) are not
// attributed to packages and are shown as one line. "gzip alone" is each
// group's code compressed on its own: it over-counts a little, since the
// whole file compresses better than its parts.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/andybalholm/brotli"

	"github.com/safi-app/safi/internal/devkit/sizecheck"
	"github.com/safi-app/safi/internal/devkit/wasmmod"
)

const (
	gzipBudget   = sizecheck.GzipBudget
	brotliBudget = sizecheck.BrotliBudget
)

func main() {
	wasmPath := flag.String("wasm", "web/app.wasm", "the built app.wasm")
	mainPkg := flag.String("main", "./wasm", "the wasm main package, rebuilt with its symbol names for the per-package table ('' to skip)")
	ldflags := flag.String("ldflags", "-s -w", "the -ldflags app.wasm was built with; the named build drops -s from them")
	top := flag.Int("top", 25, "packages to list")
	funcs := flag.Int("funcs", 0, "largest functions to list (package initialisers that build map and slice literals show up here)")
	modfile := flag.String("modfile", "", "the go.mod app.wasm was built with (-modfile; tools/goappwasm), for the named build")
	flag.Parse()
	if err := run(os.Stdout, *wasmPath, *mainPkg, *ldflags, *modfile, *top, *funcs); err != nil {
		fmt.Fprintln(os.Stderr, "size:", err)
		os.Exit(1)
	}
}

func run(w io.Writer, wasmPath, mainPkg, ldflags, modfile string, top, funcs int) error {
	raw, err := os.ReadFile(wasmPath)
	if err != nil {
		return fmt.Errorf("%v (build it with `make wasm`)", err)
	}
	gz := sizecheck.GzipSize(raw)
	br, how, err := brotliLen(wasmPath, raw)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "%s\n", wasmPath)
	fmt.Fprintf(w, "  raw      %s   (%d bytes)\n", mb(len(raw)), len(raw))
	g9, gzHow := sizecheck.Gzip9Size(wasmPath, raw)
	fmt.Fprintf(w, "  gzip -9  %s   budget %s  %s   (%d bytes, %s, as issue 7 and the size test measure)\n", mb(g9), mb(gzipBudget), verdict(g9, gzipBudget), g9, gzHow)
	fmt.Fprintf(w, "  gzip -9  %s   (%d bytes, Go compress/gzip, as app build precompresses app.wasm.gz)\n", mb(gz), gz)
	fmt.Fprintf(w, "  brotli   %s   budget %s  %s   (%d bytes, %s)\n", mb(br), mb(brotliBudget), verdict(br, brotliBudget), br, how)

	stripped, err := wasmmod.Parse(raw)
	if err != nil {
		return err
	}
	if mainPkg == "" {
		return nil
	}
	tmp, err := os.MkdirTemp("", "safi-size")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	named := filepath.Join(tmp, "app.wasm")
	var keep []string
	for _, f := range strings.Fields(ldflags) {
		if f != "-s" {
			keep = append(keep, f)
		}
	}
	var ov []string
	if modfile != "" {
		ov = []string{"-modfile=" + modfile}
	}
	cmd := exec.Command("go", append(append([]string{"build", "-trimpath", "-ldflags=" + strings.Join(keep, " ")}, ov...), "-o", named, mainPkg)...)
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("building %s with symbol names: %v", mainPkg, err)
	}
	list := exec.Command("go", append(append([]string{"list", "-deps"}, ov...), "-f", "{{.ImportPath}}", mainPkg)...)
	list.Env = cmd.Env
	list.Stderr = os.Stderr
	out, err := list.Output()
	if err != nil {
		return fmt.Errorf("listing the packages of %s: %v", mainPkg, err)
	}
	pkgs := newPkgMatcher(strings.Fields(string(out)))
	nb, err := os.ReadFile(named)
	if err != nil {
		return err
	}
	m, err := wasmmod.Parse(nb)
	if err != nil {
		return err
	}
	codeA, codeB := sectionSize(stripped, 10), sectionSize(m, 10)
	fmt.Fprintln(w)
	if codeA != codeB {
		fmt.Fprintf(w, "note: the code section of %s (%d bytes) differs from the named build's (%d): the tables below are of the named build\n", wasmPath, codeA, codeB)
	}
	report(w, m, nb, pkgs, top)
	if funcs > 0 {
		largestFuncs(w, m, nb, funcs)
	}
	return nil
}

func sectionSize(m *wasmmod.Module, id byte) int {
	n := 0
	for _, s := range m.Sections {
		if s.ID == id {
			n += s.Size
		}
	}
	return n
}

// group sums function bodies under one name.
type group struct {
	name  string
	bytes int
	funcs int
	code  bytes.Buffer
}

func report(w io.Writer, m *wasmmod.Module, raw []byte, pm *pkgMatcher, top int) {
	pkgs := map[string]*group{}
	mods := map[string]*group{}
	add := func(gs map[string]*group, key string, body []byte) {
		g := gs[key]
		if g == nil {
			g = &group{name: key}
			gs[key] = g
		}
		g.bytes += len(body)
		g.funcs++
		g.code.Write(body)
	}
	// Walk the code section again to get each body's bytes.
	code := wasmmod.CodeBodies(raw)
	total := 0
	for i, size := range m.Bodies {
		name := ""
		if idx := m.Imported + i; idx < len(m.Names) {
			name = m.Names[idx]
		}
		p := pm.pkgOf(name)
		var body []byte
		if i < len(code) {
			body = code[i]
		}
		add(pkgs, p, body)
		add(mods, moduleOf(p), body)
		total += size
	}

	fmt.Fprintf(w, "sections of the module (raw bytes)\n")
	for _, s := range m.Sections {
		label := wasmmod.SectionNames[s.ID]
		if s.Name != "" {
			label += " " + s.Name
		}
		fmt.Fprintf(w, "  %-20s %s\n", label, mb(s.Size))
	}
	fmt.Fprintf(w, "  (data segments hold read-only data, type descriptors and the pclntab: not attributed below)\n")

	fmt.Fprintf(w, "\ncode by module: function bodies, raw and gzip -9 of the module's code alone\n")
	printGroups(w, sorted(mods), total, 0)
	fmt.Fprintf(w, "\ncode by package: the %d largest\n", top)
	printGroups(w, sorted(pkgs), total, top)
	var own []*group
	for _, g := range sorted(pkgs) {
		if strings.HasPrefix(g.name, "github.com/safi-app/safi") {
			own = append(own, g)
		}
	}
	fmt.Fprintf(w, "\ncode of Safi's own packages\n")
	printGroups(w, own, total, 0)
}

// largestFuncs prints the n largest function bodies of m with their names.
func largestFuncs(w io.Writer, m *wasmmod.Module, raw []byte, n int) {
	code := wasmmod.CodeBodies(raw)
	type fn struct {
		name string
		body []byte
	}
	fns := make([]fn, 0, len(code))
	for i, body := range code {
		name := ""
		if idx := m.Imported + i; idx < len(m.Names) {
			name = m.Names[idx]
		}
		fns = append(fns, fn{name, body})
	}
	sort.SliceStable(fns, func(i, j int) bool { return len(fns[i].body) > len(fns[j].body) })
	fmt.Fprintf(w, "\nthe %d largest functions\n", n)
	fmt.Fprintf(w, "  %-80s %10s %10s\n", "", "raw", "gzip alone")
	for i, f := range fns {
		if i == n {
			break
		}
		fmt.Fprintf(w, "  %-80s %10s %10s\n", f.name, mb(len(f.body)), mb(sizecheck.GzipSize(f.body)))
	}
}

func sorted(gs map[string]*group) []*group {
	out := make([]*group, 0, len(gs))
	for _, g := range gs {
		out = append(out, g)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].bytes != out[j].bytes {
			return out[i].bytes > out[j].bytes
		}
		return out[i].name < out[j].name
	})
	return out
}

func printGroups(w io.Writer, gs []*group, total, limit int) {
	fmt.Fprintf(w, "  %-60s %10s %6s %10s %6s\n", "", "raw", "share", "gzip alone", "funcs")
	for i, g := range gs {
		if limit > 0 && i == limit {
			break
		}
		fmt.Fprintf(w, "  %-60s %10s %5.1f%% %10s %6d\n", g.name, mb(g.bytes), 100*float64(g.bytes)/float64(total), mb(sizecheck.GzipSize(g.code.Bytes())), g.funcs)
	}
}

// pkgMatcher finds the package of a function from its name in the wasm
// "name" section, where the linker has replaced every character other than
// letters, digits, '_' and '.' with '_' ("github.com/a-b/c.(*T).M" becomes
// "github.com_a_b_c.__T_.M"): the import path cannot be read back from the
// name, so the names of the main package's dependencies are matched
// against it, longest first.
type pkgMatcher struct {
	paths []string // import paths, longest sanitized form first
	san   map[string]string
}

func newPkgMatcher(paths []string) *pkgMatcher {
	pm := &pkgMatcher{san: map[string]string{}}
	for _, p := range paths {
		pm.san[p] = sanitize(p) + "."
		pm.paths = append(pm.paths, p)
	}
	sort.Slice(pm.paths, func(i, j int) bool { return len(pm.san[pm.paths[i]]) > len(pm.san[pm.paths[j]]) })
	return pm
}

// sanitize writes an import path as the wasm linker writes names.
func sanitize(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '_' || r == '.' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' {
			return r
		}
		return '_'
	}, s)
}

// pkgOf returns the import path of the package a function belongs to;
// compiler-made functions ("type:…") and functions outside any package
// (runtime assembly helpers) get a label in parentheses.
func (pm *pkgMatcher) pkgOf(name string) string {
	switch {
	case name == "":
		return "(unnamed)"
	case strings.HasPrefix(name, "type_."):
		return "(compiler: type equality and hash functions)"
	}
	for _, p := range pm.paths {
		if strings.HasPrefix(name, pm.san[p]) {
			return p
		}
	}
	if !strings.Contains(name, ".") {
		return "(runtime: assembly helpers)"
	}
	return "(other)"
}

var majorRE = regexp.MustCompile(`^v[0-9]+$`)

// moduleOf guesses the module of an import path: "std" for the standard
// library, else the first three path elements (and a /vN after them).
func moduleOf(pkg string) string {
	if strings.HasPrefix(pkg, "(") {
		return pkg
	}
	el := strings.Split(pkg, "/")
	if !strings.Contains(el[0], ".") {
		return "std"
	}
	n := min(3, len(el))
	if len(el) > 3 && majorRE.MatchString(el[3]) {
		n = 4
	}
	return strings.Join(el[:n], "/")
}

// brotliLen compresses with the brotli command at quality 11 if it is
// installed, else with the pure-Go encoder at quality 11; it says which.
func brotliLen(path string, raw []byte) (int, string, error) {
	if exe, err := exec.LookPath("brotli"); err == nil {
		out, err := exec.Command(exe, "-c", "-q", "11", "-w", "24", path).Output()
		if err == nil {
			return len(out), "brotli -q 11 -w 24", nil
		}
	}
	var buf bytes.Buffer
	bw := brotli.NewWriterOptions(&buf, brotli.WriterOptions{Quality: 11, LGWin: 24})
	if _, err := bw.Write(raw); err != nil {
		return 0, "", err
	}
	if err := bw.Close(); err != nil {
		return 0, "", err
	}
	return buf.Len(), "Go encoder github.com/andybalholm/brotli, quality 11, window 2^24", nil
}

// mb formats a byte count in decimal megabytes (or kilobytes when small).
func mb(n int) string {
	if n >= 100_000 {
		return fmt.Sprintf("%.2f MB", float64(n)/1e6)
	}
	return fmt.Sprintf("%.1f KB", float64(n)/1e3)
}

func verdict(n, budget int) string {
	if n <= budget {
		return fmt.Sprintf("ok (%s to spare)", mb(budget-n))
	}
	return fmt.Sprintf("OVER by %s", mb(n-budget))
}
