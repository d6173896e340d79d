// Package lex splits text into the words, numbers and punctuation that the
// figures and dates scanners match against their vocabularies.
//
// Words carry a folded form for matching: Latin letters lower-cased and
// stripped of accents (é → e, ç → c), Arabic presentation forms read by
// NFKC (ﻻ → لا), Arabic harakat and tatweel removed,
// أ إ آ ٱ → ا, ى and ی → ي, ک → ك and ة → ه, so that "أبريل", "ابريل" and
// "إبريل" all read "ابريل" and "هـ" reads "ه". Numbers carry their value, read
// by normalize.ReadNumber from Western or Arabic-Indic digits. Everything
// else that is not white space is a one-rune punctuation token. Apostrophes
// split words without a space ("l'année" → "l", "annee"), and bidi and
// zero-width controls are skipped.
package lex

import (
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"

	"github.com/safi-app/safi/internal/language/normalize"
)

// Kind is what a token is.
type Kind uint8

// Token kinds.
const (
	Word Kind = iota + 1
	Number
	Punct
)

// Token is one word, number or punctuation mark of a text.
type Token struct {
	Kind       Kind
	Start, End int              // byte offsets of the token in the text
	Space      bool             // white space comes before the token
	Break      bool             // a line break comes before the token
	Fold       string           // Word: the folded form; Punct: the rune; Number: ""
	Num        normalize.Number // Number: its value
}

// Glued reports whether the token directly follows the previous one, with
// no white space between them.
func (t *Token) Glued() bool { return !t.Space }

// Scan splits text into tokens.
func Scan(text string) []Token {
	return AppendScan(nil, text)
}

// AppendScan appends the tokens of text to toks and returns the result.
func AppendScan(toks []Token, text string) []Token {
	return AppendScanRange(toks, text, 0, len(text))
}

// AppendScanRange appends the tokens of text[from:to] to toks and returns
// the result; token offsets are offsets into text. from and to should fall
// on white space (see Spans), or a token may run past to.
func AppendScanRange(toks []Token, text string, from, to int) []Token {
	return appendScanRange(toks, nil, text, from, to)
}

// Scanner scans texts into tokens, reusing its memory from one text to the
// next. Its zero value is ready to use.
type Scanner struct {
	toks  []Token
	folds []foldSpan
}

// foldSpan is where a word's folded form lies in the fold arena.
type foldSpan struct{ start, end int32 }

// ScanRange returns the tokens of text[from:to], as AppendScanRange does.
// They are valid until the next call.
func (sc *Scanner) ScanRange(text string, from, to int) []Token {
	sc.toks = appendScanRange(sc.toks[:0], &sc.folds, text, from, to)
	return sc.toks
}

