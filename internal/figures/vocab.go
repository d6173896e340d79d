package figures

import (
	"strings"

	"github.com/safi-app/safi/internal/figures/lex"
)

// The vocabularies of figures, per language, as data. Phrases are folded
// by lex before matching: أ إ آ → ا, ة → ه, ى → ي, harakat dropped, Latin
// lower-cased without accents. So one spelling per phrase is enough.

// Kinds of number words.
const (
	wordUnit     = iota // 1–9 and 10: "ستة", "six", "sept"
	wordTeen            // 11–19: "onze", "eleven", "اثنا عشر"
	wordTen             // 20–90: "عشرون", "vingt", "twenty"
	wordHundreds        // a written-out hundred: "مائة", "ثلاثمائة", "مئتين"
	wordHundred         // "hundred", "cent": multiplies what comes before
	wordScale           // "ألف", "million", "milliard": multiplies, ends a group
	wordVague           // "عشرات", "hundreds", "milliers": an order of magnitude
	wordFraction        // "نصف", "ربع": counts only before a scale word ("نصف مليون")
)

// numberWord is what a number word says.
type numberWord struct {
	value float64
	kind  int
	// compoundOnly words count only inside a compound ("واحد وعشرون",
	// "vingt et un"), never alone: alone they are articles or pronouns
	// ("un", "one", "واحد").
	compoundOnly bool
	// unit is the noun a dual form counts ("شهرين" → 2 "شهر").
	unit string
	// plural scale words alone are orders of magnitude: "آلاف الأشخاص"
	// (thousands of people), "des millions de".
	plural bool
}

func words(kind int, compoundOnly bool, pairs map[float64][]string, into map[string]numberWord) {
	for v, ws := range pairs {
		for _, w := range ws {
			into[w] = numberWord{value: v, kind: kind, compoundOnly: compoundOnly}
		}
	}
}

