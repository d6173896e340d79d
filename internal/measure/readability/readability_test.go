package readability

import (
	"strings"
	"testing"

	"github.com/safi-app/safi/internal/report"
)

// The scores below are worked out by hand from the formulas in the package
// comment; the counts from the syllable rules of latinSyllables and
// arabicWord.
func TestOf(t *testing.T) {
	tests := []struct {
		name             string
		text, tag        string
		words, sentences int
		want             *report.Readability
	}{
		{
			// the cat sat on the mat: one syllable each.
			// 206.835 − 1.015×6/1 − 84.6×6/6 = 116.145
			name: "flesch", text: "The cat sat on the mat.", tag: "en", words: 6, sentences: 1,
			want: &report.Readability{Formula: Flesch, Score: 116.1, Words: 6, Sentences: 1, Syllables: 6},
		},
		{
			// Reading 2 (ea, i), makes 1 (a, e silent), people 2 (eo,
			// le), happy 2 (a, y); tables 2 (a, le), are 1, simple 2
			// (i, le). 12 syllables, 7 words, 2 sentences:
			// 206.835 − 1.015×3.5 − 84.6×12/7 = 58.254
			name: "flesch, silent e", text: "Reading makes people happy. Tables are simple.", tag: "en", words: 7, sentences: 2,
			want: &report.Readability{Formula: Flesch, Score: 58.3, Words: 7, Sentences: 2, Syllables: 12},
		},
		{
			// le 1, chat 1, mange 1, une 1, pomme 1 (final e silent):
			// 207 − 1.015×5 − 73.6×1 = 128.325
			name: "kandel-moles", text: "Le chat mange une pomme.", tag: "fr", words: 5, sentences: 1,
			want: &report.Readability{Formula: KandelMoles, Score: 128.3, Words: 5, Sentences: 1, Syllables: 5},
		},
		{
			// été 2 (é, é), écoles 2 (é, o; e silent), fermées 2 (e,
			// ée; es silent after a vowel is not: ée is one group):
			// 6 syllables, 3 words, 1 sentence:
			// 207 − 1.015×3 − 73.6×2 = 56.755
			name: "kandel-moles, accents", text: "Été, écoles fermées.", tag: "fr", words: 3, sentences: 1,
			want: &report.Readability{Formula: KandelMoles, Score: 56.8, Words: 3, Sentences: 1, Syllables: 6},
		},
		{
			// Unvowelled. ذهب 2 (ذ, ه; ب last), الولد 3 (al-, و long
			// +1, ل; د last), إلى 3 (إ, ل, ى long +1), المدرسة 5 (al-,
			// م د ر س; ة last): 13 syllables; long words (more than 5
			// letters): المدرسة; complex (more than 4 syllables):
			// المدرسة; faseeh: none (ذهب is not complex).
			// 200.791 − 1.015×4 − 24.181×(13+1+1+0)/4 = 106.05225
			name: "osman, unvowelled", text: "ذهب الولد إلى المدرسة.", tag: "ar", words: 4, sentences: 1,
			want: &report.Readability{Formula: OSMAN, Score: 106.1, Words: 4, Sentences: 1, Syllables: 13, LongWords: 1, ComplexWords: 1},
		},
		{
			// Vowelled: ذَهَبَ 3 short; أَحْمَدُ 3 short (the sukun
			// is no vowel): 6. 200.791 − 1.015×2 − 24.181×6/2 = 126.218
			name: "osman, vowelled", text: "ذَهَبَ أَحْمَدُ.", tag: "ar", words: 2, sentences: 1,
			want: &report.Readability{Formula: OSMAN, Score: 126.2, Words: 2, Sentences: 1, Syllables: 6},
		},
		{
			// المسؤولون: al- 1, م س ؤ 3, و long +1, ل 1, و long +1, ن
			// last: 7 syllables; 9 letters (long); complex; faseeh (ؤ,
			// and the ending ون). كِتَابٌ: kasra 1, fatha before alif
			// 2, tanwin 2: 5, complex, not faseeh; 4 letters.
			// 200.791 − 1.015×2 − 24.181×(12+1+2+1)/2 = 5.313
			name: "osman, faseeh", text: "المسؤولون كِتَابٌ", tag: "ar", words: 2, sentences: 0,
			want: &report.Readability{Formula: OSMAN, Score: 5.3, Words: 2, Sentences: 1, Syllables: 12, LongWords: 1, ComplexWords: 2, FaseehWords: 1},
		},
		{name: "no formula", text: "Der Hund schläft.", tag: "de", words: 3, sentences: 1},
		{name: "undetermined", text: "12 34", tag: "und", words: 2, sentences: 1},
		{name: "no words", text: "", tag: "en"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Of(tt.text, tt.tag, tt.words, tt.sentences)
			switch {
			case got == nil && tt.want == nil:
			case got == nil || tt.want == nil:
				t.Fatalf("Of = %+v, want %+v", got, tt.want)
			case *got != *tt.want:
				t.Errorf("Of =\n %+v, want\n %+v", *got, *tt.want)
			}
		})
	}
}

