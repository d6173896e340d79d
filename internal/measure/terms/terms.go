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
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/clipperhouse/uax29/v2/words"

	"github.com/safi-app/safi/internal/language/lang"
	"github.com/safi-app/safi/internal/language/normalize"
	"github.com/safi-app/safi/internal/measure/stats"
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
	head  int32 // the index of the word it is grouped under (its own when none)
	bare  int32 // the first of its bare forms that is a counted word, -1 when none (set for the words not left out)
}

// pair is the tally of two adjacent words, a and b (indexes of words),
// and of the forms they were found as: text[start:end] counted n times
// while it is the only one; after that, every form with its count in
// pairTally.more[more-1]. A pair holds no pointer (a form is kept as its
// offsets in the text): the slice of pairs, made at the size the text
// needs, is then allocated as plain memory, which the collector does not
// scan, and filling it needs no write barrier.
type pair struct {
	a, b       int32
	count      int
	start, end int
	n, more    int32
}

// pairTally is the pairs of adjacent words of a text, with their index by
// their words: an open-addressing hash table like wordIndex, of pair
// numbers, its hash the pair's two word numbers multiplied by a constant
// (Fibonacci hashing) instead of a map's memhash in WebAssembly.
type pairTally struct {
	pairs []pair
	more  []map[string]int // the forms of the pairs found as more than one
	slots []int32          // 1 + a pair's number, 0 when empty; the length is a power of two, at most half full
	shift uint             // 64 - log2(len(slots))
}

func newPairTally(hint int) pairTally {
	size, shift := 16, uint(64-4)
	for size < 2*hint {
		size, shift = 2*size, shift-1
	}
	return pairTally{pairs: make([]pair, 0, hint), slots: make([]int32, size), shift: shift}
}

// pairKey is the key of the pair of words a, b.
func pairKey(a, b int32) uint64 { return uint64(a)<<32 | uint64(uint32(b)) }

// find returns the number of the pair of words a, b, or -1 and the slot
// where to add it (newPair).
func (pt *pairTally) find(a, b int32) (pi int32, slot int) {
	k := pairKey(a, b)
	mask := len(pt.slots) - 1
	for i := int(k * 0x9E3779B97F4A7C15 >> pt.shift); ; i = (i + 1) & mask {
		s := pt.slots[i]
		if s == 0 {
			return -1, i
		}
		if p := &pt.pairs[s-1]; p.a == a && p.b == b {
			return s - 1, 0
		}
	}
}

// newPair adds the pair of words a, b, with the slot find returned for it
// just before, and returns its number.
func (pt *pairTally) newPair(slot int, a, b int32) int32 {
	pi := int32(len(pt.pairs))
	pt.pairs = append(pt.pairs, pair{a: a, b: b})
	pt.slots[slot] = pi + 1
	if 2*len(pt.pairs) > len(pt.slots) {
		// Twice the size, each pair put again.
		pt.slots, pt.shift = make([]int32, 2*len(pt.slots)), pt.shift-1
		mask := len(pt.slots) - 1
		for k := range pt.pairs {
			i := int(pairKey(pt.pairs[k].a, pt.pairs[k].b) * 0x9E3779B97F4A7C15 >> pt.shift)
			for pt.slots[i] != 0 {
				i = (i + 1) & mask
			}
			pt.slots[i] = int32(k) + 1
		}
	}
	return pi
}

// add counts the pair pairs[pi] found as text[start:end].
func (pt *pairTally) add(pi int32, text string, start, end int) {
	p := &pt.pairs[pi]
	p.count++
	switch {
	case p.more > 0:
		pt.more[p.more-1][text[start:end]]++
	case p.n == 0:
		p.start, p.end, p.n = start, end, 1
	case text[p.start:p.end] == text[start:end]:
		p.n++
	default:
		pt.more = append(pt.more, map[string]int{text[p.start:p.end]: int(p.n), text[start:end]: 1})
		p.more = int32(len(pt.more))
	}
}

