package htmlread

import (
	"regexp"
	"strings"
	"sync"

	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/safi-app/safi/internal/report"
	"github.com/safi-app/safi/internal/report/rules"
)

// The reader's DOM rules are data: each is a named entry of one of the
// tables below, with what it matches, the class it argues for and why.
// Those whose names reach reports — the landmarks classify names blocks by
// (html.nav, html.header, html.footer, html.aside) and the reasons the
// content search drops parts of the main content (html.main-dropped-…) —
// take their names from the rule registry (internal/report/rules); the
// others are the signals those decisions read, named here.
// Read matches them on the tree through goquery and cascadia; the streamed
// reader (readStream) matches the same tables on each element as its start
// tag comes, so both paths name the same rules. Adding a site-independent
// hint is one line in hintRules and a case in TestRules.

// Rule is one DOM rule, as the rule registry lists it.
type Rule struct {
	Name     string // stable: "html.nav", "html.hint.share", …
	Selector string // a CSS selector (cascadia's dialect); for a hint, the words it looks for
	Class    string // the report class it argues for, "" for none (a signal or a removal)
	Reason   string // one line
}

// removeRules are the elements that render nothing: what is not the page's
// text and what the page hides. Their content is never looked at (the
// metadata is read before: metaRules).
var removeRules = []Rule{
	{"html.remove.code", "script, style, template, noscript", "",
		"code and style sheets are not text"},
	{"html.remove.head", "head, title, meta, link, base", "",
		"the head is metadata, read by the html.meta rules, not shown"},
	{"html.remove.embed", "iframe, object, embed, applet, frame, frameset, svg, canvas, audio, video, map, param, source, track", "",
		"embedded content: its text, if any, is not the page's"},
	{"html.remove.control", "select, textarea, datalist", "",
		"form controls' options and values are not the page's text"},
	{"html.remove.hidden", `[hidden], [aria-hidden#=(?i)^\s*true\s*$]:not([class*=fallback-image]), [style#=` + hidingStyle + `], input[type=hidden i], dialog:not([open])`, "",
		"hidden: the hidden attribute, aria-hidden, display:none or visibility:hidden, a closed dialog"},
}

// hidingStyle is the pattern of an inline style that hides its element;
// the parse filter keeps such a style (hides) and drops the others.
const hidingStyle = `(?i)display\s*:\s*none|visibility\s*:\s*hidden`

// landmarkRule is a rule that gives blocks inside the elements it matches
// a landmark (doc.Signals.Landmarks).
type landmarkRule struct {
	Rule
	landmark string
}

// landmarkRules are the sectioning elements and ARIA landmark roles. A
// role counts when it is the attribute's whole value.
var landmarkRules = []landmarkRule{
	{Rule{rules.HTMLNav, "nav, [role=navigation]", report.ClassBoilerplate, "navigation"}, "nav"},
	{Rule{rules.HTMLHeader, "header, [role=banner]", report.ClassBoilerplate, "the page's (or a section's) header"}, "header"},
	{Rule{rules.HTMLFooter, "footer, [role=contentinfo]", report.ClassBoilerplate, "the page's (or a section's) footer"}, "footer"},
	{Rule{rules.HTMLAside, "aside, [role=complementary]", report.ClassBoilerplate, "content aside from the main flow: sidebars, boxes"}, "aside"},
	{Rule{"html.landmark.article", "article, [role=article]", report.ClassParagraph, "a self-contained composition: an article, a post"}, "article"},
	{Rule{"html.landmark.main", "main, [role=main]", report.ClassParagraph, "the page's main content, as the page marks it"}, "main"},
	{Rule{"html.landmark.form", "form", "", "a form"}, "form"},
	{Rule{"html.landmark.figure", "figure", "", "a figure and its caption"}, "figure"},
	{Rule{"html.landmark.blockquote", "blockquote", "", "a quotation"}, "blockquote"},
	{Rule{"html.landmark.table", "table", "", "a table"}, "table"},
	{Rule{"html.landmark.marquee", "marquee", report.ClassTicker, "scrolling text: a ticker"}, "marquee"},
}

