package htmlread

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	goldenfile "github.com/safi-app/safi/internal/devkit/golden"
	"github.com/safi-app/safi/internal/doc"
)

// golden is what a golden case records of a doc: the metadata and each
// block with its signals; the rendered text is in want.txt.
type golden struct {
	Meta   doc.Meta      `json:"meta"`
	Blocks []goldenBlock `json:"blocks"`
}

type goldenBlock struct {
	Text        string        `json:"text"`
	Tag         string        `json:"tag"`
	Heading     int           `json:"heading,omitempty"`
	LinkDensity float64       `json:"link_density,omitempty"`
	InList      bool          `json:"in_list,omitempty"`
	Hints       []string      `json:"hints,omitempty"`
	Landmarks   []string      `json:"landmarks,omitempty"`
	Region      string        `json:"region"`
	Segments    []doc.Segment `json:"segments,omitempty"`
}

func goldenOf(d *doc.Doc) golden {
	g := golden{Meta: d.Meta, Blocks: []goldenBlock{}}
	for _, b := range d.Blocks {
		g.Blocks = append(g.Blocks, goldenBlock{
			Text: b.Text, Tag: b.Sig().Tag, Heading: b.Sig().Heading,
			LinkDensity: float64(int(b.LinkDensity*100+0.5)) / 100,
			InList:      b.Sig().InList, Hints: b.Sig().Hints, Landmarks: b.Sig().Landmarks, Region: b.Region, Segments: b.Segments,
		})
	}
	return g
}

// TestGolden reads each testdata/<case>/input.html and compares the
// rendered text with want.txt and the blocks and metadata with want.json.
// Run with -update to rewrite them, then review the diff.
func TestGolden(t *testing.T) {
	dirs, err := filepath.Glob("testdata/*/input.html")
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no golden cases: %v", err)
	}
	for _, in := range dirs {
		dir := filepath.Dir(in)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			src, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			d, err := Read(src)
			if err != nil {
				t.Fatal(err)
			}
			checkDoc(t, d)
			got, err := json.MarshalIndent(goldenOf(d), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			goldenfile.Check(t, filepath.Join(dir, "want.json"), got)
			goldenfile.Check(t, filepath.Join(dir, "want.txt"), d.Src)

		})
	}
}

// checkDoc checks the invariants of every doc: the blocks tile Src, each
// block's text is its slice of Src, offsets fall on rune boundaries, and
// segments lie inside their block.
func checkDoc(t *testing.T, d *doc.Doc) {
	t.Helper()
	if d.Format != "html" {
		t.Errorf("Format = %q, want html", d.Format)
	}
	if !utf8.Valid(d.Src) {
		t.Errorf("Src is not valid UTF-8")
	}
	if len(d.Src) == 0 {
		if len(d.Blocks) != 0 {
			t.Errorf("empty Src with %d blocks", len(d.Blocks))
		}
		return
	}
	if len(d.Blocks) == 0 || d.Blocks[0].Start != 0 || d.Blocks[len(d.Blocks)-1].End != len(d.Src) {
		t.Fatalf("blocks do not cover Src (%d bytes)", len(d.Src))
	}
	for i, b := range d.Blocks {
		if i > 0 && b.Start != d.Blocks[i-1].End {
			t.Errorf("block %d starts at %d, previous ends at %d", i, b.Start, d.Blocks[i-1].End)
		}
		if !(b.Start <= b.TextStart && b.TextStart <= b.TextEnd && b.TextEnd <= b.End) {
			t.Errorf("block %d: offsets out of order: %d %d %d %d", i, b.Start, b.TextStart, b.TextEnd, b.End)
			continue
		}
		for _, off := range []int{b.Start, b.TextStart, b.TextEnd, b.End} {
			if off < len(d.Src) && !utf8.RuneStart(d.Src[off]) {
				t.Errorf("block %d: offset %d inside a rune", i, off)
			}
		}
		if string(d.Src[b.TextStart:b.TextEnd]) != b.Text {
			t.Errorf("block %d: Text %q is not Src[%d:%d]", i, b.Text, b.TextStart, b.TextEnd)
		}
		for _, s := range b.Segments {
			if s.Start < b.TextStart || s.End > b.TextEnd || string(d.Src[s.Start:s.End]) != s.Text {
				t.Errorf("block %d: segment %q [%d,%d) not inside the block", i, s.Text, s.Start, s.End)
			}
		}
	}
}

