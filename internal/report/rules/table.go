package rules

import "github.com/safi-app/safi/internal/report"

// The registry: one entry a rule, and its name's constant. See the package
// comment for how to add one.

// The rules' names, one a rule: what classify and the readers set as a
// block's Rule.
const (
	TickerSpaceRun    = "ticker.space-run"
	TickerSeparator   = "ticker.separator"
	TickerHeadlineRun = "ticker.headline-run"
	TickerList        = "ticker.list"
	MenuRow           = "boilerplate.menu-row"
	MenuRun           = "boilerplate.menu-run"
	Repeated          = "boilerplate.repeated"
	ImageReport       = "boilerplate.image-report"
	ReadAtSource      = "boilerplate.read-at-source"
	ReadAlso          = "boilerplate.read-also"
	Share             = "boilerplate.share"
	CookieNotice      = "boilerplate.cookie"
	Copyright         = "boilerplate.copyright"
	Paywall           = "boilerplate.paywall"
	PrintNote         = "boilerplate.print-note"
	Publisher         = "boilerplate.publisher"
	ReadingTime       = "boilerplate.reading-time"
	Disclaimer        = "boilerplate.disclaimer"
	AdvertNote        = "boilerplate.advert-note"
	Newsletter        = "boilerplate.newsletter"
	Advert            = "boilerplate.advert"
	CommentsPrompt    = "boilerplate.comments"
	Loading           = "boilerplate.loading"
	NavLink           = "boilerplate.nav"
	Byline            = "byline.opener"
	BylineDate        = "byline.date-line"
	BylineDateline    = "byline.dateline"
	BylineName        = "byline.name-line"
	TitleBeforeByline = "title.before-byline"
	TitleBeforeBody   = "title.before-article"
	TitleMeta         = "title.matches-meta"
	TitleSimilar      = "title.similar-to-body"
	Heading           = "heading.short-before-prose"
	HeadingList       = "heading.before-list"
	Paragraph         = "paragraph.prose"
	ParagraphShort    = "paragraph.short-in-article"
	ParagraphNoProse  = "paragraph.whole-text"
	ParagraphBetween  = "paragraph.between-prose"
	ParagraphFormula  = "paragraph.formula"
	RelatedList       = "other.related-list"
	Teaser            = "other.teaser"
	Caption           = "other.caption"
	Comments          = "other.comments"
	Outside           = "other.outside-article"
	Blank             = "other.blank"
	Unclassified      = "other.unclassified"
	UserInclude       = "user.include"
	UserExclude       = "user.exclude"
	HTMLTicker        = "html.ticker"
	HTMLTitle         = "html.title"
	HTMLByline        = "html.byline"
	HTMLHeading       = "html.heading"
	HTMLMain          = "html.main"
	HTMLNav           = "html.nav"
	HTMLHeader        = "html.header"
	HTMLFooter        = "html.footer"
	HTMLAside         = "html.aside"
	HTMLCookie        = "html.cookie"
	HTMLWidget        = "html.widget"
	HTMLDiscussion    = "html.discussion"
	HTMLLinkDense     = "html.link-dense"
	HTMLAfterArticle  = "html.after-article"
	HTMLOutside       = "html.outside-main"
	ModelText         = "model.text"
	ModelHTML         = "model.html"
	HTMLMainDropped   = "html.main-dropped-"
)

