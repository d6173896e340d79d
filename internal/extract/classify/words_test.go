package classify

import (
	"bytes"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/safi-app/safi/internal/language/normalize"
)

// wordCases are texts for the word helpers, whose fast paths must agree
// with the plain library versions they replace.
var wordCases = []struct {
	desc, text string
}{
	{desc: "empty", text: ""},
	{desc: "ascii", text: "The Council voted on Tuesday, to expand the bus network."},
	{desc: "arabic with conjunctions", text: "وأوضح المصدر ذاته أن الحملة ستتواصل إلى غاية نهاية الشهر، وفي المناطق النائية"},
	{desc: "harakat and tatweel", text: "مُحَمَّد ـــ الكتـــاب"},
	{desc: "nbsp and odd spaces", text: "a\u00a0\u00a0b\u2003c\u0085d\tتجربة\u3000e  "},
	{desc: "french elision and capitals", text: "L'Homme d’un QU'IL Élysée ÉTÉ"},
	{desc: "cjk", text: "中文新闻的标题 日本語のテキスト abc中文"},
	{desc: "ligature folding to words", text: "ﷺ ﷲ ﬁnance"},
	{desc: "invalid utf-8", text: "ab\xffcd \xc3 e\xe2\x80 fgh"},
	{desc: "digits", text: "2024 ٢٠٢٤ ۱۴۰۳ x1y2z3"},
	{desc: "stop words and elisions", text: "l'homme d’un qu'il aujourd'hui wa’l والتي فمن وفي ومع فيه"},
	{desc: "punctuated words", text: "«the» (de) ‘and’ ،في؛ \"l'\" 'x' ’’"},
	{desc: "spaces around", text: " a b "},
	{desc: "two spaces", text: "a  b"},
	{desc: "curly apostrophe only", text: "’"},
	{desc: "lone lead bytes", text: "\xc2 \xdf\x80 \xe2\x80\x99 \xf0\xe2\x80\x99x"},
	{desc: "leading apostrophes", text: "'l'homme ’d’un 'a'b ’’x l’’ a’’b"},
	{desc: "arabic article words", text: "أعلنت وزارة الصحة في بلاغ لها يوم الاثنين أن عدد الحالات المسجلة خلال الأسبوع الماضي عرف انخفاضا ملحوظا وفيما فقد ومن"},
	{desc: "pure words", text: "The AND Of x ab وفي فمن والتي فيها ابلغ وأن " + strings.Repeat("و", 20) + " " + strings.Repeat("x", 31) + " " + strings.Repeat("y", 33) + " فال فلا"},
	{desc: "long word", text: strings.Repeat("α", 40) + " " + strings.Repeat("b", 60)},
	{desc: "greek", text: "Η κυβέρνηση ΕΊΝΑΙ στην Αθήνα και δεν θα το πει, ΌΤΙ «της» πόλης; Σας ευχαριστώ ς σ"},
	{desc: "russian", text: "МОСКВА, 4 янв — Китай в среду осудил санкции, которые США ввели, и ЕЩЁ её, еще: «Это» не всё"},
	{desc: "polish", text: "Się ŻE być, już też, że W Łodzi i na Śląsku — Który? KTÓRE tę „jak” z ze"},
	{desc: "words between punctuation", text: "\"في\" «من» (the) في، ،في .and. \"a\"b في\"من x.y \"2014\"، 'في' في’ “of” «و»في ..في.. ؟هل؟ ؛على (OF o.f i,n “i”n في،ن ف،ي"},
	{desc: "table rows", text: "Revenue\t2023\t12.5%\t+3\nCosts\t\t1,200\t–4"},
	{desc: "cyrillic and greek after latin", text: "aи oв ао το2 w3 Wi І і ї"},
}

// refContentWords is contentWords as it was first written: the reference.
func refContentWords(text string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if isCJK([]rune(w)[0]) {
			rs := []rune(w)
			for k := 0; k+1 < len(rs); k++ {
				out = append(out, string(rs[k:k+2]))
			}
			continue
		}
		if utf8.RuneCountInString(w) < 3 || isStopword(w) {
			continue
		}
		out = append(out, fold(w))
	}
	return out
}

// refIsStopword is isStopword as it was first written: the reference.
func refIsStopword(w string) bool {
	w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' })
	if w == "" || len(w) > 48 {
		return false
	}
	k := []byte(normalize.Fold(w))
	if _, ok := stopwords[string(k)]; ok {
		return true
	}
	if r, n := utf8.DecodeRune(k); (r == 'و' || r == 'ف') && len(k) > n+2 {
		_, ok := stopwords[string(k[n:])]
		return ok
	}
	if i := bytes.IndexAny(k, "'’"); i > 0 && i <= 3 {
		return true
	}
	return false
}

