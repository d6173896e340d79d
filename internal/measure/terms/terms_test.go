package terms

import (
	"encoding/json"
	"fmt"
	"github.com/safi-app/safi/internal/devkit/testfiles"
	"path/filepath"
	"strings"
	"testing"

	"github.com/safi-app/safi/internal/devkit/golden"

	"github.com/safi-app/safi/internal/language/lang"
	"github.com/safi-app/safi/internal/report"
)

var topTests = []struct {
	desc, text, lang string
	n                int
	terms            []report.Term
	phrases          []report.Phrase
}{
	{desc: "empty", text: "", lang: "ar", n: 5},
	{desc: "stopwords only", text: "في من إلى على", lang: "ar", n: 5},
	{
		desc: "arabic proclitics grouped with the word that occurs bare",
		text: "العراق بلد. زار الوفد العراق ثم غادر بالعراق إلى والعراق، وللعراق تاريخ.",
		lang: "ar", n: 2,
		terms: []report.Term{
			{Term: "العراق", Count: 5, Forms: []string{"العراق", "بالعراق", "والعراق", "وللعراق"}},
			{Term: "الوفد", Count: 1, Forms: []string{"الوفد"}},
		},
	},
	{
		desc: "the bare word without the article joins when it occurs",
		text: "عراق جديد. العراق والعراق.",
		lang: "ar", n: 1,
		terms: []report.Term{{Term: "عراق", Count: 3, Forms: []string{"العراق", "عراق", "والعراق"}}},
	},
	{
		desc: "a proclitic is not taken off when the bare word does not occur",
		text: "وصل الوفد بغداد، ثم بغداد مرة أخرى. وزير وزير",
		lang: "ar", n: 2,
		terms: []report.Term{
			{Term: "بغداد", Count: 2, Forms: []string{"بغداد"}},
			{Term: "وزير", Count: 2, Forms: []string{"وزير"}},
		},
		phrases: []report.Phrase{{Text: "وزير وزير", Count: 1}}[:0],
	},
	{
		desc: "hamza and harakat fold; stopwords with proclitics left out; a word and itself is no phrase",
		text: "الإرهاب الارهاب الإرهابُ ولذلك بهذا وفي",
		lang: "ar", n: 3,
		terms: []report.Term{{Term: "الإرهاب", Count: 3, Forms: []string{"الإرهاب", "الإرهابُ", "الارهاب"}}},
	},
	{
		desc: "arabic phrases do not cross punctuation",
		text: "التحالف الدولي أعلن. التحالف الدولي، قوات التحالف الدولي",
		lang: "ar", n: 5,
		terms: []report.Term{
			{Term: "التحالف", Count: 3, Forms: []string{"التحالف"}},
			{Term: "الدولي", Count: 3, Forms: []string{"الدولي"}},
			{Term: "أعلن", Count: 1, Forms: []string{"أعلن"}},
			{Term: "قوات", Count: 1, Forms: []string{"قوات"}},
		},
		phrases: []report.Phrase{{Text: "التحالف الدولي", Count: 3}},
	},
	{
		desc: "french elisions, case and stopwords",
		text: "L'armée a quitté la ville. L'Armée de l'air et l'armée de terre. armée, ville.",
		lang: "fr", n: 3,
		terms: []report.Term{
			{Term: "armée", Count: 4, Forms: []string{"armée", "Armée"}},
			{Term: "ville", Count: 2, Forms: []string{"ville"}},
			{Term: "air", Count: 1, Forms: []string{"air"}},
		},
	},
	{
		desc: "english possessives and phrases",
		text: "The Islamic State lost Mosul. Islamic State's fighters fled; the Islamic State is weaker.",
		lang: "en", n: 3,
		terms: []report.Term{
			{Term: "Islamic", Count: 3, Forms: []string{"Islamic"}},
			{Term: "State", Count: 3, Forms: []string{"State"}},
			{Term: "fighters", Count: 1, Forms: []string{"fighters"}}, // ties by folded term: fighters, fled, lost, Mosul
		},
		phrases: []report.Phrase{{Text: "Islamic State", Count: 3}},
	},
	{
		desc: "numbers and single letters are not terms",
		text: "84 ألف و 2017 ب1631 x y",
		lang: "ar", n: 5,
		terms: []report.Term{{Term: "ألف", Count: 1, Forms: []string{"ألف"}}},
	},
	{desc: "n zero", text: "العراق العراق", lang: "ar", n: 0},
}

