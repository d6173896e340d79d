package classify

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/safi-app/safi/internal/devkit/testfiles"
	"github.com/safi-app/safi/internal/doc"
	"github.com/safi-app/safi/internal/extract/htmlread"
	"github.com/safi-app/safi/internal/extract/textread"
	"github.com/safi-app/safi/internal/report"
	"github.com/safi-app/safi/internal/report/rules"
)

// stump is a forest of one tree of depth 1 on feature f: below thr the
// margin is lo, above it hi.
func stump(f uint8, thr, lo, hi float32) Forest {
	return Forest{Depth: 1, Feat: []uint8{f, Leaf, Leaf}, Thr: []float32{thr, 0, 0}, Val: []float32{0, lo, hi}}
}

func TestForestMargin(t *testing.T) {
	m := stump(fLogWords, 2, -3, 2)
	m.Base = 0.5
	x := make([]float32, NumFeatures)
	x[fLogWords] = 1
	if got := m.Margin(x); got != -2.5 {
		t.Errorf("short block: margin %v, want -2.5", got)
	}
	x[fLogWords] = 2 // at the threshold: right
	if got := m.Margin(x); got != 2.5 {
		t.Errorf("long block: margin %v, want 2.5", got)
	}
	contrib := make([]float32, NumFeatures)
	m.Contributions(x, contrib)
	if contrib[fLogWords] != 2 {
		t.Errorf("contribution %v, want 2", contrib[fLogWords])
	}
	if got := reasons(x, contrib, true); !slices.Equal(got, []string{"short"}) && !slices.Equal(got, []string{"long"}) {
		t.Errorf("reasons %v", got)
	}
}

func TestViterbi(t *testing.T) {
	for _, c := range []struct {
		margins []float32
		sw      float32
		want    string
	}{
		{[]float32{3, 3, -0.5, 3, -3, -3}, 0, "++-+--"},
		{[]float32{3, 3, -0.5, 3, -3, -3}, 2, "++++--"}, // an isolated weak out is smoothed
		{[]float32{3, 3, -5, 3, -3, -3}, 1, "++-+--"},   // a strong one stays
		{[]float32{3, 3, -5, 3, -3, -3}, 2, "++----"},   // but not the weak in after it
		{[]float32{-1, 0.5, -1}, 3, "---"},
		{nil, 1, ""},
	} {
		var b strings.Builder
		for _, in := range Viterbi(c.margins, c.sw) {
			b.WriteByte("-+"[b2i(in)])
		}
		if b.String() != c.want {
			t.Errorf("Viterbi(%v, %v) = %s, want %s", c.margins, c.sw, b.String(), c.want)
		}
	}
}

func b2i(v bool) int {
	if v {
		return 1
	}
	return 0
}

func TestDecideGuards(t *testing.T) {
	m := Forest{Switch: 0}
	rules := []bool{true, true, false}
	// A paste of a few blocks keeps the rules' verdicts.
	if got := m.Decide([]float32{-3, -3, 3}, rules, nil, nil, modelMinBlocks-1); !slices.Equal(got, rules) {
		t.Errorf("short page: %v, want the rules' %v", got, rules)
	}
	// Nor does a page far larger than any the model learnt from.
	if got := m.Decide([]float32{-3, -3, 3}, rules, nil, nil, modelMaxBlocks+1); !slices.Equal(got, rules) {
		t.Errorf("huge page: %v, want the rules' %v", got, rules)
	}
	// The model never empties an article the rules found.
	if got := m.Decide([]float32{-3, -3, -3}, rules, nil, nil, 40); !slices.Equal(got, rules) {
		t.Errorf("emptied article: %v, want the rules' %v", got, rules)
	}
	if got := m.Decide([]float32{-3, 3, 3}, rules, nil, nil, 40); !slices.Equal(got, []bool{false, true, true}) {
		t.Errorf("page: %v", got)
	}
	if e := (&Forest{Prior: 1.5}).Emission(-1, true); e != 0.5 {
		t.Errorf("Emission with the rules' prior: %v, want 0.5", e)
	}
}

// TestDecideBreaks: the sequence pass does not carry the article across a
// break (a block the rules hold out): a weak block after one is judged by
// its own margin, where without the break its neighbours would pull it in.
func TestDecideBreaks(t *testing.T) {
	m := Forest{Switch: 2}
	em := []float32{3, 3, 3, -0.5, 3}
	rules := []bool{true, true, true, false, true}
	if got := m.Decide(em, rules, nil, nil, 40); !slices.Equal(got, []bool{true, true, true, true, true}) {
		t.Errorf("no breaks: %v, want the weak block pulled in", got)
	}
	if got := m.Decide(em, rules, []bool{false, false, false, true, true}, nil, 40); !slices.Equal(got, []bool{true, true, true, false, true}) {
		t.Errorf("breaks around the weak block: %v, want it out", got)
	}
}

