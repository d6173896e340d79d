// Command benchcompare times `app analyze` (JSON to /dev/null) against
// `wc -w` on the same files and prints how the analysis compares with the
// goals of issue 17: at most 8× the time of wc -w, and an input 10× larger
// taking at most 11× the time.
//
// For each file the two commands run in turn, analyze then wc, n times: the
// ratio is taken pair by pair, so that it holds when the machine's speed
// drifts, and the medians are printed — wall-clock and CPU time (user +
// system, all threads, the garbage collector's included), peak memory.
// Then `app analyze --timing` runs n times for the median time of each
// stage, and the engine runs once in this process for the allocations per
// megabyte of input. With two or more files, it prints how the time grows
// from the first to the last against how the size grows.
//
//	go run ./tools/benchcompare -app bin/app -file /tmp/real-1mb.txt -file /tmp/real-10mb.txt
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"slices"
	"syscall"
	"time"

	"github.com/safi-app/safi/internal/engine"
	"github.com/safi-app/safi/internal/report"
)

// goal is the slowest the analysis may be, as a multiple of wc -w's time;
// growthGoal the most its time may grow, as a multiple of the growth of
// its input.
const (
	goal       = 8.0
	growthGoal = 1.1
)

func main() {
	app := flag.String("app", "bin/app", "the native program")
	var files []string
	flag.Func("file", "an input file (repeat the flag, smallest first, for the growth)", func(s string) error {
		files = append(files, s)
		return nil
	})
	runs := flag.Int("n", 5, "runs of each command; the medians count")
	flag.Parse()
	if len(files) == 0 || *runs < 1 {
		fmt.Fprintln(os.Stderr, "usage: benchcompare -app bin/app -file FILE [-file FILE…] [-n 5]")
		os.Exit(2)
	}
	var all []result
	for _, f := range files {
		r, err := measure(*app, f, *runs)
		if err != nil {
			fmt.Fprintln(os.Stderr, "benchcompare:", err)
			os.Exit(1)
		}
		r.print()
		all = append(all, r)
	}
	if len(all) > 1 {
		a, b := all[0], all[len(all)-1]
		size := b.mb / a.mb
		fmt.Printf("growth from %s to %s: the input %.1f×\n", a.file, b.file, size)
		for _, g := range []struct {
			what   string
			ta, tb float64
		}{{"wall", a.analyze.wall, b.analyze.wall}, {"cpu", a.analyze.cpu, b.analyze.cpu}} {
			t := g.tb / g.ta
			verdict := "meets the goal"
			if t > growthGoal*size {
				verdict = "misses the goal"
			}
			fmt.Printf("  %-4s analysis time %.1f× (goal ≤ %.1f×): %s\n", g.what, t, growthGoal*size, verdict)
		}
	}
}

// run is one timed run of a command.
type run struct {
	wall, cpu float64 // seconds
	peak      int64   // maximum resident set size, bytes
}

// result is what measure found for one file: medians of each figure.
type result struct {
	file              string
	mb                float64
	runs              int
	analyze, wc       run
	ratioWall, ratioC float64 // medians of the pairs' analyze/wc ratios
	stages            report.Timing
	allocsMB, bytesMB float64
}

