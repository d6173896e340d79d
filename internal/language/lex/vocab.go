package lex

import (
	"iter"
	"sort"
	"strings"
)

// Vocab maps phrases of one or more tokens to values. Phrases are written
// as plain text and split and folded by Scan, so that a phrase matches the
// tokens of any spelling that folds the same way: "أكثر من" matches "اكثر
// من", "près de" matches "pres de", "quatre-vingt" matches "quatre", "-",
// "vingt".
//
// The phrases are held and matched by a vocab, which is not generic and
// gives the index of a phrase's value in vals: one copy of that code in
// app.wasm rather than one for each type of value.
type Vocab[V any] struct {
	vocab
	vals []V
}

// vocab is a Vocab's phrases, each with the index of its value.
type vocab struct {
	first  map[string][]entry      // by folded first token, longest phrase first
	filter [filterBits / 64]uint64 // signatures of the first tokens (see sig)
}

type entry struct {
	rest []string // folded tokens after the first
	v    int      // the index of the value
}

// NewVocab returns a vocabulary of the given phrases.
func NewVocab[V any](phrases map[string]V) *Vocab[V] {
	keys := make([]string, 0, len(phrases))
	for p := range phrases {
		keys = append(keys, p)
	}
	sort.Strings(keys) // deterministic order among phrases of one length
	vb := &Vocab[V]{vals: make([]V, len(keys))}
	for i, p := range keys {
		vb.vals[i] = phrases[p]
	}
	vb.vocab.add(keys)
	return vb
}

// add adds the phrases, the value of phrases[i] being vals[i].
func (vb *vocab) add(phrases []string) {
	vb.first = make(map[string][]entry, len(phrases))
	for i, p := range phrases {
		toks := Scan(p)
		if len(toks) == 0 {
			continue
		}
		words := make([]string, len(toks))
		for j := range toks {
			words[j] = key(&toks[j], p)
		}
		vb.first[words[0]] = append(vb.first[words[0]], entry{rest: words[1:], v: i})
		if words[0] != "" {
			h := sig(words[0])
			vb.filter[h/64] |= 1 << (h % 64)
		}
	}
	for _, es := range vb.first {
		sort.SliceStable(es, func(i, j int) bool { return len(es[i].rest) > len(es[j].rest) })
	}
}

// Table returns the entries of a table written as text: one value a line,
// the value, a space, then the phrases with that value separated by "|".
// Lines are trimmed; lines without a space are skipped. It yields (value,
// phrase) pairs in the order written.
//
// Vocabularies are written as such tables rather than as map or slice
// literals because in app.wasm a literal compiles to code that builds it,
// which weighs several times more than the text (issue 7).
func Table(text string) iter.Seq2[string, string] {
	return func(yield func(string, string) bool) {
		for line := range strings.Lines(text) {
			value, phrases, ok := strings.Cut(strings.TrimSpace(line), " ")
			if !ok {
				continue
			}
			for p := range strings.SplitSeq(phrases, "|") {
				if !yield(value, p) {
					return
				}
			}
		}
	}
}

// key is what a token is matched by: its folded form, or for a number its
// text.
func key(t *Token, text string) string {
	if t.Kind == Number {
		return text[t.Start:t.End]
	}
	return t.Fold
}

// Match matches the longest phrase starting at toks[i], after skipping the
// first skip bytes of that token's folded form (a clitic prefix, such as
// the و of "وأكثر"). It returns the phrase's value and how many tokens it
// spans. Tokens of a phrase never span a line break.
func (vb *Vocab[V]) Match(toks []Token, i, skip int) (v V, n int, ok bool) {
	k, n, ok := vb.match(toks, i, skip)
	if ok {
		v = vb.vals[k]
	}
	return v, n, ok
}

// match is Match giving the index of the value.
func (vb *vocab) match(toks []Token, i, skip int) (k, n int, ok bool) {
	if i >= len(toks) || toks[i].Kind == Number || skip > len(toks[i].Fold) {
		return 0, 0, false
	}
	w := toks[i].Fold[skip:]
	if w == "" || !vb.maybe(w) {
		return 0, 0, false
	}
	es := vb.first[w]
next:
	for _, e := range es {
		if i+len(e.rest) >= len(toks) {
			continue
		}
		for k, w := range e.rest {
			t := &toks[i+1+k]
			if t.Break || t.Kind == Number || t.Fold != w {
				continue next
			}
		}
		return e.v, 1 + len(e.rest), true
	}
	return 0, 0, false
}

// Clitics returns the byte lengths of the Arabic clitic prefixes that the
// folded word w may start with, shortest first: one of و ف ب ل ك, or و or
// ف followed by one of ب ل ك ("وب", "فل"). The caller tries the rest of the
// word against a vocabulary.
func Clitics(w string) (skips [2]int, n int) {
	one := func(s string) bool {
		return len(s) >= 2 && s[0] == 0xd9 && (s[1] == 0x88 || s[1] == 0x81 || s[1] == 0x84 || s[1] == 0x83) || len(s) >= 2 && s[0] == 0xd8 && s[1] == 0xa8
	}
	// و U+0648 = d9 88, ف U+0641 = d9 81, ل U+0644 = d9 84, ك U+0643 = d9 83, ب U+0628 = d8 a8.
	if len(w) > 2 && one(w) {
		skips[n] = 2
		n++
		if len(w) > 4 && w[0] == 0xd9 && (w[1] == 0x88 || w[1] == 0x81) && one(w[2:]) && !(w[2] == 0xd9 && (w[3] == 0x88 || w[3] == 0x81)) {
			skips[n] = 4
			n++
		}
	}
	return skips, n
}

