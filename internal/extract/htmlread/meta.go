package htmlread

import (
	"encoding/json"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/safi-app/safi/internal/doc"
)

// candidates collects the values each metadata source gave, by field; the
// most specific source wins.
type candidates struct {
	ld                                       doc.Meta // JSON-LD Article and kin
	ldName, ldHeadline                       string
	ogTitle, twTitle, dcTitle, metaTitle     string
	titleTag                                 string
	h1s                                      []string // texts of the h1 elements
	headings                                 []string // texts of the h1 and h2 elements
	siteName, appName, ldPublisher           string
	metaAuthor, articleAuthor, relAuthor     string
	itempropAuthor                           string
	articlePublished, metaDate, itempropDate string
	timePubdate, timeFirst                   string
	lang, contentLang, ogLocale              string
	discussion                               bool
}

// metaRule is one place of the page the metadata is read from: the
// elements its selector matches, in document order, and what read takes
// from each. Elements inside a <template> are never read.
type metaRule struct {
	name     string // stable, as the other DOM rules' names
	selector string // CSS, as cascadia reads it
	reason   string
	read     func(c *candidates, n *html.Node)
}

// metaRules are the metadata's sources; readMeta weighs what they give,
// the most specific first.
var metaRules = []metaRule{
	{"html.meta.lang", "html[lang], html[xml\\:lang]", "the page's language, as its root element declares it",
		func(c *candidates, n *html.Node) { c.lang = first(c.lang, attr(n, "lang"), attr(n, "xml:lang")) }},
	{"html.meta.title", "title", "the document's <title> (not an SVG drawing's)",
		func(c *candidates, n *html.Node) {
			if c.titleTag == "" && n.Namespace == "" {
				c.titleTag = nodeText(n)
			}
		}},
	{"html.meta.headings", "h1, h2", "headings, which tell the article's title from the site's name in <title>",
		func(c *candidates, n *html.Node) {
			if len(c.headings) < 100 {
				t := nodeText(n)
				c.headings = append(c.headings, t)
				if n.DataAtom == atom.H1 {
					c.h1s = append(c.h1s, t)
				}
			}
		}},
	{"html.meta.tags", "meta[content]", "Open Graph, article:*, Dublin Core, Twitter and named <meta> tags",
		(*candidates).meta},
	{"html.meta.json-ld", `script[type*="ld+json" i]`, "schema.org JSON-LD: NewsArticle and kin",
		func(c *candidates, n *html.Node) { c.jsonLD(nodeText(n)) }},
	{"html.meta.discussion", `[itemtype*="schema.org/DiscussionForumPosting" i], [itemtype*="schema.org/QAPage" i], [itemtype*="schema.org/Question" i]`,
		"microdata: the page is a forum thread or a question and its answers",
		func(c *candidates, n *html.Node) { c.discussion = true }},
	{"html.meta.time", "time[datetime]", "<time datetime>: the one marked pubdate, else the first",
		func(c *candidates, n *html.Node) {
			if dt := isoDate(attr(n, "datetime")); dt != "" {
				if hasAttr(n, "pubdate") {
					c.timePubdate = first(c.timePubdate, dt)
				}
				c.timeFirst = first(c.timeFirst, dt)
			}
		}},
	{"html.meta.rel-author", "[rel=author]", "a link to the author, whose text is the name",
		func(c *candidates, n *html.Node) {
			if c.relAuthor == "" {
				c.relAuthor = shortText(n)
			}
		}},
	{"html.meta.itemprop-author", "[itemprop~=author i]:not(meta, link)", "microdata: the author, or the name inside it",
		func(c *candidates, n *html.Node) {
			if c.itempropAuthor == "" {
				name := ""
				if x := cascadia.Query(n, itempropName()); x != nil {
					name = first(attr(x, "content"), shortText(x))
				}
				c.itempropAuthor = first(name, shortText(n))
			}
		}},
	{"html.meta.itemprop-date", "[itemprop~=datePublished i]:not([itemprop~=author i]:not(meta, link))", "microdata: the publication date",
		func(c *candidates, n *html.Node) {
			c.itempropDate = first(c.itempropDate, isoDate(first(attr(n, "content"), attr(n, "datetime"), nodeText(n))))
		}},
}

// compiledMeta are metaRules' selectors, compiled on first use (as the
// content search's patterns are, to keep them out of app.wasm's start-up).
type compiledMeta struct {
	any      quick               // any rule's
	rules    []cascadia.Selector // each rule's, as in metaRules
	template cascadia.Selector   // what is never read
}

