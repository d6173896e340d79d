package ui

import (
	"fmt"
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

// FuzzBidi: what the page shows of pasted text holds no override, and
// every embedding or isolate left in it is closed in it (Bidi of it changes
// nothing); writing the markers back gives the text as it was.
func FuzzBidi(f *testing.F) {
	for _, s := range []string{"", "gnp.evil", "a \u202Egnp.evil\u202C b", "\u2067x \u202By\u2069 z", "\u202C\u2069", "\u202A\u202B\u202C", "a\xffb\u202D"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			s = strings.ToValidUTF8(s, "\uFFFD")
		}
		v := Bidi(s)
		if strings.ContainsAny(v, "\u202D\u202E") {
			t.Fatalf("Bidi(%q) = %q: an override is left", s, v)
		}
		if again := Bidi(v); again != v {
			t.Fatalf("Bidi(%q) = %q, and again %q: an unpaired control is left", s, v, again)
		}
		back := v
		for r := rune(0x202A); r <= 0x2069; r++ {
			back = strings.ReplaceAll(back, fmt.Sprintf("⟨U+%04X⟩", r), string(r))
		}
		if !strings.Contains(s, "⟨U+") && back != s {
			t.Fatalf("Bidi(%q) = %q: the markers do not give the text back (%q)", s, v, back)
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

// FuzzUTF16Offset: a textarea's selection (UTF-16 offsets, valid or not)
// maps to a byte offset on a character boundary that covers at least as
// many UTF-16 units, and cutting the text there and joining it back
// loses nothing.
func FuzzUTF16Offset(f *testing.F) {
	for _, s := range []string{"", "abc", "سلام عليكم", "a😀b", "a\xffb\u00a0c"} {
		f.Add(s, 2)
	}
	f.Fuzz(func(t *testing.T, s string, u int) {
		off := utf16Offset(s, u)
		if off < 0 || off > len(s) {
			t.Fatalf("utf16Offset(%q, %d) = %d: outside the text", s, u, off)
		}
		boundary := off == len(s)
		for i := range s { // as range reads it: an invalid byte is a character
			boundary = boundary || i == off
		}
		if !boundary {
			t.Fatalf("utf16Offset(%q, %d) = %d: inside a character", s, u, off)
		}
		if off < len(s) && utf16Len(s[:off]) < u {
			t.Fatalf("utf16Offset(%q, %d) = %d: covers %d units", s, u, off, utf16Len(s[:off]))
		}
		if u <= 0 && off != 0 {
			t.Fatalf("utf16Offset(%q, %d) = %d, want 0", s, u, off)
		}
		if s[:off]+s[off:] != s {
			t.Fatal("the halves do not join back")
		}
	})
}
