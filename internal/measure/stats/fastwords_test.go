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
		checkAppendWords(t, text, nil, false)
		return false
	}
	if want := segmenterWords(text); !slices.Equal(got, want) {
		t.Fatalf("fastWords(%q) = %v, the segmenter gives %v", text, got, want)
	}
	checkAppendWords(t, text, got, true)
	return true
}

// checkAppendWords checks that AppendWords gives the spans want of
// fastWords on text, after those already in its slice, and ok as it did.
func checkAppendWords(t *testing.T, text string, want [][2]int, ok bool) {
	t.Helper()
	spans, known := AppendWords([]int32{-1, -2}, text)
	var got [][2]int
	for k := 2; k+1 < len(spans); k += 2 {
		got = append(got, [2]int{int(spans[k]), int(spans[k+1])})
	}
	if known != ok || spans[0] != -1 || spans[1] != -2 || len(spans)%2 != 0 || !slices.Equal(got, want) {
		t.Fatalf("AppendWords(%q) = %v, %v; want the spans %v after the two given, %v", text, spans, known, want, ok)
	}
}

// fastAlphabet has a character of each class, and some of each kind of
// letter, digit and mark.
var fastAlphabet = []string{"a", "Z", "ب", "ی", "٣", "5", "\u064e", "\u0670", ".", "'", ":", ",", "،", " ", "«", "\u00a0", "\n", "-", "؛", "’", "“", "—"}

// wordTemplates set a character where its word class shows.
var wordTemplates = []string{"a%sb", "1%s2", "ب%sت", "٣%s٤", "%s", "%sa", "a%s", " %s ", "%s%s", "a%s\u064eb", "1%s\u064e2", "\n%sa", "a.%s", "%s'a", "1%s.2"}

// TestFastScannersExhaustive checks each fast scanner against the
// segmenter on every text of up to depth pieces of an alphabet, and fails
// when the scanner took too few of them to be worth it.
func TestFastScannersExhaustive(t *testing.T) {
	for _, tt := range []struct {
		name     string
		check    func(*testing.T, string) bool
		alphabet []string
		depth    int
		min      int // texts the scanner must take
	}{
		{"words", checkFastWords, fastAlphabet, 4, 100000},
		{"sentences", checkFastSentences, sentenceAlphabet, 5, 1000000},
		{"sentences, other members", checkFastSentences, sentenceAlphabet2, 5, 1000000},
	} {
		t.Run(tt.name, func(t *testing.T) {
			count := 0
			var gen func(prefix string, n int)
			gen = func(prefix string, n int) {
				if tt.check(t, prefix) {
					count++
				}
				if n == 0 {
					return
				}
				for _, c := range tt.alphabet {
					gen(prefix+c, n-1)
				}
			}
			gen("", tt.depth)
			if count < tt.min {
				t.Errorf("the scanner took only %d of the texts", count)
			}
		})
	}
}

// TestFastScannersClasses checks every character a fast scanner's class
// table knows, in contexts that show its class.
func TestFastScannersClasses(t *testing.T) {
	for _, tt := range []struct {
		name      string
		check     func(*testing.T, string) bool
		known     func(rune) bool
		templates []string
	}{
		{"words", checkFastWords, func(r rune) bool { return wordClass(r) != wbNone }, wordTemplates},
		{"sentences", checkFastSentences, func(r rune) bool { return sentenceClass(r) != sbNone }, sentenceTemplates},
	} {
		t.Run(tt.name, func(t *testing.T) {
			n := 0
			for r := rune(0); r <= unicode.MaxRune; r++ {
				if !tt.known(r) {
					continue
				}
				n++
				for _, tmpl := range tt.templates {
					tt.check(t, strings.ReplaceAll(tmpl, "%s", string(r)))
				}
			}
			if n < 250 {
				t.Errorf("the class table knows only %d characters", n)
			}
		})
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
