package classify

import (
	"github.com/safi-app/safi/internal/language/lang"
	"github.com/safi-app/safi/internal/language/normalize"
	"github.com/safi-app/safi/internal/report/rules"
)

// Language knowledge the classifier uses, as data: boilerplate phrases by
// category, byline openers, and function words. Phrases are matched on the
// folded text (lower case, Arabic alef/hamza and ya forms unified; see fold).

// phraseRule is a boilerplate category: the rule name and the phrases that
// mark a short block as that kind of boilerplate.
type phraseRule struct {
	rule    string
	class   string // the rule's class, from the registry
	maxWord int    // longest block (in words) the phrases may decide
	phrases []string
	// prefix: the phrase must open the block (else: anywhere in it).
	prefix bool
	// whole: the phrase must be the whole block (but for punctuation).
	whole bool
	// also: when set, one of these must occur in the block too.
	also []string
}

// phraseRules are checked in order; the first that matches decides. Their
// phrases are folded once, as the blocks' texts are, and their class is
// the registry's.
var phraseRules = foldRules(phraseTable)

// phraseTable is phraseRules as written. (A package variable, not an
// argument of foldRules: the linker lays it out as data, where a literal
// inside the call is built by code when the program starts.)
var phraseTable = []phraseRule{
	{rule: rules.ImageReport, maxWord: 30, phrases: []string{
		"شكرا على الابلاغ", "سيتم حجب هذه الصورة", "ابلاغ عن صورة", "الابلاغ عن محتوى",
		"thanks for reporting", "report this image", "merci pour votre signalement", "signaler cette image",
	}},
	{rule: rules.ReadAtSource, maxWord: 20, phrases: []string{
		"انقر هنا لقراءة الخبر من مصدره", "اضغط هنا لقراءة الخبر", "لقراءة الخبر من مصدره", "اقرا الخبر من المصدر", "المصدر الاصلي",
		"click here to read", "read the full story at", "read the original", "read more at", "continue reading at", "view original article",
		"lire la suite sur", "cliquez ici pour lire", "lire l'article original", "voir l'article original",
	}},
	{rule: rules.ReadAlso, maxWord: 25, prefix: true, phrases: []string{
		"اقرا ايضا", "اقرأ أيضا", "اقرا المزيد", "مواضيع ذات صلة", "اخبار ذات صلة", "مقالات ذات صلة", "المزيد من الاخبار", "شاهد ايضا", "الاكثر قراءة", "الاكثر مشاهدة",
		"read more", "read also", "see also", "related articles", "related stories", "related:", "related posts", "related reviews", "related content", "related coverage", "related news", "related reading", "related videos", "related guides", "more from", "recommended for you", "most popular", "most read", "trending", "you may also like", "view more", "more stories", "other stories",
		"[read", "[lire", "[اقرأ", "[اقرا", "(read more", "(lire aussi",
		"相关阅读", "相关新闻", "相关文章", "推荐阅读", "延伸阅读", "猜你喜欢", "热门推荐", "関連記事",
		"相關閱讀", "相關新聞", "相關文章", "推薦閱讀", "延伸閱讀", "猜你喜歡", "熱門推薦", // the same in traditional characters (Hong Kong, Taiwan)
		"lire aussi", "à lire aussi", "a lire aussi", "voir aussi", "sur le même sujet", "articles liés", "les plus lus", "à lire également", "lire la suite",
		"czytaj także", "czytaj też", "czytaj dalej", "przeczytaj także", "przeczytaj też", "zobacz także", "zobacz też", "zobacz również",
		"читайте также", "смотрите также", "читать далее", "по теме", "ещё по теме", "еще по теме", "другие новости",
		"διαβάστε επίσης", "δείτε επίσης", "σχετικά άρθρα", "lesen sie auch", "mehr zum thema", "lee también", "leer más", "leggi anche",
	}},
	{rule: rules.Share, maxWord: 7, prefix: true, phrases: []string{
		"شارك", "مشاركة", "انشر على", "تابعونا", "تابعنا على", "طباعة", "ارسل لصديق", "فيسبوك", "تويتر", "واتساب",
		"share", "tweet", "facebook", "twitter", "whatsapp", "linkedin", "pinterest", "email this", "print", "follow us", "save article",
		"partager", "partagez", "imprimer", "suivez-nous", "envoyer par e-mail", "copier le lien", "copy link", "نسخ الرابط",
		"podziel się", "udostępnij", "drukuj", "поделиться", "версия для печати", "κοινοποίηση", "εκτύπωση", "teilen", "compartir", "condividi",
	}},
	{rule: rules.CookieNotice, maxWord: 80, phrases: []string{
		"cookie", "cookies", "ملفات تعريف الارتباط", "الكوكيز", "consentement", "we value your privacy", "privacy policy", "politique de confidentialité", "سياسة الخصوصية",
	}, also: []string{
		"accept", "agree", "consent", "continuing", "continue to", "settings", "preferences", "privacy", "policy", "use of", "we use",
		"accepter", "acceptez", "j'accepte", "paramétrer", "paramètres", "navigation", "confidentialité", "nous utilisons",
		"موافق", "اوافق", "قبول", "نستخدم", "الخصوصية", "باستمرارك",
	}},
	{rule: rules.Copyright, maxWord: 40, phrases: []string{
		"©", "(c) 20", "copyright", "all rights reserved", "tous droits réservés", "جميع الحقوق محفوظة", "حقوق النشر", "droits de reproduction",
		"все права защищены", "при использовании материалов", "при полном или частичном использовании", "свидетельство о регистрации сми",
		"wszelkie prawa zastrzeżone", "alle rechte vorbehalten", "todos los derechos reservados", "tutti i diritti riservati",
		"με επιφύλαξη παντός δικαιώματος", "版权所有", "版權所有",
	}},
	{rule: rules.Paywall, maxWord: 40, phrases: []string{
		"réservé aux abonnés", "article réservé", "ne plus voir ce message", "continuer à lire ici", "offrir cet article", "sur un seul appareil", "sur un autre appareil", "lecture en cours sur un autre appareil",
		"subscribers only", "subscriber-only", "for subscribers", "you have reached your limit", "free articles left", "already a subscriber",
		"للمشتركين فقط", "خاص بالمشتركين", "محتوى حصري للمشتركين",
	}},
	{rule: rules.PrintNote, maxWord: 60, prefix: true, phrases: []string{
		"this article appears in", "a version of this article appears", "this story appeared in", "this article was originally published",
		"cet article est paru dans", "une version de cet article", "cet article a été publié initialement",
		"نشر هذا المقال في", "نشر هذا الموضوع في",
	}},
	{rule: rules.Publisher, maxWord: 30, phrases: []string{
		"is part of",
	}, also: []string{
		"media group", "publishing group", "groupe de presse", "groupe média", "مجموعة إعلامية",
	}},
	{rule: rules.ReadingTime, maxWord: 6, phrases: []string{
		"temps de lecture", "reading time", "min read", "minute read", "minutes read", "مدة القراءة", "دقائق للقراءة", "دقيقة للقراءة", "وقت القراءة",
	}},
	{rule: rules.Disclaimer, maxWord: 40, phrases: []string{
		"الآراء الواردة", "تعبر عن رأي كاتبها", "لا تعبر بالضرورة", "لا يعبر بالضرورة",
		"the views expressed", "views are the author's own", "does not necessarily reflect",
		"les opinions exprimées", "n'engagent que leur auteur", "n'engage que son auteur",
	}},
	{rule: rules.AdvertNote, maxWord: 8, phrases: []string{
		"story continues below", "article continues below", "continue reading below", "continues after advertisement",
		"la suite après cette publicité", "la suite après la publicité", "يتبع بعد الإعلان",
	}},
	{rule: rules.Newsletter, maxWord: 30, phrases: []string{
		"newsletter", "subscribe", "sign up", "sign me up", "straight to your inbox", "to your inbox", "log in", "sign in", "create account", "s'abonner", "abonnez-vous", "s'inscrire", "connexion", "inscrivez-vous",
		"اشترك", "النشرة البريدية", "تسجيل الدخول", "سجل الدخول",
	}},
	{rule: rules.Advert, maxWord: 3, whole: true, phrases: []string{
		"advertisement", "sponsored", "publicité", "sponsorisé", "اعلان", "إعلان", "محتوى مدعوم",
	}},
	{rule: rules.Advert, maxWord: 5, prefix: true, phrases: []string{
		"view at", "shop at", "buy now", "shop now", "check price", "see price", "view deal", "see deal", "get deal",
		"voir l'offre", "acheter sur", "voir le prix",
	}},
	{rule: rules.CommentsPrompt, maxWord: 6, prefix: true, phrases: []string{
		"comments", "leave a comment", "add a comment", "commentaires", "réagir", "laisser un commentaire", "التعليقات", "اضف تعليق", "أضف تعليق", "تعليقات", "تعليقات الزوار", "تعليقات القراء", "آراء القراء",
	}},
	{rule: rules.Loading, maxWord: 6, prefix: true, phrases: []string{
		"loading...", "chargement", "جار التحميل", "正在加载", "加载中", "読み込み中", "skip to content", "skip to navigation", "back to top", "retour en haut", "العودة للأعلى",
	}},
	{rule: rules.NavLink, maxWord: 4, whole: true, phrases: []string{
		"الرئيسية", "home", "accueil", "menu", "القائمة", "search", "rechercher", "بحث", "contact", "contactez-nous", "اتصل بنا", "من نحن", "about us", "à propos",
		"next", "previous", "suivant", "précédent", "التالي", "السابق",
	}},
}

