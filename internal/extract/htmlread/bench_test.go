package htmlread

import (
	"fmt"
	"strings"
	"testing"
)

// page builds an HTML page of n article paragraphs between a menu, a
// ticker and a sidebar of links.
func page(n int) []byte {
	var b strings.Builder
	b.WriteString(`<!doctype html><html lang="ar"><head><title>عنوان المقال الطويل نسبيا هنا | الموقع</title></head><body>`)
	b.WriteString(`<nav class="menu"><ul>`)
	for i := 0; i < 20; i++ {
		fmt.Fprintf(&b, `<li><a href="/s%d">قسم %d</a></li>`, i, i)
	}
	b.WriteString(`</ul></nav><div class="ticker"><ul>`)
	for i := 0; i < 30; i++ {
		fmt.Fprintf(&b, `<li><a href="/t%d">خبر عاجل رقم %d عن الأحداث الجارية</a></li>`, i, i)
	}
	b.WriteString(`</ul></div><article class="post-content"><h1>عنوان المقال الطويل نسبيا هنا</h1>`)
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, `<p>الفقرة %d من المقال، وفيها جمل كثيرة، وأرقام مثل 15 مليار درهم و300 مليون متر مكعب، وتواريخ مثل 14 شتنبر 2026.</p>`, i)
	}
	b.WriteString(`</article><aside class="sidebar"><ul>`)
	for i := 0; i < 40; i++ {
		fmt.Fprintf(&b, `<li><a href="/r%d">مقال ذو صلة %d</a></li>`, i, i)
	}
	b.WriteString(`</ul></aside></body></html>`)
	return []byte(b.String())
}

func BenchmarkRead(b *testing.B) {
	for _, n := range []int{10, 100, 1000, 10000} {
		src := page(n)
		b.Run(fmt.Sprintf("paragraphs=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				d, err := Read(src)
				if err != nil {
					b.Fatal(err)
				}
				main := 0
				for i := range d.Blocks {
					if d.Blocks[i].Region == RegionMain {
						main++
					}
				}
				if main != n {
					b.Fatalf("%d blocks in the main content, want %d", main, n)
				}
			}
		})
	}
}

// BenchmarkReadStream reads the pages BenchmarkRead reads as Read reads a
// page over StreamAbove, without a parse tree.
func BenchmarkReadStream(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		src := page(n)
		b.Run(fmt.Sprintf("paragraphs=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				if d := readStream(src); len(d.Blocks) < n {
					b.Fatalf("%d blocks, want at least %d", len(d.Blocks), n)
				}
			}
		})
	}
}
