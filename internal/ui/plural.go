package ui

import (
	"fmt"
	"strings"
)

// pluralForm is the CLDR cardinal plural category of the whole number n in
// the interface language lang: "zero", "one", "two", "few", "many" or
// "other". The rules are CLDR's (Language Plural Rules,
// unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html)
// for whole numbers, one line a language: golang.org/x/text/feature/plural
// holds the same rules for every language, but adds 16 KB brotli (29 KB
// gzip) to app.wasm for these three (make size, docs/measuring.md);
// TestPluralRulesMatchCLDR checks the table against it.
func pluralForm(lang string, n int) string {
	if n < 0 {
		n = -n
	}
	if rule, ok := pluralRules[lang]; ok {
		return rule(n)
	}
	return "other"
}

// pluralRules are CLDR's cardinal rules for whole numbers (v = 0).
var pluralRules = map[string]func(n int) string{
	// en: one: i = 1 and v = 0.
	"en": func(n int) string {
		if n == 1 {
			return "one"
		}
		return "other"
	},
	// fr: one: i = 0,1; many: e = 0 and i != 0 and i % 1000000 = 0 and
	// v = 0 ("1 million de mots", CLDR 38 on).
	"fr": func(n int) string {
		switch {
		case n <= 1:
			return "one"
		case n%1000000 == 0:
			return "many"
		}
		return "other"
	},
	// ar: zero: n = 0; one: n = 1; two: n = 2; few: n % 100 = 3..10;
	// many: n % 100 = 11..99.
	"ar": func(n int) string {
		switch m := n % 100; {
		case n == 0:
			return "zero"
		case n == 1:
			return "one"
		case n == 2:
			return "two"
		case m >= 3 && m <= 10:
			return "few"
		case m >= 11:
			return "many"
		}
		return "other"
	},
}

// Tn is the message key for the count n in lang, in the plural form the
// count takes (pluralMessages), else the key's own message ("other"); %s
// is n as the language writes it.
func Tn(lang, key string, n int) string {
	msg := T(lang, key)
	for i := range pluralMessages {
		if pm := &pluralMessages[i]; pm.lang == lang && pm.key == key {
			if s := pm.forms.form(pluralForm(lang, n)); s != "" {
				msg = s
			}
			break
		}
	}
	if !strings.Contains(msg, "%s") {
		return msg
	}
	return fmt.Sprintf(msg, FormatInt(lang, n))
}

// plurals are a counted message's forms by CLDR plural category; "" is a
// form the message does not list.
type plurals struct{ zero, one, two, few, many, other string }

// form returns the form of the category c (as pluralForm names it).
func (p *plurals) form(c string) string {
	switch c {
	case "zero":
		return p.zero
	case "one":
		return p.one
	case "two":
		return p.two
	case "few":
		return p.few
	case "many":
		return p.many
	case "other":
		return p.other
	}
	return ""
}

// pluralMessage is the plural forms of the message key in the interface
// language lang.
type pluralMessage struct {
	lang, key string
	forms     plurals
}

// pluralMessages are the forms of counted messages other than the one in
// messages (which serves "other" and every form not listed). Arabic counts
// name one and two in words (عنوان واحد، عنوانان), 3–10 take the plural,
// 11–99 the accusative singular, 100 and up the genitive singular. (A
// slice of structs, not maps by language and key: the linker lays it out
// as data, where maps are built by code when app.wasm starts, 20 KB of it.)
var pluralMessages = []pluralMessage{
	{"en", "ticker.count", plurals{one: "%s headline"}},
	{"en", "removed.count", plurals{one: "%s block left out"}},
	{"en", "seg.corrections", plurals{one: "%s correction"}},
	{"en", "stats.page", plurals{one: "Whole page: %s word"}},
	{"en", "seg.jump.count", plurals{one: "%s block of this class"}},

	{"fr", "ticker.count", plurals{one: "%s titre"}},
	{"fr", "removed.count", plurals{one: "%s bloc écarté"}},
	{"fr", "seg.corrections", plurals{one: "%s correction"}},
	{"fr", "stats.page", plurals{one: "Page entière : %s mot"}},
	{"fr", "seg.jump.count", plurals{one: "%s bloc de cette classe"}},
	{"fr", "status.pasting", plurals{many: "Lecture du texte collé (%s de caractères)…"}},

	{"ar", "ticker.count", plurals{zero: "لا عناوين", one: "عنوان واحد", two: "عنوانان",
		few: "%s عناوين", many: "%s عنوانا", other: "%s عنوان"}},
	{"ar", "removed.count", plurals{zero: "لا كتل مستبعدة", one: "كتلة واحدة مستبعدة", two: "كتلتان مستبعدتان",
		few: "%s كتل مستبعدة", many: "%s كتلة مستبعدة", other: "%s كتلة مستبعدة"}},
	{"ar", "seg.corrections", plurals{zero: "لا تصحيحات", one: "تصحيح واحد", two: "تصحيحان",
		few: "%s تصحيحات", many: "%s تصحيحا", other: "%s تصحيح"}},
	{"ar", "stats.page", plurals{zero: "الصفحة كاملة: لا كلمات", one: "الصفحة كاملة: كلمة واحدة", two: "الصفحة كاملة: كلمتان",
		few: "الصفحة كاملة: %s كلمات", many: "الصفحة كاملة: %s كلمة", other: "الصفحة كاملة: %s كلمة"}},
	{"ar", "stats.min", plurals{one: "دقيقة واحدة", two: "دقيقتان", few: "%s دقائق", many: "%s دقيقة", other: "%s دقيقة"}},
	{"ar", "stats.sec", plurals{zero: "%s ثانية", one: "ثانية واحدة", two: "ثانيتان", few: "%s ثوانٍ", many: "%s ثانية", other: "%s ثانية"}},
	{"ar", "seg.jump.count", plurals{zero: "لا كتل من هذا النوع", one: "كتلة واحدة من هذا النوع", two: "كتلتان من هذا النوع",
		few: "%s كتل من هذا النوع", many: "%s كتلة من هذا النوع", other: "%s كتلة من هذا النوع"}},
	{"ar", "status.pasting", plurals{few: "قراءة النص الملصق (%s أحرف)…", many: "قراءة النص الملصق (%s حرفا)…", other: "قراءة النص الملصق (%s حرف)…"}},
}