// readDoc parses s, failing the test on error and checking the invariants.
func readDoc(t *testing.T, s string) *doc.Doc {
	t.Helper()
	d, err := Read([]byte(s))
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	checkDoc(t, d)
	return d
}

func TestRenderText(t *testing.T) {
	for _, tc := range []struct {
		desc, in, want string
	}{
		{"paragraphs are separated by a blank line", `<p>One</p><p>Two</p>`, "One\n\nTwo"},
		{"divs by a line break", `<div>One</div><div>Two</div>`, "One\nTwo"},
		{"white space collapses", "<p>  one \n\t two  </p>", "one two"},
		{"inline elements join", `<p>one <b>two</b><i> three</i></p>`, "one two three"},
		{"br breaks a line", `<p>one<br>two</p>`, "one\ntwo"},
		{"list items on their own lines", `<ul><li>a</li><li>b</li></ul>`, "a\nb"},
		{"table cells by tabs, rows by lines", `<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>`, "a\tb\nc\td"},
		{"pre keeps its white space", "<pre>a  b\n  c</pre>", "a  b\n  c"},
		{"scripts, styles and templates render nothing", `<p>a</p><script>x()</script><style>p{}</style><template>t</template><p>b</p>`, "a\n\nb"},
		{"noscript renders nothing", `<p>a<noscript>no</noscript></p>`, "a"},
		{"comments render nothing", `<p>a<!-- c -->b</p>`, "ab"},
		{"head renders nothing", `<html><head><title>T</title><meta name="x" content="y"></head><body><p>a</p></body></html>`, "a"},
		{"hidden attribute", `<p>a</p><p hidden>h</p>`, "a"},
		{"aria-hidden", `<p>a<span aria-hidden="true">h</span></p>`, "a"},
		{"display none", `<p>a</p><div style="display: none">h</div>`, "a"},
		{"visibility hidden", `<p>a</p><div style="VISIBILITY:hidden">h</div>`, "a"},
		{"closed details show their summary", `<details><summary>s</summary><p>d</p></details>`, "s"},
		{"open details show all", `<details open><summary>s</summary><p>d</p></details>`, "s\n\nd"},
		{"entities are decoded", `<p>a&nbsp;&amp;&nbsp;b &lt;c&gt;</p>`, "a\u00a0&\u00a0b <c>"},
		{"Windows clipboard header is skipped", "Version:0.9\r\nStartHTML:0000000105\r\nEndHTML:0000000200\r\n<html><body><!--StartFragment--><p>a</p><!--EndFragment--></body></html>", "a"},
		{"NUL becomes U+FFFD", "<p>a\x00b</p>", "ab"},
		{"invalid UTF-8 becomes U+FFFD", "<p>a\xffb</p>", "a\ufffdb"},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			d := readDoc(t, tc.in)
			if got := strings.TrimSpace(string(d.Src)); got != tc.want {
				t.Errorf("text = %q, want %q", got, tc.want)
			}
		})
	}
}

// blockOf returns the block whose text contains s.
func blockOf(t *testing.T, d *doc.Doc, s string) doc.Block {
	t.Helper()
	for _, b := range d.Blocks {
		if strings.Contains(b.Text, s) {
			return b
		}
	}
	t.Fatalf("no block holds %q; text:\n%s", s, d.Src)
	return doc.Block{}
}

const prose = "This paragraph is long enough to count as prose, with commas, clauses, and a full stop at its end, as articles have. "

