package htmlread

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

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
			var buf [32]byte
			for i := 0; ; {
				start, end := nextWord(a.Val, i)
				if start < 0 {
					break
				}
				i = end
				if w := a.Val[start:end]; len(w) <= len(buf) { // no hint word is longer
					if h, ok := hintWords[string(lowerASCII(buf[:0], w))]; ok {
						dst = append(dst, h)
					}
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

// lowerASCII appends w to dst with ASCII letters in lower case, or w as
// strings.ToLower writes it when w has other letters.
func lowerASCII(dst []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return append(dst, strings.ToLower(w)...)
		}
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// nextWord returns the bounds of the first word of a class or id value s
// from byte from on, or -1, -1: words are cut at anything not a letter or
// digit, and where a lower-case letter meets an upper-case one ("mainNav"
// → main, nav).
func nextWord(s string, from int) (start, end int) {
	start = -1
	prev, _ := utf8.DecodeLastRuneInString(s[:from])
	for i, r := range s[from:] {
		i += from
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			if start >= 0 {
				return start, i
			}
			prev = r
			continue
		}
		if start >= 0 && unicode.IsUpper(r) && unicode.IsLower(prev) {
			return start, i
		}
		if start < 0 {
			start = i
		}
		prev = r
	}
	if start >= 0 {
		return start, len(s)
	}
	return -1, -1
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
