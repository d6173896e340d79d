// Package lang detects the language of a text and holds Safi's
// per-language data: stopwords, reading and speaking rates, Arabic
// proclitics, French and Italian elisions. The data lives in one table
// (data.go); code that needs a language's knowledge asks this package for
// it rather than branching on the tag.
package lang

import (
	"iter"
	"math/bits"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/safi-app/safi/internal/language/normalize"
)

// Und is the tag of an undetermined language.
const Und = "und"

// DetectBytes is how much of a text Detect reads: the first 256 KB
// decide the language of a page as well as all of it would.
const DetectBytes = 256 << 10

// maxScoredWords caps how many words Detect looks up in the stopword
// tables: the first few thousand words decide the language of any text, and
// the cap keeps Detect linear with a small constant on megabyte pages.
const maxScoredWords = 5000

// Detect returns the base language tag of text (read up to its first
// 256 KB): one of the languages in Tags (Arabic "ar", French "fr", English
// "en", Spanish, German, Italian, Portuguese, Dutch, Persian, Urdu,
// Russian…), or Und when text has no letters or no evidence for a language
// of its script.
//
// The script with most letters decides the candidates; letters peculiar to
// one language (Persian پ چ ژ گ, Ukrainian і ї є) or, for the Latin script,
// the stopwords of each language decide between them. A stopword shared by
// k candidate languages counts 1/k for each.
func Detect(text string) string {
	text = cut(text)
	e := Gather(text)
	return e.decide(func(t *tableSet, script int) string { return detectByStopwords(text, t, script) })
}

// cut returns the first DetectBytes of text, backed up to a rune start:
// what Detect reads.
func cut(text string) string {
	if len(text) > DetectBytes {
		i := DetectBytes
		for i > 0 && !utf8.RuneStart(text[i]) {
			i--
		}
		text = text[:i]
	}
	return text
}

// Evidence is what Detect counts in a text before it decides: the letters
// of each script and the marker letters of each language. The evidence of
// texts joined is the sum of theirs, so that the languages of a page, of
// its article and of its noise, and of each paragraph, can be decided from
// one pass over the page's blocks (Gather each, Join them, Decide) rather
// than one pass over each text.
type Evidence struct {
	letters [nScripts]int32
	markers [32]int32
	size    int  // the bytes of the text, separators included
	parts   int  // the texts joined
	full    bool // the text reached what Detect reads (JoinCut): no more is read
}

// Gather returns the evidence of the whole of text (Detect reads its
// first 256 KB; Decide tells the difference).
func Gather(text string) Evidence {
	e := Evidence{size: len(text), parts: 1}
	t := tables()
	for i := 0; i < len(text); {
		// Decode as range does, two-byte characters (Arabic, accented
		// Latin) inline: the call per character cost as much as the rest.
		r := rune(text[i])
		if r < 0x80 {
			i++
			if 'a' <= r|0x20 && r|0x20 <= 'z' {
				e.letters[iLatin]++
			}
			continue
		}
		if r >= 0xC2 && r < 0xE0 && i+1 < len(text) && text[i+1]&0xC0 == 0x80 {
			r = (r&0x1F)<<6 | rune(text[i+1]&0x3F)
			i += 2
			// The script and whether it is a marker from a table.
			c := t.twoByte[r]
			if c == 0 {
				continue
			}
			s := int(c&^twoByteMarker) - 1
			e.letters[s]++
			if c&twoByteMarker != 0 {
				for _, l := range t.byScript[s] {
					if l.markers.has(r) {
						e.markers[l.index]++
					}
				}
			}
			continue
		} else {
			var n int
			r, n = utf8.DecodeRuneInString(text[i:])
			i += n
		}
		if s := scriptIndex(r); s >= 0 {
			e.letters[s]++
			if t.markers.has(r) {
				for _, l := range t.byScript[s] {
					if l.markers.has(r) {
						e.markers[l.index]++
					}
				}
			}
		}
	}
	return e
}

