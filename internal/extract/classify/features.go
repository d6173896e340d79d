package classify

import (
	"bytes"
	"iter"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/safi-app/safi/internal/language/normalize"
)

// features are what the rules know of one block.
type features struct {
	words     int     // white-space separated words (CJK: two characters a word)
	lower     int     // words whose first letter is lower case (cased scripts only)
	stops     int     // words that are function words
	density   float64 // stops / words
	endsStop  bool    // ends like a sentence (. ! ? ؟ …)
	folded    string  // folded text, for phrase matching; only for short blocks
	hasColon  bool    // ends with a colon
	titleCase bool    // most Latin words are capitalized (an English headline)
	menuLike  bool    // one to three words of letters only: a menu item
	symbolic  bool    // fewer than half of its characters are letters: code, formulas
	listItem  bool    // opens with a bullet or an item number: "- ", "• ", "3. ", "2) "
	repeated  bool    // the same text stands elsewhere on the page
	question  bool    // ends with a question mark
	tableRow  bool    // tab-separated cells, some of them numbers: a row of a table
	formula   bool    // part of a run of formula pieces, one symbol a line (set by formulas)
	comments  uint8   // heads readers' comments: commentsHead or commentsCount (set by blockRules)
}

// densitySample is how many words of a block the function-word density is
// measured on.
const densitySample = 64

// foldLimit is the longest block (in words) whose folded text is kept.
const foldLimit = 80

func measure(text string) features {
	var arena []byte
	return measureIn(text, &arena)
}

// measureIn is measure with the folded text built in *arena (appended to
// it, never overwritten: earlier blocks' folded texts stay valid), so that
// a doc's blocks are folded without an allocation each.
func measureIn(text string, arena *[]byte) features {
	f, t := countIn(text)
	return finish(f, text, arena, t)
}

