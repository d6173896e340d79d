// Package terms finds the top terms and two-word phrases of a text.
//
// Words follow Unicode segmentation (UAX #29) and are counted under their
// folded form (normalize.Fold): "Iraq" and "iraq", "أكثر" and "اكثر" are one
// word. Stopwords of the text's language are left out, with the language's
// elisions (French l', qu') and possessives (English 's) taken off first.
// For languages with proclitics (Arabic), a word with a proclitic is counted
// with the bare word when the bare word occurs in the text too: "العراق",
// "والعراق", "بالعراق" and "للعراق" are one term; "عراق" joins them only
// if the text has it. Every term lists the surface forms it grouped.
package terms

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/clipperhouse/uax29/v2/words"

	"github.com/safi-app/safi/internal/lang"
	"github.com/safi-app/safi/internal/normalize"
	"github.com/safi-app/safi/internal/report"
)

// MaxForms is how many surface forms a term lists at most.
const MaxForms = 10

// minPhraseCount is how often a two-word phrase must occur to be listed.
const minPhraseCount = 2

// word is the tally of one folded word.
type word struct {
	key   string
	count int
	forms map[string]int // surface form → count
	stop  bool
	head  *word // the word it is grouped under (itself when none)
}

// pair is the tally of two adjacent words.
type pair struct {
	count int
	forms map[string]int
}

// Top returns the n most frequent terms of text in the language tag, and
// its n most frequent two-word phrases that occur at least twice. Terms are
// ordered by count (most first), then by term; so are phrases. A term is
// shown in its most frequent surface form; Forms lists every surface form
// counted under it (at most MaxForms), most frequent first.
func Top(text, tag string, n int) ([]report.Term, []report.Phrase) {
	if n <= 0 {
		return nil, nil
	}
	stop := lang.Stopwords(tag)
	clitics := lang.CliticsOf(tag)
	elisions := lang.Elisions(tag)
	possessives := lang.Possessives(tag)

	// Count the words, and the pairs of adjacent words.
	tally := map[string]*word{}
	pairs := map[[2]*word]*pair{}
	var buf []byte
	var prev *word // the last word, while only spaces follow it
	prevStart := 0
	it := words.FromString(text)
	for it.Next() {
		tok := it.Value()
		if !hasLetterOrDigit(tok) {
			if !isBlank(tok) || strings.Contains(tok, "\n") {
				prev = nil // punctuation or a line break ends a phrase
			}
			continue
		}
		start := it.Start()
		surface, off := trimElision(tok, elisions)
		start += off
		surface = trimPossessive(surface, possessives)
		if surface == "" {
			prev = nil
			continue
		}
		buf = normalize.AppendFold(buf[:0], surface)
		w := tally[string(buf)]
		if w == nil {
			key := string(buf)
			w = &word{key: key, forms: map[string]int{}}
			w.stop = isStop(key, surface, stop, clitics)
			tally[key] = w
		}
		w.count++
		w.forms[surface]++
		if w.stop {
			prev = nil
			continue
		}
		if prev != nil {
			p := pairs[[2]*word{prev, w}]
			if p == nil {
				p = &pair{forms: map[string]int{}}
				pairs[[2]*word{prev, w}] = p
			}
			p.count++
			p.forms[text[prevStart:start+len(surface)]]++
		}
		prev, prevStart = w, start
	}

	// Group words under their bare forms.
	keys := make([]string, 0, len(tally))
	for k, w := range tally {
		if !w.stop {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	for _, k := range keys {
		headOf(tally[k], tally, clitics)
	}

	return topTerms(keys, tally, n), topPhrases(pairs, n)
}

// topTerms sums the groups and returns the n largest.
func topTerms(keys []string, tally map[string]*word, n int) []report.Term {
	type group struct {
		count int
		forms map[string]int
		own   map[string]int // forms of the head word itself
		head  *word
	}
	groups := map[*word]*group{}
	var order []*group
	for _, k := range keys {
		w := tally[k]
		g := groups[w.head]
		if g == nil {
			g = &group{forms: map[string]int{}, head: w.head}
			groups[w.head] = g
			order = append(order, g)
		}
		g.count += w.count
		for f, c := range w.forms {
			g.forms[f] += c
		}
		if w == w.head {
			g.own = w.forms
		}
	}
	terms := make([]report.Term, 0, len(order))
	for _, g := range order {
		forms := sortedForms(g.forms)
		label := forms[0]
		if g.own != nil {
			label = sortedForms(g.own)[0]
		}
		if len(forms) > MaxForms {
			forms = forms[:MaxForms]
		}
		terms = append(terms, report.Term{Term: label, Count: g.count, Forms: forms})
	}
	slices.SortFunc(terms, func(a, b report.Term) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), strings.Compare(a.Term, b.Term))
	})
	if len(terms) > n {
		terms = terms[:n]
	}
	return terms
}

