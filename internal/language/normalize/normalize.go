// Package normalize folds text into keys for counting and grouping words.
//
// Folding is for keys only: what Safi displays always keeps the original
// text. A key is the NFKC form of the text (which folds Arabic presentation
// forms such as ﻻ into لا), with the alef variants أ إ آ ٱ written ا, alef
// maqsura ى written ي, Arabic-Indic digits written 0–9, tatweel, harakat
// and Quranic marks removed — while the hamza on ؤ and ئ is kept —,
// invisible joiners and bidi marks removed, and Latin (and every other
// cased script) case-folded.
//
// The common recipe "NFD, remove marks, NFC" is wrong for Arabic: NFD splits
// ؤ into و + U+0654 HAMZA ABOVE, so removing marks turns ؤ into و. Fold
// composes first (NFKC) and removes only the marks that are left over.
package normalize

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Transformer returns a transform.Transformer that folds text as Fold does.
// It may be chained with other transformers; a new one is needed for each
// concurrent use.
func Transformer() transform.Transformer {
	return transform.Chain(norm.NFKC, runes.Remove(runes.Predicate(isDropped)), runes.Map(mapRune), caseFolder{})
}

// transformers keeps folding chains for reuse: building one allocates its
// buffers, about 26 MB over a 10 MB paste when each call built its own.
var transformers = sync.Pool{New: func() any { return Transformer() }}

// slowFold folds s through a Transformer (transform.String resets it).
func slowFold(s string) string {
	t := transformers.Get().(transform.Transformer)
	out, _, _ := transform.String(t, s)
	transformers.Put(t)
	return out
}

// Fold returns the key form of s (see the package comment). When s is
// already folded, Fold returns s itself without allocating; when only
// simple per-rune changes are needed (ASCII or Latin-1 capitals, alef and
// yeh variants, harakat, tatweel) it allocates the result once; anything
// else (presentation forms, hamza marks to compose, other scripts' capitals)
// goes through Transformer.
func Fold(s string) string {
	i, ok := firstChange(s)
	if i == len(s) {
		return s
	}
	if !ok {
		return slowFold(s)
	}
	b := make([]byte, 0, len(s))
	b = append(b, s[:i]...)
	b = appendSimple(b, s[i:])
	return string(b)
}

// AppendFold appends the key form of s to dst and returns the extended
// buffer. It does not allocate when dst has room and s needs only simple
// per-rune changes (see Fold); it is meant for hot loops that look folded
// words up in a map with m[string(buf)].
func AppendFold(dst []byte, s string) []byte {
	i, ok := firstChange(s)
	if i == len(s) {
		return append(dst, s...)
	}
	if !ok {
		return append(dst, slowFold(s)...)
	}
	dst = append(dst, s[:i]...)
	return appendSimple(dst, s[i:])
}

// IsFolded reports whether Fold(s) == s, without allocating.
func IsFolded(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return false
			}
			i++
			continue
		}
		if r, ok := twoByteAt(s, i); ok {
			if twoByteKinds[r] != keep {
				return false
			}
			i += 2
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if kind(r, size) != keep {
			return false
		}
		i += size
	}
	return true
}

// Rune kinds for the fast paths.
const (
	keep    = iota // the rune folds to itself
	simple         // the rune folds to one rune (or none) on its own: see simpleRune
	complex        // the rune needs the full transformer (context or multi-rune result)
)

// firstChange returns the byte offset of the first rune that Fold changes
// (len(s) when none does), and whether every rune from there on can be
// folded by simpleRune alone.
func firstChange(s string) (int, bool) {
	first := len(s)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' && first == len(s) {
				first = i
			}
			i++
			continue
		}
		var k int
		size := 2
		if r, ok := twoByteAt(s, i); ok {
			k = int(twoByteKinds[r])
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			k = kind(r, size)
		}
		switch k {
		case complex:
			if first == len(s) {
				first = i
			}
			return first, false
		case simple:
			if first == len(s) {
				first = i
			}
		}
		i += size
	}
	return first, true
}

// appendSimple appends the fold of s, every rune of which is keep or simple.
func appendSimple(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		if r, ok := twoByteAt(s, i); ok {
			switch f := twoByteFolds[r]; f {
			case r:
				dst = append(dst, c, s[i+1])
			case dropped:
			case decomposes:
				dst = appendOther(dst, r)
			default:
				dst = utf8.AppendRune(dst, f)
			}
			i += 2
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if isDropped(r) {
			continue
		}
		if r >= 0xA0 && r < 0xC0 || r >= 0x0100 && r < 0x0600 || r > 0x06FF {
			// (isDropped took ZWNJ, ZWJ, LRM and RLM.)
			dst = appendOther(dst, r)
			continue
		}
		dst = utf8.AppendRune(dst, simpleRune(r))
	}
	return dst
}