func appendScanRange(toks []Token, foldBuf *[]foldSpan, text string, from, to int) []Token {
	first := len(toks)
	// About one token per space, plus punctuation: grow once, not while
	// scanning. A token takes at least one byte: when the room left holds
	// that many, there is nothing to count. The spaces, no-break spaces
	// (C2 A0) and line breaks are counted in one pass, not three.
	if cap(toks)-len(toks) < to-from {
		est := 0
		for k := from; k < to; k++ {
			switch text[k] {
			case ' ', '\n':
				est++
			case 0xa0:
				if k > from && text[k-1] == 0xc2 {
					est++
				}
			}
		}
		if est += est/4 + 8; cap(toks)-len(toks) < est {
			toks = append(make([]Token, 0, len(toks)+est), toks...)
		}
	}
	arena := make([]byte, 0, to-from) // folded words, one after another
	var folds []foldSpan              // folded word spans in arena, by token index - first
	if foldBuf != nil {
		folds = (*foldBuf)[:0]
		defer func() { *foldBuf = folds }()
	}
	if cap(folds) < cap(toks)-len(toks) {
		folds = make([]foldSpan, 0, cap(toks)-len(toks))
	}
	space, brk := true, false
	splitUntil := 0 // inside a run of digits that is not one number
	for i := from; i < to; {
		c := text[i]
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = decodeAt(text, i)
		}
		switch {
		case isSpace(r):
			space = true
			if r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029' || r == '\u0085' {
				brk = true
			}
			i += size
			continue
		case isIgnorable(r):
			i += size
			continue
		case r == '\'' || r == '’' || r == 'ʼ':
			// An apostrophe splits a word but adds no space.
			i += size
			continue
		case normalize.IsDigit(r):
			tok := Token{Kind: Number, Start: i, Space: space, Break: brk}
			if i < splitUntil {
				v, d, n := normalize.ReadDigits(text[i:])
				tok.Num = normalize.Number{Value: v, Int: true, IntDigits: d}
				i += n
			} else {
				num, n, run := normalize.ReadNumber(text[i:])
				tok.Num = num
				if run > n {
					splitUntil = i + run
				}
				i += n
			}
			tok.End = i
			toks = append(toks, tok)
			folds = append(folds, foldSpan{})
		case isWordRune(r):
			tok := Token{Kind: Word, Start: i, Space: space, Break: brk}
			fs := len(arena)
			for i < len(text) {
				c := text[i]
				// Fast paths: ASCII letters, and the Arabic letters and
				// harakat of U+0600–U+067F (two bytes, D8 or D9 first),
				// folded here as appendFold folds them (أ إ آ → ا, ى → ي,
				// ة → ه): they are most of the letters of Arabic text.
				if c < utf8.RuneSelf {
					if 'a' <= c && c <= 'z' {
						arena = append(arena, c)
						i++
						continue
					}
					if 'A' <= c && c <= 'Z' {
						arena = append(arena, c+'a'-'A')
						i++
						continue
					}
					break
				}
				if (c == 0xd8 || c == 0xd9) && i+1 < len(text) && text[i+1]&0xc0 == 0x80 {
					if b0, b1, n := foldArabic(c, text[i+1]); n >= 0 {
						if n > 0 {
							arena = append(arena, b0, b1)
						}
						i += 2
						continue
					}
				}
				r, size := decodeAt(text, i)
				if !isWordRune(r) || normalize.IsDigit(r) {
					break
				}
				arena = appendFold(arena, r)
				i += size
			}
			tok.End = i
			toks = append(toks, tok)
			folds = append(folds, foldSpan{int32(fs), int32(len(arena))})
		default:
			toks = append(toks, Token{Kind: Punct, Start: i, End: i + size, Space: space, Break: brk, Fold: text[i : i+size]})
			folds = append(folds, foldSpan{})
			i += size
		}
		space, brk = false, false
	}
	// The arena is not written again: its words need no copy.
	folded := unsafe.String(unsafe.SliceData(arena), len(arena))
	for k, f := range folds {
		if toks[first+k].Kind == Word {
			toks[first+k].Fold = folded[f.start:f.end]
		}
	}
	return toks
}

// decodeAt is utf8.DecodeRuneInString(s[i:]) with the two-byte runes
// (Arabic, accented Latin) decoded here rather than in its slow path. The
// callers handle ASCII first.
func decodeAt(s string, i int) (rune, int) {
	if c := s[i]; c >= 0xc2 && c <= 0xdf && i+1 < len(s) && s[i+1]&0xc0 == 0x80 {
		return rune(c&0x1f)<<6 | rune(s[i+1]&0x3f), 2
	}
	return utf8.DecodeRuneInString(s[i:])
}

// foldArabic folds the rune of U+0600–U+067F whose UTF-8 bytes are c, c2
// (c is D8 or D9, c2 a continuation byte) when it is an Arabic letter,
// haraka or tatweel, as appendFold does: to the n bytes b0, b1 (n is 0 for
// harakat and tatweel). n is -1 for the other runes of the block (digits,
// signs, punctuation, ٱ), which take the plain path. It reads arabicFolds,
// a table and not a switch, so that it is inlined into the loops that call
// it for most bytes of Arabic text.
func foldArabic(c, c2 byte) (b0, b1 byte, n int) {
	f := arabicFolds[int(c&1)<<6|int(c2&0x3f)]
	return byte(f >> 8), byte(f), int(int8(f >> 16))
}