func foldRules(prs []phraseRule) []phraseRule {
	for i := range prs {
		r := &prs[i]
		r.class = rules.Class(r.rule)
		r.phrases = foldAll(r.phrases)
		r.also = foldAll(r.also)
	}
	return prs
}

// phraseIdx indexes the phrases of phraseRules but the whole ones: those
// of rule k in list 2k, its also phrases in list 2k+1.
var phraseIdx = func() *phraseIndex {
	var ps []indexPhrase
	for k, r := range phraseRules {
		if !r.whole {
			for _, p := range r.phrases {
				ps = append(ps, indexPhrase{p: p, list: 2 * k, prefix: r.prefix})
			}
		}
		for _, p := range r.also {
			ps = append(ps, indexPhrase{p: p, list: 2*k + 1})
		}
	}
	return newPhraseIndex(ps)
}()

// phraseLists holds, by a block's words, the lists of phraseIdx of the
// rules that may decide a block that long.
var phraseLists = func() (t [foldLimit + 1]uint64) {
	for n := range t {
		for k, r := range phraseRules {
			if n <= r.maxWord {
				t[n] |= 3 << (2 * k)
			}
		}
	}
	return t
}()

// bylineIdx indexes bylineOpeners, all in list 0.
var bylineIdx = indexAll(bylineOpeners, true)

