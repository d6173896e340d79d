package stats

// The reference implementation: statistics of one joined text, as Safi
// computed them before Sets measured parts. Sets must agree with it on any
// parts (FuzzSetsMatchReference); it is kept here, in a test file, only for
// that comparison. The small helpers the new code kept unchanged
// (isWord, isQuoteStart, oneLetterProclitics…) are shared, not copied.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/clipperhouse/uax29/v2/sentences"
	"github.com/clipperhouse/uax29/v2/words"

	"github.com/safi-app/safi/internal/language/lang"
	"github.com/safi-app/safi/internal/language/normalize"
	"github.com/safi-app/safi/internal/report"
)

// refOf returns the statistics of text, which holds paragraphs paragraphs and
// headings headings separated by blank lines ("\n\n"). The counts of
// paragraphs and headings are the caller's; everything else is measured.
// Averages and ratios are rounded to two decimals (the type/token ratio to
// three), times to a tenth of a second, script percentages to a tenth of a
// percent.
func refOf(text string, paragraphs, headings int) report.Stats {
	st := refOfPage(text, paragraphs, headings)
	// Language of each paragraph.
	for rest := text; rest != ""; {
		p, after, _ := strings.Cut(rest, "\n\n")
		rest = after
		if strings.TrimSpace(p) != "" {
			st.ParagraphLanguages = append(st.ParagraphLanguages, lang.Detect(p))
		}
	}
	return st
}

// refOfPage is refOf without the language of each paragraph: for the whole page
// and its noise, whose thousands of blocks would each get an entry.
func refOfPage(text string, paragraphs, headings int) report.Stats {
	st := report.Stats{Paragraphs: paragraphs, Headings: headings}
	st.Language = lang.Detect(text)

	// Characters, letters and scripts in one pass.
	var counts [4]int // arabic, latin, digits, other
	prev := 3
	for _, r := range text {
		st.Characters++
		if isSpace(r) {
			continue
		}
		st.CharactersNoSpaces++
		k := 3
		switch {
		case r < 0x80:
			switch {
			case 'a' <= r|0x20 && r|0x20 <= 'z':
				k = 1
				st.Letters++
			case '0' <= r && r <= '9':
				k = 2
			}
		case isArabicLetter(r):
			st.Letters++
			k = 0
		case r == 0x0640:
			k = 0 // tatweel: Arabic, but no letter (Unicode calls it one, Lm)
		case unicode.IsDigit(r):
			k = 2
		case unicode.IsLetter(r):
			st.Letters++
			switch lang.ScriptOf(r) {
			case lang.ScriptArabic:
				k = 0
			case lang.ScriptLatin:
				k = 1
			}
		case unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r):
			k = prev // a mark belongs to the script of its letter
		}
		counts[k]++
		prev = k
	}
	st.Scripts = map[string]float64{ScriptArabic: 0, ScriptLatin: 0, ScriptDigits: 0, ScriptOther: 0}
	if st.CharactersNoSpaces > 0 {
		for k, name := range []string{ScriptArabic, ScriptLatin, ScriptDigits, ScriptOther} {
			st.Scripts[name] = round(100*float64(counts[k])/float64(st.CharactersNoSpaces), 1)
		}
	}

	// Words and unique words.
	st.Words, st.UniqueWords = refCountWords(text, st.Language)

	// Sentences.
	st.Sentences = refCountSentences(text, st.Language)
	// Word and sentence boundaries come from two segmentations that can
	// disagree ("ب.A" is one word across a sentence break): a text has no
	// more sentences than words.
	st.Sentences = min(st.Sentences, st.Words)

	if st.Words > 0 {
		st.AvgWordLength = round(float64(st.Letters)/float64(st.Words), 2)
		st.TypeTokenRatio = round(float64(st.UniqueWords)/float64(st.Words), 3)
	}
	if st.Sentences > 0 {
		st.AvgSentenceWords = round(float64(st.Words)/float64(st.Sentences), 2)
	}
	st.ReadingTimeSeconds = round(lang.ReadingSeconds(st.Language, st.Words, st.Letters), 1)
	st.SpeakingTimeSeconds = round(lang.SpeakingSeconds(st.Language, st.Words, st.Letters), 1)
	return st
}

// refCountWords counts the UAX #29 words of text that hold a letter or a
// digit, and how many distinct folded forms they have.
func refCountWords(text, tag string) (n, unique int) {
	seen := map[string]struct{}{}
	proclitic := oneLetterProclitics(tag)
	var buf []byte
	it := words.FromString(text)
	for it.Next() {
		w := it.Value()
		if !isWord(w) {
			continue
		}
		// ل"داعش": the proclitic belongs to the quoted word that follows.
		if len(w) <= utf8.UTFMax && proclitic[w] && it.End() < len(text) && isQuoteStart(text[it.End():]) {
			continue
		}
		n++
		buf = normalize.AppendFold(buf[:0], w)
		if _, ok := seen[string(buf)]; !ok {
			seen[string(buf)] = struct{}{}
		}
	}
	return n, len(seen)
}

// refEndsWithAbbreviation reports whether the sentence s ends with a period
// that follows an initial (one capital letter) or an abbreviation of the
// language tag.
func refEndsWithAbbreviation(s, tag string) bool {
	s = strings.TrimRightFunc(s, isSpace)
	if !strings.HasSuffix(s, ".") || strings.HasSuffix(s, "..") {
		return false
	}
	s = s[:len(s)-1]
	i := len(s)
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		i -= size
	}
	w := s[i:]
	if w == "" {
		return false
	}
	if r, size := utf8.DecodeRuneInString(w); size == len(w) && unicode.IsUpper(r) {
		return true // an initial: "J. K. Rowling", "M. Dupont"
	}
	var buf [32]byte
	if len(w) > len(buf) {
		return false
	}
	return lang.IsAbbreviation(tag, string(normalize.AppendFold(buf[:0], w)))
}

// refCountSentences counts the UAX #29 sentences of text that hold a word,
// joining a sentence that ends with an abbreviation or an initial to the
// next.
func refCountSentences(text, tag string) int {
	n := 0
	joinNext := false
	it := sentences.FromString(text)
	for it.Next() {
		s := it.Value()
		if !isWord(s) {
			continue
		}
		if !joinNext {
			n++
		}
		joinNext = refEndsWithAbbreviation(s, tag)
	}
	return n
}