// arabicFolds holds what appendFold makes of each rune of U+0600–U+067F
// that foldArabic folds: its n (above bit 16, -1 for the runes it leaves
// to the plain path) and its folded bytes.
var arabicFolds = func() (t [128]uint32) {
	for r := rune(0x600); r < 0x680; r++ {
		f := uint32(0xff) << 16 // n = -1
		if r >= 'ء' && r <= 'ي' || r >= '\u064b' && r <= '\u065f' || r == '\u0670' {
			switch b := appendFold(nil, r); len(b) {
			case 0:
				f = 0
			case 2:
				f = 2<<16 | uint32(b[0])<<8 | uint32(b[1])
			default:
				panic("lex: an Arabic letter folds to other than two bytes")
			}
		}
		t[r-0x600] = f
	}
	return t
}()

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u0085', '\u1680', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000':
		return true
	}
	return r >= '\u2000' && r <= '\u200a'
}

// isIgnorable reports whether r is an invisible control that is skipped:
// bidi marks and embeddings, zero-width characters, the BOM.
func isIgnorable(r rune) bool {
	switch {
	case r >= '\u200b' && r <= '\u200f', r >= '\u202a' && r <= '\u202e', r >= '\u2066' && r <= '\u2069':
		return true
	case r == '\u2060', r == '\ufeff', r == '\u061c', r == 0:
		return true
	}
	return false
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	if r >= 0x621 && r <= 0x6d3 {
		return r <= 0x65f || r >= 0x670 // Arabic letters and harakat, not digits or ٪ ٫ ٬
	}
	return r == '²' || r == '³' || unicode.IsLetter(r) || unicode.IsMark(r)
}

// appendFold appends the folded form of r to b.
func appendFold(b []byte, r rune) []byte {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(b, byte(r))
	}
	switch {
	case r >= '\u064b' && r <= '\u065f', r == '\u0670', r == '\u0640':
		return b // harakat, superscript alef, tatweel
	case r == 'أ', r == 'إ', r == 'آ', r == 'ٱ':
		r = 'ا'
	case r == 'ى', r == 'ی':
		r = 'ي'
	case r == 'ک':
		r = 'ك'
	case r == 'ة':
		r = 'ه'
	case r >= 0x600 && r <= 0x6ff:
		// Arabic has no case.
	case r >= 0xfb50 && r <= 0xfdff, r >= 0xfe70 && r <= 0xfefe:
		// Arabic presentation forms, as some PDFs copy: ﻻ → لا, ﺃ → ا.
		for _, d := range norm.NFKC.String(string(r)) {
			if d != r && d != ' ' {
				b = appendFold(b, d)
			}
		}
		return b
	case r < 0x250:
		r = foldLatin(r)
		if r == 'œ' {
			return append(b, 'o', 'e')
		}
		if r == 'æ' {
			return append(b, 'a', 'e')
		}
	case unicode.IsMark(r):
		return b
	default:
		r = unicode.ToLower(r)
	}
	return utf8.AppendRune(b, r)
}

// foldLatin lower-cases a Latin-1 or Latin Extended-A letter and removes
// its accent.
func foldLatin(r rune) rune {
	r = unicode.ToLower(r)
	switch r {
	case 'à', 'á', 'â', 'ã', 'ä', 'å', 'ā':
		return 'a'
	case 'ç', 'ć', 'č':
		return 'c'
	case 'è', 'é', 'ê', 'ë', 'ē', 'ė', 'ę':
		return 'e'
	case 'ì', 'í', 'î', 'ï', 'ī':
		return 'i'
	case 'ñ':
		return 'n'
	case 'ò', 'ó', 'ô', 'õ', 'ö', 'ø', 'ō':
		return 'o'
	case 'ù', 'ú', 'û', 'ü', 'ū':
		return 'u'
	case 'ý', 'ÿ':
		return 'y'
	}
	return r
}

// Fold returns the folded form of s, as Scan folds each word.
func Fold(s string) string {
	var b []byte
	for _, r := range s {
		if isIgnorable(r) || r == '\'' || r == '’' || r == 'ʼ' {
			continue
		}
		b = appendFold(b, r)
	}
	return string(b)
}

