package classify

import (
	"slices"

	"github.com/safi-app/safi/internal/doc"
	"github.com/safi-app/safi/internal/report"
	"github.com/safi-app/safi/internal/report/rules"
)

// htmlRule decides a block from the signals of the HTML reader (tag, link
// density, list membership, class/id hints). It returns the class and rule
// name, or ok=false to leave the block to the text rules.
//
// Owned by the HTML-reader work; classify.Run calls it first for every block
// of an HTML doc.
//
// The reader has already found the page's main content container the way
// Readability does (doc.Block.Region): text inside it is the article unless
// the reader dropped it (share rows, link lists, forms…), text outside it is
// named by its landmark or class hints. f is the block's features (see
// measure).
func htmlRule(d *doc.Doc, i int, f *features) (class, rule string, ok bool) {
	b := &d.Blocks[i]
	s := b.Sig()
	has := func(list []string, v ...string) bool {
		for _, x := range v {
			if slices.Contains(list, x) {
				return true
			}
		}
		return false
	}
	switch b.Region {
	case "":
		return "", "", false
	case "ticker":
		if len(b.Segments) >= 2 {
			return report.ClassTicker, rules.HTMLTicker, true
		}
		b.Segments = nil // one run of text: the text ticker rule may split it
		return "", "", false
	case "title":
		if d.Meta.Title != "" {
			// The page's metadata names the title, often more fully than
			// its heading: the heading is a repeat, left out.
			return report.ClassOther, rules.HTMLTitle, true
		}
		return report.ClassTitle, rules.HTMLTitle, true
	case "byline":
		return report.ClassByline, rules.HTMLByline, true
	case "main":
		// The boilerplate phrases of the text rules ("Read also: …", share
		// rows) also mark short blocks of the main content that are mostly
		// links.
		if b.LinkDensity >= 0.5 {
			if rule, class, ok := matchPhrases(f); ok {
				return class, rule, true
			}
		}
		if s.Heading == 0 && teaser(d.Blocks, i, f) {
			return report.ClassOther, rules.Teaser, true
		}
		// So do the text rules' byline openers ("By …", "نشر في …").
		if s.Heading == 0 && isByline(f) {
			return report.ClassByline, rules.Byline, true
		}
		if s.Heading > 0 {
			return report.ClassHeading, rules.HTMLHeading, true
		}
		return report.ClassParagraph, rules.HTMLMain, true
	case "outside":
		switch {
		case d.Meta.Discussion && discussionPost(b, f, has):
			return report.ClassParagraph, rules.HTMLDiscussion, true
		case has(s.Hints, "cookie", "consent"):
			return report.ClassBoilerplate, rules.HTMLCookie, true
		case has(s.Landmarks, "nav") || has(s.Hints, "nav", "menu"):
			return report.ClassBoilerplate, rules.HTMLNav, true
		case has(s.Landmarks, "footer") || has(s.Hints, "footer"):
			return report.ClassBoilerplate, rules.HTMLFooter, true
		case has(s.Landmarks, "header") || has(s.Hints, "header"):
			return report.ClassBoilerplate, rules.HTMLHeader, true
		case has(s.Landmarks, "aside") || has(s.Hints, "sidebar", "aside"):
			return report.ClassBoilerplate, rules.HTMLAside, true
		case has(s.Hints, "related", "comment", "share", "social", "newsletter", "promo", "ad"):
			return report.ClassBoilerplate, rules.HTMLWidget, true
		case b.LinkDensity > 0.5:
			return report.ClassBoilerplate, rules.HTMLLinkDense, true
		}
		return report.ClassOther, rules.HTMLOutside, true
	}
	return report.ClassBoilerplate, rules.HTMLMainDropped + b.Region, true
}

// discussionPost reports whether a block outside the main content of a
// page that declares itself a discussion (doc.Meta.Discussion: a forum
// thread, a question and its answers) is the text of a post or a reply:
// the reader's main-content search finds one post, but the thread is the
// page's content. Prose (eight words or more, links under half its text)
// outside the site's navigation, header, footer and sidebars, and not
// under a share, related or ad hint.
func discussionPost(b *doc.Block, f *features, has func([]string, ...string) bool) bool {
	s := b.Sig()
	return f.words >= 8 && b.LinkDensity < 0.5 &&
		!has(s.Landmarks, "nav", "header", "footer", "aside") &&
		!has(s.Hints, "nav", "menu", "cookie", "consent", "footer", "header", "sidebar", "aside", "related", "share", "social", "newsletter", "promo", "ad")
}
