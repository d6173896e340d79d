package ui

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/text/language"

	"github.com/safi-app/safi/internal/report"
)

// Languages are the interface languages, in the order the switcher lists
// them. The first is the fallback.
var Languages = []string{"en", "ar", "fr"}

// languageName names the report's language code in the interface
// language: its own name when the interface knows it, "unknown" (in lang)
// for "und", else the code.
func languageName(lang, code string) string {
	if code == "und" || code == "" {
		return T(lang, "lang.unknown")
	}
	if n, ok := languageNames[code]; ok {
		return n
	}
	return code
}

// languageNames are the languages' own names, for the switcher.
var languageNames = map[string]string{"en": "English", "ar": "العربية", "fr": "Français"}

// arabicVarieties are ISO 639-3 codes of spoken Arabic varieties that a
// browser may report; Arabic serves them all.
var arabicVarieties = map[string]bool{
	"ary": true, "arz": true, "aeb": true, "arq": true, "apc": true, "ajp": true, "apd": true,
	"acm": true, "afb": true, "ars": true, "acq": true, "ayl": true, "ayp": true, "shu": true, "arb": true,
}

// matcher matches a reader's languages to the interface languages. Same-
// script matching is off, so that a reader of Persian or Urdu, which are
// written in the Arabic script but are not Arabic, gets the fallback
// (English), not the Arabic interface.
var matcher = sync.OnceValue(func() language.Matcher {
	tags := make([]language.Tag, len(Languages))
	for i, l := range Languages {
		tags[i] = language.MustParse(l)
	}
	return language.NewMatcher(tags, language.PreferSameScript(false))
})

// MatchLanguage returns the interface language that best serves a reader
// whose browser prefers langs (BCP 47 tags, most preferred first): "en",
// "ar" or "fr", matched by golang.org/x/text/language (so "ar-MA",
// "ar-Arab-EG" and "fr-CA" find their language, and an earlier preference
// wins over a later one). Spoken Arabic varieties (ary, arz…) are read as
// Arabic first: x/text's data maps only arb to ar, and reaches ar from the
// others only by the script they share, which would also send Persian to
// Arabic. Arabic in another script (ar-Latn, as Arabizi writers may set) is
// read as Arabic too, where x/text would see no match. Malformed tags are
// skipped; English is the fallback.
func MatchLanguage(langs ...string) string {
	want := make([]language.Tag, 0, len(langs))
	for _, l := range langs {
		t, err := language.Parse(strings.ReplaceAll(strings.TrimSpace(l), "_", "-"))
		if err != nil {
			continue
		}
		if b, _ := t.Base(); b.String() == "ar" || arabicVarieties[b.String()] {
			t = language.Arabic // any script or region: the interface is Arabic
		}
		want = append(want, t)
	}
	if len(want) == 0 {
		return Languages[0]
	}
	_, i, conf := matcher().Match(want...)
	if conf == language.No {
		return Languages[0]
	}
	return Languages[i]
}

// dirOf returns the writing direction of an interface language.
func dirOf(lang string) string {
	if lang == "ar" {
		return "rtl"
	}
	return "ltr"
}

// T returns the message key in the interface language lang, falling back to
// English, then to the key itself.
func T(lang, key string) string {
	if s, ok := messages[lang][key]; ok {
		return s
	}
	if s, ok := messages["en"][key]; ok {
		return s
	}
	return key
}

// Tf formats the message key in lang with args.
func Tf(lang, key string, args ...any) string {
	return fmt.Sprintf(T(lang, key), args...)
}