// numberWords are the Arabic, French and English number words.
var numberWords = func() *lex.Vocab[numberWord] {
	m := map[string]numberWord{}
	words(wordUnit, true, map[float64][]string{1: {"واحد", "واحدة", "un", "une", "one"}}, m)
	words(wordUnit, false, map[float64][]string{
		2:  {"اثنان", "اثنين", "اثنتان", "اثنتين", "deux", "two"},
		3:  {"ثلاث", "ثلاثة", "trois", "three"},
		4:  {"أربع", "أربعة", "quatre", "four"},
		5:  {"خمس", "خمسة", "cinq", "five"},
		6:  {"ست", "ستة", "six"},
		7:  {"سبع", "سبعة", "sept", "seven"},
		8:  {"ثمان", "ثماني", "ثمانية", "huit", "eight"},
		9:  {"تسع", "تسعة", "neuf", "nine"},
		10: {"عشر", "عشرة", "dix", "ten"},
	}, m)
	words(wordTeen, false, map[float64][]string{
		11: {"أحد عشر", "إحدى عشرة", "onze", "eleven"},
		12: {"اثنا عشر", "اثني عشر", "اثنتا عشرة", "اثنتي عشرة", "douze", "twelve"},
		13: {"treize", "thirteen"},
		14: {"quatorze", "fourteen"},
		15: {"quinze", "fifteen"},
		16: {"seize", "sixteen"},
		17: {"seventeen"},
		18: {"eighteen"},
		19: {"nineteen"},
	}, m)
	words(wordTen, false, map[float64][]string{
		20: {"عشرون", "عشرين", "vingt", "vingts", "twenty"},
		30: {"ثلاثون", "ثلاثين", "trente", "thirty"},
		40: {"أربعون", "أربعين", "quarante", "forty"},
		50: {"خمسون", "خمسين", "cinquante", "fifty"},
		60: {"ستون", "ستين", "soixante", "sixty"},
		70: {"سبعون", "سبعين", "seventy"},
		80: {"ثمانون", "ثمانين", "quatre-vingt", "quatre-vingts", "eighty"},
		90: {"تسعون", "تسعين", "quatre-vingt-dix", "ninety"},
	}, m)
	words(wordHundreds, false, map[float64][]string{
		100: {"مائة", "مئة"},
		200: {"مئتان", "مائتان", "مئتين", "مائتين", "مئتا", "مائتا", "مئتي", "مائتي"},
		300: {"ثلاثمائة", "ثلاثمئة"},
		400: {"أربعمائة", "أربعمئة"},
		500: {"خمسمائة", "خمسمئة"},
		600: {"ستمائة", "ستمئة"},
		700: {"سبعمائة", "سبعمئة"},
		800: {"ثمانمائة", "ثمانمئة", "ثمانيمائة"},
		900: {"تسعمائة", "تسعمئة"},
	}, m)
	words(wordHundred, false, map[float64][]string{100: {"hundred", "cent", "cents"}}, m)
	words(wordScale, false, map[float64][]string{
		1e3:  {"ألف", "آلاف", "ألفا", "thousand", "mille"},
		1e6:  {"مليون", "ملايين", "مليونا", "million", "millions"},
		1e9:  {"مليار", "مليارات", "مليارا", "بليون", "billion", "bn", "milliard", "milliards"},
		1e12: {"تريليون", "ترليون", "trillion", "billions"},
	}, m)
	m["mn"] = numberWord{value: 1e6, kind: wordScale}
	for _, w := range []string{"آلاف", "ملايين", "مليارات", "millions", "milliards", "billions"} {
		nw := m[w]
		nw.plural = true
		m[w] = nw
	}
	words(wordFraction, false, map[float64][]string{0.5: {"نصف", "half"}, 0.25: {"ربع"}}, m)
	// Orders of magnitude: "عشرات الأشخاص" (tens of people) is read as
	// value 10, qualifier approx; "مئات" 100, "آلاف" 1000 when no number
	// comes before it. French round counts too: "une vingtaine de morts"
	// is about 20.
	words(wordVague, false, map[float64][]string{
		10: {"عشرات", "dizaines", "dizaine", "tens"},
		12: {"dozens", "dozen", "douzaines", "douzaine"},
		15: {"quinzaine"},
		20: {"vingtaine"},
		30: {"trentaine"},
		40: {"quarantaine"},
		50: {"cinquantaine"},
		60: {"soixantaine"},

		100:  {"مئات", "centaines", "centaine", "hundreds"},
		1000: {"الآلاف", "milliers", "millier", "thousands"},
		1e6:  {"الملايين", "millions of"},
		1e9:  {"المليارات", "billions of"},
	}, m)
	// Arabic duals: the noun counts two.
	for w, unit := range map[string]string{
		"شهرين": "شهر", "شهران": "شهر", "عامين": "عام", "عامان": "عام", "سنتين": "سنة", "سنتان": "سنة",
		"يومين": "يوم", "يومان": "يوم", "أسبوعين": "أسبوع", "أسبوعان": "أسبوع", "ساعتين": "ساعة", "ساعتان": "ساعة",
		"دقيقتين": "دقيقة", "امرأتين": "امرأة", "امرأتان": "امرأة", "شخصين": "شخص", "شخصان": "شخص", "طفلين": "طفل", "مرتين": "مرة",
	} {
		m[w] = numberWord{value: 2, kind: wordUnit, unit: unit}
		m["ال"+w] = numberWord{value: 2, kind: wordUnit, unit: unit}
	}
	for w, v := range map[string]float64{"ألفين": 2e3, "ألفان": 2e3, "ألفي": 2e3, "مليونين": 2e6, "مليونان": 2e6, "مليوني": 2e6, "مليارين": 2e9, "ملياري": 2e9} {
		m[w] = numberWord{value: v, kind: wordScale}
	}
	return lex.NewVocab(m)
}()

// Qualifiers.
const (
	Exact    = "exact"
	MoreThan = "more-than"
	LessThan = "less-than"
	Approx   = "approx"
	Range    = "range"
)

