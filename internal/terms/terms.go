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
	forms forms
	stop  bool
	head  *word // the word it is grouped under (itself when none)
}

// pair is the tally of two adjacent words.
type pair struct {
	count int
	forms forms
}

// forms counts surface forms. Most words have one: the map is made only
// for a second.
type forms struct {
	first string
	n     int
	more  map[string]int // every form with its count, once there are two
}

func (f *forms) add(s string, c int) {
	if f.more == nil {
		if f.n == 0 || f.first == s {
			f.first = s
			f.n += c
			return
		}
		f.more = map[string]int{f.first: f.n}
	}
	f.more[s] += c
}

// each calls fn for every form and its count.
func (f *forms) each(fn func(s string, c int)) {
	if f.more == nil {
		if f.n > 0 {
			fn(f.first, f.n)
		}
		return
	}
	for s, c := range f.more {
		fn(s, c)
	}
}

// best returns the most frequent form, the first by text on a tie.
func (f *forms) best() string {
	if f.more == nil {
		return f.first
	}
	best, n := "", 0
	for s, c := range f.more {
		if c > n || c == n && s < best {
			best, n = s, c
		}
	}
	return best
}

// sorted returns the forms by count (most first), then by text.
func (f *forms) sorted() []string {
	if f.more == nil {
		return []string{f.first}
	}
	return sortedForms(f.more)
}

// Top returns the n most frequent terms of text in the language tag, and
// its n most frequent two-word phrases that occur at least twice. Terms are
// ordered by count (most first), then by folded term; phrases by count,
// then by text. A term is
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
			w = &word{key: key}
			w.stop = isStop(key, surface, stop, clitics)
			tally[key] = w
		}
		w.count++
		w.forms.add(surface, 1)
		if w.stop {
			prev = nil
			continue
		}
		if prev != nil {
			p := pairs[[2]*word{prev, w}]
			if p == nil {
				p = &pair{}
				pairs[[2]*word{prev, w}] = p
			}
			p.count++
			p.forms.add(text[prevStart:start+len(surface)], 1)
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
	// Sum each group into its head word.
	total := map[*word]int{}
	var heads []*word
	for _, k := range keys {
		w := tally[k]
		if _, ok := total[w.head]; !ok {
			heads = append(heads, w.head)
		}
		total[w.head] += w.count
	}
	// A group is shown as its head word's most frequent spelling.
	slices.SortFunc(heads, func(a, b *word) int {
		return cmp.Or(cmp.Compare(total[b], total[a]), strings.Compare(a.key, b.key), strings.Compare(a.forms.best(), b.forms.best()))
	})
	if len(heads) > n {
		heads = heads[:n]
	}
	// Gather the forms of the groups shown.
	groups := make(map[*word]*forms, len(heads))
	for _, h := range heads {
		groups[h] = &forms{}
	}
	for _, k := range keys {
		w := tally[k]
		if g := groups[w.head]; g != nil {
			w.forms.each(g.add)
		}
	}
	terms := make([]report.Term, 0, len(heads))
	for _, h := range heads {
		forms := groups[h].sorted()
		if len(forms) > MaxForms {
			forms = forms[:MaxForms]
		}
		terms = append(terms, report.Term{Term: h.forms.best(), Count: total[h], Forms: forms})
	}
	return terms
}

// topPhrases merges the pairs by their words' groups and returns the n
// largest that occur at least minPhraseCount times.
func topPhrases(pairs map[[2]*word]*pair, n int) []report.Phrase {
	counts := map[[2]*word]int{}
	for k, p := range pairs {
		if hk := [2]*word{k[0].head, k[1].head}; hk[0] != hk[1] { // a word repeated is no phrase
			counts[hk] += p.count
		}
	}
	merged := map[[2]*word]*forms{}
	for k, p := range pairs {
		hk := [2]*word{k[0].head, k[1].head}
		if hk[0] == hk[1] || counts[hk] < minPhraseCount {
			continue
		}
		m := merged[hk]
		if m == nil {
			m = &forms{}
			merged[hk] = m
		}
		p.forms.each(func(f string, c int) { m.add(strings.Join(strings.Fields(f), " "), c) })
	}
	var phrases []report.Phrase
	for hk, m := range merged {
		phrases = append(phrases, report.Phrase{Text: m.sorted()[0], Count: counts[hk]})
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
	var buf [8]string
	for _, b := range bareForms(buf[:0], w.key, c) {
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
func bareForms(out []string, key string, c lang.Clitics) []string {
	if len(c.Prefixes) == 0 {
		return out
	}
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
		for i := -1; i < len(c.Prefixes); i++ {
			p := ""
			if i >= 0 {
				p = c.Prefixes[i]
			}
			if utf8.RuneCountInString(p) <= 1 && strings.HasPrefix(key, p) && strings.HasPrefix(key[len(p):], c.LamArticle) {
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
