package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/safi-app/safi/internal/engine"
	"github.com/safi-app/safi/internal/render"
	"github.com/safi-app/safi/internal/report"
)

// inputLimit is the most bytes `app analyze` reads from one file or from
// standard input: engine.MaxCLIInput (a variable so that tests can lower
// it).
var inputLimit int64 = engine.MaxCLIInput

// peakPerByte is about how many bytes of memory `app analyze` needs at its
// peak per byte of input, by output format: measured on generated pastes of
// 10 and 64 MiB (internal/benchdata), maximum resident set size over input
// size, rounded up. JSON costs most: the report repeats the article and the
// noise, and the encoder holds it whole, twice when indenting.
var peakPerByte = map[string]int64{"json": 36, "text": 14, "md": 14}

// memAvailable returns the memory the system can give without swapping, or
// 0 when it cannot tell (a variable so that tests can replace it).
var memAvailable = func() int64 {
	b, err := os.ReadFile("/proc/meminfo")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "MemAvailable:" {
			kb, err := strconv.ParseInt(f[1], 10, 64)
			if err != nil {
				return 0
			}
			return kb << 10
		}
	}
	return 0
}

// errNoMemory is returned, wrapped, for an input the machine has not the
// memory to analyse.
var errNoMemory = errors.New("not enough memory")

// checkMemory returns an error naming the sizes when analysing size bytes
// in the given output format needs more memory than is available, so that
// a large file is refused instead of crashing out of memory.
func checkMemory(size int64, format string) error {
	avail := memAvailable()
	need := size * peakPerByte[format]
	if avail <= 0 || need <= avail {
		return nil
	}
	return fmt.Errorf("%w: the input is %s; analysing it needs about %s of memory and %s is available (--format text needs less; or split the input)",
		errNoMemory, engine.FormatSize(size), engine.FormatSize(need), engine.FormatSize(avail))
}

// runAnalyze prints the report of each file named in args. A file that
// cannot be read, is larger than inputLimit, or whose analysis fails gets a
// message naming it and exit status 1; the others are still processed.
func runAnalyze(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("analyze", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "json", "output: json (the report), text (the article only) or md (a Markdown summary)")
	timing := fs.Bool("timing", false, "record the time of each stage in the report")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	switch *format {
	case "json", "text", "md":
	default:
		fmt.Fprintf(stderr, "app analyze: unknown format %q (want json, text or md)\n", *format)
		return 2
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "app analyze: no file named (use - for standard input)")
		return 2
	}
	status := 0
	for _, name := range fs.Args() {
		src, err := readInput(name, stdin, inputLimit, func(size int64) error { return checkMemory(size, *format) })
		if err != nil {
			fmt.Fprintf(stderr, "app analyze: %s: %v\n", name, err)
			status = 1
			continue
		}
		r, err := engine.SafeAnalyzeLimit(src, engine.Options{Timing: *timing}, inputLimit)
		if err != nil {
			fmt.Fprintf(stderr, "app analyze: %s: %v\n", name, err)
			status = 1
			continue
		}
		r.File = name
		switch *format {
		case "json":
			// Streamed: the same bytes as an indenting json.Encoder, without
			// the whole document in memory.
			if err := report.WriteJSON(stdout, &r); err != nil {
				fmt.Fprintf(stderr, "app analyze: %s: %v\n", name, err)
				return 1
			}
		case "text":
			io.WriteString(stdout, render.Text(r))
		case "md":
			io.WriteString(stdout, render.Markdown(r))
		}
	}
	return status
}

// readInput reads a named file, or standard input for "-", refusing more
// than limit bytes with an error naming the limit: a regular file by its
// size before reading it, standard input and other streams by reading at
// most limit+1 bytes. fits is asked whether the input's size can be
// analysed: before reading a regular file, after reading a stream.
func readInput(name string, stdin io.Reader, limit int64, fits func(size int64) error) ([]byte, error) {
	if name == "-" {
		return readStream(stdin, limit, fits)
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		return readStream(f, limit, fits)
	}
	if err := engine.CheckSize(fi.Size(), limit); err != nil {
		return nil, err
	}
	if err := fits(fi.Size()); err != nil {
		return nil, err
	}
	// One buffer of the file's size (plus a byte to see it grow), not the
	// doubling of io.ReadAll.
	buf := make([]byte, 0, fi.Size()+1)
	for {
		n, err := f.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
		if int64(len(buf)) > limit {
			return nil, &engine.SizeError{Size: -1, Limit: limit} // it grew while read
		}
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
	}
}

// readStream reads r to its end, or fails once it has given more than
// limit bytes, or when what it gave does not fit.
func readStream(r io.Reader, limit int64, fits func(size int64) error) ([]byte, error) {
	src, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(src)) > limit {
		return nil, &engine.SizeError{Size: -1, Limit: limit}
	}
	if err := fits(int64(len(src))); err != nil {
		return nil, err
	}
	return src, nil
}