// messages holds the interface strings by language and key.
var messages = map[string]map[string]string{
	"en": {
		"list.sep":           ", ", // between the items of a list in a sentence
		"list.colon":         ": ", // before a list that says what a label means
		"app.name":           "Safi",
		"app.tagline":        "Paste a whole web page: Safi separates the article from the ticker and the boilerplate, and shows what is in it. Nothing you paste leaves this page.",
		"input.label":        "Page text",
		"input.hint":         "Paste (Ctrl+V) the text or the page you copied, drop a .txt or .html file here, or open one.",
		"input.open":         "Open file…",
		"input.example":      "Try an example",
		"input.paste":        "Paste",
		"paste.refused":      "The browser did not let Safi read the clipboard. Paste into the box instead: Ctrl+V (⌘V on a Mac), or press and hold, then Paste.",
		"paste.unavailable":  "This browser does not let pages read the clipboard. Paste into the box instead: Ctrl+V (⌘V on a Mac), or press and hold, then Paste.",
		"paste.empty":        "The clipboard holds no text.",
		"reader.open":        "Reading view",
		"reader.controls":    "Reading view settings",
		"reader.size":        "Text size",
		"reader.smaller":     "Smaller text",
		"reader.larger":      "Larger text",
		"reader.width":       "Line width",
		"reader.narrower":    "Narrower lines",
		"reader.wider":       "Wider lines",
		"reader.print":       "Print",
		"reader.close":       "Close",
		"input.clear":        "Clear",
		"input.clear.ask":    "Discard the text and your corrections?",
		"input.clear.yes":    "Yes, clear",
		"input.clear.no":     "Cancel",
		"input.html":         "Analysing the pasted HTML (%s).",
		"input.hidden":       "%s (%s) is analysed but too large to show here. Type or paste to replace it.",
		"input.hidden.paste": "The pasted text",
		"input.file":         "File: %s",
		"input.size":         "%s characters",
		"ui.language":        "Interface language",
		"status.idle":        "Paste a page to begin.",
		"status.reading":     "Reading %s…",
		"status.measuring":   "Measuring…",
		"status.classifying": "Classifying the blocks…",
		"status.pasting":     "Reading the pasted text (%s characters)…",
		"status.cancel":      "Cancel",
		"status.canceled":    "Analysis cancelled. Your text is kept: edit it, or analyse it again.",
		"status.again":       "Analyse again",
		"stage.reading":      "Reading",
		"stage.classifying":  "Classifying",
		"stage.measuring":    "Measuring",
		"status.done":        "Analysed in %s ms.",
		"status.error":       "The analysis failed: %s. Your text is kept; try editing it or report the problem.",
		"storage.failed":     "Your text could not be saved in this browser (storage full or blocked). Safi keeps working, but a reload will lose it.",
		"storage.toobig":     "This text is too large to be saved in the browser; Safi keeps working, but a reload will lose it.",
		"update.available":   "A new version of Safi is available.",
		"update.reload":      "Reload",
		"file.error":         "The file could not be read: %s",
		"file.kind":          "Only .txt and .html files can be opened.",
		"section.article":    "Article",
		"section.figures":    "Figures",
		"section.dates":      "Dates",
		"section.quotes":     "Quotes",
		"section.stats":      "Statistics",
		"section.charts":     "Charts",
		"section.ticker":     "Ticker headlines",
		"section.removed":    "Removed blocks",
		"section.segments":   "Segmentation",
		"section.export":     "Export",
		"section.warnings":   "Notes about the input",
		"article.none":       "No article found.",
		"article.untitled":   "(no title)",
		"article.source":     "Source",
		"article.author":     "Author",
		"article.date":       "Date",
		"article.copy":       "Copy article",
		"article.copied":     "Copied.",
		"article.copyfail":   "Copying failed: select the text and copy it by hand.",
		"fig.value":          "Value",
		"fig.unit":           "Unit",
		"fig.qualifier":      "Qualifier",
		"fig.context":        "In the text",
		"fig.none":           "No figures found.",
		"fig.sort":           "Sort by %s",
		"q.exact":            "exact",
		"q.more-than":        "more than",
		"q.less-than":        "less than",
		"q.approx":           "about",
		"q.range":            "range",
		"dates.none":         "No dates found.",
		"quotes.none":        "No quotes found.",
		"date.day":           "day",
		"date.month":         "month",
		"date.year":          "year",
		"cal.gregorian":      "Gregorian",
		"cal.hijri":          "Hijri",
		"stats.words":        "Words",
		"stats.unique":       "Unique words",
		"stats.sentences":    "Sentences",
		"stats.paragraphs":   "Paragraphs",
		"stats.characters":   "Characters",
		"stats.reading":      "Reading time",
		"stats.speaking":     "Speaking time",
		"stats.avgsent":      "Words per sentence",
		"stats.language":     "Language",
		"stats.page":         "Whole page: %s words",
		"stats.min":          "%s min",
		"stats.sec":          "%s s",
		"stats.readability":  "Readability",
		"read.easy":          "easy",
		"read.plain":         "plain",
		"read.fairlyhard":    "fairly hard",
		"read.hard":          "hard",
		"read.veryhard":      "very hard",
		"read.osman":         "OSMAN (El-Haj & Rayson, LREC 2016): 200.791 − 1.015 × words per sentence − 24.181 × (syllables + long, complex and faseeh words) per word. Syllables are estimated from the letters where the text has no harakat.",
		"read.flesch":        "Flesch reading ease (Flesch, 1948): 206.835 − 1.015 × words per sentence − 84.6 × syllables per word.",
		"read.kandel-moles":  "Kandel & Moles (1958), Flesch's formula for French: 207 − 1.015 × words per sentence − 73.6 × syllables per word.",
		"read.note":          "Readability by %s: about 100 reads very easily, 60–70 plainly, under 30 is hard going.",
		"chart.terms":        "Top terms",
		"chart.terms.none":   "No terms yet.",
		"chart.page":         "Page composition (characters)",
		"chart.scripts":      "Scripts of the article",
		"class.ticker":       "ticker",
		"class.boilerplate":  "boilerplate",
		"class.title":        "title",
		"class.byline":       "byline",
		"class.heading":      "heading",
		"class.paragraph":    "paragraph",
		"class.other":        "other",
		"class.article":      "article",
		"script.arabic":      "Arabic",
		"script.latin":       "Latin",
		"script.digits":      "digits",
		"script.other":       "other",
		"ticker.count":       "%s headlines",
		"ticker.copy":        "Copy headlines",
		"removed.count":      "%s blocks left out",
		"removed.by":         "why: %s",
		"seg.help":           "Each block of the page is tinted by its class. Click a block (or focus it and press Enter) to move it into or out of the article.",
		"seg.undo":           "Undo",
		"seg.reset":          "Reset corrections",
		"seg.jump":           "Jump through the blocks",
		"seg.jump.article":   "Go to the article",
		"seg.jump.next":      "Next %s",
		"seg.jump.count":     "%s blocks of this class",
		"seg.jump.start":     "Back to the start",
		"seg.range":          "Blocks %s–%s of %s",
		"list.more":          "Show %s more (%s not shown)",
		"seg.in":             "in the article",
		"seg.out":            "left out",
		"seg.corrections":    "%s corrections",
		"export.json":        "Report (JSON)",
		"export.csv":         "Figures (CSV)",
		"export.md":          "Article (Markdown)",
		"export.failed":      "The download failed: %s",
		"warn.places":        "Shown as markers such as ⟨U+202E⟩ in: %s.",
		"place.title":        "the title",
		"place.source":       "the source",
		"place.author":       "the author",
		"place.heading":      "heading %s",
		"place.paragraph":    "paragraph %s",
		"place.headline":     "headline %s",
		"place.removed":      "removed block %s",
		"place.more":         "and elsewhere",
		"panic":              "internal error",
		"lang.unknown":       "unknown",
		"skip.results":       "Skip to the results",
		"results.label":      "Results",
		"seg.key.in":         "bar at the start: in the article",
		"seg.key.out":        "faded, no bar: left out",
		"seg.key.corrected":  "outlined: corrected by you",
	},
	"ar": {
		"list.sep":             "، ", // between the items of a list in a sentence
		"list.colon":           ": ", // before a list that says what a label means
		"app.name":             "صافي",
		"app.tagline":          "الصق صفحة ويب كاملة: يفصل صافي المقال عن شريط الأخبار والحشو، ويعرض ما فيه. لا يغادر ما تلصقه هذه الصفحة.",
		"input.label":          "نص الصفحة",
		"input.hint":           "الصق (Ctrl+V) النص أو الصفحة التي نسختها، أو أفلت هنا ملف TXT أو HTML، أو افتح ملفا.",
		"input.open":           "افتح ملفا…",
		"input.example":        "جرّب مثالا",
		"input.paste":          "الصق",
		"paste.refused":        "لم يسمح المتصفح لصافي بقراءة الحافظة. الصق في المربع بدلا من ذلك: Ctrl+V ‏(⌘V على ماك)، أو اضغط مطولا ثم اختر «لصق».",
		"paste.unavailable":    "هذا المتصفح لا يسمح للصفحات بقراءة الحافظة. الصق في المربع بدلا من ذلك: Ctrl+V ‏(⌘V على ماك)، أو اضغط مطولا ثم اختر «لصق».",
		"paste.empty":          "لا تحتوي الحافظة على نص.",
		"reader.open":          "عرض القراءة",
		"reader.controls":      "إعدادات عرض القراءة",
		"reader.size":          "حجم الخط",
		"reader.smaller":       "خط أصغر",
		"reader.larger":        "خط أكبر",
		"reader.width":         "عرض السطر",
		"reader.narrower":      "أسطر أضيق",
		"reader.wider":         "أسطر أعرض",
		"reader.print":         "اطبع",
		"reader.close":         "أغلق",
		"input.clear":          "امسح",
		"input.clear.ask":      "هل تريد حذف النص وتصحيحاتك؟",
		"input.clear.yes":      "نعم، امسح",
		"input.clear.no":       "إلغاء",
		"input.html":           "يُحلَّل HTML الملصوق (%s).",
		"input.hidden":         "يُحلَّل %s (%s) لكنه أكبر من أن يُعرض هنا. اكتب أو الصق لاستبداله.",
		"input.hidden.paste":   "النص الملصوق",
		"input.file":           "الملف: %s",
		"input.size":           "%s حرفا",
		"ui.language":          "لغة الواجهة",
		"status.idle":          "الصق صفحة للبدء.",
		"status.reading":       "قراءة %s…",
		"status.measuring":     "القياس…",
		"status.classifying":   "تصنيف الكتل…",
		"status.pasting":       "قراءة النص الملصق (%s حرفا)…",
		"status.cancel":        "إلغاء",
		"status.canceled":      "أُلغي التحليل. نصك محفوظ: عدّله أو حلّله من جديد.",
		"status.again":         "حلّل من جديد",
		"stage.reading":        "القراءة",
		"stage.classifying":    "التصنيف",
		"stage.measuring":      "القياس",
		"status.done":          "اكتمل التحليل في %s ملي ثانية.",
		"status.error":         "فشل التحليل: %s. نصك محفوظ؛ جرّب تعديله أو أبلغ عن المشكلة.",
		"storage.failed":       "تعذّر حفظ نصك في هذا المتصفح (التخزين ممتلئ أو محظور). يواصل صافي العمل، لكن إعادة التحميل ستفقده.",
		"storage.toobig":       "هذا النص أكبر من أن يُحفظ في المتصفح؛ يواصل صافي العمل، لكن إعادة التحميل ستفقده.",
		"update.available":     "يتوفر إصدار جديد من صافي.",
		"update.reload":        "أعد التحميل",
		"file.error":           "تعذّرت قراءة الملف: %s",
		"file.kind":            "يمكن فتح ملفات TXT وHTML فقط.",
		"section.article":      "المقال",
		"section.figures":      "الأرقام",
		"section.dates":        "التواريخ",
		"section.quotes":       "الاقتباسات",
		"section.stats":        "الإحصاءات",
		"section.charts":       "الرسوم البيانية",
		"section.ticker":       "عناوين شريط الأخبار",
		"section.removed":      "الكتل المحذوفة",
		"section.segments":     "التقسيم",
		"section.export":       "التصدير",
		"section.warnings":     "ملاحظات حول المدخلات",
		"article.none":         "لم يُعثر على مقال.",
		"article.untitled":     "(بلا عنوان)",
		"article.source":       "المصدر",
		"article.author":       "الكاتب",
		"article.date":         "التاريخ",
		"article.copy":         "انسخ المقال",
		"article.copied":       "نُسخ.",
		"article.copyfail":     "فشل النسخ: حدّد النص وانسخه يدويا.",
		"fig.value":            "القيمة",
		"fig.unit":             "الوحدة",
		"fig.qualifier":        "الدقة",
		"fig.context":          "في النص",
		"fig.none":             "لم يُعثر على أرقام.",
		"fig.sort":             "رتّب حسب %s",
		"q.exact":              "بالضبط",
		"q.more-than":          "أكثر من",
		"q.less-than":          "أقل من",
		"q.approx":             "حوالي",
		"q.range":              "مدى",
		"dates.none":           "لم يُعثر على تواريخ.",
		"quotes.none":          "لم يُعثر على اقتباسات.",
		"date.day":             "يوم",
		"date.month":           "شهر",
		"date.year":            "سنة",
		"cal.gregorian":        "ميلادي",
		"cal.hijri":            "هجري",
		"stats.words":          "الكلمات",
		"stats.unique":         "كلمات فريدة",
		"stats.sentences":      "الجمل",
		"stats.paragraphs":     "الفقرات",
		"stats.characters":     "الأحرف",
		"stats.reading":        "مدة القراءة",
		"stats.speaking":       "مدة الإلقاء",
		"stats.avgsent":        "كلمات في الجملة",
		"stats.language":       "اللغة",
		"stats.page":           "الصفحة كاملة: %s كلمة",
		"stats.min":            "%s دقيقة",
		"stats.sec":            "%s ثانية",
		"stats.readability":    "سهولة القراءة",
		"read.easy":            "سهل",
		"read.plain":           "عادي",
		"read.fairlyhard":      "صعب نسبيًا",
		"read.hard":            "صعب",
		"read.veryhard":        "صعب جدًا",
		"read.osman":           "مقياس عثمان OSMAN (الحاج ورايسون، LREC 2016): 200.791 − 1.015 × الكلمات في الجملة − 24.181 × (المقاطع + الكلمات الطويلة والمركبة والفصيحة) لكل كلمة. تُقدَّر المقاطع من الحروف حين يخلو النص من التشكيل.",
		"read.flesch":          "مقياس فليش لسهولة القراءة (Flesch، 1948): 206.835 − 1.015 × الكلمات في الجملة − 84.6 × المقاطع لكل كلمة.",
		"read.kandel-moles":    "مقياس كاندل وموليس (1958)، صيغة فليش للفرنسية: 207 − 1.015 × الكلمات في الجملة − 73.6 × المقاطع لكل كلمة.",
		"read.note":            "سهولة القراءة بمقياس %s: نحو 100 سهل جدًا، و60–70 عادي، ودون 30 صعب.",
		"chart.terms":          "أكثر الكلمات تكرارا",
		"chart.terms.none":     "لا كلمات بعد.",
		"chart.page":           "تركيب الصفحة (بالأحرف)",
		"chart.scripts":        "خطوط المقال",
		"class.ticker":         "شريط الأخبار",
		"class.boilerplate":    "حشو",
		"class.title":          "عنوان",
		"class.byline":         "سطر الكاتب",
		"class.heading":        "عنوان فرعي",
		"class.paragraph":      "فقرة",
		"class.other":          "أخرى",
		"class.article":        "المقال",
		"script.arabic":        "عربي",
		"script.latin":         "لاتيني",
		"script.digits":        "أرقام",
		"script.other":         "أخرى",
		"ticker.count":         "%s عنوانا",
		"ticker.copy":          "انسخ العناوين",
		"removed.count":        "%s كتلة مستبعدة",
		"removed.by":           "السبب: %s",
		"seg.help":             "كل كتلة من الصفحة ملوّنة حسب صنفها. انقر كتلة (أو ركّز عليها واضغط Enter) لإدخالها في المقال أو إخراجها منه.",
		"seg.undo":             "تراجع",
		"seg.reset":            "ألغِ التصحيحات",
		"seg.jump":             "التنقل بين الكتل",
		"seg.jump.article":     "انتقل إلى المقال",
		"seg.jump.next":        "التالي: %s",
		"seg.jump.count":       "%s كتلة من هذا النوع",
		"seg.jump.start":       "العودة إلى البداية",
		"seg.range":            "الكتل %s–%s من %s",
		"list.more":            "اعرض %s أخرى (%s غير معروضة)",
		"seg.in":               "في المقال",
		"seg.out":              "مستبعدة",
		"seg.corrections":      "%s تصحيحات",
		"export.json":          "التقرير (JSON)",
		"export.csv":           "الأرقام (CSV)",
		"export.md":            "المقال (Markdown)",
		"export.failed":        "فشل التنزيل: %s",
		"panic":                "خطأ داخلي",
		"warn.empty":           "المدخلات فارغة: الصق صفحة أو افتح ملفا.",
		"warn.whitespace-only": "لا تحتوي المدخلات إلا على مسافات بيضاء: لا شيء لتحليله.",
		"warn.binary":          "تبدو المدخلات بيانات ثنائية لا نصا: الأرقام أدناه تصف بايتاتها مقروءة كنص.",
		"warn.no-article":      "لم يُعثر على مقال: كل الكتل تبدو تنقّلا أو شريط أخبار أو حشوا. الإحصاءات أدناه للصفحة كاملة.",
		"warn.html-unreadable": "تعذّرت قراءة الصفحة بصيغة HTML، فقُرئت نصا عاديا.",
		"warn.html-streamed":   "تتجاوز صفحة HTML هذه ٤ ميغابايت، فقُرئت دون بناء شجرتها ودون البحث عن محتواها الرئيسي: فُصل المقال بقواعد النص وحدها، وهي أقل دقة على HTML.",
		"warn.invalid-utf8":    "قُرئ %s من تسلسلات UTF-8 غير الصالحة كـ U+FFFD (�): قد يكون النص بترميز آخر مثل Windows-1256.",
		"warn.nul":             "تحتوي المدخلات على %s من بايتات NUL (U+0000): غالبا ما تأتي من ملف ثنائي أو نسخ معطوب.",
		"lang.unknown":         "غير معروفة",
		"skip.results":         "انتقل إلى النتائج",
		"results.label":        "النتائج",
		"seg.key.in":           "شريط في البداية: ضمن المقال",
		"seg.key.out":          "باهت بلا شريط: خارج المقال",
		"seg.key.corrected":    "محاط بإطار: صحّحته أنت",
		"warn.places":          "تظهر كعلامات مثل ⟨U+202E⟩ في: %s.",
		"place.title":          "العنوان",
		"place.source":         "المصدر",
		"place.author":         "الكاتب",
		"place.heading":        "العنوان الفرعي %s",
		"place.paragraph":      "الفقرة %s",
		"place.headline":       "عنوان الشريط %s",
		"place.removed":        "الكتلة المحذوفة %s",
		"place.more":           "ومواضع أخرى",
		"warn.bidi":            "تحتوي المدخلات على %s من محارف التحكم في الاتجاه، وقد تجعل النص يبدو غير ما هو عليه.",
		"warn.invisible":       "تحتوي المدخلات على %s من المحارف غير المرئية (مسافات صفرية العرض، وصلات…): قد لا يكون النص كما يبدو.",
	},
	"fr": {
		"list.sep":             ", ",  // between the items of a list in a sentence
		"list.colon":           " : ", // before a list that says what a label means
		"app.name":             "Safi",
		"app.tagline":          "Collez une page web entière : Safi sépare l’article du bandeau d’actualités et du superflu, et montre ce qu’il contient. Rien de ce que vous collez ne quitte cette page.",
		"input.label":          "Texte de la page",
		"input.hint":           "Collez (Ctrl+V) le texte ou la page copiée, déposez ici un fichier .txt ou .html, ou ouvrez-en un.",
		"input.open":           "Ouvrir un fichier…",
		"input.example":        "Essayer un exemple",
		"input.paste":          "Coller",
		"paste.refused":        "Le navigateur n’a pas laissé Safi lire le presse-papiers. Collez plutôt dans la zone : Ctrl+V (⌘V sur Mac), ou un appui long puis Coller.",
		"paste.unavailable":    "Ce navigateur ne laisse pas les pages lire le presse-papiers. Collez plutôt dans la zone : Ctrl+V (⌘V sur Mac), ou un appui long puis Coller.",
		"paste.empty":          "Le presse-papiers ne contient pas de texte.",
		"reader.open":          "Mode lecture",
		"reader.controls":      "Réglages du mode lecture",
		"reader.size":          "Taille du texte",
		"reader.smaller":       "Texte plus petit",
		"reader.larger":        "Texte plus grand",
		"reader.width":         "Largeur des lignes",
		"reader.narrower":      "Lignes plus étroites",
		"reader.wider":         "Lignes plus larges",
		"reader.print":         "Imprimer",
		"reader.close":         "Fermer",
		"input.clear":          "Effacer",
		"input.clear.ask":      "Abandonner le texte et vos corrections ?",
		"input.clear.yes":      "Oui, effacer",
		"input.clear.no":       "Annuler",
		"input.html":           "Analyse du HTML collé (%s).",
		"input.hidden":         "%s (%s) est analysé, mais trop grand pour être affiché ici. Tapez ou collez pour le remplacer.",
		"input.hidden.paste":   "Le texte collé",
		"input.file":           "Fichier : %s",
		"input.size":           "%s caractères",
		"ui.language":          "Langue de l’interface",
		"status.idle":          "Collez une page pour commencer.",
		"status.reading":       "Lecture de %s…",
		"status.measuring":     "Mesure…",
		"status.classifying":   "Classement des blocs…",
		"status.pasting":       "Lecture du texte collé (%s caractères)…",
		"status.cancel":        "Annuler",
		"status.canceled":      "Analyse annulée. Votre texte est conservé : modifiez-le ou relancez l’analyse.",
		"status.again":         "Relancer l’analyse",
		"stage.reading":        "Lecture",
		"stage.classifying":    "Classement",
		"stage.measuring":      "Mesure",
		"status.done":          "Analysé en %s ms.",
		"status.error":         "L’analyse a échoué : %s. Votre texte est conservé ; modifiez-le ou signalez le problème.",
		"storage.failed":       "Votre texte n’a pas pu être enregistré dans ce navigateur (stockage plein ou bloqué). Safi continue de fonctionner, mais un rechargement le perdra.",
		"storage.toobig":       "Ce texte est trop grand pour être enregistré dans le navigateur ; Safi continue de fonctionner, mais un rechargement le perdra.",
		"update.available":     "Une nouvelle version de Safi est disponible.",
		"update.reload":        "Recharger",
		"file.error":           "Le fichier n’a pas pu être lu : %s",
		"file.kind":            "Seuls les fichiers .txt et .html peuvent être ouverts.",
		"section.article":      "Article",
		"section.figures":      "Chiffres",
		"section.dates":        "Dates",
		"section.quotes":       "Citations",
		"section.stats":        "Statistiques",
		"section.charts":       "Graphiques",
		"section.ticker":       "Titres du bandeau",
		"section.removed":      "Blocs retirés",
		"section.segments":     "Segmentation",
		"section.export":       "Exporter",
		"section.warnings":     "Remarques sur le texte",
		"article.none":         "Aucun article trouvé.",
		"article.untitled":     "(sans titre)",
		"article.source":       "Source",
		"article.author":       "Auteur",
		"article.date":         "Date",
		"article.copy":         "Copier l’article",
		"article.copied":       "Copié.",
		"article.copyfail":     "La copie a échoué : sélectionnez le texte et copiez-le à la main.",
		"fig.value":            "Valeur",
		"fig.unit":             "Unité",
		"fig.qualifier":        "Précision",
		"fig.context":          "Dans le texte",
		"fig.none":             "Aucun chiffre trouvé.",
		"fig.sort":             "Trier par %s",
		"q.exact":              "exact",
		"q.more-than":          "plus de",
		"q.less-than":          "moins de",
		"q.approx":             "environ",
		"q.range":              "intervalle",
		"dates.none":           "Aucune date trouvée.",
		"quotes.none":          "Aucune citation trouvée.",
		"date.day":             "jour",
		"date.month":           "mois",
		"date.year":            "année",
		"cal.gregorian":        "grégorien",
		"cal.hijri":            "hégirien",
		"stats.words":          "Mots",
		"stats.unique":         "Mots distincts",
		"stats.sentences":      "Phrases",
		"stats.paragraphs":     "Paragraphes",
		"stats.characters":     "Caractères",
		"stats.reading":        "Temps de lecture",
		"stats.speaking":       "Temps de parole",
		"stats.avgsent":        "Mots par phrase",
		"stats.language":       "Langue",
		"stats.page":           "Page entière : %s mots",
		"stats.min":            "%s min",
		"stats.sec":            "%s s",
		"stats.readability":    "Lisibilité",
		"read.easy":            "facile",
		"read.plain":           "courant",
		"read.fairlyhard":      "assez difficile",
		"read.hard":            "difficile",
		"read.veryhard":        "très difficile",
		"read.osman":           "OSMAN (El-Haj & Rayson, LREC 2016) : 200,791 − 1,015 × mots par phrase − 24,181 × (syllabes + mots longs, complexes et faseeh) par mot. Les syllabes sont estimées d'après les lettres quand le texte n'a pas de harakat.",
		"read.flesch":          "Facilité de lecture de Flesch (Flesch, 1948) : 206,835 − 1,015 × mots par phrase − 84,6 × syllabes par mot.",
		"read.kandel-moles":    "Kandel & Moles (1958), la formule de Flesch adaptée au français : 207 − 1,015 × mots par phrase − 73,6 × syllabes par mot.",
		"read.note":            "Lisibilité selon %s : vers 100, très facile ; 60–70, courant ; sous 30, ardu.",
		"chart.terms":          "Termes fréquents",
		"chart.terms.none":     "Pas encore de termes.",
		"chart.page":           "Composition de la page (caractères)",
		"chart.scripts":        "Écritures de l’article",
		"class.ticker":         "bandeau",
		"class.boilerplate":    "superflu",
		"class.title":          "titre",
		"class.byline":         "signature",
		"class.heading":        "intertitre",
		"class.paragraph":      "paragraphe",
		"class.other":          "autre",
		"class.article":        "article",
		"script.arabic":        "arabe",
		"script.latin":         "latin",
		"script.digits":        "chiffres",
		"script.other":         "autre",
		"ticker.count":         "%s titres",
		"ticker.copy":          "Copier les titres",
		"removed.count":        "%s blocs écartés",
		"removed.by":           "motif : %s",
		"seg.help":             "Chaque bloc de la page est teinté selon sa classe. Cliquez sur un bloc (ou placez-y le focus et appuyez sur Entrée) pour le faire entrer dans l’article ou l’en sortir.",
		"seg.undo":             "Annuler",
		"seg.reset":            "Effacer les corrections",
		"seg.jump":             "Parcourir les blocs",
		"seg.jump.article":     "Aller à l’article",
		"seg.jump.next":        "%s suivant",
		"seg.jump.count":       "%s blocs de cette classe",
		"seg.jump.start":       "Revenir au début",
		"seg.range":            "Blocs %s à %s sur %s",
		"list.more":            "Afficher %s de plus (%s masqués)",
		"seg.in":               "dans l’article",
		"seg.out":              "écarté",
		"seg.corrections":      "%s corrections",
		"export.json":          "Rapport (JSON)",
		"export.csv":           "Chiffres (CSV)",
		"export.md":            "Article (Markdown)",
		"export.failed":        "Le téléchargement a échoué : %s",
		"panic":                "erreur interne",
		"warn.empty":           "Le texte est vide : collez une page ou ouvrez un fichier.",
		"warn.whitespace-only": "Le texte ne contient que des blancs : il n’y a rien à analyser.",
		"warn.binary":          "Le contenu ressemble à des données binaires, pas à du texte : les chiffres ci-dessous décrivent ses octets lus comme du texte.",
		"warn.no-article":      "Aucun article trouvé : chaque bloc ressemble à de la navigation, à un bandeau ou à du superflu. Les statistiques ci-dessous portent sur toute la page.",
		"warn.html-unreadable": "La page n’a pas pu être lue comme du HTML : elle a été lue comme du texte brut.",
		"warn.html-streamed":   "Cette page HTML dépasse 4 Mo : elle a été lue sans construire son arbre ni chercher son contenu principal ; l’article a été séparé par les seules règles du texte, moins précises sur du HTML.",
		"warn.invalid-utf8":    "%s séquences UTF-8 invalides ont été lues comme U+FFFD (�) : le texte est peut-être dans un autre encodage, comme Windows-1256 ou Latin-1.",
		"warn.nul":             "Le texte contient %s octets NUL (U+0000) : ils viennent souvent d’un fichier binaire ou d’une copie abîmée.",
		"lang.unknown":         "inconnue",
		"skip.results":         "Aller aux résultats",
		"results.label":        "Résultats",
		"seg.key.in":           "barre au début : dans l’article",
		"seg.key.out":          "estompé, sans barre : écarté",
		"seg.key.corrected":    "encadré : corrigé par vous",
		"warn.places":          "Ils sont montrés comme ⟨U+202E⟩ dans : %s.",
		"place.title":          "le titre",
		"place.source":         "la source",
		"place.author":         "l’auteur",
		"place.heading":        "l’intertitre %s",
		"place.paragraph":      "le paragraphe %s",
		"place.headline":       "le titre du fil %s",
		"place.removed":        "le bloc retiré %s",
		"place.more":           "et ailleurs",
		"warn.bidi":            "%s caractères de contrôle bidirectionnel peuvent faire paraître le texte autre qu’il n’est.",
		"warn.invisible":       "Le texte contient %s caractères invisibles (espaces de largeur nulle, liants…) : il n’est peut-être pas ce qu’il paraît.",
	},
}