func TestSignals(t *testing.T) {
	for _, tc := range []struct {
		desc  string
		in    string
		probe string                 // text of the block to check
		check func(b doc.Block) bool // what must hold
	}{
		{"tag of a paragraph", `<p>hello</p>`, "hello", func(b doc.Block) bool { return b.Sig().Tag == "p" }},
		{"tag of text loose in a div", `<div>loose<p>inner</p></div>`, "loose", func(b doc.Block) bool { return b.Sig().Tag == "div" }},
		{"tag of a table row", `<table><tr><td>a</td><td>b</td></tr></table>`, "a\tb", func(b doc.Block) bool { return b.Sig().Tag == "tr" }},
		{"heading level", `<h3>Title <em>here</em></h3>`, "Title", func(b doc.Block) bool { return b.Sig().Heading == 3 && b.Sig().Tag == "h3" }},
		{"no heading for a paragraph", `<p>x</p>`, "x", func(b doc.Block) bool { return b.Sig().Heading == 0 }},
		{"link density all links", `<p><a href="/a">abcd</a></p>`, "abcd", func(b doc.Block) bool { return b.LinkDensity == 1 }},
		{"link density half", `<p><a href="/a">abcd</a> efgh</p>`, "abcd", func(b doc.Block) bool { return b.LinkDensity == 0.5 }},
		{"an anchor without href is no link", `<p><a name="x">abcd</a></p>`, "abcd", func(b doc.Block) bool { return b.LinkDensity == 0 }},
		{"list membership", `<ul><li>item</li></ul><p>para</p>`, "item", func(b doc.Block) bool { return b.Sig().InList && b.Sig().Tag == "li" }},
		{"not in a list", `<ul><li>item</li></ul><p>para</p>`, "para", func(b doc.Block) bool { return !b.Sig().InList }},
		{"hints from class, id and role of ancestors", `<div class="site-footer"><div id="socialShare" role="navigation"><p>x</p></div></div>`, "x",
			func(b doc.Block) bool {
				return slices.Equal(b.Sig().Hints, []string{"footer", "nav", "share", "social"})
			}},
		{"no hints from a page builder's names", `<div class="elementor-element elementor-widget elementor-widget-text-editor"><p>x</p></div>`, "x",
			func(b doc.Block) bool { return len(b.Sig().Hints) == 0 }},
		{"hints from the other names beside them", `<div class="elementor-widget widget-area"><p>x</p></div>`, "x",
			func(b doc.Block) bool { return slices.Equal(b.Sig().Hints, []string{"sidebar"}) }},
		{"ticker hints", `<div class="breaking-news ticker"><p>x</p></div>`, "x", func(b doc.Block) bool { return slices.Equal(b.Sig().Hints, []string{"breaking", "ticker"}) }},
		{"cookie and consent hints", `<div id="cookieConsent"><p>x</p></div>`, "x", func(b doc.Block) bool { return slices.Equal(b.Sig().Hints, []string{"consent", "cookie"}) }},
		{"landmarks", `<header><nav><p>x</p></nav></header>`, "x", func(b doc.Block) bool { return slices.Equal(b.Sig().Landmarks, []string{"header", "nav"}) }},
		{"landmarks from roles", `<div role="contentinfo"><p>x</p></div>`, "x", func(b doc.Block) bool { return slices.Equal(b.Sig().Landmarks, []string{"footer"}) }},
		{"main content", `<nav><a href="/">Home</a></nav><article><p>` + prose + prose + prose + `</p><p>` + prose + prose + `</p></article>`, "This paragraph",
			func(b doc.Block) bool { return b.Region == RegionMain }},
		{"outside the main content", `<nav><a href="/">Home</a></nav><article><p>` + prose + prose + prose + `</p><p>` + prose + prose + `</p></article>`, "Home",
			func(b doc.Block) bool { return b.Region == RegionOutside }},
		{"share row inside the main content", `<article><p>` + prose + prose + prose + `</p><div class="share"><a href="/f">Facebook</a></div><p>` + prose + prose + `</p></article>`, "Facebook",
			func(b doc.Block) bool { return b.Region == "share" }},
		{"heading repeating the title", `<title>Big news today - Site</title><article><h1>Big news today</h1><p>` + prose + prose + prose + `</p><p>` + prose + prose + `</p></article>`, "Big news",
			func(b doc.Block) bool { return b.Region == "title" }},
		{"byline", `<article><div class="byline">By Ann Lee</div><p>` + prose + prose + prose + `</p><p>` + prose + prose + `</p></article>`, "Ann Lee",
			func(b doc.Block) bool { return b.Region == "byline" }},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			d := readDoc(t, tc.in)
			if b := blockOf(t, d, tc.probe); !tc.check(b) {
				t.Errorf("block %q: tag %q heading %d links %.2f list %v hints %v landmarks %v region %q",
					b.Text, b.Sig().Tag, b.Sig().Heading, b.LinkDensity, b.Sig().InList, b.Sig().Hints, b.Sig().Landmarks, b.Region)
			}
		})
	}
}

