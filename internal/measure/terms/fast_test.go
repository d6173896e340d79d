package terms

import (
	"cmp"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/safi-app/safi/internal/language/lang"
	"github.com/safi-app/safi/internal/language/normalize"
)

// The fast paths of Top's per-word tests against the plain ones of
// ref_test.go: prefixes looked up by first character (bareForms, isStop),
// Arabic letters read without decoding (isStop).

// oddClitics are prefix sets the grouping by first character must handle:
// an empty prefix and one that does not start with a valid character make
// every word be compared with all prefixes.
var oddClitics = []lang.Clitics{
	{Prefixes: []string{"ab", "a", "b", "ال"}, LamArticle: "لل", Article: "ال"},
	{Prefixes: []string{"x", "", "xy"}, Article: "x"},
	{Prefixes: []string{"\xd9", "و", "\xd9\x88\xd8"}, LamArticle: "لل", Article: "ال"},
}

func checkWord(t *testing.T, word string) {
	t.Helper()
	key := normalize.Fold(word)
	for _, tag := range []string{"ar", "fr", "en", "und"} {
		lc := lang.CliticsOf(tag)
		if got, want := isStop(key, word, lang.Stopwords(tag), newClitics(lc)), refIsStop(key, word, lang.Stopwords(tag), lc); got != want {
			t.Fatalf("isStop(%q, %q) in %s = %v, refIsStop %v", key, word, tag, got, want)
		}
	}
	for _, lc := range append(oddClitics, lang.CliticsOf("ar")) {
		for _, k := range []string{key, word} {
			got, want := bareForms(nil, k, newClitics(lc)), refBareForms(nil, k, lc)
			if !slices.Equal(got, want) {
				t.Fatalf("bareForms(%q) with %q = %q, refBareForms %q", k, lc.Prefixes, got, want)
			}
		}
	}
}

func TestWordTestsMatchReference(t *testing.T) {
	seen := map[string]bool{}
	for _, in := range refInputs(t) {
		for _, w := range strings.FieldsFunc(in.text, func(r rune) bool { return r == ' ' || r == '\n' || r == '.' || r == '،' }) {
			if !seen[w] {
				seen[w] = true
				checkWord(t, w)
			}
		}
	}
	for _, w := range []string{"", "ل", "لل", "للعراق", "وللعراق", "abc", "xy", "\xd9", "\xd9\x88\xd8\xa7", "ـــ", "عـ", "ء٣", "اَل", "\xd8", "\xd8\x9f\xd8\xa0"} {
		checkWord(t, w)
	}
}

func FuzzWordTests(f *testing.F) {
	for _, w := range []string{"والعراق", "بهذا", "l'homme", "84", "x", "وللعراق", "\xd9\x8a\xd9\x8b"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, word string) { checkWord(t, word) })
}

func TestAtLeastNth(t *testing.T) {
	total := []int{5, 1, 3, 3, 2, 7, 1, 3}
	for n := 0; n <= len(total)+1; n++ {
		var heads []int32
		for h := range total {
			heads = append(heads, int32(h))
		}
		kept := atLeastNth(slices.Clone(heads), total, n)
		// The n largest by total (ties by index), all in kept, and
		// nothing in kept below the n-th.
		byTotal := slices.Clone(heads)
		slices.SortStableFunc(byTotal, func(a, b int32) int { return cmp.Compare(total[b], total[a]) })
		top := byTotal[:min(n, len(byTotal))]
		for _, h := range top {
			if !slices.Contains(kept, h) {
				t.Fatalf("n=%d: kept %v lacks %d", n, kept, h)
			}
		}
		for _, h := range kept {
			if len(top) > 0 && total[h] < total[top[len(top)-1]] {
				t.Fatalf("n=%d: kept %v holds %d (total %d)", n, kept, h, total[h])
			}
		}
		if !slices.IsSorted(kept) {
			t.Fatalf("n=%d: kept %v out of order", n, kept)
		}
	}
}