// agencyIdx indexes agencies, agency k in list k.
var agencyIdx = func() *phraseIndex {
	ps := make([]indexPhrase, len(agencies))
	for k, a := range agencies {
		ps[k] = indexPhrase{p: a, list: k}
	}
	return newPhraseIndex(ps)
}()

// indexAll indexes the phrases ps in list 0.
func indexAll(ps []string, prefix bool) *phraseIndex {
	ips := make([]indexPhrase, len(ps))
	for k, p := range ps {
		ips[k] = indexPhrase{p: p, prefix: prefix}
	}
	return newPhraseIndex(ips)
}

// foldAll folds each of ps. The lists it folds at start-up are package
// variables of their own (xList for x), not literals in the call: the
// linker lays a package variable out as data, where a literal in the call
// is built by init code.
func foldAll(ps []string) []string {
	if ps == nil {
		return nil
	}
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = fold(p)
	}
	return out
}

// agencies are the news agencies of lang.NewsAgencies, folded.
var agencies = foldAll(lang.NewsAgencies)

// captionOpeners start a picture caption or credit.
var captionOpeners = foldAll(captionOpenersList)

// captionOpenersList: captionOpeners as written (see foldAll).
var captionOpenersList = []string{
	"photo:", "photo :", "image:", "credit:", "credits:", "crédit", "source:", "(photo", "illustration:", "صورة:", "الصورة:", "(صورة", "مصدر الصورة",
	"фото:", "fot.", "fot:", "foto:", "zdjęcie:", "φωτογραφία:", "φωτο:", "bild:", "图片：", "图：",
}

// bylineOpeners start a byline line.
var bylineOpeners = foldAll(bylineOpenersList)

// bylineOpenersList: bylineOpeners as written (see foldAll).
var bylineOpenersList = []string{
	"الكاتب:", "الكاتب", "كاتب المقال", "حاوره:", "حاورها:", "حاوره", "حاورها", "أجرى الحوار", "نشر في", "نشر يوم", "نشر بتاريخ", "بتاريخ", "كتب", "بقلم", "تاريخ النشر", "آخر تحديث", "اخر تحديث", "نشر",
	"publié le", "publié", "article rédigé par", "rédigé par", "mis à jour", "par ", "le monde |", "modifié le",
	"by ", "published", "updated", "posted", "last updated", "written by",
}

