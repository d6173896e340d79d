package figures

import (
	"strconv"
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

// numberWordTable lists the number words, one value a line: a kind, a
// value and the words with that value, separated by "|". "unit*" words are
// compoundOnly; "scales" words are plural scale words; a "dual" line names
// the counted noun instead of a value, and its words (and the same with the
// article ال) count two of it. A word on a later line overrides the same
// word on an earlier one. The table is a string, not map and slice
// literals, because those compile to code that builds them, which weighs
// more in app.wasm than the text (issue 7).
const numberWordTable = `
unit* 1 واحد|واحدة|un|une|one
unit 2 اثنان|اثنين|اثنتان|اثنتين|deux|two
unit 3 ثلاث|ثلاثة|trois|three
unit 4 أربع|أربعة|quatre|four
unit 5 خمس|خمسة|cinq|five
unit 6 ست|ستة|six
unit 7 سبع|سبعة|sept|seven
unit 8 ثمان|ثماني|ثمانية|huit|eight
unit 9 تسع|تسعة|neuf|nine
unit 10 عشر|عشرة|dix|ten
teen 11 أحد عشر|إحدى عشرة|onze|eleven
teen 12 اثنا عشر|اثني عشر|اثنتا عشرة|اثنتي عشرة|douze|twelve
teen 13 treize|thirteen
teen 14 quatorze|fourteen
teen 15 quinze|fifteen
teen 16 seize|sixteen
teen 17 seventeen
teen 18 eighteen
teen 19 nineteen
ten 20 عشرون|عشرين|vingt|vingts|twenty
ten 30 ثلاثون|ثلاثين|trente|thirty
ten 40 أربعون|أربعين|quarante|forty
ten 50 خمسون|خمسين|cinquante|fifty
ten 60 ستون|ستين|soixante|sixty
ten 70 سبعون|سبعين|seventy
ten 80 ثمانون|ثمانين|quatre-vingt|quatre-vingts|eighty
ten 90 تسعون|تسعين|quatre-vingt-dix|ninety
hundreds 100 مائة|مئة
hundreds 200 مئتان|مائتان|مئتين|مائتين|مئتا|مائتا|مئتي|مائتي
hundreds 300 ثلاثمائة|ثلاثمئة
hundreds 400 أربعمائة|أربعمئة
hundreds 500 خمسمائة|خمسمئة
hundreds 600 ستمائة|ستمئة
hundreds 700 سبعمائة|سبعمئة
hundreds 800 ثمانمائة|ثمانمئة|ثمانيمائة
hundreds 900 تسعمائة|تسعمئة
hundred 100 hundred|cent|cents
scale 1e3 ألف|ألفا|thousand|mille
scales 1e3 آلاف
scale 1e6 مليون|مليونا|million|mn
scales 1e6 ملايين|millions
scale 1e9 مليار|مليارا|بليون|billion|bn|milliard
scales 1e9 مليارات|milliards
scale 1e12 تريليون|ترليون|trillion
scales 1e12 billions
fraction 0.5 نصف|half
fraction 0.25 ربع
vague 10 عشرات|dizaines|dizaine|tens
vague 12 dozens|dozen|douzaines|douzaine
vague 15 quinzaine
vague 20 vingtaine
vague 30 trentaine
vague 40 quarantaine
vague 50 cinquantaine
vague 60 soixantaine
vague 100 مئات|centaines|centaine|hundreds
vague 1000 الآلاف|milliers|millier|thousands
vague 1e6 الملايين|millions of
vague 1e9 المليارات|billions of
dual شهر شهرين|شهران
dual عام عامين|عامان
dual سنة سنتين|سنتان
dual يوم يومين|يومان
dual أسبوع أسبوعين|أسبوعان
dual ساعة ساعتين|ساعتان
dual دقيقة دقيقتين
dual امرأة امرأتين|امرأتان
dual شخص شخصين|شخصان
dual طفل طفلين
dual مرة مرتين
scale 2e3 ألفين|ألفان|ألفي
scale 2e6 مليونين|مليونان|مليوني
scale 2e9 مليارين|ملياري
`

// numberWordKinds are the kinds of numberWordTable.
var numberWordKinds = map[string]int{
	"unit*": wordUnit, "unit": wordUnit, "teen": wordTeen, "ten": wordTen, "hundreds": wordHundreds,
	"hundred": wordHundred, "scale": wordScale, "scales": wordScale, "fraction": wordFraction,
	"vague": wordVague, "dual": wordUnit,
}

// numberWordMap reads numberWordTable.
func numberWordMap() map[string]numberWord {
	m := map[string]numberWord{}
	for line := range strings.Lines(numberWordTable) {
		kind, rest, ok := strings.Cut(strings.TrimSpace(line), " ")
		if !ok {
			continue
		}
		arg, list, _ := strings.Cut(rest, " ")
		nw := numberWord{kind: numberWordKinds[kind], compoundOnly: kind == "unit*", plural: kind == "scales"}
		if kind == "dual" {
			nw.value, nw.unit = 2, arg
		} else {
			v, err := strconv.ParseFloat(arg, 64)
			if err != nil {
				panic("figures: numberWordTable: " + line)
			}
			nw.value = v
		}
		for w := range strings.SplitSeq(list, "|") {
			m[w] = nw
			if kind == "dual" {
				m["ال"+w] = nw
			}
		}
	}
	return m
}

// numberWords are the Arabic, French and English number words.
var numberWords = lex.NewVocab(numberWordMap())

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
