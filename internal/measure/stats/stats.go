// Package stats computes the text statistics of a report: characters,
// letters, words, sentences, averages, reading and speaking time, script
// composition and language.
//
// Words and sentences follow Unicode text segmentation (UAX #29, via
// github.com/clipperhouse/uax29/v2), which already ends sentences at the
// Arabic question mark ؟ and full stop ۔ (and, rightly, not at the Arabic
// comma ، or semicolon ؛). Two things it misses are handled here: a period
// after an abbreviation or an initial ("Mr.", "M.", "J. K.") does not end a
// sentence, and an Arabic one-letter proclitic cut off from its word by a
// quotation mark (ل"داعش") is not a word of its own.
package stats

import (
	"maps"
	"math"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/clipperhouse/uax29/v2/sentences"
	"github.com/clipperhouse/uax29/v2/words"

	"github.com/safi-app/safi/internal/language/lang"
	"github.com/safi-app/safi/internal/language/normalize"
	"github.com/safi-app/safi/internal/report"
)

// Script keys of report.Stats.Scripts.
const (
	ScriptArabic = "arabic"
	ScriptLatin  = "latin"
	ScriptDigits = "digits"
	ScriptOther  = "other"
)

// Of returns the statistics of text, which holds paragraphs paragraphs and
// headings headings separated by blank lines ("\n\n"). The counts of
// paragraphs and headings are the caller's; everything else is measured.
// Averages and ratios are rounded to two decimals (the type/token ratio to
// three), times to a tenth of a second, script percentages to a tenth of a
// percent.
func Of(text string, paragraphs, headings int) report.Stats {
	st := OfPage(text, paragraphs, headings)
	st.ParagraphLanguages = ParagraphLanguages(text)
	return st
}

// OfPage is Of without the language of each paragraph: for the whole page
// and its noise, whose thousands of blocks would each get an entry.
func OfPage(text string, paragraphs, headings int) report.Stats {
	s := NewSets(lang.Detect(text))
	s.Reserve(len(text))
	s.Add(text, 1)
	return s.Stats(0, paragraphs, headings)
}

// ParagraphLanguages returns the language of each paragraph of text that
// is not blank, paragraphs being separated by blank lines ("\n\n").
func ParagraphLanguages(text string) []string {
	var tags []string
	for rest := text; rest != ""; {
		p, after, _ := strings.Cut(rest, "\n\n")
		rest = after
		if strings.TrimSpace(p) != "" {
			tags = append(tags, lang.Detect(p))
		}
	}
	return tags
}

// Mask says which sets of a Sets a part belongs to: bit k for set k.
type Mask uint8

// MaxSets is how many sets one Sets can measure.
const MaxSets = 8

// Sets measures several texts in one pass over their parts. Each text is
// the join, with blank lines ("\n\n") between them, of some of a sequence
// of parts; a page's blocks, say, are the parts of the whole page, of its
// article and of its noise. Each part is segmented once, whatever the
// number of texts it belongs to, and no joined text is built: the
// statistics of set k are those Of would give for its joined text, once
// told its language.
//
// A Sets is not safe for concurrent use.
type Sets struct {
	sets []acc
	all  Mask
	// proclitics holds the one-letter proclitics of any set's language.
	proclitics map[string]bool
	// folded and long number the distinct folded words (forms); seen[id]
	// are the sets that hold the form. folded holds the words of up to
	// maxShortWord bytes as written, each with the number of its form,
	// and, marked as forms, the forms of up to maxShortWord bytes that are
	// their own fold (normalize.IsFolded): a word as written that is such
	// a form is the same entry. long holds the other forms: the longer
	// ones, and any that a second fold would change.
	folded wordTable
	long   map[string]int32
	seen   []Mask
	buf    []byte
	// spans holds the starts and ends of a part's words (AddAll).
	spans []int32
	// pending holds words AddAll counted in other Sets and did not add to
	// ids and seen, nil when there are none (see mergeWords).
	pending *Sets
	// keep is the set whose words Words gives (KeepWords), bit k for set
	// k, 0 for none; kept holds their starts and ends in its joined text,
	// keptLen and keptParts the bytes and the parts of that text so far.
	// keptAll is cleared when a part of it went to the full segmenter, or
	// through AddAll, which keeps none.
	keep      Mask
	kept      []int32
	keptLen   int
	keptParts int
	keptAll   bool
}

