package htmlread

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html/atom"

	goldenfile "github.com/safi-app/safi/internal/devkit/golden"
	"github.com/safi-app/safi/internal/devkit/testfiles"
	"github.com/safi-app/safi/internal/doc"
	"github.com/safi-app/safi/internal/report/rules"
)

// ruleCases give each DOM rule a page on which it fires: for a landmark or
// a hint rule, on the block "probe" (through the tree and through the
// stream); for a removal rule, "probe" is not rendered at all; for a
// metadata rule, the metadata holds "probe". Every rule of Rules() needs
// a case (TestRulesHaveCases).
var ruleCases = map[string]string{
	"html.meta.lang":            `<html lang="pt-BR"><p>x</p></html>`,
	"html.meta.title":           `<title>A probe of the page title</title><svg><title>drawing</title></svg><p>x</p>`,
	"html.meta.headings":        `<title>probe: a probe</title><h1>Site</h1><h1>probe: a probe</h1>`,
	"html.meta.tags":            `<meta property="og:site_name" content="probe"><p>x</p>`,
	"html.meta.json-ld":         `<script type="Application/LD+JSON">{"@type":"NewsArticle","author":"probe"}</script><p>x</p>`,
	"html.meta.time":            `<p><time datetime="2023-07-08">probe</time></p>`,
	"html.meta.rel-author":      `<p>By <a rel="author" href="/u">probe</a></p>`,
	"html.meta.itemprop-author": `<div itemprop="author"><b itemprop="name">probe</b> wrote</div>`,
	"html.meta.itemprop-date":   `<span itemprop="datePublished">2021-02-03</span><p>probe</p>`,
	"html.meta.discussion":      `<div itemscope itemtype="https://schema.org/DiscussionForumPosting"><p>probe</p></div>`,

	"html.remove.code":    `<p>x</p><script>probe()</script><noscript>probe</noscript><template><p>probe</p></template>`,
	"html.remove.head":    `<head><title>probe</title></head><p>x</p>`,
	"html.remove.embed":   `<p>x</p><iframe>probe</iframe><svg><text>probe</text></svg><video>probe</video>`,
	"html.remove.control": `<p>x</p><select><option>probe</option></select><textarea>probe</textarea>`,
	"html.remove.hidden": `<p>x</p><p hidden>probe</p><p aria-hidden=" TRUE ">probe</p><p style="color:red; Display : none">probe</p>` +
		`<p style="visibility:hidden">probe</p><input type="HIDDEN" value="probe"><dialog><p>probe</p></dialog>`,

	"html.nav":                 `<nav><p>probe</p></nav>`,
	"html.header":              `<div role="banner"><p>probe</p></div>`,
	"html.footer":              `<footer><p>probe</p></footer>`,
	"html.aside":               `<div role="complementary"><p>probe</p></div>`,
	"html.landmark.article":    `<article><p>probe</p></article>`,
	"html.landmark.main":       `<main><p>probe</p></main>`,
	"html.landmark.form":       `<form><p>probe</p></form>`,
	"html.landmark.figure":     `<figure><figcaption>probe</figcaption></figure>`,
	"html.landmark.blockquote": `<blockquote><p>probe</p></blockquote>`,
	"html.landmark.table":      `<table><tr><td>probe</td></tr></table>`,
	"html.landmark.marquee":    `<marquee>probe</marquee>`,

	"html.hint.ticker":     `<div class="news-ticker"><p>probe</p></div>`,
	"html.hint.marquee":    `<div class="scroller"><p>probe</p></div>`,
	"html.hint.breaking":   `<div id="breakingNews"><p>probe</p></div>`,
	"html.hint.nav":        `<ol class="breadcrumb"><li>probe</li></ol>`,
	"html.hint.menu":       `<div class="mega-menu"><p>probe</p></div>`,
	"html.hint.share":      `<div class="share-buttons"><p>probe</p></div>`,
	"html.hint.social":     `<div class="follow-us"><p>probe</p></div>`,
	"html.hint.related":    `<section class="related-posts"><p>probe</p></section>`,
	"html.hint.comment":    `<div id="comments"><p>probe</p></div>`,
	"html.hint.cookie":     `<div class="cookie-banner"><p>probe</p></div>`,
	"html.hint.consent":    `<div id="gdpr"><p>probe</p></div>`,
	"html.hint.footer":     `<div class="site-footer"><p>probe</p></div>`,
	"html.hint.header":     `<div class="masthead"><p>probe</p></div>`,
	"html.hint.sidebar":    `<div class="widget-area"><p>probe</p></div>`,
	"html.hint.aside":      `<div class="aside"><p>probe</p></div>`,
	"html.hint.ad":         `<div class="ad-slot"><p>probe</p></div>`,
	"html.hint.promo":      `<div class="promo"><p>probe</p></div>`,
	"html.hint.newsletter": `<form class="newsletter-signup"><p>probe</p></form>`,
	"html.hint.byline":     `<div class="byline"><p>probe</p></div>`,
	"html.hint.author":     `<div class="author-name">probe</div>`,
	"html.hint.date":       `<div class="post-date">probe</div>`,
	"html.hint.caption":    `<div class="photo-credit"><p>probe</p></div>`,
	"html.hint.figure":     `<div class="gallery"><p>probe</p></div>`,
	"html.hint.tags":       `<ul class="tags"><li>probe</li></ul>`,
	"html.hint.article":    `<div class="article-body"><p>probe</p></div>`,
	"html.hint.content":    `<div id="content"><p>probe</p></div>`,
	"html.hint.main":       `<div role="main"><p>probe</p></div>`,
	"html.hint.post":       `<div class="post"><p>probe</p></div>`,
	"html.hint.story":      `<div class="story"><p>probe</p></div>`,
	"html.hint.entry":      `<div class="entry"><p>probe</p></div>`,
	"html.hint.body":       `<div class="body"><p>probe</p></div>`,
	"html.hint.text":       `<div class="text"><p>probe</p></div>`,
	"html.hint.title":      `<div class="headline"><p>probe</p></div>`,
	"html.hint.popup":      `<div role="dialog"><p>probe</p></div>`,

	"html.main-dropped-footer":     inArticle(`<footer><p>probe</p></footer>`),
	"html.main-dropped-aside":      inArticle(`<aside><p>probe</p></aside>`),
	"html.main-dropped-form":       inArticle(`<p><button>probe</button></p>`),
	"html.main-dropped-heading":    inArticle(`<h2 class="meta">probe</h2>`),
	"html.main-dropped-nav":        inArticle(`<nav><p>probe</p></nav>`),
	"html.main-dropped-share":      inArticle(`<div id="share_links"><a href="/f">probe</a></div>`),
	"html.main-dropped-cookie":     inArticle(`<div class="cookieNotice"><p>probe</p></div>`),
	"html.main-dropped-consent":    inArticle(`<div class="consent"><p>probe</p></div>`),
	"html.main-dropped-newsletter": inArticle(`<div class="newsletter"><p>probe</p></div>`),
	"html.main-dropped-popup":      inArticle(`<div class="modal"><p>probe</p></div>`),
}