// refPlainSpaced is plainSpaced as it was first written: the reference.
func refPlainSpaced(k string) bool {
	if k == "" || k[0] == ' ' || k[len(k)-1] == ' ' || strings.Contains(k, "  ") || strings.Contains(k, "’") {
		return k == ""
	}
	for _, r := range k {
		if r != ' ' && unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

func checkWords(t *testing.T, text string) {
	t.Helper()
	if got, want := plainSpaced(text), refPlainSpaced(text); got != want {
		t.Errorf("plainSpaced(%q) = %v, want %v", text, got, want)
	}
	var buf, spaced [8]byte
	if got, want := foldTo(buf[:0], spaced[:0], text), fold(text); got != want {
		t.Errorf("foldTo(%q) = %q, want %q", text, got, want)
	}
	arena := []byte("x")
	first := foldIn(text, &arena)
	second := foldIn(text+" Z\u00a0é", &arena)
	if first != fold(text) || second != fold(text+" Z\u00a0é") {
		t.Errorf("foldIn(%q) = %q then %q, want %q and %q", text, first, second, fold(text), fold(text+" Z\u00a0é"))
	}
	f := measure(text)
	if n := countWords(text); n >= 3 && n <= 30 {
		var stops uint64
		k := 0
		for w := range fields(text) {
			if isStopword(w) {
				stops |= 1 << k
			}
			k++
		}
		if f.titleCase != isTitleCase(text, stops) && f.words <= 30 {
			t.Errorf("measure(%q).titleCase = %v, want %v", text, f.titleCase, !f.titleCase)
		}
	}
	if !strings.ContainsFunc(text, isCJK) {
		stops, k := 0, 0
		for w := range fields(text) {
			if k < densitySample && isStopword(w) {
				stops++
			}
			k++
		}
		if f.stops != stops {
			t.Errorf("measure(%q).stops = %d, want %d", text, f.stops, stops)
		}
	}
	if f.tableRow != isTableRow(text) {
		t.Errorf("measure(%q).tableRow = %v, want %v", text, f.tableRow, !f.tableRow)
	}
	if f.folded != "" && f.folded != fold(text) {
		t.Errorf("measure(%q).folded = %q, want %q", text, f.folded, fold(text))
	}
	for _, w := range append(strings.Fields(text), text) {
		if got, want := isStopword(w), refIsStopword(w); got != want {
			t.Errorf("isStopword(%q) = %v, want %v", w, got, want)
		}
	}
	if got, want := countWords(text), len(strings.Fields(text)); got != want {
		t.Errorf("countWords(%q) = %d, want %d", text, got, want)
	}
	if got, want := slices.Collect(fields(text)), strings.Fields(text); !slices.Equal(got, want) && len(got)+len(want) > 0 {
		t.Errorf("fields(%q) = %q, want %q", text, got, want)
	}
	if n, last, first, ok := foldShape(text); ok {
		k := normalize.Fold(text)
		r, _ := utf8.DecodeRuneInString(k)
		if n != len(k) || last != k[len(k)-1] || first != r {
			t.Errorf("foldShape(%q) = %d, %q, %q; fold %q", text, n, last, first, k)
		}
	}
	var c ctx
	var got []string
	c.contentWords(text, nil, func(w string, stable bool) {
		if stable && !strings.Contains(text, w) {
			t.Errorf("contentWords(%q): %q is not part of the text but marked stable", text, w)
		}
		got = append(got, strings.Clone(w))
	})
	want := refContentWords(text)
	if !slices.Equal(got, want) {
		t.Errorf("contentWords(%q) = %q, want %q", text, got, want)
	}
	// With a filter of the shapes of every other word, the others may be
	// skipped, and only they.
	var only [256]uint64
	for i := 0; i < len(want); i += 2 {
		b, bit := wordShape(want[i])
		only[b] |= bit
	}
	got = got[:0]
	c.contentWords(text, &only, func(w string, _ bool) { got = append(got, strings.Clone(w)) })
	if len(got) != len(want) {
		t.Fatalf("contentWords(%q, only) = %q, want %q with some skipped", text, got, want)
	}
	for i := range got {
		b, bit := wordShape(want[i])
		if got[i] != want[i] && (got[i] != skippedWord || only[b]&bit != 0) {
			t.Errorf("contentWords(%q, only) = %q, want %q with words of other shapes skipped", text, got, want)
		}
	}
}

// TestStopwordsFound checks that every listed stop word, as listed, in
// capitals and between punctuation, is found by isStopword and its
// reference, and that measure counts it: the fast paths (foldShape,
// appendQuick, the shape filter) must not lose a word of another script.
func TestStopwordsFound(t *testing.T) {
	for w := range stopwords {
		for _, v := range []string{w, strings.ToUpper(w), "«" + w + "»,"} {
			if !isStopword(v) || !refIsStopword(v) {
				t.Errorf("isStopword(%q) = %v, refIsStopword = %v; want true", v, isStopword(v), refIsStopword(v))
			}
			if f := measure(v + " x"); f.stops != 1 {
				t.Errorf("measure(%q).stops = %d, want 1", v+" x", f.stops)
			}
		}
	}
}

func TestStopShapes(t *testing.T) {
	if stopwordMaxLen+2 > 32 {
		t.Fatalf("stopwordMaxLen = %d: measureIn's key of 32 bytes holds stop words after و or ف up to 30 bytes", stopwordMaxLen)
	}
	if stopwordMaxLen >= 63 {
		t.Fatalf("stopwordMaxLen = %d: stopShapes holds lengths up to 62", stopwordMaxLen)
	}
	for w := range stopwords {
		if !maybeStopword([]byte(w)) {
			t.Errorf("maybeStopword(%q) = false for a stop word", w)
		}
	}
}

func TestIsSpace(t *testing.T) {
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		if got, want := isSpace(r), unicode.IsSpace(r); got != want {
			t.Fatalf("isSpace(%U) = %v, want %v", r, got, want)
		}
	}
}

func TestFoldShape(t *testing.T) {
	var letters []string
	for c := rune(0); c < 0x0700; c++ {
		if _, _, _, ok := foldShape(string(c)); ok {
			letters = append(letters, string(c))
		}
	}
	if len(letters) < 26*2+10+30 {
		t.Fatalf("foldShape knows only %d characters", len(letters))
	}
	for _, a := range letters {
		for _, b := range []string{"", "a", "Z", "أ", "ى", "و"} {
			checkWords(t, a+b)
			checkWords(t, b+a)
		}
	}
	for _, w := range []string{"ـ", "aـb", "a'b", "é", "ab\u0654", "x y"} {
		if _, _, _, ok := foldShape(w); ok {
			t.Errorf("foldShape(%q) ok", w)
		}
	}
}

func TestIsAlnum(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune+1; r++ {
		if got, want := isAlnum(r), unicode.IsLetter(r) || unicode.IsDigit(r); got != want {
			t.Fatalf("isAlnum(%U) = %v, want %v", r, got, want)
		}
	}
}

func TestDecodeAt(t *testing.T) {
	for a := 0; a < 256; a++ {
		for b := 0; b < 256; b++ {
			s := "x" + string([]byte{byte(a), byte(b)})
			r, n := decodeAt(s, 1)
			wr, wn := utf8.DecodeRuneInString(s[1:])
			if r != wr || n != wn {
				t.Fatalf("decodeAt(%q, 1) = %U, %d; want %U, %d", s, r, n, wr, wn)
			}
		}
		s := string([]byte{byte(a)})
		if r, n := decodeAt(s, 0); r != utf8.RuneError && r != rune(a) || n != 1 {
			t.Fatalf("decodeAt(%q, 0) = %U, %d", s, r, n)
		}
	}
}

func TestWordHelpers(t *testing.T) {
	for _, tc := range wordCases {
		t.Run(tc.desc, func(t *testing.T) { checkWords(t, tc.text) })
	}
}

func FuzzWordHelpers(f *testing.F) {
	for _, tc := range wordCases {
		f.Add(tc.text)
	}
	f.Fuzz(checkWords)
}

// TestCaptionHeadIsWholeRunes checks that isCaption folds a head cut on a
// rune boundary: a head ending in half an Arabic letter is invalid UTF-8,
// which normalize folds the slow way, allocating (and the letter comes
// out as U+FFFD). isCaption folds into buffers of its own: it does not
// allocate.
func TestCaptionHeadIsWholeRunes(t *testing.T) {
	tests := []struct{ desc, text string }{
		{desc: "arabic, the cut after a whole letter", text: "اندحار داعش يضيق الخناق على مقاتلين مغاربة بالعراق وسوريا"},
		{desc: "arabic, the cut inside a letter", text: "\"اندحار داعش يضيق الخناق على مقاتلين مغاربة بالعراق وسوريا"},
		{desc: "latin", text: "the quiet street at dawn, before the market opens its stalls"},
		{desc: "capitals and a credit, folded in place", text: "The Quiet Street at Dawn, Before the Market Opens. Photo: Ana Ruiz"},
		{desc: "spaces to collapse", text: "Photo :  Ana   Ruiz"},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			if n := testing.AllocsPerRun(10, func() { isCaption(tc.text) }); n != 0 {
				t.Errorf("isCaption allocates %v times on a text with nothing to fold", n)
			}
		})
	}
}
