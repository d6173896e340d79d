// Command benchmem runs `app analyze` on each file in each output format and
// prints its peak memory (the maximum resident set size the kernel
// reports) against the input's size, and how that compares with the goal of
// issue 8: at most five times the input.
//
//	go run ./tools/benchmem -app bin/app -file /tmp/safi-64mb.txt -file /tmp/safi-25mb.html
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"syscall"
)

// goal is the most memory the analysis may take, as a multiple of the
// input's size.
const goal = 5.0

func main() {
	app := flag.String("app", "bin/app", "the native program")
	var files []string
	flag.Func("file", "an input file (repeat the flag for several)", func(s string) error {
		files = append(files, s)
		return nil
	})
	formats := flag.String("formats", "json,text,md", "output formats to measure, comma-separated")
	flag.Parse()
	if len(files) == 0 {
		fmt.Fprintln(os.Stderr, "usage: benchmem -app bin/app -file FILE [-file FILE…] [-formats json,text,md]")
		os.Exit(2)
	}
	for _, f := range files {
		measure(*app, f, *formats)
	}
}

// measure prints the peak memory of app analyze on file in each format.
func measure(app, file, formats string) {
	fi, err := os.Stat(file)
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchmem:", err)
		os.Exit(1)
	}
	size := float64(fi.Size())
	fmt.Printf("%s: %.1f MB\n", file, size/1e6)
	fmt.Printf("  %-6s %10s %8s\n", "format", "peak RSS", "× input")
	worst := 0.0
	for _, format := range strings.Split(formats, ",") {
		rss, err := peak(app, "analyze", "--format", format, file)
		if err != nil {
			fmt.Fprintf(os.Stderr, "benchmem: app analyze --format %s: %v\n", format, err)
			os.Exit(1)
		}
		ratio := float64(rss) / size
		worst = max(worst, ratio)
		fmt.Printf("  %-6s %7.0f MB %8.2f\n", format, float64(rss)/1e6, ratio)
	}
	verdict := "meets the goal"
	if worst > goal {
		verdict = fmt.Sprintf("misses the goal by %.1f×", worst/goal)
	}
	fmt.Printf("  peak memory is at most %.2f× the input (goal ≤ %.0f×): %s\n", worst, goal, verdict)
}

// peak runs the command with its output to /dev/null and returns its
// maximum resident set size in bytes.
func peak(name string, args ...string) (int64, error) {
	cmd := exec.Command(name, args...)
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return 0, err
	}
	ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	if !ok {
		return 0, fmt.Errorf("no resource usage on this system")
	}
	return ru.Maxrss * 1024, nil // kilobytes on Linux
}