// Join adds the evidence of the text o was gathered from, written after
// e's with sep between them (none before the first). The texts and sep must
// be valid UTF-8, as a block's text is: an invalid byte at the end of one
// could decode with the bytes after it once they are joined.
func (e *Evidence) Join(o Evidence, sep string) {
	if e.parts > 0 && o.parts > 0 {
		e.size += len(sep)
	}
	e.size += o.size
	e.parts += o.parts
	for i := range e.letters {
		e.letters[i] += o.letters[i]
	}
	for i := range e.markers {
		e.markers[i] += o.markers[i]
	}
}

// Fits reports whether a text of n bytes joined after sep would be read
// whole by Detect, so that its evidence may be joined (Join); when not,
// JoinCut joins the part that is read.
func (e *Evidence) Fits(n int, sep string) bool {
	start := e.size
	if e.parts > 0 {
		start += len(sep)
	}
	return !e.full && start+n <= DetectBytes
}

// JoinCut joins the part of text, after sep, that Detect reads of the
// texts joined: up to DetectBytes in all, backed up to a rune start. The
// evidence is then full (Full): the texts joined after it are not read.
func (e *Evidence) JoinCut(text, sep string) {
	if e.full {
		return
	}
	start := e.size
	if e.parts > 0 {
		start += len(sep)
	}
	if start+len(text) <= DetectBytes {
		e.Join(Gather(text), sep)
		return
	}
	e.full = true
	if j := DetectBytes - start; j >= 0 {
		// The cut falls in text (at its start at the earliest).
		for j > 0 && !utf8.RuneStart(text[j]) {
			j--
		}
		e.Join(Gather(text[:j]), sep)
		return
	}
	// The cut falls in the separator, which holds no evidence (a neutral
	// one: Decide checks).
	c := DetectBytes - e.size
	for c > 0 && !utf8.RuneStart(sep[c]) {
		c--
	}
	e.size += c
	e.parts++
}

// Full reports whether the texts joined reached what Detect reads: the
// evidence of a text joined after would not count.
func (e *Evidence) Full() bool { return e.full }

// Decide returns what DetectJoin(texts, sep) returns, texts being the
// texts whose evidence e joined, in order. It reads them again only when
// the script's languages are told apart by their stopwords (the Latin
// script), or when they are longer than what Detect reads (DetectBytes:
// then gathering their evidence was in vain).
func (e *Evidence) Decide(texts iter.Seq[string], sep string) string {
	if e.size > DetectBytes || !neutral(sep) {
		return DetectJoin(texts, sep)
	}
	return e.decide(func(t *tableSet, script int) string {
		// The texts in turn, as far as Detect reads them (e.size, cut by
		// JoinCut): a word is a run of letters and marks, so none spans
		// a neutral separator.
		var sc stopScore
		at, first := 0, true
		for text := range texts {
			if !first {
				at += len(sep)
			}
			first = false
			if at >= e.size && e.full {
				break
			}
			if at+len(text) > e.size {
				text = text[:max(0, e.size-at)]
			}
			at += len(text)
			if sc.add(text, t) {
				break
			}
		}
		return sc.best(t, script)
	})
}

// neutral reports whether sep adds nothing to the evidence of texts it
// joins: no letter of a script Detect counts, and no letter or mark that
// could make one word of the end of a text and the start of the next, as
// an empty sep would.
func neutral(sep string) bool {
	if sep == "" {
		return false
	}
	for _, r := range sep {
		if scriptIndex(r) >= 0 || isLetter(r) || unicode.Is(unicode.Mn, r) {
			return false
		}
	}
	return true
}

// decide is Detect's decision from the evidence: scored, when the script
// with the most letters has languages told apart by their stopwords, reads
// the text for them.
func (e *Evidence) decide(scored func(t *tableSet, script int) string) string {
	t := tables()
	letters := e.letters
	// Japanese mixes kanji and kana: count them together, kana deciding.
	if letters[iKana] > 0 {
		letters[iKana] += letters[iHan]
		letters[iHan] = 0
	}
	best := -1
	for s, n := range letters {
		if n > 0 && (best < 0 || n > letters[best]) {
			best = s
		}
	}
	if best < 0 {
		return Und
	}
	cands := t.byScript[best]
	switch {
	case len(cands) == 0:
		return Und
	case len(cands) == 1:
		return cands[0].tag
	case t.scored[best]:
		return scored(t, best)
	}
	return detectByMarkers(cands, &e.markers, int(letters[best]))
}

