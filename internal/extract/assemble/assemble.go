// Package assemble builds the article, the ticker and the noise list from
// classified blocks, applying the user's corrections.
package assemble

import (
	"strings"
	"sync"

	"github.com/safi-app/safi/internal/doc"
	"github.com/safi-app/safi/internal/report"
	"github.com/safi-app/safi/internal/report/rules"
)

// Result is the assembled page.
type Result struct {
	Article report.Article
	Ticker  report.Ticker
	Blocks  []report.Block
	Noise   []report.Noise
	// ParagraphBlocks[k] is the index in Doc.Blocks of Article.Paragraphs[k].
	ParagraphBlocks []int
}

// Build assembles d. corr maps block indexes to the user's verdict: true
// puts the block into the article body, false takes it out.
func Build(d *doc.Doc, corr map[int]bool) Result {
	n := len(d.Blocks)
	if doc.Splits(n) {
		return buildTwo(d, corr, n/2)
	}
	res, body := makeLists(d, countIn(d, corr, 0, n))
	var meta report.Article
	fillIn(d, corr, 0, n, &res, body, listSizes{}, &meta)
	return finish(d, res, body, meta)
}

// buildTwo is Build working on the blocks before mid and those from mid on
// at the same time: what each adds to each list is counted, then each
// fills its part of the lists.
func buildTwo(d *doc.Doc, corr map[int]bool, mid int) Result {
	n := len(d.Blocks)
	var first, second listSizes
	var wg sync.WaitGroup
	wg.Go(func() { second = countIn(d, corr, mid, n) })
	first = countIn(d, corr, 0, mid)
	wg.Wait()
	all := first
	all.add(second)
	res, body := makeLists(d, all)
	var meta, meta2 report.Article
	wg.Go(func() { fillIn(d, corr, mid, n, &res, body, first, &meta2) })
	fillIn(d, corr, 0, mid, &res, body, listSizes{}, &meta)
	wg.Wait()
	// The first half's title and byline fields come first.
	if meta.Title == "" {
		meta.Title = meta2.Title
	}
	fill(&meta.Source, meta2.Source)
	fill(&meta.Author, meta2.Author)
	fill(&meta.Published, meta2.Published)
	return finish(d, res, body, meta)
}

// listSizes are how many entries blocks add to each list of a Result.
type listSizes struct{ paragraphs, headlines, noise int }

func (s *listSizes) add(o listSizes) {
	s.paragraphs += o.paragraphs
	s.headlines += o.headlines
	s.noise += o.noise
}

// countIn returns what the blocks [lo, hi) of d add to each list.
func countIn(d *doc.Doc, corr map[int]bool, lo, hi int) listSizes {
	var n listSizes
	for i := lo; i < hi; i++ {
		b := &d.Blocks[i]
		switch class, _ := verdict(b, i, corr); {
		case report.InArticle(class):
			n.paragraphs++
		case class == report.ClassTicker:
			n.headlines += len(b.Segments)
			n.noise++
		case class == report.ClassTitle, class == report.ClassByline:
		default:
			if b.Text != "" {
				n.noise++
			}
		}
	}
	return n
}

// makeLists returns a Result whose lists have the lengths n (and one
// block for each of d's), and the list of the article's texts. The lists
// are made at their final length: on a large paste of short lines they
// hold a hundred thousand entries, which grown by doubling cost copies
// and twice their memory while the heap is at its limit. An empty list
// stays nil, as appending would leave it.
func makeLists(d *doc.Doc, n listSizes) (res Result, body []string) {
	if len(d.Blocks) > 0 {
		res.Blocks = make([]report.Block, len(d.Blocks))
	}
	if n.paragraphs > 0 {
		res.Article.Paragraphs = make([]report.Paragraph, n.paragraphs)
		res.ParagraphBlocks = make([]int, n.paragraphs)
		body = make([]string, n.paragraphs)
	}
	if n.headlines > 0 {
		res.Ticker.Headlines = make([]report.Headline, n.headlines)
	}
	if n.noise > 0 {
		res.Noise = make([]report.Noise, n.noise)
	}
	return res, body
}

