package stats

import (
	"bytes"
	"encoding/json"
	"fmt"
	"github.com/safi-app/safi/internal/devkit/testfiles"
	"math"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/safi-app/safi/internal/devkit/golden"

	"github.com/safi-app/safi/internal/report"
)

var ofTests = []struct {
	desc                              string
	text                              string
	paragraphs, headings              int
	words, unique, sentences, letters int
	characters, charactersNoSpaces    int
	language                          string
	paragraphLanguages                []string
}{
	{desc: "empty", text: "", language: "und"},
	{desc: "white space only", text: " \n\n\u00a0\t", characters: 5, language: "und"},
	{
		desc:       "arabic sentences with arabic question mark and comma",
		text:       "هل انخفض عدد المقاتلين؟ نعم، انخفض كثيرا. وتؤكد الأرقام ذلك",
		paragraphs: 1, words: 10, unique: 9, sentences: 3, letters: 47, characters: 59, charactersNoSpaces: 50,
		language: "ar", paragraphLanguages: []string{"ar"},
	},
	{
		desc:       "arabic semicolon and comma do not end a sentence",
		text:       "قال العقيد إن التنظيم يتراجع؛ فيما لفت إلى أن المدن تحررت، وأن السكان عادوا.",
		paragraphs: 1, words: 14, unique: 13, sentences: 1, letters: 60, characters: 76, charactersNoSpaces: 63,
		language: "ar", paragraphLanguages: []string{"ar"},
	},
	{
		desc:       "arabic urdu full stop",
		text:       "جملة أولى۔ جملة ثانية۔",
		paragraphs: 1, words: 4, unique: 3, sentences: 2, letters: 17, characters: 22, charactersNoSpaces: 19,
		language: "ar", paragraphLanguages: []string{"ar"},
	},
	{
		desc:       "arabic proclitic before a quote is part of the quoted word",
		text:       `الاندحار العسكري ل"داعش" ب"الموصل"`,
		paragraphs: 1, words: 4, unique: 4, sentences: 1, letters: 27, characters: 34, charactersNoSpaces: 31,
		language: "ar", paragraphLanguages: []string{"ar"},
	},
	{
		desc:       "tatweel and harakat are no letters",
		text:       "عربيـــة عَرَبِيَّة",
		paragraphs: 1, words: 2, unique: 1, sentences: 1, letters: 10, characters: 19, charactersNoSpaces: 18,
		language: "ar", paragraphLanguages: []string{"ar"},
	},
	{
		desc:       "harakat and alef forms fold for unique words",
		text:       "أكثر اكثر أَكْثَر إلى الى",
		paragraphs: 1, words: 5, unique: 2, sentences: 1, letters: 18, characters: 25, charactersNoSpaces: 21,
		language: "ar", paragraphLanguages: []string{"ar"},
	},
	{
		desc:       "french with abbreviation and elision",
		text:       "M. Dupont l'a dit hier. Le gouvernement prévoit une baisse de 4 % des départs.",
		paragraphs: 1, words: 14, unique: 14, sentences: 2, letters: 58, characters: 78, charactersNoSpaces: 64,
		language: "fr", paragraphLanguages: []string{"fr"},
	},
	{
		desc:       "english with title abbreviation, initials and question",
		text:       "Mr. Smith met J. K. Rowling in London. Did they talk? They did!",
		paragraphs: 1, words: 13, unique: 11, sentences: 3, letters: 45, characters: 63, charactersNoSpaces: 51,
		language: "en", paragraphLanguages: []string{"en"},
	},
	{
		desc:       "two paragraphs in two languages: the page is in the one with more letters",
		text:       "The coalition said the group is losing ground.\n\nوقال التحالف إن التنظيم يخسر المدن.",
		paragraphs: 2, words: 14, unique: 13, sentences: 2, letters: 67, characters: 83, charactersNoSpaces: 69,
		language: "en", paragraphLanguages: []string{"en", "ar"},
	},
	{
		desc:       "heading without a period is a sentence of its own",
		text:       "الموصل والرقة\n\nويعيش التنظيم أيامه الأخيرة.",
		paragraphs: 1, headings: 1, words: 6, unique: 6, sentences: 2, letters: 36, characters: 43, charactersNoSpaces: 37,
		language: "ar", paragraphLanguages: []string{"ar", "ar"},
	},
	{
		desc:       "numbers are words, 2017 and ٢٠١٧ one unique word, punctuation no word",
		text:       "84 ألف كيلومتر - 2017 ، ٢٠١٧ !",
		paragraphs: 1, words: 5, unique: 4, sentences: 1, letters: 10, characters: 30, charactersNoSpaces: 23,
		language: "ar", paragraphLanguages: []string{"ar"},
	},
}

func TestOf(t *testing.T) {
	for _, tt := range ofTests {
		t.Run(tt.desc, func(t *testing.T) {
			st := Of(tt.text, tt.paragraphs, tt.headings)
			for _, c := range []struct {
				name      string
				got, want int
			}{
				{"words", st.Words, tt.words},
				{"unique words", st.UniqueWords, tt.unique},
				{"sentences", st.Sentences, tt.sentences},
				{"letters", st.Letters, tt.letters},
				{"characters", st.Characters, tt.characters},
				{"characters without spaces", st.CharactersNoSpaces, tt.charactersNoSpaces},
				{"paragraphs", st.Paragraphs, tt.paragraphs},
				{"headings", st.Headings, tt.headings},
			} {
				if c.got != c.want {
					t.Errorf("%s = %d, want %d", c.name, c.got, c.want)
				}
			}
			if st.Language != tt.language {
				t.Errorf("language = %q, want %q", st.Language, tt.language)
			}
			if fmt.Sprint(st.ParagraphLanguages) != fmt.Sprint(tt.paragraphLanguages) {
				t.Errorf("paragraph languages = %v, want %v", st.ParagraphLanguages, tt.paragraphLanguages)
			}
			checkInvariants(t, tt.text, st)
		})
	}
}