// hintRule is a rule that gives blocks inside the elements whose class or
// id holds one of its words, or whose role is one of its roles, a hint
// (doc.Signals.Hints). Words are cut at anything not a letter or digit and
// where a lower-case letter meets an upper-case one ("mainNav" → main,
// nav), and compared in lower case.
type hintRule struct {
	name, hint string
	words      string // of class and id
	roles      string // ARIA roles
	class      string
	reason     string
}

// hintRules are the class, id and role words the reader knows.
var hintRules = []hintRule{
	{"html.hint.ticker", "ticker", "ticker tickers newsticker crawl", "", report.ClassTicker, "a news ticker"},
	{"html.hint.marquee", "marquee", "marquee scroller", "marquee", report.ClassTicker, "scrolling text"},
	{"html.hint.breaking", "breaking", "breaking breakingnews urgent flash", "", report.ClassTicker, "breaking-news headlines"},
	{"html.hint.nav", "nav", "nav navbar navigation breadcrumb breadcrumbs pagination pager skip", "navigation search", report.ClassBoilerplate, "navigation, breadcrumbs, pagers"},
	{"html.hint.menu", "menu", "menu menubar submenu megamenu dropdown", "menu menubar", report.ClassBoilerplate, "menus"},
	{"html.hint.share", "share", "share sharing sharedaddy shares", "", report.ClassBoilerplate, "share buttons"},
	{"html.hint.social", "social", "social facebook twitter whatsapp follow", "", report.ClassBoilerplate, "social-network links and follow buttons"},
	{"html.hint.related", "related", "related recommended more popular trending readmore outbrain taboola", "", report.ClassBoilerplate, "related, popular and recommended links"},
	{"html.hint.comment", "comment", "comment comments disqus replies respond", "", report.ClassBoilerplate, "readers' comments"},
	{"html.hint.cookie", "cookie", "cookie cookies", "", report.ClassBoilerplate, "cookie banners"},
	{"html.hint.consent", "consent", "consent gdpr cmp", "", report.ClassBoilerplate, "consent dialogs"},
	{"html.hint.footer", "footer", "footer foot colophon copyright", "contentinfo", report.ClassBoilerplate, "footers"},
	{"html.hint.header", "header", "header masthead banner topbar", "banner", report.ClassBoilerplate, "headers and mastheads"},
	{"html.hint.sidebar", "sidebar", "sidebar rail widget widgets", "", report.ClassBoilerplate, "sidebars and widgets"},
	{"html.hint.aside", "aside", "aside", "complementary", report.ClassBoilerplate, "asides"},
	{"html.hint.ad", "ad", "ad ads advert adverts advertisement advertising sponsor sponsored dfp adsense", "", report.ClassBoilerplate, "advertising"},
	{"html.hint.promo", "promo", "promo promotion", "", report.ClassBoilerplate, "promotions"},
	{"html.hint.newsletter", "newsletter", "newsletter subscribe subscription signup", "", report.ClassBoilerplate, "newsletter and subscription boxes"},
	{"html.hint.byline", "byline", "byline writtenby", "", report.ClassByline, "the author line"},
	{"html.hint.author", "author", "author authors", "", report.ClassByline, "the author's name or box"},
	{"html.hint.date", "date", "date dateline time timestamp published", "", "", "dates"},
	{"html.hint.caption", "caption", "caption figcaption credit", "", report.ClassOther, "captions and credits"},
	{"html.hint.figure", "figure", "figure photo image gallery", "", report.ClassOther, "images and galleries"},
	{"html.hint.tags", "tags", "tags tag keywords", "", report.ClassBoilerplate, "tag lists"},
	{"html.hint.article", "article", "article", "article", report.ClassParagraph, "the article"},
	{"html.hint.content", "content", "content", "", report.ClassParagraph, "content"},
	{"html.hint.main", "main", "main", "main", report.ClassParagraph, "the main part"},
	{"html.hint.post", "post", "post", "", report.ClassParagraph, "a post"},
	{"html.hint.story", "story", "story", "", report.ClassParagraph, "a story"},
	{"html.hint.entry", "entry", "entry", "", report.ClassParagraph, "an entry"},
	{"html.hint.body", "body", "body", "", report.ClassParagraph, "the body of an article"},
	{"html.hint.text", "text", "text", "", report.ClassParagraph, "text"},
	{"html.hint.title", "title", "title headline", "", report.ClassTitle, "titles and headlines"},
	{"html.hint.popup", "popup", "popup modal overlay", "dialog alertdialog", report.ClassBoilerplate, "pop-ups and dialogs"},
}