// acc is the running sums of one set.
type acc struct {
	tag        string
	proclitics map[string]bool
	parts      int
	// characters, non-space characters, letters, and non-space
	// characters by script (arabic, latin, digits, other).
	chars, noSpaces, letters int
	scripts                  [4]int
	// prev is the script of the last non-space, non-mark character: the
	// script of a mark that starts a part.
	prev                     int
	words, unique, sentences int
	// joinNext is set when the last sentence ended with an abbreviation:
	// the next one, in the next part maybe, continues it.
	joinNext bool
}

// NewSets returns Sets for len(tags) texts (at most MaxSets), set k in the
// language tags[k]: the language Detect gives for the set's joined text,
// which decides its abbreviations and proclitics.
func NewSets(tags ...string) *Sets {
	if len(tags) > MaxSets {
		panic("stats: more than MaxSets sets")
	}
	s := &Sets{sets: make([]acc, len(tags)), folded: newWordTable(0), long: map[string]int32{}}
	for k, tag := range tags {
		s.sets[k] = acc{tag: tag, proclitics: oneLetterProclitics(tag), prev: scriptOther}
		s.all |= 1 << k
		// The sets' maps are shared and never written: s.proclitics is
		// one of them while the sets have one kind of proclitics (most
		// often, all one language), a new one holding all when not.
		switch p := s.sets[k].proclitics; {
		case len(p) == 0 || len(p) == len(s.proclitics) && sameKeys(p, s.proclitics):
		case len(s.proclitics) == 0:
			s.proclitics = p
		default:
			all := maps.Clone(s.proclitics)
			maps.Copy(all, p)
			s.proclitics = all
		}
	}
	return s
}

// Reserve makes room for the distinct words of parts that add up to about
// size bytes, so that the tables of words seldom grow while they are
// added: growing a table costs most in WebAssembly, which hashes slowly.
// It changes no result.
func (s *Sets) Reserve(size int) {
	// About a word per ten bytes on a small text; on a larger one, fewer
	// distinct ones, as with Heaps' law (a news page of 15 KB holds about
	// 950 distinct words). A paste of real pages in several languages
	// holds more (37,700 in 1 MB, 120,000 in 10 MB) and the tables grow on
	// the way, but reserving for that (32·√size) made a paste of one
	// language hold tables several times too large: 9 MB more at the peak
	// of a 64 MB paste (make bench-memory).
	n := min(size/10, int(12*math.Sqrt(float64(size))))
	if len(s.seen) > 0 || n <= 0 {
		return
	}
	s.folded = newWordTable(n)
	s.long = map[string]int32{}
	s.seen = make([]Mask, 0, n)
}

// Add appends text as the next part of each set in m. The text must be
// valid UTF-8, as a block's text is: an invalid byte at its end could
// segment differently than before the blank line of the joined text.
// The Sets keeps parts of text (its words) until it is dropped.
func (s *Sets) Add(text string, m Mask) {
	if s.pending != nil {
		s.absorb()
	}
	c := s.addChars(text, m)
	if m &= s.all; m != 0 {
		s.addWords(text, m, c.knownWords)
	}
}

// addChars counts the characters and the sentences of text into the sets
// in m: Add but the words. Its fields of acc are not those addWords
// writes, so the two may run at the same time on the same Sets.
func (s *Sets) addChars(text string, m Mask) charCounts {
	m &= s.all
	if m == 0 {
		return charCounts{}
	}
	c := countChars(text)
	sentenceFree := c.sentenceFree
	for k := range s.sets {
		if m&(1<<k) == 0 {
			continue
		}
		a := &s.sets[k]
		if a.parts > 0 {
			a.chars += 2 // the blank line before the part
		}
		a.parts++
		a.chars += c.chars
		a.noSpaces += c.noSpaces
		a.letters += c.letters
		for i, n := range c.scripts {
			a.scripts[i] += n
		}
		a.scripts[a.prev] += c.leadMarks
		if c.last >= 0 {
			a.prev = c.last
		}
	}
	if sentenceFree {
		// No sentence ends inside: the part is one sentence, which ends
		// with no abbreviation, when it holds a word.
		if c.word {
			s.addSentence(m, false, "")
		}
		return c
	}
	s.addSentences(text, m, c.knownSentences)
	return c
}

