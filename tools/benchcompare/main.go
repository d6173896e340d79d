// Command benchcompare times `app analyze` (JSON to /dev/null) and `wc -w`
// on the same file, best of n runs each, and prints both times and how the
// analysis compares with the goal of issue 7: at least 1/8 of the speed of
// wc -w.
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
	ratio := analyze.Seconds() / wc.Seconds()
	fmt.Printf("%s: %.1f MB, best of %d runs\n", *file, mb, *runs)
	fmt.Printf("  app analyze  %8.3f s  %7.1f MB/s\n", analyze.Seconds(), mb/analyze.Seconds())
	fmt.Printf("  wc -w        %8.3f s  %7.1f MB/s\n", wc.Seconds(), mb/wc.Seconds())
	verdict := "meets the goal"
	if ratio > goal {
		verdict = fmt.Sprintf("misses the goal: %.1f× too slow", ratio/goal)
	}
	fmt.Printf("  analysis takes %.1f× the time of wc -w (goal ≤ %.0f×): %s\n", ratio, goal, verdict)
}

// best runs the command n times with its output to /dev/null and returns
// the shortest wall time.
func best(n int, name string, args ...string) (time.Duration, error) {
	var min time.Duration
	for i := 0; i < n; i++ {
		cmd := exec.Command(name, args...)
		cmd.Stderr = os.Stderr
		start := time.Now()
		if err := cmd.Run(); err != nil {
			return 0, err
		}
		if d := time.Since(start); i == 0 || d < min {
			min = d
		}
	}
	return min, nil
}