// searchCases give each of searchRules a page and the text of a block it
// drops from the main content.
var searchCases = map[string][2]string{
	"html.main-dropped-unlikely":   {inArticle(`<div class="sidebar"><p>probe</p></div>`), "probe"},
	"html.main-dropped-negative":   {inArticle(`<div class="meta"><p>probe</p><p>more</p></div>`), "probe"},
	"html.main-dropped-ad":         {inArticle(`<div><p>Advertisement</p></div>`), "Advertisement"},
	"html.main-dropped-images":     {inArticle(`<div><p><img src="a"><img src="b"><img src="c">probe</p></div>`), "probe"},
	"html.main-dropped-list":       {inArticle(`<div><p>probe</p>` + strings.Repeat(`<li></li>`, 102) + `</div>`), "probe"},
	"html.main-dropped-link-dense": {inArticle(`<div><p><a href="/x">probe of a link</a></p><p>x</p></div>`), "probe"},
	"html.main-dropped-embed":      {inArticle(`<div><p>probe</p><iframe src="/v"></iframe></div>`), "probe"},
	"html.main-dropped-no-text":    {inArticle(`<form><b>probe</b></form>`), "probe"},
}

// inArticle puts x between the paragraphs of an article long enough to be
// the page's main content.
func inArticle(x string) string {
	return `<article><p>` + prose + prose + prose + prose + `</p>` + x + `<p>` + prose + prose + prose + prose + `</p></article>`
}