// KeepWords has the Sets keep the words of set k as it counts them, for
// Words, appending them to buf (which may be nil); it must be called
// before any part is added.
func (s *Sets) KeepWords(k int, buf []int32) {
	s.keep, s.kept, s.keptLen, s.keptParts, s.keptAll = 1<<k, buf[:0], 0, 0, true
}

// Words returns the starts and ends, in pairs, of the words of set k's
// joined text, as AppendWords gives them, and the length of that text,
// when KeepWords(k) was called and the fast scanner found every word of
// it: ok is false otherwise (a part held a character the scanner does
// not know, or went through AddAll). One segmentation then serves the
// statistics and whoever reads the words of the same text.
func (s *Sets) Words(k int) (spans []int32, size int, ok bool) {
	if s.keep != 1<<k || !s.keptAll {
		return nil, 0, false
	}
	return s.kept, s.keptLen, true
}

// AddAll adds n parts, part(i) giving the text and mask of the i-th, as n
// calls of Add would, in three goroutines: two count the words, each of
// one half of the parts by their bytes, in tables of distinct words of
// their own (merged at the end), the third the characters and the
// sentences. part is called up to three times for each i, from any of
// them. It gives the same statistics as Add. (One goroutine counting the
// words took two thirds of the time of all three, while one counted the
// characters.)
func (s *Sets) AddAll(n int, part func(i int) (string, Mask)) {
	if s.pending != nil {
		s.absorb()
	}
	s.keptAll = false
	// The halves of the words: [0, h) here, [h, n) in other, of about as
	// many bytes each.
	total := 0
	for i := range n {
		text, _ := part(i)
		total += len(text)
	}
	h, sum := 0, 0
	for ; h < n && sum < total/2; h++ {
		text, _ := part(h)
		sum += len(text)
	}
	other := s.sibling()
	countWords := func(s *Sets, lo, hi int) {
		for i := lo; i < hi; i++ {
			text, m := part(i)
			if m &= s.all; m != 0 {
				s.addWordsUnchecked(text, m)
			}
		}
	}
	var second, words sync.WaitGroup
	second.Go(func() { countWords(other, h, n) })
	words.Go(func() {
		countWords(s, 0, h)
		second.Wait()
		// While the characters may still be counted: mergeWords writes
		// only the fields of acc that addChars does not.
		s.mergeWords(other)
	})
	for i := range n {
		text, m := part(i)
		s.addChars(text, m)
	}
	words.Wait()
}

// sibling returns empty Sets of the same languages, with tables of words
// reserved as large as s's, for AddAll to count words in besides s.
func (s *Sets) sibling() *Sets {
	o := &Sets{sets: make([]acc, len(s.sets)), all: s.all, proclitics: s.proclitics}
	for k := range s.sets {
		o.sets[k] = acc{tag: s.sets[k].tag, proclitics: s.sets[k].proclitics, prev: scriptOther}
	}
	n := cap(s.seen)
	o.folded = newWordTable(n)
	o.long = map[string]int32{}
	o.seen = make([]Mask, 0, n)
	return o
}