// TestDecideGate: the model's verdicts stand only when they change Gate of
// the page's words or more; a line here and there keeps the rules'.
func TestDecideGate(t *testing.T) {
	m := Forest{Gate: 0.1}
	rules := []bool{true, true, true, true, false}
	words := []float32{30, 30, 30, 5, 5}
	// One short block flipped: 5 of 100 words, under the gate.
	if got := m.Decide([]float32{3, 3, 3, -3, -3}, rules, nil, words, 40); !slices.Equal(got, rules) {
		t.Errorf("small change: %v, want the rules' %v", got, rules)
	}
	// A long block out as well: 35 of 100 words.
	want := []bool{true, true, false, false, false}
	if got := m.Decide([]float32{3, 3, -3, -3, -3}, rules, nil, words, 40); !slices.Equal(got, want) {
		t.Errorf("large change: %v, want %v", got, want)
	}
	// No words, no gate.
	if got := m.Decide([]float32{3, 3, 3, -3, -3}, rules, nil, nil, 40); !slices.Equal(got, []bool{true, true, true, false, false}) {
		t.Errorf("without words: %v", got)
	}
}

// TestBreaks: a teaser or a share line the rules hold out starts the
// sequence afresh; a title, a byline or an empty block does not.
func TestBreaks(t *testing.T) {
	d := &doc.Doc{Format: "text", Blocks: []doc.Block{
		{Text: "a", Class: report.ClassOther},
		{Text: "Title", Class: report.ClassTitle},
		{Text: "b", Class: report.ClassParagraph},
		{Text: "By someone", Class: report.ClassByline},
		{Text: "c", Class: report.ClassParagraph},
		{Text: "teaser", Class: report.ClassOther, Rule: rules.Teaser},
		{Text: ""},
		{Text: "d", Class: report.ClassHeading},
		{Text: "e", Class: report.ClassOther},
	}}
	decides := []bool{true, false, true, false, true, false, false, true, true}
	want := []bool{false, false, false, true, false}
	if got := Breaks(d, decides); !slices.Equal(got, want) {
		t.Errorf("Breaks = %v, want %v", got, want)
	}
}

// TestModelDecides: the certain rules stay in front of the model.
func TestModelDecides(t *testing.T) {
	lines := []string{
		"Weather", "عاجل: خبر أول    عاجل: خبر ثان    عاجل: خبر ثالث    خبر رابع هنا",
		"The council approved the budget on Monday after a long debate in the town hall.",
		"—", "",
	}
	d := &doc.Doc{Format: "text"}
	for _, l := range lines {
		d.Blocks = append(d.Blocks, doc.Block{Text: l})
	}
	c := runRules(d)
	want := []bool{true, false, true, false, false}
	for i := range lines {
		if got := c.modelDecides(i); got != want[i] {
			t.Errorf("%q (%s, %s): model decides %v, want %v", lines[i], d.Blocks[i].Class, d.Blocks[i].Rule, got, want[i])
		}
	}
}

func TestFeatureNames(t *testing.T) {
	seen := map[string]bool{}
	for f, n := range FeatureNames {
		if n == "" || seen[n] {
			t.Errorf("feature %d: name %q empty or twice", f, n)
		}
		seen[n] = true
	}
}

// TestInputs: the features of a small page are in range.
func TestInputs(t *testing.T) {
	d := &doc.Doc{Format: "text"}
	for _, l := range []string{"Archives", "Weather", "Sport",
		"The council approved the budget on Monday after a long debate in the town hall.",
		"Work on the first three schools will start in March, the mayor said.", "Share"} {
		d.Blocks = append(d.Blocks, doc.Block{Text: l})
	}
	x, decides := Inputs(d)
	if len(x) != len(d.Blocks)*NumFeatures || len(decides) != len(d.Blocks) {
		t.Fatalf("sizes %d, %d", len(x), len(decides))
	}
	row := x[3*NumFeatures : 4*NumFeatures]
	if w := RowWords(row); w < 14.99 || w > 15.01 {
		t.Errorf("RowWords of a block of 15 words: %v", w)
	}
	if row[fRulesIn] != 1 || row[fStops] <= 0.2 || row[fEndsStop] != 1 || row[fNav] != 0 {
		t.Errorf("prose block: rules-in %v stops %v ends-stop %v nav %v", row[fRulesIn], row[fStops], row[fEndsStop], row[fNav])
	}
	row = x[0:NumFeatures]
	if !decides[0] {
		t.Fatalf("%q: the model does not decide it (%s)", d.Blocks[0].Text, d.Blocks[0].Rule)
	}
	if row[fNav] != 1 || row[fMenuLike] != 1 || row[fPosition] != 0 {
		t.Errorf("menu block: nav %v menu-like %v position %v", row[fNav], row[fMenuLike], row[fPosition])
	}
	for i, v := range x {
		if v != v || v < 0 || v > 20 {
			t.Errorf("feature %s of block %d: %v", FeatureNames[i%NumFeatures], i/NumFeatures, v)
		}
	}
}

