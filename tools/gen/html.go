package main

import (
	"fmt"
	"html"
	"math/rand/v2"
	"regexp"
	"strings"

	"github.com/safi-app/safi/internal/devkit/benchdata"
)

// htmlPaste returns an HTML page of at least size bytes (a little more:
// it ends on a whole story) built from generated pages, as a news site
// with infinite scrolling serves it: a head of metadata, styles, JSON-LD
// and scripts, then one story after another, each with its own header,
// menu, ticker, article (title, byline, share row, paragraphs and
// subheadings), advertisement, related links, comments and footer, with
// HTML comments, inline SVG icons and scripts between them. The text of
// each story is one page of benchdata, so the same seed gives the same
// bytes.
func htmlPaste(size int, seed uint64) []byte {
	r := rand.New(rand.NewPCG(seed, seed^0x48544d4c))
	var b strings.Builder
	b.Grow(size + 64<<10)
	first := benchdata.Page(benchdata.Langs[0], seed)
	fmt.Fprintf(&b, "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n"+
		"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>%s | Safi News</title>\n"+
		"<meta property=\"og:title\" content=\"%[1]s\">\n<meta property=\"og:site_name\" content=\"Safi News\">\n"+
		"<meta property=\"article:published_time\" content=\"2026-09-14T08:30:00+01:00\">\n"+
		"<link rel=\"stylesheet\" href=\"/static/css/main.3f9a1c.css\">\n<link rel=\"icon\" href=\"/favicon.ico\">\n"+
		"<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":%q,"+
		"\"datePublished\":\"2026-09-14T08:30:00+01:00\",\"author\":{\"@type\":\"Person\",\"name\":\"Safi\"},"+
		"\"publisher\":{\"@type\":\"Organization\",\"name\":\"Safi News\"}}</script>\n",
		html.EscapeString(storyOf(first).title), storyOf(first).title)
	b.WriteString(styleBlock)
	b.WriteString(scriptBlock(r))
	b.WriteString("</head>\n<body class=\"single single-post\">\n<div id=\"page\" class=\"site\">\n")
	for i := uint64(0); b.Len() < size; i++ {
		lang := benchdata.Langs[r.IntN(len(benchdata.Langs))]
		writeStory(&b, r, storyOf(benchdata.Page(lang, seed+i)), lang, i)
	}
	b.WriteString("</div>\n</body>\n</html>\n")
	return []byte(b.String())
}

// story is a generated page cut into its parts.
type story struct {
	ticker                []string
	menu, report          []string
	title, byline         string
	body, related, footer []string
}

var (
	blankLines = regexp.MustCompile(`\n\s*\n`)
	nbspRun    = regexp.MustCompile("(\u00a0)+")
)

// storyOf cuts a generated page (benchdata.Page) into its parts: ticker,
// menu, report lines, title and byline, body, related links, footer. The
// body is its longest run of lines between blank lines; the run before it
// holds the title and byline, the ones after the related links and the
// footer.
func storyOf(page []byte) story {
	var groups [][]string
	for _, g := range blankLines.Split(string(page), -1) {
		if g = strings.TrimSpace(g); g != "" {
			groups = append(groups, strings.Split(g, "\n"))
		}
	}
	var s story
	if len(groups) < 4 {
		s.title = strings.TrimSpace(string(page))
		return s
	}
	for _, h := range nbspRun.Split(groups[0][0], -1) {
		if h = strings.TrimSpace(h); h != "" {
			s.ticker = append(s.ticker, h)
		}
	}
	s.menu = groups[1]
	body := 2
	for k := 3; k < len(groups); k++ {
		if len(strings.Join(groups[k], "\n")) > len(strings.Join(groups[body], "\n")) {
			body = k
		}
	}
	s.body = groups[body]
	if tb := groups[body-1]; body-1 >= 2 {
		s.title = tb[0]
		if len(tb) > 1 {
			s.byline = tb[1]
		}
		for _, g := range groups[2 : body-1] {
			s.report = append(s.report, g...)
		}
	}
	if body+1 < len(groups) {
		s.related = groups[body+1]
	}
	if body+2 < len(groups) {
		s.footer = groups[body+2]
	}
	return s
}

