package figures

import (
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/safi-app/safi/internal/devkit/testfiles"
	"github.com/safi-app/safi/internal/report"
)

var showTable = flag.Bool("table.show", false, "TestTable: log every case that misses or adds a figure or a date")

// labelled is one case of testdata/figures: a sentence and what a careful
// reader lists in it.
type labelled struct {
	file, text string
	n          int // the case's number in its file, from 1
	figs       []labelledFig
	not        []string // numbers, as written, that are not figures
	dates      []labelledDate
}

type labelledFig struct {
	value, max float64
	unit, qual string
}

type labelledDate struct{ iso, hijri string }

func (f labelledFig) String() string {
	v := strconv.FormatFloat(f.value, 'f', -1, 64)
	if f.qual == Range {
		v += ".." + strconv.FormatFloat(f.max, 'f', -1, 64)
	}
	return fmt.Sprintf("%s %s %s", v, f.unit, f.qual)
}

// readLabelled reads the cases of testdata/figures (see its README.md).
func readLabelled(t *testing.T) []labelled {
	t.Helper()
	files, err := filepath.Glob(testfiles.Path("testdata", "figures", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("testdata/figures: no case files (%v)", err)
	}
	sort.Strings(files)
	var out []labelled
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(file)
		n := 0
		for i, line := range strings.Split(string(b), "\n") {
			line = strings.TrimSpace(line)
			if line == "" || line[0] == '#' {
				continue
			}
			bad := func() { t.Fatalf("%s:%d: cannot read %q", name, i+1, line) }
			if line[0] == '>' {
				n++
				out = append(out, labelled{file: name, n: n, text: strings.TrimSpace(line[1:])})
				continue
			}
			if len(out) == 0 || out[len(out)-1].file != name {
				bad()
			}
			c := &out[len(out)-1]
			rest := strings.TrimSpace(line[1:])
			switch line[0] {
			case '=':
				parts := strings.Split(rest, "|")
				if len(parts) != 3 {
					bad()
				}
				var f labelledFig
				lo, hi, isRange := strings.Cut(strings.TrimSpace(parts[0]), "..")
				if f.value, err = strconv.ParseFloat(lo, 64); err != nil {
					bad()
				}
				if isRange {
					if f.max, err = strconv.ParseFloat(hi, 64); err != nil {
						bad()
					}
				}
				f.unit, f.qual = strings.TrimSpace(parts[1]), strings.TrimSpace(parts[2])
				if f.unit == "-" {
					f.unit = ""
				}
				c.figs = append(c.figs, f)
			case '~':
				c.not = append(c.not, rest)
			case '@':
				iso, h, _ := strings.Cut(rest, " hijri=")
				c.dates = append(c.dates, labelledDate{strings.TrimSpace(iso), strings.TrimSpace(h)})
			default:
				bad()
			}
		}
	}
	return out
}

// heldOut reports whether a case is in the held-out part: every fourth
// case of each file. Nobody tunes the code on these.
func (c *labelled) heldOut() bool { return c.n%4 == 0 }

// tally counts what a set of cases scores.
type tally struct {
	cases                      int
	figWant, figGot, figHit    int
	notWant, notReported       int
	dateWant, dateGot, dateHit int
}

func (s *tally) precision() float64  { return ratio(s.figHit, s.figGot) }
func (s *tally) recall() float64     { return ratio(s.figHit, s.figWant) }
func (s *tally) dateRecall() float64 { return ratio(s.dateHit, s.dateWant) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func (s *tally) String() string {
	return fmt.Sprintf("%d cases: figures P %.3f (%d/%d) R %.3f (%d/%d), non-figures reported %d/%d; dates R %.3f (%d/%d), P %.3f (%d/%d)",
		s.cases, s.precision(), s.figHit, s.figGot, s.recall(), s.figHit, s.figWant, s.notReported, s.notWant,
		s.dateRecall(), s.dateHit, s.dateWant, ratio(s.dateHit, s.dateGot), s.dateHit, s.dateGot)
}

func sameFigure(w labelledFig, g *report.Figure) bool {
	near := func(a, b float64) bool { return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(a)) }
	return near(w.value, g.Value) && near(w.max, g.Max) && w.unit == g.Unit && w.qual == g.Qualifier
}

