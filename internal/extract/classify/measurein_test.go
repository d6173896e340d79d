package classify

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// countOneByOne is countIn as it was before its loop over runs of Arabic
// letters (each Arabic letter went through the general step) and with a
// function counting each word: the reference. The tests check that
// countIn's counts are its, and so measureIn's features.
func countOneByOne(text string) (features, tally) {
	var f features
	cjk, cjkStops := 0, 0
	inWord := false
	wordStart := 0
	// The density of function words is estimated on the first
	// densitySample words: plenty to tell prose from a list, and it keeps
	// long paragraphs from costing a look-up per word.
	sampled := 0
	// Title case (see isTitleCase): the words that open with a Latin
	// letter and are not function words, and those of them that open
	// with a capital; the current word's first character is one, a capital.
	latin, caps := 0, 0
	wordLatin, wordUpper := false, false
	// A word made only of ASCII letters and Arabic letters but tatweel
	// (pure) folds letter by letter (see foldShape), as the main loop
	// reads it, into key: it is looked up without trimming and folding it
	// again. A longer key than key's room cannot be a stop word. So is a
	// word whose letters stand between punctuation that trimWord trims
	// (isTrimmed: 'في،', '"من"', '(and)'), left out of key; trail is set
	// once such punctuation follows letters: a letter after it makes the
	// word impure.
	var key [32]byte
	kn, pure, trail := 0, false, false
	word := func(w string) {
		f.words++
		stop := false
		if sampled < densitySample {
			if pure {
				stop = kn <= len(key) && isStopKey(key[:kn])
			} else {
				stop = isStopword(w)
			}
			if stop {
				f.stops++
			}
			sampled++
		}
		if wordLatin && !stop {
			latin++
			if wordUpper {
				caps++
			}
		}
	}
	letters, other := 0, 0
	// The tabs, counted as the loop passes them: a text of fewer than two
	// is no table row, and isTableRow need not count them again.
	tabs := 0
	firstLetter := false // the current word's first letter is still to come
	for i, n := 0, 0; i < len(text); i += n {
		c := text[i]
		if c < utf8.RuneSelf {
			n = 1
			cl := asciiClass[c]
			if cl == asciiSpaceClass {
				if c == '\t' {
					tabs++
				}
				if inWord {
					word(text[wordStart:i])
					inWord = false
				}
				continue
			}
			if !inWord {
				inWord, wordStart, firstLetter = true, i, true
				wordLatin, wordUpper = cl&asciiLetter != 0, cl&asciiUpper != 0
				kn, pure, trail = 0, true, false
			}
			if cl&asciiLetter != 0 {
				if trail {
					pure = false
				}
				letters++
				if firstLetter {
					firstLetter = false
					if cl&asciiUpper == 0 {
						f.lower++
					}
				}
				if kn < len(key) {
					key[kn] = c | 0x20
				}
				kn++
				// The ASCII letters after it, in a loop of their own.
				for i+n < len(text) && text[i+n] < utf8.RuneSelf && asciiClass[text[i+n]]&asciiLetter != 0 {
					if kn < len(key) {
						key[kn] = text[i+n] | 0x20
					}
					kn++
					n++
				}
				letters += n - 1
			} else {
				other++
				if cl&asciiTrimmed == 0 {
					pure = false
				} else if kn > 0 {
					trail = true
				}
			}
			continue
		}
		var r rune
		if 0xC2 <= c && c <= 0xDF && i+1 < len(text) && text[i+1]&0xC0 == 0x80 {
			r, n = rune(c&0x1F)<<6|rune(text[i+1]&0x3F), 2
		} else {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		var space, letter bool
		switch {
		case r >= 0x0621 && r <= 0x064A && r != 0x0640:
			letter = true // Arabic letters, without the Unicode tables
		default:
			space = isSpace(r)
			letter = !space && unicode.IsLetter(r)
		}
		if space {
			if inWord {
				word(text[wordStart:i])
			}
			inWord = false
			continue
		}
		if !inWord {
			inWord, wordStart, firstLetter = true, i, true
			kn, pure, trail = 0, true, false
			if 0x0590 <= r && r < 0x0800 {
				wordLatin, wordUpper = false, false // Hebrew, Arabic, Syriac, Thaana, N'Ko
			} else {
				wordLatin, wordUpper = unicode.Is(unicode.Latin, r), unicode.IsUpper(r)
			}
		}
		if letter {
			letters++
			if firstLetter {
				firstLetter = false
				if (r < 0x0600 || r > 0x06FF) && unicode.IsLower(r) { // (no case in Arabic)
					f.lower++
				}
			}
		} else {
			other++
		}
		if r >= 0x0621 && r <= 0x064A && arabicFolded[r-0x0621] != 0 {
			if trail {
				pure = false
			}
			if kn+1 < len(key) {
				a := arabicFolded[r-0x0621]
				key[kn], key[kn+1] = byte(0xC0|a>>6), byte(0x80|a&0x3F)
			}
			kn += 2
		} else if !isTrimmed(r) {
			pure = false
		} else if kn > 0 {
			trail = true
		}
		if r >= 0x1100 && isCJK(r) {
			cjk++
			if _, ok := cjkFunction[r]; ok {
				cjkStops++
			}
		}
	}
	if inWord {
		word(text[wordStart:])
	}
	return f, tally{cjk: cjk, cjkStops: cjkStops, sampled: sampled, latin: latin, caps: caps, letters: letters, other: other, tabs: tabs}
}

// measureInCases mix Arabic letters with tatweel, harakat, punctuation
// that trimWord trims, Latin and digits, around the boundaries of the
// key's room (32 bytes).
var measureInCases = []string{
	"",
	"في",
	"قررت وكالة الحوض المائي لسوس ماسة تقليص حصص مياه السقي",
	"من، إلى «في» (عن) على؟ هذا الـمـطـر",
	"مُحَمَّد كتبَ الرسالةَ",
	"استراتيجيةاستراتيجيةاستراتيجيةاستراتيجية و",
	"اللهاللهاللهاللهاللهاللهاللهالل من",
	"في123 من abc عن\u00a0على\u200bفي",
	"\"من\"في ،في، في\xd8 \xd9\x8a\xd8",
	"Le monde في THE World ١٢٣ ۱۲۳",
	"The Quick Brown Fox Jumps Over",
	"l'homme d'un qu'il (and) \"the\" Über ÉTÉ",
	"a\tb\t12\t3.5",
	"中文的句子是我们的，日本語の文",
}

func TestMeasureIn(t *testing.T) {
	for _, s := range measureInCases {
		checkMeasure(t, s)
		checkMeasure(t, strings.Repeat(s+" ", 40))
	}
}

func FuzzMeasureIn(f *testing.F) {
	for _, s := range measureInCases {
		f.Add(s)
	}
	f.Fuzz(checkMeasure)
}

func checkMeasure(t *testing.T, s string) {
	gotF, gotT := countIn(s)
	wantF, wantT := countOneByOne(s)
	if gotF != wantF || gotT != wantT {
		t.Fatalf("countIn(%q) = %+v, %+v; want %+v, %+v", s, gotF, gotT, wantF, wantT)
	}
}
