package figures

import (
	"strconv"
	"strings"

	"github.com/safi-app/safi/internal/language/lex"
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
	// definite tens ("الثلاثين", "الأربعين") count only before a unit of
	// the units table ("الثلاثين يوما"): alone they are ordinals ("القرن
	// العشرين", "الذكرى الخمسين").
	definite bool
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
vague 10 عشرات|العشرات|dizaines|dizaine|tens
vague 12 dozens|dozen|douzaines|douzaine
vague 15 quinzaine
vague 20 vingtaine
vague 30 trentaine
vague 40 quarantaine
vague 50 cinquantaine
vague 60 soixantaine
vague 100 مئات|المئات|centaines|centaine|hundreds
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
			if kind == "ten" && w[0] >= 0x80 {
				d := nw
				d.definite = true
				m["ال"+w] = d
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
var qualifiersBefore = lex.NewVocab(table(`
more-than أكثر من|ما يزيد عن|ما يزيد على|يزيد عن|يزيد على|ما يفوق|يفوق|أزيد من|ما لا يقل عن|لا يقل عن|ما يربو على|ما يربو عن|يربو على|ما ينيف على|no fewer than|no less than|as few as|au minimum|more than|over|at least|upwards of|in excess of|plus de|plus d'|au moins|pas moins de
less-than أقل من|ما لا يزيد عن|ما لا يزيد على|لا يزيد عن|ما لا يتجاوز|لا يتجاوز|ما دون|دون|تحت|less than|fewer than|under|up to|no more than|moins de|moins d'|jusqu'à|pas plus de|as many as|at most|au plus|au maximum
approx حوالي|حوالى|قرابة|نحو|زهاء|ما يقارب|يقارب|ما يناهز|يناهز|تقريبا|ما يقرب من|يقرب من|about|around|approximately|roughly|nearly|almost|some|close to|an estimated|environ|près de|presque|quelque|approximativement|autour de
`))

// qualifiersAfter follow a figure: "2 مليون نازح تقريبا", "20 ans environ",
// "300 or more".
var qualifiersAfter = lex.NewVocab(table(`
approx تقريبا|approximately|or so|environ
more-than على الأقل|أو أكثر|فأكثر|على أقل تقدير|كحد أدنى|or more|at least|au moins|ou plus|et plus
less-than أو أقل|كحد أقصى|على أكثر تقدير|or less
`))

// rangeStarts open a range: "ما بين 6 و17", "between 6 and 17", "entre 6
// et 17", "من 6 إلى 17". After the starts marked true, "و", "and" and "et"
// join a range; elsewhere those make lists ("15 طفلا و52 امرأة").
var rangeStarts = lex.NewVocab(boolTable(`
true ما بين|بين|between|entre
false من|from|de
`))

// rangeJoins join the two ends of a range; andJoin marks the joins that
// need a range start.
var rangeJoins = lex.NewVocab(boolTable(`
false -|–|—|إلى|الى|حتى|to|à
true و|and|et
`))

// units map a unit, percent or currency, as written after a number, to the
// unit reported. Currencies whose name is shared by several countries keep
// their Arabic name (درهم: Morocco and the Emirates) unless an adjective
// says which (درهم مغربي → MAD). Arabic counted nouns are listed by their
// singular, so that أشهر, شهور and شهرا all count months.
var units = lex.NewVocab(withAccusative(table(`
% %|٪|بالمائة|بالمئة|في المائة|في المئة|percent|per cent|pour cent|pourcent|pct
درهم درهم|دراهم|درهما
MAD درهم مغربي|دراهم مغربية|MAD|DH|DHS|dirham|dirhams
AED درهم إماراتي|د.إ
USD دولار|دولارات|دولارا|دولار أمريكي|دولار أميركي|USD|$|dollar|dollars
EUR يورو|أورو|EUR|€|euro|euros
جنيه جنيه|جنيهات|جنيها
EGP جنيه مصري|ج.م
GBP جنيه إسترليني|جنيه استرليني|£|GBP|livres sterling
ريال ريال|ريالات|ريالا
SAR ريال سعودي|ر.س
QAR ريال قطري|ر.ق
OMR ريال عماني|ر.ع
دينار دينار|دنانير|دينارا
DZD دينار جزائري|د.ج|دج
TND دينار تونسي|د.ت
KWD دينار كويتي|د.ك
JOD دينار أردني|د.أ
IQD دينار عراقي
LYD دينار ليبي|د.ل
BHD دينار بحريني|د.ب
ليرة ليرة|ليرات
LBP ليرة لبنانية|ل.ل
TRY ليرة تركية
SYP ليرة سورية|ل.س
m³/s متر مكعب في الثانية|مترا مكعبا في الثانية|أمتار مكعبة في الثانية|m³/s|cubic metres per second|cubic meters per second|mètres cubes par seconde|m³ par seconde
m³ متر مكعب|مترا مكعبا|أمتار مكعبة|م مكعب|م³|m³|cubic metres|cubic meters|cubic metre|cubic meter|mètres cubes|mètre cube
km³ كيلومتر مكعب|كيلومترات مكعبة|km³|cubic kilometres|cubic kilometers|kilomètres cubes
ft³ قدم مكعب|أقدام مكعبة|cubic feet|cubic foot|pieds cubes
ft² قدم مربع|أقدام مربعة|square feet|square foot|pieds carrés
L/s لتر في الثانية|لترا في الثانية|لترات في الثانية|litres per second|liters per second|litres par seconde|L/s
L/100 km لتر لكل 100 كيلومتر|litres per 100 km|liters per 100 km|litres aux 100 km|litres aux 100 kilomètres
L/d لتر يوميا|لتر في اليوم|لترا في اليوم|litres per day|liters per day|litres par jour
km/h كيلومتر في الساعة|كيلومترا في الساعة|كلم في الساعة|km/h|kilometres per hour|kilometers per hour|kilomètres par heure|kilomètres à l'heure
cm سنتيمتر|سنتيمترا|سنتيمترات|سم|cm|centimetres|centimeters|centimètres
mm مليمتر|مليمترا|ملم|millimetres|millimeters|millimètres
km² كيلومتر مربع|كيلومترا مربعا|كيلومترات مربعة|كلم مربع|كلم²|كم مربع|كم²|km²|sq km|square kilometres|square kilometers|square kilometre|square kilometer|kilomètres carrés|km carrés|km2
km كيلومتر|كيلومترا|كيلومترات|كلم|كم|km|kilometres|kilometers|kilomètres
m² متر مربع|مترا مربعا|أمتار مربعة|م مربع|م²|m²|square metres|square meters|square metre|square meter|mètres carrés|mètre carré
m متر|مترا|أمتار|metres|meters|mètres
ha هكتار|هكتارا|هكتارات|hectare|hectares|ha
t طن|طنا|أطنان|tonnes|tons
kg كيلوغرام|كيلوغراما|كلغ|كغ|kg|kilograms|kilogrammes|kilos
L لتر|لترا|لترات|litres|liters|litre|liter
barrel برميل|براميل|برميلا|barrels|barils
mi mile|miles|ميل|أميال|ميلا
mi² square miles|square mile|ميل مربع|أميال مربعة|milles carrés
ft foot|feet|أقدام
KB kilobytes
MB megabytes
GB gigabytes
TB terabytes
MW ميغاواط|ميجاوات|MW|megawatts|mégawatts
سنة سنة|سنوات|سنين
عام عام|أعوام|عاما
شهر شهر|أشهر|شهور|شهرا
أسبوع أسبوع|أسابيع|أسبوعا
يوم يوم|أيام|يوما
ساعة ساعة|ساعات
دقيقة دقيقة|دقائق
مرة مرة|مرات
شخص شخص|أشخاص|شخصا|الأشخاص
مقاتل مقاتل|مقاتلا|مقاتلين|مقاتلون
قتيل قتيل|قتيلا|قتلى
جريح جريح|جريحا|جرحى
طفل طفل|طفلا|أطفال|الأطفال
امرأة امرأة|نساء|النساء
`)))

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

// table reads a lex.Table into a map from phrase to value.
func table(text string) map[string]string {
	m := map[string]string{}
	for v, p := range lex.Table(text) {
		m[p] = v
	}
	return m
}

// boolTable reads a lex.Table whose values are "true" and "false".
func boolTable(text string) map[string]bool {
	m := map[string]bool{}
	for v, p := range lex.Table(text) {
		m[p] = v == "true"
	}
	return m
}

// currenciesBefore are written before the number: "$3.5 billion", "€20",
// and the percent sign of "%5" (in copied right-to-left text the sign may
// come first).
var currenciesBefore = lex.NewVocab(table(`
% %|٪
USD $|US$|USD
EUR €|EUR
GBP £|GBP
MAD MAD
`))

// stopwords never name what a number counts: "17 في المغرب" counts
// nothing, "17 were killed" neither. Keys are folded.
var stopwords = foldSet(`
في من إلى على عن مع و أو ثم قد لقد أن إن هذا هذه ذلك تلك التي الذي الذين كما بعد قبل منذ حتى خلال عند لدى بين ضد حول نحو مثل غير دون كل بعض ما لا لم لن هو هي هم أنه إنه كان كانت يكون تم وفق حسب أي فيما بينما حيث إذا منها منهم فيها عليها عليه به بها له لها لهم وهو وهي أما ولا بل لكن عام سنة
a an the of in on at to for from by with and or but is are was were be been being has have had will would could should may might must can that this these those which who whom whose as per than then there their they them it its he she we you i not no also after before since into through during up down out all each both such so very if when while where
de du des d la le les l à au aux en et ou sur par pour dans avec sans sous chez entre est sont était ont été qui que qu ce cet cette ces se s il elle ils elles on y ne pas selon depuis contre vers après avant lors dont mais donc
`)

// foldSet returns the set of the folded space-separated words of text.
func foldSet(text string) map[string]bool {
	words := strings.Fields(text)
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[lex.Fold(w)] = true
	}
	return m
}

// clitics are the Arabic prefixes a number may be glued to: ب1631, و17,
// ل9, وب300. Keys are folded.
var clitics = foldSet(`
و ف ب ل ك وب ول فب فل وك لل بال وال ال
`)

// labels name a thing by its number rather than count it: "page 45",
// "Chapter 3", "المادة 17", "رقم 5", "الدورة 24", "عيار 18", "فرانس 24".
// A number after one is no figure, whatever noun follows it, unless a
// scale word does ("رقم 3 ملايين"). Keys are folded.
var labels = foldSet(`
رقم المادة الفصل الصفحة صفحة البند الفقرة القرار الدورة دورة دورته دورتها النسخة نسخة نسخته نسختها الطبعة طبعته الحلقة حلقة الجولة المرتبة الرتبة الدقيقة
الساعة الذكرى ذكرى عيار أوكتان اوكتان القانون قانون المرسوم مرسوم الجلسة جلسته جلستها الموسم موسمه موسمها الفرقة الطابق الشارع البرج المرحلة الإصدار الاصدار الكيلو قاعة القاعة العدد الأسبوع الجزء الدور
فرانس كوب بوينغ بوينج إيرباص ايرباص طراز
page chapter article section paragraph number room route rule resolution round edition episode version law act decree karat carat octane cop boeing airbus
chapitre numero n° alinea salle edition tome loi decret nationale departementale saison
`)

// ageGroups name a team by its players' age limit when they come right
// after a team word (teams): "منتخب تحت 20 عاما", "فريق دون 17 سنة".
// Elsewhere they are the less-than qualifier ("تحت 5 درجات"). Keys are
// folded.
var ageGroups = foldSet(`
تحت دون
`)

// teams are the words an age group (ageGroups) follows, with or without
// the article. Keys are folded.
var teams = foldSet(`
فريق منتخب منتخبات فرق فئة صنف
`)

// dottedLabels are labels when a dot or a degree sign follows them: "No.
// 148", "art. 49.3", "n° 2" ("no 12-second gaps" is no label). Keys are
// folded.
var dottedLabels = foldSet(`
no nr n art vol ch p pp
`)

// timesAfter make the number before them an hour of the day: "10
// صباحا", "8 pm". Keys are folded.
var timesAfter = foldSet(`
صباحا صباح مساء مساءا ظهرا ليلا فجرا عصرا am pm
`)

// labelsAfter name a grade or a model by the number before them: "18
// karat", "95 أوكتان". Keys are folded.
var labelsAfter = foldSet(`
عيار أوكتان اوكتان قيراط karat carat carats octane
`)

// scoreWords tell a match's result: after one, "1-3" is a score, not a
// range. Keys are folded.
var scoreWords = foldSet(`
فاز فوزه انهزم هزم خسر تعادل تغلب بنتيجة النتيجة
beat beats lost won drew defeated
battu perdu gagne victoire defaite
`)

// countWords say that a bare number after them counts: "بلغ عدد القتلى
// 15", "the death toll rose to 15". Without one, a bare number right after
// a definite Arabic noun or a capitalised Latin word names a thing
// ("الطابق 3", "القمة العربية 33", "Route 66"). Keys are folded.
var countWords = foldSet(`
عدد عددهم عددها حصيلة الحصيلة بلغ بلغت يبلغ تبلغ وصل وصلت يصل ارتفع ارتفعت تجاوز تجاوزت سجل سجلت إلى الى نحو حوالي مجموع إجمالي بواقع بمعدل قدره قدرها يعادل تعادل بنسبة بقيمة بمبلغ
مقتل قتل قتلت قتلى مصرع وفاة توفي توفيت استشهد استشهاد إصابة أصيب أصيبت جرح جرحى اعتقال اعتقل توقيف إنقاذ انتشال إجلاء نزوح منهم بينهم منها أصل
toll number total reached rose fell climbed to from killed dead injured wounded arrested rescued worth equal rate
nombre bilan total totalise atteint passe passé
`)

// determiners before a four-digit number make it a year used as an
// adjective: "the 2020 census", "le 2021 budget". Keys are folded.
var determiners = foldSet(`
the this that its their le la les l du cette ce
`)

// adjectives come between an English or French number and its noun: "two
// other men", "three more days", "deux autres victimes". Keys are folded.
var adjectives = foldSet(`
other more additional new different separate main major large small big top key former young old further extra full consecutive straight
autres nouveaux nouvelles premiers premieres derniers dernieres grands grandes petits petites jeunes anciens anciennes
`)