// DetectJoin returns what Detect returns for the texts joined with sep,
// without joining more of them than Detect reads.
func DetectJoin(texts iter.Seq[string], sep string) string {
	// Detect reads the first DetectBytes, backing up to a rune start:
	// one byte more than that decides as all of the text would.
	const enough = DetectBytes + 1
	// One buffer of the size it will have, not one doubling after another
	// (1 MB allocated and copied for a large page).
	size, first := 0, true
	for t := range texts {
		if !first {
			size += len(sep)
		}
		first = false
		if size += len(t); size >= enough {
			size = enough
			break
		}
	}
	var b strings.Builder // its String makes no copy
	b.Grow(size)
	first = true
	for t := range texts {
		if !first {
			b.WriteString(sep[:min(len(sep), enough-b.Len())])
		}
		first = false
		b.WriteString(t[:min(len(t), enough-b.Len())])
		if b.Len() == enough {
			break
		}
	}
	return Detect(b.String())
}

// detectByMarkers picks among the languages of one script by their marker
// letters. Later entries of the table are the more specific (Urdu uses the
// Persian letters and letters of its own): the last candidate whose markers
// make at least 2% of the script's letters (and one) wins; the first
// candidate, the script's main language, otherwise.
func detectByMarkers(cands []*entry, markers *[32]int32, letters int) string {
	for i := len(cands) - 1; i > 0; i-- {
		if n := int(markers[cands[i].index]); n > 0 && n*50 >= letters {
			return cands[i].tag
		}
	}
	return cands[0].tag
}

// runeSet is a small set of runes: a bitmap below U+0800 (Latin, Greek,
// Cyrillic, Hebrew, Arabic), a list above.
type runeSet struct {
	low  [0x800 / 64]uint64
	high []rune
}

func newRuneSet(s string) runeSet {
	var set runeSet
	set.add(s)
	return set
}

func (set *runeSet) add(s string) {
	for _, r := range s {
		if r < 0x800 {
			set.low[r/64] |= 1 << (r % 64)
		} else {
			set.high = append(set.high, r)
		}
	}
}

func (s *runeSet) has(r rune) bool {
	if r < 0x800 {
		return s.low[r/64]&(1<<(r%64)) != 0
	}
	for _, h := range s.high {
		if h == r {
			return true
		}
	}
	return false
}

// detectByStopwords scores the script's languages by their stopwords.
func detectByStopwords(text string, t *tableSet, script int) string {
	var sc stopScore
	sc.add(text, t)
	return sc.best(t, script)
}

// stopScore is the score of each language by the stopwords of the first
// maxScoredWords words of a text, read part after part (add).
type stopScore struct {
	score [32]float64
	words int
}

// add scores the words of text, and reports whether the words read reach
// maxScoredWords.
func (sc *stopScore) add(text string, t *tableSet) bool {
	var buf [64]byte
	for i := 0; i < len(text) && sc.words < maxScoredWords; {
		// Find the next run of letters.
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isLetter(r) {
			i += size
			continue
		}
		j := i + size
		for j < len(text) {
			r, size = utf8.DecodeRuneInString(text[j:])
			if !isLetter(r) && !unicode.Is(unicode.Mn, r) {
				break
			}
			j += size
		}
		w := text[i:j]
		i = j
		if len(w) > len(buf) {
			continue
		}
		sc.words++
		mask := t.stopMask[string(normalize.AppendFold(buf[:0], w))]
		if mask == 0 {
			continue
		}
		share := 1 / float64(bits.OnesCount32(mask))
		for mask != 0 {
			k := bits.TrailingZeros32(mask)
			sc.score[k] += share
			mask &^= 1 << k
		}
	}
	return sc.words >= maxScoredWords
}

