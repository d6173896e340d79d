package dates

import "github.com/safi-app/safi/internal/language/lex"

// Calendars.
const (
	Gregorian = "gregorian"
	Hijri     = "hijri"
)

// month is what a month name says.
type month struct {
	n        int    // 1–12
	calendar string // Gregorian or Hijri
	capital  bool   // English: the name counts only when capitalised ("May", not "may")
}

// gregorianMonths lists the names of each Gregorian month, in the
// spellings of the Arab regions, then French and English. Names are folded
// before matching, so أبريل, ابريل and إبريل are one entry, and فبرایر (with
// a Persian yeh) matches فبراير. French abbreviations that fold like an
// English one ("oct", "nov", "déc") or a number ("sept") are left to the
// English table, which wants a capital.
var gregorianMonths = [12][]string{
	{"يناير", "جانفي", "كانون الثاني", "كانون ثاني", "janvier", "janv"},
	{"فبراير", "فيفري", "شباط", "février", "fevr", "févr"},
	{"مارس", "آذار", "mars"},
	{"أبريل", "أفريل", "نيسان", "avril", "avr"},
	{"مايو", "ماي", "أيار", "mai"},
	{"يونيو", "يونيه", "جوان", "حزيران", "juin"},
	{"يوليو", "يوليه", "يوليوز", "جويلية", "تموز", "juillet", "juil"},
	{"أغسطس", "غشت", "أوت", "آب", "août"},
	{"سبتمبر", "شتنبر", "أيلول", "septembre"},
	{"أكتوبر", "تشرين الأول", "تشرين أول", "octobre"},
	{"نوفمبر", "نونبر", "تشرين الثاني", "تشرين ثاني", "novembre"},
	{"ديسمبر", "دجنبر", "كانون الأول", "كانون أول", "décembre"},
}

// englishMonths lists the English month names and abbreviations, which
// count only when capitalised: "may", "march" and "sat" are words too.
var englishMonths = [12][]string{
	{"January", "Jan"},
	{"February", "Feb"},
	{"March", "Mar"},
	{"April", "Apr"},
	{"May"},
	{"June", "Jun"},
	{"July", "Jul"},
	{"August", "Aug"},
	{"September", "Sep", "Sept"},
	{"October", "Oct"},
	{"November", "Nov"},
	{"December", "Dec"},
}

// hijriMonths lists the Hijri month names. A Hijri month makes a date only
// with a year (of at most four digits, below 1600) or the era mark هـ.
var hijriMonths = [12][]string{
	{"محرم"},
	{"صفر"},
	{"ربيع الأول", "ربيع أول"},
	{"ربيع الآخر", "ربيع الثاني", "ربيع ثاني", "ربيع آخر"},
	{"جمادى الأولى", "جمادى الأول", "جمادى أولى", "جمادى أول"},
	{"جمادى الآخرة", "جمادى الثانية", "جمادى الآخر", "جمادى ثانية", "جمادى آخر", "جمادى آخرة", "جمادى الثاني", "جمادى ثاني"},
	{"رجب"},
	{"شعبان"},
	{"رمضان"},
	{"شوال"},
	{"ذو القعدة", "ذي القعدة"},
	{"ذو الحجة", "ذي الحجة"},
}

var months = func() *lex.Vocab[month] {
	m := map[string]month{}
	for i, names := range gregorianMonths {
		for _, s := range names {
			m[s] = month{n: i + 1, calendar: Gregorian}
		}
	}
	for i, names := range englishMonths {
		for _, s := range names {
			m[s] = month{n: i + 1, calendar: Gregorian, capital: true}
		}
	}
	for i, names := range hijriMonths {
		for _, s := range names {
			m[s] = month{n: i + 1, calendar: Hijri}
		}
	}
	return lex.NewVocab(m)
}()

// eras are the marks written after a year: م (ميلادي) for the Gregorian
// calendar, هـ (هجري) for the Hijri one.
var eras = lex.NewVocab(map[string]string{
	"م": Gregorian, "ميلادي": Gregorian, "ميلادية": Gregorian, "للميلاد": Gregorian,
	"هـ": Hijri, "هجري": Hijri, "هجرية": Hijri, "للهجرة": Hijri,
	"AD": Gregorian, "CE": Gregorian, "apr. J.-C": Gregorian,
})

// yearWords introduce a year: "العام 2002", "in the year 2014", "l'année
// 2014". They are part of the date's text.
var yearWords = lex.NewVocab(map[string]bool{
	"عام": true, "العام": true, "سنة": true, "السنة": true,
	"عامي": true, "سنتي": true, "العام المالي": true, "السنة المالية": true, "العام الدراسي": true, "العام الجامعي": true,
	"الموسم الدراسي": true, "الموسم الجامعي": true, "الموسم الفلاحي": true,
	"year": true, "the year": true, "année": true, "l'année": true, "l'an": true,
})

// yearVerbs make a bare year the subject of a sentence: "2023 كانت سنة
// الجفاف", "2023 was the driest year", "2023 a été l'année", or with a
// year word after it, "كانت 2006 سنة الحرب".
var yearVerbs = lex.NewVocab(map[string]bool{
	"كانت": true, "كان": true, "ستكون": true, "سيكون": true, "تعد": true, "تعتبر": true, "شهدت": true, "عرفت": true,
	"was": true, "is": true, "will be": true, "has been": true, "saw": true, "marked": true,
	"a été": true, "fut": true, "sera": true, "était": true, "est": true, "restera": true, "marque": true,
})

// yearPrepositions come before a bare year in running text: "منذ 2002",
// "in 2014", "depuis 2014". They are not part of the date's text. A bare
// year after one of them must lie in 1900–2100. Keys are folded.
var yearPrepositions = foldSet(
	"منذ", "في", "خلال", "حتى", "قبل", "بعد", "مطلع", "أواخر", "أوائل", "أواسط", "نهاية", "بداية", "مع",
	"صيف", "شتاء", "خريف", "ربيع",
	"since", "in", "until", "till", "before", "after", "during", "by", "early", "late", "mid",
	"summer", "winter", "spring", "autumn",
	"depuis", "en", "avant", "après", "dès", "fin", "début", "courant", "été", "hiver", "printemps", "automne",
)

func foldSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[lex.Fold(w)] = true
	}
	return m
}

// monthYearLinks join a month to its year: "يونيو من العام 2014", "juin de
// l'année 2014".
var monthYearLinks = lex.NewVocab(map[string]bool{
	"من العام": true, "من عام": true, "من سنة": true, "من السنة": true, "عام": true, "العام": true, "سنة": true,
	"of": true, "of the year": true, "de": true, "de l'année": true, "de l'an": true,
})

// ordinalSuffixes follow a day number: "1er janvier", "March 3rd".
var ordinalSuffixes = lex.NewVocab(map[string]bool{
	"er": true, "re": true, "e": true, "eme": true, "st": true, "nd": true, "rd": true, "th": true,
})