func TestTicker(t *testing.T) {
	for _, tc := range []struct {
		desc string
		in   string
		want []string // segments of the ticker block; nil: no ticker
	}{
		{"list of links", `<div class="ticker"><ul><li><a href="/1">One thing</a></li><li><a href="/2">Another thing</a></li><li><a href="/3">Third</a></li></ul></div>`,
			[]string{"One thing", "Another thing", "Third"}},
		{"marquee of links", `<marquee><a href="/1">عاجل الأول</a> • <a href="/2">عاجل الثاني</a></marquee>`, []string{"عاجل الأول", "عاجل الثاني"}},
		{"one run of text split by space runs", "<marquee><span>One headline</span>&nbsp;&nbsp;&nbsp;<span>Two headline</span>&nbsp;&nbsp;&nbsp;<span>Three</span>&nbsp;&nbsp;&nbsp;<span>Four</span></marquee>",
			[]string{"One headline", "Two headline", "Three", "Four"}},
		{"items without links", `<ul id="breaking"><li>First item</li><li>Second item</li></ul>`, []string{"First item", "Second item"}},
		{"breaking hint on long prose is no ticker", `<div class="breaking"><p>` + prose + prose + prose + `</p><p>` + prose + prose + prose + `</p></div>`, nil},
		{"breaking hint on short sentences is no ticker", `<div class="breaking"><p>It rained.</p><p>Then it stopped.</p><p>We left.</p></div>`, nil},
		{"one link is no ticker", `<div class="ticker"><a href="/1">Only one</a></div>`, nil},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			d := readDoc(t, tc.in)
			var got []string
			for _, b := range d.Blocks {
				if b.Region != RegionTicker {
					continue
				}
				for _, s := range b.Segments {
					got = append(got, s.Text)
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("segments = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestMeta(t *testing.T) {
	const ld = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"LD headline","datePublished":"2026-01-02T03:04:05Z","author":[{"@type":"Person","name":"Ann"},{"name":"Bob"}],"publisher":{"name":"LD Pub"},"inLanguage":"fr"}</script>`
	const og = `<meta property="og:title" content="OG title"><meta property="og:site_name" content="OG Site"><meta property="article:published_time" content="2025-05-06T07:08:09+02:00"><meta name="author" content="Meta Author">`
	for _, tc := range []struct {
		desc string
		in   string
		want doc.Meta
	}{
		{"JSON-LD first", `<html lang="en"><head>` + ld + og + `<title>Tag title | Site</title></head><body><p>x</p></body></html>`,
			doc.Meta{Title: "LD headline", Source: "OG Site", Author: "Ann, Bob", Published: "2026-01-02T03:04:05Z", Language: "en"}},
		{"JSON-LD in a graph and CDATA", `<script type="application/ld+json"><![CDATA[{"@graph":[{"@type":"WebSite","name":"W"},{"@type":["BlogPosting"],"headline":"Graph headline","author":"Cy","datePublished":"2024-12-31","publisher":{"name":"P"}}]}]]></script><p>x</p>`,
			doc.Meta{Title: "Graph headline", Source: "P", Author: "Cy", Published: "2024-12-31"}},
		{"Open Graph and article meta", `<html lang="fr-FR"><head>` + og + `<title>Tag title | Site</title></head><body><p>x</p></body></html>`,
			doc.Meta{Title: "OG title", Source: "OG Site", Author: "Meta Author", Published: "2025-05-06T07:08:09+02:00", Language: "fr"}},
		{"title without the site name", `<title>Council approves the new budget | City News</title><p>x</p>`, doc.Meta{Title: "Council approves the new budget"}},
		{"title with an en dash", `<title>Lorem ipsum dolor sit amet – My website</title><p>x</p>`, doc.Meta{Title: "Lorem ipsum dolor sit amet"}},
		{"short title kept whole", `<title>News | Site</title><p>x</p>`, doc.Meta{Title: "News | Site"}},
		{"time with datetime", `<title>A page title long enough</title><p>Posted <time datetime="2023-07-08">8 July</time></p>`, doc.Meta{Title: "A page title long enough", Published: "2023-07-08"}},
		{"itemprop datePublished over time", `<p><time datetime="2020-01-01">x</time><meta itemprop="datePublished" content="2021-02-03T04:05:06Z"></p>`, doc.Meta{Published: "2021-02-03T04:05:06Z"}},
		{"rel author", `<p>By <a rel="author" href="/u">Dee Dee</a></p>`, doc.Meta{Author: "Dee Dee"}},
		{"itemprop author name", `<span itemprop="author"><span itemprop="name">Eve Ng</span></span>`, doc.Meta{Author: "Eve Ng"}},
		{"article:author as a URL is no name", `<meta property="article:author" content="https://facebook.com/x"><p>x</p>`, doc.Meta{}},
		{"no title element: the longest h1", `<h1>Site</h1><h1>Storm closes schools</h1><h1>Other</h1>`, doc.Meta{Title: "Storm closes schools"}},
		{"Arabic language", `<html lang="ar-MA"><body><p>نص</p></body></html>`, doc.Meta{Language: "ar"}},
		{"a forum thread in JSON-LD", `<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"Which lens?"}</script><p>x</p>`,
			doc.Meta{Title: "Which lens?", Discussion: true}},
		{"a question page in microdata", `<div itemscope itemtype="http://schema.org/QAPage"><p>x</p></div>`, doc.Meta{Discussion: true}},
		{"a forum engine", `<meta name="generator" content="XenForo 2.2"><p>x</p>`, doc.Meta{Discussion: true}},
		{"an article's comments are no discussion", `<meta name="generator" content="WordPress 6.4"><div itemscope itemtype="https://schema.org/Comment"><p>x</p></div>`, doc.Meta{}},
		{"broken JSON-LD is ignored", `<script type="application/ld+json">{"@type":"NewsArticle",</script><meta property="og:title" content="OG"><p>x</p>`, doc.Meta{Title: "OG"}},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			d := readDoc(t, tc.in)
			if d.Meta != tc.want {
				t.Errorf("Meta = %+v, want %+v", d.Meta, tc.want)
			}
		})
	}
}

func TestIsoDate(t *testing.T) {
	for _, tc := range []struct{ desc, in, want string }{
		{"RFC 3339", "2026-09-14T10:30:00+01:00", "2026-09-14T10:30:00+01:00"},
		{"fractional seconds", "2026-09-14T10:30:00.123Z", "2026-09-14T10:30:00Z"},
		{"offset without colon", "2026-09-14T10:30:00+0100", "2026-09-14T10:30:00+01:00"},
		{"no zone", "2026-09-14T10:30:00", "2026-09-14T10:30:00"},
		{"date only", "2026-09-14", "2026-09-14"},
		{"RFC 1123", "Mon, 14 Sep 2026 10:30:00 GMT", "2026-09-14T10:30:00Z"},
		{"day month year", "14 September 2026", "2026-09-14"},
		{"words", "yesterday", ""},
		{"empty", "", ""},
	} {
		if got := isoDate(tc.in); got != tc.want {
			t.Errorf("%s: isoDate(%q) = %q, want %q", tc.desc, tc.in, got, tc.want)
		}
	}
}

func TestSniff(t *testing.T) {
	for _, tc := range []struct {
		desc string
		in   string
		want bool
	}{
		{"doctype", "<!DOCTYPE html><html>", true},
		{"html element after a BOM and space", "\ufeff \n<html lang=ar>", true},
		{"clipboard fragment", `<meta charset="utf-8"><div>x</div>`, true},
		{"a paragraph", `<p>Hello</p>`, true},
		{"comment then html", "<!-- saved --><html><body>x</body></html>", true},
		{"windows clipboard format", "Version:0.9\r\nStartHTML:0000000105\r\n", true},
		{"plain text", "عاجل: الحكومة تصادق على المشروع", false},
		{"text starting with a pseudo-tag", "<noun>.js is a library", false},
		{"text mentioning html later", "Hello <b>world</b>", false},
		{"less-than sign", "< 5 km from here", false},
		{"empty", "", false},
	} {
		if got := Sniff([]byte(tc.in)); got != tc.want {
			t.Errorf("%s: Sniff(%q) = %v, want %v", tc.desc, tc.in, got, tc.want)
		}
	}
}

// TestRobust feeds pathological pages: each gives a doc, never a panic or
// a stack overflow.
func TestRobust(t *testing.T) {
	const n = 10000
	for _, tc := range []struct {
		desc, in, want string
	}{
		{"10 000 nested divs", strings.Repeat("<div>", n) + "deep" + strings.Repeat("</div>", n), "deep"},
		{"10 000 nested spans", "<p>" + strings.Repeat("<span>", n) + "deep" + strings.Repeat("</span>", n), "deep"},
		{"10 000 unclosed b", "<p>" + strings.Repeat("<b>", n) + "deep", "deep"},
		{"10 000 nested tables", strings.Repeat("<table><tr><td>", n) + "cell", "cell"},
		{"10 000 nested lists", strings.Repeat("<ul><li>", n) + "item", "item"},
		{"10 000 nested links", strings.Repeat(`<a href="x">`, n) + "link", "link"},
		{"truncated in a tag", `<html><body><p>cut off text</p><div class="x`, "cut off text"},
		{"truncated in a comment", `<p>before</p><!-- never closed <p>after</p>`, "before"},
		{"truncated in a script", `<p>before</p><script>var a = "<p>`, "before"},
		{"stray end tags", `</div></p></table><p>text</p></body></html></html>`, "text"},
		{"binary junk", "<p>\x00\x01\x02\xff\xfe</p>", "\ufffd"},
		{"only markup", `<div><span></span></div>`, ""},
		{"empty", "", ""},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			d := readDoc(t, tc.in)
			if !strings.Contains(string(d.Src), tc.want) {
				t.Errorf("text %q lacks %q", d.Src, tc.want)
			}
		})
	}
}