// best returns the language of the script with the highest score, Und when
// none scored.
func (sc *stopScore) best(t *tableSet, script int) string {
	best, bestScore := Und, 0.0
	for _, e := range t.byScript[script] {
		if s := sc.score[e.index]; s > bestScore {
			best, bestScore = e.tag, s
		}
	}
	return best
}

// Direction returns "rtl" for languages written right to left, else "ltr".
func Direction(tag string) string {
	if e := tables().byTag[tag]; e != nil && e.rtl {
		return "rtl"
	}
	switch tag {
	case "ps", "ckb", "yi", "dv", "sd", "ug":
		return "rtl"
	}
	return "ltr"
}

// Tags returns the tags of the languages Safi knows, in table order.
func Tags() []string {
	var tags []string
	for _, l := range languages {
		tags = append(tags, l.tag)
	}
	return tags
}

// IsStopword reports whether word, already folded with normalize.Fold, is
// a stopword of the language tag. For languages with proclitics (Arabic),
// a stopword preceded by a conjunction و or ف (وفي, فإن) is a stopword too.
// It does not allocate and takes a map lookup or two: it is meant for hot
// loops. Unknown tags have no stopwords.
func IsStopword(tag, word string) bool {
	e := tables().byTag[tag]
	return e != nil && e.isStop(word)
}

// CountStopwords splits text into runs of letters (an apostrophe, a
// hyphen or any other non-letter ends a run) and returns how many runs it
// has and how many of them are stopwords of the language tag: the two
// numbers of a jusText-style stopword density. It folds each run into a
// stack buffer and does not allocate (runs longer than 64 bytes count as
// words that are not stopwords).
func CountStopwords(tag, text string) (stopwords, words int) {
	e := tables().byTag[tag]
	var buf [64]byte
	for i := 0; i < len(text); {
		c := text[i]
		var r rune
		size := 1
		if c < utf8.RuneSelf {
			r = rune(c)
		} else {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if !isLetter(r) {
			i += size
			continue
		}
		j := i + size
		for j < len(text) {
			r, size = utf8.DecodeRuneInString(text[j:])
			if !isLetter(r) && !unicode.Is(unicode.Mn, r) && r != 0x0640 {
				break
			}
			j += size
		}
		words++
		if e != nil && j-i <= len(buf) && e.isStop(string(normalize.AppendFold(buf[:0], text[i:j]))) {
			stopwords++
		}
		i = j
	}
	return stopwords, words
}

// isLetter is unicode.IsLetter with fast paths for ASCII and Arabic.
func isLetter(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return 'a' <= r|0x20 && r|0x20 <= 'z'
	case r >= 0x0621 && r <= 0x064A:
		return r != 0x0640
	}
	return unicode.IsLetter(r)
}

// Stoplist is the stopword table of one language; the zero Stoplist holds
// no words. Fetch it once with Stopwords for loops over many words.
type Stoplist struct{ e *entry }

// Stopwords returns the stopword table of the language tag.
func Stopwords(tag string) Stoplist { return Stoplist{tables().byTag[tag]} }

// Has reports whether the folded word is a stopword (see IsStopword).
func (s Stoplist) Has(word string) bool { return s.e != nil && s.e.isStop(word) }

// HasBytes is Has for a word held in a byte slice; it does not allocate.
func (s Stoplist) HasBytes(word []byte) bool { return s.e != nil && s.e.isStop(string(word)) }

// Len returns the number of stopwords.
func (s Stoplist) Len() int {
	if s.e == nil {
		return 0
	}
	return len(s.e.stop)
}

// IsAbbreviation reports whether the folded word, written before a period,
// is an abbreviation of the language tag that does not end a sentence
// ("mr" in English, "mme" in French).
func IsAbbreviation(tag, word string) bool {
	e := tables().byTag[tag]
	if e == nil {
		return false
	}
	_, ok := e.abbrev[word]
	return ok
}

// Clitics describes the prefixes that attach to words of a language.
type Clitics struct {
	// Prefixes are proclitics (Arabic و ف ب ل ك and combinations such as
	// وب، بال), longest first, in folded form.
	Prefixes []string
	// LamArticle is a prefix standing for a proclitic and the article whose
	// letters merged (Arabic لل = ل + ال), and Article that article.
	LamArticle, Article string
}

