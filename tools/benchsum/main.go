// Command benchsum reads `go test -bench -benchmem` output on standard
// input, copies it to standard output, and then sums up every benchmark
// that has sub-benchmarks by input size (…/100KB, …/1MB, …/10MB): its
// throughput at each size (wall clock, and CPU time where the benchmark
// reports cpuMB/s), allocations per megabyte, and how the time and the
// bytes allocated per op grow from one size to the next, against the
// linearity goal (10× the input costs at most 11× the time and memory).
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// result is one benchmark line's figures.
type result struct {
	nsOp, mbS, cpuMBs, bOp, allocsOp, allocsMB float64
}

var (
	lineRE = regexp.MustCompile(`^(Benchmark\S+?)(?:-\d+)?\s+\d+\s+(.*)$`)
	sizeRE = regexp.MustCompile(`^(\d+(?:\.\d+)?)(KB|MB)$`)
)

func main() {
	results, order, err := parse(os.Stdin, os.Stdout)
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchsum:", err)
		os.Exit(1)
	}
	summarize(os.Stdout, results, order)
}

// parse copies r to w and collects the benchmark lines by name.
func parse(r io.Reader, w io.Writer) (map[string]result, []string, error) {
	results := map[string]result{}
	var order []string
	pkg := ""
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		fmt.Fprintln(w, line)
		if p, ok := strings.CutPrefix(line, "pkg: "); ok {
			// Name benchmarks by their package's last element, so that
			// two packages' BenchmarkRead stay apart.
			pkg = p[strings.LastIndexByte(p, '/')+1:] + "."
			continue
		}
		m := lineRE.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		var res result
		f := strings.Fields(m[2])
		for i := 0; i+1 < len(f); i += 2 {
			v, err := strconv.ParseFloat(f[i], 64)
			if err != nil {
				continue
			}
			switch f[i+1] {
			case "ns/op":
				res.nsOp = v
			case "MB/s":
				res.mbS = v
			case "cpuMB/s":
				res.cpuMBs = v
			case "B/op":
				res.bOp = v
			case "allocs/op":
				res.allocsOp = v
			case "allocs/MB":
				res.allocsMB = v
			}
		}
		name := pkg + m[1]
		if _, seen := results[name]; !seen {
			order = append(order, name)
		}
		results[name] = res
	}
	return results, order, sc.Err()
}

// size reads a sub-benchmark name such as "1MB" or "100KB" as bytes.
func size(name string) (float64, bool) {
	m := sizeRE.FindStringSubmatch(name)
	if m == nil {
		return 0, false
	}
	v, _ := strconv.ParseFloat(m[1], 64)
	if m[2] == "MB" {
		return v * 1e6, true
	}
	return v * 1e3, true
}

// opt formats a figure a benchmark may not report.
func opt(x float64) string {
	if x == 0 {
		return "-"
	}
	return strconv.FormatFloat(x, 'f', 2, 64)
}

func summarize(w io.Writer, results map[string]result, order []string) {
	type point struct {
		name  string
		bytes float64
		res   result
	}
	groups := map[string][]point{}
	var names []string
	for _, full := range order {
		i := strings.LastIndexByte(full, '/')
		if i < 0 {
			continue
		}
		n, ok := size(full[i+1:])
		if !ok {
			continue
		}
		g := full[:i]
		if groups[g] == nil {
			names = append(names, g)
		}
		groups[g] = append(groups[g], point{full[i+1:], n, results[full]})
	}
	if len(names) == 0 {
		return
	}
	fmt.Fprintln(w, "\nscaling (each size against the one before; goal: 10× input ≤ 11× time and memory)")
	fmt.Fprintln(w, "(×time is wall clock, ×cpu the process's CPU time; the verdict uses ×cpu where there is one, as it")
	fmt.Fprintln(w, " depends less on what else the machine is doing, and ×bytes, the bytes allocated per op)")
	fmt.Fprintf(w, "%-34s %8s %9s %9s %12s %8s %8s %8s %8s  %s\n", "benchmark", "size", "MB/s", "cpuMB/s", "allocs/MB", "×input", "×time", "×cpu", "×bytes", "")
	for _, g := range names {
		ps := groups[g]
		sort.Slice(ps, func(i, j int) bool { return ps[i].bytes < ps[j].bytes })
		for k, p := range ps {
			fmt.Fprintf(w, "%-34s %8s %9.2f %9s %12.0f", g, p.name, p.res.mbS, opt(p.res.cpuMBs), p.res.allocsMB)
			if k == 0 || ps[k-1].res.nsOp == 0 {
				fmt.Fprintln(w)
				continue
			}
			q := ps[k-1]
			in := p.bytes / q.bytes
			tm := p.res.nsOp / q.res.nsOp
			by := p.res.bOp / q.res.bOp
			cpu, grow := "-", tm
			if p.res.cpuMBs > 0 && q.res.cpuMBs > 0 {
				grow = in * q.res.cpuMBs / p.res.cpuMBs
				cpu = strconv.FormatFloat(grow, 'f', 2, 64)
			}
			verdict := "ok"
			if grow > in*1.1 || by > in*1.1 {
				verdict = "SUPERLINEAR"
			}
			fmt.Fprintf(w, " %8.1f %8.2f %8s %8.2f  %s\n", in, tm, cpu, by, verdict)
		}
	}
}
