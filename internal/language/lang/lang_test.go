package lang

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/safi-app/safi/internal/language/normalize"
)

var detectTests = []struct {
	desc, text, want string
}{
	{"empty", "", Und},
	{"digits and punctuation", "2017 - 07 - 02 !!", Und},
	{"arabic news sentence", "سجلت حالات انضمام مغاربة إلى التنظيمات الإرهابية بمناطق التوتر انخفاضا ملحوظا.", "ar"},
	{"arabic heading", "الموصل والرقة", "ar"},
	{"arabic with some latin", "قال المتحدث باسم التحالف Ryan Dillon إن التنظيم يخسر المدن", "ar"},
	{"persian", "این کتاب را برای کودکان نوشته‌اند و در ایران چاپ شده است.", "fa"},
	{"urdu", "یہ کتاب بچوں کے لیے لکھی گئی ہے اور پاکستان میں چھپی ہے۔", "ur"},
	{"french", "Le gouvernement a annoncé mardi une baisse des départs vers les zones de conflit.", "fr"},
	{"french elisions", "L'armée s'est retirée jusqu'à l'aube.", "fr"},
	{"english", "The coalition said the group was losing ground in Iraq and Syria.", "en"},
	{"spanish", "El gobierno anunció que los combatientes extranjeros son cada vez menos.", "es"},
	{"german", "Die Regierung hat am Dienstag mitgeteilt, dass die Zahl der Kämpfer sinkt.", "de"},
	{"italian", "Il governo ha annunciato che il numero dei combattenti è in calo.", "it"},
	{"portuguese", "O governo anunciou que o número de combatentes estrangeiros não para de cair.", "pt"},
	{"dutch", "De regering heeft dinsdag gezegd dat het aantal strijders daalt.", "nl"},
	{"latin script without stopwords", "Hespress Marrakech", Und},
	{"russian", "Правительство сообщило, что число боевиков сокращается.", "ru"},
	{"ukrainian", "Уряд повідомив, що кількість бойовиків зменшується і це важливо.", "uk"},
	{"greek", "Η κυβέρνηση ανακοίνωσε ότι ο αριθμός μειώνεται.", "el"},
	{"hebrew", "הממשלה הודיעה כי מספר הלוחמים יורד.", "he"},
	{"chinese", "政府宣布外国战斗人员人数下降。", "zh"},
	{"japanese", "政府は外国人戦闘員の数が減少していると発表した。", "ja"},
	{"korean", "정부는 외국인 전투원 수가 감소하고 있다고 발표했다.", "ko"},
}