// CliticsOf returns the clitics of the language tag (none for most).
func CliticsOf(tag string) Clitics {
	e := tables().byTag[tag]
	if e == nil {
		return Clitics{}
	}
	return Clitics{Prefixes: e.proclitics, LamArticle: e.lamArticle, Article: e.article}
}

// Elisions returns the elided words of the language tag that attach to the
// next word with an apostrophe (French "l", "qu"), folded, longest first.
func Elisions(tag string) []string {
	if e := tables().byTag[tag]; e != nil {
		return e.elisions
	}
	return nil
}

// Possessives returns the suffixes that follow an apostrophe and are not
// part of the word (English "s").
func Possessives(tag string) []string {
	if e := tables().byTag[tag]; e != nil {
		return e.possessives
	}
	return nil
}

// ReadingSeconds returns the time a native adult takes to read a text of
// words words and letters letters in the language tag, from the rates in
// data.go (IReST; the IReST mean for languages without a rate).
func ReadingSeconds(tag string, words, letters int) float64 {
	e := tables().byTag[tag]
	switch {
	case e != nil && e.readingCPM > 0:
		return 60 * float64(letters) / e.readingCPM
	case e != nil && e.readingWPM > 0:
		return 60 * float64(words) / e.readingWPM
	}
	return 60 * float64(words) / defaultReadingWPM
}

// SpeakingSeconds returns the time it takes to say the text aloud: the
// reading time scaled by Brysbaert's (2019) oral rate for English over
// IReST's English rate (see data.go).
func SpeakingSeconds(tag string, words, letters int) float64 {
	return ReadingSeconds(tag, words, letters) * englishIReSTWPM / englishOralWPM
}

// ScriptOf returns the script of the letter r as used by Detect ("arabic",
// "latin", "cyrillic", "greek", "hebrew", "han", "kana", "hangul", "thai",
// "devanagari"), or "" when r is not a letter of one of these.
func ScriptOf(r rune) string {
	if i := scriptIndex(r); i >= 0 {
		return scriptNames[i]
	}
	return ""
}

// Script indexes.
const (
	iArabic = iota
	iLatin
	iCyrillic
	iGreek
	iHebrew
	iHan
	iKana
	iHangul
	iThai
	iDevanagari
	nScripts
)

var scriptNames = [nScripts]string{ScriptArabic, ScriptLatin, ScriptCyrillic, ScriptGreek, ScriptHebrew, ScriptHan, ScriptKana, ScriptHangul, ScriptThai, ScriptDevanagari}

var scriptTables = [nScripts]*unicode.RangeTable{unicode.Arabic, unicode.Latin, unicode.Cyrillic, unicode.Greek, unicode.Hebrew, unicode.Han, nil, unicode.Hangul, unicode.Thai, unicode.Devanagari}

// scriptIndex returns the script index of the letter r, or -1.
func scriptIndex(r rune) int {
	switch {
	case r < 0x80:
		if 'a' <= r|0x20 && r|0x20 <= 'z' {
			return iLatin
		}
		return -1
	case r >= 0x0621 && r <= 0x064A, r >= 0x066E && r <= 0x06D3, r == 0x06D5:
		return iArabic // the common Arabic letters, without a table lookup
	case r >= 0xC0 && r <= 0x24F && r != 0xD7 && r != 0xF7:
		return iLatin
	}
	if !unicode.IsLetter(r) {
		return -1
	}
	for i, t := range scriptTables {
		if t != nil && unicode.Is(t, r) {
			return i
		}
	}
	if unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) {
		return iKana
	}
	return -1
}

// entry is a language's data, prepared for lookups.
type entry struct {
	language
	index   int                 // position in languages, the bit in stopMask
	stop    map[string]struct{} // folded stopwords
	markers runeSet
	abbrev  map[string]struct{} // folded abbreviations
	conj    []string            // one-letter conjunctions for isStop: the one-rune proclitics و ف
	// stopBits is a Bloom filter of stop, two bits a word (stopHash): a
	// word it lacks is no stopword, found without the map, whose string
	// hash is slow in WebAssembly. Most words looked up are not stopwords.
	stopBits [stopBitsLen / 64]uint64
}

