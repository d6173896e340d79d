package classify

import (
	"slices"

	"github.com/safi-app/safi/internal/doc"
	"github.com/safi-app/safi/internal/report"
)

// HTML rule names, stable: they appear in reports and in the UI.
const (
	RuleHTMLTicker  = "html.ticker"        // a container named ticker/marquee/breaking, made of short linked items
	RuleHTMLTitle   = "html.title"         // the heading that repeats the page's title
	RuleHTMLByline  = "html.byline"        // the author line of the main content
	RuleHTMLHeading = "html.heading"       // a heading inside the main content
	RuleHTMLMain    = "html.main"          // text inside the main content container
	RuleHTMLNav     = "html.nav"           // navigation: <nav>, role=navigation, menu or nav class names
	RuleHTMLHeader  = "html.header"        // the page header: <header>, role=banner
	RuleHTMLFooter  = "html.footer"        // the page footer: <footer>, role=contentinfo
	RuleHTMLAside   = "html.aside"         // <aside>, sidebars, role=complementary
	RuleHTMLConsent = "html.cookie"        // cookie and consent banners
	RuleHTMLWidget  = "html.widget"        // related links, comments, share and follow rows, newsletters, ads
	RuleHTMLLinks   = "html.link-dense"    // mostly link text outside the main content
	RuleHTMLOutside = "html.outside-main"  // anything else outside the main content
	ruleHTMLDropped = "html.main-dropped-" // + the reason the reader dropped a part of the main content
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
// named by its landmark or class hints.
func htmlRule(d *doc.Doc, i int) (class, rule string, ok bool) {
	b := &d.Blocks[i]
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
			return report.ClassTicker, RuleHTMLTicker, true
		}
		b.Segments = nil // one run of text: the text ticker rule may split it
		return "", "", false
	case "title":
		if d.Meta.Title != "" {
			// The page's metadata names the title, often more fully than
			// its heading: the heading is a repeat, left out.
			return report.ClassOther, RuleHTMLTitle, true
		}
		return report.ClassTitle, RuleHTMLTitle, true
	case "byline":
		return report.ClassByline, RuleHTMLByline, true
	case "main":
		// The boilerplate phrases of the text rules ("Read also: …", share
		// rows) also mark short blocks of the main content that are mostly
		// links.
		f := measure(b.Text)
		if b.LinkDensity >= 0.5 {
			if rule, class, ok := matchPhrases(&f); ok {
				return class, rule, true
			}
		}
		// So do the text rules' byline openers ("By …", "نشر في …").
		if b.Heading == 0 && isByline(&f) {
			return report.ClassByline, RuleByline, true
		}
		if b.Heading > 0 {
			return report.ClassHeading, RuleHTMLHeading, true
		}
		return report.ClassParagraph, RuleHTMLMain, true
	case "outside":
		switch {
		case has(b.Hints, "cookie", "consent"):
			return report.ClassBoilerplate, RuleHTMLConsent, true
		case has(b.Landmarks, "nav") || has(b.Hints, "nav", "menu"):
			return report.ClassBoilerplate, RuleHTMLNav, true
		case has(b.Landmarks, "footer") || has(b.Hints, "footer"):
			return report.ClassBoilerplate, RuleHTMLFooter, true
		case has(b.Landmarks, "header") || has(b.Hints, "header"):
			return report.ClassBoilerplate, RuleHTMLHeader, true
		case has(b.Landmarks, "aside") || has(b.Hints, "sidebar", "aside"):
			return report.ClassBoilerplate, RuleHTMLAside, true
		case has(b.Hints, "related", "comment", "share", "social", "newsletter", "promo", "ad"):
			return report.ClassBoilerplate, RuleHTMLWidget, true
		case b.LinkDensity > 0.5:
			return report.ClassBoilerplate, RuleHTMLLinks, true
		}
		return report.ClassOther, RuleHTMLOutside, true
	}
	return report.ClassBoilerplate, ruleHTMLDropped + b.Region, true
}