// mergeWords adds the words o counted, as parts that came after s's: their
// numbers, and the distinct folded words that only o's parts hold. It
// only looks s's table up (adding o's new words to it, a map of a hundred
// thousand words on a large page, cost as much again): the words stay in
// o, which s keeps, until a part is added after them (absorb).
func (s *Sets) mergeWords(o *Sets) {
	for k := range s.sets {
		s.sets[k].words += o.sets[k].words
	}
	merge := func(oid int32, id int32, ok bool) {
		in := o.seen[oid]
		if ok {
			in &^= s.seen[id]
		}
		if in != 0 {
			s.each(in, func(a *acc) { a.unique++ })
		}
	}
	for _, w := range o.folded.slots {
		if oid, form := w.form(); form {
			id, ok := s.folded.get(w.k0, w.k1, int(w.n))
			merge(oid, id, ok)
		}
	}
	for key, oid := range o.long {
		id, ok := s.long[key]
		merge(oid, id, ok)
	}
	s.pending = o
}

// absorb adds to s's table the words of the Sets mergeWords left pending,
// before more words are counted.
func (s *Sets) absorb() {
	o := s.pending
	s.pending = nil
	for _, w := range o.folded.slots {
		oid, form := w.form()
		if !form {
			continue // a word as written: found again through its form
		}
		id, ok := s.folded.get(w.k0, w.k1, int(w.n))
		if !ok {
			id = s.newID()
			s.folded.put(w.k0, w.k1, int(w.n), id, true)
		}
		s.seen[id] |= o.seen[oid]
	}
	for key, oid := range o.long {
		id, ok := s.long[key]
		if !ok {
			id = s.newID()
			s.long[key] = id
		}
		s.seen[id] |= o.seen[oid]
	}
}