// stopBitsLen is the size of entry.stopBits in bits: a few hundred
// stopwords a language set under a tenth of them.
const stopBitsLen = 4096

// stopHash hashes word's length and its first and last four bytes (the
// whole of most stopwords).
func stopHash(word string) uint64 {
	n := len(word)
	var a, b uint64
	for i := range min(n, 4) {
		a |= uint64(word[i]) << (8 * i)
		b |= uint64(word[n-1-i]) << (8 * i)
	}
	h := (a | b<<32) ^ uint64(n)*0x9E3779B97F4A7C15
	h *= 0xBF58476D1CE4E5B9
	return h ^ h>>29
}

// addStop adds the folded stopword w.
func (e *entry) addStop(w string) {
	e.stop[w] = struct{}{}
	h := stopHash(w)
	for _, k := range [2]uint64{h % stopBitsLen, h >> 32 % stopBitsLen} {
		e.stopBits[k/64] |= 1 << (k % 64)
	}
}

// mayStop reports whether word may be a stopword: false when it is not.
func (e *entry) mayStop(word string) bool {
	h := stopHash(word)
	k0, k1 := h%stopBitsLen, h>>32%stopBitsLen
	return e.stopBits[k0/64]&(1<<(k0%64)) != 0 && e.stopBits[k1/64]&(1<<(k1%64)) != 0
}

func (e *entry) isStop(word string) bool {
	if e.mayStop(word) {
		if _, ok := e.stop[word]; ok {
			return true
		}
	}
	for _, c := range e.conj {
		if len(word) > len(c) && strings.HasPrefix(word, c) && e.mayStop(word[len(c):]) {
			if _, ok := e.stop[word[len(c):]]; ok {
				return true
			}
		}
	}
	return false
}

// tableSet is the prepared form of languages.
type tableSet struct {
	byTag    map[string]*entry
	byScript [nScripts][]*entry
	scored   [nScripts]bool    // scripts whose languages Detect tells apart by stopwords
	stopMask map[string]uint32 // folded Latin-script stopword → bit set of its languages
	markers  runeSet           // every language's marker letters
	// twoByte is, for each character of two bytes in UTF-8 (U+0080 to
	// U+07FF), 1 + its scriptIndex (0 when -1), with twoByteMarker when
	// markers holds it: what Gather asks of a character, from one lookup.
	twoByte [0x800]uint8
}

// twoByteMarker marks a marker letter in tableSet.twoByte.
const twoByteMarker = 0x80

// tables prepares the data on first use.
var tables = sync.OnceValue(func() *tableSet {
	t := &tableSet{byTag: map[string]*entry{}, stopMask: map[string]uint32{}}
	for i, l := range languages {
		e := &entry{language: l, index: i, stop: map[string]struct{}{}, markers: newRuneSet(l.markers)}
		t.markers.add(l.markers)
		for _, w := range strings.Fields(l.stopwords) {
			e.addStop(normalize.Fold(w))
		}
		e.abbrev = map[string]struct{}{}
		for _, w := range strings.Fields(l.abbreviations) {
			e.abbrev[normalize.Fold(w)] = struct{}{}
		}
		for _, p := range l.proclitics {
			if p == "و" || p == "ف" {
				e.conj = append(e.conj, p)
			}
		}
		t.byTag[l.tag] = e
		s := scriptIdx(l.script)
		t.byScript[s] = append(t.byScript[s], e)
		if s == iLatin {
			t.scored[s] = true
			for w := range e.stop {
				t.stopMask[w] |= 1 << i
			}
		}
	}
	for r := rune(0x80); r < 0x800; r++ {
		if k := scriptIndex(r); k >= 0 {
			t.twoByte[r] = uint8(k + 1)
			if t.markers.has(r) {
				t.twoByte[r] |= twoByteMarker
			}
		}
	}
	return t
})

func scriptIdx(name string) int {
	for i, n := range scriptNames {
		if n == name {
			return i
		}
	}
	panic("lang: unknown script " + name)
}