// writeStory writes one story of the page.
func writeStory(b *strings.Builder, r *rand.Rand, s story, lang string, i uint64) {
	e := html.EscapeString
	dir := "ltr"
	if lang == "ar" {
		dir = "rtl"
	}
	fmt.Fprintf(b, "<!-- story %d -->\n<div class=\"story-wrap\" lang=\"%s\" dir=\"%s\" data-story-id=\"%d\">\n", i, lang, dir, 100000+i)
	b.WriteString("<header class=\"site-header\" role=\"banner\">\n<div class=\"site-branding\"><a href=\"/\" class=\"custom-logo-link\" rel=\"home\">")
	b.WriteString(svgIcon)
	b.WriteString("</a></div>\n<nav class=\"main-navigation\" aria-label=\"Primary\"><ul id=\"primary-menu\" class=\"menu nav-menu\">\n")
	for k, m := range s.menu {
		fmt.Fprintf(b, "<li id=\"menu-item-%d\" class=\"menu-item menu-item-type-taxonomy menu-item-object-category\"><a href=\"/category/%d/\">%s</a></li>\n", 100+k, k, e(m))
	}
	b.WriteString("</ul></nav>\n<button class=\"menu-toggle\" aria-controls=\"primary-menu\" aria-expanded=\"false\"><span class=\"screen-reader-text\">Menu</span></button>\n</header>\n")
	if len(s.ticker) > 0 {
		b.WriteString("<div class=\"breaking-news-ticker\"><span class=\"ticker-title\">عاجل</span><ul class=\"ticker-content\">\n")
		for _, h := range s.ticker {
			fmt.Fprintf(b, "<li class=\"ticker-item\"><a href=\"/news/%d.html\" title=\"%s\">%s</a></li>\n", r.IntN(1e6), e(h), e(h))
		}
		b.WriteString("</ul></div>\n")
	}
	b.WriteString("<main id=\"main\" class=\"site-main\">\n<article class=\"post type-post status-publish format-standard has-post-thumbnail hentry\">\n")
	fmt.Fprintf(b, "<header class=\"entry-header\"><h1 class=\"entry-title\">%s</h1>\n", e(s.title))
	if s.byline != "" {
		fmt.Fprintf(b, "<div class=\"entry-meta\"><span class=\"byline\"><span class=\"author vcard\"><a class=\"url fn n\" href=\"/author/%d/\">%s</a></span></span> <time class=\"entry-date published\" datetime=\"2026-09-14T08:30:00+01:00\">14/09/2026</time></div>\n", r.IntN(500), e(s.byline))
	}
	b.WriteString("</header>\n<figure class=\"post-thumbnail\"><img src=\"/wp-content/uploads/2026/09/photo.jpg\" alt=\"\" width=\"1200\" height=\"675\" loading=\"lazy\" srcset=\"/wp-content/uploads/2026/09/photo-300x169.jpg 300w, /wp-content/uploads/2026/09/photo-768x432.jpg 768w\"><figcaption>" + e(s.title) + "</figcaption></figure>\n")
	if len(s.report) > 0 {
		b.WriteString("<div class=\"report-image\" hidden>")
		for _, l := range s.report {
			fmt.Fprintf(b, "<p>%s</p>", e(l))
		}
		b.WriteString("</div>\n")
	}
	b.WriteString("<div class=\"share-buttons\"><a class=\"share-facebook\" href=\"#\">Facebook</a> <a class=\"share-twitter\" href=\"#\">X</a> <a class=\"share-whatsapp\" href=\"#\">WhatsApp</a></div>\n")
	b.WriteString("<div class=\"entry-content\">\n")
	for k, p := range s.body {
		if len(p) < 80 {
			fmt.Fprintf(b, "<h2 class=\"wp-block-heading\">%s</h2>\n", e(p))
			continue
		}
		fmt.Fprintf(b, "<p>%s</p>\n", e(p))
		if k == 2 {
			fmt.Fprintf(b, "<!-- ad slot -->\n<div class=\"ad-container ad-inarticle\"><div id=\"div-gpt-ad-%d\" style=\"min-height:250px\"><script>googletag.cmd.push(function(){googletag.display('div-gpt-ad-%[1]d');});</script></div></div>\n", 1000+i)
		}
	}
	b.WriteString("</div>\n<footer class=\"entry-footer\"><span class=\"tags-links\">")
	for k := range 3 {
		if k < len(s.menu) {
			fmt.Fprintf(b, "<a href=\"/tag/%d/\" rel=\"tag\">%s</a> ", k, e(s.menu[k]))
		}
	}
	b.WriteString("</span></footer>\n</article>\n")
	if len(s.related) > 0 {
		fmt.Fprintf(b, "<aside class=\"related-posts\"><h3 class=\"widget-title\">%s</h3><ul>\n", e(s.related[0]))
		for _, h := range s.related[1:] {
			fmt.Fprintf(b, "<li><a href=\"/news/%d.html\"><img src=\"/thumb/%[1]d.jpg\" alt=\"\" width=\"150\" height=\"100\">%s</a></li>\n", r.IntN(1e6), e(h))
		}
		b.WriteString("</ul></aside>\n")
	}
	if n := r.IntN(4); n > 0 && len(s.body) > 0 {
		b.WriteString("<section id=\"comments\" class=\"comments-area\"><h3 class=\"comments-title\">Comments</h3><ol class=\"comment-list\">\n")
		for k := range n {
			p := s.body[r.IntN(len(s.body))]
			if len(p) > 200 {
				p = p[:strings.LastIndexByte(p[:200], ' ')+1] + "…"
			}
			fmt.Fprintf(b, "<li class=\"comment\"><article class=\"comment-body\"><footer class=\"comment-meta\"><b class=\"fn\">user%d</b> <time>%d min</time></footer><div class=\"comment-content\"><p>%s</p></div></article></li>\n", r.IntN(9999), k+1, e(p))
		}
		b.WriteString("</ol></section>\n")
	}
	b.WriteString("</main>\n<footer class=\"site-footer\"><div class=\"footer-widgets\"><ul>\n")
	for _, f := range s.footer {
		fmt.Fprintf(b, "<li><a href=\"/page/%d/\">%s</a></li>\n", r.IntN(100), e(f))
	}
	b.WriteString("</ul></div><p class=\"copyright\">© 2026 Safi News</p></footer>\n")
	if r.IntN(3) == 0 {
		b.WriteString(scriptBlock(r))
	}
	b.WriteString("</div>\n")
}

