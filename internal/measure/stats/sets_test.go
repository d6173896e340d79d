package stats

import (
	"encoding/json"
	"fmt"
	"github.com/safi-app/safi/internal/devkit/testfiles"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/clipperhouse/uax29/v2/sentences"

	"github.com/safi-app/safi/internal/language/lang"
)

// partsCase is a sequence of parts and, for each, the sets (of three) it
// belongs to.
type partsCase struct {
	desc  string
	parts []string
	masks []Mask
}

var partsTests = []partsCase{
	{desc: "no parts"},
	{desc: "one part in every set", parts: []string{"Mr. Smith met J. K. Rowling. Did they talk?"}, masks: []Mask{7}},
	{
		desc:  "an abbreviation at the end of a part joins the next part's first sentence",
		parts: []string{"He met Mr.", "Smith in London. Then he left."},
		masks: []Mask{7, 7},
	},
	{
		desc:  "an abbreviation joins across a part of another set",
		parts: []string{"He met Mr.", "Boilerplate line.", "Smith in London."},
		masks: []Mask{3, 4, 3},
	},
	{
		desc:  "a mark that starts a part takes the script of the part before",
		parts: []string{"عربي", "\u064e\u0651abc", "abc", "\u064edef"},
		masks: []Mask{7, 7, 2, 3},
	},
	{
		desc:  "proclitic before a quote, in arabic and in english sets",
		parts: []string{`الاندحار العسكري ل"داعش" ب"الموصل"`, `The group ل"داعش" is losing ground, the coalition said.`},
		masks: []Mask{3, 6},
	},
	{
		desc:  "empty parts add blank lines",
		parts: []string{"", "One.", "", "", "Two."},
		masks: []Mask{7, 7, 1, 6, 7},
	},
	{
		desc:  "unique words counted per set",
		parts: []string{"أكثر اكثر", "أَكْثَر إلى", "الى أكثر"},
		masks: []Mask{1, 2, 5},
	},
	{
		// ß́ folds to s, s, ́ and that fold to s, ś, which folds to
		// itself: a fold that a second fold changes is a form of its own,
		// and the same bytes written are another word's.
		desc:  "unique words whose fold a second fold changes",
		parts: []string{"ß́ sś sś", "ẞ́ sś", "sś ß́ sś"},
		masks: []Mask{1, 2, 7},
	},
	{
		desc:  "french and english sets disagree on abbreviations",
		parts: []string{"Le chiffre est de 4 env.", "Il a dit cela hier.", "See fig.", "It was the end of it all."},
		masks: []Mask{1, 1, 2, 2},
	},
	{
		desc:  "parts with line ends of their own",
		parts: []string{"A line.\n", "\nanother\r", "\r\nthird. ", " fourth"},
		masks: []Mask{7, 7, 7, 7},
	},
}

// checkParts compares Sets over tt's parts with the reference statistics
// of each set's joined text.
func checkParts(t *testing.T, tt partsCase) {
	t.Helper()
	var joined [3][]string
	for i, p := range tt.parts {
		for k := range 3 {
			if tt.masks[i]&(1<<k) != 0 {
				joined[k] = append(joined[k], p)
			}
		}
	}
	var tags [3]string
	for k := range joined {
		tags[k] = lang.Detect(strings.Join(joined[k], "\n\n"))
	}
	s := NewSets(tags[:]...)
	keep := len(tt.parts) % 3 // the set whose words s keeps
	s.KeepWords(keep, nil)
	for i, p := range tt.parts {
		s.Add(p, tt.masks[i])
	}
	// The words s kept are those of the set's joined text, when the fast
	// scanner takes every part.
	text := strings.Join(joined[keep], "\n\n")
	want, wantOK := AppendWords(nil, text)
	if got, size, ok := s.Words(keep); ok != wantOK || ok && (size != len(text) || !slices.Equal(got, want)) {
		t.Errorf("Words(%d) of %q = %v, %d, %v; AppendWords gives %v, %v for the %d bytes", keep, text, got, size, ok, want, wantOK, len(text))
	}
	for k := range 3 {
		if _, _, ok := s.Words(k); ok && k != keep {
			t.Errorf("Words(%d) ok, the words of set %d were kept", k, keep)
		}
	}
	// AddAll, which counts the words on two goroutines of their own, must
	// give the same.
	all := NewSets(tags[:]...)
	all.AddAll(len(tt.parts), func(i int) (string, Mask) { return tt.parts[i], tt.masks[i] })
	// And AddAll for the first parts, then Add for the rest (the words
	// AddAll left in its second table join the first).
	mixed := NewSets(tags[:]...)
	mixed.KeepWords(keep, make([]int32, 0, 4))
	h := (len(tt.parts) + 1) / 2
	mixed.AddAll(h, func(i int) (string, Mask) { return tt.parts[i], tt.masks[i] })
	for i := h; i < len(tt.parts); i++ {
		mixed.Add(tt.parts[i], tt.masks[i])
	}
	if _, _, ok := mixed.Words(keep); ok && h > 0 {
		t.Errorf("Words(%d) ok after AddAll", keep)
	}
	for k := range joined {
		text := strings.Join(joined[k], "\n\n")
		want, _ := json.Marshal(refOfPage(text, len(joined[k]), 1))
		got, _ := json.Marshal(s.Stats(k, len(joined[k]), 1))
		if string(got) != string(want) {
			t.Errorf("set %d, text %q:\n got %s\nwant %s", k, text, got, want)
		}
		if got, _ := json.Marshal(all.Stats(k, len(joined[k]), 1)); string(got) != string(want) {
			t.Errorf("AddAll: set %d, text %q:\n got %s\nwant %s", k, text, got, want)
		}
		if got, _ := json.Marshal(mixed.Stats(k, len(joined[k]), 1)); string(got) != string(want) {
			t.Errorf("AddAll then Add: set %d, text %q:\n got %s\nwant %s", k, text, got, want)
		}
	}
}

