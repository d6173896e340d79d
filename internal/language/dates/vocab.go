package dates

import (
	"strings"

	"github.com/safi-app/safi/internal/language/lex"
)

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
var eras = lex.NewVocab(calendars(
	set("م", "ميلادي", "ميلادية", "للميلاد", "AD", "CE", "apr. J.-C"), // Gregorian
	set("هـ", "هجري", "هجرية", "للهجرة"),                              // Hijri
))

// yearWords introduce a year: "العام 2002", "in the year 2014", "l'année
// 2014". They are part of the date's text.
var yearWords = lex.NewVocab(set(
	"عام", "العام", "سنة", "السنة",
	"عامي", "سنتي", "العام المالي", "السنة المالية", "العام الدراسي", "العام الجامعي",
	"الموسم الدراسي", "الموسم الجامعي", "الموسم الفلاحي",
	"year", "the year", "année", "l'année", "l'an",
))

// yearVerbs make a bare year the subject of a sentence: "2023 كانت سنة
// الجفاف", "2023 was the driest year", "2023 a été l'année", or with a
// year word after it, "كانت 2006 سنة الحرب".
var yearVerbs = lex.NewVocab(set(
	"كانت", "كان", "ستكون", "سيكون", "تعد", "تعتبر", "شهدت", "عرفت",
	"was", "is", "will be", "has been", "saw", "marked",
	"a été", "fut", "sera", "était", "est", "restera", "marque",
))

// yearPrepositions come before a bare year in running text: "منذ 2002",
// "in 2014", "depuis 2014". They are not part of the date's text. A bare
// year after one of them must lie in 1900–2100. Keys are folded.
var yearPrepositions = foldSet(`
منذ في خلال حتى قبل بعد مطلع أواخر أوائل أواسط نهاية بداية مع
صيف شتاء خريف ربيع
since in until till before after during by early late mid
summer winter spring autumn
depuis en avant après dès fin début courant été hiver printemps automne
`)

// set returns the phrases as a set. The tables here are calls of set and
// foldSet, not map literals: in app.wasm a map literal compiles to code
// that adds its entries one by one when the program starts, where a
// string, or the arguments of a call (more than 16 of them), are data
// (issue 7). Neither is inlined, for the same reason.
//
//go:noinline
func set(phrases ...string) map[string]bool {
	m := make(map[string]bool, len(phrases))
	for _, p := range phrases {
		m[p] = true
	}
	return m
}

// calendars maps the phrases of gregorian to Gregorian and those of hijri
// to Hijri.
//
//go:noinline
func calendars(gregorian, hijri map[string]bool) map[string]string {
	m := make(map[string]string, len(gregorian)+len(hijri))
	for p := range gregorian {
		m[p] = Gregorian
	}
	for p := range hijri {
		m[p] = Hijri
	}
	return m
}

// foldSet returns the set of the folded (lex.Fold) space-separated words
// of text, for looking up a token's Fold.
//
//go:noinline
func foldSet(text string) map[string]bool {
	words := strings.Fields(text)
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[lex.Fold(w)] = true
	}
	return m
}

// monthYearLinks join a month to its year: "يونيو من العام 2014", "juin de
// l'année 2014".
var monthYearLinks = lex.NewVocab(set(
	"من العام", "من عام", "من سنة", "من السنة", "عام", "العام", "سنة",
	"of", "of the year", "de", "de l'année", "de l'an",
))

// ordinalSuffixes follow a day number: "1er janvier", "March 3rd".
var ordinalSuffixes = lex.NewVocab(set(
	"er", "re", "e", "eme", "st", "nd", "rd", "th",
))