// countIn is measureIn's pass over the characters of text: the features it
// sets (words, stops, lower) and what finish derives the others from.
func countIn(text string) (features, tally) {
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
	letters, other := 0, 0
	// The tabs, counted as the loop passes them: a text of fewer than two
	// is no table row, and isTableRow need not count them again.
	tabs := 0
	firstLetter := false // the current word's first letter is still to come
	// The loop goes one byte past the text: its end ends the last word
	// as white space does, at the bottom of the loop, where words are
	// counted (written there rather than in a function that the loop
	// calls: the loop's variables stay its own, not shared with one).
	for i, n := 0, 1; i <= len(text); i += n {
		space := i == len(text)
		if space {
			// The end of the text.
		} else if c := text[i]; c < utf8.RuneSelf {
			n = 1
			cl := asciiClass[c]
			if cl == asciiSpaceClass {
				if c == '\t' {
					tabs++
				}
				space = true
			} else {
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
		} else {
			var r rune
			if 0xC2 <= c && c <= 0xDF && i+1 < len(text) && text[i+1]&0xC0 == 0x80 {
				r, n = rune(c&0x1F)<<6|rune(text[i+1]&0x3F), 2
			} else {
				r, n = utf8.DecodeRuneInString(text[i:])
			}
			var letter bool
			switch {
			case r >= 0x0621 && r <= 0x064A && r != 0x0640:
				letter = true // Arabic letters, without the Unicode tables
			default:
				space = isSpace(r)
				letter = !space && unicode.IsLetter(r)
			}
			if !space {
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
					// The Arabic letters after it that fold on their own, most of
					// an Arabic text, in a loop of their own (as the ASCII letters
					// above): for each, only letters and key change.
					for j := i + n; j+1 < len(text); j += 2 {
						c0, c1 := text[j], text[j+1]
						if c0&0xFE != 0xD8 || c1&0xC0 != 0x80 {
							break
						}
						r := rune(c0&0x1F)<<6 | rune(c1&0x3F)
						if r < 0x0621 || r > 0x064A || arabicFolded[r-0x0621] == 0 {
							break
						}
						letters++
						if kn+1 < len(key) {
							a := arabicFolded[r-0x0621]
							key[kn], key[kn+1] = byte(0xC0|a>>6), byte(0x80|a&0x3F)
						}
						kn += 2
						n += 2
					}
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
				continue
			}
		}
		// White space or the end of the text: the end of a word.
		if !inWord {
			continue
		}
		inWord = false
		f.words++
		stop := false
		if sampled < densitySample {
			if pure {
				stop = kn <= len(key) && isStopKey(key[:kn])
			} else {
				stop = isStopword(text[wordStart:i])
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
	return f, tally{cjk: cjk, cjkStops: cjkStops, sampled: sampled, latin: latin, caps: caps, letters: letters, other: other, tabs: tabs}
}

// tally is what countIn counts of a text besides the features it sets
// itself (words, stops, lower): finish derives the others from it.
type tally struct {
	cjk, cjkStops  int // CJK characters, and function characters among them
	sampled        int // words looked up for the density (at most densitySample)
	latin, caps    int // words opening with a Latin letter and no function word, and those opening with a capital
	letters, other int // letters, and other characters but white space
	tabs           int
}

// finish completes the features f of text that countIn counted (t), the
// folded text built in *arena.
func finish(f features, text string, arena *[]byte, t tally) features {
	f.words += t.cjk / 2
	f.symbolic = t.letters < t.other
	f.menuLike = f.words <= 3 && t.other <= 1 && t.letters > 0
	if f.words >= 3 && f.words <= 30 {
		// (Such a text has fewer than densitySample words: each was
		// looked up.)
		f.titleCase = t.latin >= 3 && t.caps*10 >= t.latin*7
	}
	if t.sampled > 0 {
		f.density = float64(f.stops) / float64(t.sampled)
	}
	// Chinese and Japanese run words together: the density is that of
	// function characters among the CJK characters.
	if t.cjk >= 2*t.sampled {
		f.stops = t.cjkStops
		f.density = float64(t.cjkStops) / float64(t.cjk)
	}
	f.endsStop = endsWithStop(text)
	f.question = endsWithQuestion(text)
	f.tableRow = t.tabs >= 2 && isTableRow(text)
	if f.tableRow {
		f.symbolic = true // neither for nor against the article
	}
	f.listItem = isListItem(text)
	f.hasColon = strings.HasSuffix(text, ":")
	if f.words <= foldLimit {
		f.folded = foldIn(text, arena)
	}
	return f
}

// Classes of ASCII characters for measureIn: white space, or a letter
// (maybe upper case), or another character (0), which trimWord trims off
// a word (asciiTrimmed: neither a digit nor an apostrophe).
const (
	asciiSpaceClass = 1 << iota
	asciiLetter
	asciiUpper
	asciiTrimmed
)

// asciiClass is the class of each ASCII character.
var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		switch {
		case asciiSpace[c]:
			t[c] = asciiSpaceClass
		case 'a' <= c && c <= 'z':
			t[c] = asciiLetter
		case 'A' <= c && c <= 'Z':
			t[c] = asciiLetter | asciiUpper
		case !asciiAlnum[c] && c != '\'':
			t[c] = asciiTrimmed
		}
	}
	return t
}()

// isTrimmed reports whether r, not ASCII, is one of the punctuation marks
// common around words that trimWord trims off them (neither a letter nor
// a digit nor ’): the Arabic comma, semicolon and question mark,
// guillemets and curly double quotes. measureIn reads a word between them
// as it reads a word of letters alone.
func isTrimmed(r rune) bool {
	switch r {
	case '،', '؛', '؟', '«', '»', '“', '”':
		return true
	}
	return false
}

// endsWithQuestion reports whether text ends with a question mark, maybe
// followed by closing quotes or brackets.
func endsWithQuestion(text string) bool {
	if n := len(text); n > 0 {
		if c := text[n-1]; c < utf8.RuneSelf && c != ' ' && c != '"' && c != '\'' && c != ')' {
			return c == '?'
		}
	}
	return strings.HasSuffix(strings.TrimRight(text, " \"'”’»)"), "?") || strings.HasSuffix(text, "؟")
}

// arenaChunk is the size of the chunks measureIn folds texts into.
const arenaChunk = 4 << 10

// foldIn returns fold(s): s itself when folding leaves it unchanged, else
// a view of the bytes it appends to *arena.
func foldIn(s string, arena *[]byte) string {
	a := *arena
	if cap(a)-len(a) < 2*len(s) {
		// A new chunk rather than a bigger copy of this one.
		a = make([]byte, 0, max(arenaChunk, 2*len(s)))
	}
	start := len(a)
	if q, ok := appendQuick(a, s, true); ok {
		if k := view(q[start:]); k != s {
			*arena = q
			return k
		}
		*arena = q[:start]
		return s
	}
	a = normalize.AppendFold(a, s)
	k := view(a[start:])
	if plainSpaced(k) {
		if k == s {
			*arena = a[:start]
			return s
		}
		*arena = a
		return k
	}
	end := len(a)
	a = appendSpaced(a, view(a[start:end]))
	*arena = a
	return view(a[end:])
}

func isCJK(r rune) bool {
	if r < 0x1100 {
		return false // below Hangul Jamo: no CJK script
	}
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r)
}

// isStopword reports whether the word w (with its punctuation) is a
// function word, also after an Arabic conjunction و or ف. It does not
// allocate.
func isStopword(w string) bool {
	w = trimWord(w)
	if w == "" || len(w) > 48 {
		return false
	}
	var buf [64]byte
	k, ok := appendQuick(buf[:0], w, false)
	if !ok {
		k = normalize.AppendFold(buf[:0], w)
	}
	return isStopKey(k)
}

// isStopKey reports whether the folded word k is a function word, also
// after an Arabic conjunction و or ف, or a French elision (l'homme, d'un,
// qu'il).
func isStopKey(k []byte) bool {
	if maybeStopword(k) && stopSet.has(k) {
		return true
	}
	// (و is D9 88, ف D9 81.)
	if len(k) > 4 && k[0] == 0xD9 && (k[1] == 0x88 || k[1] == 0x81) {
		return maybeStopword(k[2:]) && stopSet.has(k[2:])
	}
	// An apostrophe, ' or ’ (E2 80 99), after one to three bytes (and
	// none before).
	if len(k) > 0 && (k[0] == '\'' || bytes.HasPrefix(k, []byte("’"))) {
		return false
	}
	for i := 1; i <= 3 && i < len(k); i++ {
		if k[i] == '\'' || k[i] == 0xE2 && i+2 < len(k) && k[i+1] == 0x80 && k[i+2] == 0x99 {
			return true
		}
	}
	return false
}

// maybeStopword reports whether the folded word k has the length and last
// byte of a stop word: most words do not, and need no look-up.
func maybeStopword(k []byte) bool {
	return len(k) > 0 && stopShape(len(k), k[len(k)-1])
}

// trimWord is strings.TrimFunc(w, f) for f a rune that is not a letter, a
// digit or an apostrophe (' or ’), with isAlnum's fast paths.
func trimWord(w string) string {
	for len(w) > 0 {
		r, n := decodeAt(w, 0)
		if isAlnum(r) || r == '\'' || r == '’' {
			break
		}
		w = w[n:]
	}
	for len(w) > 0 {
		r, n := rune(w[len(w)-1]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeLastRuneInString(w)
		}
		if isAlnum(r) || r == '\'' || r == '’' {
			break
		}
		w = w[:len(w)-n]
	}
	return w
}

// decodeAt is utf8.DecodeRuneInString(s[i:]), with ASCII and two-byte
// runes (Arabic, accented Latin) decoded inline.
func decodeAt(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return decode2(s, i)
}

// decode2 is decodeAt for a rune of two bytes or more (not inlined, so
// that decodeAt is).
//
//go:noinline
func decode2(s string, i int) (rune, int) {
	if c := s[i]; 0xC2 <= c && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		return rune(c&0x1F)<<6 | rune(s[i+1]&0x3F), 2
	}
	return utf8.DecodeRuneInString(s[i:])
}