// WarningText returns the engine's warning w in the interface language:
// the engine's own (English) message in English, a translation with the
// count from the report's input facts otherwise, and the English message
// for a code the interface does not know.
func WarningText(lang string, w report.Warning, in report.Input) string {
	key := "warn." + w.Code
	msg, ok := messages[lang][key]
	if lang == "en" || !ok {
		return w.Message
	}
	if !strings.Contains(msg, "%s") {
		return msg
	}
	n := 0
	switch w.Code {
	case "invalid-utf8":
		n = in.InvalidUTF8
	case "nul":
		n = in.NUL
	case "bidi":
		n = in.Bidi
	case "invisible":
		n = in.Invisible
	}
	msg = fmt.Sprintf(msg, FormatInt(lang, n))
	if len(w.Places) > 0 {
		msg += " " + Tf(lang, "warn.places", placeNames(lang, w.Places))
	}
	return msg
}

// placeNames names the places of a bidi warning (report.Warning.Places) in
// lang: "the title, heading 2, paragraph 4".
func placeNames(lang string, places []string) string {
	names := make([]string, len(places))
	for i, p := range places {
		kind, n, ok := strings.Cut(p, ":")
		if ok {
			v, _ := strconv.Atoi(n)
			names[i] = Tf(lang, "place."+kind, FormatInt(lang, v))
		} else {
			names[i] = T(lang, "place."+kind)
		}
	}
	return strings.Join(names, T(lang, "list.sep"))
}