// Stats returns the statistics of set k, with the caller's counts of
// paragraphs and headings, as Of would give them without the languages of
// the paragraphs.
func (s *Sets) Stats(k, paragraphs, headings int) report.Stats {
	a := &s.sets[k]
	st := report.Stats{
		Paragraphs: paragraphs, Headings: headings, Language: a.tag,
		Characters: a.chars, CharactersNoSpaces: a.noSpaces, Letters: a.letters,
		Words: a.words, UniqueWords: a.unique,
	}
	st.Scripts = map[string]float64{ScriptArabic: 0, ScriptLatin: 0, ScriptDigits: 0, ScriptOther: 0}
	if st.CharactersNoSpaces > 0 {
		for k, name := range []string{ScriptArabic, ScriptLatin, ScriptDigits, ScriptOther} {
			st.Scripts[name] = round(100*float64(a.scripts[k])/float64(st.CharactersNoSpaces), 1)
		}
	}
	// Word and sentence boundaries come from two segmentations that can
	// disagree ("ب.A" is one word across a sentence break): a text has no
	// more sentences than words.
	st.Sentences = min(a.sentences, st.Words)
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

// Script indexes of the counts.
const (
	scriptArabic = iota
	scriptLatin
	scriptDigits
	scriptOther
)

// charCounts are the character counts of one part.
type charCounts struct {
	chars, noSpaces, letters int
	scripts                  [4]int // not counting leadMarks
	// leadMarks are the marks before the part's first non-space, non-mark
	// character: they take the script of what comes before the part.
	leadMarks int
	// last is the script of the part's last non-space, non-mark
	// character, or -1 when it has none.
	last int
	// sentenceFree is set when the part holds only characters that
	// neither end a sentence nor a paragraph (sentenceFree), so that it is
	// one sentence; word is set when it holds a letter or a digit, as
	// isWord says.
	sentenceFree, word bool
	// knownWords and knownSentences are set when every character has a
	// class in wordClass, in sentenceClass.
	knownWords, knownSentences bool
}

// sentenceFree reports whether r is one of the characters that UAX #29
// never ends a sentence after: no full stop or other terminator (STerm,
// ATerm), no line or paragraph separator (Sep, CR, LF). It knows only
// common ones: ASCII, Latin-1 letters and quotes, the Arabic block but its
// terminators, dashes and quotation marks (TestSentenceFree checks each
// against the segmenter); any other character makes it false.
func sentenceFree(r rune) bool {
	switch {
	case r < 0x80:
		return r != '.' && r != '!' && r != '?' && r != '\n' && r != '\r'
	case r < 0x100:
		return r >= 0xC0 || r == 0xA0 || r == 0xAB || r == 0xBB
	case r >= 0x0600 && r <= 0x06FF:
		return r >= 0x0620 && r != 0x06D4 || r == 0x060C || r == 0x061B
	}
	switch r {
	case 0x200C, 0x200D, 0x200F, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D:
		return true
	}
	return false
}

// Flags of asciiCount.
const (
	acUnknownWord     = 1 << iota // no class in wordClass
	acUnknownSentence             // no class in sentenceClass
	acEnds                        // not sentenceFree
	acSpace                       // isSpace
	acLetter                      // a Latin letter
	acDigit                       // a digit
)

// asciiScript is the script of each ASCII character.
var asciiScript = func() (t [utf8.RuneSelf]uint8) {
	for r := range rune(utf8.RuneSelf) {
		switch {
		case 'a' <= r|0x20 && r|0x20 <= 'z':
			t[r] = scriptLatin
		case '0' <= r && r <= '9':
			t[r] = scriptDigits
		default:
			t[r] = scriptOther
		}
	}
	return t
}()

// asciiCount is what countChars asks of each ASCII character.
var asciiCount = func() (t [utf8.RuneSelf]uint8) {
	for r := range rune(utf8.RuneSelf) {
		var f uint8
		if asciiWB[r] == wbNone {
			f |= acUnknownWord
		}
		if asciiSB[r] == sbNone {
			f |= acUnknownSentence
		}
		if !sentenceFree(r) {
			f |= acEnds
		}
		if isSpace(r) {
			f |= acSpace
		}
		switch {
		case 'a' <= r|0x20 && r|0x20 <= 'z':
			f |= acLetter
		case '0' <= r && r <= '9':
			f |= acDigit
		}
		t[r] = f
	}
	return t
}()

// charInfo is what countChars asks of a character outside ASCII: flags of
// asciiCount (acUnknownWord, acUnknownSentence, acEnds, acSpace) in the
// low byte, its kind (ciOther…) in the high one.
type charInfo uint16

// Kinds of charInfo.
const (
	ciOther = iota
	ciArabicLetter
	ciLatinLetter
	ciOtherLetter
	ciDigit
	ciTatweel
	ciMark // a mark (Mn, Me): of the script of its letter
)

// infoOf returns the charInfo of r, a character outside ASCII.
func infoOf(r rune) charInfo {
	var f charInfo
	if !sentenceFree(r) {
		f |= acEnds
	}
	if wordClass(r) == wbNone {
		f |= acUnknownWord
	}
	if sentenceClass(r) == sbNone {
		f |= acUnknownSentence
	}
	if isSpace(r) {
		return f | acSpace
	}
	k := ciOther
	switch {
	case r == 0x0640:
		k = ciTatweel
	case unicode.IsDigit(r):
		k = ciDigit
	case unicode.IsLetter(r):
		switch lang.ScriptOf(r) {
		case lang.ScriptArabic:
			k = ciArabicLetter
		case lang.ScriptLatin:
			k = ciLatinLetter
		default:
			k = ciOtherLetter
		}
	case unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r):
		k = ciMark
	}
	return f | charInfo(k)<<8
}

// charInfos holds infoOf of the characters of two bytes in UTF-8 (U+0080–
// U+07FF) and, from index 0x800, of U+2000–U+20FF, made on first use
// (it takes half a millisecond, which a program that never counts a
// character outside ASCII does not pay at its start).
var charInfos = sync.OnceValue(func() *[0x900]charInfo {
	var t [0x900]charInfo
	for r := rune(0x80); r < 0x800; r++ {
		t[r] = infoOf(r)
	}
	for r := range rune(0x100) {
		t[0x800+r] = infoOf(0x2000 + r)
	}
	return &t
})