// MatchClitic is Match at toks[i], trying the whole word first and then the
// word without a clitic prefix (see Clitics). It also returns how many
// bytes of the token were the prefix.
func (vb *Vocab[V]) MatchClitic(toks []Token, i int) (v V, n, skip int, ok bool) {
	k, n, skip, ok := vb.matchClitic(toks, i)
	if ok {
		v = vb.vals[k]
	}
	return v, n, skip, ok
}

// matchClitic is MatchClitic giving the index of the value.
func (vb *vocab) matchClitic(toks []Token, i int) (k, n, skip int, ok bool) {
	if k, n, ok = vb.match(toks, i, 0); ok || i >= len(toks) {
		return k, n, 0, ok
	}
	skips, c := Clitics(toks[i].Fold)
	for j := 0; j < c; j++ {
		if k, n, ok = vb.match(toks, i, skips[j]); ok {
			return k, n, skips[j], true
		}
	}
	return 0, 0, 0, false
}

// MayMatch reports whether Match(toks, i, 0) may match: false is sure,
// and costs no map lookup (the vocabulary's filter alone). It lets a
// scanner pass over the many words that start none of its phrases without
// the work of trying them.
func (vb *vocab) MayMatch(toks []Token, i int) bool { return mayMatch(&vb.filter, toks, i) }

// MayMatchClitic is MayMatch for MatchClitic: false is sure.
func (vb *vocab) MayMatchClitic(toks []Token, i int) bool {
	return mayMatchClitic(&vb.filter, toks, i)
}

// mayMatch and mayMatchClitic are MayMatch's and MayMatchClitic's bodies,
// out of line and not generic: one copy in app.wasm, not one for each type
// of value.
//
//go:noinline
func mayMatch(f *[filterBits / 64]uint64, toks []Token, i int) bool {
	if i >= len(toks) || toks[i].Kind == Number {
		return false
	}
	w := toks[i].Fold
	if w == "" {
		return false
	}
	h := sig(w)
	return f[h/64]&(1<<(h%64)) != 0
}

//go:noinline
func mayMatchClitic(f *[filterBits / 64]uint64, toks []Token, i int) bool {
	if mayMatch(f, toks, i) {
		return true
	}
	if i >= len(toks) || toks[i].Kind == Number {
		return false
	}
	skips, k := Clitics(toks[i].Fold)
	for j := 0; j < k; j++ {
		h := sig(toks[i].Fold[skips[j]:])
		if f[h/64]&(1<<(h%64)) != 0 {
			return true
		}
	}
	return false
}

// SourceSkip returns how many bytes of the token's text in text fold to the
// first skip bytes of its folded form: where a word starts once its clitic
// prefix is left out.
func SourceSkip(text string, t *Token, skip int) int {
	var buf [8]byte
	folded := 0
	for i, r := range text[t.Start:t.End] {
		n := len(appendFold(buf[:0], r))
		if folded >= skip && n > 0 {
			return i // harakat after the prefix stay with it
		}
		folded += n
	}
	return t.End - t.Start
}

// HasBytes is Has for a folded word given as bytes, without allocating.
func (vb *vocab) HasBytes(w []byte) bool {
	if len(w) == 0 || !vb.maybeSig(sig(w)) {
		return false
	}
	_, ok := vb.first[string(w)]
	return ok
}

// sig is a cheap signature of a word for the vocabulary's filter: its
// length and its first two, middle and last two bytes. Every lookup that
// the filter lets through costs a map lookup, whose hashing is slow in
// WebAssembly (no AES: memhashFallback); a signature of the length and the
// first, second and last bytes alone let through one Arabic word in eight
// (the first letter and half of the last), the five bytes one in forty
// (figures.Extract on the seed article).
func sig[S ~string | ~[]byte](w S) uint32 {
	n := len(w)
	h := uint32(n)*0x9e3779b1 ^ uint32(w[0])
	if n > 1 {
		h = (h ^ uint32(w[1])<<8 ^ uint32(w[n-1])<<16 ^ uint32(w[n-2])<<24) * 0x85ebca6b
		h = (h ^ h>>13 ^ uint32(w[n/2|1])) * 0xc2b2ae35
	}
	return (h ^ h>>16) & (filterBits - 1)
}

const filterBits = 1 << 14

// maybe reports whether w may be a first word of the vocabulary: false is
// sure, true needs the map.
func (vb *vocab) maybe(w string) bool { return vb.maybeSig(sig(w)) }

func (vb *vocab) maybeSig(h uint32) bool { return vb.filter[h/64]&(1<<(h%64)) != 0 }
