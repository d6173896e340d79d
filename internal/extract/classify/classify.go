// Package classify decides what each block of a doc is — ticker,
// boilerplate, title, byline, heading, paragraph or other — with ordered,
// named rules, so that every decision can be shown and tested.
//
// It works in three passes:
//  1. block rules look at one block alone (ticker lines, boilerplate
//     phrases, bylines) and name what they are sure of;
//  2. the article region is the stretch of the page densest in prose
//     (jusText-style: long blocks rich in function words score for it,
//     short and list-like blocks against it);
//  3. inside the region, prose is paragraph and short lines before prose
//     are headings; the title is the headline just before the region (or
//     its byline); what lies outside is menu, related list or other.
package classify

import (
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/safi-app/safi/internal/doc"
	"github.com/safi-app/safi/internal/extract/ticker"
	"github.com/safi-app/safi/internal/report"
	"github.com/safi-app/safi/internal/report/rules"
)

// Run sets Class and Rule on every block of d.
func Run(d *doc.Doc) {
	c := runRules(d)
	c.model()
}

// runRules runs the rules, without the learned model.
func runRules(d *doc.Doc) *ctx {
	c := newCtx(d)
	c.blockRules()
	c.formulas()
	c.htmlEnds()
	c.region()
	c.inside()
	c.tables()
	c.title()
	c.headlineLists()
	c.captionsAhead()
	c.outside()
	c.listing()
	return c
}

// ctx is the per-run state: the doc and each block's features.
type ctx struct {
	d     *doc.Doc
	f     []features
	start int // article region [start, end) in block indexes; start == end: none
	end   int
	// scratch and key are reused buffers for folding words.
	scratch, key []byte
	captions     []int8 // by block: 1 a caption, -1 not, 0 not yet known (see caption)
}

func newCtx(d *doc.Doc) *ctx {
	c := &ctx{d: d, f: make([]features, len(d.Blocks))}
	eachChunk(len(d.Blocks), func(lo, hi int) {
		var arena []byte // one per chunk: chunks run at the same time
		for i := lo; i < hi; i++ {
			c.f[i] = measureIn(d.Blocks[i].Text, &arena)
		}
	})
	return c
}

// eachChunk calls f on consecutive chunks [lo, hi) of [0, n) that cover
// it, at the same time on as many processors as the program may use
// (GOMAXPROCS, at most four), when doc.Splits(n); else (in WebAssembly
// always) it calls f once.
// f must touch only the indexes of its chunk. There are eight chunks a
// goroutine, each goroutine taking the next chunk left when done with
// one: blocks differ in length, and a goroutine may wait for a processor,
// so that halves of the blocks took up to half as long again one as the
// other.
func eachChunk(n int, f func(lo, hi int)) {
	if !doc.Splits(n) {
		f(0, n)
		return
	}
	workers := min(runtime.GOMAXPROCS(0), 4)
	chunks := 8 * workers
	var next atomic.Int32
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for {
				k := int(next.Add(1)) - 1
				if k >= chunks {
					return
				}
				f(n*k/chunks, n*(k+1)/chunks)
			}
		})
	}
	wg.Wait()
}

func (c *ctx) set(i int, class, rule string) {
	c.d.Blocks[i].Class, c.d.Blocks[i].Rule = class, rule
}

func (c *ctx) decided(i int) bool { return c.d.Blocks[i].Class != "" }

// blockRules applies the rules that need only the block itself.
func (c *ctx) blockRules() {
	d := c.d
	// Lines that occur more than once: widget labels ("View Photos", "Buy
	// Photo"), repeated menus, a gallery's captions shown twice.
	repeated := repeatedTexts(d)
	// Each block is decided on its own (its text, its features, whether
	// its text comes again): the chunks of blocks run at the same time.
	eachChunk(len(d.Blocks), func(lo, hi int) { c.blockRulesIn(repeated, lo, hi) })
}

