package benchdata

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestPaste(t *testing.T) {
	tests := []struct {
		desc string
		size int
		seed uint64
	}{
		{desc: "small", size: 4 << 10, seed: 1},
		{desc: "one megabyte", size: 1 << 20, seed: 1},
		{desc: "other seed", size: 256 << 10, seed: 42},
	}
	for _, tt := range tests {
		t.Run(tt.desc, func(t *testing.T) {
			p := Paste(tt.size, tt.seed)
			if len(p) > tt.size || len(p) < tt.size-64<<10 {
				t.Errorf("len = %d, want at most %d and close to it", len(p), tt.size)
			}
			if !utf8.Valid(p) {
				t.Error("paste is not valid UTF-8")
			}
			if !bytes.Equal(p, Paste(tt.size, tt.seed)) {
				t.Error("same seed gave different pastes")
			}
			if bytes.Equal(p, Paste(tt.size, tt.seed+1)) {
				t.Error("other seed gave the same paste")
			}
		})
	}
}

// TestPasteVaried checks that a large paste is made of different pages in
// every language, not one page repeated.
func TestPasteVaried(t *testing.T) {
	p := string(Paste(1<<20, 1))
	lines := strings.Split(p, "\n")
	long := map[string]int{}
	n := 0
	for _, l := range lines {
		if len(l) > 200 {
			long[l]++
			n++
		}
	}
	if n < 100 {
		t.Fatalf("only %d long lines in 1 MB", n)
	}
	if len(long) < n*99/100 {
		t.Errorf("%d distinct long lines of %d: pages repeat", len(long), n)
	}
	for _, marker := range []string{"نشر في", "Publié le", "By ", "\u00a0\u00a0\u00a0\u00a0", "شتنبر", "%", "km²", "٫"} {
		if !strings.Contains(p, marker) {
			t.Errorf("paste lacks %q", marker)
		}
	}
}

func TestPage(t *testing.T) {
	tests := []struct {
		desc, lang string
		want       []string // lines or parts the page must hold
	}{
		{desc: "Arabic", lang: "ar", want: []string{"نشر في", "انقر هنا لقراءة الخبر من مصدره.", "أخبار ذات صلة"}},
		{desc: "French", lang: "fr", want: []string{"Par ", "Publié le", "À lire aussi"}},
		{desc: "English", lang: "en", want: []string{"By ", " GMT", "Related stories"}},
		{desc: "unknown reads as English", lang: "xx", want: []string{"Related stories"}},
	}
	for _, tt := range tests {
		t.Run(tt.desc, func(t *testing.T) {
			p := string(Page(tt.lang, 3))
			for _, w := range tt.want {
				if !strings.Contains(p, w) {
					t.Errorf("page lacks %q", w)
				}
			}
			first, _, _ := strings.Cut(p, "\n")
			if strings.Count(first, "\u00a0\u00a0\u00a0\u00a0") < 14 {
				t.Errorf("first line is not a ticker of 15+ headlines: %.200q", first)
			}
		})
	}
}