// BenchmarkModel is the classification of pages by the rules alone and
// with the learned model after them (Run): the model's cost is the
// difference. text: the English and French test pages
// (testdata/pages/{en,fr}-*/input.txt); html: the dev corpus's source.html
// ($SAFI_CORPUS/dev, default ../shared/corpus/dev; skipped without it).
func BenchmarkModel(b *testing.B) {
	sets := map[string][]*doc.Doc{}
	for _, pat := range []string{"en-*", "fr-*"} {
		dirs, _ := filepath.Glob(testfiles.Path("testdata", "pages", pat))
		for _, dir := range dirs {
			if src, err := os.ReadFile(filepath.Join(dir, "input.txt")); err == nil {
				sets["text"] = append(sets["text"], textread.Text(src))
			}
		}
	}
	corpus := os.Getenv("SAFI_CORPUS")
	if corpus == "" {
		corpus = testfiles.Path("..", "shared", "corpus")
	}
	htmls, _ := filepath.Glob(filepath.Join(corpus, "dev", "*", "source.html"))
	for _, f := range htmls {
		if src, err := os.ReadFile(f); err == nil {
			if d, err := htmlread.Read(src); err == nil {
				sets["html"] = append(sets["html"], d)
			}
		}
	}
	for _, set := range []string{"text", "html"} {
		docs := sets[set]
		for _, mode := range []string{"rules", "rules+model"} {
			b.Run(set+"/"+mode, func(b *testing.B) {
				if len(docs) == 0 {
					b.Skip("no pages")
				}
				copies := make([][]doc.Block, len(docs))
				b.ReportAllocs()
				for b.Loop() {
					for k, d := range docs {
						copies[k] = append(copies[k][:0], d.Blocks...)
						c := *d
						c.Blocks = copies[k]
						if mode == "rules" {
							runRules(&c)
						} else {
							Run(&c)
						}
					}
				}
			})
		}
	}
}

// shapeRef is shapeOf as first written (a rune at a time through unicode's
// tables): shapeOf's ASCII table must count the same.
func shapeRef(s string) textShape {
	var t textShape
	inWord, wordStart, first := false, 0, false
	var arena []byte
	endWord := func(end int) {
		t.words++
		if t.words <= navSample && navRef(s[wordStart:end], &arena) {
			t.nav++
		}
	}
	for i, r := range s {
		t.runes++
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' || r >= 0x80 && unicode.IsSpace(r) {
			if inWord {
				endWord(i)
			}
			inWord = false
			continue
		}
		t.nonSpace++
		if !inWord {
			inWord, wordStart, first = true, i, true
		}
		switch {
		case r < 0x80 && ('a' <= r|0x20 && r|0x20 <= 'z') || r >= 0x80 && unicode.IsLetter(r):
			t.letters++
			if first {
				first = false
				if unicode.IsUpper(r) {
					t.caps++
				}
			}
		case '0' <= r && r <= '9' || r >= 0x80 && unicode.IsDigit(r):
			t.digits++
			first = false
		case unicode.IsPunct(r):
			t.punct++
		}
	}
	if inWord {
		endWord(len(s))
	}
	return t
}

func navRef(w string, arena *[]byte) bool {
	if len(w) > 24 {
		return false
	}
	buf := (*arena)[:0]
	for _, r := range w {
		if unicode.IsLetter(r) {
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		}
	}
	*arena = buf
	if len(buf) == 0 {
		return false
	}
	_, ok := navWords[string(buf)]
	return ok
}

func FuzzShape(f *testing.F) {
	for _, s := range []string{"", "Home | Login", "Read more »", "Accueil > Suivant", "الرئيسية  اتصل", "ÉTÉ «Précédent» 12,5 %",
		"a\vb\fc\u00a0d\u2003E", "\xff\xfeX y", "Share Tweet EMAIL print", "HOME-Page: next… ١٢٣"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var arena []byte
		if got, want := shapeOf(s, &arena), shapeRef(s); got != want {
			t.Errorf("shapeOf(%q) = %+v, want %+v", s, got, want)
		}
	})
}
