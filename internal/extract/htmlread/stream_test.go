package htmlread

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// streamCases are pages the stream renders as the tree does.
var streamCases = []struct{ desc, page string }{
	{desc: "paragraphs", page: `<p>One, two.</p><p>Three</p>`},
	{desc: "implied paragraph and item ends", page: `<ul><li>a<li>b</ul><p>x<p>y<div>z</div>`},
	{desc: "table cells and rows", page: `<table><tr><td>a<td>b<tr><td>c</table>`},
	{desc: "preformatted", page: "<pre>\n  x\n  y</pre><p>after</p>"},
	{desc: "line breaks", page: `<p>a<br>b<br><br>c</p></br>d`},
	{desc: "skipped and hidden", page: `<head><title>T</title><style>p{}</style></head><body><script>x()</script><p hidden>h</p><div style="display: none">n</div><p>seen</p><svg><text>s</text></svg>`},
	{desc: "head without end tag", page: `<html><head><meta charset=utf-8><title>T</title><body><h1>Title</h1><p>Text</p>`},
	{desc: "stray end tags", page: `<div>a</span></div>b</p>c`},
	{desc: "closed details", page: `<details><summary>S</summary>hidden</details><details open><summary>S</summary>shown</details>`},
	{desc: "invalid UTF-8 and NUL", page: "<p>\xff\x00a</p>"},
}

func TestReadStreamRendersAsTheTree(t *testing.T) {
	pages := map[string][]byte{}
	for _, c := range streamCases {
		pages[c.desc] = []byte(c.page)
	}
	files, _ := filepath.Glob("testdata/*/input.html")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		pages[filepath.Base(filepath.Dir(f))] = b
	}
	for desc, page := range pages {
		tree, err := Read(page)
		if err != nil {
			t.Fatalf("%s: %v", desc, err)
		}
		d := readStream(page)
		checkDoc(t, d)
		if !bytes.Equal(d.Src, tree.Src) {
			t.Errorf("%s: stream renders\n%q\nthe tree\n%q", desc, d.Src, tree.Src)
		}
		if d.Meta != tree.Meta {
			t.Errorf("%s: stream meta %+v, tree %+v", desc, d.Meta, tree.Meta)
		}
	}
}

func TestReadStreamSignals(t *testing.T) {
	type block struct{ text, region, tag string }
	tests := []struct {
		desc     string
		page     string
		want     []block
		segments int // of the first block
	}{
		{
			desc: "boilerplate landmarks are outside, the rest is left to the text rules",
			page: `<nav><a href=/>Home</a></nav><header><h1>Title</h1></header><article><p>Text.</p></article><aside>More</aside><footer>Legal</footer>`,
			want: []block{{"Home", "outside", "nav"}, {"Title", "", "h1"}, {"Text.", "", "p"}, {"More", "outside", "aside"}, {"Legal", "outside", "footer"}},
		},
		{
			desc: "menus and cookie banners by their names; other widgets are left to the text rules",
			page: `<div class="mainMenu"><p>Home</p></div><div class="cookieBanner"><p>We use cookies</p></div><div class="related-posts"><p>Other story</p></div><div class="entry-content"><p>Text</p></div>`,
			want: []block{{"Home", "outside", "p"}, {"We use cookies", "outside", "p"}, {"Other story", "", "p"}, {"Text", "", "p"}},
		},
		{
			desc:     "a ticker container becomes one block of its links",
			page:     `<div class="ticker"><ul><li><a href=/1>First headline</a></li><li><a href=/2>Second headline</a></li><li><a href=/3>Third headline</a></li></ul></div><p>After.</p>`,
			want:     []block{{"First headline\nSecond headline\nThird headline", "ticker", "div"}, {"After.", "", "p"}},
			segments: 3,
		},
		{
			desc: "a container named ticker holding sentences is no ticker",
			page: `<div class="ticker"><p>One sentence here.</p><p>Another one there.</p></div>`,
			want: []block{{"One sentence here.", "", "p"}, {"Another one there.", "", "p"}},
		},
	}
	for _, tt := range tests {
		d := readStream([]byte(tt.page))
		checkDoc(t, d)
		var got []block
		for _, b := range d.Blocks {
			got = append(got, block{b.Text, b.Region, b.Sig().Tag})
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s:\n got %q\nwant %q", tt.desc, got, tt.want)
			continue
		}
		if len(d.Blocks[0].Segments) != tt.segments {
			t.Errorf("%s: %d segments, want %d", tt.desc, len(d.Blocks[0].Segments), tt.segments)
		}
	}
}