func TestSetsMatchReference(t *testing.T) {
	for _, tt := range partsTests {
		t.Run(tt.desc, func(t *testing.T) { checkParts(t, tt) })
	}
}

func TestSetsSeedByLines(t *testing.T) {
	b, err := os.ReadFile(testfiles.SeedPath())
	if err != nil {
		t.Fatal(err)
	}
	tt := partsCase{desc: "seed"}
	for i, l := range strings.Split(string(b), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			tt.parts = append(tt.parts, l)
			tt.masks = append(tt.masks, Mask(1|2<<(i%2)))
		}
	}
	checkParts(t, tt)
}

func TestOfMatchesReference(t *testing.T) {
	for _, tt := range ofTests {
		got, _ := json.Marshal(Of(tt.text, 2, 1))
		want, _ := json.Marshal(refOf(tt.text, 2, 1))
		if string(got) != string(want) {
			t.Errorf("%s:\n got %s\nwant %s", tt.desc, got, want)
		}
	}
}

// FuzzSetsMatchReference cuts the input into parts at each '|' and puts
// part i into the sets given by masks[i] (three sets): Sets must give what
// the reference gives for each set's joined text. Parts are made valid
// UTF-8 first, as block texts are: an invalid byte at the end of a part can
// segment differently before the end of the text than before "\n".
func FuzzSetsMatchReference(f *testing.F) {
	for _, tt := range partsTests {
		f.Add(strings.Join(tt.parts, "|"), masksBytes(tt.masks))
	}
	for _, tt := range ofTests {
		f.Add(strings.ReplaceAll(tt.text, "\n\n", "|"), []byte{7, 3, 5, 6, 1})
	}
	f.Fuzz(func(t *testing.T, text string, masks []byte) {
		text = strings.ToValidUTF8(text, "\uFFFD")
		tt := partsCase{parts: strings.Split(text, "|")}
		for i := range tt.parts {
			m := Mask(7)
			if i < len(masks) {
				m = Mask(masks[i]) & 7
			}
			tt.masks = append(tt.masks, m)
		}
		checkParts(t, tt)
	})
}

func masksBytes(m []Mask) []byte {
	b := make([]byte, len(m))
	for i, v := range m {
		b[i] = byte(v)
	}
	return b
}

func ExampleSets() {
	// A page of three blocks: a headline (page only), an article paragraph
	// and a share button (noise).
	const article, page, noise = 0, 1, 2
	s := NewSets("en", "en", "en")
	s.Add("Markets fall", 1<<page)
	s.Add("Stocks fell on Monday. Traders were worried.", 1<<article|1<<page)
	s.Add("Share this article", 1<<noise|1<<page)
	for _, k := range []int{article, page, noise} {
		st := s.Stats(k, 1, 0)
		fmt.Println(st.Words, st.Sentences, st.UniqueWords)
	}
	// Output:
	// 7 2 7
	// 12 4 12
	// 3 1 3
}

// TestSentenceFree checks each character sentenceFree accepts against the
// segmenter: after it, before a space and a capital, no sentence ends.
func TestSentenceFree(t *testing.T) {
	n := 0
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !sentenceFree(r) {
			continue
		}
		n++
		text := "ab" + string(r) + " Ab"
		it := sentences.FromString(text)
		segments := 0
		for it.Next() {
			segments++
		}
		if segments != 1 {
			t.Errorf("%U: %q is %d sentences, want 1", r, text, segments)
		}
	}
	if n < 300 {
		t.Errorf("only %d characters are sentence-free", n)
	}
}

// FuzzOfMatchesReference checks Of on one text, invalid UTF-8 included,
// against the reference.
func FuzzOfMatchesReference(f *testing.F) {
	for _, tt := range ofTests {
		f.Add(tt.text)
	}
	f.Add("a\xd7 \xc3\xa9\xc3 \xe2\x82 ب\xd8")
	f.Fuzz(func(t *testing.T, text string) {
		got, _ := json.Marshal(Of(text, 2, 1))
		want, _ := json.Marshal(refOf(text, 2, 1))
		if string(got) != string(want) {
			t.Errorf("Of(%q):\n got %s\nwant %s", text, got, want)
		}
	})
}
