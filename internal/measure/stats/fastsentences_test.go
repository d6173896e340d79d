package stats

import (
	"slices"
	"testing"

	"github.com/clipperhouse/uax29/v2/sentences"
)

// segmenterSentences returns the sentences of text as the UAX #29
// segmenter gives them.
func segmenterSentences(text string) []string {
	var out []string
	it := sentences.FromString(text)
	for it.Next() {
		out = append(out, it.Value())
	}
	return out
}

// checkFastSentences compares fastSentences with the segmenter on text,
// when fastSentences takes it; it reports whether it did.
func checkFastSentences(t *testing.T, text string) bool {
	t.Helper()
	var got []string
	if !fastSentences(text, func(s string) { got = append(got, s) }) {
		if got != nil {
			t.Fatalf("fastSentences(%q) refused the text after giving sentences", text)
		}
		return false
	}
	if want := segmenterSentences(text); !slices.Equal(got, want) {
		t.Fatalf("fastSentences(%q) = %q, the segmenter gives %q", text, got, want)
	}
	return true
}

// sentenceAlphabet has a character of each class.
var sentenceAlphabet = []string{"A", "b", "ب", "5", ".", "?", "؟", "\"", "»", ",", "، ", " ", "\n", "\r", "\u064e", "#", "؛", "’", "—"}

// sentenceAlphabet2 has other members of the classes, and the pairs that
// the rules treat together.
var sentenceAlphabet2 = []string{"É", "é", "ی", "٣", ". ", "!", "۔", ")", "'", "-", ";", "\u00a0", "\r\n", "\u0670", "\t", "U.S", "“", "”", "‘", "–"}

// sentenceTemplates set a character where its sentence class shows.
var sentenceTemplates = []string{
	"%s", "ab%s Cd", "ab. %s", "ab. %sc", "ab.%sc", "ab.%sC", "a%s.C", "ab. %s ef", "ab? %s", "ab.%s\nc",
	"ab%s\u064e Cd", "A. %s", "ab. 5%s c", "1.%s", "ab.%s%s c", "%s. c", "ab!%s", "ab. %s b",
}

func FuzzFastSentences(f *testing.F) {
	for _, tt := range ofTests {
		f.Add(tt.text)
	}
	f.Add(`Mr. Smith met J. K. Rowling in the U.S. "Did they?" he asked. (yes.) a.b 3.5 etc. and so on`)
	f.Fuzz(func(t *testing.T, text string) {
		checkFastSentences(t, text)
	})
}