// HasDigit reports whether s holds a Western, Arabic-Indic or Extended
// Arabic-Indic digit.
func HasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			return true
		case c == 0xd9 && i+1 < len(s) && s[i+1] >= 0xa0 && s[i+1] <= 0xa9, // U+0660–0669
			c == 0xdb && i+1 < len(s) && s[i+1] >= 0xb0 && s[i+1] <= 0xb9: // U+06F0–06F9
			return true
		}
	}
	return false
}

// Span is a part of a text, [Start, End) in bytes.
type Span struct{ Start, End int }

// Spans returns the parts of text worth scanning for figures or dates: each
// run of non-space characters ("chunk") that holds a digit, or a word for
// which trigger (given the word's folded form) returns true, with the
// before chunks before it and the after chunks after it. Overlapping parts
// are merged; each part starts and ends at white space or at an end of
// text. Scanning only these parts keeps the cost low on text with few
// numbers. trigger may be nil; its argument is valid only during the call.
func Spans(text string, trigger func(fold []byte) bool, before, after int) []Span {
	var spans []Span
	var starts [32]int // starts of the last chunks, a ring
	if before >= len(starts) {
		before = len(starts) - 1
	}
	var buf [64]byte
	chunks, left, open := 0, 0, false
	var cur Span
	i := 0
	for i < len(text) {
		// Skip white space.
		c := text[i]
		if c < utf8.RuneSelf {
			if c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f' {
				i++
				continue
			}
		} else if r, size := decodeAt(text, i); isSpace(r) {
			i += size
			continue
		}
		// A chunk: up to the next white space.
		cs := i
		hit := false
		n := 0 // bytes of the word being folded into buf; -1: too long
		for i < len(text) {
			c := text[i]
			// Fast paths: ASCII, and the Arabic letters, harakat and
			// tatweel of U+0621–U+0670 (foldArabic).
			if c < utf8.RuneSelf {
				if c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f' {
					break
				}
				i++
				switch {
				case hit:
				case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
					if trigger != nil && n >= 0 {
						if n < len(buf) {
							buf[n] = c | 0x20
							n++
						} else {
							n = -1
						}
					}
				case '0' <= c && c <= '9':
					hit = true
				default:
					if n > 0 && trigger(buf[:n]) {
						hit = true
					}
					n = 0
				}
				continue
			}
			if hit {
				// Only the chunk's end matters now.
				r, size := decodeAt(text, i)
				if isSpace(r) {
					break
				}
				i += size
				continue
			}
			if (c == 0xd8 || c == 0xd9) && i+1 < len(text) && text[i+1]&0xc0 == 0x80 {
				if b0, b1, k := foldArabic(c, text[i+1]); k >= 0 {
					if trigger != nil && n >= 0 && k > 0 {
						if n+1 < len(buf) {
							buf[n], buf[n+1] = b0, b1
							n += 2
						} else {
							n = -1
						}
					}
					i += 2
					continue
				}
			}
			r, size := decodeAt(text, i)
			if isSpace(r) {
				break
			}
			i += size
			switch {
			case normalize.IsDigit(r):
				hit = true
			case trigger != nil && isWordRune(r):
				if n >= 0 {
					if b := appendFold(buf[:n], r); cap(b) == len(buf) {
						n = len(b)
					} else {
						n = -1
					}
				}
				continue
			}
			if n > 0 && trigger(buf[:n]) {
				hit = true
			}
			n = 0
		}
		if !hit && n > 0 && trigger(buf[:n]) {
			hit = true
		}
		starts[chunks%len(starts)] = cs
		chunks++
		if hit {
			ws := 0
			if chunks > before {
				ws = starts[(chunks-1-before)%len(starts)]
			}
			switch {
			case open && ws <= cur.End:
			case !open && len(spans) > 0 && ws <= spans[len(spans)-1].End:
				cur, open = spans[len(spans)-1], true
				spans = spans[:len(spans)-1]
			default:
				if open {
					spans = append(spans, cur)
				}
				cur, open = Span{Start: ws}, true
			}
			cur.End, left = i, after
			continue
		}
		if open {
			cur.End = i
			if left--; left <= 0 {
				spans = append(spans, cur)
				open = false
			}
		}
	}
	if open {
		spans = append(spans, cur)
	}
	return spans
}