// twoByteAt returns the rune of two bytes in UTF-8 (U+0080–U+07FF: Latin-1,
// Latin Extended, Greek, Cyrillic, Hebrew, Arabic) encoded at s[i:],
// decoded without a call on the hot path.
func twoByteAt(s string, i int) (rune, bool) {
	if c := s[i]; c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		return rune(c&0x1F)<<6 | rune(s[i+1]&0x3F), true
	}
	return 0, false
}

// kind says how a non-ASCII rune folds. Only runes whose fold is known not
// to depend on their neighbours are keep or simple: no rune here composes
// with another under NFC (harakat have no precomposed forms; the hamza
// marks U+0653–U+0655, which do, are complex).
func kind(r rune, size int) int {
	switch {
	case r == utf8.RuneError && size == 1:
		return complex // invalid UTF-8: let the transformer replace it
	case r < 0xA0:
		return keep // C1 controls
	case r < 0xC0:
		// Latin-1 punctuation and symbols: NFKC changes some (NBSP, ª, ², ¼…).
		if r == 0xA6 || r == 0xA7 || r == 0xA9 || r == 0xAB || r == 0xAC ||
			r == 0xAE || r == 0xB0 || r == 0xB1 || r == 0xB6 || r == 0xB7 || r == 0xBB || r == 0xBF ||
			r == 0xA1 || r == 0xA2 || r == 0xA3 || r == 0xA4 || r == 0xA5 {
			return keep
		}
		if r == 0xAD {
			return simple // soft hyphen: dropped
		}
		return otherKind(r) // no-break space, ª, ², ¼…
	case r < 0xDF:
		if r == 0xD7 {
			return keep // ×
		}
		return simple // À–Þ: lower case is r+0x20
	case r == 0xDF:
		return complex // ß folds to "ss"
	case r <= 0xFF:
		if r == 0xF7 || r == 0xFF {
			return keep // ÷ ÿ
		}
		return keep // à–þ
	case r < 0x0600:
		return otherKind(r) // other Latin, Greek, Cyrillic…
	case r <= 0x06FF:
		return int(arabicKinds[r-0x0600])
	case r == 0x200C || r == 0x200D || r == 0x200E || r == 0x200F:
		return simple // ZWNJ, ZWJ, LRM, RLM: dropped
	case r >= 0x2010 && r <= 0x2027 && r != 0x2011 && r != 0x2017 && (r < 0x2024 || r > 0x2026):
		return keep // dashes, quotes, bullets (NFKC changes ‑ ‗ ․ ‥ …)
	}
	return otherKind(r)
}

// otherKind says how a rune outside the ranges kind knows folds, from its
// normalization properties: a rune that starts a segment under NFKC
// (norm's BoundaryBefore: combining class 0, composes with nothing before
// it) folds on its own, whatever its neighbours, as long as they start
// segments too — which every keep and simple rune does but the harakat,
// which have no composed forms and are dropped. Its fold is then its
// NFKC form (itself when it has no decomposition: Cyrillic, Greek, most
// of Latin Extended, CJK, emoji) mapped and case-folded rune by rune
// (runeFold). The others (combining marks, the second half of a
// composition, ß, invalid bytes) are complex.
func otherKind(r rune) int {
	var buf [utf8.UTFMax]byte
	p := norm.NFKC.Properties(utf8.AppendRune(buf[:0], r))
	if !p.BoundaryBefore() || r == 'ẞ' {
		return complex // ẞ folds to "ss", as ß does
	}
	if f, ok := runeFold(r, p); ok {
		if f == r {
			return keep
		}
		return simple
	}
	if !norm.NFKC.Properties(p.Decomposition()).BoundaryBefore() {
		return complex // ㄳ decomposes to a jamo that composes with a syllable before it
	}
	if decomposedFold(r) == string(r) {
		return keep
	}
	return simple
}

// runeFold returns the fold of r, a rune with no decomposition under NFKC
// (p its properties), and true; or false when r has a decomposition.
func runeFold(r rune, p norm.Properties) (rune, bool) {
	if p.Decomposition() != nil {
		return 0, false
	}
	if isDropped(r) {
		return -1, true
	}
	r = mapRune(r)
	if r == 'ς' {
		return 'σ', true
	}
	return unicode.ToLower(r), true
}

// decomposed holds the folds of runes with a decomposition under NFKC
// that fold on their own (no-break spaces, "…", ligatures, full-width and
// compatibility forms, precomposed letters): few distinct ones come in a
// text, and the transformer folds each once.
var decomposed sync.Map // rune -> string