func TestOfDerived(t *testing.T) {
	st := Of("هل انخفض عدد المقاتلين؟ نعم، انخفض كثيرا. وتؤكد الأرقام ذلك", 1, 0)
	// 47 letters / 10 words; 10 words / 3 sentences; 9 / 10; 10 words at
	// IReST's 138 words/min for Arabic.
	for _, c := range []struct {
		name      string
		got, want float64
	}{
		{"avg word length", st.AvgWordLength, 4.7},
		{"avg sentence words", st.AvgSentenceWords, 3.33},
		{"type/token ratio", st.TypeTokenRatio, 0.9},
		{"reading time", st.ReadingTimeSeconds, 4.3},
		{"speaking time", st.SpeakingTimeSeconds, 5.4},
		{"arabic %", st.Scripts[ScriptArabic], 94},
		{"other %", st.Scripts[ScriptOther], 6},
		{"latin %", st.Scripts[ScriptLatin], 0},
		{"digits %", st.Scripts[ScriptDigits], 0},
	} {
		if c.got != c.want {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
}

func TestScripts(t *testing.T) {
	for _, tt := range []struct {
		desc, text                   string
		arabic, latin, digits, other float64
	}{
		{"latin and digits", "abc 12", 0, 60, 40, 0},
		{"harakat count with their letters", "عَرَبِيّ", 100, 0, 0, 0},
		{"tatweel is arabic", "عربيـــة!", 88.9, 0, 0, 11.1},
		{"arabic-indic digits are digits", "عام ٢٠١٧", 42.9, 0, 57.1, 0},
		{"mixed with punctuation", "Iraq العراق!", 54.5, 36.4, 0, 9.1},
	} {
		t.Run(tt.desc, func(t *testing.T) {
			st := Of(tt.text, 1, 0)
			want := map[string]float64{ScriptArabic: tt.arabic, ScriptLatin: tt.latin, ScriptDigits: tt.digits, ScriptOther: tt.other}
			for k, v := range want {
				if st.Scripts[k] != v {
					t.Errorf("scripts[%s] = %v, want %v (all: %v)", k, st.Scripts[k], v, st.Scripts)
				}
			}
		})
	}
}

// checkInvariants checks what must hold for any text.
func checkInvariants(t *testing.T, text string, st report.Stats) {
	t.Helper()
	if st.UniqueWords > st.Words || st.Sentences > st.Words || st.Letters > st.CharactersNoSpaces || st.CharactersNoSpaces > st.Characters {
		t.Errorf("inconsistent counts for %q: %+v", text, st)
	}
	if (st.Words == 0) != (st.UniqueWords == 0) || (st.Words > 0) != (st.Sentences > 0) {
		t.Errorf("words, unique words and sentences disagree for %q: %+v", text, st)
	}
	if len(st.Scripts) != 4 {
		t.Errorf("scripts %v: want the four keys", st.Scripts)
	}
	sum := 0.0
	for _, v := range st.Scripts {
		if v < 0 || v > 100 {
			t.Errorf("script percentage %v out of range", v)
		}
		sum += v
	}
	if st.CharactersNoSpaces > 0 && math.Abs(sum-100) > 0.25 {
		t.Errorf("script percentages of %q sum to %v", text, sum)
	}
	if st.ReadingTimeSeconds < 0 || st.SpeakingTimeSeconds < st.ReadingTimeSeconds {
		t.Errorf("times: reading %v, speaking %v", st.ReadingTimeSeconds, st.SpeakingTimeSeconds)
	}
}

func TestSeedGolden(t *testing.T) {
	article := testfiles.SeedArticle(t)
	st := Of(article, 10, 3)
	checkInvariants(t, article, st)
	got, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	golden.Check(t, filepath.Join("testdata", "seed.golden.json"), got)
}

func FuzzOf(f *testing.F) {
	for _, tt := range ofTests {
		f.Add(tt.text)
	}
	f.Add("Mr. . .. M.\n\nل\"")
	f.Fuzz(func(t *testing.T, text string) {
		st := Of(text, 1, 0)
		checkInvariants(t, text, st)
		again := Of(text, 1, 0)
		a, _ := json.Marshal(st)
		b, _ := json.Marshal(again)
		if !bytes.Equal(a, b) {
			t.Fatalf("Of(%q) not deterministic:\n%s\n%s", text, a, b)
		}
	})
}

func BenchmarkOf(b *testing.B) {
	article := testfiles.SeedArticle(b)
	for _, n := range []int{1, 16, 256} {
		text := strings.Repeat(article+"\n\n", n)
		b.Run(fmt.Sprintf("seedx%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				if st := Of(text, 10*n, 3*n); st.Words != 697*n {
					b.Fatalf("words = %d, want %d", st.Words, 697*n)
				}
			}
		})
	}
}

func ExampleOf() {
	st := Of("هل انخفض عدد المقاتلين؟ نعم، انخفض كثيرا.", 1, 0)
	fmt.Println(st.Language, st.Words, st.UniqueWords, st.Sentences, st.ReadingTimeSeconds)
	// Output: ar 7 6 2 3
}

func TestIsSpace(t *testing.T) {
	for r := rune(0); r <= 0x10FFFF; r++ {
		want := unicode.IsSpace(r) || r == 0x200B || r == 0x2060 || r == 0xFEFF
		if isSpace(r) != want {
			t.Errorf("isSpace(%U) = %v, want %v", r, !want, want)
		}
	}
}