func TestLegacyCharset(t *testing.T) {
	// encode writes s in a single-byte code page.
	encode := func(s string, table *[128]rune) []byte {
		var out []byte
		for _, r := range s {
			if r < 0x80 {
				out = append(out, byte(r))
				continue
			}
			for i, x := range table {
				if x == r {
					out = append(out, byte(0x80+i))
					break
				}
			}
		}
		return out
	}
	for _, tc := range []struct {
		desc  string
		page  string
		table *[128]rune
		want  string
	}{
		{"windows-1256 Arabic", `<html><head><meta charset="windows-1256"></head><body><p>أعلنت الوزارة، يوم الإثنين، عن البرنامج.</p></body></html>`, &windows1256, "أعلنت الوزارة، يوم الإثنين، عن البرنامج."},
		{"ISO 8859-6 by http-equiv", `<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-6"><p>مرحبا</p>`, &iso88596, "مرحبا"},
		{"ISO 8859-1 French", `<meta charset=iso-8859-1><p>Les vendanges précoces à Saint-Émilion</p>`, &windows1252, "Les vendanges précoces à Saint-Émilion"},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			src := encode(tc.page, tc.table)
			if utf8.Valid(src) {
				t.Fatal("test page is valid UTF-8")
			}
			d := readDoc(t, string(src))
			if got := strings.TrimSpace(string(d.Src)); got != tc.want {
				t.Errorf("text = %q, want %q", got, tc.want)
			}
			if d.Facts.InvalidUTF8 != 0 || d.Facts.Bytes != len(src) {
				t.Errorf("facts: %d invalid, %d bytes (input %d)", d.Facts.InvalidUTF8, d.Facts.Bytes, len(src))
			}
		})
	}
	// Undeclared, the bytes stay invalid UTF-8 and are counted.
	d := readDoc(t, "<p>caf\xe9</p>")
	if d.Facts.InvalidUTF8 != 1 || !strings.Contains(string(d.Src), "caf\ufffd") {
		t.Errorf("undeclared: %q, %d invalid", d.Src, d.Facts.InvalidUTF8)
	}
}

