package htmlread

import (
	"encoding/json"
	"strings"
	"time"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/safi-app/safi/internal/doc"
)

// candidates collects the values each metadata source gave, by field; the
// most specific source wins.
type candidates struct {
	ld                                       doc.Meta // JSON-LD Article and kin
	ogTitle, twTitle, dcTitle, titleTag, h1  string
	siteName, appName, ldPublisher           string
	metaAuthor, articleAuthor, relAuthor     string
	itempropAuthor                           string
	articlePublished, metaDate, itempropDate string
	timePubdate, timeFirst                   string
	lang, contentLang, ogLocale              string
}

// readMeta reads the page's metadata: JSON-LD, meta tags, <title>, <time>,
// <html lang>, rel=author and itemprop.
func readMeta(root *html.Node) doc.Meta {
	var c candidates
	st := []*html.Node{root}
	for len(st) > 0 {
		n := st[len(st)-1]
		st = st[:len(st)-1]
		if n.Type == html.ElementNode {
			c.element(n)
			if n.DataAtom == atom.Script || n.DataAtom == atom.Style || n.DataAtom == atom.Template {
				continue
			}
		}
		for ch := n.LastChild; ch != nil; ch = ch.PrevSibling {
			st = append(st, ch)
		}
	}
	var m doc.Meta
	m.Title = first(c.ld.Title, c.ogTitle, c.twTitle, c.dcTitle, cleanTitle(c.titleTag, c.h1, first(c.siteName, c.ldPublisher)), c.h1)
	m.Source = first(c.siteName, c.ldPublisher, c.appName)
	m.Author = first(c.ld.Author, c.metaAuthor, c.articleAuthor, c.itempropAuthor, c.relAuthor)
	m.Published = first(c.ld.Published, c.articlePublished, c.itempropDate, c.metaDate, c.timePubdate, c.timeFirst)
	m.Language = langCode(first(c.lang, c.ld.Language, c.contentLang, c.ogLocale))
	return m
}

// element takes what one element says.
func (c *candidates) element(n *html.Node) {
	switch n.DataAtom {
	case atom.Html:
		c.lang = first(c.lang, attr(n, "lang"), attr(n, "xml:lang"))
	case atom.Title:
		if c.titleTag == "" && !inSVG(n) {
			c.titleTag = nodeText(n)
		}
	case atom.H1:
		if c.h1 == "" {
			c.h1 = nodeText(n)
		}
	case atom.Meta:
		c.meta(n)
	case atom.Script:
		if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") {
			c.jsonLD(nodeText(n))
		}
	case atom.Time:
		if dt := isoDate(attr(n, "datetime")); dt != "" {
			if hasAttr(n, "pubdate") {
				c.timePubdate = first(c.timePubdate, dt)
			}
			c.timeFirst = first(c.timeFirst, dt)
		}
	}
	if c.relAuthor == "" && attr(n, "rel") == "author" {
		c.relAuthor = shortText(n)
	}
	switch ip := attr(n, "itemprop"); {
	case ip == "":
	case hasWord(ip, "author") && n.DataAtom != atom.Meta && n.DataAtom != atom.Link:
		if c.itempropAuthor == "" {
			name := ""
			for _, x := range descendants(n) {
				if hasWord(attr(x, "itemprop"), "name") {
					name = first(attr(x, "content"), shortText(x))
					break
				}
			}
			c.itempropAuthor = first(name, shortText(n))
		}
	case hasWord(ip, "datePublished"):
		c.itempropDate = first(c.itempropDate, isoDate(first(attr(n, "content"), attr(n, "datetime"), nodeText(n))))
	}
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
			c.ogTitle = first(c.ogTitle, content)
		case "twitter:title":
			c.twTitle = first(c.twTitle, content)
		case "dc:title", "dcterm:title", "dcterms.title", "dc.title":
			c.dcTitle = first(c.dcTitle, content)
		case "og:site_name":
			c.siteName = first(c.siteName, content)
		case "application-name":
			c.appName = first(c.appName, content)
		case "author", "dc.creator", "dc:creator", "dcterm:creator", "sailthru.author", "parsely-author", "byl":
			c.metaAuthor = first(c.metaAuthor, strings.TrimPrefix(content, "By "))
		case "article:author":
			if !strings.Contains(content, "://") {
				c.articleAuthor = first(c.articleAuthor, content)
			}
		case "article:published_time", "og:published_time", "datepublished":
			c.articlePublished = first(c.articlePublished, isoDate(content))
		case "date", "pubdate", "publishdate", "publish-date", "publish_date", "dc.date", "dc.date.issued",
			"dcterms.date", "dcterms.issued", "sailthru.date", "parsely-pub-date", "article.published", "ptime":
			c.metaDate = first(c.metaDate, isoDate(content))
		case "og:locale":
			c.ogLocale = first(c.ogLocale, content)
		case "language", "dc.language":
			c.contentLang = first(c.contentLang, content)
		}
	}
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
	if c.ld.Title != "" || c.ld.Published != "" {
		return
	}
	var v any
	if json.Unmarshal([]byte(strings.TrimSpace(s)), &v) != nil {
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
			c.ld.Title = first(str(x["headline"]), str(x["name"]))
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

// titleSeparators split a <title> into the article's title and the site's
// name.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " » ", " / ", " · ", " : "}

// cleanTitle removes the site's name from a <title>: the part matching the
// site name or, when the title has a separator, the last part, provided
// what remains is not too short. An h1 the title contains is the title.
func cleanTitle(t, h1, site string) string {
	t = strings.Join(strings.Fields(t), " ")
	if t == "" {
		return ""
	}
	if h1 = strings.Join(strings.Fields(h1), " "); h1 != "" && len(h1) < len(t) && strings.Contains(t, h1) && len(strings.Fields(h1)) >= 2 {
		return h1
	}
	for _, sep := range titleSeparators {
		i := strings.LastIndex(t, sep)
		if i < 0 {
			continue
		}
		head, tail := strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+len(sep):])
		if site != "" && strings.EqualFold(head, site) {
			return tail
		}
		if site != "" && strings.EqualFold(tail, site) || len(strings.Fields(head)) >= 3 {
			return head
		}
	}
	return t
}

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

func hasWord(list, w string) bool {
	for _, f := range strings.Fields(list) {
		if strings.EqualFold(f, w) {
			return true
		}
	}
	return false
}

func inSVG(n *html.Node) bool {
	return n.Namespace == "svg"
}

// descendants lists the elements under n, in document order, without
// recursion.
func descendants(n *html.Node) []*html.Node {
	var out []*html.Node
	st := []*html.Node{}
	for ch := n.LastChild; ch != nil; ch = ch.PrevSibling {
		st = append(st, ch)
	}
	for len(st) > 0 && len(out) < 200 {
		x := st[len(st)-1]
		st = st[:len(st)-1]
		if x.Type == html.ElementNode {
			out = append(out, x)
		}
		for ch := x.LastChild; ch != nil; ch = ch.PrevSibling {
			st = append(st, ch)
		}
	}
	return out
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