var metaSelectors = sync.OnceValue(func() *compiledMeta {
	m := &compiledMeta{template: cascadia.MustCompile("template *")}
	var all []string
	for _, r := range metaRules {
		m.rules = append(m.rules, cascadia.MustCompile(r.selector))
		all = append(all, r.selector)
	}
	m.any = newQuick(strings.Join(all, ", "))
	return m
})

var itempropName = sync.OnceValue(func() cascadia.Selector { return cascadia.MustCompile("[itemprop~=name i]") })

// readMeta reads the page's metadata from the elements metaRules name.
func readMeta(root *html.Node) doc.Meta {
	var c candidates
	sel := metaSelectors()
	for _, n := range goquery.NewDocumentFromNode(root).FindMatcher(&sel.any).NotMatcher(sel.template).Nodes {
		for i, r := range metaRules {
			if sel.rules[i].Match(n) {
				r.read(&c, n)
			}
		}
	}
	var m doc.Meta
	m.Title = first(c.ldTitle(), c.dcTitle, c.ogTitle, c.metaTitle, c.twTitle, articleTitle(c.titleTag, c.headings, c.h1s), longest(c.h1s))
	m.Source = first(c.siteName, c.ldPublisher, c.appName)
	m.Author = first(c.ld.Author, c.metaAuthor, c.articleAuthor, c.itempropAuthor, c.relAuthor)
	m.Published = first(c.ld.Published, c.articlePublished, c.itempropDate, c.metaDate, c.timePubdate, c.timeFirst)
	m.Language = langCode(first(c.lang, c.ld.Language, c.contentLang, c.ogLocale))
	m.Discussion = c.discussion
	// Attributes and raw text keep the page's bytes: invalid UTF-8 is read
	// as U+FFFD, as in the rendered text.
	for _, s := range []*string{&m.Title, &m.Source, &m.Author, &m.Published, &m.Language} {
		*s = strings.ToValidUTF8(*s, "\uFFFD")
	}
	return m
}

// meta takes what a <meta> tag says.
func (c *candidates) meta(n *html.Node) {
	content := strings.TrimSpace(html.UnescapeString(attr(n, "content")))
	if content == "" {
		return
	}
	if strings.EqualFold(attr(n, "http-equiv"), "content-language") {
		c.contentLang = first(c.contentLang, content)
	}
	// property and name may each hold several space-separated names.
	names := strings.Fields(strings.ToLower(attr(n, "property") + " " + attr(n, "name") + " " + attr(n, "itemprop")))
	for _, k := range names {
		switch k {
		case "og:title":
			c.ogTitle = first(content, c.ogTitle)
		case "twitter:title":
			c.twTitle = first(content, c.twTitle)
		case "dc:title", "dcterm:title", "dcterms.title", "dc.title", "dcterm.title", "dcterms:title":
			c.dcTitle = first(content, c.dcTitle)
		case "title", "parsely-title", "weibo:article:title", "weibo:webpage:title":
			c.metaTitle = first(content, c.metaTitle)
		case "og:site_name":
			c.siteName = first(content, c.siteName)
		case "application-name":
			c.appName = first(content, c.appName)
		case "author", "dc.creator", "dc:creator", "dcterm:creator", "sailthru.author", "parsely-author", "byl":
			c.metaAuthor = first(strings.TrimPrefix(content, "By "), c.metaAuthor)
		case "article:author":
			if !strings.Contains(content, "://") {
				c.articleAuthor = first(content, c.articleAuthor)
			}
		case "article:published_time", "og:published_time", "datepublished":
			c.articlePublished = first(isoDate(content), c.articlePublished)
		case "date", "pubdate", "publishdate", "publish-date", "publish_date", "dc.date", "dc.date.issued",
			"dcterms.date", "dcterms.issued", "sailthru.date", "parsely-pub-date", "article.published", "ptime":
			c.metaDate = first(isoDate(content), c.metaDate)
		case "generator":
			c.discussion = c.discussion || forumEngine(content)
		case "og:locale":
			c.ogLocale = first(content, c.ogLocale)
		case "language", "dc.language":
			c.contentLang = first(content, c.contentLang)
		}
	}
}

// forumEngines are forum software as <meta name="generator"> names it,
// lower-cased.
var forumEngines = []string{"vbulletin", "phpbb", "xenforo", "discourse", "invision", "mybb", "smf", "simple machines", "bbpress", "flarum", "vanilla"}

// forumEngine reports whether a generator's name is a forum engine's.
func forumEngine(generator string) bool {
	g := strings.ToLower(generator)
	for _, e := range forumEngines {
		if strings.Contains(g, e) {
			return true
		}
	}
	return false
}