func TestLatinSyllables(t *testing.T) {
	en, fr := formulas["en"], formulas["fr"]
	tests := []struct {
		word string
		f    formula
		want int
	}{
		{"cat", en, 1},
		{"make", en, 1},
		{"pages", en, 1},
		{"smile", en, 1},
		{"see", en, 1},
		{"table", en, 2},
		{"tables", en, 2},
		{"readability", en, 5},
		{"2024", en, 1},
		{"the", en, 1},
		{"grande", fr, 1},
		{"école", fr, 2},
		{"lignes", fr, 1},
		{"aujourd'hui", fr, 3},
		{"été", fr, 2},
	}
	for _, tt := range tests {
		if got := latinSyllables(tt.word, tt.f.vowels, tt.f.silentE); got != tt.want {
			t.Errorf("latinSyllables(%q) = %d, want %d", tt.word, got, tt.want)
		}
	}
}

func TestArabicWord(t *testing.T) {
	tests := []struct {
		word string
		want arabicCounts
	}{
		{"كتاب", arabicCounts{letters: 4, syllables: 3}},                // ك, ت + long ا; ب last
		{"على", arabicCounts{letters: 3, syllables: 3}},                 // ع, ل + long ى
		{"والمدرسة", arabicCounts{letters: 8, syllables: 5}},            // wal-, م د ر س; ة last
		{"ذهبوا", arabicCounts{letters: 5, syllables: 4, faseeh: true}}, // ذ ه ب, و long; ا last
		{"كِتَابٌ", arabicCounts{letters: 4, syllables: 5}},             // kasra 1, fatha before alif 2, tanwin 2
		{"مُدَرِّسٌ", arabicCounts{letters: 4, syllables: 7}},           // damma 1, fatha 1, shadda 2, kasra 1, tanwin 2
		{"ـــ", arabicCounts{syllables: 1}},                             // tatweel only: at least one
		// Invalid UTF-8 and characters of one, three and four bytes, read
		// as a range over the word reads them.
		{"\xd8", arabicCounts{syllables: 1}},
		{"ب\xd9", arabicCounts{letters: 1, syllables: 1}},
		{"\xc0\x80ب", arabicCounts{letters: 1, syllables: 1}},
		{"كتاب\xff", arabicCounts{letters: 4, syllables: 3}},
		{"é\u0301ب", arabicCounts{letters: 2, syllables: 1}},
		{"\xe2\x80ب", arabicCounts{letters: 1, syllables: 1}},
		{"𝐀ب", arabicCounts{letters: 2, syllables: 1}},
		{"ذهبوا\xd8", arabicCounts{letters: 5, syllables: 4, faseeh: true}},
	}
	for _, tt := range tests {
		if got := arabicWord(tt.word); got != tt.want {
			t.Errorf("arabicWord(%q) = %+v, want %+v", tt.word, got, tt.want)
		}
	}
}

func FuzzOf(f *testing.F) {
	for _, s := range []string{"The cat sat on the mat.", "ذهب الولد إلى المدرسة.", "كِتَابٌ", "Été, écoles fermées.", "ـــ \u0651\u064b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, tag := range []string{"ar", "en", "fr"} {
			r := Of(text, tag, 1+len(text)/4, 1)
			if r == nil || r.Syllables < 0 || r.Score != r.Score {
				t.Fatalf("Of(%q, %s) = %+v", text, tag, r)
			}
		}
	})
}

func BenchmarkOf(b *testing.B) {
	ar := strings.Repeat("ذهب الولد إلى المدرسة، وقال المسؤولون إن الكِتَابٌ جديد. ", 2000)
	en := strings.Repeat("Reading makes people happy, and tables are simple to read. ", 2000)
	for _, c := range []struct{ name, text, tag string }{{"ar", ar, "ar"}, {"en", en, "en"}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.text)))
			b.ReportAllocs()
			for b.Loop() {
				Of(c.text, c.tag, 10000, 2000)
			}
		})
	}
}

// TestArticleLen checks articleLen against the prefixes it stands for,
// each of which must be followed by a letter.
func TestArticleLen(t *testing.T) {
	prefixes := []string{"ال", "وال", "فال", "بال", "كال"}
	for _, w := range []string{"", "ا", "ال", "الب", "وال", "والب", "فالب", "بالب", "كالب", "لالب", "والا", "اللب", "ولب", "كتاب", "بال", "ب"} {
		letters := []rune(w)
		want := 0
		for _, p := range prefixes {
			if len(letters) > len([]rune(p)) && strings.HasPrefix(w, p) {
				want = len([]rune(p))
				break
			}
		}
		if got := articleLen(letters); got != want {
			t.Errorf("articleLen(%q) = %d, want %d", w, got, want)
		}
	}
}
