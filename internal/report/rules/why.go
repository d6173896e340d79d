package rules

import (
	"strings"

	"github.com/safi-app/safi/internal/report"
)

// whyTexts say what the learned block model's reasons (report.Noise.Why,
// keys named in internal/extract/classify's whyOf) mean, in each language
// of Languages: the page's removed-blocks list and app analyze --format md
// say "the learned model: short, mostly links, far from the article". A
// new key needs its words in every language (TestWhyTexts). (Texts by key,
// as the rules' texts, not maps by language: app.wasm builds one map when
// it starts, not four.)
var whyTexts = map[string]Texts{
	"short":              {En: "short", Ar: "قصير", Fr: "court"},
	"long":               {En: "long", Ar: "طويل", Fr: "long"},
	"short-words":        {En: "short words", Ar: "كلمات قصيرة", Fr: "mots courts"},
	"long-words":         {En: "long words", Ar: "كلمات طويلة", Fr: "mots longs"},
	"little-punct":       {En: "little punctuation", Ar: "ترقيم قليل", Fr: "peu de ponctuation"},
	"much-punct":         {En: "much punctuation", Ar: "ترقيم كثير", Fr: "beaucoup de ponctuation"},
	"few-digits":         {En: "few digits", Ar: "أرقام قليلة", Fr: "peu de chiffres"},
	"many-digits":        {En: "many digits", Ar: "أرقام كثيرة", Fr: "beaucoup de chiffres"},
	"few-function-words": {En: "few function words", Ar: "أدوات ربط قليلة", Fr: "peu de mots outils"},
	"function-words":     {En: "reads as prose", Ar: "نص متصل", Fr: "se lit comme de la prose"},
	"nav-words":          {En: "menu words", Ar: "كلمات قوائم", Fr: "mots de menu"},
	"few-caps":           {En: "few capitals", Ar: "أحرف كبيرة قليلة", Fr: "peu de majuscules"},
	"many-caps":          {En: "many capitals", Ar: "أحرف كبيرة كثيرة", Fr: "beaucoup de majuscules"},
	"no-stop":            {En: "no full stop", Ar: "بلا نقطة في آخره", Fr: "sans point final"},
	"ends-stop":          {En: "ends with a full stop", Ar: "ينتهي بنقطة", Fr: "finit par un point"},
	"list-item":          {En: "a list item", Ar: "عنصر قائمة", Fr: "un élément de liste"},
	"menu-like":          {En: "like a menu item", Ar: "يشبه عنصر قائمة", Fr: "comme un élément de menu"},
	"colon":              {En: "ends with a colon", Ar: "ينتهي بنقطتين", Fr: "finit par deux-points"},
	"question":           {En: "a question", Ar: "سؤال", Fr: "une question"},
	"title-case":         {En: "capitalised like a headline", Ar: "مكتوب كعنوان", Fr: "en majuscules comme un titre"},
	"symbolic":           {En: "mostly symbols", Ar: "رموز في الغالب", Fr: "surtout des symboles"},
	"repeated":           {En: "repeated on the page", Ar: "مكرر في الصفحة", Fr: "répété sur la page"},
	"page-top":           {En: "near the top of the page", Ar: "قرب أعلى الصفحة", Fr: "en haut de la page"},
	"page-bottom":        {En: "near the bottom of the page", Ar: "قرب أسفل الصفحة", Fr: "en bas de la page"},
	"outside-region":     {En: "outside the article", Ar: "خارج المقال", Fr: "hors de l'article"},
	"inside-region":      {En: "inside the article", Ar: "داخل المقال", Fr: "dans l'article"},
	"near-article":       {En: "next to the article", Ar: "بجوار المقال", Fr: "près de l'article"},
	"far-from-article":   {En: "far from the article", Ar: "بعيد عن المقال", Fr: "loin de l'article"},
	"among-noise":        {En: "among removed blocks", Ar: "بين كتل محذوفة", Fr: "parmi des blocs retirés"},
	"among-article":      {En: "among article blocks", Ar: "بين كتل المقال", Fr: "parmi des blocs de l'article"},
	"among-short":        {En: "among short lines", Ar: "بين أسطر قصيرة", Fr: "parmi des lignes courtes"},
	"among-long":         {En: "among long paragraphs", Ar: "بين فقرات طويلة", Fr: "parmi de longs paragraphes"},
	"among-prose":        {En: "among prose", Ar: "بين نص متصل", Fr: "parmi de la prose"},
	"rules-out":          {En: "the rules left it out", Ar: "استبعدته القواعد", Fr: "les règles l'ont écarté"},
	"rules-in":           {En: "the rules kept it", Ar: "أبقته القواعد", Fr: "les règles l'ont gardé"},
	"related":            {En: "a related list", Ar: "قائمة مواضيع ذات صلة", Fr: "une liste d'articles liés"},
	"caption":            {En: "a caption", Ar: "تعليق صورة", Fr: "une légende"},
	"comments":           {En: "comments", Ar: "تعليقات", Fr: "des commentaires"},
	"few-links":          {En: "few links", Ar: "روابط قليلة", Fr: "peu de liens"},
	"links":              {En: "mostly links", Ar: "روابط في الغالب", Fr: "surtout des liens"},
	"heading":            {En: "a heading", Ar: "عنوان فرعي", Fr: "un intertitre"},
	"in-list":            {En: "in a list", Ar: "داخل قائمة", Fr: "dans une liste"},
	"paragraph-tag":      {En: "a paragraph element", Ar: "عنصر فقرة", Fr: "un élément paragraphe"},
	"table":              {En: "a table cell", Ar: "خلية جدول", Fr: "une cellule de tableau"},
	"code":               {En: "code", Ar: "شيفرة", Fr: "du code"},
	"quote":              {En: "a quotation", Ar: "اقتباس", Fr: "une citation"},
	"nav":                {En: "navigation", Ar: "تصفح", Fr: "navigation"},
	"header":             {En: "the page header", Ar: "رأس الصفحة", Fr: "l'en-tête de la page"},
	"footer":             {En: "the page footer", Ar: "تذييل الصفحة", Fr: "le pied de page"},
	"aside":              {En: "a sidebar", Ar: "شريط جانبي", Fr: "une colonne latérale"},
	"in-article-element": {En: "inside an article element", Ar: "داخل عنصر مقال", Fr: "dans un élément article"},
	"form":               {En: "a form", Ar: "استمارة", Fr: "un formulaire"},
	"share":              {En: "share buttons", Ar: "أزرار مشاركة", Fr: "boutons de partage"},
	"ad":                 {En: "an advertisement", Ar: "إعلان", Fr: "une publicité"},
	"meta":               {En: "author, date or tags", Ar: "كاتب أو تاريخ أو وسوم", Fr: "auteur, date ou mots-clés"},
	"in-main":            {En: "in the main content", Ar: "في المحتوى الرئيسي", Fr: "dans le contenu principal"},
	"outside-main":       {En: "outside the main content", Ar: "خارج المحتوى الرئيسي", Fr: "hors du contenu principal"},
	"dropped-from-main":  {En: "dropped from the main content", Ar: "حُذف من المحتوى الرئيسي", Fr: "retiré du contenu principal"},
	"among-links":        {En: "among links", Ar: "بين روابط", Fr: "parmi des liens"},
	"sequence":           {En: "among blocks that are not article", Ar: "بين كتل ليست من المقال", Fr: "entre des blocs qui ne sont pas l'article"},
	"after-article":      {En: "after the article", Ar: "بعد المقال", Fr: "après l'article"},
	"discussion":         {En: "a discussion page", Ar: "صفحة نقاش", Fr: "une page de discussion"},
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
	t, ok := whyTexts[key]
	if !ok {
		return key
	}
	if s := t.In(lang); s != "" {
		return s
	}
	return t[En]
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