// isAlnum is unicode.IsLetter(r) || unicode.IsDigit(r), with fast paths
// for ASCII and the Arabic letters.
func isAlnum(r rune) bool {
	if uint32(r) < utf8.RuneSelf {
		return asciiAlnum[r]
	}
	return isAlnum2(r)
}

// isAlnum2 is isAlnum beyond ASCII.
func isAlnum2(r rune) bool {
	if 0x0621 <= r && r <= 0x064A {
		return true
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// asciiAlnum is isAlnum for ASCII.
var asciiAlnum = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9'
	}
	return t
}()

// endsWithStop reports whether text ends like a sentence, maybe followed by
// closing quotes or brackets.
func endsWithStop(text string) bool {
	if n := len(text); n > 0 {
		if c := text[n-1]; c < utf8.RuneSelf && !asciiSpace[c] && c != '"' && c != '\'' && c != ')' && c != ']' {
			return c == '.' || c == '!' || c == '?'
		}
	}
	text = strings.TrimRightFunc(text, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("\"'”’»)]›）」』】〕", r)
	})
	r, _ := utf8.DecodeLastRuneInString(text)
	return strings.ContainsRune(".!?؟…۔。！？", r)
}

// fold returns the key form of text for phrase matching: normalize.Fold
// (NFKC, case folded, Arabic alef, hamza and ya forms unified, harakat and
// tatweel dropped), with ’ read as ' and each run of white space as one
// space, trimmed.
func fold(s string) string {
	k := normalize.Fold(s)
	if plainSpaced(k) {
		return k
	}
	b := appendSpaced(make([]byte, 0, len(k)), k)
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// appendSpaced appends k, a normalize.Fold result, to dst as fold does:
// ’ read as ', each run of white space as one space, trimmed.
func appendSpaced(dst []byte, k string) []byte {
	start := len(dst)
	space := false
	for _, r := range k {
		switch {
		case r == '’':
			r = '\''
		case unicode.IsSpace(r):
			space = len(dst) > start
			continue
		}
		if space {
			dst = append(dst, ' ')
			space = false
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// foldTo returns fold(s), built in buf (and in spaced when white space
// needs collapsing) when they have room: a view of their bytes, valid
// while they are not modified.
func foldTo(buf, spaced []byte, s string) string {
	if q, ok := appendQuick(buf, s, true); ok {
		return view(q)
	}
	buf = normalize.AppendFold(buf, s)
	if k := view(buf); plainSpaced(k) {
		return k
	}
	return view(appendSpaced(spaced, view(buf)))
}

// view returns the bytes of b as a string without copying: b must not be
// modified while the string is in use.
func view(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

// plainSpaced reports whether k needs no change by fold's second step: its
// only white space is single ASCII spaces between words, and it has no ’.
func plainSpaced(k string) bool {
	if k == "" {
		return true
	}
	if k[0] == ' ' || k[len(k)-1] == ' ' {
		return false
	}
	prevSpace := false
	for i := 0; i < len(k); {
		c := k[i]
		if c < utf8.RuneSelf {
			if c == ' ' {
				if prevSpace {
					return false
				}
				prevSpace = true
			} else if asciiSpace[c] {
				return false
			} else {
				prevSpace = false
			}
			i++
			continue
		}
		prevSpace = false
		if 0xC3 <= c && c <= 0xDF && i+1 < len(k) && k[i+1]&0xC0 == 0x80 {
			i += 2 // U+00C0–U+07FF: no space there
			continue
		}
		r, n := utf8.DecodeRuneInString(k[i:])
		if r == '’' || isSpace(r) {
			return false
		}
		i += n
	}
	return true
}

// countWords counts white-space separated words, as len(strings.Fields(s))
// without the slice.
func countWords(s string) int {
	n := 0
	in := false // inside a word
	for i := 0; i < len(s); {
		var space bool
		switch c := s[i]; {
		case c < utf8.RuneSelf:
			space = asciiSpace[c]
			i++
		case 0xC3 <= c && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			i += 2 // U+00C0–U+07FF: no space there
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			space = isSpace(r)
			i += size
		}
		if !space && !in {
			n++
		}
		in = !space
	}
	return n
}

// fields yields the white-space separated words of s, as strings.Fields
// returns them.
func fields(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		start := -1
		for i, n := 0, 0; i < len(s); i += n {
			var r rune
			r, n = decodeAt(s, i)
			space := isSpace(r)
			switch {
			case !space && start < 0:
				start = i
			case space && start >= 0:
				if !yield(s[start:i]) {
					return
				}
				start = -1
			}
		}
		if start >= 0 {
			yield(s[start:])
		}
	}
}

// isSpace is unicode.IsSpace, without the tables below U+1680.
func isSpace(r rune) bool {
	if uint32(r) < utf8.RuneSelf {
		return asciiSpace[r]
	}
	return isSpace2(r)
}

// isSpace2 is isSpace beyond ASCII (not inlined, so that isSpace is).
//
//go:noinline
func isSpace2(r rune) bool {
	switch {
	case r <= 0xFF:
		return r == 0x85 || r == 0xA0
	case r < 0x1680:
		return false
	}
	return unicode.IsSpace(r)
}

// asciiSpace is unicode.IsSpace for ASCII.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// matchPhrases finds the first boilerplate phrase rule that decides a
// block.
func matchPhrases(f *features) (rule, class string, ok bool) {
	if f.folded == "" || f.words > foldLimit {
		return "", "", false
	}
	// The lists of the rules that may decide a block of this length, and
	// those of them with a phrase in the block.
	lists := phraseLists[f.words]
	hits, valid := phraseIdx.scan(f.folded, lists)
	if !valid {
		return matchPhrasesSlow(f)
	}
	var bare string // the folded text without surrounding punctuation
	for k := range phraseRules {
		pr := &phraseRules[k]
		if f.words > pr.maxWord {
			continue
		}
		if pr.whole {
			if bare == "" {
				bare = strings.TrimFunc(f.folded, func(r rune) bool { return !isAlnum(r) })
			}
			if !slices.Contains(pr.phrases, bare) {
				continue
			}
		} else if hits&(1<<(2*k)) == 0 {
			continue
		}
		if pr.also != nil && hits&(1<<(2*k+1)) == 0 {
			continue
		}
		return pr.rule, pr.class, true
	}
	return "", "", false
}

// matchPhrasesSlow is matchPhrases phrase by phrase, for a folded text
// that is not valid UTF-8.
func matchPhrasesSlow(f *features) (rule, class string, ok bool) {
	var bare string
	for k := range phraseRules {
		pr := &phraseRules[k]
		if f.words > pr.maxWord {
			continue
		}
		if pr.whole && bare == "" {
			bare = strings.TrimFunc(f.folded, func(r rune) bool { return !isAlnum(r) })
		}
		if !matchAny(f.folded, bare, pr.phrases, pr.prefix, pr.whole) {
			continue
		}
		if pr.also != nil && !matchAny(f.folded, "", pr.also, false, false) {
			continue
		}
		return pr.rule, pr.class, true
	}
	return "", "", false
}

// matchAny reports whether one of the folded phrases occurs in s: as all
// of bare (whole), at its start (prefix), or anywhere at word boundaries.
func matchAny(s, bare string, phrases []string, prefix, whole bool) bool {
	for _, p := range phrases {
		switch {
		case whole:
			if bare == p {
				return true
			}
		case prefix:
			if strings.HasPrefix(s, p) && boundaryAt(s, len(p)) {
				return true
			}
		default:
			if containsWord(s, p) {
				return true
			}
		}
	}
	return false
}

// containsWord reports whether p occurs in s at word boundaries.
func containsWord(s, p string) bool {
	for from := 0; ; {
		i := strings.Index(s[from:], p)
		if i < 0 {
			return false
		}
		i += from
		if boundaryBefore(s, i) && boundaryAt(s, i+len(p)) {
			return true
		}
		from = i + 1
	}
}

func boundaryBefore(s string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return !isAlnum(r)
}

func boundaryAt(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	pr, _ := utf8.DecodeLastRuneInString(s[:i])
	if !isAlnum(pr) {
		return true // the phrase ends with punctuation or space
	}
	return !isAlnum(r)
}

// isByline reports whether a short block opens like a byline.
func isByline(f *features) bool {
	if f.folded == "" || f.words > 25 || f.endsStop && f.words > 12 {
		return false
	}
	// (An opener ending with a space is followed by a word boundary.)
	return bylineIdx.hasPrefix(f.folded, 1)
}

// isTitleCase reports whether at least 70% of the Latin words of text that
// are not function words begin with a capital letter. Bit k of stops says
// whether the k-th word is a function word, as measure found (words from
// the 64th on are looked up).
func isTitleCase(text string, stops uint64) bool {
	caps, latin := 0, 0
	k := 0
	for w := range fields(text) {
		stop := k < 64 && stops&(1<<k) != 0 || k >= 64 && isStopword(w)
		k++
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.Is(unicode.Latin, r) || stop {
			continue
		}
		latin++
		if unicode.IsUpper(r) {
			caps++
		}
	}
	return latin >= 3 && caps*10 >= latin*7
}

// isDateline reports whether a short block is a dateline naming a news
// agency: "دبي - وام", "PARIS (AFP)", "Reuters".
func isDateline(f *features) bool {
	if f.folded == "" || f.words > 6 || f.endsStop {
		return false
	}
	hits, ok := agencyIdx.scan(f.folded, 1<<len(agencies)-1)
	if !ok {
		hits = 0
		for k, a := range agencies {
			if containsWord(f.folded, a) {
				hits |= 1 << k
			}
		}
	}
	for ; hits != 0; hits &= hits - 1 {
		a := agencies[bits.TrailingZeros64(hits)]
		bare := strings.TrimFunc(f.folded, func(r rune) bool { return !unicode.IsLetter(r) })
		if bare == a || strings.Contains(f.folded, "("+a+")") || strings.HasSuffix(f.folded, "- "+a) || strings.HasSuffix(f.folded, "– "+a) {
			return true
		}
	}
	return false
}

// isListItem reports whether text opens with a bullet or an item number.
func isListItem(text string) bool {
	r, n := utf8.DecodeRuneInString(text)
	if strings.ContainsRune("-–—•·*▪●◦►", r) {
		next, _ := utf8.DecodeRuneInString(text[n:])
		return next == ' ' || next == '\u00A0'
	}
	i := 0
	for i < len(text) && i < 3 && text[i] >= '0' && text[i] <= '9' {
		i++
	}
	return i > 0 && i+1 < len(text) && (text[i] == '.' || text[i] == ')') && text[i+1] == ' '
}

// isTableRow reports whether text is a row of a table copied as text: three
// or more tab-separated cells, at least a third of them numbers.
func isTableRow(text string) bool {
	if strings.Count(text, "\t") < 2 {
		return false
	}
	cells, nums := 0, 0
	for _, c := range strings.Split(text, "\t") {
		c = strings.TrimSpace(c)
		if c == "" {
			continue
		}
		cells++
		if strings.IndexFunc(c, func(r rune) bool { return !unicode.IsDigit(r) && !strings.ContainsRune(".,:%+-–", r) }) < 0 {
			nums++
		}
	}
	return cells >= 3 && nums*3 >= cells
}