// arabicDigits are the Arabic-Indic digits ٠–٩.
const arabicDigits = "٠١٢٣٤٥٦٧٨٩"

// latnRegions are the regions whose Arabic locale's default numbering
// system is Latin digits in CLDR (common/main/ar_DZ.xml, ar_EH, ar_LY,
// ar_MA, ar_TN: defaultNumberingSystem latn), with the group and decimal
// separators of their latn symbols. Every other Arabic locale writes
// Arabic-Indic digits.
var latnRegions = map[string][2]string{
	"DZ": {".", ","}, "LY": {".", ","}, "MA": {".", ","}, "TN": {".", ","}, "EH": {",", "."},
}

// arabicLatn, when set, is the group and decimal separators of the Arabic
// interface, which then writes Latin digits (SetArabicRegion).
var arabicLatn *[2]string

// ArabicRegion returns the region whose numbering the Arabic interface
// follows: that of the first Arabic language among langs (the browser's
// preferences) — its region subtag, or for a tag without one its likely
// region (CLDR likely subtags: ar → EG, ary → MA, arq → DZ, aeb → TN) —,
// or "" when none is Arabic.
func ArabicRegion(langs ...string) string {
	for _, l := range langs {
		t, err := language.Parse(strings.ReplaceAll(strings.TrimSpace(l), "_", "-"))
		if err != nil {
			continue
		}
		if b, _ := t.Base(); b.String() != "ar" && !arabicVarieties[b.String()] {
			continue
		}
		r, _ := t.Region()
		return r.String()
	}
	return ""
}

