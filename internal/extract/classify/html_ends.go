package classify

import (
	"github.com/safi-app/safi/internal/report"
	"github.com/safi-app/safi/internal/report/rules"
)

// htmlEnds ends an HTML page's main content where the text rules end an
// article. The reader's main-content search (Readability's) takes the
// container richest in prose, and readers' comments, the author's
// biography, a tag line or a share row often stand in that container after
// the article: the text rules' ends (cutAtArticleEnd) are read over the
// main content's blocks as over a text page's article region, with the
// same thresholds, and the main content's
// blocks after the end are html.after-article. A page that declares itself
// a discussion is left as it is: there the replies are the content.
func (c *ctx) htmlEnds() {
	d := c.d
	if d.Format != "html" || d.Meta.Discussion {
		return
	}
	inMain := func(i int) bool {
		b := &d.Blocks[i]
		return b.Region == "main" && (b.Rule == rules.HTMLMain || b.Rule == rules.HTMLHeading || b.Rule == rules.Byline)
	}
	first, last := -1, -1
	for i := range d.Blocks {
		if inMain(i) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return
	}
	// The main blocks are read as the text rules read undecided blocks:
	// their classes are put back after.
	// A form the reader dropped from the main content (a comment form's
	// "Your comment") is read too: it may be where the article ends.
	form := func(i int) bool { return d.Blocks[i].Rule == rules.HTMLMainDropped+"form" }
	classes := make([]string, last+1-first)
	for i := first; i <= last; i++ {
		if inMain(i) || form(i) {
			classes[i-first] = d.Blocks[i].Class
			d.Blocks[i].Class = ""
			c.f[i].comments = commentsKind(&c.f[i])
		}
	}
	scores := make([]int, len(d.Blocks))
	for i := first; i <= last; i++ {
		scores[i] = c.score(i)
	}
	c.start, c.end = first, last+1
	c.cutAtArticleEnd(scores)
	end := c.end
	c.start, c.end = 0, 0
	for i := first; i <= last; i++ {
		if classes[i-first] != "" {
			d.Blocks[i].Class = classes[i-first]
			c.f[i].comments = commentsNone
		}
	}
	for i := end; i <= last; i++ {
		if inMain(i) {
			c.set(i, report.ClassBoilerplate, rules.HTMLAfterArticle)
		}
	}
}
