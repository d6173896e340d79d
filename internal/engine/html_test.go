package engine

import (
	"github.com/safi-app/safi/internal/devkit/testfiles"
	"os"
	"strings"
	"testing"

	"github.com/safi-app/safi/internal/extract/assemble"
	"github.com/safi-app/safi/internal/extract/classify"
	"github.com/safi-app/safi/internal/extract/htmlread"
	"github.com/safi-app/safi/internal/extract/textread"
)

func TestReadAnyDetectsHTML(t *testing.T) {
	page := `<!doctype html><html lang="en"><head><title>Storm closes schools across the region - Daily</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Storm closes schools across the region</h1>
<p>Schools in six counties were closed on Friday as a winter storm brought up to 40 centimetres of snow, officials said, and buses will run again on Monday.</p>
<p>The storm, the strongest this winter, also cut power to 12,000 homes, according to the utility, which expects to restore it by Saturday evening.</p></article>
<footer>© Daily</footer></body></html>`
	for _, tc := range []struct {
		desc, src, format, want string
	}{
		{"HTML by content", page, "", "html"},
		{"HTML forced", "<p>short</p>", "html", "html"},
		{"text forced on HTML", page, "text", "text"},
		{"text that starts with a pseudo-tag", "<noun>.js is a library name.\nSecond line.", "", "text"},
		{"plain Arabic text", "عاجل: الحكومة تصادق على المشروع", "", "text"},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			if got := readAny([]byte(tc.src), tc.format).Format; got != tc.want {
				t.Errorf("format = %q, want %q", got, tc.want)
			}
		})
	}

	r := Analyze([]byte(page), Options{})
	if r.Input.Format != "html" || r.Input.OffsetsIn != "text" {
		t.Errorf("input = %+v, want html with offsets in text", r.Input)
	}
	if !strings.Contains(r.Article.Text, "Schools in six counties") || !strings.Contains(r.Article.Text, "12,000 homes") {
		t.Errorf("article lacks its paragraphs:\n%s", r.Article.Text)
	}
	for _, noise := range []string{"Home", "© Daily"} {
		if strings.Contains(r.Article.Text, noise) {
			t.Errorf("article holds %q:\n%s", noise, r.Article.Text)
		}
	}
	if r.Article.Title != "Storm closes schools across the region" {
		t.Errorf("title = %q", r.Article.Title)
	}
	// Offsets count bytes of the rendered text.
	d := Prepare([]byte(page), Options{})
	for _, p := range r.Article.Paragraphs {
		if got := string(d.Src[p.Start:p.End]); got != p.Text {
			t.Errorf("paragraph [%d,%d) = %q, want %q", p.Start, p.End, got, p.Text)
		}
	}
}

func TestHTMLTickerHeadlines(t *testing.T) {
	src, err := os.ReadFile(testfiles.Path("internal", "extract", "htmlread", "testdata", "ar-news", "input.html"))
	if err != nil {
		t.Fatal(err)
	}
	r := Analyze(src, Options{})
	if len(r.Ticker.Headlines) != 4 || r.Ticker.Headlines[0].Text != "الحكومة تصادق على مشروع قانون المالية لسنة 2027" {
		t.Errorf("ticker = %+v", r.Ticker.Headlines)
	}
	if r.Language != "ar" || r.Article.Author != "سعاد بنعلي" || r.Article.Published != "2026-09-14T10:30:00+01:00" {
		t.Errorf("language %q author %q published %q", r.Language, r.Article.Author, r.Article.Published)
	}
	if strings.Contains(r.Article.Text, "فيسبوك") || strings.Contains(r.Article.Text, "اقرأ أيضا") {
		t.Errorf("article holds share row or related list:\n%s", r.Article.Text)
	}
}

func TestHTMLFallbackWarning(t *testing.T) {
	d := textread.Text([]byte("<p>text</p>"))
	d.Facts.Fallback = "htmlread: cannot parse the page: test"
	classify.Run(d)
	r := measure(d, assemble.Build(d, nil), false)
	found := false
	for _, w := range r.Warnings {
		found = found || w.Code == "html-unreadable"
	}
	if !found {
		t.Errorf("warnings = %+v, want html-unreadable", r.Warnings)
	}
}

func TestHTMLAggregatorPage(t *testing.T) {
	src, err := os.ReadFile(testfiles.Path("internal", "extract", "htmlread", "testdata", "ar-aggregator", "input.html"))
	if err != nil {
		t.Fatal(err)
	}
	r := Analyze(src, Options{})
	if len(r.Ticker.Headlines) != 6 {
		t.Errorf("ticker: %d headlines, want 6: %+v", len(r.Ticker.Headlines), r.Ticker.Headlines)
	}
	for _, want := range []string{"سجلت حالات انضمام مغاربة", "اندحار \"داعش\"", "تشديد المراقبة على الحدود."} {
		if !strings.Contains(r.Article.Text, want) {
			t.Errorf("article lacks %q", want)
		}
	}
	for _, noise := range []string{"هزة أرضية", "الرئيسية", "انقر هنا لقراءة الخبر", "الأكثر قراءة", "النصيري", "شكرا على الإبلاغ", "© مغرس", "نشر في"} {
		if strings.Contains(r.Article.Text, noise) {
			t.Errorf("article holds %q", noise)
		}
	}
	if r.Article.Title != `اندحار "داعش" يضيق الخناق على مقاتلين مغاربة بالعراق وسوريا` {
		t.Errorf("title = %q", r.Article.Title)
	}
}

// TestHTMLStreamedWarning: a page over htmlread.StreamAbove, read without a
// parse tree, says so; the same page under the limit does not.
func TestHTMLStreamedWarning(t *testing.T) {
	page, err := os.ReadFile(testfiles.Path("internal", "extract", "htmlread", "testdata", "ar-news", "input.html"))
	if err != nil {
		t.Fatal(err)
	}
	// The page, then comments up to the size wanted: same text, more bytes.
	sized := func(n int) []byte {
		b := append([]byte{}, page...)
		for len(b) < n {
			b = append(b, "<!-- padding padding padding padding padding padding padding -->\n"...)
		}
		return b
	}
	tests := []struct {
		desc string
		src  []byte
		want bool
	}{
		{"the page as it is", page, false},
		{"just over the limit", sized(htmlread.StreamAbove + 1), true},
	}
	for _, tc := range tests {
		r := Analyze(tc.src, Options{})
		got := false
		for _, w := range r.Warnings {
			got = got || w.Code == "html-streamed"
		}
		if got != tc.want || r.Input.Format != "html" {
			t.Errorf("%s (%d bytes): html-streamed %v, want %v (format %q, warnings %+v)", tc.desc, len(tc.src), got, tc.want, r.Input.Format, r.Warnings)
		}
	}
}
