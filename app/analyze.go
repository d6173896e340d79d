package main

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strconv"
	"strings"

	"github.com/safi-app/safi/internal/doc"
	"github.com/safi-app/safi/internal/engine"
	"github.com/safi-app/safi/internal/export"
	"github.com/safi-app/safi/internal/extract/htmlread"
	"github.com/safi-app/safi/internal/report"
)

// inputLimit is the most bytes `app analyze` reads from one file or from
// standard input: engine.MaxCLIInput (a variable so that tests can lower
// it).
var inputLimit int64 = engine.MaxCLIInput

// peakPerByte is about how many bytes of memory `app analyze` needs at its
// peak per byte of input, for text and for HTML input, rounded up from the
// maximum resident set size over the input's size measured with every
// output format (make bench-memory), under the limit setMemoryLimit sets:
// text 3.3 (JSON and text) to 4.2 (Markdown) on a generated 64 MB paste;
// HTML over htmlread.StreamAbove, read as a stream, 3.8 to 4.2 on generated
// pages of 25 and 64 MB (5.6 to 5.9 on 8 MB, where the program's own 12 MB
// weigh). A smaller page is read through its parse tree: 9.5 to 9.7 on a
// generated 3.9 MB page (peakHTMLTree), under 40 MB.
var peakPerByte = map[bool]int64{false: 5, true: 5}

// peakHTMLTree is peakPerByte for HTML read through its parse tree.
const peakHTMLTree = 10

// perLine is the least memory limit setMemoryLimit gives per line of text:
// what a block and its report entries hold, with room to collect. 300
// until classify's learned model added its features per block (about 55
// bytes a line more: on the real 10 MB paste the heap reached the limit
// again, 38 collections instead of 19), 350 from then until a block's HTML
// signals moved out of line (72 bytes a line less): at 300 the real 10 MB
// paste takes 3 collections instead of 2 in the same time, and peaks at
// 84 MB instead of 95 (with the pacing off, the heap grows to the limit).
const perLine = 300

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
// of text (or of HTML, when html is set) needs more memory than is
// available, so that a large file is refused instead of crashing out of
// memory.
func checkMemory(size int64, html bool) error {
	avail := memAvailable()
	need := size * peakPerByte[html]
	if html && size <= htmlread.StreamAbove {
		need = size * peakHTMLTree
	}
	if avail <= 0 || need <= avail {
		return nil
	}
	what := "the input"
	if html {
		what = "the input, HTML,"
	}
	return fmt.Errorf("%w: %s is %s; analysing it needs about %s of memory and %s is available (split the input)",
		errNoMemory, what, engine.FormatSize(size), engine.FormatSize(need), engine.FormatSize(avail))
}

// setMemoryLimit gives the garbage collector a soft limit for analysing src
// (issue 8: peak memory at most five times the input), unless GOMEMLIMIT
// sets one. The analysis of text holds about 2.2 times the input at its
// peak (the input, the blocks, the report) on a paste of long lines; with
// the collector's default of letting the heap double before collecting, it
// peaked at 5.7 times (366 MB for 64 MB). A limit of three times the input
// and 16 MB more brings that to 3.3 times (209 MB; make bench-memory), for
// a few more collections. HTML gets the same: a page over
// htmlread.StreamAbove is read as a stream, which holds about three times
// the page at its peak (a generated 25 MB page: 144 MB peak without the
// limit, 104 MB, 4.2 times, with it); a smaller one is read through its
// parse tree, more per byte, but the 16 MB cover it.
//
// Text of short lines holds more: each line is a block (its offsets,
// classes and signals, about 200 bytes) and an entry of the report's blocks
// and noise (about 100 bytes), so real pages, a line every 50 bytes, held
// six times the input (60 MB for a 10 MB paste). Under a limit below what
// it holds the collector never stops (the paste took twice the CPU time):
// the limit for text is therefore at least perLine bytes a line.
//
// Under that limit the collector's own pacing (GOGC) is turned off, unless
// GOGC sets it: the heap then grows to the limit before the first
// collection instead of being collected at every doubling from a few MB.
// The limit alone bounds the peak (issue 8), and one analysis is short:
// collections before the limit reclaim little, and while one marks, the
// program writes its fresh memory under write barriers (perf: copy-on-write
// faults of the zero page, each flushing the other processor's TLB, 27% of
// a 10 MB paste's samples in the kernel, 14% with the pacing off). On that
// paste: 32,000 -> 24,000 page faults, wall time about 9% less, the same
// peak (docs/measuring.md, "Native speed").
//
// It returns a function that restores the limit and the pacing there were.
func setMemoryLimit(src []byte, html bool) (restore func()) {
	if os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	size := int64(len(src))
	limit := 3 * size
	if !html {
		limit = max(limit, perLine*int64(bytes.Count(src, []byte{'\n'})+1))
	}
	old := debug.SetMemoryLimit(limit + 16<<20)
	if os.Getenv("GOGC") != "" {
		return func() { debug.SetMemoryLimit(old) }
	}
	oldGC := debug.SetGCPercent(-1)
	return func() {
		debug.SetGCPercent(oldGC)
		debug.SetMemoryLimit(old)
	}
}