// articleTypes are the schema.org types whose JSON-LD describes the
// article.
var articleTypes = map[string]bool{
	"Article": true, "NewsArticle": true, "BlogPosting": true, "ReportageNewsArticle": true,
	"AnalysisNewsArticle": true, "OpinionNewsArticle": true, "ReviewNewsArticle": true,
	"BackgroundNewsArticle": true, "AdvertiserContentArticle": true, "SatiricalArticle": true,
	"ScholarlyArticle": true, "TechArticle": true, "Report": true, "LiveBlogPosting": true,
	"SocialMediaPosting": true, "DiscussionForumPosting": true, "WebPage": false,
}

// jsonLD takes the first Article-like object of a JSON-LD script.
func (c *candidates) jsonLD(s string) {
	if strings.Contains(s, `"DiscussionForumPosting"`) || strings.Contains(s, `"QAPage"`) {
		c.discussion = true
	}
	if c.ld.Title != "" || c.ld.Published != "" {
		return
	}
	s = strings.TrimSpace(s)
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(s, "<![CDATA["), "]]>"))
	var v any
	if json.Unmarshal([]byte(s), &v) != nil {
		return
	}
	// Search breadth-first through @graph arrays and lists, without
	// recursion.
	queue := []any{v}
	for k := 0; k < len(queue) && k < 1000; k++ {
		switch x := queue[k].(type) {
		case []any:
			queue = append(queue, x...)
		case map[string]any:
			if !isArticle(x["@type"]) {
				if g, ok := x["@graph"]; ok {
					queue = append(queue, g)
				}
				if me, ok := x["mainEntity"]; ok {
					queue = append(queue, me)
				}
				continue
			}
			c.ldName, c.ldHeadline = str(x["name"]), str(x["headline"])
			c.ld.Title = first(c.ldName, c.ldHeadline)
			c.ld.Published = isoDate(str(x["datePublished"]))
			c.ld.Author = names(x["author"])
			c.ld.Language = str(x["inLanguage"])
			if p, ok := x["publisher"].(map[string]any); ok {
				c.ldPublisher = str(p["name"])
			}
			return
		}
	}
}

func isArticle(t any) bool {
	switch x := t.(type) {
	case string:
		return articleTypes[x]
	case []any:
		for _, e := range x {
			if s, ok := e.(string); ok && articleTypes[s] {
				return true
			}
		}
	}
	return false
}

// names reads a JSON-LD author: a string, an object with a name, or a list
// of them, joined by ", ".
func names(v any) string {
	var out []string
	switch x := v.(type) {
	case string:
		if !strings.Contains(x, "://") {
			out = append(out, x)
		}
	case map[string]any:
		out = append(out, str(x["name"]))
	case []any:
		for _, e := range x {
			if n := names(e); n != "" {
				out = append(out, n)
			}
		}
	}
	var keep []string
	for _, s := range out {
		if s = strings.TrimSpace(s); s != "" {
			keep = append(keep, s)
		}
	}
	return strings.Join(keep, ", ")
}

func str(v any) string {
	s, _ := v.(string)
	return strings.TrimSpace(html.UnescapeString(s))
}

// ldTitle is the JSON-LD title: its name, unless its headline rather
// than its name matches the <title> (some sites put their own name in
// "name").
func (c *candidates) ldTitle() string {
	if c.ldName != "" && c.ldHeadline != "" && c.ldName != c.ldHeadline {
		if similarity(c.ldName, c.titleTag) <= 0.75 && similarity(c.ldHeadline, c.titleTag) > 0.75 {
			return c.ldHeadline
		}
		return c.ldName
	}
	return c.ld.Title
}

