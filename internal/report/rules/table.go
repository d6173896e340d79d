package rules

import "github.com/safi-app/safi/internal/report"

// The registry: one declaration a rule. See the package comment for how to
// add one.
var (
	// The text rules: ticker and menu lines (internal/extract/classify).

	TickerSpaceRun = add(Rule{
		Name: "ticker.space-run", Class: report.ClassTicker,
		How: "headlines between runs of spaces or U+00A0, or tabs",
		Text: Texts{
			"en": "headlines run together with wide spaces",
			"ar": "عناوين متلاصقة تفصلها مسافات طويلة",
			"fr": "titres collés par de longs espaces",
		},
	})

	TickerSeparator = add(Rule{
		Name: "ticker.separator", Class: report.ClassTicker,
		How: "headlines between a repeated separator (• | ◆ ■ ► …)",
		Text: Texts{
			"en": "headlines joined by separators",
			"ar": "عناوين تفصلها فواصل",
			"fr": "titres reliés par des séparateurs",
		},
	})

	TickerHeadlineRun = add(Rule{
		Name: "ticker.headline-run", Class: report.ClassTicker,
		How: "one headline a line, above the article",
		Text: Texts{
			"en": "a run of headlines before the article",
			"ar": "سلسلة عناوين قبل المقال",
			"fr": "une suite de titres avant l’article",
		},
	})

	TickerList = add(Rule{
		Name: "ticker.list", Class: report.ClassTicker,
		How: "a \"latest news\" list outside the article: headlines one a line, each marked the same way (a bullet, a clock time or a bar)",
		Text: Texts{
			"en": "a list of latest headlines, marked by bullets, times or bars",
			"ar": "قائمة آخر العناوين بنقاط أو أوقات أو خطوط فاصلة",
			"fr": "une liste des derniers titres, à puces, heures ou barres",
		},
	})

	MenuRow = add(Rule{
		Name: "boilerplate.menu-row", Class: report.ClassBoilerplate,
		How: "a line of short menu items between wide spaces or separators",
		Text: Texts{
			"en": "a row of menu items",
			"ar": "سطر قائمة تنقل",
			"fr": "une ligne de menu",
		},
	})

	MenuRun = add(Rule{
		Name: "boilerplate.menu-run", Class: report.ClassBoilerplate,
		How: "short menu lines, one a line, outside the article",
		Text: Texts{
			"en": "a run of short menu lines",
			"ar": "أسطر قائمة قصيرة متتالية",
			"fr": "une suite de courtes lignes de menu",
		},
	})

	Repeated = add(Rule{
		Name: "boilerplate.repeated", Class: report.ClassBoilerplate,
		How: "a short label the page repeats",
		Text: Texts{
			"en": "a label repeated on the page",
			"ar": "عبارة مكررة في الصفحة",
			"fr": "une étiquette répétée dans la page",
		},
	})

	// Boilerplate phrases (internal/extract/classify/vocab.go): a short block
	// holding one of a category's phrases.

	ImageReport = add(Rule{
		Name: "boilerplate.image-report", Class: report.ClassBoilerplate,
		Text: Texts{
			"en": "the image-report widget",
			"ar": "أداة الإبلاغ عن الصور",
			"fr": "le module de signalement d’image",
		},
	})

	ReadAtSource = add(Rule{
		Name: "boilerplate.read-at-source", Class: report.ClassBoilerplate,
		Text: Texts{
			"en": "a link to the original source",
			"ar": "رابط إلى المصدر الأصلي",
			"fr": "un lien vers la source",
		},
	})

	ReadAlso = add(Rule{
		Name: "boilerplate.read-also", Class: report.ClassBoilerplate,
		Text: Texts{
			"en": "a “read also” link",
			"ar": "رابط «اقرأ أيضا»",
			"fr": "un lien « lire aussi »",
		},
	})

	Share = add(Rule{
		Name: "boilerplate.share", Class: report.ClassBoilerplate,
		Text: Texts{
			"en": "share buttons",
			"ar": "أزرار المشاركة",
			"fr": "des boutons de partage",
		},
	})

	CookieNotice = add(Rule{
		Name: "boilerplate.cookie", Class: report.ClassBoilerplate,
		Text: Texts{
			"en": "a cookie notice",
			"ar": "تنبيه ملفات تعريف الارتباط",
			"fr": "un avis sur les cookies",
		},
	})

	Copyright = add(Rule{
		Name: "boilerplate.copyright", Class: report.ClassBoilerplate,
		Text: Texts{
			"en": "a copyright notice",
			"ar": "حقوق النشر",
			"fr": "une mention de droits",
		},
	})

	Paywall = add(Rule{
		Name: "boilerplate.paywall", Class: report.ClassBoilerplate,
		Text: Texts{
			"en": "a subscription prompt",
			"ar": "دعوة إلى الاشتراك",
			"fr": "une invitation à s’abonner",
		},
	})

	PrintNote = add(Rule{
		Name: "boilerplate.print-note", Class: report.ClassBoilerplate,
		Text: Texts{
			"en": "a print edition note",
			"ar": "ملاحظة النسخة المطبوعة",
			"fr": "une mention de l’édition imprimée",
		},
	})

	Publisher = add(Rule{
		Name: "boilerplate.publisher", Class: report.ClassBoilerplate,
		Text: Texts{
			"en": "the publisher's notice",
			"ar": "تنويه الناشر",
			"fr": "une mention de l’éditeur",
		},
	})

	ReadingTime = add(Rule{
		Name: "boilerplate.reading-time", Class: report.ClassBoilerplate,
		Text: Texts{
			"en": "a reading-time label",
			"ar": "مدة القراءة",
			"fr": "une durée de lecture",
		},
	})

	Disclaimer = add(Rule{
		Name: "boilerplate.disclaimer", Class: report.ClassBoilerplate,
		Text: Texts{
			"en": "a disclaimer",
			"ar": "إخلاء مسؤولية",
			"fr": "un avertissement",
		},
	})

	AdvertNote = add(Rule{
		Name: "boilerplate.advert-note", Class: report.ClassBoilerplate,
		Text: Texts{
			"en": "an advertising label",
			"ar": "إشارة إعلانية",
			"fr": "une mention publicitaire",
		},
	})

	Newsletter = add(Rule{
		Name: "boilerplate.newsletter", Class: report.ClassBoilerplate,
		Text: Texts{
			"en": "a newsletter prompt",
			"ar": "دعوة إلى النشرة البريدية",
			"fr": "une invitation à la lettre d’information",
		},
	})

	Advert = add(Rule{
		Name: "boilerplate.advert", Class: report.ClassBoilerplate,
		Text: Texts{
			"en": "an advertisement",
			"ar": "إعلان",
			"fr": "une publicité",
		},
	})

	CommentsPrompt = add(Rule{
		Name: "boilerplate.comments", Class: report.ClassBoilerplate,
		Text: Texts{
			"en": "the comments prompt",
			"ar": "دعوة إلى التعليق",
			"fr": "l’invitation à commenter",
		},
	})

	Loading = add(Rule{
		Name: "boilerplate.loading", Class: report.ClassBoilerplate,
		Text: Texts{
			"en": "a loading message",
			"ar": "رسالة تحميل",
			"fr": "un message de chargement",
		},
	})

	NavLink = add(Rule{
		Name: "boilerplate.nav", Class: report.ClassBoilerplate,
		Text: Texts{
			"en": "a navigation link",
			"ar": "رابط تنقل",
			"fr": "un lien de navigation",
		},
	})

	// Bylines and titles.

	Byline = add(Rule{
		Name: "byline.opener", Class: report.ClassByline,
		How: "a line opening with a byline phrase (\"By …\", \"نشر في …\")",
		Text: Texts{
			"en": "a line naming the source or author",
			"ar": "سطر يذكر المصدر أو الكاتب",
			"fr": "une ligne qui nomme la source ou l’auteur",
		},
	})

	BylineDate = add(Rule{
		Name: "byline.date-line", Class: report.ClassByline,
		How: "a short line holding the publication date",
		Text: Texts{
			"en": "the publication date",
			"ar": "تاريخ النشر",
			"fr": "la date de publication",
		},
	})

	BylineDateline = add(Rule{
		Name: "byline.dateline", Class: report.ClassByline,
		How: "a dateline: place and agency",
		Text: Texts{
			"en": "a dateline (place and agency)",
			"ar": "سطر المكان والوكالة",
			"fr": "une ligne d’agence (lieu et agence)",
		},
	})

	BylineName = add(Rule{
		Name: "byline.name-line", Class: report.ClassByline,
		How: "the author's name on a line of its own, next to the byline",
		Text: Texts{
			"en": "the author's name",
			"ar": "اسم الكاتب",
			"fr": "le nom de l’auteur",
		},
	})

	TitleBeforeByline = add(Rule{
		Name: "title.before-byline", Class: report.ClassTitle,
		Text: Texts{
			"en": "the headline next to the byline",
			"ar": "العنوان المجاور لسطر الكاتب",
			"fr": "le titre à côté de la signature",
		},
	})

	TitleBeforeBody = add(Rule{
		Name: "title.before-article", Class: report.ClassTitle,
		Text: Texts{
			"en": "the headline just before the article",
			"ar": "العنوان الذي يسبق المقال مباشرة",
			"fr": "le titre juste avant l’article",
		},
	})

	TitleMeta = add(Rule{
		Name: "title.matches-meta", Class: report.ClassTitle,
		Text: Texts{
			"en": "the headline matching the page's title",
			"ar": "العنوان المطابق لعنوان الصفحة",
			"fr": "le titre qui correspond à celui de la page",
		},
	})

	TitleSimilar = add(Rule{
		Name: "title.similar-to-body", Class: report.ClassTitle,
		Text: Texts{
			"en": "the headline closest to the article's words",
			"ar": "العنوان الأقرب إلى كلمات المقال",
			"fr": "le titre le plus proche des mots de l’article",
		},
	})

	// The article's body: headings and paragraphs.

	Heading = add(Rule{
		Name: "heading.short-before-prose", Class: report.ClassHeading,
		Text: Texts{
			"en": "a short line opening a paragraph",
			"ar": "سطر قصير يسبق فقرة",
			"fr": "une ligne courte qui ouvre un paragraphe",
		},
	})

	HeadingList = add(Rule{
		Name: "heading.before-list", Class: report.ClassHeading,
		Text: Texts{
			"en": "a short line opening a list",
			"ar": "سطر قصير يسبق قائمة",
			"fr": "une ligne courte qui ouvre une liste",
		},
	})

	Paragraph = add(Rule{
		Name: "paragraph.prose", Class: report.ClassParagraph,
		How: "function words (for Chinese and Japanese, function characters), or a long lower-case sentence in any cased script",
		Text: Texts{
			"en": "running text",
			"ar": "نص متصل",
			"fr": "du texte suivi",
		},
	})

	ParagraphShort = add(Rule{
		Name: "paragraph.short-in-article", Class: report.ClassParagraph,
		Text: Texts{
			"en": "a short line inside the article",
			"ar": "سطر قصير داخل المقال",
			"fr": "une ligne courte dans l’article",
		},
	})

	ParagraphNoProse = add(Rule{
		Name: "paragraph.whole-text", Class: report.ClassParagraph,
		How: "no prose anywhere: a short note is all article",
		Text: Texts{
			"en": "text of a page with no clear article",
			"ar": "نص صفحة بلا مقال واضح",
			"fr": "le texte d’une page sans article net",
		},
	})

	ParagraphBetween = add(Rule{
		Name: "paragraph.between-prose", Class: report.ClassParagraph,
		Text: Texts{
			"en": "a line between paragraphs",
			"ar": "سطر بين فقرتين",
			"fr": "une ligne entre deux paragraphes",
		},
	})

	ParagraphFormula = add(Rule{
		Name: "paragraph.formula", Class: report.ClassParagraph,
		How: "mathematics copied one symbol a line",
		Text: Texts{
			"en": "a formula or figures line",
			"ar": "معادلة أو سطر أرقام",
			"fr": "une formule ou une ligne de chiffres",
		},
	})

	// Outside the article.

	RelatedList = add(Rule{
		Name: "other.related-list", Class: report.ClassOther,
		How: "also a list of teasers (headline, a sentence or two, author, date) after a \"most popular\" or \"read also\" label at the end of the region",
		Text: Texts{
			"en": "a list of related headlines",
			"ar": "قائمة عناوين ذات صلة",
			"fr": "une liste de titres liés",
		},
	})

	Caption = add(Rule{
		Name: "other.caption", Class: report.ClassOther,
		Text: Texts{
			"en": "a photo caption or credit",
			"ar": "تعليق على صورة أو نسبتها",
			"fr": "une légende ou un crédit photo",
		},
	})

	Comments = add(Rule{
		Name: "other.comments", Class: report.ClassOther,
		Text: Texts{
			"en": "readers' comments",
			"ar": "تعليقات القراء",
			"fr": "des commentaires de lecteurs",
		},
	})

	Outside = add(Rule{
		Name: "other.outside-article", Class: report.ClassOther,
		Text: Texts{
			"en": "outside the article",
			"ar": "خارج المقال",
			"fr": "hors de l’article",
		},
	})

	Blank = add(Rule{
		Name: "other.blank", Class: report.ClassOther,
		Text: Texts{
			"en": "blank",
			"ar": "فارغ",
			"fr": "vide",
		},
	})

	Unclassified = add(Rule{
		Name: "other.unclassified", Class: report.ClassOther,
		How: "a block no rule decided",
		Text: Texts{
			"en": "not classified",
			"ar": "غير مصنف",
			"fr": "non classé",
		},
	})

	// The user's corrections (internal/extract/assemble).

	UserInclude = add(Rule{
		Name: "user.include", Class: report.ClassParagraph,
		Text: Texts{
			"en": "put into the article by you",
			"ar": "أدخلتَه في المقال",
			"fr": "mis dans l’article par vous",
		},
	})

	UserExclude = add(Rule{
		Name: "user.exclude", Class: report.ClassOther,
		Text: Texts{
			"en": "taken out of the article by you",
			"ar": "أخرجتَه من المقال",
			"fr": "retiré de l’article par vous",
		},
	})

	// Blocks decided from an HTML page's DOM
	// (internal/extract/classify/html_rules.go).

	HTMLTicker = add(Rule{
		Name: "html.ticker", Class: report.ClassTicker,
		How: "a container named ticker/marquee/breaking, made of short linked items",
		Text: Texts{
			"en": "a news ticker in the page",
			"ar": "شريط أخبار في الصفحة",
			"fr": "un bandeau d’actualités de la page",
		},
	})

	HTMLTitle = add(Rule{
		Name: "html.title", Class: report.ClassTitle, Also: report.ClassOther,
		How: "the heading that repeats the page's title; other when the page's metadata names the title, the heading being a repeat",
		Text: Texts{
			"en": "the page's headline",
			"ar": "عنوان الصفحة",
			"fr": "le titre de la page",
		},
	})

	HTMLByline = add(Rule{
		Name: "html.byline", Class: report.ClassByline,
		How: "the author line of the main content",
		Text: Texts{
			"en": "the author line",
			"ar": "سطر الكاتب",
			"fr": "la ligne de l’auteur",
		},
	})

	HTMLHeading = add(Rule{
		Name: "html.heading", Class: report.ClassHeading,
		How: "a heading inside the main content",
		Text: Texts{
			"en": "a heading of the main content",
			"ar": "عنوان فرعي في المحتوى الرئيسي",
			"fr": "un intertitre du contenu principal",
		},
	})

	HTMLMain = add(Rule{
		Name: "html.main", Class: report.ClassParagraph,
		How: "text inside the main content container",
		Text: Texts{
			"en": "the main content",
			"ar": "المحتوى الرئيسي",
			"fr": "le contenu principal",
		},
	})

	HTMLNav = add(Rule{
		Name: "html.nav", Class: report.ClassBoilerplate,
		How: "navigation: <nav>, role=navigation, menu or nav class names",
		Text: Texts{
			"en": "navigation",
			"ar": "التنقل",
			"fr": "la navigation",
		},
	})

	HTMLHeader = add(Rule{
		Name: "html.header", Class: report.ClassBoilerplate,
		How: "the page header: <header>, role=banner",
		Text: Texts{
			"en": "the page header",
			"ar": "رأس الصفحة",
			"fr": "l’en-tête de la page",
		},
	})

	HTMLFooter = add(Rule{
		Name: "html.footer", Class: report.ClassBoilerplate,
		How: "the page footer: <footer>, role=contentinfo",
		Text: Texts{
			"en": "the page footer",
			"ar": "تذييل الصفحة",
			"fr": "le pied de page",
		},
	})

	HTMLAside = add(Rule{
		Name: "html.aside", Class: report.ClassBoilerplate,
		How: "<aside>, sidebars, role=complementary",
		Text: Texts{
			"en": "a sidebar",
			"ar": "عمود جانبي",
			"fr": "une colonne latérale",
		},
	})

	HTMLCookie = add(Rule{
		Name: "html.cookie", Class: report.ClassBoilerplate,
		How: "cookie and consent banners",
		Text: Texts{
			"en": "a cookie banner",
			"ar": "شريط ملفات تعريف الارتباط",
			"fr": "un bandeau de cookies",
		},
	})

	HTMLWidget = add(Rule{
		Name: "html.widget", Class: report.ClassBoilerplate,
		How: "related links, comments, share and follow rows, newsletters, ads",
		Text: Texts{
			"en": "a widget (related links, share, newsletter, ads)",
			"ar": "أداة (روابط، مشاركة، نشرة، إعلانات)",
			"fr": "un module (liens, partage, lettre, publicité)",
		},
	})

	HTMLDiscussion = add(Rule{
		Name: "html.discussion", Class: report.ClassParagraph,
		How: "on a page that declares itself a forum thread or a question and its answers (schema.org, a forum engine), the posts and replies outside the main post",
		Text: Texts{
			"en": "a post of the discussion",
			"ar": "مشاركة في النقاش",
			"fr": "un message de la discussion",
		},
	})

	HTMLLinkDense = add(Rule{
		Name: "html.link-dense", Class: report.ClassBoilerplate,
		How: "mostly link text outside the main content",
		Text: Texts{
			"en": "mostly links",
			"ar": "روابط في الغالب",
			"fr": "surtout des liens",
		},
	})

	HTMLAfterArticle = add(Rule{
		Name: "html.after-article", Class: report.ClassBoilerplate,
		How: "in the main content after the article's end, as the text rules find it: a comments header or a thread of signed comments, a tag line, the author's biography, a share row or a copyright line",
		Text: Texts{
			"en": "after the end of the article",
			"ar": "بعد نهاية المقال",
			"fr": "après la fin de l’article",
		},
	})

	HTMLOutside = add(Rule{
		Name: "html.outside-main", Class: report.ClassOther,
		How: "anything else outside the main content",
		Text: Texts{
			"en": "outside the main content",
			"ar": "خارج المحتوى الرئيسي",
			"fr": "hors du contenu principal",
		},
	})

	// The learned block model (internal/extract/classify, model.go): it
	// decides a block's class where it overrides the rules' verdict, so its
	// rules have no class of their own.

	ModelText = add(Rule{
		Name: "model.text",
		How:  "the learned block model overrode the rules on a text page; report.Noise.Why names the features that weighed most",
		Text: Texts{
			"en": "the learned model",
			"ar": "النموذج المتعلَّم",
			"fr": "le modèle appris",
		},
	})

	ModelHTML = add(Rule{
		Name: "model.html",
		How:  "the learned block model overrode the rules on an HTML page; report.Noise.Why names the features that weighed most",
		Text: Texts{
			"en": "the learned model (HTML)",
			"ar": "النموذج المتعلَّم (HTML)",
			"fr": "le modèle appris (HTML)",
		},
	})

	HTMLMainDropped = add(Rule{
		Name: "html.main-dropped-", Class: report.ClassBoilerplate, Prefix: true,
		How: "the start of its names: the reason the reader dropped a part of the main content (\"html.main-dropped-share\")",
		Text: Texts{
			"en": "left out of the main content (%s)",
			"ar": "استُبعد من المحتوى الرئيسي (%s)",
			"fr": "écarté du contenu principal (%s)",
		},
	})
)