// SetArabicRegion makes the Arabic interface write numbers as region's
// CLDR numbering system has them: Latin digits for latnRegions, else
// Arabic-Indic digits.
func SetArabicRegion(region string) {
	arabicLatn = nil
	if seps, ok := latnRegions[region]; ok {
		arabicLatn = &seps
	}
}

// FormatNumber formats v for the interface language lang with at most prec
// decimals (trailing zeros dropped): "84,000.5" in English, "84 000,5" in
// French (narrow no-break space), "٨٤٬٠٠٠٫٥" in Arabic.
func FormatNumber(lang string, v float64, prec int) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	neg := v < 0
	if neg {
		v = -v
	}
	s := strconv.FormatFloat(v, 'f', prec, 64)
	intPart, frac, _ := strings.Cut(s, ".")
	frac = strings.TrimRight(frac, "0")
	group, dec := ",", "."
	switch lang {
	case "fr":
		group, dec = "\u202f", ","
	case "ar":
		group, dec = "٬", "٫"
		if arabicLatn != nil {
			group, dec = arabicLatn[0], arabicLatn[1]
		}
	}
	var b strings.Builder
	if neg {
		b.WriteString("-")
	}
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteString(group)
		}
		b.WriteRune(c)
	}
	if frac != "" {
		b.WriteString(dec)
		b.WriteString(frac)
	}
	out := b.String()
	if lang == "ar" {
		out = toArabicDigits(out)
	}
	return out
}