func TestTop(t *testing.T) {
	for _, tt := range topTests {
		t.Run(tt.desc, func(t *testing.T) {
			terms, phrases := Top(tt.text, tt.lang, tt.n)
			if got, want := fmt.Sprint(terms), fmt.Sprint(tt.terms); got != want {
				t.Errorf("terms:\n got %s\nwant %s", got, want)
			}
			if got, want := fmt.Sprint(phrases), fmt.Sprint(tt.phrases); got != want {
				t.Errorf("phrases:\n got %s\nwant %s", got, want)
			}
		})
	}
}

func TestBareForms(t *testing.T) {
	for _, tt := range []struct{ desc, key, want string }{
		{"conjunction and article", "والعراق", "عراق العراق"},
		{"preposition and article", "بالعراق", "عراق العراق"},
		{"lam with merged article", "للعراق", "لعراق العراق"},
		{"conjunction, lam and merged article", "وللعراق", "لعراق للعراق العراق"},
		{"article", "العراق", "عراق"},
		{"too short a remainder", "بلد", ""},
	} {
		got := strings.Join(bareForms(nil, tt.key, arabicClitics()), " ")
		if got != tt.want {
			t.Errorf("%s: bareForms(%q) = %q, want %q", tt.desc, tt.key, got, tt.want)
		}
	}
}

func TestSeedGolden(t *testing.T) {
	terms, phrases := Top(testfiles.SeedArticle(t), "ar", 20)
	got, err := json.MarshalIndent(struct {
		Terms   []report.Term   `json:"terms"`
		Phrases []report.Phrase `json:"phrases"`
	}{terms, phrases}, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	golden.Check(t, filepath.Join("testdata", "seed.golden.json"), got)
	// The brief's example: العراق with its proclitic forms, داعش first.
	if terms[0].Term != "داعش" {
		t.Errorf("top term = %q, want داعش", terms[0].Term)
	}
}

func FuzzTop(f *testing.F) {
	for _, tt := range topTests {
		f.Add(tt.text, tt.lang)
	}
	f.Fuzz(func(t *testing.T, text, lang string) {
		terms, phrases := Top(text, lang, 10)
		terms2, phrases2 := Top(text, lang, 10)
		if fmt.Sprint(terms, phrases) != fmt.Sprint(terms2, phrases2) {
			t.Fatalf("Top(%q) not deterministic", text)
		}
		for i, tm := range terms {
			if tm.Count < 1 || len(tm.Forms) == 0 || len(tm.Forms) > MaxForms {
				t.Fatalf("bad term %+v", tm)
			}
			if i > 0 && terms[i-1].Count < tm.Count {
				t.Fatalf("terms not ordered by count: %v", terms)
			}
		}
		for _, p := range phrases {
			if p.Count < minPhraseCount {
				t.Fatalf("phrase %+v below the minimum count", p)
			}
		}
	})
}

func BenchmarkTop(b *testing.B) {
	article := testfiles.SeedArticle(b)
	for _, n := range []int{1, 16, 256} {
		text := strings.Repeat(article+"\n\n", n)
		b.Run(fmt.Sprintf("seedx%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				if terms, _ := Top(text, "ar", 20); terms[0].Term != "داعش" {
					b.Fatalf("top term %q", terms[0].Term)
				}
			}
		})
	}
}

func ExampleTop() {
	terms, phrases := Top("زار الوفد العراق ثم غادر بالعراق. التحالف الدولي والتحالف الدولي.", "ar", 2)
	fmt.Println(terms[0].Term, terms[0].Count, terms[0].Forms)
	fmt.Println(phrases[0].Text, phrases[0].Count)
	// Output:
	// التحالف 2 [التحالف والتحالف]
	// التحالف الدولي 2
}

func arabicClitics() *clitics { return newClitics(lang.CliticsOf("ar")) }

func TestCrownPrince(t *testing.T) {
	terms, phrases := Top("استقبل ولي العهد الوفد، ثم ودع ولي العهد الضيوف.", "ar", 3)
	if len(terms) == 0 || terms[0].Term != "العهد" && terms[0].Term != "ولي" {
		t.Errorf("terms = %v, want ولي and العهد first", terms)
	}
	if len(phrases) != 1 || phrases[0].Text != "ولي العهد" {
		t.Errorf("phrases = %v, want ولي العهد", phrases)
	}
}