// registry is every rule, in the order the UI and the docs list them.
// (A package variable of constants: the linker lays it out as data, where
// one call a rule, as it was until 2026-12-07, is code run at start-up:
// docs/measuring.md, "Size".)
var registry = []Rule{
	// The text rules: ticker and menu lines (internal/extract/classify).

	{
		Name: TickerSpaceRun, Class: report.ClassTicker,
		How: "headlines between runs of spaces or U+00A0, or tabs",
		Text: Texts{
			En: "headlines run together with wide spaces",
			Ar: "عناوين متلاصقة تفصلها مسافات طويلة",
			Fr: "titres collés par de longs espaces",
		},
	},

	{
		Name: TickerSeparator, Class: report.ClassTicker,
		How: "headlines between a repeated separator (• | ◆ ■ ► …)",
		Text: Texts{
			En: "headlines joined by separators",
			Ar: "عناوين تفصلها فواصل",
			Fr: "titres reliés par des séparateurs",
		},
	},

	{
		Name: TickerHeadlineRun, Class: report.ClassTicker,
		How: "one headline a line, above the article",
		Text: Texts{
			En: "a run of headlines before the article",
			Ar: "سلسلة عناوين قبل المقال",
			Fr: "une suite de titres avant l’article",
		},
	},

	{
		Name: TickerList, Class: report.ClassTicker,
		How: "a \"latest news\" list outside the article: headlines one a line, each marked the same way (a bullet, a clock time or a bar)",
		Text: Texts{
			En: "a list of latest headlines, marked by bullets, times or bars",
			Ar: "قائمة آخر العناوين بنقاط أو أوقات أو خطوط فاصلة",
			Fr: "une liste des derniers titres, à puces, heures ou barres",
		},
	},

	{
		Name: MenuRow, Class: report.ClassBoilerplate,
		How: "a line of short menu items between wide spaces or separators",
		Text: Texts{
			En: "a row of menu items",
			Ar: "سطر قائمة تنقل",
			Fr: "une ligne de menu",
		},
	},

	{
		Name: MenuRun, Class: report.ClassBoilerplate,
		How: "short menu lines, one a line, outside the article",
		Text: Texts{
			En: "a run of short menu lines",
			Ar: "أسطر قائمة قصيرة متتالية",
			Fr: "une suite de courtes lignes de menu",
		},
	},

	{
		Name: Repeated, Class: report.ClassBoilerplate,
		How: "a short label the page repeats",
		Text: Texts{
			En: "a label repeated on the page",
			Ar: "عبارة مكررة في الصفحة",
			Fr: "une étiquette répétée dans la page",
		},
	},

	// Boilerplate phrases (internal/extract/classify/vocab.go): a short block
	// holding one of a category's phrases.

	{
		Name: ImageReport, Class: report.ClassBoilerplate,
		Text: Texts{
			En: "the image-report widget",
			Ar: "أداة الإبلاغ عن الصور",
			Fr: "le module de signalement d’image",
		},
	},

	{
		Name: ReadAtSource, Class: report.ClassBoilerplate,
		Text: Texts{
			En: "a link to the original source",
			Ar: "رابط إلى المصدر الأصلي",
			Fr: "un lien vers la source",
		},
	},

	{
		Name: ReadAlso, Class: report.ClassBoilerplate,
		Text: Texts{
			En: "a “read also” link",
			Ar: "رابط «اقرأ أيضا»",
			Fr: "un lien « lire aussi »",
		},
	},

	{
		Name: Share, Class: report.ClassBoilerplate,
		Text: Texts{
			En: "share buttons",
			Ar: "أزرار المشاركة",
			Fr: "des boutons de partage",
		},
	},

	{
		Name: CookieNotice, Class: report.ClassBoilerplate,
		Text: Texts{
			En: "a cookie notice",
			Ar: "تنبيه ملفات تعريف الارتباط",
			Fr: "un avis sur les cookies",
		},
	},

	{
		Name: Copyright, Class: report.ClassBoilerplate,
		Text: Texts{
			En: "a copyright notice",
			Ar: "حقوق النشر",
			Fr: "une mention de droits",
		},
	},

	{
		Name: Paywall, Class: report.ClassBoilerplate,
		Text: Texts{
			En: "a subscription prompt",
			Ar: "دعوة إلى الاشتراك",
			Fr: "une invitation à s’abonner",
		},
	},

	{
		Name: PrintNote, Class: report.ClassBoilerplate,
		Text: Texts{
			En: "a print edition note",
			Ar: "ملاحظة النسخة المطبوعة",
			Fr: "une mention de l’édition imprimée",
		},
	},

	{
		Name: Publisher, Class: report.ClassBoilerplate,
		Text: Texts{
			En: "the publisher's notice",
			Ar: "تنويه الناشر",
			Fr: "une mention de l’éditeur",
		},
	},

	{
		Name: ReadingTime, Class: report.ClassBoilerplate,
		Text: Texts{
			En: "a reading-time label",
			Ar: "مدة القراءة",
			Fr: "une durée de lecture",
		},
	},

	{
		Name: Disclaimer, Class: report.ClassBoilerplate,
		Text: Texts{
			En: "a disclaimer",
			Ar: "إخلاء مسؤولية",
			Fr: "un avertissement",
		},
	},

	{
		Name: AdvertNote, Class: report.ClassBoilerplate,
		Text: Texts{
			En: "an advertising label",
			Ar: "إشارة إعلانية",
			Fr: "une mention publicitaire",
		},
	},

	{
		Name: Newsletter, Class: report.ClassBoilerplate,
		Text: Texts{
			En: "a newsletter prompt",
			Ar: "دعوة إلى النشرة البريدية",
			Fr: "une invitation à la lettre d’information",
		},
	},

	{
		Name: Advert, Class: report.ClassBoilerplate,
		Text: Texts{
			En: "an advertisement",
			Ar: "إعلان",
			Fr: "une publicité",
		},
	},

	{
		Name: CommentsPrompt, Class: report.ClassBoilerplate,
		Text: Texts{
			En: "the comments prompt",
			Ar: "دعوة إلى التعليق",
			Fr: "l’invitation à commenter",
		},
	},

	{
		Name: Loading, Class: report.ClassBoilerplate,
		Text: Texts{
			En: "a loading message",
			Ar: "رسالة تحميل",
			Fr: "un message de chargement",
		},
	},

	{
		Name: NavLink, Class: report.ClassBoilerplate,
		Text: Texts{
			En: "a navigation link",
			Ar: "رابط تنقل",
			Fr: "un lien de navigation",
		},
	},

	// Bylines and titles.

	{
		Name: Byline, Class: report.ClassByline,
		How: "a line opening with a byline phrase (\"By …\", \"نشر في …\")",
		Text: Texts{
			En: "a line naming the source or author",
			Ar: "سطر يذكر المصدر أو الكاتب",
			Fr: "une ligne qui nomme la source ou l’auteur",
		},
	},

	{
		Name: BylineDate, Class: report.ClassByline,
		How: "a short line holding the publication date",
		Text: Texts{
			En: "the publication date",
			Ar: "تاريخ النشر",
			Fr: "la date de publication",
		},
	},

	{
		Name: BylineDateline, Class: report.ClassByline,
		How: "a dateline: place and agency",
		Text: Texts{
			En: "a dateline (place and agency)",
			Ar: "سطر المكان والوكالة",
			Fr: "une ligne d’agence (lieu et agence)",
		},
	},

	{
		Name: BylineName, Class: report.ClassByline,
		How: "the author's name on a line of its own, next to the byline",
		Text: Texts{
			En: "the author's name",
			Ar: "اسم الكاتب",
			Fr: "le nom de l’auteur",
		},
	},

	{
		Name: TitleBeforeByline, Class: report.ClassTitle,
		Text: Texts{
			En: "the headline next to the byline",
			Ar: "العنوان المجاور لسطر الكاتب",
			Fr: "le titre à côté de la signature",
		},
	},

	{
		Name: TitleBeforeBody, Class: report.ClassTitle,
		Text: Texts{
			En: "the headline just before the article",
			Ar: "العنوان الذي يسبق المقال مباشرة",
			Fr: "le titre juste avant l’article",
		},
	},

	{
		Name: TitleMeta, Class: report.ClassTitle,
		Text: Texts{
			En: "the headline matching the page's title",
			Ar: "العنوان المطابق لعنوان الصفحة",
			Fr: "le titre qui correspond à celui de la page",
		},
	},

	{
		Name: TitleSimilar, Class: report.ClassTitle,
		Text: Texts{
			En: "the headline closest to the article's words",
			Ar: "العنوان الأقرب إلى كلمات المقال",
			Fr: "le titre le plus proche des mots de l’article",
		},
	},

	// The article's body: headings and paragraphs.

	{
		Name: Heading, Class: report.ClassHeading,
		Text: Texts{
			En: "a short line opening a paragraph",
			Ar: "سطر قصير يسبق فقرة",
			Fr: "une ligne courte qui ouvre un paragraphe",
		},
	},

	{
		Name: HeadingList, Class: report.ClassHeading,
		Text: Texts{
			En: "a short line opening a list",
			Ar: "سطر قصير يسبق قائمة",
			Fr: "une ligne courte qui ouvre une liste",
		},
	},

	{
		Name: Paragraph, Class: report.ClassParagraph,
		How: "function words (for Chinese and Japanese, function characters), or a long lower-case sentence in any cased script",
		Text: Texts{
			En: "running text",
			Ar: "نص متصل",
			Fr: "du texte suivi",
		},
	},

	{
		Name: ParagraphShort, Class: report.ClassParagraph,
		Text: Texts{
			En: "a short line inside the article",
			Ar: "سطر قصير داخل المقال",
			Fr: "une ligne courte dans l’article",
		},
	},

	{
		Name: ParagraphNoProse, Class: report.ClassParagraph,
		How: "no prose anywhere: a short note is all article; and a page with no article to speak of keeps its list whole (a forum's index, a shop's category, a museum's events)",
		Text: Texts{
			En: "text of a page with no clear article",
			Ar: "نص صفحة بلا مقال واضح",
			Fr: "le texte d’une page sans article net",
		},
	},

	{
		Name: ParagraphBetween, Class: report.ClassParagraph,
		Text: Texts{
			En: "a line between paragraphs",
			Ar: "سطر بين فقرتين",
			Fr: "une ligne entre deux paragraphes",
		},
	},

	{
		Name: ParagraphFormula, Class: report.ClassParagraph,
		How: "mathematics copied one symbol a line",
		Text: Texts{
			En: "a formula or figures line",
			Ar: "معادلة أو سطر أرقام",
			Fr: "une formule ou une ligne de chiffres",
		},
	},

	// Outside the article.

	{
		Name: RelatedList, Class: report.ClassOther,
		How: "also a list of teasers (headline, a sentence or two, author, date) after a \"most popular\" or \"read also\" label at the end of the region",
		Text: Texts{
			En: "a list of related headlines",
			Ar: "قائمة عناوين ذات صلة",
			Fr: "une liste de titres liés",
		},
	},

	{
		Name: Teaser, Class: report.ClassOther,
		How: "a few lines of another story cut short by a \"read more\" link at their end (\"… Read more\", \"… (more)\", \"more »\")",
		Text: Texts{
			En: "a teaser of another story, ending in “read more”",
			Ar: "مقتطف من خبر آخر ينتهي بـ«اقرأ المزيد»",
			Fr: "l’amorce d’un autre article, finissant par « lire la suite »",
		},
	},

	{
		Name: Caption, Class: report.ClassOther,
		Text: Texts{
			En: "a photo caption or credit",
			Ar: "تعليق على صورة أو نسبتها",
			Fr: "une légende ou un crédit photo",
		},
	},

	{
		Name: Comments, Class: report.ClassOther,
		Text: Texts{
			En: "readers' comments",
			Ar: "تعليقات القراء",
			Fr: "des commentaires de lecteurs",
		},
	},

	{
		Name: Outside, Class: report.ClassOther,
		Text: Texts{
			En: "outside the article",
			Ar: "خارج المقال",
			Fr: "hors de l’article",
		},
	},

	{
		Name: Blank, Class: report.ClassOther,
		Text: Texts{
			En: "blank",
			Ar: "فارغ",
			Fr: "vide",
		},
	},

	{
		Name: Unclassified, Class: report.ClassOther,
		How: "a block no rule decided",
		Text: Texts{
			En: "not classified",
			Ar: "غير مصنف",
			Fr: "non classé",
		},
	},

	// The user's corrections (internal/extract/assemble).

	{
		Name: UserInclude, Class: report.ClassParagraph,
		Text: Texts{
			En: "put into the article by you",
			Ar: "أدخلتَه في المقال",
			Fr: "mis dans l’article par vous",
		},
	},

	{
		Name: UserExclude, Class: report.ClassOther,
		Text: Texts{
			En: "taken out of the article by you",
			Ar: "أخرجتَه من المقال",
			Fr: "retiré de l’article par vous",
		},
	},

	// Blocks decided from an HTML page's DOM
	// (internal/extract/classify/html_rules.go).

	{
		Name: HTMLTicker, Class: report.ClassTicker,
		How: "a container named ticker/marquee/breaking, made of short linked items",
		Text: Texts{
			En: "a news ticker in the page",
			Ar: "شريط أخبار في الصفحة",
			Fr: "un bandeau d’actualités de la page",
		},
	},

	{
		Name: HTMLTitle, Class: report.ClassTitle, Also: report.ClassOther,
		How: "the heading that repeats the page's title; other when the page's metadata names the title, the heading being a repeat",
		Text: Texts{
			En: "the page's headline",
			Ar: "عنوان الصفحة",
			Fr: "le titre de la page",
		},
	},

	{
		Name: HTMLByline, Class: report.ClassByline,
		How: "the author line of the main content",
		Text: Texts{
			En: "the author line",
			Ar: "سطر الكاتب",
			Fr: "la ligne de l’auteur",
		},
	},

	{
		Name: HTMLHeading, Class: report.ClassHeading,
		How: "a heading inside the main content",
		Text: Texts{
			En: "a heading of the main content",
			Ar: "عنوان فرعي في المحتوى الرئيسي",
			Fr: "un intertitre du contenu principal",
		},
	},

	{
		Name: HTMLMain, Class: report.ClassParagraph,
		How: "text inside the main content container",
		Text: Texts{
			En: "the main content",
			Ar: "المحتوى الرئيسي",
			Fr: "le contenu principal",
		},
	},

	{
		Name: HTMLNav, Class: report.ClassBoilerplate,
		How: "navigation: <nav>, role=navigation, menu or nav class names",
		Text: Texts{
			En: "navigation",
			Ar: "التنقل",
			Fr: "la navigation",
		},
	},

	{
		Name: HTMLHeader, Class: report.ClassBoilerplate,
		How: "the page header: <header>, role=banner",
		Text: Texts{
			En: "the page header",
			Ar: "رأس الصفحة",
			Fr: "l’en-tête de la page",
		},
	},

	{
		Name: HTMLFooter, Class: report.ClassBoilerplate,
		How: "the page footer: <footer>, role=contentinfo",
		Text: Texts{
			En: "the page footer",
			Ar: "تذييل الصفحة",
			Fr: "le pied de page",
		},
	},

	{
		Name: HTMLAside, Class: report.ClassBoilerplate,
		How: "<aside>, sidebars, role=complementary",
		Text: Texts{
			En: "a sidebar",
			Ar: "عمود جانبي",
			Fr: "une colonne latérale",
		},
	},

	{
		Name: HTMLCookie, Class: report.ClassBoilerplate,
		How: "cookie and consent banners",
		Text: Texts{
			En: "a cookie banner",
			Ar: "شريط ملفات تعريف الارتباط",
			Fr: "un bandeau de cookies",
		},
	},

	{
		Name: HTMLWidget, Class: report.ClassBoilerplate,
		How: "related links, comments, share and follow rows, newsletters, ads",
		Text: Texts{
			En: "a widget (related links, share, newsletter, ads)",
			Ar: "أداة (روابط، مشاركة، نشرة، إعلانات)",
			Fr: "un module (liens, partage, lettre, publicité)",
		},
	},

	{
		Name: HTMLDiscussion, Class: report.ClassParagraph,
		How: "on a page that declares itself a forum thread or a question and its answers (schema.org, a forum engine), the posts and replies outside the main post",
		Text: Texts{
			En: "a post of the discussion",
			Ar: "مشاركة في النقاش",
			Fr: "un message de la discussion",
		},
	},

	{
		Name: HTMLLinkDense, Class: report.ClassBoilerplate,
		How: "mostly link text outside the main content",
		Text: Texts{
			En: "mostly links",
			Ar: "روابط في الغالب",
			Fr: "surtout des liens",
		},
	},

	{
		Name: HTMLAfterArticle, Class: report.ClassBoilerplate,
		How: "in the main content after the article's end, as the text rules find it: a comments header or a thread of signed comments, a tag line, the author's biography, a share row or a copyright line",
		Text: Texts{
			En: "after the end of the article",
			Ar: "بعد نهاية المقال",
			Fr: "après la fin de l’article",
		},
	},

	{
		Name: HTMLOutside, Class: report.ClassOther,
		How: "anything else outside the main content",
		Text: Texts{
			En: "outside the main content",
			Ar: "خارج المحتوى الرئيسي",
			Fr: "hors du contenu principal",
		},
	},

	// The learned block model (internal/extract/classify, model.go): it
	// decides a block's class where it overrides the rules' verdict, so its
	// rules have no class of their own.

	{
		Name: ModelText,
		How:  "the learned block model overrode the rules on a text page; report.Noise.Why names the features that weighed most",
		Text: Texts{
			En: "the learned model",
			Ar: "النموذج المتعلَّم",
			Fr: "le modèle appris",
		},
	},

	{
		Name: ModelHTML,
		How:  "the learned block model overrode the rules on an HTML page; report.Noise.Why names the features that weighed most",
		Text: Texts{
			En: "the learned model (HTML)",
			Ar: "النموذج المتعلَّم (HTML)",
			Fr: "le modèle appris (HTML)",
		},
	},

	{
		Name: HTMLMainDropped, Class: report.ClassBoilerplate, Prefix: true,
		How: "the start of its names: the reason the reader dropped a part of the main content (\"html.main-dropped-share\")",
		Text: Texts{
			En: "left out of the main content (%s)",
			Ar: "استُبعد من المحتوى الرئيسي (%s)",
			Fr: "écarté du contenu principal (%s)",
		},
	},
}