// stopwords are function words of the languages Safi knows best, folded.
// The classifier uses their density to tell prose from lists of names.
var stopwords = buildStopwords([]string{
	// Arabic
	"في", "من", "على", "الى", "عن", "ان", "التي", "الذي", "هذا", "هذه", "ذلك", "مع", "كان", "قد", "لا", "ما", "او", "ثم", "بعد", "قبل", "حيث", "كما", "لم", "لن", "هو", "هي", "بين", "عند", "كل", "منذ", "حتى", "الا", "اذا", "غير", "فيما", "وفي", "ومن", "وعلى", "انه", "الذين", "خلال", "عبر", "ضد", "لكن", "وقد", "فقد", "بها", "فيه", "فيها", "منها", "منه", "عليه", "عليها", "له", "لها", "يتم", "تم", "وهو", "وهي", "ولا", "اي", "اما",
	// French
	"le", "la", "les", "de", "des", "du", "un", "une", "et", "est", "en", "que", "qui", "dans", "pour", "pas", "sur", "au", "aux", "par", "plus", "ne", "se", "ce", "il", "elle", "avec", "sont", "ont", "son", "sa", "ses", "mais", "ou", "comme", "été", "leur", "nous", "vous", "cette", "aussi", "a", "à", "d'un", "d'une", "l'", "qu'il",
	// English
	"the", "of", "and", "to", "in", "is", "that", "for", "it", "as", "was", "with", "be", "by", "on", "not", "he", "she", "this", "are", "or", "his", "her", "from", "at", "which", "but", "have", "has", "an", "they", "you", "were", "their", "been", "would", "will", "there", "can", "its", "who", "we", "more", "if", "when", "than", "had", "also", "into", "about", "after", "said",
	// Spanish, German, Italian, Portuguese: the commonest
	"el", "los", "las", "del", "y", "con", "una", "por", "para", "es", "lo", "al", "su", "sus", "como", "más", "pero", "sin", "sobre", "fue",
	"der", "die", "das", "und", "ist", "nicht", "mit", "den", "von", "zu", "im", "ein", "eine", "einen", "einer", "auf", "sich", "auch", "als", "wird", "werden", "nach", "bei", "aus", "dem", "des", "wie", "noch", "nur", "oder", "sind", "hat", "kann", "über", "zum", "zur",
	"di", "che", "non", "per", "della", "nel", "alla", "sono", "anche", "più",
	"do", "da", "não", "um", "uma", "o", "os", "na", "no", "em", "ao", "dos", "nas", "nos", "mais", "foi", "pelo", "pela",
})

// cjkFunction are function characters of Chinese (particles, pronouns,
// prepositions, the commonest verbs) and Japanese (hiragana particles and
// endings). Their share among a block's CJK characters plays the part of
// the function-word density, for text that runs its words together.
var cjkFunction = runeSet("的了是在和有也就都而及与这那之其为以于对将被把从等个们我他她它你不没很要会能可说到着过吗呢吧所但并或因如此" +
	"のにはをがでともへやからまでよりてたしだですますない")

func runeSet(s string) map[rune]struct{} {
	m := make(map[rune]struct{}, len(s)/3)
	for _, r := range s {
		m[r] = struct{}{}
	}
	return m
}

func buildStopwords(words []string) map[string]struct{} {
	m := make(map[string]struct{}, len(words))
	for _, w := range words {
		m[normalize.Fold(w)] = struct{}{}
	}
	return m
}

// stopSet holds the stop words for isStopKey.
var stopSet = newKeySet(stopwords)

// keySet is a set of folded words, in an open-addressing table that a
// word given as bytes is looked up in without hashing all of it.
type keySet struct {
	slots [keySlots]string
}

const keySlots = 1024

func keyHash(k []byte) int {
	n := len(k)
	return int(uint(n)*0x9E3779B1^uint(k[0])*0x85EB^uint(k[n-1])<<3^uint(k[n/2])*0x2F1) & (keySlots - 1)
}

func newKeySet(words map[string]struct{}) *keySet {
	s := &keySet{}
	for w := range words {
		if w == "" || len(words) >= keySlots/2 {
			panic("classify: a key set of " + w)
		}
		h := keyHash([]byte(w))
		for s.slots[h] != "" {
			h = (h + 1) & (keySlots - 1)
		}
		s.slots[h] = w
	}
	return s
}

// has reports whether the non-empty word k is in the set.
func (s *keySet) has(k []byte) bool {
	for h := keyHash(k); s.slots[h] != ""; h = (h + 1) & (keySlots - 1) {
		if s.slots[h] == string(k) {
			return true
		}
	}
	return false
}

// stopwordMaxLen is the length in bytes of the longest folded stop word:
// a longer word needs no look-up.
var stopwordMaxLen = func() int {
	n := 0
	for w := range stopwords {
		n = max(n, len(w))
	}
	return min(n, 63)
}()

// stopShapes records, by last byte, the lengths of the folded stop words:
// bit n of stopShapes[b] is set when a stop word of n bytes ends with b.
var stopShapes = func() (t [256]uint64) {
	for w := range stopwords {
		if w != "" {
			t[w[len(w)-1]] |= 1 << min(len(w), 63)
		}
	}
	return t
}()