// TestReadStreamsLargePages checks that Read takes a page over StreamAbove
// as a stream: the same text as the tree, and no main content.
func TestReadStreamsLargePages(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<!doctype html><html><head><title>Long page</title></head><body><nav><a href="/">Home</a></nav><article>`)
	para := `<p>A paragraph of the long article, with a comma, and a <a href="/x">link</a> in it.</p>` + "\n"
	for b.Len() <= StreamAbove {
		b.WriteString(para)
	}
	b.WriteString(`</article></body></html>`)
	page := []byte(b.String())
	d, err := Read(page)
	if err != nil {
		t.Fatal(err)
	}
	checkDoc(t, d)
	if d.Meta.Title != "Long page" {
		t.Errorf("title %q, want %q", d.Meta.Title, "Long page")
	}
	if d.Blocks[0].Text != "Home" || d.Blocks[0].Region != RegionOutside {
		t.Errorf("first block %q in %q, want the menu outside", d.Blocks[0].Text, d.Blocks[0].Region)
	}
	for _, bl := range d.Blocks[1:] {
		if bl.Region != "" || bl.Sig().Tag != "p" {
			t.Fatalf("block %q: region %q, tag %q; want a paragraph left to the text rules", bl.Text, bl.Region, bl.Sig().Tag)
		}
	}
	if tree := readTree(t, page); !bytes.Equal(d.Src, tree) {
		t.Errorf("the stream renders %d bytes, the tree %d", len(d.Src), len(tree))
	}
}

// TestReadStreamDeepNesting checks that a page nested far deeper than
// maxStreamDepth, with end tags and implied ends that match nothing, is
// read whole (each of its tokens in bounded time).
func TestReadStreamDeepNesting(t *testing.T) {
	tests := []struct {
		desc, unit, text string
		n                int
	}{
		{desc: "divs", unit: "<div>x", text: "x", n: 50000},
		{desc: "list items outside lists", unit: "<span><li>y</p></b>", text: "y", n: 30000},
		{desc: "tickers", unit: `<div class="ticker"><a href="/">z</a>`, text: "z", n: 20000},
	}
	for _, tt := range tests {
		d := readStream([]byte(strings.Repeat(tt.unit, tt.n)))
		checkDoc(t, d)
		if got := strings.Count(string(d.Src), tt.text); got != tt.n {
			t.Errorf("%s: %d of the %d texts rendered", tt.desc, got, tt.n)
		}
	}
}

// readTree renders page through its parse tree, whatever its size.
func readTree(t *testing.T, page []byte) []byte {
	t.Helper()
	return walked(t, page).out
}

// addPages seeds a fuzz target with the stream cases and the pages under
// testdata.
func addPages(f *testing.F) {
	for _, c := range streamCases {
		f.Add([]byte(c.page))
	}
	files, _ := filepath.Glob("testdata/*/input.html")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
}

func FuzzReadStream(f *testing.F) {
	addPages(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		d := readStream(src)
		checkDoc(t, d)
		again := readStream(src)
		if !bytes.Equal(d.Src, again.Src) || !reflect.DeepEqual(d.Blocks, again.Blocks) || d.Meta != again.Meta {
			t.Fatalf("two reads differ")
		}
	})
}

// FuzzFilter checks that the filter the parser reads large pages through
// changes nothing the reader gives.
func FuzzFilter(f *testing.F) {
	addPages(f)
	for _, s := range []string{`<a href="#x" title=t>a</a><a HREF='/y'>b</a>`, `<p style="DISPLAY : none">x</p><p style="color:red">y</p>`,
		`<b class=x onclick=1><b class=y><b class=z><b class=w><p>t`, `<svg><style><!--c--></style><script>t</script></svg><math><mi>x</mi></math>`,
		`<table><input type=hidden name=a><tr><td>c`, `<script type="application/ld+json">{"@type":"NewsArticle","headline":"H"}</script><!-- c --><p a"b=1>t`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		defer func(old int) { filterAbove = old }(filterAbove)
		filterAbove = 1 << 62
		plain, err := Read(src)
		if err != nil {
			return
		}
		filterAbove = -1
		filtered, err := Read(src)
		if err != nil {
			t.Fatalf("the filtered page fails: %v", err)
		}
		if !bytes.Equal(plain.Src, filtered.Src) || !reflect.DeepEqual(plain.Blocks, filtered.Blocks) || plain.Meta != filtered.Meta {
			t.Fatalf("filtered page read differently:\n%q\n%q", plain.Src, filtered.Src)
		}
	})
}
