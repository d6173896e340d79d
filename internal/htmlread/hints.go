package htmlread

import (
	"sort"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// hintWords maps the words found in class, id and role attributes to the
// hint they stand for. Words not listed are ignored.
var hintWords = map[string]string{
	"ticker": "ticker", "tickers": "ticker", "newsticker": "ticker", "crawl": "ticker",
	"marquee": "marquee", "scroller": "marquee",
	"breaking": "breaking", "breakingnews": "breaking", "urgent": "breaking", "flash": "breaking",
	"nav": "nav", "navbar": "nav", "navigation": "nav", "breadcrumb": "nav", "breadcrumbs": "nav",
	"pagination": "nav", "pager": "nav", "skip": "nav",
	"menu": "menu", "menubar": "menu", "submenu": "menu", "megamenu": "menu", "dropdown": "menu",
	"share": "share", "sharing": "share", "sharedaddy": "share", "shares": "share",
	"social": "social", "facebook": "social", "twitter": "social", "whatsapp": "social", "follow": "social",
	"related": "related", "recommended": "related", "more": "related", "popular": "related",
	"trending": "related", "readmore": "related", "outbrain": "related", "taboola": "related",
	"comment": "comment", "comments": "comment", "disqus": "comment", "replies": "comment", "respond": "comment",
	"cookie": "cookie", "cookies": "cookie",
	"consent": "consent", "gdpr": "consent", "cmp": "consent",
	"footer": "footer", "foot": "footer", "colophon": "footer", "copyright": "footer",
	"header": "header", "masthead": "header", "banner": "header", "topbar": "header",
	"sidebar": "sidebar", "rail": "sidebar", "widget": "sidebar", "widgets": "sidebar",
	"aside": "aside",
	"ad":    "ad", "ads": "ad", "advert": "ad", "adverts": "ad", "advertisement": "ad", "advertising": "ad",
	"sponsor": "ad", "sponsored": "ad", "dfp": "ad", "adsense": "ad",
	"promo": "promo", "promotion": "promo",
	"newsletter": "newsletter", "subscribe": "newsletter", "subscription": "newsletter", "signup": "newsletter",
	"byline": "byline", "writtenby": "byline",
	"author": "author", "authors": "author",
	"date": "date", "dateline": "date", "time": "date", "timestamp": "date", "published": "date",
	"caption": "caption", "figcaption": "caption", "credit": "caption",
	"figure": "figure", "photo": "figure", "image": "figure", "gallery": "figure",
	"tags": "tags", "tag": "tags", "keywords": "tags",
	"article": "article", "content": "content", "main": "main", "post": "post", "story": "story",
	"entry": "entry", "body": "body", "text": "text",
	"title": "title", "headline": "title",
	"popup": "popup", "modal": "popup", "overlay": "popup",
}

// roleHints maps ARIA roles to hints.
var roleHints = map[string]string{
	"navigation": "nav", "menu": "menu", "menubar": "menu", "banner": "header",
	"contentinfo": "footer", "complementary": "aside", "main": "main", "article": "article",
	"dialog": "popup", "alertdialog": "popup", "marquee": "marquee", "search": "nav",
}

// landmarkTag is the landmark a sectioning element stands for, or "".
func landmarkTag(a atom.Atom) string {
	switch a {
	case atom.Nav:
		return "nav"
	case atom.Header:
		return "header"
	case atom.Footer:
		return "footer"
	case atom.Aside:
		return "aside"
	case atom.Article:
		return "article"
	case atom.Main:
		return "main"
	case atom.Form:
		return "form"
	case atom.Figure:
		return "figure"
	case atom.Blockquote:
		return "blockquote"
	case atom.Table:
		return "table"
	case atom.Marquee:
		return "marquee"
	}
	return ""
}

// roleLandmarks maps ARIA landmark roles to the tag they stand for.
var roleLandmarks = map[string]string{
	"navigation": "nav", "banner": "header", "contentinfo": "footer", "complementary": "aside",
	"main": "main", "article": "article",
}

// hintsOf appends to dst the hints of n's own class, id and role.
func hintsOf(dst []string, n *html.Node) []string {
	for _, a := range n.Attr {
		switch a.Key {
		case "class", "id":
			for _, w := range words(a.Val) {
				if h, ok := hintWords[w]; ok {
					dst = append(dst, h)
				}
			}
		case "role":
			for _, w := range strings.Fields(strings.ToLower(a.Val)) {
				if h, ok := roleHints[w]; ok {
					dst = append(dst, h)
				}
			}
		}
	}
	return dst
}

// words splits a class or id value into lower-case words: at anything not
// a letter or digit, and where a lower-case letter meets an upper-case one
// ("mainNav" → main, nav).
func words(s string) []string {
	var out []string
	start := -1
	var prev rune
	flush := func(i int) {
		if start >= 0 {
			out = append(out, strings.ToLower(s[start:i]))
			start = -1
		}
	}
	for i, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			flush(i)
			prev = r
			continue
		}
		if start >= 0 && unicode.IsUpper(r) && unicode.IsLower(prev) {
			flush(i)
		}
		if start < 0 {
			start = i
		}
		prev = r
	}
	flush(len(s))
	return out
}

// uniq sorts s and drops repeats, in place.
func uniq(s []string) []string {
	if len(s) < 2 {
		return s
	}
	sort.Strings(s)
	j := 1
	for i := 1; i < len(s); i++ {
		if s[i] != s[j-1] {
			s[j] = s[i]
			j++
		}
	}
	return s[:j]
}

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// hasAttr reports whether n has the attribute key.
func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}
