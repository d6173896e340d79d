package engine

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"

	"github.com/safi-app/safi/internal/devkit/benchdata"
	"github.com/safi-app/safi/internal/devkit/testfiles"
	"github.com/safi-app/safi/internal/doc"
	"github.com/safi-app/safi/internal/extract/assemble"
	"github.com/safi-app/safi/internal/extract/classify"
	"github.com/safi-app/safi/internal/extract/textread"
	"github.com/safi-app/safi/internal/extract/ticker"
	"github.com/safi-app/safi/internal/language/lang"
	"github.com/safi-app/safi/internal/measure/figures"
	"github.com/safi-app/safi/internal/measure/quotes"
	"github.com/safi-app/safi/internal/measure/terms"
)

// benchInput is one benchmark input: the seed page, a generated paste of
// varied pages (internal/benchdata) of a given size, or with real set a
// paste of real pages cycled to that size (see realSources).
type benchInput struct {
	name string
	size int // 0 for the seed
	real bool
}

// benchInputs go up by 10× so that the cost per byte shows whether each
// stage is linear. The real pastes are what make bench-compare measures:
// real pages, which have many more, shorter blocks than the generated ones.
var benchInputs = []benchInput{
	{name: "seed"},
	{name: "100KB", size: 100_000},
	{name: "1MB", size: 1_000_000},
	{name: "10MB", size: 10_000_000},
	{name: "real1MB", size: 1_000_000, real: true},
	{name: "real10MB", size: 10_000_000, real: true},
}

// realSources lists the real pages of the real pastes: the seed and
// testdata/pages, and the dev and training corpora when they are there —
// SAFI_CORPUS (default ../shared/corpus next to the repository) and
// SAFI_TRAIN (default ../corpus-train, else ~/.cache/safi-train, where
// the corpus's unpack.sh puts it). Without them the paste cycles the
// repository's own pages.
func realSources(b *testing.B) benchdata.Sources {
	b.Helper()
	corpus := os.Getenv("SAFI_CORPUS")
	if corpus == "" {
		corpus = testfiles.Path("..", "shared", "corpus")
	}
	train := os.Getenv("SAFI_TRAIN")
	if train == "" {
		train = testfiles.Path("..", "corpus-train")
		if _, err := os.Stat(train); err != nil {
			home, _ := os.UserHomeDir()
			train = filepath.Join(home, ".cache", "safi-train")
		}
	}
	s, err := benchdata.FindSources(testfiles.Path("testdata"), corpus, train)
	if err != nil {
		b.Fatal(err)
	}
	return s
}

var (
	srcCache  sync.Map // name -> []byte
	prepCache sync.Map // name -> *doc.Doc, read and classified
)

// source returns the input's bytes, made once per process.
func source(b *testing.B, in benchInput) []byte {
	b.Helper()
	if v, ok := srcCache.Load(in.name); ok {
		return v.([]byte)
	}
	var src []byte
	if in.size == 0 {
		var err error
		if src, err = os.ReadFile(testfiles.SeedPath()); err != nil {
			b.Fatal(err)
		}
	} else if in.real {
		var err error
		if src, err = benchdata.Real(in.size, realSources(b)); err != nil {
			b.Fatal(err)
		}
	} else {
		src = benchdata.Paste(in.size, 1)
	}
	srcCache.Store(in.name, src)
	return src
}

// prepared returns the input read and classified, made once per process
// (never modified by the benchmarks that use it).
func prepared(b *testing.B, in benchInput) *doc.Doc {
	b.Helper()
	if v, ok := prepCache.Load(in.name); ok {
		return v.(*doc.Doc)
	}
	d := Prepare(source(b, in), Options{})
	prepCache.Store(in.name, d)
	return d
}

// fresh returns a copy of d's blocks as the reader left them, for a stage
// that writes into the blocks.
func fresh(d *doc.Doc, blocks []doc.Block) *doc.Doc {
	c := *d
	c.Blocks = append(blocks[:0], d.Blocks...)
	return &c
}

// allocsPerMB runs f b.N times and reports allocations and bytes allocated
// per megabyte (10⁶ bytes) of input next to the usual per-op figures, and
// the process's CPU time (user and system, all threads, the garbage
// collector's included) as cpuMB/s: on a busy machine the wall-clock MB/s
// drops with the share of CPU the benchmark gets, the CPU figure much less.
func allocsPerMB(b *testing.B, size int, f func()) {
	b.Helper()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	if runtime.GOOS == "js" {
		// Under Node the first run pays for compiling the code (V8 tiers
		// it up): warm it up, as the browser's worker does.
		f()
	}
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	c0 := cpuTime()
	b.ResetTimer()
	for b.Loop() {
		f()
	}
	b.StopTimer()
	c1 := cpuTime()
	runtime.ReadMemStats(&m1)
	if b.N > 0 && size > 0 {
		mb := float64(size) / 1e6 * float64(b.N)
		b.ReportMetric(float64(m1.Mallocs-m0.Mallocs)/mb, "allocs/MB")
		b.ReportMetric(float64(m1.TotalAlloc-m0.TotalAlloc)/mb/1e6, "MBalloc/MB")
		if cpu := (c1 - c0).Seconds(); cpu > 0 {
			b.ReportMetric(mb/cpu, "cpuMB/s")
		}
	}
}

// BenchmarkAnalyze is the whole analysis: read, classify, assemble and
// measure (statistics, terms, figures, dates, quotes).
func BenchmarkAnalyze(b *testing.B) {
	for _, in := range benchInputs {
		b.Run(in.name, func(b *testing.B) {
			src := source(b, in)
			allocsPerMB(b, len(src), func() {
				if r := Analyze(src, Options{}); r.Article.Text == "" || len(r.Blocks) == 0 {
					b.Fatal("no article")
				}
			})
		})
	}
}

