// Command benchcompare times `app analyze` (JSON to /dev/null) and `wc -w`
// on the same file, best of n runs each, and prints both times and how the
// analysis compares with the goal of issue 7: at least 1/8 of the speed of
// wc -w. It gives the wall-clock time and the CPU time (user + system) of
// each: on a machine busy with other work the CPU time is the steadier
// figure.
//
//	go run ./tools/benchcompare -app bin/app -file /tmp/safi-10mb.txt
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"time"
)

// goal is the slowest the analysis may be, as a multiple of wc -w's time.
const goal = 8.0

func main() {
	app := flag.String("app", "bin/app", "the native program")
	file := flag.String("file", "", "the input file")
	runs := flag.Int("n", 3, "runs of each command; the best counts")
	flag.Parse()
	if *file == "" {
		fmt.Fprintln(os.Stderr, "usage: benchcompare -app bin/app -file FILE [-n 3]")
		os.Exit(2)
	}
	fi, err := os.Stat(*file)
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchcompare:", err)
		os.Exit(1)
	}
	analyze, err := best(*runs, *app, "analyze", *file)
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchcompare: app analyze:", err)
		os.Exit(1)
	}
	wc, err := best(*runs, "wc", "-w", *file)
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchcompare: wc -w:", err)
		os.Exit(1)
	}
	mb := float64(fi.Size()) / 1e6
	fmt.Printf("%s: %.1f MB, best of %d runs\n", *file, mb, *runs)
	fmt.Printf("  %-12s %10s %9s %10s %9s\n", "", "wall", "MB/s", "cpu", "MB/s")
	for _, r := range []struct {
		name string
		t    times
	}{{"app analyze", analyze}, {"wc -w", wc}} {
		fmt.Printf("  %-12s %9.3fs %9.1f %9.3fs %9.1f\n", r.name, r.t.wall.Seconds(), mb/r.t.wall.Seconds(), r.t.cpu.Seconds(), mb/r.t.cpu.Seconds())
	}
	for _, r := range []struct {
		what  string
		ratio float64
	}{{"wall", analyze.wall.Seconds() / wc.wall.Seconds()}, {"cpu", analyze.cpu.Seconds() / wc.cpu.Seconds()}} {
		verdict := "meets the goal"
		if r.ratio > goal {
			verdict = fmt.Sprintf("misses the goal: %.1f× too slow", r.ratio/goal)
		}
		fmt.Printf("  %-4s analysis takes %.1f× the time of wc -w (goal ≤ %.0f×): %s\n", r.what, r.ratio, goal, verdict)
	}
}

// times are the best wall-clock and the best CPU time of a command's runs.
type times struct{ wall, cpu time.Duration }

// best runs the command n times with its output to /dev/null and returns
// the shortest wall time and the shortest CPU time.
func best(n int, name string, args ...string) (times, error) {
	var t times
	for i := 0; i < n; i++ {
		cmd := exec.Command(name, args...)
		cmd.Stderr = os.Stderr
		start := time.Now()
		if err := cmd.Run(); err != nil {
			return t, err
		}
		wall := time.Since(start)
		cpu := cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
		if i == 0 || wall < t.wall {
			t.wall = wall
		}
		if i == 0 || cpu < t.cpu {
			t.cpu = cpu
		}
	}
	return t, nil
}