// dropRule is a part of the main content that is never article text: the
// elements its selector matches, or that carry its hint, are dropped from
// the content for reason (the block's Region, and html.main-dropped-reason
// in the report). A short rule drops only what is neither a container of
// the content nor minContent runes long; a weighted one only what the
// content search's class weights count against (Readability's).
type dropRule struct {
	Rule
	reason   string
	hint     string // matched instead of Selector: one of hintRules
	short    bool
	weighted bool
}

// sharePattern is Readability's pattern of share rows' names.
const sharePattern = `(?i)(\b|_)(share|sharedaddy)(\b|_)`

// dropRules are tried in turn on each element of the main content; the
// first that matches names why it is dropped.
var dropRules = []dropRule{
	{Rule: Rule{rules.HTMLMainDropped + "footer", "footer", report.ClassBoilerplate, "a footer inside the content"}, reason: "footer"},
	{Rule: Rule{rules.HTMLMainDropped + "aside", "aside", report.ClassBoilerplate, "an aside inside the content"}, reason: "aside"},
	{Rule: Rule{rules.HTMLMainDropped + "form", "button, input", report.ClassBoilerplate, "buttons and form fields"}, reason: "form"},
	{Rule: Rule{rules.HTMLMainDropped + "heading", "h1, h2", report.ClassBoilerplate, "a heading whose class or id names boilerplate"}, reason: "heading", weighted: true},
	{Rule: Rule{rules.HTMLMainDropped + "nav", "nav, [role=navigation]", report.ClassBoilerplate, "navigation inside the content"}, reason: "nav"},
	{Rule: Rule{rules.HTMLMainDropped + "share", "[class#=" + sharePattern + "], [id#=" + sharePattern + "]", report.ClassBoilerplate, "a share row (Readability's names)"}, reason: "share", short: true},
	{Rule: Rule{rules.HTMLMainDropped + "cookie", "hint: cookie", report.ClassBoilerplate, "a cookie notice inside the content"}, reason: "cookie", hint: "cookie", short: true},
	{Rule: Rule{rules.HTMLMainDropped + "consent", "hint: consent", report.ClassBoilerplate, "a consent notice inside the content"}, reason: "consent", hint: "consent", short: true},
	{Rule: Rule{rules.HTMLMainDropped + "newsletter", "hint: newsletter", report.ClassBoilerplate, "a newsletter box inside the content"}, reason: "newsletter", hint: "newsletter", short: true},
	{Rule: Rule{rules.HTMLMainDropped + "popup", "hint: popup; before the search, " + modalDialog, report.ClassBoilerplate, "a pop-up inside the content"}, reason: "popup", hint: "popup", short: true},
}

// modalDialog are the dialogs the content search drops before it scores.
const modalDialog = "[aria-modal=true][role=dialog], [aria-modal=true][role=alertdialog]"

// unlikelyRoles are the ARIA roles Readability never takes content from,
// as the whole value of role; notInTable the elements inside a table or
// code, where it takes no element as unlikely.
const (
	unlikelyRoles = "[role=menu], [role=menubar], [role=complementary], [role=navigation], [role=alert], [role=alertdialog], [role=dialog]"
	notInTable    = "table *, code *"
)