// blockRulesIn applies the rules of blockRules to the blocks [lo, hi).
func (c *ctx) blockRulesIn(repeated []bool, lo, hi int) {
	d := c.d
	for i := lo; i < hi; i++ {
		b := &d.Blocks[i]
		f := &c.f[i]
		if b.Text == "" {
			c.set(i, report.ClassOther, rules.Blank)
			continue
		}
		if d.Format == "html" {
			if class, rule, ok := htmlRule(d, i, f); ok {
				c.set(i, class, rule)
				continue
			}
		}
		if class, rule, ok := c.tickerRule(i); ok {
			c.set(i, class, rule)
			continue
		}
		if rule, class, ok := matchPhrases(f); ok {
			c.set(i, class, rule)
			continue
		}
		if teaser(d.Blocks, i, f) {
			c.set(i, report.ClassOther, rules.Teaser)
			continue
		}
		if f.comments = commentsKind(f); f.comments != commentsNone {
			c.set(i, report.ClassBoilerplate, rules.CommentsPrompt)
			continue
		}
		f.repeated = repeated[i]
		if isByline(f) {
			c.set(i, report.ClassByline, rules.Byline)
			continue
		}
		if isDateline(f) {
			c.set(i, report.ClassByline, rules.BylineDateline)
			continue
		}
	}
}

// tickerRule recognizes a line of many headlines (or a row of menu items)
// and records its segments.
func (c *ctx) tickerRule(i int) (class, rule string, ok bool) {
	b := &c.d.Blocks[i]
	if c.f[i].tableRow {
		return "", "", false
	}
	spans, kind := ticker.Split(b.Text)
	if kind == 0 {
		return "", "", false
	}
	// Segment shape: headlines have a few words each and rarely end with a
	// full stop; menu rows have one or two words an item.
	words, stops, goesOn := make([]int, len(spans)), 0, 0
	for k, sp := range spans {
		seg := b.Text[sp.Start:sp.End]
		words[k] = countWords(seg)
		if endsWithStop(seg) {
			stops++
		}
		if k > 0 && continuesSentence(seg) {
			goesOn++
		}
	}
	slices.Sort(words)
	med := words[len(words)/2] // the median
	if stops*2 > len(spans) || med > 30 {
		return "", "", false // sentences separated by double spaces
	}
	if goesOn*2 >= len(spans)-1 {
		// One sentence with holes (the formulas or pictures the copy
		// lost): its pieces go on in lower case or with a comma, where
		// headlines start anew.
		return "", "", false
	}
	if med < 3 {
		if kind == ticker.Separator || med < 2 {
			return report.ClassBoilerplate, rules.MenuRow, true
		}
	}
	if kind == ticker.Separator && dashSplit(b.Text, spans) {
		// Dashes stand between the clauses of prose in every language
		// read here ("… грипп — 2 у взрослых в Жуковском, 2 в — …"): split
		// at dashes, a row of one- and two-word items is a menu (above),
		// longer pieces are sentences, not headlines.
		return "", "", false
	}
	offs := c.d.Offsets(b)
	b.Segments = slices.Grow(b.Segments, len(spans))
	for _, sp := range spans {
		// A headline may keep its list marker ("10:32 …", "… |").
		if isp, m := ticker.Item(b.Text[sp.Start:sp.End]); m != ticker.NoMarker && isp.Start < isp.End {
			sp = ticker.Span{Start: sp.Start + isp.Start, End: sp.Start + isp.End}
		}
		b.Segments = append(b.Segments, doc.Segment{
			Text:  b.Text[sp.Start:sp.End],
			Start: offs.At(sp.Start),
			End:   offs.At(sp.End),
		})
	}
	if kind == ticker.Separator {
		return report.ClassTicker, rules.TickerSeparator, true
	}
	return report.ClassTicker, rules.TickerSpaceRun, true
}

// dashSplit reports whether spans were split at a dash (– or —): what
// stands between the first two.
func dashSplit(text string, spans []ticker.Span) bool {
	return len(spans) >= 2 && strings.ContainsAny(text[spans[0].End:spans[1].Start], "–—")
}

// continuesSentence reports whether seg, a piece of a line split at runs
// of spaces, goes on with the sentence before it: it opens with a
// lower-case letter or with punctuation that cannot open a sentence. A
// script without case (Arabic) never does.
func continuesSentence(seg string) bool {
	r, _ := utf8.DecodeRuneInString(seg)
	return unicode.IsLower(r) || strings.ContainsRune(",.;:)]", r)
}