// fillIn writes the entries of the blocks [lo, hi) of d into res's lists
// and body, from the places at (what the blocks before lo added), and the
// title and the byline's fields they give into meta, the first of each.
func fillIn(d *doc.Doc, corr map[int]bool, lo, hi int, res *Result, body []string, at listSizes, meta *report.Article) {
	p, h, k := at.paragraphs, at.headlines, at.noise
	for i := lo; i < hi; i++ {
		b := &d.Blocks[i]
		class, rule := verdict(b, i, corr)
		res.Blocks[i] = report.Block{Class: class, Rule: rule, Start: b.Start, End: b.End}
		switch {
		case report.InArticle(class):
			kind := "paragraph"
			if class == report.ClassHeading {
				kind = "heading"
			}
			res.Article.Paragraphs[p] = report.Paragraph{Kind: kind, Text: b.Text, Start: b.TextStart, End: b.TextEnd}
			res.ParagraphBlocks[p] = i
			body[p] = b.Text
			p++
		case class == report.ClassTitle:
			if meta.Title == "" {
				meta.Title = CleanTitle(b.Text)
			}
		case class == report.ClassByline:
			m := Byline(b.Text)
			if rule == rules.BylineName {
				m.Author = b.Text
			}
			fill(&meta.Source, m.Source)
			fill(&meta.Author, m.Author)
			fill(&meta.Published, m.Published)
		case class == report.ClassTicker:
			for _, s := range b.Segments {
				res.Ticker.Headlines[h] = report.Headline{Text: s.Text, Start: s.Start, End: s.End}
				h++
			}
			res.Noise[k] = report.Noise{Class: class, Rule: rule, Text: b.Text}
			k++
		default:
			if b.Text != "" {
				n := report.Noise{Class: class, Rule: rule, Text: b.Text}
				if rule == b.Rule {
					n.Why = b.Why
				}
				res.Noise[k] = n
				k++
			}
		}
	}
}

// finish completes res: the article's text from body, its title and
// byline's fields from meta, and what d's metadata says where neither the
// blocks did.
func finish(d *doc.Doc, res Result, body []string, meta report.Article) Result {
	res.Article.Text = strings.Join(body, "\n\n")
	res.Article.Title, res.Article.Source = meta.Title, meta.Source
	res.Article.Author, res.Article.Published = meta.Author, meta.Published
	// Metadata the reader found fills what the blocks did not say.
	fill(&res.Article.Title, d.Meta.Title)
	fill(&res.Article.Source, d.Meta.Source)
	fill(&res.Article.Author, d.Meta.Author)
	fill(&res.Article.Published, d.Meta.Published)
	return res
}

// verdict returns the class and rule of block b, the i-th, after the
// user's corrections corr.
func verdict(b *doc.Block, i int, corr map[int]bool) (class, rule string) {
	class, rule = b.Class, b.Rule
	if in, ok := corr[i]; ok && b.Text != "" {
		switch {
		case in && !report.InArticle(class):
			class, rule = report.ClassParagraph, rules.UserInclude
		case !in && report.InArticle(class):
			class, rule = report.ClassOther, rules.UserExclude
		}
	}
	if class == "" {
		class, rule = report.ClassOther, rules.Unclassified
	}
	return class, rule
}

func fill(dst *string, v string) {
	if *dst == "" {
		*dst = v
	}
}

// CleanTitle drops a section label that some sites put before the headline
// ("اقتصادي / ميناء جازان يستقبل…", "Sport | Le PSG…"): one or two words
// before a spaced slash or bar, when six words or more follow.
func CleanTitle(t string) string {
	for _, sep := range []string{" / ", " | ", " › ", " » "} {
		i := strings.Index(t, sep)
		if i <= 0 {
			continue
		}
		label, rest := t[:i], strings.TrimSpace(t[i+len(sep):])
		if n := len(strings.Fields(label)); n <= 2 && len(strings.Fields(rest)) >= 6 && !strings.Contains(rest, sep) {
			return rest
		}
	}
	return t
}