func TestRulesHaveCases(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range Rules() {
		if seen[r.Name] {
			t.Errorf("rule %s listed twice", r.Name)
		}
		seen[r.Name] = true
		_, search := searchCases[r.Name]
		if _, ok := ruleCases[r.Name]; !ok && !search {
			t.Errorf("rule %s has no case in ruleCases", r.Name)
		}
		if !strings.HasPrefix(r.Name, "html.") || r.Selector == "" || r.Reason == "" {
			t.Errorf("rule %+v: want a name html.*, a selector and a reason", r)
		}
	}
	for name := range ruleCases {
		if !seen[name] {
			t.Errorf("ruleCases has %s, which is no rule", name)
		}
	}
	for name := range searchCases {
		if !seen[name] {
			t.Errorf("searchCases has %s, which is no rule", name)
		}
	}
}

// TestRulesInRegistry: the rules whose names reach reports are the
// registry's, with its class.
func TestRulesInRegistry(t *testing.T) {
	for _, r := range Rules() {
		reg, reason, ok := rules.Lookup(r.Name)
		switch {
		case strings.HasPrefix(r.Name, rules.HTMLMainDropped) || r.Name == rules.HTMLNav || r.Name == rules.HTMLHeader ||
			r.Name == rules.HTMLFooter || r.Name == rules.HTMLAside:
			if !ok || reg.Class != r.Class || reg.Prefix != (reason != "") {
				t.Errorf("%s (class %q): registry has %+v, %v", r.Name, r.Class, reg, ok)
			}
		case ok:
			t.Errorf("%s is a signal of the reader, but the registry has it as %+v", r.Name, reg)
		}
	}
}

func TestRules(t *testing.T) {
	for _, r := range metaRules {
		t.Run(r.name, func(t *testing.T) {
			d := readDoc(t, ruleCases[r.name])
			m := d.Meta
			if !strings.Contains(m.Title+"|"+m.Source+"|"+m.Author+"|"+m.Published+"|"+m.Language, "probe") &&
				!(r.name == "html.meta.itemprop-date" && m.Published == "2021-02-03") &&
				!(r.name == "html.meta.time" && m.Published == "2023-07-08") &&
				!(r.name == "html.meta.lang" && m.Language == "pt") &&
				!(r.name == "html.meta.discussion" && m.Discussion) {
				t.Errorf("Meta = %+v: nothing from %s", m, r.name)
			}
		})
	}
	for _, r := range removeRules {
		t.Run(r.Name, func(t *testing.T) {
			for _, d := range bothReads(t, ruleCases[r.Name]) {
				if strings.Contains(string(d.Src), "probe") || !strings.Contains(string(d.Src), "x") {
					t.Errorf("rendered %q: want x without probe", d.Src)
				}
			}
		})
	}
	for _, r := range landmarkRules {
		t.Run(r.Name, func(t *testing.T) {
			sel := cascadia.MustCompile(r.Selector)
			if probeDoc(t, ruleCases[r.Name]).FindMatcher(sel).Length() == 0 {
				t.Errorf("goquery finds nothing for %q", r.Selector)
			}
			for _, d := range bothReads(t, ruleCases[r.Name]) {
				if b := blockOf(t, d, "probe"); !slices.Contains(b.Sig().Landmarks, r.landmark) {
					t.Errorf("landmarks %v, want %s", b.Sig().Landmarks, r.landmark)
				}
			}
		})
	}
	for _, r := range dropRules {
		t.Run(r.Name, func(t *testing.T) {
			if r.hint == "" && probeDoc(t, ruleCases[r.Name]).FindMatcher(cascadia.MustCompile(r.Selector)).Length() == 0 {
				t.Errorf("goquery finds nothing for %q", r.Selector)
			}
			if b := blockOf(t, readDoc(t, ruleCases[r.Name]), "probe"); b.Region != r.reason {
				t.Errorf("region %q, want %q", b.Region, r.reason)
			}
		})
	}
	for _, r := range searchRules {
		t.Run(r.Name, func(t *testing.T) {
			c := searchCases[r.Name]
			want := strings.TrimPrefix(r.Name, "html.main-dropped-")
			if b := blockOf(t, readDoc(t, c[0]), c[1]); b.Region != want {
				t.Errorf("region %q, want %q", b.Region, want)
			}
		})
	}
	for _, r := range hintRules {
		t.Run(r.name, func(t *testing.T) {
			if probeDoc(t, ruleCases[r.name]).FindMatcher(hintMatcher(r.hint)).Length() == 0 {
				t.Errorf("goquery finds nothing for hint %s", r.hint)
			}
			for _, d := range bothReads(t, ruleCases[r.name]) {
				if b := blockOf(t, d, "probe"); !slices.Contains(b.Sig().Hints, r.hint) {
					t.Errorf("hints %v, want %s", b.Sig().Hints, r.hint)
				}
			}
		})
	}
}