// BenchmarkRead is the text reader alone.
func BenchmarkRead(b *testing.B) {
	for _, in := range benchInputs {
		b.Run(in.name, func(b *testing.B) {
			src := source(b, in)
			allocsPerMB(b, len(src), func() {
				if d := textread.Text(src); len(d.Blocks) == 0 {
					b.Fatal("no blocks")
				}
			})
		})
	}
}

// BenchmarkClassify is the classification of blocks already read (tickers,
// boilerplate, title, byline, paragraphs).
func BenchmarkClassify(b *testing.B) {
	for _, in := range benchInputs {
		b.Run(in.name, func(b *testing.B) {
			src := source(b, in)
			d := textread.Text(src)
			var blocks []doc.Block
			allocsPerMB(b, len(src), func() {
				c := fresh(d, blocks)
				classify.Run(c)
				blocks = c.Blocks
				if !hasClass(c, "paragraph") {
					b.Fatal("no paragraph")
				}
			})
		})
	}
}

// BenchmarkTicker is the ticker splitter alone, on every block's text, as
// classify runs it.
func BenchmarkTicker(b *testing.B) {
	for _, in := range benchInputs {
		b.Run(in.name, func(b *testing.B) {
			d := prepared(b, in)
			allocsPerMB(b, len(d.Src), func() {
				for i := range d.Blocks {
					ticker.Split(d.Blocks[i].Text)
				}
			})
		})
	}
}

// BenchmarkMeasure is assembling and measuring a classified doc: what a
// user's correction re-runs.
func BenchmarkMeasure(b *testing.B) {
	for _, in := range benchInputs {
		b.Run(in.name, func(b *testing.B) {
			d := prepared(b, in)
			allocsPerMB(b, len(d.Src), func() {
				if r := Measure(d, nil); r.Article.Text == "" {
					b.Fatal("no article")
				}
			})
		})
	}
}

// benchStage runs one stage of Measure alone on each input, on the article
// assembled from it, in the languages measure would give it (l: the
// article's, the page's and the noise's): where Measure's time goes.
func benchStage(b *testing.B, stage func(d *doc.Doc, a assemble.Result, l [3]string)) {
	for _, in := range benchInputs {
		b.Run(in.name, func(b *testing.B) {
			d := prepared(b, in)
			a := assemble.Build(d, nil)
			l := [3]string{lang.Detect(a.Article.Text), lang.DetectJoin(pageTexts(d), "\n\n"), lang.DetectJoin(noiseTexts(a.Noise), "\n\n")}
			allocsPerMB(b, len(d.Src), func() { stage(d, a, l) })
		})
	}
}

// BenchmarkAssemble is assembling the article from a classified doc.
func BenchmarkAssemble(b *testing.B) {
	benchStage(b, func(d *doc.Doc, _ assemble.Result, _ [3]string) { assemble.Build(d, nil) })
}

// BenchmarkLang is detecting the languages of the article, the page and
// the noise, and of each of the article's paragraphs.
func BenchmarkLang(b *testing.B) {
	benchStage(b, func(d *doc.Doc, a assemble.Result, _ [3]string) {
		masks, ok := blockSets(d, a)
		if !ok {
			masks = nil
		}
		languages(d, a, masks)
	})
}

// BenchmarkStats is the statistics of the article, the page and the noise
// (without the languages of the article's paragraphs: BenchmarkLang).
func BenchmarkStats(b *testing.B) {
	benchStage(b, func(d *doc.Doc, a assemble.Result, l [3]string) {
		masks, ok := blockSets(d, a)
		if !ok {
			masks = nil
		}
		measureStats(d, a, masks, l[0], l[1], l[2], true)
	})
}

// BenchmarkTerms is the article's top terms and phrases.
func BenchmarkTerms(b *testing.B) {
	benchStage(b, func(_ *doc.Doc, a assemble.Result, l [3]string) { terms.Top(a.Article.Text, l[0], TopTerms) })
}

// BenchmarkQuotes is the article's quotations.
func BenchmarkQuotes(b *testing.B) {
	benchStage(b, func(_ *doc.Doc, a assemble.Result, _ [3]string) { quotes.Find(a.Article.Text) })
}

// BenchmarkFigures is the article's figures and dates, paragraph by
// paragraph.
func BenchmarkFigures(b *testing.B) {
	benchStage(b, func(_ *doc.Doc, a assemble.Result, _ [3]string) {
		for _, p := range a.Article.Paragraphs {
			figures.ExtractAll(p.Text)
		}
	})
}

func hasClass(d *doc.Doc, class string) bool {
	for i := range d.Blocks {
		if d.Blocks[i].Class == class {
			return true
		}
	}
	return false
}

// TestBenchInputs checks what the benchmarks rely on, so that a broken
// input fails in `make test` and not only in `make bench`.
func TestBenchInputs(t *testing.T) {
	for _, size := range []int{0, 100_000} {
		t.Run(fmt.Sprint(size), func(t *testing.T) {
			src := benchdata.Paste(size, 1)
			if size == 0 {
				var err error
				if src, err = os.ReadFile(testfiles.SeedPath()); err != nil {
					t.Fatal(err)
				}
			}
			d := textread.Text(src)
			c := fresh(d, nil)
			classify.Run(c)
			if !hasClass(c, "paragraph") {
				t.Error("classify found no paragraph")
			}
			for i := range d.Blocks {
				if d.Blocks[i].Class != "" {
					t.Fatal("classify wrote into the reader's blocks: BenchmarkClassify's copy is not fresh")
				}
			}
			if r := Analyze(src, Options{}); r.Article.Text == "" {
				t.Error("no article")
			}
		})
	}
}