// articleTitle takes the article's title from the <title> as Readability
// does: without the site's name after a separator (| - / > » \), or before
// a colon unless a heading repeats the whole title, falling back to the
// only h1 when the title is too short or too long, and to the whole title
// when what remains has four words or fewer.
func articleTitle(orig string, headings, h1s []string) string {
	orig = strings.Join(strings.Fields(orig), " ")
	cur := orig
	hierarchical := false
	if i := lastSeparator(orig, " |-–—\\/>»"); i >= 0 {
		hierarchical = lastSeparator(orig, "\\/>»") >= 0
		cur = orig[:i]
		if wordCount(cur) < 3 {
			if j := firstSeparator(orig, " |-–—\\/>»"); j >= 0 {
				cur = orig[j:]
				_, size := utf8.DecodeRuneInString(cur)
				cur = cur[size:]
			}
		}
	} else if strings.Contains(orig, ": ") {
		match := false
		for _, h := range headings {
			if strings.TrimSpace(h) == orig {
				match = true
			}
		}
		if !match {
			cur = orig[strings.LastIndex(orig, ":")+1:]
			if wordCount(cur) < 3 {
				cur = orig[strings.Index(orig, ":")+1:]
			} else if wordCount(orig[:strings.Index(orig, ":")]) > 5 {
				cur = orig
			}
		}
	} else if n := utf8.RuneCountInString(orig); (n > 150 || n < 15) && len(h1s) == 1 {
		cur = h1s[0]
	}
	cur = strings.Join(strings.Fields(cur), " ")
	if k := wordCount(cur); k <= 4 && (!hierarchical || k != wordCount(strings.Map(func(r rune) rune {
		if strings.ContainsRune("|-–—\\/>»", r) {
			return -1
		}
		return r
	}, orig))-1) {
		cur = orig
	}
	return cur
}

// lastSeparator is the index of the last separator character standing
// between spaces (" | "), or -1.
func lastSeparator(s, seps string) int {
	for i := len(s) - 2; i > 0; i-- {
		if s[i-1] != ' ' {
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if strings.ContainsRune(seps, r) && r != ' ' && i+size < len(s) && s[i+size] == ' ' {
			return i - 1
		}
	}
	return -1
}

// firstSeparator is the index of the first separator character, or -1.
func firstSeparator(s, seps string) int {
	for i, r := range s {
		if r != ' ' && strings.ContainsRune(seps, r) {
			return i
		}
	}
	return -1
}

// longest is the longest of s, the first of equals: of a page's h1s,
// the headline rather than the site's logo.
func longest(s []string) string {
	best := ""
	for _, x := range s {
		if len(x) > len(best) {
			best = x
		}
	}
	return best
}

func wordCount(s string) int { return len(strings.Fields(s)) }

// isoDate reads a date or date-time in the common machine formats and
// returns it as ISO 8601: the date alone, or the date and time with its
// offset. It returns "" for anything else.
func isoDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	for _, l := range []string{time.RFC3339Nano, "2006-01-02T15:04:05-0700", "2006-01-02T15:04:05.999999999-0700", "2006-01-02T15:04Z07:00", "2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05 -0700", time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST"} {
		if t, err := time.Parse(l, s); err == nil {
			return t.Format(time.RFC3339)
		}
	}
	for _, l := range []string{"2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05", "2006-01-02 15:04"} {
		if t, err := time.Parse(l, s); err == nil {
			return t.Format("2006-01-02T15:04:05")
		}
	}
	if len(s) >= 10 {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return t.Format("2006-01-02")
		}
	}
	for _, l := range []string{"2006/01/02", "20060102", "January 2, 2006", "Jan 2, 2006", "2 January 2006"} {
		if t, err := time.Parse(l, s); err == nil {
			return t.Format("2006-01-02")
		}
	}
	return ""
}

// langCode is the primary subtag of a language tag, lower case: "en-US" →
// "en", "ar_MA" → "ar".
func langCode(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, "-_ ,;"); i >= 0 {
		s = s[:i]
	}
	s = strings.ToLower(s)
	for _, r := range s {
		if r < 'a' || r > 'z' {
			return ""
		}
	}
	if len(s) < 2 || len(s) > 3 {
		return ""
	}
	return s
}

func first(v ...string) string {
	for _, s := range v {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

// nodeText is the text under n with white space collapsed.
func nodeText(n *html.Node) string {
	var b strings.Builder
	st := []*html.Node{n}
	for len(st) > 0 && b.Len() < 1<<16 {
		x := st[len(st)-1]
		st = st[:len(st)-1]
		if x.Type == html.TextNode {
			b.WriteString(x.Data)
			b.WriteByte(' ')
			continue
		}
		if x.Type == html.ElementNode && x != n && (x.DataAtom == atom.Script || x.DataAtom == atom.Style) {
			continue
		}
		for ch := x.LastChild; ch != nil; ch = ch.PrevSibling {
			st = append(st, ch)
		}
	}
	if n.DataAtom == atom.Script {
		return b.String()
	}
	return strings.Join(strings.FieldsFunc(b.String(), unicode.IsSpace), " ")
}

// shortText is n's text when it is short enough to be a name.
func shortText(n *html.Node) string {
	t := nodeText(n)
	if len([]rune(t)) > 100 {
		return ""
	}
	return strings.TrimPrefix(strings.TrimPrefix(t, "By "), "by ")
}