// bothReads reads s through the tree and as a stream.
func bothReads(t *testing.T, s string) []*doc.Doc {
	t.Helper()
	st := readStream([]byte(s))
	checkDoc(t, st)
	return []*doc.Doc{readDoc(t, s), st}
}

func probeDoc(t *testing.T, s string) *goquery.Document {
	t.Helper()
	d, err := goquery.NewDocumentFromReader(strings.NewReader(s))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestRulesDoc keeps docs/html-rules.md the list of Rules(): go test
// -update rewrites it.
func TestRulesDoc(t *testing.T) {
	var b strings.Builder
	b.WriteString("# The HTML reader's DOM rules\n\n")
	b.WriteString("<!-- Generated from internal/extract/htmlread (rules.go, meta.go) by `go test ./internal/extract/htmlread -update`: edit the tables, not this file. -->\n\n")
	b.WriteString("The HTML reader (internal/extract/htmlread) reads a page through goquery and\n")
	b.WriteString("cascadia with these tables: where the metadata comes from, what renders\n")
	b.WriteString("nothing, the landmarks and hints each block carries (doc.Signals.Landmarks,\n")
	b.WriteString("Hints), and why the content search drops parts of the main content. A\n")
	b.WriteString("selector is CSS as cascadia reads it (`#=` matches a regular expression); a\n")
	b.WriteString("hint matches words of class and id (cut at non-letters and at lower-to-upper\n")
	b.WriteString("case changes, compared in lower case) and ARIA roles. The class is the one\n")
	b.WriteString("the rule argues for; the names that reach reports, and their texts, are in\n")
	b.WriteString("the rule registry ([rules.md](rules.md)).\n\n")
	b.WriteString("| rule | selector | class | why |\n| --- | --- | --- | --- |\n")
	cell := func(s string) string { return strings.NewReplacer("|", `\|`, "<", "&lt;").Replace(s) }
	for _, r := range Rules() {
		fmt.Fprintf(&b, "| `%s` | `%s` | %s | %s |\n", r.Name, cell(r.Selector), r.Class, cell(r.Reason))
	}
	goldenfile.Check(t, testfiles.Path("docs", "html-rules.md"), []byte(b.String()))
}

// TestQuick: the quick test of the removal and landmark selectors rules
// out no element the selectors match, on every element of the golden
// pages and the rule cases.
func TestQuick(t *testing.T) {
	if q := dom().remove; q.always || !q.tags[atom.Script] || !slices.Contains(q.attrs, "aria-hidden") {
		t.Errorf("removal: always %v, tags %v, attrs %v", q.always, q.tags, q.attrs)
	}
	if q := dom().landmark; q.always || !q.tags[atom.Nav] || !slices.Contains(q.attrs, "role") {
		t.Errorf("landmarks: always %v, tags %v, attrs %v", q.always, q.tags, q.attrs)
	}
	pages, _ := filepath.Glob("testdata/*/input.html")
	var srcs []string
	for _, p := range pages {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, string(b))
	}
	for _, c := range ruleCases {
		srcs = append(srcs, c)
	}
	n := 0
	for _, s := range srcs {
		for _, e := range probeDoc(t, s).Find("*").Nodes {
			for _, q := range []quick{dom().remove, dom().landmark} {
				if q.Match(e) != q.sel.Match(e) {
					t.Errorf("<%s %v>: quick %v, selector %v", e.Data, e.Attr, q.Match(e), q.sel.Match(e))
				}
				if q.sel.Match(e) {
					n++
				}
			}
		}
	}
	if n == 0 {
		t.Error("no element matched")
	}
}