// countChars counts the characters, letters and scripts of text in one
// pass.
func countChars(text string) charCounts {
	c := charCounts{last: -1}
	var infos *[0x900]charInfo
	var seen uint8 // the flags of asciiCount of every character
	for i := 0; i < len(text); {
		// Decode the rune, two-byte ones (Arabic, accented Latin) inline.
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			if r >= 0xC2 && r < 0xE0 && i+1 < len(text) && text[i+1]&0xC0 == 0x80 {
				r, size = (r&0x1F)<<6|rune(text[i+1]&0x3F), 2
			} else {
				r, size = utf8.DecodeRuneInString(text[i:])
			}
		}
		i += size
		c.chars++
		// ASCII, most of most texts, takes one table lookup.
		if r < utf8.RuneSelf {
			f := asciiCount[r]
			seen |= f
			if f&acSpace != 0 {
				continue
			}
			c.noSpaces++
			k := int(asciiScript[r])
			c.letters += int(f&acLetter) / acLetter
			c.scripts[k]++
			c.last = k
			continue
		}
		// Any other character, its properties from a table for two-byte
		// ones (Latin-1, Latin Extended, Greek, Cyrillic, Arabic) and
		// general punctuation (quotes, dashes).
		if infos == nil {
			infos = charInfos()
		}
		var ci charInfo
		switch {
		case r < 0x800:
			ci = infos[r]
		case r >= 0x2000 && r < 0x2100:
			ci = infos[0x800+r-0x2000]
		default:
			ci = infoOf(r)
		}
		seen |= uint8(ci)
		if ci&acSpace != 0 {
			continue
		}
		c.noSpaces++
		k := scriptOther
		switch ci >> 8 {
		case ciArabicLetter:
			k = scriptArabic
			c.letters++
		case ciLatinLetter:
			k = scriptLatin
			c.letters++
		case ciOtherLetter:
			c.letters++
		case ciDigit:
			k = scriptDigits
		case ciTatweel:
			k = scriptArabic // tatweel: Arabic, but no letter (Unicode calls it one, Lm)
		case ciMark:
			// A mark belongs to the script of its letter.
			if c.last < 0 {
				c.leadMarks++
				continue
			}
			k = c.last
		}
		c.scripts[k]++
		c.last = k
	}
	c.knownWords = seen&acUnknownWord == 0
	c.knownSentences = seen&acUnknownSentence == 0
	c.sentenceFree = seen&acEnds == 0
	// A letter or a digit: a mark counts as a digit only after one.
	c.word = c.letters > 0 || c.scripts[scriptDigits] > 0
	return c
}

// addWords counts the UAX #29 words of text that hold a letter or a digit
// into the sets in m, and the distinct folded forms each set holds. When
// known is set, every character of text has a class in wordClass, and
// knownWords finds the words instead of the full segmenter.
func (s *Sets) addWords(text string, m Mask, known bool) {
	n := 0 // words in every set of m
	keep, base := false, 0
	if m&s.keep != 0 {
		if s.keptParts > 0 {
			s.keptLen += 2 // the blank line before the part
		}
		base = s.keptLen
		s.keptLen += len(text)
		s.keptParts++
		keep = known && s.keptAll
		if !known {
			s.keptAll = false
		}
	}
	word := func(start, end int) {
		if keep {
			s.kept = append(s.kept, int32(base+start), int32(base+end))
		}
		if s.addWord(text, start, end, m) {
			n++
		}
	}
	if known {
		knownWords(text, word)
	} else {
		it := words.FromString(text)
		for it.Next() {
			if isWord(it.Value()) {
				word(it.Start(), it.End())
			}
		}
	}
	s.each(m, func(a *acc) { a.words += n })
}

// addWordsUnchecked is addWords for a text whose characters were not
// looked at: knownWords finds its words, unless it meets a character
// without a class, when the full segmenter does.
func (s *Sets) addWordsUnchecked(text string, m Mask) {
	spans := s.spans[:0]
	known := knownWords(text, func(start, end int) { spans = append(spans, int32(start), int32(end)) })
	s.spans = spans
	if !known {
		s.addWords(text, m, false)
		return
	}
	n := 0 // words in every set of m
	for k := 0; k < len(spans); k += 2 {
		if s.addWord(text, int(spans[k]), int(spans[k+1]), m) {
			n++
		}
	}
	s.each(m, func(a *acc) { a.words += n })
}