// styleBlock is the page's inline style sheet.
var styleBlock = "<style>\n" + strings.Repeat(
	".site-header{display:flex;align-items:center;justify-content:space-between;padding:0 1rem}"+
		".main-navigation ul{list-style:none;margin:0;padding:0}.main-navigation li{display:inline-block}"+
		".breaking-news-ticker{overflow:hidden;white-space:nowrap;background:#c00;color:#fff}"+
		".entry-content p{margin:0 0 1.5em;line-height:1.8}.share-buttons a{display:inline-block;padding:.25em .5em}\n", 8) +
	"</style>\n"

// svgIcon is the site's logo, inline.
const svgIcon = `<svg class="icon" width="120" height="32" viewBox="0 0 120 32" aria-hidden="true"><path d="M4 4h24v24H4z M10 10h12v12H10z"/><text x="36" y="22">Safi</text></svg>`

// scriptBlock is an inline script as sites load analytics and ads.
func scriptBlock(r *rand.Rand) string {
	var b strings.Builder
	b.WriteString("<script>\n(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});")
	b.WriteString("var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;")
	fmt.Fprintf(&b, "j.src='/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-%06d');\n", r.IntN(1e6))
	b.WriteString("window.__CONFIG__ = {")
	for k := range 40 {
		fmt.Fprintf(&b, "\"key%d\":\"%x\",", k, r.Uint64())
	}
	b.WriteString("\"end\":true};\n</script>\n")
	return b.String()
}
