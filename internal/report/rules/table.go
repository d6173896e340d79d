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
			En: "headlines run together with wide spaces",
			Ar: "عناوين متلاصقة تفصلها مسافات طويلة",
			Fr: "titres collés par de longs espaces",
		},
	})

	TickerSeparator = add(Rule{
		Name: "ticker.separator", Class: report.ClassTicker,
		How: "headlines between a repeated separator (• | ◆ ■ ► …)",
		Text: Texts{
			En: "headlines joined by separators",
			Ar: "عناوين تفصلها فواصل",
			Fr: "titres reliés par des séparateurs",
		},
	})

	TickerHeadlineRun = add(Rule{
		Name: "ticker.headline-run", Class: report.ClassTicker,
		How: "one headline a line, above the article",
		Text: Texts{
			En: "a run of headlines before the article",
			Ar: "سلسلة عناوين قبل المقال",
			Fr: "une suite de titres avant l’article",
		},
	})

	TickerList = add(Rule{
		Name: "ticker.list", Class: report.ClassTicker,
		How: "a \"latest news\" list outside the article: headlines one a line, each marked the same way (a bullet, a clock time or a bar)",
		Text: Texts{
			En: "a list of latest headlines, marked by bullets, times or bars",
			Ar: "قائمة آخر العناوين بنقاط أو أوقات أو خطوط فاصلة",
			Fr: "une liste des derniers titres, à puces, heures ou barres",
		},
	})

	MenuRow = add(Rule{
		Name: "boilerplate.menu-row", Class: report.ClassBoilerplate,
		How: "a line of short menu items between wide spaces or separators",
		Text: Texts{
			En: "a row of menu items",
			Ar: "سطر قائمة تنقل",
			Fr: "une ligne de menu",
		},
	})

	MenuRun = add(Rule{
		Name: "boilerplate.menu-run", Class: report.ClassBoilerplate,
		How: "short menu lines, one a line, outside the article",
		Text: Texts{
			En: "a run of short menu lines",
			Ar: "أسطر قائمة قصيرة متتالية",
			Fr: "une suite de courtes lignes de menu",
		},
	})

	Repeated = add(Rule{
		Name: "boilerplate.repeated", Class: report.ClassBoilerplate,
		How: "a short label the page repeats",
		Text: Texts{
			En: "a label repeated on the page",
			Ar: "عبارة مكررة في الصفحة",
			Fr: "une étiquette répétée dans la page",
		},
	})

	// Boilerplate phrases (internal/extract/classify/vocab.go): a short block
	// holding one of a category's phrases.

	ImageReport = add(Rule{
		Name: "boilerplate.image-report", Class: report.ClassBoilerplate,
		Text: Texts{
			En: "the image-report widget",
			Ar: "أداة الإبلاغ عن الصور",
			Fr: "le module de signalement d’image",
		},
	})

	ReadAtSource = add(Rule{
		Name: "boilerplate.read-at-source", Class: report.ClassBoilerplate,
		Text: Texts{
			En: "a link to the original source",
			Ar: "رابط إلى المصدر الأصلي",
			Fr: "un lien vers la source",
		},
	})

	ReadAlso = add(Rule{
		Name: "boilerplate.read-also", Class: report.ClassBoilerplate,
		Text: Texts{
			En: "a “read also” link",
			Ar: "رابط «اقرأ أيضا»",
			Fr: "un lien « lire aussi »",
		},
	})

	Share = add(Rule{
		Name: "boilerplate.share", Class: report.ClassBoilerplate,
		Text: Texts{
			En: "share buttons",
			Ar: "أزرار المشاركة",
			Fr: "des boutons de partage",
		},
	})

	CookieNotice = add(Rule{
		Name: "boilerplate.cookie", Class: report.ClassBoilerplate,
		Text: Texts{
			En: "a cookie notice",
			Ar: "تنبيه ملفات تعريف الارتباط",
			Fr: "un avis sur les cookies",
		},
	})

	Copyright = add(Rule{
		Name: "boilerplate.copyright", Class: report.ClassBoilerplate,
		Text: Texts{
			En: "a copyright notice",
			Ar: "حقوق النشر",
			Fr: "une mention de droits",
		},
	})

	Paywall = add(Rule{
		Name: "boilerplate.paywall", Class: report.ClassBoilerplate,
		Text: Texts{
			En: "a subscription prompt",
			Ar: "دعوة إلى الاشتراك",
			Fr: "une invitation à s’abonner",
		},
	})

	PrintNote = add(Rule{
		Name: "boilerplate.print-note", Class: report.ClassBoilerplate,
		Text: Texts{
			En: "a print edition note",
			Ar: "ملاحظة النسخة المطبوعة",
			Fr: "une mention de l’édition imprimée",
		},
	})

	Publisher = add(Rule{
		Name: "boilerplate.publisher", Class: report.ClassBoilerplate,
		Text: Texts{
			En: "the publisher's notice",
			Ar: "تنويه الناشر",
			Fr: "une mention de l’éditeur",
		},
	})

	ReadingTime = add(Rule{
		Name: "boilerplate.reading-time", Class: report.ClassBoilerplate,
		Text: Texts{
			En: "a reading-time label",
			Ar: "مدة القراءة",
			Fr: "une durée de lecture",
		},
	})

	Disclaimer = add(Rule{
		Name: "boilerplate.disclaimer", Class: report.ClassBoilerplate,
		Text: Texts{
			En: "a disclaimer",
			Ar: "إخلاء مسؤولية",
			Fr: "un avertissement",
		},
	})

	AdvertNote = add(Rule{
		Name: "boilerplate.advert-note", Class: report.ClassBoilerplate,
		Text: Texts{
			En: "an advertising label",
			Ar: "إشارة إعلانية",
			Fr: "une mention publicitaire",
		},
	})

	Newsletter = add(Rule{
		Name: "boilerplate.newsletter", Class: report.ClassBoilerplate,
		Text: Texts{
			En: "a newsletter prompt",
			Ar: "دعوة إلى النشرة البريدية",
			Fr: "une invitation à la lettre d’information",
		},
	})

	Advert = add(Rule{
		Name: "boilerplate.advert", Class: report.ClassBoilerplate,
		Text: Texts{
			En: "an advertisement",
			Ar: "إعلان",
			Fr: "une publicité",
		},
	})

	CommentsPrompt = add(Rule{
		Name: "boilerplate.comments", Class: report.ClassBoilerplate,
		Text: Texts{
			En: "the comments prompt",
			Ar: "دعوة إلى التعليق",
			Fr: "l’invitation à commenter",
		},
	})

	Loading = add(Rule{
		Name: "boilerplate.loading", Class: report.ClassBoilerplate,
		Text: Texts{
			En: "a loading message",
			Ar: "رسالة تحميل",
			Fr: "un message de chargement",
		},
	})

	NavLink = add(Rule{
		Name: "boilerplate.nav", Class: report.ClassBoilerplate,
		Text: Texts{
			En: "a navigation link",
			Ar: "رابط تنقل",
			Fr: "un lien de navigation",
		},
	})

	// Bylines and titles.

	Byline = add(Rule{
		Name: "byline.opener", Class: report.ClassByline,
		How: "a line opening with a byline phrase (\"By …\", \"نشر في …\")",
		Text: Texts{
			En: "a line naming the source or author",
			Ar: "سطر يذكر المصدر أو الكاتب",
			Fr: "une ligne qui nomme la source ou l’auteur",
		},
	})

	BylineDate = add(Rule{
		Name: "byline.date-line", Class: report.ClassByline,
		How: "a short line holding the publication date",
		Text: Texts{
			En: "the publication date",
			Ar: "تاريخ النشر",
			Fr: "la date de publication",
		},
	})

	BylineDateline = add(Rule{
		Name: "byline.dateline", Class: report.ClassByline,
		How: "a dateline: place and agency",
		Text: Texts{
			En: "a dateline (place and agency)",
			Ar: "سطر المكان والوكالة",
			Fr: "une ligne d’agence (lieu et agence)",
		},
	})

	BylineName = add(Rule{
		Name: "byline.name-line", Class: report.ClassByline,
		How: "the author's name on a line of its own, next to the byline",
		Text: Texts{
			En: "the author's name",
			Ar: "اسم الكاتب",
			Fr: "le nom de l’auteur",
		},
	})

	TitleBeforeByline = add(Rule{
		Name: "title.before-byline", Class: report.ClassTitle,
		Text: Texts{
			En: "the headline next to the byline",
			Ar: "العنوان المجاور لسطر الكاتب",
			Fr: "le titre à côté de la signature",
		},
	})

	TitleBeforeBody = add(Rule{
		Name: "title.before-article", Class: report.ClassTitle,
		Text: Texts{
			En: "the headline just before the article",
			Ar: "العنوان الذي يسبق المقال مباشرة",
			Fr: "le titre juste avant l’article",
		},
	})

	TitleMeta = add(Rule{
		Name: "title.matches-meta", Class: report.ClassTitle,
		Text: Texts{
			En: "the headline matching the page's title",
			Ar: "العنوان المطابق لعنوان الصفحة",
			Fr: "le titre qui correspond à celui de la page",
		},
	})

	TitleSimilar = add(Rule{
		Name: "title.similar-to-body", Class: report.ClassTitle,
		Text: Texts{
			En: "the headline closest to the article's words",
			Ar: "العنوان الأقرب إلى كلمات المقال",
			Fr: "le titre le plus proche des mots de l’article",
		},
	})

	// The article's body: headings and paragraphs.

	Heading = add(Rule{
		Name: "heading.short-before-prose", Class: report.ClassHeading,
		Text: Texts{
			En: "a short line opening a paragraph",
			Ar: "سطر قصير يسبق فقرة",
			Fr: "une ligne courte qui ouvre un paragraphe",
		},
	})

	HeadingList = add(Rule{
		Name: "heading.before-list", Class: report.ClassHeading,
		Text: Texts{
			En: "a short line opening a list",
			Ar: "سطر قصير يسبق قائمة",
			Fr: "une ligne courte qui ouvre une liste",
		},
	})

	Paragraph = add(Rule{
		Name: "paragraph.prose", Class: report.ClassParagraph,
		How: "function words (for Chinese and Japanese, function characters), or a long lower-case sentence in any cased script",
		Text: Texts{
			En: "running text",
			Ar: "نص متصل",
			Fr: "du texte suivi",
		},
	})

	ParagraphShort = add(Rule{
		Name: "paragraph.short-in-article", Class: report.ClassParagraph,
		Text: Texts{
			En: "a short line inside the article",
			Ar: "سطر قصير داخل المقال",
			Fr: "une ligne courte dans l’article",
		},
	})

	ParagraphNoProse = add(Rule{
		Name: "paragraph.whole-text", Class: report.ClassParagraph,
		How: "no prose anywhere: a short note is all article",
		Text: Texts{
			En: "text of a page with no clear article",
			Ar: "نص صفحة بلا مقال واضح",
			Fr: "le texte d’une page sans article net",
		},
	})

	ParagraphBetween = add(Rule{
		Name: "paragraph.between-prose", Class: report.ClassParagraph,
		Text: Texts{
			En: "a line between paragraphs",
			Ar: "سطر بين فقرتين",
			Fr: "une ligne entre deux paragraphes",
		},
	})

	ParagraphFormula = add(Rule{
		Name: "paragraph.formula", Class: report.ClassParagraph,
		How: "mathematics copied one symbol a line",
		Text: Texts{
			En: "a formula or figures line",
			Ar: "معادلة أو سطر أرقام",
			Fr: "une formule ou une ligne de chiffres",
		},
	})

	// Outside the article.

	RelatedList = add(Rule{
		Name: "other.related-list", Class: report.ClassOther,
		How: "also a list of teasers (headline, a sentence or two, author, date) after a \"most popular\" or \"read also\" label at the end of the region",
		Text: Texts{
			En: "a list of related headlines",
			Ar: "قائمة عناوين ذات صلة",
			Fr: "une liste de titres liés",
		},
	})

	Teaser = add(Rule{
		Name: "other.teaser", Class: report.ClassOther,
		How: "a few lines of another story cut short by a \"read more\" link at their end (\"… Read more\", \"… (more)\", \"more »\")",
		Text: Texts{
			En: "a teaser of another story, ending in “read more”",
			Ar: "مقتطف من خبر آخر ينتهي بـ«اقرأ المزيد»",
			Fr: "l’amorce d’un autre article, finissant par « lire la suite »",
		},
	})

	Caption = add(Rule{
		Name: "other.caption", Class: report.ClassOther,
		Text: Texts{
			En: "a photo caption or credit",
			Ar: "تعليق على صورة أو نسبتها",
			Fr: "une légende ou un crédit photo",
		},
	})

	Comments = add(Rule{
		Name: "other.comments", Class: report.ClassOther,
		Text: Texts{
			En: "readers' comments",
			Ar: "تعليقات القراء",
			Fr: "des commentaires de lecteurs",
		},
	})

	Outside = add(Rule{
		Name: "other.outside-article", Class: report.ClassOther,
		Text: Texts{
			En: "outside the article",
			Ar: "خارج المقال",
			Fr: "hors de l’article",
		},
	})

	Blank = add(Rule{
		Name: "other.blank", Class: report.ClassOther,
		Text: Texts{
			En: "blank",
			Ar: "فارغ",
			Fr: "vide",
		},
	})

	Unclassified = add(Rule{
		Name: "other.unclassified", Class: report.ClassOther,
		How: "a block no rule decided",
		Text: Texts{
			En: "not classified",
			Ar: "غير مصنف",
			Fr: "non classé",
		},
	})

	// The user's corrections (internal/extract/assemble).

	UserInclude = add(Rule{
		Name: "user.include", Class: report.ClassParagraph,
		Text: Texts{
			En: "put into the article by you",
			Ar: "أدخلتَه في المقال",
			Fr: "mis dans l’article par vous",
		},
	})

	UserExclude = add(Rule{
		Name: "user.exclude", Class: report.ClassOther,
		Text: Texts{
			En: "taken out of the article by you",
			Ar: "أخرجتَه من المقال",
			Fr: "retiré de l’article par vous",
		},
	})

	// Blocks decided from an HTML page's DOM
	// (internal/extract/classify/html_rules.go).

	HTMLTicker = add(Rule{
		Name: "html.ticker", Class: report.ClassTicker,
		How: "a container named ticker/marquee/breaking, made of short linked items",
		Text: Texts{
			En: "a news ticker in the page",
			Ar: "شريط أخبار في الصفحة",
			Fr: "un bandeau d’actualités de la page",
		},
	})

	HTMLTitle = add(Rule{
		Name: "html.title", Class: report.ClassTitle, Also: report.ClassOther,
		How: "the heading that repeats the page's title; other when the page's metadata names the title, the heading being a repeat",
		Text: Texts{
			En: "the page's headline",
			Ar: "عنوان الصفحة",
			Fr: "le titre de la page",
		},
	})

	HTMLByline = add(Rule{
		Name: "html.byline", Class: report.ClassByline,
		How: "the author line of the main content",
		Text: Texts{
			En: "the author line",
			Ar: "سطر الكاتب",
			Fr: "la ligne de l’auteur",
		},
	})

	HTMLHeading = add(Rule{
		Name: "html.heading", Class: report.ClassHeading,
		How: "a heading inside the main content",
		Text: Texts{
			En: "a heading of the main content",
			Ar: "عنوان فرعي في المحتوى الرئيسي",
			Fr: "un intertitre du contenu principal",
		},
	})

	HTMLMain = add(Rule{
		Name: "html.main", Class: report.ClassParagraph,
		How: "text inside the main content container",
		Text: Texts{
			En: "the main content",
			Ar: "المحتوى الرئيسي",
			Fr: "le contenu principal",
		},
	})

	HTMLNav = add(Rule{
		Name: "html.nav", Class: report.ClassBoilerplate,
		How: "navigation: <nav>, role=navigation, menu or nav class names",
		Text: Texts{
			En: "navigation",
			Ar: "التنقل",
			Fr: "la navigation",
		},
	})

	HTMLHeader = add(Rule{
		Name: "html.header", Class: report.ClassBoilerplate,
		How: "the page header: <header>, role=banner",
		Text: Texts{
			En: "the page header",
			Ar: "رأس الصفحة",
			Fr: "l’en-tête de la page",
		},
	})

	HTMLFooter = add(Rule{
		Name: "html.footer", Class: report.ClassBoilerplate,
		How: "the page footer: <footer>, role=contentinfo",
		Text: Texts{
			En: "the page footer",
			Ar: "تذييل الصفحة",
			Fr: "le pied de page",
		},
	})

	HTMLAside = add(Rule{
		Name: "html.aside", Class: report.ClassBoilerplate,
		How: "<aside>, sidebars, role=complementary",
		Text: Texts{
			En: "a sidebar",
			Ar: "عمود جانبي",
			Fr: "une colonne latérale",
		},
	})

	HTMLCookie = add(Rule{
		Name: "html.cookie", Class: report.ClassBoilerplate,
		How: "cookie and consent banners",
		Text: Texts{
			En: "a cookie banner",
			Ar: "شريط ملفات تعريف الارتباط",
			Fr: "un bandeau de cookies",
		},
	})

	HTMLWidget = add(Rule{
		Name: "html.widget", Class: report.ClassBoilerplate,
		How: "related links, comments, share and follow rows, newsletters, ads",
		Text: Texts{
			En: "a widget (related links, share, newsletter, ads)",
			Ar: "أداة (روابط، مشاركة، نشرة، إعلانات)",
			Fr: "un module (liens, partage, lettre, publicité)",
		},
	})

	HTMLDiscussion = add(Rule{
		Name: "html.discussion", Class: report.ClassParagraph,
		How: "on a page that declares itself a forum thread or a question and its answers (schema.org, a forum engine), the posts and replies outside the main post",
		Text: Texts{
			En: "a post of the discussion",
			Ar: "مشاركة في النقاش",
			Fr: "un message de la discussion",
		},
	})

	HTMLLinkDense = add(Rule{
		Name: "html.link-dense", Class: report.ClassBoilerplate,
		How: "mostly link text outside the main content",
		Text: Texts{
			En: "mostly links",
			Ar: "روابط في الغالب",
			Fr: "surtout des liens",
		},
	})

	HTMLAfterArticle = add(Rule{
		Name: "html.after-article", Class: report.ClassBoilerplate,
		How: "in the main content after the article's end, as the text rules find it: a comments header or a thread of signed comments, a tag line, the author's biography, a share row or a copyright line",
		Text: Texts{
			En: "after the end of the article",
			Ar: "بعد نهاية المقال",
			Fr: "après la fin de l’article",
		},
	})

	HTMLOutside = add(Rule{
		Name: "html.outside-main", Class: report.ClassOther,
		How: "anything else outside the main content",
		Text: Texts{
			En: "outside the main content",
			Ar: "خارج المحتوى الرئيسي",
			Fr: "hors du contenu principal",
		},
	})

	// The learned block model (internal/extract/classify, model.go): it
	// decides a block's class where it overrides the rules' verdict, so its
	// rules have no class of their own.

	ModelText = add(Rule{
		Name: "model.text",
		How:  "the learned block model overrode the rules on a text page; report.Noise.Why names the features that weighed most",
		Text: Texts{
			En: "the learned model",
			Ar: "النموذج المتعلَّم",
			Fr: "le modèle appris",
		},
	})

	ModelHTML = add(Rule{
		Name: "model.html",
		How:  "the learned block model overrode the rules on an HTML page; report.Noise.Why names the features that weighed most",
		Text: Texts{
			En: "the learned model (HTML)",
			Ar: "النموذج المتعلَّم (HTML)",
			Fr: "le modèle appris (HTML)",
		},
	})

	HTMLMainDropped = add(Rule{
		Name: "html.main-dropped-", Class: report.ClassBoilerplate, Prefix: true,
		How: "the start of its names: the reason the reader dropped a part of the main content (\"html.main-dropped-share\")",
		Text: Texts{
			En: "left out of the main content (%s)",
			Ar: "استُبعد من المحتوى الرئيسي (%s)",
			Fr: "écarté du contenu principal (%s)",
		},
	})
)