// addWord counts the word text[start:end] into the sets in m, or those of
// them in whose language it is no word of its own, and reports whether it
// counted it into all of them.
func (s *Sets) addWord(text string, start, end int, m Mask) (all bool) {
	w := text[start:end]
	in := m
	// ل"داعش": the proclitic belongs to the quoted word that follows, in
	// the languages that have it.
	if len(w) <= utf8.UTFMax && end < len(text) && isQuoteStart(text[end:]) && s.proclitics[w] {
		for k := range s.sets {
			if s.sets[k].proclitics[w] {
				in &^= 1 << k
			}
		}
		if in == 0 {
			return false
		}
	}
	if in == m {
		all = true
	} else {
		s.each(in, func(a *acc) { a.words++ })
	}
	id := s.id(w)
	if fresh := in &^ s.seen[id]; fresh != 0 {
		s.seen[id] |= fresh
		s.each(fresh, func(a *acc) { a.unique++ })
	}
	return all
}

// id returns the number of the folded form of the word w, numbering it if
// it is new.
func (s *Sets) id(w string) int32 {
	if len(w) > maxShortWord {
		if normalize.IsFolded(w) {
			return formID(s, w, true)
		}
		s.buf = normalize.AppendFold(s.buf[:0], w)
		return formID(s, s.buf, false)
	}
	// A word as written is found in s.folded; the first time, through
	// its fold. Most words need no folding (IsFolded: one pass over their
	// bytes), and are their own form.
	k0, k1 := shortKey(w)
	if id, ok := s.folded.get(k0, k1, len(w)); ok {
		return id
	}
	if normalize.IsFolded(w) {
		id := s.newID()
		s.folded.put(k0, k1, len(w), id, true)
		return id
	}
	s.buf = normalize.AppendFold(s.buf[:0], w)
	id := formID(s, s.buf, false)
	s.folded.put(k0, k1, len(w), id, false)
	return id
}

// formID returns the number of the folded form key, numbering it if it is
// new; folded says that key is its own fold, which formID otherwise finds
// out when it needs to. A short one that is its own fold is held in
// s.folded, bytes and all (a table probed with a hash of its own: Go's
// maps hash strings slowly in WebAssembly), where a word written as it is
// finds it; any other in s.long, as a part of a text the caller keeps (a
// string key: no copy) or a copy of its fold.
func formID[T string | []byte](s *Sets, key T, folded bool) int32 {
	if len(key) <= maxShortWord && (folded || normalize.IsFolded(string(key))) {
		k0, k1 := shortKey(key)
		id, ok := s.folded.get(k0, k1, len(key))
		if !ok {
			id = s.newID()
			s.folded.put(k0, k1, len(key), id, true)
		}
		return id
	}
	if id, ok := s.long[string(key)]; ok {
		return id
	}
	id := s.newID()
	s.long[string(key)] = id
	return id
}

// newID numbers a new folded word, in no set yet.
func (s *Sets) newID() int32 {
	s.seen = append(s.seen, 0)
	return int32(len(s.seen) - 1)
}

// each calls f with each set in m.
func (s *Sets) each(m Mask, f func(*acc)) {
	for k := range s.sets {
		if m&(1<<k) != 0 {
			f(&s.sets[k])
		}
	}
}

// oneLetterProclitics returns the one-letter proclitics of the language
// tag, nil when it has none; the map is shared and must not be written.
func oneLetterProclitics(tag string) map[string]bool {
	if m, ok := proclitics.Load(tag); ok {
		return m.(map[string]bool)
	}
	var m map[string]bool
	for _, p := range lang.CliticsOf(tag).Prefixes {
		if utf8.RuneCountInString(p) == 1 {
			if m == nil {
				m = map[string]bool{}
			}
			m[p] = true
		}
	}
	if m != nil {
		// Only the tags that have some are kept: those of languages
		// package lang knows, a few.
		proclitics.Store(tag, m)
	}
	return m
}

// proclitics holds oneLetterProclitics of the tags that have some: one
// map for each, made once and not for each Sets.
var proclitics sync.Map