func TestDetect(t *testing.T) {
	for _, tt := range detectTests {
		t.Run(tt.desc, func(t *testing.T) {
			if got := Detect(tt.text); got != tt.want {
				t.Errorf("Detect(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestDirection(t *testing.T) {
	for _, tt := range []struct{ desc, tag, want string }{
		{"arabic", "ar", "rtl"},
		{"persian", "fa", "rtl"},
		{"hebrew", "he", "rtl"},
		{"pashto, not in the table", "ps", "rtl"},
		{"french", "fr", "ltr"},
		{"undetermined", Und, "ltr"},
	} {
		if got := Direction(tt.tag); got != tt.want {
			t.Errorf("%s: Direction(%q) = %q, want %q", tt.desc, tt.tag, got, tt.want)
		}
	}
}

func TestIsStopword(t *testing.T) {
	for _, tt := range []struct {
		desc, tag, word string
		want            bool
	}{
		{"arabic preposition", "ar", "في", true},
		{"arabic folded hamza", "ar", normalize.Fold("إلى"), true},
		{"arabic alef maqsura folded", "ar", normalize.Fold("على"), true},
		{"arabic conjunction and stopword", "ar", "وفي", true},
		{"arabic fa and stopword", "ar", normalize.Fold("فإن"), true},
		{"arabic content word", "ar", "العراق", false},
		{"arabic conjunction and content word", "ar", "والعراق", false},
		{"arabic bare conjunction", "ar", "و", true},
		{"french article", "fr", "les", true},
		{"french accented", "fr", "été", true},
		{"french content word", "fr", "gouvernement", false},
		{"english", "en", "the", true},
		{"english content word", "en", "coalition", false},
		{"unknown tag", "xx", "the", false},
		{"undetermined", Und, "the", false},
		{"conjunction prefix only for arabic", "fr", "fles", false},
	} {
		t.Run(tt.desc, func(t *testing.T) {
			if got := IsStopword(tt.tag, tt.word); got != tt.want {
				t.Errorf("IsStopword(%q, %q) = %v, want %v", tt.tag, tt.word, got, tt.want)
			}
			if got := Stopwords(tt.tag).HasBytes([]byte(tt.word)); got != tt.want {
				t.Errorf("Stopwords(%q).HasBytes(%q) = %v, want %v", tt.tag, tt.word, got, tt.want)
			}
		})
	}
}

// TestStopwordsFolded checks that the tables hold folded words only, so that
// lookups with folded words find them.
func TestStopwordsFolded(t *testing.T) {
	if len(languages) > 32 {
		t.Fatalf("%d languages: stopMask holds 32", len(languages))
	}
	seen := map[string]bool{}
	for _, l := range languages {
		if seen[l.tag] {
			t.Errorf("language %q twice", l.tag)
		}
		seen[l.tag] = true
		for _, w := range strings.Fields(l.stopwords) {
			if !IsStopword(l.tag, normalize.Fold(w)) {
				t.Errorf("%s: %q not found folded", l.tag, w)
			}
		}
		for _, p := range l.proclitics {
			if !normalize.IsFolded(p) {
				t.Errorf("%s: proclitic %q is not folded", l.tag, p)
			}
		}
		for _, p := range l.elisions {
			if !normalize.IsFolded(p) {
				t.Errorf("%s: elision %q is not folded", l.tag, p)
			}
		}
	}
	if Stopwords("ar").Len() < 150 || Stopwords("fr").Len() < 150 || Stopwords("en").Len() < 150 {
		t.Errorf("stopword lists too short: ar %d, fr %d, en %d", Stopwords("ar").Len(), Stopwords("fr").Len(), Stopwords("en").Len())
	}
}

func TestIsStopwordAllocations(t *testing.T) {
	words := []string{"في", "وفي", "العراق", "les", "coalition"}
	b := []byte("والعراق")
	n := testing.AllocsPerRun(100, func() {
		for _, w := range words {
			IsStopword("ar", w)
			IsStopword("fr", w)
		}
		Stopwords("ar").HasBytes(b)
	})
	if n != 0 {
		t.Errorf("IsStopword allocates %v times", n)
	}
}

func TestRates(t *testing.T) {
	for _, tt := range []struct {
		desc, tag           string
		words, letters      int
		wantRead, wantSpeak float64
	}{
		{"arabic: IReST 138 words/min", "ar", 138, 600, 60, 60 * 228.0 / 183},
		{"english: IReST 228 words/min", "en", 228, 1000, 60, 60 * 228.0 / 183},
		{"french: IReST 195 words/min", "fr", 390, 2000, 120, 120 * 228.0 / 183},
		{"undetermined: IReST mean 184", Und, 184, 800, 60, 60 * 228.0 / 183},
		{"chinese: 255 characters/min", "zh", 100, 255, 60, 60 * 228.0 / 183},
		{"empty", "ar", 0, 0, 0, 0},
	} {
		t.Run(tt.desc, func(t *testing.T) {
			if got := ReadingSeconds(tt.tag, tt.words, tt.letters); math.Abs(got-tt.wantRead) > 1e-9 {
				t.Errorf("ReadingSeconds = %v, want %v", got, tt.wantRead)
			}
			if got := SpeakingSeconds(tt.tag, tt.words, tt.letters); math.Abs(got-tt.wantSpeak) > 1e-9 {
				t.Errorf("SpeakingSeconds = %v, want %v", got, tt.wantSpeak)
			}
		})
	}
}

func TestScriptOf(t *testing.T) {
	for _, tt := range []struct {
		r    rune
		want string
	}{
		{'a', "latin"}, {'É', "latin"}, {'ع', "arabic"}, {'ﻻ', "arabic"}, {'پ', "arabic"},
		{'ж', "cyrillic"}, {'λ', "greek"}, {'ש', "hebrew"}, {'中', "han"}, {'の', "kana"},
		{'한', "hangul"}, {'1', ""}, {'٣', ""}, {'،', ""}, {' ', ""},
	} {
		if got := ScriptOf(tt.r); got != tt.want {
			t.Errorf("ScriptOf(%q) = %q, want %q", tt.r, got, tt.want)
		}
	}
}

func FuzzDetect(f *testing.F) {
	for _, tt := range detectTests {
		f.Add(tt.text)
	}
	known := map[string]bool{Und: true}
	for _, tag := range Tags() {
		known[tag] = true
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Detect(s)
		if !known[got] {
			t.Fatalf("Detect(%q) = %q, not a known tag", s, got)
		}
		if again := Detect(s); again != got {
			t.Fatalf("Detect(%q) not deterministic: %q then %q", s, got, again)
		}
	})
}

func BenchmarkDetect(b *testing.B) {
	for _, tt := range detectTests[2:10] {
		text := strings.Repeat(tt.text+" ", 100)
		b.Run(tt.desc, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				if Detect(text) != tt.want {
					b.Fatal("wrong language")
				}
			}
		})
	}
}

func ExampleDetect() {
	fmt.Println(Detect("اندحار داعش يضيق الخناق على مقاتلين مغاربة"), Detect("Le gouvernement a annoncé une baisse."), Detect("The group is losing ground."))
	// Output: ar fr en
}

func TestCountStopwords(t *testing.T) {
	for _, tt := range []struct {
		desc, tag, text  string
		stopwords, words int
	}{
		{"empty", "ar", "", 0, 0},
		{"arabic with conjunction and tatweel", "ar", "وفي العراق، قال إن التنظيـــم يتراجع في الموصل", 4, 8},
		{"french elisions split", "fr", "L'armée s'est retirée de la ville.", 5, 8},
		{"english", "en", "The group is losing ground in Iraq.", 3, 7},
		{"unknown language counts words only", "xx", "the group", 0, 2},
		{"digits and punctuation are not words", "en", "2017 - 84 %", 0, 0},
	} {
		t.Run(tt.desc, func(t *testing.T) {
			stop, words := CountStopwords(tt.tag, tt.text)
			if stop != tt.stopwords || words != tt.words {
				t.Errorf("CountStopwords(%q, %q) = %d, %d; want %d, %d", tt.tag, tt.text, stop, words, tt.stopwords, tt.words)
			}
		})
	}
	if n := testing.AllocsPerRun(50, func() {
		CountStopwords("ar", "وفي العراق، قال إن التنظيم يتراجع في الموصل")
	}); n != 0 {
		t.Errorf("CountStopwords allocates %v times", n)
	}
}

func ExampleIsStopword() {
	fmt.Println(IsStopword("ar", normalize.Fold("إلى")), IsStopword("ar", "وفي"), IsStopword("ar", "العراق"))
	// Output: true true false
}

func TestDetectJoin(t *testing.T) {
	// Long enough to cross Detect's limit inside a part, inside a
	// separator and inside a multi-byte rune.
	long := strings.Repeat("the cat and the dog ", DetectBytes/20+1)
	arabic := strings.Repeat("في الموصل والرقة ", DetectBytes/30+1)
	for _, tt := range []struct {
		desc  string
		texts []string
	}{
		{"none", nil},
		{"one empty", []string{""}},
		{"short", []string{"The group is losing ground.", "وقال التحالف إن التنظيم يخسر المدن."}},
		{"empty parts", []string{"", "", "le chat et le chien", ""}},
		{"english up to the limit, then arabic", []string{long, arabic}},
		{"arabic across the limit", []string{arabic, arabic, long}},
		{"limit inside the separator", []string{long[:DetectBytes-1], "و"}},
		{"limit at the separator's end", []string{long[:DetectBytes-2], "في"}},
	} {
		t.Run(tt.desc, func(t *testing.T) {
			want := Detect(strings.Join(tt.texts, "\n\n"))
			if got := DetectJoin(slices.Values(tt.texts), "\n\n"); got != want {
				t.Errorf("DetectJoin = %q, Detect of the joined texts = %q", got, want)
			}
		})
	}
	// Where the cut falls in a rune: Detect backs up to its start.
	for i := range 8 {
		texts := []string{long[:DetectBytes-i], "ككككككككك", arabic}
		want := Detect(strings.Join(texts, " "))
		if got := DetectJoin(slices.Values(texts), " "); got != want {
			t.Errorf("cut %d: DetectJoin = %q, Detect = %q", i, got, want)
		}
	}
}

// joinEvidence gathers the evidence of each text and joins it, as a page's
// blocks are measured.
func joinEvidence(texts []string, sep string) Evidence {
	var e Evidence
	for _, t := range texts {
		e.Join(Gather(t), sep)
	}
	return e
}

// cutEvidence joins the evidence of the texts as far as Detect reads them
// (Fits, JoinCut), as the engine does for a large page.
func cutEvidence(texts []string, sep string) Evidence {
	var e Evidence
	for _, t := range texts {
		switch {
		case e.Full():
		case e.Fits(len(t), sep):
			e.Join(Gather(t), sep)
		default:
			e.JoinCut(t, sep)
		}
	}
	return e
}

func TestEvidence(t *testing.T) {
	long := strings.Repeat("the cat and the dog ", DetectBytes/20+1)
	arabic := strings.Repeat("في الموصل والرقة ", DetectBytes/30+1)
	persian := "این یک متن فارسی است که پ و چ و گ دارد"
	for _, tt := range []struct {
		desc  string
		texts []string
		sep   string
	}{
		{"none", nil, "\n\n"},
		{"one empty", []string{""}, "\n\n"},
		{"arabic paragraphs", []string{"وقال التحالف إن التنظيم يخسر المدن.", "في الموصل والرقة"}, "\n\n"},
		{"persian by its letters", []string{"وقال التحالف", persian, persian}, "\n\n"},
		{"latin by stopwords, over parts", []string{"The group is", "le chat et le chien", "de la ville et du pays"}, "\n\n"},
		{"a word would span a letter separator", []string{"the", "cat"}, "e"},
		{"a mark separator", []string{"le", "chat"}, "\u0301"},
		{"over the words scored", []string{strings.Repeat("le chat ", 3000), strings.Repeat("the dog ", 6000)}, " "},
		{"over the limit", []string{long, arabic}, "\n\n"},
		{"arabic across the limit", []string{arabic, arabic, long}, "\n\n"},
		{"limit inside the separator", []string{long[:DetectBytes-1], "و"}, "\n\n"},
		{"empty parts", []string{"", "", "le chat et le chien", ""}, "\n\n"},
		{"japanese", []string{"漢字", "ひらがなカタカナ"}, "\n\n"},
		{"english, then french past the limit", []string{long[:DetectBytes-100], strings.Repeat("le chat et le chien ", 400)}, "\n\n"},
		{"french words cut at the limit", []string{strings.Repeat("le chat et le chien ", DetectBytes/20-3), strings.Repeat("the dog and the cat ", 300)}, "\n\n"},
		{"limit at a text's start", []string{long[:DetectBytes-2], arabic}, "\n\n"},
		{"limit in a multi-byte separator", []string{long[:DetectBytes-1], arabic}, "\u00a0\u00a0"},
		{"limit in an arabic letter", []string{long[:DetectBytes-7], "ب" + arabic}, "\n\n"},
		{"many parts past the limit", slices.Repeat([]string{"le chat et le chien", "في الموصل والرقة"}, DetectBytes/30), "\n\n"},
	} {
		t.Run(tt.desc, func(t *testing.T) {
			want := Detect(strings.Join(tt.texts, tt.sep))
			e := joinEvidence(tt.texts, tt.sep)
			if got := e.Decide(slices.Values(tt.texts), tt.sep); got != want {
				t.Errorf("Decide = %q, Detect of the joined texts = %q", got, want)
			}
			c := cutEvidence(tt.texts, tt.sep)
			if got := c.Decide(slices.Values(tt.texts), tt.sep); got != want {
				t.Errorf("Decide of the evidence cut = %q, Detect of the joined texts = %q", got, want)
			}
		})
	}
}

// FuzzEvidence checks that deciding from the evidence of parts joined
// gives what Detect gives for the joined text: the parts are s cut at each
// '|', joined with sep.
func FuzzEvidence(f *testing.F) {
	for _, tt := range detectTests {
		f.Add(tt.text, "\n\n")
	}
	f.Add("le chat|the dog|et le", "\n\n")
	f.Add("في|الموصل", "")
	f.Add("the|cat", "e")
	f.Fuzz(func(t *testing.T, s, sep string) {
		if !utf8.ValidString(s) || !utf8.ValidString(sep) {
			return // Join's texts are valid UTF-8: an invalid byte could decode with the next
		}
		texts := strings.Split(s, "|")
		want := Detect(strings.Join(texts, sep))
		e := joinEvidence(texts, sep)
		if got := e.Decide(slices.Values(texts), sep); got != want {
			t.Fatalf("parts %q joined with %q: Decide = %q, Detect = %q", texts, sep, got, want)
		}
		// The same parts after a filler that brings the limit into them,
		// for one input in eight: 256 KB of text to detect cost some 25
		// ms an execution.
		if len(s) == 0 || len(s)%8 != 0 {
			return
		}
		// Letters (the Latin script scored by stopwords, the parts' words
		// cut at the limit) or spaces (the parts' letters decide).
		fill := "x"
		if len(s)%2 == 1 {
			fill = " "
		}
		filler := strings.Repeat(fill, DetectBytes-len(s)/2)
		long := append([]string{filler}, texts...)
		want = Detect(strings.Join(long, sep))
		c := cutEvidence(long, sep)
		if got := c.Decide(slices.Values(long), sep); got != want {
			t.Fatalf("parts %q after %d bytes, joined with %q: Decide of the evidence cut = %q, Detect = %q", texts, len(filler), sep, got, want)
		}
	})
}

// TestStopFilter checks that the Bloom filter of each language's stopwords
// passes every one of them and lets few other words through to the map:
// the other languages' stopwords, and each word with a letter added.
func TestStopFilter(t *testing.T) {
	var others []string
	for _, l := range languages {
		for _, w := range strings.Fields(l.stopwords) {
			f := normalize.Fold(w)
			others = append(others, f, f+"ة", "ا"+f, f+"s", "x"+f)
		}
	}
	for _, l := range languages {
		e := tables().byTag[l.tag]
		for w := range e.stop {
			if !e.mayStop(w) {
				t.Errorf("%s: the filter refuses the stopword %q", l.tag, w)
			}
		}
		through, n := 0, 0
		for _, w := range others {
			if _, ok := e.stop[w]; ok {
				continue
			}
			n++
			if e.mayStop(w) {
				through++
			}
		}
		t.Logf("%s: %d stopwords; %d of %d other words through the filter", l.tag, len(e.stop), through, n)
		if through*10 > n {
			t.Errorf("%s: %d of %d other words through the filter", l.tag, through, n)
		}
	}
}

// refGather is Gather asking scriptIndex and the marker sets of each
// character, as it did before its table of two-byte characters.
func refGather(text string) Evidence {
	e := Evidence{size: len(text), parts: 1}
	t := tables()
	for _, r := range text {
		if s := scriptIndex(r); s >= 0 {
			e.letters[s]++
			for _, l := range t.byScript[s] {
				if l.markers.has(r) {
					e.markers[l.index]++
				}
			}
		}
	}
	return e
}

// TestGatherTwoByte checks Gather's table of two-byte characters against
// scriptIndex and the marker sets, on every such character.
func TestGatherTwoByte(t *testing.T) {
	for r := rune(0); r < 0x800; r++ {
		text := string(r) + "a" + string(r) + "ب\u06cc"
		if got, want := Gather(text), refGather(text); got != want {
			t.Fatalf("Gather(%q) = %+v, want %+v", text, got, want)
		}
	}
}