func measure(app, file string, n int) (result, error) {
	fi, err := os.Stat(file)
	if err != nil {
		return result{}, err
	}
	r := result{file: file, mb: float64(fi.Size()) / 1e6, runs: n}
	var as, ws []run
	var rw, rc []float64
	for range n {
		a, err := timeRun(nil, app, "analyze", file)
		if err != nil {
			return r, fmt.Errorf("app analyze %s: %v", file, err)
		}
		w, err := timeRun(nil, "wc", "-w", file)
		if err != nil {
			return r, fmt.Errorf("wc -w %s: %v", file, err)
		}
		as, ws = append(as, a), append(ws, w)
		rw, rc = append(rw, a.wall/w.wall), append(rc, a.cpu/w.cpu)
	}
	r.analyze, r.wc = medianRun(as), medianRun(ws)
	r.ratioWall, r.ratioC = median(rw), median(rc)

	var read, classify, meas, total []float64
	for range n {
		var out bytes.Buffer
		if _, err := timeRun(&out, app, "analyze", "--timing", file); err != nil {
			return r, fmt.Errorf("app analyze --timing %s: %v", file, err)
		}
		var rep struct{ Timing *report.Timing }
		if err := json.Unmarshal(out.Bytes(), &rep); err != nil || rep.Timing == nil {
			return r, fmt.Errorf("app analyze --timing %s: no timing in the report (%v)", file, err)
		}
		t := rep.Timing
		read, classify, meas, total = append(read, t.ReadMS), append(classify, t.ClassifyMS), append(meas, t.MeasureMS), append(total, t.TotalMS)
	}
	r.stages = report.Timing{ReadMS: median(read), ClassifyMS: median(classify), MeasureMS: median(meas), TotalMS: median(total)}

	src, err := os.ReadFile(file)
	if err != nil {
		return r, err
	}
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	engine.Analyze(src, engine.Options{})
	runtime.ReadMemStats(&m1)
	r.allocsMB = float64(m1.Mallocs-m0.Mallocs) / r.mb
	r.bytesMB = float64(m1.TotalAlloc-m0.TotalAlloc) / 1e6 / r.mb
	return r, nil
}

func (r result) print() {
	fmt.Printf("%s: %.1f MB, median of %d runs, analyze and wc -w in turn\n", r.file, r.mb, r.runs)
	fmt.Printf("  %-12s %9s %8s %9s %8s %9s\n", "", "wall", "MB/s", "cpu", "MB/s", "peak")
	for _, c := range []struct {
		name string
		t    run
	}{{"app analyze", r.analyze}, {"wc -w", r.wc}} {
		fmt.Printf("  %-12s %8.3fs %8.1f %8.3fs %8.1f %6.0f MB\n", c.name, c.t.wall, r.mb/c.t.wall, c.t.cpu, r.mb/c.t.cpu, float64(c.t.peak)/1e6)
	}
	fmt.Printf("  analysis cpu/wall %.2f\n", r.analyze.cpu/r.analyze.wall)
	for _, c := range []struct {
		what  string
		ratio float64
	}{{"wall", r.ratioWall}, {"cpu", r.ratioC}} {
		verdict := "meets the goal"
		if c.ratio > goal {
			verdict = fmt.Sprintf("misses the goal: %.1f× too slow", c.ratio/goal)
		}
		fmt.Printf("  %-4s analysis takes %.1f× the time of wc -w (goal ≤ %.0f×): %s\n", c.what, c.ratio, goal, verdict)
	}
	s := r.stages
	fmt.Printf("  stages (app analyze --timing, median): read %.0f ms, classify %.0f ms, measure %.0f ms, total %.0f ms\n",
		s.ReadMS, s.ClassifyMS, s.MeasureMS, s.TotalMS)
	fmt.Printf("  allocations (engine.Analyze in this process): %.0f allocs/MB, %.1f MB allocated/MB\n", r.allocsMB, r.bytesMB)
}

// timeRun runs a command with its output to out (to /dev/null when out is
// nil) and returns its wall-clock time, CPU time and peak memory.
func timeRun(out *bytes.Buffer, name string, args ...string) (run, error) {
	cmd := exec.Command(name, args...)
	cmd.Stderr = os.Stderr
	if out != nil {
		cmd.Stdout = out
	}
	start := time.Now()
	if err := cmd.Run(); err != nil {
		return run{}, err
	}
	r := run{
		wall: time.Since(start).Seconds(),
		cpu:  (cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()).Seconds(),
	}
	if u, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		r.peak = u.Maxrss * 1024 // kilobytes on Linux
	}
	return r, nil
}

func medianRun(rs []run) run {
	var w, c, p []float64
	for _, r := range rs {
		w, c, p = append(w, r.wall), append(c, r.cpu), append(p, float64(r.peak))
	}
	return run{wall: median(w), cpu: median(c), peak: int64(median(p))}
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}