// eachForm calls fn for every form of the pair pairs[i] and its count.
func (pt *pairTally) eachForm(i int, text string, fn func(s string, c int)) {
	p := &pt.pairs[i]
	if p.more == 0 {
		fn(text[p.start:p.end], int(p.n))
		return
	}
	for s, c := range pt.more[p.more-1] {
		fn(s, c)
	}
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
	return top(text, nil, false, tag, n)
}

// TopWords is Top for a text whose words stats.AppendWords found (and
// reported true): spans holds their starts and ends, in pairs.
func TopWords(text string, spans []int32, tag string, n int) ([]report.Term, []report.Phrase) {
	return top(text, spans, true, tag, n)
}

// top is Top, from the words' spans when known is set.
func top(text string, spans []int32, known bool, tag string, n int) ([]report.Term, []report.Phrase) {
	if n <= 0 {
		return nil, nil
	}
	stop := lang.Stopwords(tag)
	cl := cliticsOf(tag)
	elisions := lang.Elisions(tag)
	possessives := lang.Possessives(tag)

	// Count the words, and the pairs of adjacent words. Words and pairs
	// are numbered in the order they first come: the maps are looked up
	// once per word, and everything after works on the numbers. The maps
	// are made at about the size the text needs, so that they seldom grow
	// (growing costs most in WebAssembly, which hashes slowly).
	// Distinct pairs are fewer than distinct words: a stopword ends a
	// pair (about 0.3 pairs for a word's room in the dev pages' articles,
	// at most 0.62 above 100 bytes).
	hint := sizeHint(len(text))
	t := tally{index: newWordIndex(hint), words: make([]word, 0, hint)}
	pt := newPairTally(hint / 2)
	var buf []byte
	prev := int32(-1) // the last word, while only spaces follow it
	prevStart := 0
	// count counts the token text[start:end] that holds a letter or a digit.
	count := func(start, end int) {
		surface, off := trimElision(text[start:end], elisions)
		start += off
		surface = trimPossessive(surface, possessives)
		if surface == "" {
			prev = -1
			return
		}
		buf = normalize.AppendFold(buf[:0], surface)
		id, slot, h := find(&t, buf)
		if id < 0 {
			key := surface // a substring of text when folding changes nothing
			if string(buf) != surface {
				key = string(buf)
			}
			id = int32(len(t.words))
			t.words = append(t.words, word{key: key, stop: isStop(key, surface, stop, cl), head: -1})
			t.index.add(slot, id, h)
		}
		w := &t.words[id]
		w.count++
		w.forms.add(surface, 1)
		if w.stop {
			prev = -1
			return
		}
		if prev >= 0 {
			pi, slot := pt.find(prev, id)
			if pi < 0 {
				pi = pt.newPair(slot, prev, id)
			}
			pt.add(pi, text, prevStart, start+len(surface))
		}
		prev, prevStart = id, start
	}
	// The tokens between two words hold no letter or digit: punctuation or
	// a line break among them ends a phrase. Most texts hold only
	// characters the fast scanner of package stats knows; the others go
	// to the full segmenter.
	end := 0 // of the last word
	word := func(start, e int) {
		if breaksPhrase(text[end:start]) {
			prev = -1
		}
		count(start, e)
		end = e
	}
	if known {
		for k := 0; k+1 < len(spans); k += 2 {
			word(int(spans[k]), int(spans[k+1]))
		}
	} else if !stats.FastWords(text, word) {
		it := words.FromString(text)
		for it.Next() {
			tok := it.Value()
			if !hasLetterOrDigit(tok) {
				if !isBlank(tok) || strings.Contains(tok, "\n") {
					prev = -1 // punctuation or a line break ends a phrase
				}
				continue
			}
			count(it.Start(), it.End())
		}
	}

	// Group words under their bare forms. A word none of whose bare forms
	// is a counted word heads its own group; the others are grouped in
	// the order of their folded forms, which decides a cycle, if one
	// could be.
	var grouped []int32
	var bare [8]string
	for id := range t.words {
		w := &t.words[id]
		if w.stop {
			continue
		}
		w.head, w.bare = int32(id), -1
		for _, b := range bareForms(bare[:0], w.key, cl) {
			if bi, _, _ := find(&t, b); bi >= 0 && !t.words[bi].stop && bi != int32(id) {
				grouped = append(grouped, int32(id))
				w.head, w.bare = -1, bi
				break
			}
		}
	}
	// sort.Slice rather than slices.SortFunc, here and below, as in
	// quotes.Find: the same pdqsort, without a copy in app.wasm for each
	// element type.
	sort.Slice(grouped, func(i, j int) bool { return t.words[grouped[i]].key < t.words[grouped[j]].key })
	for _, id := range grouped {
		t.headOf(id)
	}

	return topTerms(t.words, n), topPhrases(text, t.words, &pt, n)
}