func TestFlatten(t *testing.T) {
	in := []byte(strings.Repeat("<div>", 10) + "x" + strings.Repeat("</div>", 10) + "<br><p>y</p>")
	got := string(flatten(in, 3))
	want := "<div><div><div>x</div></div></div><br><p>y</p>"
	if got != want {
		t.Errorf("flatten = %q, want %q", got, want)
	}
}

func TestParseError(t *testing.T) {
	// Without the flattening fallback, the parser's nesting limit is an
	// ErrParse.
	old := maxDepths
	defer func() { maxDepths = old }()
	maxDepths = nil
	if _, err := Read([]byte(strings.Repeat("<div>", 600))); !errors.Is(err, ErrParse) {
		t.Errorf("Read = %v, want ErrParse", err)
	}
	maxDepths = old
	if _, err := Read([]byte(strings.Repeat("<div>", 600))); err != nil {
		t.Errorf("Read with flattening = %v", err)
	}
}

// TestNoscriptPage checks that a page that shows next to nothing without
// scripts is read from its <noscript> content, and that a page with text
// of its own is not.
func TestNoscriptPage(t *testing.T) {
	para := strings.Repeat("The thread's first post says what it has to say at some length. ", 8)
	page := `<html><body><div id="app">Loading…</div><NOSCRIPT><div class="post"><h1>A thread</h1><p>` + para + `</p><p>A reply.</p></div></NOSCRIPT></body></html>`
	d, err := Read([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if got := string(d.Src); !strings.Contains(got, "A thread") || !strings.Contains(got, "A reply.") || !strings.Contains(got, "Loading…") {
		t.Errorf("noscript page rendered %q, want the thread", got)
	}
	own := `<html><body><p>` + para + `</p><noscript><p>Enable JavaScript.</p></noscript></body></html>`
	if d, _ := Read([]byte(own)); strings.Contains(string(d.Src), "JavaScript") {
		t.Errorf("a page with text of its own rendered its noscript: %q", d.Src)
	}
	short := `<p>a<noscript><p>no</p></noscript></p>`
	if d, _ := Read([]byte(short)); string(d.Src) != "a" {
		t.Errorf("a short page whose noscript adds little rendered %q, want %q", d.Src, "a")
	}
}

func FuzzRead(f *testing.F) {
	addPages(f)
	for _, s := range []string{"", "<p>a</p>", "<table><tr><td>a<td>b", "<pre>\n x\n</pre>", "<div class=ticker><a href=1>a</a><a href=2>b</a></div>", "a<br><br><br>b", "<p>\xff\x00</p>"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		d, err := Read(src)
		if err != nil {
			if !errors.Is(err, ErrParse) {
				t.Fatalf("error %v is not ErrParse", err)
			}
			return
		}
		checkDoc(t, d)
		again, _ := Read(src)
		if !bytes.Equal(d.Src, again.Src) || !reflect.DeepEqual(d.Blocks, again.Blocks) || d.Meta != again.Meta {
			t.Fatalf("two reads differ")
		}
	})
}

func ExampleRead() {
	d, _ := Read([]byte(`<html lang="fr"><head><title>Météo : alerte orange aux orages | Le Quotidien</title></head>
<body><nav><a href="/">Accueil</a></nav><h1>Météo : alerte orange aux orages</h1><p>Des orages sont attendus ce soir.</p></body></html>`))
	fmt.Println(d.Meta.Title, "/", d.Meta.Language)
	for _, b := range d.Blocks {
		fmt.Printf("%d-%d %s %s %q\n", b.TextStart, b.TextEnd, b.Sig().Tag, b.Region, b.Text)
	}
	// Output:
	// Météo : alerte orange aux orages / fr
	// 0-7 nav nav "Accueil"
	// 8-42 h1 title "Météo : alerte orange aux orages"
	// 44-77 p main "Des orages sont attendus ce soir."
}
