package rules

import (
	"strings"

	"github.com/safi-app/safi/internal/report"
)

// whyTexts say what the learned block model's reasons (report.Noise.Why,
// keys named in internal/extract/classify's whyOf) mean, by language of
// Languages: the page's removed-blocks list and app analyze --format md say
// "the learned model: short, mostly links, far from the article". A new key
// needs its words in every language (TestWhyTexts).
var whyTexts = map[string]map[string]string{
	"en": {
		"short": "short", "long": "long", "short-words": "short words", "long-words": "long words",
		"little-punct": "little punctuation", "much-punct": "much punctuation", "few-digits": "few digits",
		"many-digits": "many digits", "few-function-words": "few function words", "function-words": "reads as prose",
		"nav-words": "menu words", "few-caps": "few capitals", "many-caps": "many capitals",
		"no-stop": "no full stop", "ends-stop": "ends with a full stop", "list-item": "a list item",
		"menu-like": "like a menu item", "colon": "ends with a colon", "question": "a question",
		"title-case": "capitalised like a headline", "symbolic": "mostly symbols", "repeated": "repeated on the page",
		"page-top": "near the top of the page", "page-bottom": "near the bottom of the page",
		"outside-region": "outside the article", "inside-region": "inside the article",
		"near-article": "next to the article", "far-from-article": "far from the article",
		"among-noise": "among removed blocks", "among-article": "among article blocks",
		"among-short": "among short lines", "among-long": "among long paragraphs", "among-prose": "among prose",
		"rules-out": "the rules left it out", "rules-in": "the rules kept it", "related": "a related list",
		"caption": "a caption", "comments": "comments", "few-links": "few links", "links": "mostly links",
		"heading": "a heading", "in-list": "in a list", "paragraph-tag": "a paragraph element", "table": "a table cell",
		"code": "code", "quote": "a quotation", "nav": "navigation", "header": "the page header",
		"footer": "the page footer", "aside": "a sidebar", "in-article-element": "inside an article element",
		"form": "a form", "share": "share buttons", "ad": "an advertisement", "meta": "author, date or tags",
		"in-main": "in the main content", "outside-main": "outside the main content",
		"dropped-from-main": "dropped from the main content", "among-links": "among links",
		"sequence":      "among blocks that are not article",
		"after-article": "after the article", "discussion": "a discussion page",
	},
	"fr": {
		"short": "court", "long": "long", "short-words": "mots courts", "long-words": "mots longs",
		"little-punct": "peu de ponctuation", "much-punct": "beaucoup de ponctuation", "few-digits": "peu de chiffres",
		"many-digits": "beaucoup de chiffres", "few-function-words": "peu de mots outils", "function-words": "se lit comme de la prose",
		"nav-words": "mots de menu", "few-caps": "peu de majuscules", "many-caps": "beaucoup de majuscules",
		"no-stop": "sans point final", "ends-stop": "finit par un point", "list-item": "un élément de liste",
		"menu-like": "comme un élément de menu", "colon": "finit par deux-points", "question": "une question",
		"title-case": "en majuscules comme un titre", "symbolic": "surtout des symboles", "repeated": "répété sur la page",
		"page-top": "en haut de la page", "page-bottom": "en bas de la page",
		"outside-region": "hors de l'article", "inside-region": "dans l'article",
		"near-article": "près de l'article", "far-from-article": "loin de l'article",
		"among-noise": "parmi des blocs retirés", "among-article": "parmi des blocs de l'article",
		"among-short": "parmi des lignes courtes", "among-long": "parmi de longs paragraphes", "among-prose": "parmi de la prose",
		"rules-out": "les règles l'ont écarté", "rules-in": "les règles l'ont gardé", "related": "une liste d'articles liés",
		"caption": "une légende", "comments": "des commentaires", "few-links": "peu de liens", "links": "surtout des liens",
		"heading": "un intertitre", "in-list": "dans une liste", "paragraph-tag": "un élément paragraphe", "table": "une cellule de tableau",
		"code": "du code", "quote": "une citation", "nav": "navigation", "header": "l'en-tête de la page",
		"footer": "le pied de page", "aside": "une colonne latérale", "in-article-element": "dans un élément article",
		"form": "un formulaire", "share": "boutons de partage", "ad": "une publicité", "meta": "auteur, date ou mots-clés",
		"in-main": "dans le contenu principal", "outside-main": "hors du contenu principal",
		"dropped-from-main": "retiré du contenu principal", "among-links": "parmi des liens",
		"sequence":      "entre des blocs qui ne sont pas l'article",
		"after-article": "après l'article", "discussion": "une page de discussion",
	},
	"ar": {
		"short": "قصير", "long": "طويل", "short-words": "كلمات قصيرة", "long-words": "كلمات طويلة",
		"little-punct": "ترقيم قليل", "much-punct": "ترقيم كثير", "few-digits": "أرقام قليلة",
		"many-digits": "أرقام كثيرة", "few-function-words": "أدوات ربط قليلة", "function-words": "نص متصل",
		"nav-words": "كلمات قوائم", "few-caps": "أحرف كبيرة قليلة", "many-caps": "أحرف كبيرة كثيرة",
		"no-stop": "بلا نقطة في آخره", "ends-stop": "ينتهي بنقطة", "list-item": "عنصر قائمة",
		"menu-like": "يشبه عنصر قائمة", "colon": "ينتهي بنقطتين", "question": "سؤال",
		"title-case": "مكتوب كعنوان", "symbolic": "رموز في الغالب", "repeated": "مكرر في الصفحة",
		"page-top": "قرب أعلى الصفحة", "page-bottom": "قرب أسفل الصفحة",
		"outside-region": "خارج المقال", "inside-region": "داخل المقال",
		"near-article": "بجوار المقال", "far-from-article": "بعيد عن المقال",
		"among-noise": "بين كتل محذوفة", "among-article": "بين كتل المقال",
		"among-short": "بين أسطر قصيرة", "among-long": "بين فقرات طويلة", "among-prose": "بين نص متصل",
		"rules-out": "استبعدته القواعد", "rules-in": "أبقته القواعد", "related": "قائمة مواضيع ذات صلة",
		"caption": "تعليق صورة", "comments": "تعليقات", "few-links": "روابط قليلة", "links": "روابط في الغالب",
		"heading": "عنوان فرعي", "in-list": "داخل قائمة", "paragraph-tag": "عنصر فقرة", "table": "خلية جدول",
		"code": "شيفرة", "quote": "اقتباس", "nav": "تصفح", "header": "رأس الصفحة",
		"footer": "تذييل الصفحة", "aside": "شريط جانبي", "in-article-element": "داخل عنصر مقال",
		"form": "استمارة", "share": "أزرار مشاركة", "ad": "إعلان", "meta": "كاتب أو تاريخ أو وسوم",
		"in-main": "في المحتوى الرئيسي", "outside-main": "خارج المحتوى الرئيسي",
		"dropped-from-main": "حُذف من المحتوى الرئيسي", "among-links": "بين روابط",
		"sequence":      "بين كتل ليست من المقال",
		"after-article": "بعد المقال", "discussion": "صفحة نقاش",
	},
}

// listPunct is, by language, what goes before a list that says what a
// rule found and between its items.
var listPunct = map[string]struct{ colon, sep string }{
	"en": {": ", ", "},
	"fr": {" : ", ", "},
	"ar": {": ", "، "},
}

// WhyText says in lang what a reason key of the learned model means,
// falling back to English, then to the key (one this build does not know).
func WhyText(lang, key string) string {
	if t, ok := whyTexts[lang][key]; ok {
		return t
	}
	if t, ok := whyTexts["en"][key]; ok {
		return t
	}
	return key
}

// NoiseText says in lang why a block was removed: the rule's text, and for
// the learned model the features that weighed most ("the learned model:
// short, mostly links, far from the article").
func NoiseText(lang string, n report.Noise) string {
	s := Text(lang, n.Rule)
	if len(n.Why) == 0 {
		return s
	}
	p, ok := listPunct[lang]
	if !ok {
		p = listPunct["en"]
	}
	parts := make([]string, len(n.Why))
	for i, k := range n.Why {
		parts[i] = WhyText(lang, k)
	}
	return s + p.colon + strings.Join(parts, p.sep)
}