// tally is the words of a text: find(t, key) is the number of the word
// key in words.
type tally struct {
	index wordIndex
	words []word
}

// wordIndex is the index of a text's words by their keys: an
// open-addressing hash table (linear probing, FNV-1a) of word numbers,
// kept at most half full. It stands in for a map[string]int32, which in
// WebAssembly hashes with memhashFallback and reaches a word through three
// or four calls: the lookups of every word of a text in the map were a
// tenth of Top's time there. Here the hash is a loop over the bytes and the
// table one slice of int32.
type wordIndex struct {
	slots  []int32  // 1 + a word's number, 0 when empty; the length is a power of two
	hashes []uint32 // the hash of each word's key, by number
}

func newWordIndex(hint int) wordIndex {
	size := 16
	for size < 2*hint {
		size *= 2
	}
	return wordIndex{slots: make([]int32, size), hashes: make([]uint32, 0, hint)}
}

// find returns the number of the word key in t, or -1 with the slot where
// to add it and its hash (wordIndex.add).
func find[K string | []byte](t *tally, key K) (id int32, slot int, h uint32) {
	h = 2166136261
	for i := 0; i < len(key); i++ {
		h = (h ^ uint32(key[i])) * 16777619
	}
	x := &t.index
	mask := len(x.slots) - 1
	for i := int(h) & mask; ; i = (i + 1) & mask {
		s := x.slots[i]
		if s == 0 {
			return -1, i, h
		}
		if id := s - 1; x.hashes[id] == h && t.words[id].key == string(key) {
			return id, 0, 0
		}
	}
}

// add puts word id, the next word, with the slot and hash that find
// returned for its key just before.
func (x *wordIndex) add(slot int, id int32, h uint32) {
	x.slots[slot] = id + 1
	x.hashes = append(x.hashes, h)
	if 2*len(x.hashes) > len(x.slots) {
		// Twice the size, each word put again from its hash.
		x.slots = make([]int32, 2*len(x.slots))
		mask := len(x.slots) - 1
		for id, h := range x.hashes {
			i := int(h) & mask
			for x.slots[i] != 0 {
				i = (i + 1) & mask
			}
			x.slots[i] = int32(id) + 1
		}
	}
}

// sizeHint is how many distinct words and pairs of words a text of size
// bytes is given room for at first: about one per ten bytes on a small
// text (an Arabic word and its space take about ten), fewer on a larger
// one, where words repeat (Heaps' law).
func sizeHint(size int) int {
	return min(size/10, int(12*math.Sqrt(float64(size))))
}

// topTerms sums the groups and returns the n largest.
func topTerms(ws []word, n int) []report.Term {
	// Sum each group into its head word.
	total := make([]int, len(ws))
	var heads []int32
	for id := range ws {
		w := &ws[id]
		if w.stop {
			continue
		}
		if total[w.head] == 0 { // every word counts at least once
			heads = append(heads, w.head)
		}
		total[w.head] += w.count
	}
	// Only the groups counted at least as often as the n-th largest can
	// be shown: the others are left out before sorting. Most groups of a
	// text are counted once or twice, and sorting them all by their keys
	// took most of topTerms' time.
	heads = atLeastNth(heads, total, n)
	// A group is shown as its head word's most frequent spelling.
	sort.Slice(heads, func(i, j int) bool {
		a, b := heads[i], heads[j]
		// By count, then by key (keys differ: the forms' order is never
		// reached, and not computed unless it is).
		if c := cmp.Compare(total[b], total[a]); c != 0 {
			return c < 0
		}
		if c := strings.Compare(ws[a].key, ws[b].key); c != 0 {
			return c < 0
		}
		return ws[a].forms.best() < ws[b].forms.best()
	})
	if len(heads) > n {
		heads = heads[:n]
	}
	// Gather the forms of the groups shown: slot[h] is 1 + the place of
	// head h among them, 0 when it is not shown.
	slot := make([]int32, len(ws))
	groups := make([]forms, len(heads))
	for k, h := range heads {
		slot[h] = int32(k + 1)
	}
	for id := range ws {
		w := &ws[id]
		if w.stop {
			continue
		}
		if k := slot[w.head]; k > 0 {
			w.forms.each(groups[k-1].add)
		}
	}
	terms := make([]report.Term, 0, len(heads))
	for k, h := range heads {
		forms := groups[k].sorted()
		if len(forms) > MaxForms {
			forms = forms[:MaxForms]
		}
		terms = append(terms, report.Term{Term: ws[h].forms.best(), Count: total[h], Forms: forms})
	}
	return terms
}