// qualifiersBefore come before a number: "أكثر من 84 ألف", "about 300",
// "près de 2 000". "Nearly", "almost", "قرابة" and "près de" are read as
// approx: writers use them for a round figure close to the truth.
var qualifiersBefore = lex.NewVocab(map[string]string{
	"أكثر من": MoreThan, "ما يزيد عن": MoreThan, "ما يزيد على": MoreThan, "يزيد عن": MoreThan, "يزيد على": MoreThan,
	"ما يفوق": MoreThan, "يفوق": MoreThan, "أزيد من": MoreThan, "ما لا يقل عن": MoreThan, "لا يقل عن": MoreThan,
	"ما يربو على": MoreThan, "ما يربو عن": MoreThan, "يربو على": MoreThan, "ما ينيف على": MoreThan,
	"no fewer than": MoreThan, "no less than": MoreThan, "as few as": MoreThan, "au minimum": MoreThan,
	"more than": MoreThan, "over": MoreThan, "at least": MoreThan, "upwards of": MoreThan, "in excess of": MoreThan,
	"plus de": MoreThan, "plus d'": MoreThan, "au moins": MoreThan, "pas moins de": MoreThan,

	"أقل من": LessThan, "ما لا يزيد عن": LessThan, "ما لا يزيد على": LessThan, "لا يزيد عن": LessThan,
	"ما لا يتجاوز": LessThan, "لا يتجاوز": LessThan, "ما دون": LessThan, "دون": LessThan,
	"less than": LessThan, "fewer than": LessThan, "under": LessThan, "up to": LessThan, "no more than": LessThan,
	"moins de": LessThan, "moins d'": LessThan, "jusqu'à": LessThan, "pas plus de": LessThan,
	"as many as": LessThan, "at most": LessThan, "au plus": LessThan, "au maximum": LessThan,

	"حوالي": Approx, "حوالى": Approx, "قرابة": Approx, "نحو": Approx, "زهاء": Approx, "ما يقارب": Approx,
	"يقارب": Approx, "ما يناهز": Approx, "يناهز": Approx, "تقريبا": Approx, "ما يقرب من": Approx, "يقرب من": Approx,
	"about": Approx, "around": Approx, "approximately": Approx, "roughly": Approx, "nearly": Approx,
	"almost": Approx, "some": Approx, "close to": Approx, "an estimated": Approx,
	"environ": Approx, "près de": Approx, "presque": Approx, "quelque": Approx, "approximativement": Approx,
	"autour de": Approx,
})

// qualifiersAfter follow a figure: "2 مليون نازح تقريبا", "20 ans environ",
// "300 or more".
var qualifiersAfter = lex.NewVocab(map[string]string{
	"تقريبا": Approx, "على الأقل": MoreThan, "أو أكثر": MoreThan, "فأكثر": MoreThan, "أو أقل": LessThan,
	"على أقل تقدير": MoreThan, "كحد أدنى": MoreThan, "كحد أقصى": LessThan, "على أكثر تقدير": LessThan,
	"approximately": Approx, "or so": Approx, "or more": MoreThan, "at least": MoreThan, "or less": LessThan,
	"environ": Approx, "au moins": MoreThan, "ou plus": MoreThan, "et plus": MoreThan,
})

// rangeStarts open a range: "ما بين 6 و17", "between 6 and 17", "entre 6
// et 17", "من 6 إلى 17". After the starts marked true, "و", "and" and "et"
// join a range; elsewhere those make lists ("15 طفلا و52 امرأة").
var rangeStarts = lex.NewVocab(map[string]bool{
	"ما بين": true, "بين": true, "between": true, "entre": true, "من": false, "from": false, "de": false,
})

// rangeJoins join the two ends of a range; andJoin marks the joins that
// need a range start.
var rangeJoins = lex.NewVocab(map[string]bool{
	"-": false, "–": false, "—": false, "إلى": false, "الى": false, "حتى": false, "to": false, "à": false,
	"و": true, "and": true, "et": true,
})