// searchRules are the drops the content search decides by Readability's
// names and measures rather than by one selector: the elements each looks
// at and why (its code is in content.go: grab and conditional).
var searchRules = []Rule{
	{rules.HTMLMainDropped + "unlikely", unlikelyRoles + "; class/id: Readability's unlikely names", report.ClassBoilerplate,
		"named or marked as what is not content (a menu, a sidebar, comments…), before the search, outside tables and code"},
	{rules.HTMLMainDropped + "negative", "form, fieldset, table, ul, div holding blocks", report.ClassBoilerplate,
		"a container inside the content whose class or id names boilerplate"},
	{rules.HTMLMainDropped + "ad", "form, fieldset, table, ul, div holding blocks", report.ClassBoilerplate,
		"a short container reading only “Advertisement” or “Loading…”, in one of seven languages"},
	{rules.HTMLMainDropped + "images", "form, fieldset, table, ul, div holding blocks", report.ClassBoilerplate,
		"a container of more than one image and fewer than half as many paragraphs, outside a figure"},
	{rules.HTMLMainDropped + "list", "form, fieldset, table, div holding blocks", report.ClassBoilerplate,
		"a container that is not a list, with over a hundred more list items than paragraphs"},
	{rules.HTMLMainDropped + "link-dense", "form, fieldset, table, ul, div holding blocks", report.ClassBoilerplate,
		"a container whose text is mostly links"},
	{rules.HTMLMainDropped + "embed", "form, fieldset, table, ul, div holding blocks", report.ClassBoilerplate,
		"a container of embedded content (iframe, video…) with little text"},
	{rules.HTMLMainDropped + "no-text", "form, fieldset, table, ul, div holding blocks", report.ClassBoilerplate,
		"a container with neither text in text elements nor images"},
}

// Rules lists the reader's DOM rules: the metadata's sources, what renders
// nothing, the landmarks, the hints and what the content search drops
// (every html.main-dropped-* name a report can show).
func Rules() []Rule {
	var out []Rule
	for _, r := range metaRules {
		out = append(out, Rule{r.name, r.selector, "", r.reason})
	}
	out = append(out, removeRules...)
	for _, r := range landmarkRules {
		out = append(out, r.Rule)
	}
	for _, r := range hintRules {
		sel := "class/id: " + r.words
		if r.roles != "" {
			sel += "; role: " + r.roles
		}
		out = append(out, Rule{r.name, sel, r.class, r.reason})
	}
	for _, r := range dropRules {
		out = append(out, r.Rule)
	}
	return append(out, searchRules...)
}

// compiledRules are the tables compiled, on first use (as the content
// search's patterns are, to keep them out of app.wasm's start-up).
type compiledRules struct {
	remove    quick               // any of removeRules
	landmark  quick               // any of landmarkRules
	landmarks []cascadia.Selector // of each of landmarkRules
	drop      []cascadia.Selector // of each of dropRules, nil for a hint

	modalDialog, unlikelyRoles, notInTable, inFigure cascadia.Selector
	words                                            map[string]string // class and id word → hint
	roles                                            map[string]string // role → hint
}

var dom = sync.OnceValue(func() *compiledRules {
	c := &compiledRules{
		words: map[string]string{}, roles: map[string]string{},
		modalDialog:   cascadia.MustCompile(modalDialog),
		unlikelyRoles: cascadia.MustCompile(unlikelyRoles),
		notInTable:    cascadia.MustCompile(notInTable),
		inFigure:      cascadia.MustCompile("figure *"),
	}
	var remove []string
	for _, r := range removeRules {
		remove = append(remove, r.Selector)
	}
	c.remove = newQuick(strings.Join(remove, ", "))
	var landmarks []string
	for _, r := range landmarkRules {
		c.landmarks = append(c.landmarks, cascadia.MustCompile(r.Selector))
		landmarks = append(landmarks, r.Selector)
	}
	c.landmark = newQuick(strings.Join(landmarks, ", "))
	for _, r := range dropRules {
		var m cascadia.Selector
		if r.hint == "" {
			m = cascadia.MustCompile(r.Selector)
		}
		c.drop = append(c.drop, m)
	}
	for _, r := range hintRules {
		for _, w := range strings.Fields(r.words) {
			c.words[w] = r.hint
		}
		for _, w := range strings.Fields(r.roles) {
			c.roles[w] = r.hint
		}
	}
	return c
})

// removed reports whether n renders nothing, by removeRules.
func removed(n *html.Node) bool {
	return dom().remove.Match(n)
}