// atLeastNth returns the heads whose total is at least the n-th largest
// total of heads (all of them when there are n or fewer), in their order.
// It keeps them in heads' own array.
func atLeastNth(heads []int32, total []int, n int) []int32 {
	if len(heads) <= n {
		return heads
	}
	// How many heads have each total, up to the largest.
	most := 0
	for _, h := range heads {
		most = max(most, total[h])
	}
	have := make([]int32, most+1)
	for _, h := range heads {
		have[total[h]]++
	}
	// The n-th largest total.
	nth, above := most, 0
	for ; nth > 0; nth-- {
		if above += int(have[nth]); above >= n {
			break
		}
	}
	kept := heads[:0]
	for _, h := range heads {
		if total[h] >= nth {
			kept = append(kept, h)
		}
	}
	return kept
}

// topPhrases merges the pairs by their words' groups and returns the n
// largest that occur at least minPhraseCount times.
func topPhrases(text string, ws []word, pt *pairTally, n int) []report.Phrase {
	// The group of each pair: groupOf[i] is the group of pairs[i], -1 for
	// a word repeated, which is no phrase. A group is numbered as the
	// pair of its two head words: a pair of the text (pairs are
	// distinct), or one added to pt after them when only pairs of grouped
	// words make the group. Most words head their own group, so that most
	// pairs are their own group: only the pairs of a grouped word are
	// looked up, not every pair hashed into a map of groups.
	pairs := pt.pairs[:len(pt.pairs):len(pt.pairs)] // the text's pairs (pt.pairs may grow below)
	groupOf := make([]int32, len(pairs))
	counts := make([]int, len(pairs))
	for i := range pairs {
		p := &pairs[i]
		ha, hb := ws[p.a].head, ws[p.b].head
		if ha == hb {
			groupOf[i] = -1
			continue
		}
		g := int32(i)
		if ha != p.a || hb != p.b {
			var slot int
			if g, slot = pt.find(ha, hb); g < 0 {
				g = pt.newPair(slot, ha, hb)
				counts = append(counts, 0)
			}
		}
		groupOf[i] = g
		counts[g] += p.count
	}
	// The forms of the groups counted often enough: kept[slot[g]-1] is
	// group g's.
	type group struct {
		count int
		forms forms
	}
	var kept []group
	slot := make([]int32, len(counts))
	for i := range pairs {
		g := groupOf[i]
		if g < 0 || counts[g] < minPhraseCount {
			continue
		}
		if slot[g] == 0 {
			kept = append(kept, group{count: counts[g]})
			slot[g] = int32(len(kept))
		}
		m := &kept[slot[g]-1].forms
		pt.eachForm(i, text, func(f string, c int) { m.add(normalize.SingleSpaced(f), c) })
	}
	var phrases []report.Phrase
	for i := range kept {
		phrases = append(phrases, report.Phrase{Text: kept[i].forms.best(), Count: kept[i].count})
	}
	sort.Slice(phrases, func(i, j int) bool {
		a, b := &phrases[i], &phrases[j]
		return a.Count > b.Count || a.Count == b.Count && a.Text < b.Text
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
	sort.Slice(forms, func(i, j int) bool {
		a, b := forms[i], forms[j]
		return m[a] > m[b] || m[a] == m[b] && a < b
	})
	return forms
}

// headOf sets and returns the word words[id] is grouped under: its bare
// word (the first of its bare forms the text has, found once in Top), and
// that word's own head in turn; the word itself when it has none.
func (t *tally) headOf(id int32) int32 {
	w := &t.words[id]
	if w.head >= 0 {
		return w.head
	}
	w.head = id // provisional, in case of a cycle
	h := t.headOf(w.bare)
	t.words[id].head = h
	return h
}

// minBareRunes is the shortest bare word a proclitic is taken off for: a
// shorter remainder is more likely part of the word than a word of its own.
const minBareRunes = 3

// bareForms returns the words key may be with its proclitics taken off,
// longest proclitic first: "والعراق" → "عراق", "العراق"; "للعراق" →
// "لعراق", "العراق".
func bareForms(out []string, key string, c *clitics) []string {
	if len(c.Prefixes) == 0 {
		return out
	}
	add := func(s string) {
		if utf8.RuneCountInString(s) >= minBareRunes {
			out = append(out, s)
		}
	}
	prefixes := c.startingAs(key)
	for _, p := range prefixes {
		if hasPrefix(key, p) {
			add(key[len(p):])
		}
	}
	if c.LamArticle != "" {
		// لل is ل + ال: "للعراق" → "العراق", also after و or ف ("وللعراق").
		for i := -1; i < len(prefixes); i++ {
			p := ""
			if i >= 0 {
				p = prefixes[i]
			}
			if hasPrefix(key, p) && hasPrefix(key[len(p):], c.LamArticle) && utf8.RuneCountInString(p) <= 1 {
				add(c.Article + key[len(p)+len(c.LamArticle):])
			}
		}
	}
	if c.Article != "" && hasPrefix(key, c.Article) {
		add(key[len(c.Article):])
	}
	return out
}

// clitics is a language's proclitics (lang.Clitics) with its prefixes
// grouped by their first character, made once for each language. A
// word is compared only with the prefixes that start as it does, in the
// order of Prefixes, which the others could not match anyway: most words
// start with none of Arabic's five (و ف ب ل ك), and comparing every word
// with all 18 prefixes, in bareForms and isStop, took about a third of
// Top's instructions on the seed's article.
type clitics struct {
	lang.Clitics
	groups []prefixGroup // one for each first character, in the order it first comes in Prefixes
	plain  bool          // a prefix does not start with a valid character: words are compared with all
}

// prefixGroup is the prefixes that start with one character.
type prefixGroup struct {
	first    rune
	prefixes []string // in the order of Prefixes
}

// cliticsOf returns newClitics of the language tag's clitics, made once
// for each language that has some: shared, never written.
func cliticsOf(tag string) *clitics {
	if c, ok := cliticsByTag.Load(tag); ok {
		return c.(*clitics)
	}
	lc := lang.CliticsOf(tag)
	c := newClitics(lc)
	if len(lc.Prefixes) > 0 || lc.LamArticle != "" || lc.Article != "" {
		// Only the languages package lang knows have some: a few.
		cliticsByTag.Store(tag, c)
	}
	return c
}

// cliticsByTag holds cliticsOf of the tags that have clitics.
var cliticsByTag sync.Map

func newClitics(lc lang.Clitics) *clitics {
	c := &clitics{Clitics: lc}
	for _, p := range lc.Prefixes {
		r, size := utf8.DecodeRuneInString(p)
		if r == utf8.RuneError && size <= 1 {
			c.plain, c.groups = true, nil
			break
		}
		k := slices.IndexFunc(c.groups, func(g prefixGroup) bool { return g.first == r })
		if k < 0 {
			k = len(c.groups)
			c.groups = append(c.groups, prefixGroup{first: r})
		}
		c.groups[k].prefixes = append(c.groups[k].prefixes, p)
	}
	return c
}

// startingAs returns the prefixes that may start key: those that start
// with its first character (all of them when c.plain), in the order of
// Prefixes.
func (c *clitics) startingAs(key string) []string {
	if c.plain {
		return c.Prefixes
	}
	if len(c.groups) == 0 || key == "" {
		return nil
	}
	r, _ := utf8.DecodeRuneInString(key)
	for k := range c.groups {
		if c.groups[k].first == r {
			return c.groups[k].prefixes
		}
	}
	return nil
}

// hasPrefix is strings.HasPrefix for the short prefixes of clitics,
// compared byte by byte: most differ at their first or second byte, before
// a call to compare memory would have paid off (in WebAssembly above all).
func hasPrefix(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		if s[i] != prefix[i] {
			return false
		}
	}
	return true
}

// isStop reports whether the word (folded key, and its surface) is left out
// of the terms: a stopword, a stopword with proclitics ("لذلك", "بهذا"), a
// single letter, or a token with digits.
func isStop(key, surface string, stop lang.Stoplist, c *clitics) bool {
	letters := 0
	for i := 0; i < len(surface); {
		c := surface[i]
		switch {
		case c < utf8.RuneSelf: // the Unicode tables say the same of ASCII
			if '0' <= c && c <= '9' {
				return true
			}
			if 'a' <= c|0x20 && c|0x20 <= 'z' {
				letters++
			}
			i++
			continue
		case i+1 < len(surface) && isArabicLetter(c, surface[i+1]):
			// Read here, not decoded: most words are Arabic, and
			// decoding each character was a third of isStop's time.
			letters++
			i += 2
			continue
		}
		r, size := utf8.DecodeRuneInString(surface[i:])
		switch {
		case unicode.IsDigit(r):
			return true
		case unicode.IsLetter(r):
			letters++
		}
		i += size
	}
	if letters < 2 || stop.Has(key) {
		return true
	}
	for _, p := range c.startingAs(key) {
		if hasPrefix(key, p) && utf8.RuneCountInString(key[len(p):]) >= 2 && stop.Has(key[len(p):]) {
			return true
		}
	}
	return false
}

// isArabicLetter reports whether the two bytes b0 b1 encode an Arabic
// letter, U+0620 to U+064A (tatweel, U+0640, included: it is a letter, Lm).
func isArabicLetter(b0, b1 byte) bool {
	return b0 == 0xD8 && 0xA0 <= b1 && b1 <= 0xBF || b0 == 0xD9 && 0x80 <= b1 && b1 <= 0x8A
}

// trimElision takes an elided word and its apostrophe off the front of tok
// ("l'homme" → "homme") and returns the rest with the number of bytes taken.
func trimElision(tok string, elisions []string) (string, int) {
	if len(elisions) == 0 || !strings.ContainsAny(tok, "'’") {
		return tok, 0
	}
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
	if len(possessives) == 0 || !strings.ContainsAny(tok, "'’") {
		return tok
	}
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
		if r >= 0x0620 && r <= 0x064A || unicode.IsLetter(r) || unicode.IsDigit(r) { // Arabic letters first
			return true
		}
	}
	return false
}

// breaksPhrase reports whether the tokens between two words, gap, end a
// phrase: whether one of them is not blank or holds a line break, as the
// segmenter's loop in Top asks of each. A gap is most often one space.
func breaksPhrase(gap string) bool {
	if gap == " " {
		return false
	}
	// Read byte by byte while the answer is plain: ASCII white space goes
	// on, a line break or other ASCII ends the phrase, and so does a
	// character from U+0100 to U+07FF (the Arabic comma among them),
	// none of which is a space. Anything else asks the Unicode tables.
	for i := 0; i < len(gap); i++ {
		switch c := gap[i]; {
		case c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r':
		case c < utf8.RuneSelf:
			return true // a line break, or punctuation
		case 0xC4 <= c && c <= 0xDF && i+1 < len(gap) && gap[i+1]&0xC0 == 0x80:
			return true
		default:
			return strings.ContainsRune(gap, '\n') || strings.TrimFunc(gap, unicode.IsSpace) != ""
		}
	}
	return false
}

// isBlank reports whether the token is white space only.
func isBlank(tok string) bool {
	if tok == " " {
		return true
	}
	return strings.TrimFunc(tok, unicode.IsSpace) == ""
}