// units map a unit, percent or currency, as written after a number, to the
// unit reported. Currencies whose name is shared by several countries keep
// their Arabic name (درهم: Morocco and the Emirates) unless an adjective
// says which (درهم مغربي → MAD).
var units = lex.NewVocab(withAccusative(map[string]string{
	"%": "%", "٪": "%", "بالمائة": "%", "بالمئة": "%", "في المائة": "%", "في المئة": "%",
	"percent": "%", "per cent": "%", "pour cent": "%", "pourcent": "%", "pct": "%",

	"درهم": "درهم", "دراهم": "درهم", "درهما": "درهم", "درهم مغربي": "MAD", "دراهم مغربية": "MAD", "درهم إماراتي": "AED",
	"دولار": "USD", "دولارات": "USD", "دولارا": "USD", "دولار أمريكي": "USD", "دولار أميركي": "USD",
	"يورو": "EUR", "أورو": "EUR",
	"جنيه": "جنيه", "جنيهات": "جنيه", "جنيها": "جنيه", "جنيه مصري": "EGP", "جنيه إسترليني": "GBP", "جنيه استرليني": "GBP",
	"ريال": "ريال", "ريالات": "ريال", "ريالا": "ريال", "ريال سعودي": "SAR", "ريال قطري": "QAR", "ريال عماني": "OMR",
	"دينار": "دينار", "دنانير": "دينار", "دينارا": "دينار", "دينار جزائري": "DZD", "دينار تونسي": "TND",
	"دينار كويتي": "KWD", "دينار أردني": "JOD", "دينار عراقي": "IQD", "دينار ليبي": "LYD", "دينار بحريني": "BHD",
	"ليرة": "ليرة", "ليرات": "ليرة", "ليرة لبنانية": "LBP", "ليرة تركية": "TRY", "ليرة سورية": "SYP",
	"MAD": "MAD", "DH": "MAD", "DHS": "MAD", "dirham": "MAD", "dirhams": "MAD",
	"USD": "USD", "$": "USD", "dollar": "USD", "dollars": "USD",
	"EUR": "EUR", "€": "EUR", "euro": "EUR", "euros": "EUR",
	"£": "GBP", "GBP": "GBP", "livres sterling": "GBP",

	"كيلومتر مربع": "km²", "كيلومترا مربعا": "km²", "كيلومترات مربعة": "km²", "كلم مربع": "km²", "كلم²": "km²",
	"كم مربع": "km²", "كم²": "km²", "km²": "km²", "sq km": "km²", "square kilometres": "km²", "square kilometers": "km²",
	"kilomètres carrés": "km²", "km carrés": "km²",
	"كيلومتر": "km", "كيلومترا": "km", "كيلومترات": "km", "كلم": "km", "كم": "km", "km": "km",
	"kilometres": "km", "kilometers": "km", "kilomètres": "km",
	"متر مربع": "m²", "مترا مربعا": "m²", "أمتار مربعة": "m²", "m²": "m²", "square metres": "m²", "square meters": "m²",
	"mètres carrés": "m²", "متر": "m", "مترا": "m", "أمتار": "m", "metres": "m", "meters": "m", "mètres": "m",
	"هكتار": "ha", "هكتارا": "ha", "هكتارات": "ha", "hectare": "ha", "hectares": "ha", "ha": "ha",
	"طن": "t", "طنا": "t", "أطنان": "t", "tonnes": "t", "tons": "t",
	"كيلوغرام": "kg", "كيلوغراما": "kg", "كلغ": "kg", "كغ": "kg", "kg": "kg", "kilograms": "kg", "kilogrammes": "kg", "kilos": "kg",
	"لتر": "L", "لترا": "L", "لترات": "L", "litres": "L", "liters": "L",
	"برميل": "barrel", "براميل": "barrel", "برميلا": "barrel", "barrels": "barrel", "barils": "barrel",
	"mile": "mi", "miles": "mi", "square miles": "mi²", "foot": "ft", "feet": "ft",
	"kilobytes": "KB", "megabytes": "MB", "gigabytes": "GB", "terabytes": "TB",
	"ميغاواط": "MW", "ميجاوات": "MW", "MW": "MW", "megawatts": "MW", "mégawatts": "MW",

	// Arabic counted nouns, by their singular, so that أشهر, شهور and
	// شهرا all count months.
	"سنة": "سنة", "سنوات": "سنة", "سنين": "سنة", "عام": "عام", "أعوام": "عام", "عاما": "عام",
	"شهر": "شهر", "أشهر": "شهر", "شهور": "شهر", "شهرا": "شهر",
	"أسبوع": "أسبوع", "أسابيع": "أسبوع", "أسبوعا": "أسبوع",
	"يوم": "يوم", "أيام": "يوم", "يوما": "يوم", "ساعة": "ساعة", "ساعات": "ساعة",
	"دقيقة": "دقيقة", "دقائق": "دقيقة", "مرة": "مرة", "مرات": "مرة",
	"شخص": "شخص", "أشخاص": "شخص", "شخصا": "شخص", "الأشخاص": "شخص",
	"مقاتل": "مقاتل", "مقاتلا": "مقاتل", "مقاتلين": "مقاتل", "مقاتلون": "مقاتل",
	"قتيل": "قتيل", "قتيلا": "قتيل", "قتلى": "قتيل", "جريح": "جريح", "جريحا": "جريح", "جرحى": "جريح",
	"طفل": "طفل", "طفلا": "طفل", "أطفال": "طفل", "الأطفال": "طفل",
	"امرأة": "امرأة", "نساء": "امرأة", "النساء": "امرأة",
}))

// withAccusative adds the accusative of each Arabic currency named with an
// adjective, as written after 11–99: "ريال سعودي" → "ريالا سعوديا",
// "درهم مغربي" → "درهما مغربيا".
func withAccusative(m map[string]string) map[string]string {
	add := map[string]string{}
	for k, v := range m {
		noun, adj, ok := strings.Cut(k, " ")
		if !ok || !strings.HasSuffix(adj, "ي") {
			continue
		}
		if _, known := m[noun+"ا"]; known {
			add[noun+"ا "+adj+"ا"] = v
		}
	}
	for k, v := range add {
		m[k] = v
	}
	return m
}