// sameKeys reports whether a and b, of the same length, hold the same keys.
func sameKeys(a, b map[string]bool) bool {
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

// isQuoteStart reports whether s starts with an opening quotation mark
// followed by a letter.
func isQuoteStart(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	switch r {
	case '"', '«', '“', '„', '‹', '\'', '‘':
		r, _ = utf8.DecodeRuneInString(s[size:])
		return unicode.IsLetter(r)
	}
	return false
}

// isWord reports whether the segment w holds a letter or a digit.
func isWord(w string) bool {
	for _, r := range w {
		if r < 0x80 {
			if 'a' <= r|0x20 && r|0x20 <= 'z' || '0' <= r && r <= '9' {
				return true
			}
			continue
		}
		if isArabicLetter(r) || r != 0x0640 && unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// isArabicLetter reports whether r is one of the common Arabic letters: a
// range check that spares the Unicode tables on the hot path.
func isArabicLetter(r rune) bool {
	return r >= 0x0621 && r <= 0x064A && r != 0x0640
}

// addSentences counts the UAX #29 sentences of text that hold a word into
// the sets in m, joining a sentence that ends with an abbreviation or an
// initial (of the set's language) to the next, in this part or the next.
// When known is set, every character of text has a class in
// sentenceClass, and knownSentences finds the sentences instead of the
// full segmenter.
func (s *Sets) addSentences(text string, m Mask, known bool) {
	var buf [maxAbbreviation]byte
	sentence := func(sent string) {
		if !isWord(sent) {
			return
		}
		initial, w := abbreviationCandidate(sent)
		folded := ""
		if w != "" {
			folded = string(normalize.AppendFold(buf[:0], w))
		}
		s.addSentence(m, initial, folded)
	}
	if known {
		knownSentences(text, sentence)
		return
	}
	it := sentences.FromString(text)
	for it.Next() {
		sentence(it.Value())
	}
}

// addSentence counts a sentence into the sets in m, unless it continues
// the sentence before, and says whether the next continues it: when it
// ends with an initial, or with folded, an abbreviation of the set's
// language.
func (s *Sets) addSentence(m Mask, initial bool, folded string) {
	for k := range s.sets {
		if m&(1<<k) == 0 {
			continue
		}
		a := &s.sets[k]
		if !a.joinNext {
			a.sentences++
		}
		a.joinNext = initial || folded != "" && lang.IsAbbreviation(a.tag, folded)
	}
}

// maxAbbreviation is the longest abbreviation looked up, in bytes.
const maxAbbreviation = 32

// abbreviationCandidate looks at the end of the sentence s: when it ends
// with a period after an initial (one capital letter: "J. K. Rowling",
// "M. Dupont"), initial is true; when it ends with a period after another
// run of letters and periods of at most maxAbbreviation bytes, w is that
// run, to look up among a language's abbreviations once folded.
func abbreviationCandidate(s string) (initial bool, w string) {
	s = strings.TrimRightFunc(s, isSpace)
	if !strings.HasSuffix(s, ".") || strings.HasSuffix(s, "..") {
		return false, ""
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
	w = s[i:]
	if w == "" {
		return false, ""
	}
	if r, size := utf8.DecodeRuneInString(w); size == len(w) && unicode.IsUpper(r) {
		return true, ""
	}
	if len(w) > maxAbbreviation {
		return false, ""
	}
	return false, w
}

// isSpace reports whether r is white space as unicode.IsSpace says
// (including no-break spaces), or a zero-width space or word joiner.
func isSpace(r rune) bool {
	if r < 0x80 {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	switch {
	case r < 0x1680:
		return r == 0x85 || r == 0xA0
	case r <= 0x3000:
		return r == 0x1680 || 0x2000 <= r && r <= 0x200B || r == 0x2028 || r == 0x2029 ||
			r == 0x202F || r == 0x205F || r == 0x2060 || r == 0x3000
	}
	return r == 0xFEFF
}

// round rounds x to places decimals.
func round(x float64, places int) float64 {
	p := math.Pow10(places)
	return math.Round(x*p) / p
}
