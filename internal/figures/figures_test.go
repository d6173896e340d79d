package figures

import (
	"testing"
)

// fig is the part of a figure a table case checks.
type fig struct {
	value float64
	text  string
	unit  string
	qual  string
	max   float64
}

var extractTests = []struct {
	desc string
	in   string
	want []fig
}{
	// Arabic
	{"ar: qualifier, scale and two-word unit",
		"تمّ تطهير أكثر من 84 ألف كيلومتر مربع من التنظيم.",
		[]fig{{84000, "أكثر من 84 ألف كيلومتر مربع", "km²", MoreThan, 0}}},
	{"ar: plural scale",
		"يعيش فيها 4 ملايين شخص.",
		[]fig{{4e6, "4 ملايين شخص", "شخص", Exact, 0}}},
	{"ar: trailing تقريبا",
		"مع إعادة 2 مليون نازح تقريبا.",
		[]fig{{2e6, "2 مليون نازح تقريبا", "نازح", Approx, 0}}},
	{"ar: number glued to ب, accusative noun",
		"قدر عدد المتواجدين حاليا بسوريا ب1631 مقاتلا مغربيا.",
		[]fig{{1631, "1631 مقاتلا", "مقاتل", Exact, 0}}},
	{"ar: Arabic-Indic digits",
		"أعلنت الوزارة عن تسجيل ١٢٥ إصابة جديدة.",
		[]fig{{125, "١٢٥ إصابة", "إصابة", Exact, 0}}},
	{"ar: Arabic decimal separator and percent sign",
		"بلغت نسبة البطالة ٩٫٥٪ في الربع الأول.",
		[]fig{{9.5, "٩٫٥٪", "%", Exact, 0}}},
	{"ar: في المائة and decimal comma",
		"ارتفع معدل التضخم إلى 3,5 في المائة خلال شهر.",
		[]fig{{3.5, "3,5 في المائة", "%", Exact, 0}}},
	{"ar: بالمائة",
		"سجلت الصادرات نموا بنسبة 12 بالمائة.",
		[]fig{{12, "12 بالمائة", "%", Exact, 0}}},
	{"ar: currency, Moroccan dirham with adjective",
		"خصصت الحكومة 500 مليون درهم مغربي للمشروع.",
		[]fig{{5e8, "500 مليون درهم مغربي", "MAD", Exact, 0}}},
	{"ar: dollars and مليار",
		"بلغت قيمة الصفقة حوالي 3 مليارات دولار.",
		[]fig{{3e9, "حوالي 3 مليارات دولار", "USD", Approx, 0}}},
	{"ar: أورو",
		"منح الاتحاد الأوروبي المغرب 150 مليون أورو.",
		[]fig{{1.5e8, "150 مليون أورو", "EUR", Exact, 0}}},
	{"ar: range with ما بين and glued و",
		"تتراوح أعمارهم ما بين 6 و17 سنة.",
		[]fig{{6, "ما بين 6 و17 سنة", "سنة", Range, 17}}},
	{"ar: range ends counting different things are two figures",
		"تتراوح أعمارهم ما بين ستة أشهر و17 سنة.",
		[]fig{{6, "ستة أشهر", "شهر", Exact, 0}, {17, "17 سنة", "سنة", Exact, 0}}},
	{"ar: list with و is not a range",
		"سجلت عودة 15 طفلا و52 امرأة إلى المغرب.",
		[]fig{{15, "15 طفلا", "طفل", Exact, 0}, {52, "52 امرأة", "امرأة", Exact, 0}}},
	{"ar: hyphen range",
		"يتراوح سعر الكيلوغرام بين 6-17 درهما.",
		[]fig{{6, "بين 6-17 درهما", "درهم", Range, 17}}},
	{"ar: range with إلى",
		"ارتفع عدد الضحايا من 20 إلى 35 قتيلا.",
		[]fig{{20, "من 20 إلى 35 قتيلا", "قتيل", Range, 35}}},
	{"ar: number word before noun",
		"تمكنت الشرطة من تفكيك مجموعة مكونة من أربعة مغاربة.",
		[]fig{{4, "أربعة مغاربة", "مغاربة", Exact, 0}}},
	{"ar: compound number words with و",
		"قتل خمسة وعشرون شخصا في الهجوم.",
		[]fig{{25, "خمسة وعشرون شخصا", "شخص", Exact, 0}}},
	{"ar: teen number words",
		"استمرت المفاوضات خمسة عشر يوما.",
		[]fig{{15, "خمسة عشر يوما", "يوم", Exact, 0}}},
	{"ar: hundreds word and scale word",
		"شارك في المسيرة ثلاثة آلاف متظاهر.",
		[]fig{{3000, "ثلاثة آلاف متظاهر", "متظاهر", Exact, 0}}},
	{"ar: عشرات is an order of magnitude",
		"أصيب عشرات المحتجين في المواجهات.",
		[]fig{{10, "عشرات المحتجين", "المحتجين", Approx, 0}}},
	{"ar: عشرات الآلاف",
		"نزح عشرات الآلاف من السكان.",
		[]fig{{10000, "عشرات الآلاف", "", Approx, 0}}},
	{"ar: dual",
		"غادر المدينة منذ شهرين.",
		[]fig{{2, "شهرين", "شهر", Exact, 0}}},
	{"ar: less-than",
		"قطع العداء المسافة في أقل من 10 ثوان.",
		[]fig{{10, "أقل من 10 ثوان", "ثوان", LessThan, 0}}},
	{"ar: ما يزيد عن with clitic on the qualifier",
		"أدى الزلزال إلى مقتل ما يزيد عن 2900 شخص.",
		[]fig{{2900, "ما يزيد عن 2900 شخص", "شخص", MoreThan, 0}}},
	{"ar: qualifier with clitic",
		"قدرت الخسائر بحوالي 40 مليون دولار.",
		[]fig{{4e7, "حوالي 40 مليون دولار", "USD", Approx, 0}}},
	{"ar: percent sign before the number, as copied from right-to-left text",
		"ارتفعت الأسعار بنسبة %5 هذا العام.",
		[]fig{{5, "%5", "%", Exact, 0}}},
	{"ar: آلاف alone is an order of magnitude",
		"تظاهر آلاف الأشخاص في الرباط.",
		[]fig{{1000, "آلاف الأشخاص", "شخص", Approx, 0}}},
	{"ar: half a million",
		"استقبلت المدينة نصف مليون زائر.",
		[]fig{{5e5, "نصف مليون زائر", "زائر", Exact, 0}}},
	{"ar: a million and a half",
		"بلغ عدد اللاجئين مليون ونصف لاجئ.",
		[]fig{{1.5e6, "مليون ونصف لاجئ", "لاجئ", Exact, 0}}},
	{"ar: currency with the article",
		"خسرت الشركة ملايين الدولارات.",
		[]fig{{1e6, "ملايين الدولارات", "USD", Approx, 0}}},
	{"ar: hundreds written out",
		"وصل ثلاثمائة وخمسون مهاجرا إلى الشاطئ.",
		[]fig{{350, "ثلاثمائة وخمسون مهاجرا", "مهاجر", Exact, 0}}},
	{"ar: a year is not a figure",
		"وفي العام 2014 أعلن التنظيم تأسيسه، ومنذ 2002 تفكك الخلايا.",
		nil},
	{"ar: a date is not a figure",
		"نشر في هسبريس يوم 02 - 07 - 2017، قبل تفجيرات 16 ماي 2003.",
		nil},
	{"ar: ordinal teen is not a figure",
		"في القرن التاسع عشر الميلادي.",
		nil},
	{"ar: لست is not six",
		"لست أدري ماذا حدث.",
		nil},

	// French
	{"fr: plus de, space-grouped thousands",
		"Plus de 3 000 personnes ont manifesté samedi à Rabat.",
		[]fig{{3000, "Plus de 3 000 personnes", "personnes", MoreThan, 0}}},
	{"fr: decimal comma and milliards d'euros",
		"Le projet coûtera 2,5 milliards d'euros.",
		[]fig{{2.5e9, "2,5 milliards d'euros", "EUR", Exact, 0}}},
	{"fr: pour cent",
		"Le chômage a baissé de 1,2 pour cent.",
		[]fig{{1.2, "1,2 pour cent", "%", Exact, 0}}},
	{"fr: environ",
		"Environ 200 migrants ont été secourus.",
		[]fig{{200, "Environ 200 migrants", "migrants", Approx, 0}}},
	{"fr: près de",
		"Près de 40 % des électeurs se sont abstenus.",
		[]fig{{40, "Près de 40 %", "%", Approx, 0}}},
	{"fr: moins de",
		"Il reste moins de 500 exemplaires.",
		[]fig{{500, "moins de 500 exemplaires", "exemplaires", LessThan, 0}}},
	{"fr: range entre et",
		"Les victimes ont entre 6 et 17 ans.",
		[]fig{{6, "entre 6 et 17 ans", "ans", Range, 17}}},
	{"fr: number words",
		"Trois soldats et vingt-cinq civils ont été blessés.",
		[]fig{{3, "Trois soldats", "soldats", Exact, 0}, {25, "vingt-cinq civils", "civils", Exact, 0}}},
	{"fr: des centaines de milliers",
		"Des centaines de milliers de réfugiés ont fui.",
		[]fig{{1e5, "centaines de milliers de réfugiés", "réfugiés", Approx, 0}}},
	{"fr: 1er janvier is a date",
		"La loi entre en vigueur le 1er janvier.",
		nil},

	// English
	{"en: thousands comma",
		"Police said 1,631 fighters had returned home.",
		[]fig{{1631, "1,631 fighters", "fighters", Exact, 0}}},
	{"en: more than, million",
		"More than 4 million people live in the region.",
		[]fig{{4e6, "More than 4 million people", "people", MoreThan, 0}}},
	{"en: currency before the number",
		"The company raised $3.5 billion last year.",
		[]fig{{3.5e9, "$3.5 billion", "USD", Exact, 0}}},
	{"en: about, percent",
		"Turnout was about 42 percent.",
		[]fig{{42, "about 42 percent", "%", Approx, 0}}},
	{"en: nearly",
		"Nearly 300 homes were destroyed.",
		[]fig{{300, "Nearly 300 homes", "homes", Approx, 0}}},
	{"en: range between and",
		"The children were between 6 and 17 years old.",
		[]fig{{6, "between 6 and 17 years", "years", Range, 17}}},
	{"en: range scaled by the second end",
		"Damage is estimated at between 2 and 3 million dollars.",
		[]fig{{2e6, "between 2 and 3 million dollars", "USD", Range, 3e6}}},
	{"en: number words",
		"Four soldiers and twenty-five civilians were wounded.",
		[]fig{{4, "Four soldiers", "soldiers", Exact, 0}, {25, "twenty-five civilians", "civilians", Exact, 0}}},
	{"en: hundreds of",
		"Hundreds of people gathered outside.",
		[]fig{{100, "Hundreds of people", "people", Approx, 0}}},
	{"en: km²",
		"The fire burned over 12 km² of forest.",
		[]fig{{12, "over 12 km²", "km²", MoreThan, 0}}},
	{"en: or more",
		"Each family received 50 dollars or more.",
		[]fig{{50, "50 dollars or more", "USD", MoreThan, 0}}},
	{"en: bn glued to the number",
		"The deal is worth $5bn.",
		[]fig{{5e9, "$5bn", "USD", Exact, 0}}},
	{"en: a span of years is not a figure",
		"The war lasted from 2014 to 2016, between 2014 and 2016.",
		nil},
	{"en: a score is not a figure",
		"The home side won 2-1 on Sunday.",
		nil},
	{"en: times, 5G and COVID-19 are not figures",
		"At 12:30 GMT the 5G network for COVID-19 tests went down.",
		nil},
	{"en: one alone is not a figure",
		"One of them said no one knew.",
		nil},
	{"en: year in text is not a figure",
		"In 2014 the group declared its caliphate.",
		nil},
}

func TestExtract(t *testing.T) {
	for _, tt := range extractTests {
		got := Extract(tt.in)
		if len(got) != len(tt.want) {
			t.Errorf("%s: Extract(%q) gave %d figures, want %d:", tt.desc, tt.in, len(got), len(tt.want))
			for _, f := range got {
				t.Errorf("\t%v %q unit=%q %s max=%v", f.Value, f.Text, f.Unit, f.Qualifier, f.Max)
			}
			continue
		}
		for k, w := range tt.want {
			f := got[k]
			if f.Value != w.value || f.Text != w.text || f.Unit != w.unit || f.Qualifier != w.qual || f.Max != w.max {
				t.Errorf("%s: figure %d = %v %q unit=%q %s max=%v; want %v %q unit=%q %s max=%v",
					tt.desc, k, f.Value, f.Text, f.Unit, f.Qualifier, f.Max, w.value, w.text, w.unit, w.qual, w.max)
			}
			if f.Text != tt.in[f.Start:f.End] {
				t.Errorf("%s: Text %q is not in[%d:%d]", tt.desc, f.Text, f.Start, f.End)
			}
		}
	}
}