// hides reports whether an inline style hides its element.
func hides(style string) bool {
	return hidingStyleRE().MatchString(style)
}

var hidingStyleRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(hidingStyle) })

// isLandmark reports whether n stands for the landmark named (as
// landmarkRules name them: "main", "nav", …).
func isLandmark(n *html.Node, landmark string) bool {
	for i, r := range landmarkRules {
		if r.landmark == landmark {
			return dom().landmarks[i].Match(n)
		}
	}
	return false
}

// landmarksOf appends to dst the landmarks n stands for.
func landmarksOf(dst []string, n *html.Node) []string {
	if !dom().landmark.may(n) {
		return dst
	}
	for i, m := range dom().landmarks {
		if m.Match(n) {
			dst = append(dst, landmarkRules[i].landmark)
		}
	}
	return dst
}

// hintMatcher matches the elements a hint rule names: it is a goquery
// Matcher, so that a hint selects elements as a CSS selector does
// (doc.FindMatcher(hintMatcher("share"))).
type hintMatcher string

func (h hintMatcher) Match(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	var buf [8]string
	for _, x := range hintsOf(buf[:0], n) {
		if x == string(h) {
			return true
		}
	}
	return false
}

// MatchAll returns n, if it matches, and the elements under n that match.
func (h hintMatcher) MatchAll(n *html.Node) []*html.Node {
	var out []*html.Node
	if h.Match(n) {
		out = append(out, n)
	}
	return append(out, cascadia.QueryAll(n, h)...)
}

func (h hintMatcher) Filter(nodes []*html.Node) []*html.Node { return cascadia.Filter(nodes, h) }

// quick is a selector with a test that rules out most elements before it
// runs: each of its alternatives starts with a tag name or an attribute
// (as the removal and landmark tables' do), so an element with neither
// that tag nor that attribute cannot match. The stream and the renderer
// ask it of every element.
type quick struct {
	sel    cascadia.Selector
	tags   map[atom.Atom]bool
	attrs  []string
	always bool // an alternative starts otherwise: no test
}

// newQuick compiles the selector group sel and reads its alternatives'
// leading tags and attributes.
func newQuick(sel string) quick {
	q := quick{sel: cascadia.MustCompile(sel), tags: map[atom.Atom]bool{}}
	depth, from := 0, 0
	parts := []string{}
	for i := 0; i < len(sel); i++ {
		switch sel[i] {
		case '(', '[':
			depth++
		case ')', ']':
			depth--
		case ',':
			if depth == 0 {
				parts = append(parts, sel[from:i])
				from = i + 1
			}
		}
	}
	parts = append(parts, sel[from:])
	name := func(s string) string {
		i := 0
		for i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z' || s[i] >= '0' && s[i] <= '9' || s[i] == '-') {
			i++
		}
		return s[:i]
	}
	for _, p := range parts {
		p = strings.TrimSpace(p)
		switch {
		case p != "" && p[0] == '[' && name(p[1:]) != "":
			q.attrs = append(q.attrs, name(p[1:]))
		case name(p) != "" && atom.Lookup([]byte(name(p))) != 0:
			q.tags[atom.Lookup([]byte(name(p)))] = true
		default:
			q.always = true
		}
	}
	return q
}

// may reports whether n may match: its tag or one of its attributes is
// one an alternative starts with.
func (q *quick) may(n *html.Node) bool {
	if q.always || q.tags[n.DataAtom] {
		return true
	}
	for _, a := range n.Attr {
		for _, k := range q.attrs {
			if a.Key == k {
				return true
			}
		}
	}
	return false
}

// Match is the selector's answer, after may's.
func (q *quick) Match(n *html.Node) bool {
	return q.may(n) && q.sel.Match(n)
}

// MatchAll returns n, if it matches, and the elements under n that match:
// with Filter, quick is a goquery Matcher.
func (q *quick) MatchAll(n *html.Node) []*html.Node {
	var out []*html.Node
	if q.Match(n) {
		out = append(out, n)
	}
	return append(out, cascadia.QueryAll(n, q)...)
}

func (q *quick) Filter(nodes []*html.Node) []*html.Node { return cascadia.Filter(nodes, q) }
