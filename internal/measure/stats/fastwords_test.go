package stats

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/clipperhouse/uax29/v2/words"
)

// segmenterWords returns the spans of the words of text as the UAX #29
// segmenter gives them, keeping those with a letter or a digit.
func segmenterWords(text string) [][2]int {
	var spans [][2]int
	it := words.FromString(text)
	for it.Next() {
		if isWord(it.Value()) {
			spans = append(spans, [2]int{it.Start(), it.End()})
		}
	}
	return spans
}

// checkFastWords compares fastWords with the segmenter on text, when
// fastWords takes it; it reports whether it did.
func checkFastWords(t *testing.T, text string) bool {
	t.Helper()
	var got [][2]int
	if !fastWords(text, func(s, e int) { got = append(got, [2]int{s, e}) }) {
		if got != nil {
			t.Fatalf("fastWords(%q) refused the text after giving words", text)
		}
		return false
	}
	if want := segmenterWords(text); !slices.Equal(got, want) {
		t.Fatalf("fastWords(%q) = %v, the segmenter gives %v", text, got, want)
	}
	return true
}

// fastAlphabet has a character of each class, and some of each kind of
// letter, digit and mark.
var fastAlphabet = []string{"a", "Z", "ب", "ی", "٣", "5", "\u064e", "\u0670", ".", "'", ":", ",", "،", " ", "«", "\u00a0", "\n", "-", "؛", "’", "“", "—"}

func TestFastWordsExhaustive(t *testing.T) {
	var gen func(prefix string, n int)
	count := 0
	gen = func(prefix string, n int) {
		if checkFastWords(t, prefix) {
			count++
		}
		if n == 0 {
			return
		}
		for _, c := range fastAlphabet {
			gen(prefix+c, n-1)
		}
	}
	gen("", 4)
	if count < 100000 {
		t.Errorf("fastWords took only %d of the texts", count)
	}
}

// TestFastWordsClasses checks every character wordClass knows, in
// contexts that show its class.
func TestFastWordsClasses(t *testing.T) {
	n := 0
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if wordClass(r) == wbNone {
			continue
		}
		n++
		c := string(r)
		for _, tmpl := range []string{"a%sb", "1%s2", "ب%sت", "٣%s٤", "%s", "%sa", "a%s", " %s ", "%s%s", "a%s\u064eb", "1%s\u064e2", "\n%sa", "a.%s", "%s'a", "1%s.2"} {
			checkFastWords(t, strings.ReplaceAll(tmpl, "%s", c))
		}
	}
	if n < 250 {
		t.Errorf("wordClass knows only %d characters", n)
	}
}

func FuzzFastWords(f *testing.F) {
	for _, tt := range ofTests {
		f.Add(tt.text)
	}
	f.Add("U.S. 3.5 don't a:b 1,000 ١٬٠٠٠ ،٣، «قال» ـ")
	f.Fuzz(func(t *testing.T, text string) {
		checkFastWords(t, text)
	})
}

// TestArabicLettersKnown checks what countChars takes for granted: the
// letters isArabicLetter accepts have a class and end no sentence.
func TestArabicLettersKnown(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if isArabicLetter(r) && (wordClass(r) != wbLetter || sentenceClass(r) != sbOLetter || !sentenceFree(r)) {
			t.Errorf("%U: an Arabic letter, but word class %d, sentence class %d, sentence-free %v", r, wordClass(r), sentenceClass(r), sentenceFree(r))
		}
	}
	for r := rune(0); r < utf8.RuneSelf; r++ {
		stops := r == '.' || r == '!' || r == '?' || r == '\n' || r == '\r'
		if sentenceFree(r) == stops {
			t.Errorf("%U: sentenceFree %v, but countChars's list says %v", r, sentenceFree(r), !stops)
		}
	}
}