// score runs ExtractAll on c and adds what it finds to s; it returns a
// description of what went wrong, "" when nothing did.
func score(c *labelled, s *tally) string {
	figs, dates := ExtractAll(c.text)
	var b strings.Builder
	s.cases++
	s.figWant += len(c.figs)
	s.figGot += len(figs)
	used := make([]bool, len(figs))
	for _, w := range c.figs {
		hit := false
		for i := range figs {
			if !used[i] && sameFigure(w, &figs[i]) {
				used[i], hit = true, true
				break
			}
		}
		if hit {
			s.figHit++
		} else {
			fmt.Fprintf(&b, "\n\tmissed figure %s", w)
		}
	}
	for i, f := range figs {
		if !used[i] {
			fmt.Fprintf(&b, "\n\textra figure %v %q %s %s (text %q)", f.Value, f.Unit, f.Qualifier, strconv.FormatFloat(f.Max, 'f', -1, 64), f.Text)
		}
	}
	s.notWant += len(c.not)
	for _, n := range c.not {
		for i, f := range figs {
			if !used[i] && strings.Contains(f.Text, n) {
				s.notReported++
				fmt.Fprintf(&b, "\n\tnon-figure %q reported", n)
				break
			}
		}
	}
	s.dateWant += len(c.dates)
	s.dateGot += len(dates)
	dused := make([]bool, len(dates))
	for _, w := range c.dates {
		hit := false
		for i, d := range dates {
			if !dused[i] && d.ISO == w.iso && (w.hijri == "" || d.Hijri == w.hijri) {
				dused[i], hit = true, true
				break
			}
		}
		if hit {
			s.dateHit++
		} else {
			fmt.Fprintf(&b, "\n\tmissed date %s %s", w.iso, w.hijri)
		}
	}
	for i, d := range dates {
		if !dused[i] {
			fmt.Fprintf(&b, "\n\textra date %s %s (%s, text %q)", d.ISO, d.Hijri, d.Calendar, d.Text)
		}
	}
	return b.String()
}

// Floors: the scores the code reached when they were last raised (see
// docs/measuring.md, "Arabic figures and dates"). A change that scores
// lower fails; raise them when the code does better.
const (
	floorPrecision, floorRecall, floorDateRecall             = 0.985, 0.999, 0.978
	floorHeldPrecision, floorHeldRecall, floorHeldDateRecall = 0.981, 0.999, 0.952
)

// TestTable scores ExtractAll on the labelled sentences of testdata/figures:
// figure precision and recall and date recall, on all the cases and on the
// held-out part apart. go test -run TestTable -v -table.show lists the
// misses.
func TestTable(t *testing.T) {
	cases := readLabelled(t)
	var all, held tally
	for i := range cases {
		c := &cases[i]
		msg := score(c, &all)
		if c.heldOut() {
			score(c, &held)
		}
		if msg != "" && *showTable {
			tag := ""
			if c.heldOut() {
				tag = " (held out)"
			}
			t.Logf("%s #%d%s: %s%s", c.file, c.n, tag, c.text, msg)
		}
	}
	t.Logf("all:      %v", &all)
	t.Logf("held out: %v", &held)
	if all.cases < 200 {
		t.Errorf("testdata/figures has %d cases, want at least 200", all.cases)
	}
	check := func(name string, got, floor float64) {
		if got < floor-1e-9 {
			t.Errorf("%s = %.3f, below its floor %.3f", name, got, floor)
		}
	}
	check("figure precision", all.precision(), floorPrecision)
	check("figure recall", all.recall(), floorRecall)
	check("date recall", all.dateRecall(), floorDateRecall)
	check("held-out figure precision", held.precision(), floorHeldPrecision)
	check("held-out figure recall", held.recall(), floorHeldRecall)
	check("held-out date recall", held.dateRecall(), floorHeldDateRecall)
}
