package terms

// The implementation of Top before it was made to allocate and hash less
// (indexes instead of pointers, maps sized from the text): kept as the
// reference the faster one must agree with exactly (TestTopMatchesReference,
// FuzzTopMatchesReference).

import (
	"cmp"
	"fmt"
	"github.com/safi-app/safi/internal/devkit/testfiles"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/clipperhouse/uax29/v2/words"

	"github.com/safi-app/safi/internal/devkit/benchdata"
	"github.com/safi-app/safi/internal/language/lang"
	"github.com/safi-app/safi/internal/language/normalize"
	"github.com/safi-app/safi/internal/report"
)

// refWord is the tally of one folded refWord.
type refWord struct {
	key   string
	count int
	forms refForms
	stop  bool
	head  *refWord // the refWord it is grouped under (itself when none)
}

// refPair is the tally of two adjacent words.
type refPair struct {
	count int
	forms refForms
}

// refForms counts surface refForms. Most words have one: the map is made only
// for a second.
type refForms struct {
	first string
	n     int
	more  map[string]int // every form with its count, once there are two
}

func (f *refForms) add(s string, c int) {
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
func (f *refForms) each(fn func(s string, c int)) {
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
func (f *refForms) best() string {
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

// sorted returns the refForms by count (most first), then by text.
func (f *refForms) sorted() []string {
	if f.more == nil {
		return []string{f.first}
	}
	return refSortedForms(f.more)
}

// refTop returns the n most frequent terms of text in the language tag, and
// its n most frequent two-refWord phrases that occur at least twice. Terms are
// ordered by count (most first), then by folded term; phrases by count,
// then by text. A term is
// shown in its most frequent surface form; Forms lists every surface form
// counted under it (at most MaxForms), most frequent first.
func refTop(text, tag string, n int) ([]report.Term, []report.Phrase) {
	if n <= 0 {
		return nil, nil
	}
	stop := lang.Stopwords(tag)
	clitics := lang.CliticsOf(tag)
	elisions := lang.Elisions(tag)
	possessives := lang.Possessives(tag)

	// Count the words, and the pairs of adjacent words.
	tally := map[string]*refWord{}
	pairs := map[[2]*refWord]*refPair{}
	var buf []byte
	var prev *refWord // the last refWord, while only spaces follow it
	prevStart := 0
	it := words.FromString(text)
	for it.Next() {
		tok := it.Value()
		if !refHasLetterOrDigit(tok) {
			if !refIsBlank(tok) || strings.Contains(tok, "\n") {
				prev = nil // punctuation or a line break ends a phrase
			}
			continue
		}
		start := it.Start()
		surface, off := refTrimElision(tok, elisions)
		start += off
		surface = refTrimPossessive(surface, possessives)
		if surface == "" {
			prev = nil
			continue
		}
		buf = normalize.AppendFold(buf[:0], surface)
		w := tally[string(buf)]
		if w == nil {
			key := string(buf)
			w = &refWord{key: key}
			w.stop = refIsStop(key, surface, stop, clitics)
			tally[key] = w
		}
		w.count++
		w.forms.add(surface, 1)
		if w.stop {
			prev = nil
			continue
		}
		if prev != nil {
			p := pairs[[2]*refWord{prev, w}]
			if p == nil {
				p = &refPair{}
				pairs[[2]*refWord{prev, w}] = p
			}
			p.count++
			p.forms.add(text[prevStart:start+len(surface)], 1)
		}
		prev, prevStart = w, start
	}

	// Group words under their bare refForms.
	keys := make([]string, 0, len(tally))
	for k, w := range tally {
		if !w.stop {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	for _, k := range keys {
		refHeadOf(tally[k], tally, clitics)
	}

	return refTopTerms(keys, tally, n), refTopPhrases(pairs, n)
}

// refTopTerms sums the groups and returns the n largest.
func refTopTerms(keys []string, tally map[string]*refWord, n int) []report.Term {
	// Sum each group into its head refWord.
	total := map[*refWord]int{}
	var heads []*refWord
	for _, k := range keys {
		w := tally[k]
		if _, ok := total[w.head]; !ok {
			heads = append(heads, w.head)
		}
		total[w.head] += w.count
	}
	// A group is shown as its head refWord's most frequent spelling.
	slices.SortFunc(heads, func(a, b *refWord) int {
		return cmp.Or(cmp.Compare(total[b], total[a]), strings.Compare(a.key, b.key), strings.Compare(a.forms.best(), b.forms.best()))
	})
	if len(heads) > n {
		heads = heads[:n]
	}
	// Gather the refForms of the groups shown.
	groups := make(map[*refWord]*refForms, len(heads))
	for _, h := range heads {
		groups[h] = &refForms{}
	}
	for _, k := range keys {
		w := tally[k]
		if g := groups[w.head]; g != nil {
			w.forms.each(g.add)
		}
	}
	terms := make([]report.Term, 0, len(heads))
	for _, h := range heads {
		refForms := groups[h].sorted()
		if len(refForms) > MaxForms {
			refForms = refForms[:MaxForms]
		}
		terms = append(terms, report.Term{Term: h.forms.best(), Count: total[h], Forms: refForms})
	}
	return terms
}

// refTopPhrases merges the pairs by their words' groups and returns the n
// largest that occur at least minPhraseCount times.
func refTopPhrases(pairs map[[2]*refWord]*refPair, n int) []report.Phrase {
	counts := map[[2]*refWord]int{}
	for k, p := range pairs {
		if hk := [2]*refWord{k[0].head, k[1].head}; hk[0] != hk[1] { // a refWord repeated is no phrase
			counts[hk] += p.count
		}
	}
	merged := map[[2]*refWord]*refForms{}
	for k, p := range pairs {
		hk := [2]*refWord{k[0].head, k[1].head}
		if hk[0] == hk[1] || counts[hk] < minPhraseCount {
			continue
		}
		m := merged[hk]
		if m == nil {
			m = &refForms{}
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

// refSortedForms returns the refForms by count (most first), then by text.
func refSortedForms(m map[string]int) []string {
	refForms := make([]string, 0, len(m))
	for f := range m {
		refForms = append(refForms, f)
	}
	slices.SortFunc(refForms, func(a, b string) int {
		return cmp.Or(cmp.Compare(m[b], m[a]), strings.Compare(a, b))
	})
	return refForms
}

// refHeadOf sets and returns the refWord w is grouped under: the bare refWord left
// when a proclitic (or the article) is taken off, if the text has it, and
// that refWord's own head in turn; w itself otherwise.
func refHeadOf(w *refWord, tally map[string]*refWord, c lang.Clitics) *refWord {
	if w.head != nil {
		return w.head
	}
	w.head = w // provisional, in case of a cycle
	var buf [8]string
	for _, b := range refBareForms(buf[:0], w.key, c) {
		if bw := tally[b]; bw != nil && !bw.stop && bw != w {
			w.head = refHeadOf(bw, tally, c)
			return w.head
		}
	}
	return w
}

// refMinBareRunes is the shortest bare refWord a proclitic is taken off for: a
// shorter remainder is more likely part of the refWord than a refWord of its own.
const refMinBareRunes = 3

// refBareForms returns the words key may be with its proclitics taken off,
// longest proclitic first: "والعراق" → "عراق", "العراق"; "للعراق" →
// "لعراق", "العراق".
func refBareForms(out []string, key string, c lang.Clitics) []string {
	if len(c.Prefixes) == 0 {
		return out
	}
	add := func(s string) {
		if utf8.RuneCountInString(s) >= refMinBareRunes {
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

// refIsStop reports whether the refWord (folded key, and its surface) is left out
// of the terms: a stopword, a stopword with proclitics ("لذلك", "بهذا"), a
// single letter, or a token with digits.
func refIsStop(key, surface string, stop lang.Stoplist, c lang.Clitics) bool {
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

// refTrimElision takes an elided refWord and its apostrophe off the front of tok
// ("l'homme" → "homme") and returns the rest with the number of bytes taken.
func refTrimElision(tok string, elisions []string) (string, int) {
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

// refTrimPossessive takes a possessive ending off tok ("Iraq's" → "Iraq").
func refTrimPossessive(tok string, possessives []string) string {
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

// refHasLetterOrDigit reports whether the token holds a letter or a digit.
func refHasLetterOrDigit(tok string) bool {
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

// refIsBlank reports whether the token is white space only.
func refIsBlank(tok string) bool {
	return strings.TrimFunc(tok, unicode.IsSpace) == ""
}

// refInputs are texts Top and refTop must agree on: the table cases, the
// seed's article and whole page, and generated pages in each language of
// internal/benchdata, whole and cut into paragraphs.
func refInputs(t testing.TB) []struct{ desc, text, lang string } {
	var in []struct{ desc, text, lang string }
	add := func(desc, text, lang string) { in = append(in, struct{ desc, text, lang string }{desc, text, lang}) }
	for _, tt := range topTests {
		for _, l := range []string{tt.lang, "ar", "fr", "en", "und"} {
			add(tt.desc+" in "+l, tt.text, l)
		}
	}
	article := testfiles.SeedArticle(t)
	page, err := os.ReadFile(testfiles.SeedPath())
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range []string{"ar", "fr", "en"} {
		add("seed article in "+l, article, l)
		add("seed page in "+l, string(page), l)
	}
	for seed := range uint64(3) {
		paste := string(benchdata.Paste(60_000, seed+1))
		for _, l := range []string{"ar", "fr", "en", "de"} {
			add(fmt.Sprintf("paste %d in %s", seed+1, l), paste, l)
		}
		for k, p := range strings.SplitAfter(paste, "\n\n") {
			if k%7 == 0 {
				add(fmt.Sprintf("paste %d paragraph %d", seed+1, k), p, []string{"ar", "fr", "en"}[k%3])
			}
		}
	}
	return in
}

func TestTopMatchesReference(t *testing.T) {
	for _, in := range refInputs(t) {
		for _, n := range []int{1, 5, 20, 1000} {
			terms, phrases := Top(in.text, in.lang, n)
			rterms, rphrases := refTop(in.text, in.lang, n)
			if !reflect.DeepEqual(terms, rterms) || !reflect.DeepEqual(phrases, rphrases) {
				t.Fatalf("%s, n=%d:\nTop    %v %v\nrefTop %v %v", in.desc, n, terms, phrases, rterms, rphrases)
			}
		}
	}
}

func FuzzTopMatchesReference(f *testing.F) {
	for _, tt := range topTests {
		f.Add(tt.text, tt.lang, 5)
	}
	f.Add("l'homme l’homme L'HOMME d'Iraq Iraq's Iraq’S iraq  iraq\u00a0iraq\niraq", "fr", 3)
	f.Add("للعراق العراق وللعراق عراق لعراق فالعراق", "ar", 4)
	f.Fuzz(func(t *testing.T, text, lang string, n int) {
		n %= 50
		terms, phrases := Top(text, lang, n)
		rterms, rphrases := refTop(text, lang, n)
		if !reflect.DeepEqual(terms, rterms) || !reflect.DeepEqual(phrases, rphrases) {
			t.Fatalf("Top(%q, %q, %d):\nTop    %v %v\nrefTop %v %v", text, lang, n, terms, phrases, rterms, rphrases)
		}
	})
}