// decomposedFold returns the fold of r, a rune that folds on its own, by
// the transformer the first time.
func decomposedFold(r rune) string {
	if f, ok := decomposed.Load(r); ok {
		return f.(string)
	}
	f := slowFold(string(r))
	decomposed.Store(r, f)
	return f
}

// appendOther appends the fold of r, a keep or simple rune of otherKind.
func appendOther(dst []byte, r rune) []byte {
	var buf [utf8.UTFMax]byte
	p := norm.NFKC.Properties(utf8.AppendRune(buf[:0], r))
	if f, ok := runeFold(r, p); ok {
		if f < 0 {
			return dst
		}
		return utf8.AppendRune(dst, f)
	}
	return append(dst, decomposedFold(r)...)
}

// arabicKinds holds arabicKind for the Arabic block, for the hot path.
var arabicKinds = func() (t [0x100]uint8) {
	for i := range t {
		t[i] = uint8(arabicKind(rune(0x0600 + i)))
	}
	return t
}()

// arabicKind classifies runes of the Arabic block U+0600–U+06FF.
func arabicKind(r rune) int {
	switch {
	case r == 0x0653 || r == 0x0654 || r == 0x0655:
		return complex // maddah and hamza above/below compose with the letter before
	case isDropped(r) || r != mapRune(r):
		return simple
	case r >= 0x0675 && r <= 0x0678:
		return complex // compatibility letters ٵ ٶ ٷ ٸ: NFKC splits them
	}
	return keep
}

// simpleRune folds one rune of kind simple (or keep).
func simpleRune(r rune) rune {
	if r >= 0xC0 && r < 0xDF && r != 0xD7 {
		return r + 0x20
	}
	return mapRune(r)
}

// mapRune unifies Arabic letter variants and digits for keys.
func mapRune(r rune) rune {
	switch {
	case r >= '٠' && r <= '٩': // Arabic-Indic digits
		return '0' + r - '٠'
	case r >= '۰' && r <= '۹': // Extended Arabic-Indic (Persian, Urdu) digits
		return '0' + r - '۰'
	}
	switch r {
	case 'أ', 'إ', 'آ', 'ٱ', 'ٲ', 'ٳ': // alef with hamza above/below, madda, wasla, wavy hamza
		return 'ا'
	case 'ى', 'ی': // alef maqsura and Farsi yeh, often typed for final ي
		return 'ي'
	case 'ک': // keheh, the Persian keyboard's kaf
		return 'ك'
	}
	return r
}

// isDropped reports whether r is left out of keys: tatweel, harakat and
// other Arabic marks, and invisible joiners and direction marks.
func isDropped(r rune) bool {
	switch {
	case r == 0x0640: // tatweel
		return true
	case r >= 0x0610 && r <= 0x061A: // honorific signs and small harakat
		return true
	case r >= 0x064B && r <= 0x065F: // harakat, shadda, sukun, hamza marks left over after NFKC
		return true
	case r == 0x0670: // superscript alef
		return true
	case r >= 0x06D6 && r <= 0x06ED && r != 0x06DD && r != 0x06DE && r != 0x06E5 && r != 0x06E6 && r != 0x06E9:
		return true // Quranic annotation marks
	case r >= 0x08D3 && r <= 0x08FF && r != 0x08E2:
		return true // extended Arabic marks
	case r == 0x00AD, r == 0x200C, r == 0x200D, r == 0x200E, r == 0x200F, r == 0x061C:
		return true // soft hyphen, ZWNJ, ZWJ, LRM, RLM, ALM
	}
	return false
}

// caseFolder is a transform.Transformer that case-folds for keys: every
// rune to its lower case (unicode.ToLower), final sigma ς to σ, and ß to
// "ss". It is the part of Unicode full case folding that matters for
// Safi's languages, without x/text/cases, whose tables would add to
// app.wasm (docs/measuring.md).
type caseFolder struct{ transform.NopResetter }

// Transform implements transform.Transformer.
func (caseFolder) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) {
		r, size := utf8.DecodeRune(src[nSrc:])
		if r == utf8.RuneError && size == 1 && !atEOF && !utf8.FullRune(src[nSrc:]) {
			return nDst, nSrc, transform.ErrShortSrc
		}
		var buf [utf8.UTFMax * 2]byte
		out := buf[:0]
		switch {
		case r == 'ß' || r == 'ẞ':
			out = append(out, 's', 's')
		case r == 'ς':
			out = utf8.AppendRune(out, 'σ')
		case r == utf8.RuneError && size == 1:
			out = append(out, src[nSrc])
		default:
			out = utf8.AppendRune(out, unicode.ToLower(r))
		}
		if nDst+len(out) > len(dst) {
			return nDst, nSrc, transform.ErrShortDst
		}
		nDst += copy(dst[nDst:], out)
		nSrc += size
	}
	return nDst, nSrc, nil
}