// topPhrases merges the pairs by their words' groups and returns the n
// largest that occur at least minPhraseCount times.
func topPhrases(pairs map[[2]*word]*pair, n int) []report.Phrase {
	merged := map[[2]*word]*pair{}
	for k, p := range pairs {
		hk := [2]*word{k[0].head, k[1].head}
		if hk[0] == hk[1] {
			continue // a word repeated is no phrase
		}
		m := merged[hk]
		if m == nil {
			m = &pair{forms: map[string]int{}}
			merged[hk] = m
		}
		m.count += p.count
		for f, c := range p.forms {
			m.forms[strings.Join(strings.Fields(f), " ")] += c
		}
	}
	var phrases []report.Phrase
	for _, m := range merged {
		if m.count >= minPhraseCount {
			phrases = append(phrases, report.Phrase{Text: sortedForms(m.forms)[0], Count: m.count})
		}
	}
	slices.SortFunc(phrases, func(a, b report.Phrase) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), strings.Compare(a.Text, b.Text))
	})
	if len(phrases) > n {
		phrases = phrases[:n]
	}
	return phrases
}

// sortedForms returns the forms by count (most first), then by text.
func sortedForms(m map[string]int) []string {
	forms := make([]string, 0, len(m))
	for f := range m {
		forms = append(forms, f)
	}
	slices.SortFunc(forms, func(a, b string) int {
		return cmp.Or(cmp.Compare(m[b], m[a]), strings.Compare(a, b))
	})
	return forms
}

// headOf sets and returns the word w is grouped under: the bare word left
// when a proclitic (or the article) is taken off, if the text has it, and
// that word's own head in turn; w itself otherwise.
func headOf(w *word, tally map[string]*word, c lang.Clitics) *word {
	if w.head != nil {
		return w.head
	}
	w.head = w // provisional, in case of a cycle
	for _, b := range bareForms(w.key, c) {
		if bw := tally[b]; bw != nil && !bw.stop && bw != w {
			w.head = headOf(bw, tally, c)
			return w.head
		}
	}
	return w
}

// minBareRunes is the shortest bare word a proclitic is taken off for: a
// shorter remainder is more likely part of the word than a word of its own.
const minBareRunes = 3

// bareForms returns the words key may be with its proclitics taken off,
// longest proclitic first: "والعراق" → "عراق", "العراق"; "للعراق" →
// "لعراق", "العراق".
func bareForms(key string, c lang.Clitics) []string {
	if len(c.Prefixes) == 0 {
		return nil
	}
	var out []string
	add := func(s string) {
		if utf8.RuneCountInString(s) >= minBareRunes {
			out = append(out, s)
		}
	}
	for _, p := range c.Prefixes {
		if strings.HasPrefix(key, p) {
			add(key[len(p):])
		}
	}
	if c.LamArticle != "" {
		// لل is ل + ال: "للعراق" → "العراق", also after و or ف ("وللعراق").
		for _, p := range append([]string{""}, c.Prefixes...) {
			if utf8.RuneCountInString(p) <= 1 && strings.HasPrefix(key, p+c.LamArticle) {
				add(c.Article + key[len(p)+len(c.LamArticle):])
			}
		}
	}
	if c.Article != "" && strings.HasPrefix(key, c.Article) {
		add(key[len(c.Article):])
	}
	return out
}

// isStop reports whether the word (folded key, and its surface) is left out
// of the terms: a stopword, a stopword with proclitics ("لذلك", "بهذا"), a
// single letter, or a token with digits.
func isStop(key, surface string, stop lang.Stoplist, c lang.Clitics) bool {
	letters := 0
	for _, r := range surface {
		if unicode.IsDigit(r) {
			return true
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 2 || stop.Has(key) {
		return true
	}
	for _, p := range c.Prefixes {
		if strings.HasPrefix(key, p) && utf8.RuneCountInString(key[len(p):]) >= 2 && stop.Has(key[len(p):]) {
			return true
		}
	}
	return false
}

// trimElision takes an elided word and its apostrophe off the front of tok
// ("l'homme" → "homme") and returns the rest with the number of bytes taken.
func trimElision(tok string, elisions []string) (string, int) {
	for _, e := range elisions {
		if len(tok) > len(e) && strings.EqualFold(tok[:len(e)], e) {
			rest := tok[len(e):]
			for _, apos := range []string{"'", "’"} {
				if r, ok := strings.CutPrefix(rest, apos); ok && r != "" {
					return r, len(tok) - len(r)
				}
			}
		}
	}
	return tok, 0
}

// trimPossessive takes a possessive ending off tok ("Iraq's" → "Iraq").
func trimPossessive(tok string, possessives []string) string {
	for _, p := range possessives {
		for _, apos := range []string{"'", "’"} {
			if s, ok := strings.CutSuffix(tok, apos+p); ok {
				return s
			}
			if s, ok := strings.CutSuffix(tok, apos+strings.ToUpper(p)); ok {
				return s
			}
		}
	}
	return tok
}

// hasLetterOrDigit reports whether the token holds a letter or a digit.
func hasLetterOrDigit(tok string) bool {
	for _, r := range tok {
		if r < utf8.RuneSelf {
			if 'a' <= r|0x20 && r|0x20 <= 'z' || '0' <= r && r <= '9' {
				return true
			}
			continue
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// isBlank reports whether the token is white space only.
func isBlank(tok string) bool {
	return strings.TrimFunc(tok, unicode.IsSpace) == ""
}
