// Package assemble builds the article, the ticker and the noise list from
// classified blocks, applying the user's corrections.
package assemble

import (
	"strings"

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
	var res Result
	if len(d.Blocks) > 0 {
		res.Blocks = make([]report.Block, 0, len(d.Blocks)) // one for every block
	}
	// The lists at their final length: on a large paste of short lines they
	// hold a hundred thousand entries, which grown by doubling cost copies
	// and twice their memory while the heap is at its limit.
	var paragraphs, headlines, noise int
	for i := range d.Blocks {
		b := &d.Blocks[i]
		switch class, _ := verdict(b, i, corr); {
		case report.InArticle(class):
			paragraphs++
		case class == report.ClassTicker:
			headlines += len(b.Segments)
			noise++
		case class == report.ClassTitle, class == report.ClassByline:
		default:
			if b.Text != "" {
				noise++
			}
		}
	}
	// (An empty list stays nil, as appending would leave it.)
	var body []string
	if paragraphs > 0 {
		res.Article.Paragraphs = make([]report.Paragraph, 0, paragraphs)
		res.ParagraphBlocks = make([]int, 0, paragraphs)
		body = make([]string, 0, paragraphs)
	}
	if headlines > 0 {
		res.Ticker.Headlines = make([]report.Headline, 0, headlines)
	}
	if noise > 0 {
		res.Noise = make([]report.Noise, 0, noise)
	}
	for i := range d.Blocks {
		b := &d.Blocks[i]
		class, rule := verdict(b, i, corr)
		res.Blocks = append(res.Blocks, report.Block{Class: class, Rule: rule, Start: b.Start, End: b.End})
		switch {
		case report.InArticle(class):
			kind := "paragraph"
			if class == report.ClassHeading {
				kind = "heading"
			}
			res.Article.Paragraphs = append(res.Article.Paragraphs, report.Paragraph{Kind: kind, Text: b.Text, Start: b.TextStart, End: b.TextEnd})
			res.ParagraphBlocks = append(res.ParagraphBlocks, i)
			body = append(body, b.Text)
		case class == report.ClassTitle:
			if res.Article.Title == "" {
				res.Article.Title = CleanTitle(b.Text)
			}
		case class == report.ClassByline:
			m := Byline(b.Text)
			if rule == rules.BylineName {
				m.Author = b.Text
			}
			fill(&res.Article.Source, m.Source)
			fill(&res.Article.Author, m.Author)
			fill(&res.Article.Published, m.Published)
		case class == report.ClassTicker:
			for _, s := range b.Segments {
				res.Ticker.Headlines = append(res.Ticker.Headlines, report.Headline{Text: s.Text, Start: s.Start, End: s.End})
			}
			res.Noise = append(res.Noise, report.Noise{Class: class, Rule: rule, Text: b.Text})
		default:
			if b.Text != "" {
				n := report.Noise{Class: class, Rule: rule, Text: b.Text}
				if rule == b.Rule {
					n.Why = b.Why
				}
				res.Noise = append(res.Noise, n)
			}
		}
	}
	res.Article.Text = strings.Join(body, "\n\n")
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