// runAnalyze prints the report of each file named in args. A file that
// cannot be read, is larger than inputLimit, or whose analysis fails gets a
// message naming it and exit status 1; the others are still processed.
func runAnalyze(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("analyze", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "json", "output: json (the report), text (the article only), md (a Markdown summary) or blocks (a debugging view: each block with text, its region, class, rule, link density and the model's reasons, one a line)")
	timing := fs.Bool("timing", false, "record the time of each stage in the report")
	explain := fs.Bool("debug", false, "explain the report: the article's numbers that are not figures, with the reason, in its debug field")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	switch *format {
	case "json", "text", "md", "blocks":
	default:
		fmt.Fprintf(stderr, "app analyze: unknown format %q (want json, text, md or blocks)\n", *format)
		return 2
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "app analyze: no file named (use - for standard input)")
		return 2
	}
	status := 0
	for _, name := range fs.Args() {
		// Whether the input is HTML shows once it is read: before, it
		// must fit as text, the least any input needs.
		src, err := readInput(name, stdin, inputLimit, func(size int64) error { return checkMemory(size, false) })
		html := err == nil && engine.ReadsHTML(src, "")
		if html {
			err = checkMemory(int64(len(src)), true)
		}
		if err != nil {
			fmt.Fprintf(stderr, "app analyze: %s: %v\n", name, err)
			status = 1
			continue
		}
		restore := setMemoryLimit(src, html)
		if *format == "blocks" {
			d, err := engine.SafePrepare(src, engine.Options{})
			if err == nil {
				err = writeBlocks(stdout, d)
			}
			restore()
			if err != nil {
				fmt.Fprintf(stderr, "app analyze: %s: %v\n", name, err)
				status = 1
			}
			continue
		}
		r, err := engine.SafeAnalyzeLimit(src, engine.Options{Timing: *timing, Debug: *explain}, inputLimit)
		if err != nil {
			restore()
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
				restore()
				fmt.Fprintf(stderr, "app analyze: %s: %v\n", name, err)
				return 1
			}
		case "text":
			io.WriteString(stdout, export.Text(r))
		case "md":
			io.WriteString(stdout, export.Markdown(r))
		}
		restore()
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

// blockLine puts a block's text on one line of writeBlocks: line breaks as
// " ⏎ ", tabs as spaces.
var blockLine = strings.NewReplacer("\r\n", " ⏎ ", "\n", " ⏎ ", "\r", " ⏎ ", "\t", " ")

// writeBlocks writes the debugging view of a classified doc: a line per
// block with text (in the order read), its region (the HTML reader's; "-"
// for text), class, rule, link density, the model's reasons (or "-") and
// its text on one line (blockLine), tab-separated.
func writeBlocks(w io.Writer, d *doc.Doc) error {
	bw := bufio.NewWriter(w)
	for i := range d.Blocks {
		b := &d.Blocks[i]
		if b.Text == "" {
			continue
		}
		region, why := b.Region, strings.Join(b.Why, ",")
		if region == "" {
			region = "-"
		}
		if why == "" {
			why = "-"
		}
		text := blockLine.Replace(b.Text)
		fmt.Fprintf(bw, "%s\t%s\t%s\t%.2f\t%s\t%s\n", region, b.Class, b.Rule, b.LinkDensity, why, text)
	}
	return bw.Flush()
}
