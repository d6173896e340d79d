// Package readability grades how easy the article is to read, with the
// formula made for its language:
//
//   - Arabic: OSMAN (El-Haj & Rayson, "OSMAN – A Novel Arabic Readability
//     Metric", LREC 2016):
//     200.791 − 1.015 × words/sentences − 24.181 × (long + syllables + complex + faseeh)/words,
//     where long words have more than five letters, syllables are weighted
//     (a long or stressed syllable counts two), complex words have more
//     than four syllables and faseeh words are complex words holding a
//     mark of formal Arabic (ء ئ ؤ ذ ظ, or ending in وا or ون).
//   - English: Flesch reading ease (Flesch, "A new readability yardstick",
//     Journal of Applied Psychology, 1948):
//     206.835 − 1.015 × words/sentences − 84.6 × syllables/words.
//   - French: Kandel & Moles' adaptation of Flesch (Kandel & Moles, 1958):
//     207 − 1.015 × words/sentences − 73.6 × syllables/words.
//
// All three read alike: about 100 is very easy, 60–70 plain, under 30 very
// hard. The words and sentences are the article's counts (package stats);
// this package counts syllables, long, complex and faseeh words. Syllables
// are counted from the spelling (rules below), not from a dictionary;
// OSMAN's short vowels are counted from the harakat where the text has
// them, and estimated where it has not (news text rarely has them: OSMAN's
// own tool adds them with a diacritiser, which Safi has not).
package readability

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/clipperhouse/uax29/v2/words"

	"github.com/safi-app/safi/internal/measure/stats"
	"github.com/safi-app/safi/internal/report"
)

// Formula names, as the report gives them.
const (
	OSMAN       = "osman"
	Flesch      = "flesch"
	KandelMoles = "kandel-moles"
)

// formula is a Flesch-shaped formula: base − perSentence × words/sentences
// − perWord × (weighted counts)/words.
type formula struct {
	name        string
	base        float64
	perSentence float64
	perWord     float64
	vowels      string // the letters that make a syllable (Latin scripts)
	silentE     bool   // a final e (es) after a consonant is silent
}

// formulas is the formula of each language that has one.
var formulas = map[string]formula{
	"ar": {name: OSMAN, base: 200.791, perSentence: 1.015, perWord: 24.181},
	"en": {name: Flesch, base: 206.835, perSentence: 1.015, perWord: 84.6, vowels: "aeiouy", silentE: true},
	"fr": {name: KandelMoles, base: 207, perSentence: 1.015, perWord: 73.6, vowels: "aeiouyàâäéèêëîïôöùûüÿœæ", silentE: true},
}

// Of grades text, in the language tag, which has words words in sentences
// sentences (the article's counts). It returns nil when the language has
// no formula or the text no word.
func Of(text, tag string, wordCount, sentenceCount int) *report.Readability {
	return of(text, nil, false, tag, wordCount, sentenceCount)
}

// OfWords is Of for a text whose words stats.AppendWords found (and
// reported true): spans holds their starts and ends, in pairs.
func OfWords(text string, spans []int32, tag string, wordCount, sentenceCount int) *report.Readability {
	return of(text, spans, true, tag, wordCount, sentenceCount)
}

// of is Of, from the words' spans when known is set.
func of(text string, spans []int32, known bool, tag string, wordCount, sentenceCount int) *report.Readability {
	f, ok := formulas[tag]
	if !ok || wordCount == 0 {
		return nil
	}
	sentenceCount = max(sentenceCount, 1)
	r := &report.Readability{Formula: f.name, Words: wordCount, Sentences: sentenceCount}
	each := eachWord
	if known {
		each = func(text string, f func(w string)) {
			for k := 0; k+1 < len(spans); k += 2 {
				f(text[spans[k]:spans[k+1]])
			}
		}
	}
	each(text, func(w string) {
		if f.name == OSMAN {
			c := arabicWord(w)
			r.Syllables += c.syllables
			if c.letters > 5 {
				r.LongWords++
			}
			if c.syllables > 4 {
				r.ComplexWords++
				if c.faseeh {
					r.FaseehWords++
				}
			}
			return
		}
		r.Syllables += latinSyllables(w, f.vowels, f.silentE)
	})
	n := float64(wordCount)
	weighted := float64(r.Syllables + r.LongWords + r.ComplexWords + r.FaseehWords)
	score := f.base - f.perSentence*n/float64(sentenceCount) - f.perWord*weighted/n
	r.Score = math.Round(score*10) / 10
	return r
}

// eachWord calls f with each word of text, as the word count finds them:
// UAX #29 words holding a letter or a digit. No word spans a line: each
// line goes through stats.FastWords, or the full segmenter when it holds
// a character FastWords does not know.
func eachWord(text string, f func(w string)) {
	for text != "" {
		line, rest, _ := strings.Cut(text, "\n")
		text = rest
		if stats.FastWords(line, func(start, end int) { f(line[start:end]) }) {
			continue
		}
		it := words.FromString(line)
		for it.Next() {
			if w := it.Value(); isWord(w) {
				f(w)
			}
		}
	}
}

