package lex

import (
	"reflect"
	"testing"
	"unicode/utf8"

	"github.com/safi-app/safi/internal/language/normalize"
)

// plainScan is Scan without its fast paths: every rune decoded by
// utf8.DecodeRuneInString and folded by appendFold. The tests hold Scan to
// it.
func plainScan(text string) []Token {
	var toks []Token
	space, brk := true, false
	splitUntil := 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case isSpace(r):
			space = true
			if r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029' || r == '\u0085' {
				brk = true
			}
			i += size
			continue
		case isIgnorable(r), r == '\'' || r == '’' || r == 'ʼ':
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
		case isWordRune(r):
			tok := Token{Kind: Word, Start: i, Space: space, Break: brk}
			var b []byte
			for i < len(text) {
				r, size := utf8.DecodeRuneInString(text[i:])
				if !isWordRune(r) || normalize.IsDigit(r) {
					break
				}
				b = appendFold(b, r)
				i += size
			}
			tok.End, tok.Fold = i, string(b)
			toks = append(toks, tok)
		default:
			toks = append(toks, Token{Kind: Punct, Start: i, End: i + size, Space: space, Break: brk, Fold: text[i : i+size]})
			i += size
		}
		space, brk = false, false
	}
	return toks
}

// plainSpans is Spans without its fast paths.
func plainSpans(text string, trigger func(fold []byte) bool, before, after int) []Span {
	var spans []Span
	var starts [32]int
	if before >= len(starts) {
		before = len(starts) - 1
	}
	var buf [64]byte
	chunks, left, open := 0, 0, false
	var cur Span
	for i := 0; i < len(text); {
		if r, size := utf8.DecodeRuneInString(text[i:]); isSpace(r) {
			i += size
			continue
		}
		cs := i
		hit := false
		n := 0 // bytes of the word folded into buf; -1: too long
		for i < len(text) {
			r, size := utf8.DecodeRuneInString(text[i:])
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

// samePlain checks Scan, ScanRange and Spans on text against the plain
// versions.
func samePlain(t *testing.T, text string) {
	t.Helper()
	if got, want := Scan(text), plainScan(text); !(len(got) == 0 && len(want) == 0) && !reflect.DeepEqual(got, want) {
		t.Fatalf("Scan(%q) =\n%+v\nplain:\n%+v", text, got, want)
	}
	var sc Scanner
	if got, want := sc.ScanRange(text, 0, len(text)), plainScan(text); !(len(got) == 0 && len(want) == 0) && !reflect.DeepEqual(got, want) {
		t.Fatalf("ScanRange(%q) =\n%+v\nplain:\n%+v", text, got, want)
	}
	toks := Scan(text)
	for i := range toks {
		for _, vb := range []*Vocab[int]{mayVocab, NewVocab(map[string]int{Fold(text[toks[i].Start:toks[i].End]): 1})} {
			if _, _, ok := vb.Match(toks, i, 0); ok && !vb.MayMatch(toks, i) {
				t.Fatalf("%q: Match at token %d but not MayMatch", text, i)
			}
			if _, _, _, ok := vb.MatchClitic(toks, i); ok && !vb.MayMatchClitic(toks, i) {
				t.Fatalf("%q: MatchClitic at token %d but not MayMatchClitic", text, i)
			}
		}
	}
	triggers := []func([]byte) bool{
		nil,
		func(w []byte) bool { return string(w) == "ستة" || string(w) == "six" || string(w) == "الف" },
		func(w []byte) bool { return len(w) > 0 && w[len(w)-1] == 0x87 }, // ends in ه (ة)
	}
	for k, trig := range triggers {
		if got, want := Spans(text, trig, 3, 5), plainSpans(text, trig, 3, 5); !reflect.DeepEqual(got, want) {
			t.Fatalf("Spans(%q) with trigger %d = %v, plain %v", text, k, got, want)
		}
	}
}

// mayVocab is a vocabulary for checking MayMatch against Match.
var mayVocab = NewVocab(map[string]int{"أكثر من": 1, "ستة": 2, "مدرسة": 3, "ألف": 4, "six": 5, "déjà": 6, "l'année": 7, "$": 8, "%": 9, "كيلومتر مربع": 10})

// TestPlain holds the fast paths of Scan and Spans to the plain versions
// on texts that exercise them: every rune of U+0600–U+067F inside and at
// the ends of words, harakat, tatweel, long words, broken UTF-8.
func TestPlain(t *testing.T) {
	texts := []string{
		"", "أكثر من 84 ألف كيلومتر مربع، إلى مدينة آمنة؛ مستشفى الرحمة",
		"ستة أشهر وستّةٌ ثلاثــــة ٱلله ﻻ 12٫5 ٣٤ ۱۲ مدرسة؟ منذ 2014م",
		"Élan, naïve café — SIX déjà l'année ’s 3.5 ½ 5G $5 10%",
		"وستة بألف وبألف فالمدرسة وأكثر من لستة كستة وكيلومتر مربع",
		"\xd8 \xd9\x20\xd8\xa7\xd9 \xe2\x80 \xc2\xa0x\xc2\xa0\xc3\xa9\xc0\xafب\xd8",
		"كلمة" + string(make([]byte, 0)) + "طويلةجدا" + "ة" + "ـةةةةةةةةةةةةةةةةةةةةةةةةةةةةةةةةةةةةةةةةة ستة",
	}
	var all []byte
	for r := rune(0x600); r <= 0x67f; r++ {
		all = utf8.AppendRune(all, r)
		texts = append(texts, "ب"+string(r)+"ت", string(r), string(r)+" 5", "ست"+string(r)+" ة"+string(r))
	}
	texts = append(texts, string(all), string(all)+" 7 "+string(all))
	for _, text := range texts {
		samePlain(t, text)
	}
}

// FuzzPlain holds Scan and Spans to the plain versions on any text.
func FuzzPlain(f *testing.F) {
	for _, tt := range scanTests {
		f.Add(tt.in)
	}
	f.Add("أكثر من 84 ألف كيلومتر مربع، إلى مدينة آمنة؛ ستة أشهر")
	f.Fuzz(samePlain)
}