// TestWordIndex adds more words than the index was made for, so that it
// grows several times, and finds each by a string and by bytes.
func TestWordIndex(t *testing.T) {
	tl := tally{index: newWordIndex(1)}
	key := func(i int) string { return fmt.Sprintf("w%d", i*7919%1000) } // 1000 distinct keys
	for i := range 1000 {
		k := key(i)
		id, slot, h := find(&tl, k)
		if id >= 0 {
			t.Fatalf("%q found before it was added", k)
		}
		tl.words = append(tl.words, word{key: k})
		tl.index.add(slot, int32(i), h)
	}
	for i := range 1000 {
		if id, _, _ := find(&tl, key(i)); id != int32(i) {
			t.Fatalf("find(%q) = %d, want %d", key(i), id, i)
		}
		if id, _, _ := find(&tl, []byte(key(i))); id != int32(i) {
			t.Fatalf("find([]byte(%q)) = %d, want %d", key(i), id, i)
		}
	}
	if id, _, _ := find(&tl, "w1000"); id >= 0 {
		t.Fatalf("w1000 found: %d", id)
	}
	if len(tl.index.slots) < 2*1000 {
		t.Fatalf("%d slots for 1000 words", len(tl.index.slots))
	}
}

// TestTopManyWords: more distinct words than Top makes room for at first
// (short words, each once or twice), against the reference.
func TestTopManyWords(t *testing.T) {
	var b strings.Builder
	for i := range 3000 {
		fmt.Fprintf(&b, "%c%c ", 'a'+i%26, 'a'+i/26%26)
		if i%9 == 0 {
			b.WriteString("بال" + string(rune(0x0628+i%20)) + "ع ")
		}
	}
	for _, tag := range []string{"en", "ar"} {
		for _, n := range []int{1, 20, 5000} {
			terms, phrases := Top(b.String(), tag, n)
			rterms, rphrases := refTop(b.String(), tag, n)
			if !reflect.DeepEqual(terms, rterms) || !reflect.DeepEqual(phrases, rphrases) {
				t.Fatalf("%s, n=%d: Top and refTop differ:\n%v %v\n%v %v", tag, n, terms, phrases, rterms, rphrases)
			}
		}
	}
}

// TestPairIndex adds more pairs than the index was made for, so that it
// grows several times, and finds each.
func TestPairIndex(t *testing.T) {
	pt := newPairTally(1)
	ab := func(i int) (int32, int32) { return int32(i * 7 % 50), int32(i / 50 * 3) } // 1000 distinct pairs
	for i := range 1000 {
		a, b := ab(i)
		pi, slot := pt.find(a, b)
		if pi >= 0 {
			t.Fatalf("pair %d %d found before it was added", a, b)
		}
		if pi = pt.newPair(slot, a, b); pi != int32(i) {
			t.Fatalf("pair %d %d added as %d, want %d", a, b, pi, i)
		}
	}
	for i := range 1000 {
		if a, b := ab(i); func() int32 { pi, _ := pt.find(a, b); return pi }() != int32(i) {
			t.Fatalf("pair %d %d not found as %d", a, b, i)
		}
	}
	if pi, _ := pt.find(50, 0); pi >= 0 {
		t.Fatalf("pair 50 0 found: %d", pi)
	}
}

// FuzzBreaksPhrase holds breaksPhrase, with its byte by byte reading, to
// the test the segmenter's loop in Top makes of the tokens of a gap.
func FuzzBreaksPhrase(f *testing.F) {
	for _, s := range []string{"", " ", "  ", ", ", "، ", " \n ", "\u00a0", " \u00a0 ", "\t\r", "\u2003", "\xd8", "-", "\u200f "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, gap string) {
		if got, want := breaksPhrase(gap), strings.ContainsRune(gap, '\n') || strings.TrimFunc(gap, unicode.IsSpace) != ""; got != want {
			t.Fatalf("breaksPhrase(%q) = %v, want %v", gap, got, want)
		}
	})
}