// currenciesBefore are written before the number: "$3.5 billion", "€20",
// and the percent sign of "%5".
var currenciesBefore = lex.NewVocab(map[string]string{
	"%": "%", "٪": "%", // "%5": in copied right-to-left text the sign may come first
	"$": "USD", "US$": "USD", "USD": "USD", "€": "EUR", "EUR": "EUR", "£": "GBP", "GBP": "GBP", "MAD": "MAD",
})

// stopwords never name what a number counts: "17 في المغرب" counts
// nothing, "17 were killed" neither. Keys are folded.
var stopwords = foldSet(
	// Arabic
	"في", "من", "إلى", "على", "عن", "مع", "و", "أو", "ثم", "قد", "لقد", "أن", "إن", "هذا", "هذه", "ذلك", "تلك",
	"التي", "الذي", "الذين", "كما", "بعد", "قبل", "منذ", "حتى", "خلال", "عند", "لدى", "بين", "ضد", "حول", "نحو",
	"مثل", "غير", "دون", "كل", "بعض", "ما", "لا", "لم", "لن", "هو", "هي", "هم", "أنه", "إنه", "كان", "كانت",
	"يكون", "تم", "وفق", "حسب", "أي", "فيما", "بينما", "حيث", "إذا", "منها", "منهم", "فيها", "عليها", "عليه",
	"به", "بها", "له", "لها", "لهم", "وهو", "وهي", "أما", "ولا", "بل", "لكن", "عام", "سنة",
	// English
	"a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or", "but", "is", "are",
	"was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could", "should", "may",
	"might", "must", "can", "that", "this", "these", "those", "which", "who", "whom", "whose", "as", "per",
	"than", "then", "there", "their", "they", "them", "it", "its", "he", "she", "we", "you", "i", "not", "no",
	"also", "after", "before", "since", "into", "through", "during", "up", "down", "out", "all", "each",
	"both", "such", "so", "very", "if", "when", "while", "where",
	// French
	"de", "du", "des", "d", "la", "le", "les", "l", "à", "au", "aux", "en", "et", "ou", "sur", "par", "pour",
	"dans", "avec", "sans", "sous", "chez", "entre", "est", "sont", "était", "ont", "été", "qui", "que", "qu",
	"ce", "cet", "cette", "ces", "se", "s", "il", "elle", "ils", "elles", "on", "y", "ne", "pas", "selon",
	"depuis", "contre", "vers", "après", "avant", "lors", "dont", "mais", "donc",
)

func foldSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[lex.Fold(w)] = true
	}
	return m
}

// clitics are the Arabic prefixes a number may be glued to: ب1631, و17,
// ل9, وب300. Keys are folded.
var clitics = foldSet("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "لل", "بال", "وال", "ال")

// labels name a thing by its number rather than count it: "page 45",
// "Chapter 3", "المادة 17", "رقم 5". A bare number after one is no figure.
// Keys are folded.
var labels = foldSet(
	"رقم", "المادة", "الفصل", "الصفحة", "صفحة", "البند", "الفقرة", "القرار", "الدورة", "النسخة", "الطبعة", "الحلقة", "الجولة", "المرتبة", "الرتبة", "الدقيقة",
	"page", "chapter", "article", "section", "paragraph", "no", "number", "room", "route", "rule", "resolution", "round", "edition", "episode", "version",
	"chapitre", "numero", "n°", "alinea", "salle", "edition", "tome",
)

// determiners before a four-digit number make it a year used as an
// adjective: "the 2020 census", "le 2021 budget". Keys are folded.
var determiners = foldSet("the", "this", "that", "its", "their", "le", "la", "les", "l", "du", "cette", "ce")

// adjectives come between an English or French number and its noun: "two
// other men", "three more days", "deux autres victimes". Keys are folded.
var adjectives = foldSet(
	"other", "more", "additional", "new", "different", "separate", "main", "major", "large", "small",
	"big", "top", "key", "former", "young", "old", "further", "extra", "full", "consecutive", "straight",
	"autres", "nouveaux", "nouvelles", "premiers", "premieres", "derniers", "dernieres", "grands", "grandes",
	"petits", "petites", "jeunes", "anciens", "anciennes",
)
