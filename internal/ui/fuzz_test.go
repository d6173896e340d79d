package ui

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzVisible: the segmentation view's text is valid UTF-8 and hides
// nothing.
func FuzzVisible(f *testing.F) {
	for _, s := range []string{"", "نص", "abc\u202Edef\u202C", "a\x00b", "a\xffb", "\u2067x\u2069", "\uFEFFbom"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v := Visible(s)
		if !utf8.ValidString(v) {
			t.Fatalf("Visible(%q) = %q: invalid UTF-8", s, v)
		}
		if strings.ContainsFunc(v, hiddenRune) {
			t.Fatalf("Visible(%q) = %q: a hidden character is left", s, v)
		}
	})
}

// FuzzSessionToggle: any input gives a session; toggling a block flips it
// and toggling it again restores the article.
func FuzzSessionToggle(f *testing.F) {
	for _, s := range []string{"", "title\n\nA paragraph of some length, with words.", seed[:2000], "<p>html</p>", "a\u00a0\u00a0\u00a0\u00a0b\u00a0\u00a0\u00a0\u00a0c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		sess, err := NewSession([]byte(s), "", nil)
		if err != nil {
			t.Fatalf("NewSession(%q): %v", s, err)
		}
		base := sess.Report.Article.Text
		for i := range sess.Report.Blocks {
			if !sess.Toggleable(i) {
				continue
			}
			in := sess.InArticle(i)
			if err := sess.Toggle(i); err != nil {
				t.Fatal(err)
			}
			if sess.InArticle(i) == in {
				t.Fatalf("block %d: toggle did not move it", i)
			}
			if err := sess.Undo(); err != nil {
				t.Fatal(err)
			}
			if sess.Report.Article.Text != base || len(sess.Corrections) != 0 {
				t.Fatalf("block %d: undo did not restore the article", i)
			}
			if i > 20 {
				break
			}
		}
	})
}

// FuzzMatchLanguage: whatever the browser reports as its languages, the
// match is an interface language, the same each time, and a tag naming an
// interface language exactly, put first, wins.
func FuzzMatchLanguage(f *testing.F) {
	for _, s := range []string{"", "ar-MA", "fr-CA,en", "ary", "fa,fr", "??,ar", "en-GB", "x-klingon", "ar-Latn", "zh-Hant-TW,fr"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		langs := strings.Split(s, ",")
		got := MatchLanguage(langs...)
		if !slices.Contains(Languages, got) {
			t.Fatalf("MatchLanguage(%q) = %q, not an interface language", langs, got)
		}
		if again := MatchLanguage(langs...); again != got {
			t.Fatalf("MatchLanguage(%q) = %q, then %q", langs, got, again)
		}
		for _, l := range Languages {
			if first := MatchLanguage(append([]string{l}, langs...)...); first != l {
				t.Fatalf("MatchLanguage(%q) = %q, want %q", append([]string{l}, langs...), first, l)
			}
		}
	})
}