// FormatInt formats an integer for lang.
func FormatInt(lang string, n int) string { return FormatNumber(lang, float64(n), 0) }

// toArabicDigits writes s's digits as the Arabic interface does:
// Arabic-Indic, or as they are in a region of Latin digits.
func toArabicDigits(s string) string {
	if arabicLatn != nil {
		return s
	}
	digits := []rune(arabicDigits)
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return digits[r-'0']
		}
		return r
	}, s)
}

// monthNames are the Gregorian months in each interface language; Arabic
// has the names of the Mashriq and of Egypt, which most readers know (the
// Maghreb's يوليوز, غشت, شتنبر… are read in the text, not written).
var monthNames = map[string][12]string{
	"en": {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
	"fr": {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
	"ar": {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"},
}

// FormatDate formats a Gregorian ISO 8601 date ("2017", "2017-07",
// "2017-07-02", or one followed by a time, which is left out) for the
// interface language lang: "2 July 2017", "1er juillet 2017", "٢ يوليو
// ٢٠١٧". Anything else is returned unchanged, and so is a year before
// 1601: a Hijri date in the same shape ("1445-07-15", a date's hijri field)
// is never taken for a Gregorian one, as Hijri years stay under 1601 for
// centuries.
func FormatDate(lang, iso string) string {
	date, _, _ := strings.Cut(iso, "T")
	if md, ok := strings.CutPrefix(date, "--"); ok {
		// A day without its year (ISO 8601's --MM-DD): "15 November".
		if out := FormatDate(lang, "2000-"+md); out != "2000-"+md {
			year := " 2000"
			if lang == "ar" {
				year = " " + toArabicDigits("2000")
			}
			return strings.TrimSuffix(out, year)
		}
		return iso
	}
	parts := strings.Split(date, "-")
	if len(parts) > 3 || len(parts[0]) != 4 {
		return iso
	}
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || v < 0 || (i > 0 && len(p) != 2) {
			return iso
		}
		n[i] = v
	}
	y, m, d := n[0], n[1], n[2]
	if y < 1601 || len(parts) > 1 && (m < 1 || m > 12) || len(parts) > 2 && (d < 1 || d > 31) {
		return iso
	}
	names, ok := monthNames[lang]
	if !ok {
		names = monthNames["en"]
	}
	year := strconv.Itoa(y)
	var out string
	switch len(parts) {
	case 1:
		out = year
	case 2:
		out = names[m-1] + " " + year
	default:
		day := strconv.Itoa(d)
		if lang == "fr" && d == 1 {
			day = "1er"
		}
		out = day + " " + names[m-1] + " " + year
	}
	if lang == "ar" {
		out = toArabicDigits(out)
	}
	return out
}
