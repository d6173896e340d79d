// Command cpuprof summarises a V8 CPU profile (.cpuprofile: Chrome's, Node's
// --cpu-prof, or the page's from SAFI_PAGE_PROFILE in make bench-browser):
// each function's share of the samples, alone (self) or with what it calls
// (cum). With -wasm it names WebAssembly functions V8 lists by index from
// the module's name section (a build without -s: make dist LDFLAGS='-X
// main.version=prof'). -within keeps the samples whose stack has a function
// matching a pattern; -open and -close keep those between a sample that
// matches -open and the next that matches -close (e.g. from a paste's event
// to the insertion of its text, to see the first update alone).
//
//	go run ./tools/cpuprof -wasm dist/web/app.wasm -within processFrame page.cpuprofile
package main

import (
	"cmp"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/safi-app/safi/internal/devkit/wasmmod"
)

// profile is the part of a .cpuprofile the summary reads.
type profile struct {
	Nodes []struct {
		ID        int `json:"id"`
		CallFrame struct {
			FunctionName string `json:"functionName"`
		} `json:"callFrame"`
		Children []int `json:"children"`
	} `json:"nodes"`
	Samples []int `json:"samples"`
}

func main() {
	wasm := flag.String("wasm", "", "the WebAssembly module the profile ran, to name its functions")
	mode := flag.String("mode", "self", "self: samples in the function itself; cum: with what it calls")
	top := flag.Int("n", 40, "functions to list")
	within := flag.String("within", "", "keep samples whose stack has a function matching this pattern")
	open := flag.String("open", "", "keep samples from one whose stack matches this pattern…")
	closeRe := flag.String("close", "", "…to the next whose stack matches this one")
	flag.Parse()
	if flag.NArg() != 1 || (*open == "") != (*closeRe == "") || (*mode != "self" && *mode != "cum") {
		fmt.Fprintln(os.Stderr, "usage: cpuprof [-wasm app.wasm] [-mode self|cum] [-n N] [-within RE] [-open RE -close RE] FILE.cpuprofile")
		os.Exit(2)
	}
	if err := run(os.Stdout, flag.Arg(0), *wasm, *mode, *top, *within, *open, *closeRe); err != nil {
		fmt.Fprintln(os.Stderr, "cpuprof:", err)
		os.Exit(1)
	}
}

func run(w io.Writer, path, wasm, mode string, top int, within, open, closeRe string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var p profile
	if err := json.Unmarshal(b, &p); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	var names []string
	if wasm != "" {
		wb, err := os.ReadFile(wasm)
		if err != nil {
			return err
		}
		m, err := wasmmod.Parse(wb)
		if err != nil {
			return fmt.Errorf("%s: %w", wasm, err)
		}
		names = m.Names
	}
	res := make([]*regexp.Regexp, 3)
	for i, s := range []string{within, open, closeRe} {
		if s != "" {
			if res[i], err = regexp.Compile(s); err != nil {
				return err
			}
		}
	}
	s := summarise(&p, names, mode == "cum", res[0], res[1], res[2])
	fmt.Fprintf(w, "%d samples of %d kept (%s)\n", s.kept, len(p.Samples), mode)
	for i, f := range s.funcs {
		if i == top {
			break
		}
		fmt.Fprintf(w, "%6.2f%% %s\n", 100*float64(f.n)/float64(max(s.kept, 1)), f.name)
	}
	return nil
}

type count struct {
	name string
	n    int
}

type summary struct {
	kept  int
	funcs []count // most samples first
}

var wasmIndex = regexp.MustCompile(`^wasm-function\[(\d+)\]$`)

// summarise counts the samples each function is in (cum) or at the top of
// (self), over the samples the patterns keep.
func summarise(p *profile, names []string, cum bool, within, open, closeRe *regexp.Regexp) summary {
	index := make(map[int]int, len(p.Nodes))
	parent := make(map[int]int, len(p.Nodes))
	label := make([]string, len(p.Nodes))
	for i, n := range p.Nodes {
		index[n.ID] = i
		label[i] = n.CallFrame.FunctionName
		if m := wasmIndex.FindStringSubmatch(label[i]); m != nil {
			if k, err := strconv.Atoi(m[1]); err == nil && k < len(names) && names[k] != "" {
				label[i] = names[k]
			}
		}
		if label[i] == "" {
			label[i] = "(anonymous)"
		}
	}
	for _, n := range p.Nodes {
		for _, c := range n.Children {
			parent[c] = n.ID
		}
	}
	stack := func(id int) []string {
		var out []string
		for {
			i, ok := index[id]
			if !ok {
				return out
			}
			out = append(out, label[i])
			if id, ok = parent[id]; !ok {
				return out
			}
		}
	}
	matches := func(re *regexp.Regexp, st []string) bool {
		return slices.ContainsFunc(st, re.MatchString)
	}
	counts := map[string]int{}
	var s summary
	inside := open == nil
	for _, id := range p.Samples {
		st := stack(id)
		if open != nil {
			if !inside && matches(open, st) {
				inside = true
			} else if inside && matches(closeRe, st) {
				inside = false
			}
		}
		if !inside || (within != nil && !matches(within, st)) {
			continue
		}
		s.kept++
		if !cum {
			if len(st) > 0 {
				counts[st[0]]++
			}
			continue
		}
		seen := map[string]bool{}
		for _, f := range st {
			if !seen[f] {
				seen[f] = true
				counts[f]++
			}
		}
	}
	for f, n := range counts {
		s.funcs = append(s.funcs, count{f, n})
	}
	slices.SortFunc(s.funcs, func(a, b count) int {
		return cmp.Or(b.n-a.n, strings.Compare(a.name, b.name))
	})
	return s
}
