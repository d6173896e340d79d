package quotes

import (
	"encoding/json"
	"fmt"
	"github.com/safi-app/safi/internal/devkit/testfiles"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/safi-app/safi/internal/devkit/golden"

	"github.com/safi-app/safi/internal/report"
)

var findTests = []struct {
	desc, text string
	want       []report.Quote
}{
	{desc: "empty", text: ""},
	{desc: "no quotes", text: "سجلت حالات انضمام مغاربة انخفاضا ملحوظا."},
	{
		desc: "straight quotes with arabic proclitic and counts",
		text: `الحرب على "داعش"، والاندحار العسكري ل"داعش" و"قوة استباقية".`,
		want: []report.Quote{{Text: "داعش", Count: 2}, {Text: "قوة استباقية", Count: 1}},
	},
	{
		desc: "guillemets with french spaces",
		text: "Le ministre a parlé d'une « baisse sensible » puis d'une «baisse sensible».",
		want: []report.Quote{{Text: "baisse sensible", Count: 2}},
	},
	{
		desc: "english curly quotes and a nested quotation",
		text: "He called it “a turning point” and added: « the “new phase” begins ».",
		want: []report.Quote{{Text: "a turning point", Count: 1}, {Text: "new phase", Count: 1}, {Text: "the “new phase” begins", Count: 1}},
	},
	{
		desc: "german low-high quotes and single guillemets",
		text: "Er sagte „Nein“ und ‹vielleicht›.",
		want: []report.Quote{{Text: "Nein", Count: 1}, {Text: "vielleicht", Count: 1}},
	},
	{
		desc: "british single quotes around apostrophes",
		text: "The minister called it ‘a turning point we didn’t expect’, and it’s not over.",
		want: []report.Quote{{Text: "a turning point we didn’t expect", Count: 1}},
	},
	{
		desc: "an apostrophe alone is no quote",
		text: "L’armée n’a pas répondu aujourd’hui.",
	},
	{
		desc: "reversed curly quotes in arabic",
		text: "وصف العقيد المقاتلين بـ ”قليلي الخبرة“ أمس.",
		want: []report.Quote{{Text: "قليلي الخبرة", Count: 1}},
	},
	{
		desc: "folded spellings count together under the most frequent",
		text: `"الإرهاب" ثم "الارهاب" ثم "الإرهاب"`,
		want: []report.Quote{{Text: "الإرهاب", Count: 3}},
	},
	{
		desc: "an unclosed quote finds nothing, a quote does not span lines",
		text: "قال \"إن التنظيم\nيتراجع\" أمس",
	},
	{
		desc: "empty and punctuation-only quotes are left out",
		text: `"" « » "..."`,
	},
}

func TestFind(t *testing.T) {
	for _, tt := range findTests {
		t.Run(tt.desc, func(t *testing.T) {
			if got, want := fmt.Sprint(Find(tt.text)), fmt.Sprint(tt.want); got != want {
				t.Errorf("Find(%q)\n got %s\nwant %s", tt.text, got, want)
			}
		})
	}
}

func TestMaxRunes(t *testing.T) {
	long := `"` + strings.Repeat("ب", MaxRunes+1) + `"`
	if got := Find(long); len(got) != 0 {
		t.Errorf("a %d-character quotation was reported", MaxRunes+1)
	}
}

func TestSeedGolden(t *testing.T) {
	b, err := os.ReadFile(testfiles.SeedPath())
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	start, end := strings.Index(s, "سجلت حالات انضمام"), strings.Index(s, "في الرقة.")
	if start < 0 || end < start {
		t.Fatal("seed article not found")
	}
	quotes := Find(s[start : end+len("في الرقة.")])
	got, _ := json.MarshalIndent(quotes, "", "  ")
	got = append(got, '\n')
	golden.Check(t, filepath.Join("testdata", "seed.golden.json"), got)
	if len(quotes) == 0 || quotes[0].Text != "داعش" || quotes[0].Count < 5 {
		t.Errorf("first quote = %v, want داعش quoted many times", quotes)
	}
}

func FuzzFind(f *testing.F) {
	for _, tt := range findTests {
		f.Add(tt.text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		got := Find(text)
		if fmt.Sprint(got) != fmt.Sprint(Find(text)) {
			t.Fatalf("Find(%q) not deterministic", text)
		}
		for i, q := range got {
			if q.Count < 1 || q.Text == "" || strings.Contains(q.Text, "\n") {
				t.Fatalf("bad quote %+v", q)
			}
			if i > 0 && got[i-1].Count < q.Count {
				t.Fatalf("not ordered by count: %v", got)
			}
		}
	})
}

func ExampleFind() {
	fmt.Println(Find(`الحرب على "داعش" والاندحار العسكري ل"داعش".`))
	// Output: [{داعش 2}]
}

func BenchmarkFind(b *testing.B) {
	article := testfiles.SeedArticle(b)
	b.SetBytes(int64(len(article)))
	for b.Loop() {
		if quotes := Find(article); len(quotes) == 0 || quotes[0].Text != "داعش" {
			b.Fatalf("first quote %v", quotes)
		}
	}
}