// isWord reports whether the segment w holds a letter or a digit, as the
// word count does.
func isWord(w string) bool {
	for _, r := range w {
		if r != 0x0640 && unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// latinSyllables counts the syllables of an English or French word: its
// groups of vowel letters, less a final silent e ("-e", "-es" after a
// consonant) when another group is left, and at least one (a number, an
// abbreviation).
func latinSyllables(w, vowels string, silentE bool) int {
	n := 0
	prevVowel := false
	for _, r := range w {
		v := strings.ContainsRune(vowels, unicode.ToLower(r))
		if v && !prevVowel {
			n++
		}
		prevVowel = v
	}
	if silentE && n > 1 {
		s := w
		if last := s[len(s)-1]; last == 's' || last == 'S' {
			s = s[:len(s)-1]
		}
		if stem, ok := cutE(s); ok && stem != "" {
			before, size := utf8.DecodeLastRuneInString(stem)
			prev, _ := utf8.DecodeLastRuneInString(stem[:len(stem)-size])
			before, prev = unicode.ToLower(before), unicode.ToLower(prev)
			syllabicL := before == 'l' && prev != utf8.RuneError && !strings.ContainsRune(vowels, prev)
			if !strings.ContainsRune(vowels, before) && !syllabicL {
				// "make", "pages", "smile", "grande", "écoles"; not
				// "see", nor "table" or "tables", whose l is a syllable.
				n--
			}
		}
	}
	return max(n, 1)
}

// cutE returns s without its final e or E, and whether it had one.
func cutE(s string) (string, bool) {
	if s != "" && (s[len(s)-1] == 'e' || s[len(s)-1] == 'E') {
		return s[:len(s)-1], true
	}
	return s, false
}

// Harakat and letters OSMAN counts.
const (
	fatha   = 0x064E
	damma   = 0x064F
	kasra   = 0x0650
	shadda  = 0x0651
	sukun   = 0x0652
	tanwinF = 0x064B // fathatan
	tanwinD = 0x064C // dammatan
	tanwinK = 0x064D // kasratan
)

// longVowel reports whether r is a letter that lengthens the vowel before
// it (alif, waw, ya, alif maqsura).
func longVowel(r rune) bool {
	switch r {
	case 'ا', 'و', 'ي', 'ى':
		return true
	}
	return false
}

// arabicCounts are OSMAN's counts of one word.
type arabicCounts struct {
	letters   int  // letters, without harakat and tatweel
	syllables int  // weighted: short 1, long 2, stressed 2
	faseeh    bool // holds a mark of formal Arabic
}

// arabicWord counts one word for OSMAN. With harakat, as OSMAN's own tool
// does: each fatha, damma or kasra is a short syllable, or a long one when
// alif, waw or ya follows it; each tanwin and shadda is a stressed
// syllable. Without them (most news text), the vowels are estimated from
// the letters: alif, waw, ya and alif maqsura after the first letter each
// make a long syllable (not right after another: the alif of ذهبوا is
// silent); each other letter but the last (read in pause,
// without its case ending) carries a short vowel; the alif and lam of the
// article (ال, also after و ف ب ك) make one short syllable together. A
// word has at least one syllable.
func arabicWord(w string) arabicCounts {
	var c arabicCounts
	var buf [32]rune // most words: no allocation
	letters := buf[:0]
	marked := false
	for i := 0; i < len(w); {
		// Decoded here, two-byte characters (Arabic) inline: the call
		// per character cost as much as the rest.
		r, size := rune(w[i]), 1
		if r >= utf8.RuneSelf {
			if r >= 0xC2 && r < 0xE0 && i+1 < len(w) && w[i+1]&0xC0 == 0x80 {
				r, size = (r&0x1F)<<6|rune(w[i+1]&0x3F), 2
			} else {
				r, size = utf8.DecodeRuneInString(w[i:])
			}
		}
		i += size
		switch {
		case r >= tanwinF && r <= sukun:
			marked = true
		case r == 0x0640: // tatweel
		case r >= 0x0621 && r <= 0x064A || r > 0x7F && unicode.IsLetter(r) || 'a' <= r|0x20 && r|0x20 <= 'z':
			letters = append(letters, r)
		}
		switch r {
		case 'ء', 'ئ', 'ؤ', 'ذ', 'ظ': // the marks of formal Arabic
			c.faseeh = true
		}
	}
	c.letters = len(letters)
	if n := len(letters); n >= 2 && letters[n-2] == 'و' && (letters[n-1] == 'ا' || letters[n-1] == 'ن') {
		c.faseeh = true // وا, ون
	}
	if marked {
		for i, r := range w {
			switch r {
			case fatha, damma, kasra:
				next, _ := utf8.DecodeRuneInString(w[i+utf8.RuneLen(r):])
				if next == 'ا' || next == 'و' || next == 'ي' {
					c.syllables += 2
				} else {
					c.syllables++
				}
			case tanwinF, tanwinD, tanwinK, shadda:
				c.syllables += 2
			}
		}
	} else {
		c.syllables = estimateSyllables(letters)
	}
	c.syllables = max(c.syllables, 1)
	return c
}

// articleLen returns the length, in letters, of the article al- (ال) at
// the start of letters, alone or after one of the proclitics و ف ب ك,
// when more letters follow it; 0 when there is none.
func articleLen(letters []rune) int {
	switch {
	case len(letters) > 2 && letters[0] == 'ا' && letters[1] == 'ل':
		return 2
	case len(letters) > 3 && letters[1] == 'ا' && letters[2] == 'ل':
		switch letters[0] {
		case 'و', 'ف', 'ب', 'ك':
			return 3
		}
	}
	return 0
}

// estimateSyllables estimates the weighted syllables of an unvowelled
// word's letters (see arabicWord).
func estimateSyllables(letters []rune) int {
	skip, n := articleLen(letters), 0
	if skip > 0 {
		n = 1 // al-, wal-, fal-…: one short syllable
	}
	long := false // the letter before lengthened a vowel
	for i := skip; i < len(letters); i++ {
		switch {
		case i > 0 && longVowel(letters[i]) && !long:
			n++ // the vowel before it is long: one more than a short one
			long = true
			continue
		case i < len(letters)-1:
			n++
		}
		long = false
	}
	return n
}
