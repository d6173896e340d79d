package classify

import (
	"math"
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/safi-app/safi/internal/doc"
	"github.com/safi-app/safi/internal/report"
	"github.com/safi-app/safi/internal/report/rules"
)

// The learned block model's features (issue 15). Every feature is a number
// computed from one block and its neighbours; the same code computes them
// for training (tools/train, through Inputs) and at run time (model), so
// the two cannot drift apart. The order of the list is the model's: the
// generated weights name features by index, so a feature is only ever added
// at the end (and the model retrained with make train).

// Feature indexes.
const (
	fRulesIn      = iota // the rules put the block in the article (paragraph or heading)
	fLogWords            // log(1 + words)
	fWordLen             // mean letters per word
	fPunct               // punctuation among the non-space characters
	fDigits              // digits among the non-space characters
	fStops               // function words among the words (stop-word share)
	fNav                 // words of navigation and link labels ("home", "share", "login", …) among the words
	fCaps                // words that open with a capital among the words
	fEndsStop            // ends like a sentence
	fLogRunes            // log(1 + characters)
	fListItem            // opens with a bullet or an item number
	fMenuLike            // one to three words of letters only
	fColon               // ends with a colon
	fQuestion            // ends with a question mark
	fTitleCase           // most words capitalised
	fSymbolic            // fewer letters than other characters
	fRepeated            // the same text stands elsewhere on the page
	fPosition            // index of the block over the number of blocks
	fRegionIn            // inside the rules' article region
	fRegionDist          // blocks to the rules' article region, over the number of blocks (1 without one)
	fRelWords            // words over the longest block's words
	fWinIn               // share of the blocks within 3 either side that the rules put in
	fWinWords            // log(1 + mean words of the blocks within 3 either side)
	fPrevIn              // the previous non-empty block: in by the rules
	fPrevWords           //   its log(1 + words)
	fPrevStops           //   its stop-word share
	fNextIn              // the next non-empty block: in by the rules
	fNextWords           //   its log(1 + words)
	fNextStops           //   its stop-word share
	fPageIn              // share of the page's blocks the rules put in
	fPageBlocks          // log(1 + blocks)
	fClassPara           // the rules' class: paragraph
	fClassHeading        //   heading
	fClassBoiler         //   boilerplate
	fClassOther          //   other
	fRuleOutside         // the rules' reasons: outside the article region
	fRuleRelated         //   a related list
	fRuleCaption         //   a caption
	fRuleComments        //   comments
	fRuleMenuRun         //   a run of menu lines
	fRuleBetween         //   between prose
	fRuleShort           //   short in the article
	fRuleWhole           //   the whole text (no prose found)
	// HTML signals (zero for text).
	fHTML        // the block comes from HTML
	fLinks       // share of the text inside links
	fHeading     // heading level 1–6, 0 none
	fInList      // inside a list
	fTagP        // nearest block tag p
	fTagLi       //   li
	fTagCell     //   td or th
	fTagDiv      //   div
	fTagPre      //   pre or code
	fTagQuote    //   blockquote
	fTagDef      //   dd, dt
	fLandNav     // landmarks: nav
	fLandHeader  //   header
	fLandFooter  //   footer
	fLandAside   //   aside
	fLandArticle //   article or main
	fLandForm    //   form
	fLandFigure  //   figure
	fHintNav     // class/id hints: nav or menu
	fHintShare   //   share or social
	fHintRelated //   related
	fHintComment //   comment
	fHintAd      //   ad, promo, newsletter, sponsor
	fHintContent //   article, content, main, post, story, entry, body, text
	fHintMeta    //   byline, author, date, tags, caption
	fRegMain     // the HTML reader's region: main
	fRegOutside  //   outside
	fRegDropped  //   inside main but dropped (nav, share, list, link-dense…)
	fPrevLinks   // the previous non-empty block's link share
	fNextLinks   // the next non-empty block's link share
	fWinLinks    // mean link share of the blocks within 3 either side
	fDiscussion  // the page declares itself a discussion (doc.Meta.Discussion): its replies are content
	fInBefore    // share of the words of the blocks the rules put in that stand before the block
	fProseBefore //   the same, of those blocks without a comment hint: 1 for comments under a whole article
	numFeatures
)

// FeatureNames are the features' names, by index, for the generated model's
// comments and the training tool's report.
var FeatureNames = [numFeatures]string{
	"rules-in", "log-words", "word-len", "punct", "digits", "stops", "nav-words", "caps", "ends-stop",
	"log-runes", "list-item", "menu-like", "colon", "question", "title-case", "symbolic", "repeated",
	"position", "region-in", "region-dist", "rel-words", "win-in", "win-words", "prev-in", "prev-words",
	"prev-stops", "next-in", "next-words", "next-stops", "page-in", "page-blocks", "class-paragraph",
	"class-heading", "class-boilerplate", "class-other", "rule-outside", "rule-related", "rule-caption",
	"rule-comments", "rule-menu-run", "rule-between", "rule-short", "rule-whole", "html", "links",
	"heading", "in-list", "tag-p", "tag-li", "tag-cell", "tag-div", "tag-pre", "tag-quote", "tag-def",
	"land-nav", "land-header", "land-footer", "land-aside", "land-article", "land-form", "land-figure",
	"hint-nav", "hint-share", "hint-related", "hint-comment", "hint-ad", "hint-content", "hint-meta",
	"region-main", "region-outside", "region-dropped", "prev-links", "next-links", "win-links",
	"discussion", "in-before", "prose-before",
}

// NumFeatures is the number of features of a block.
const NumFeatures = numFeatures

// modelDecides reports whether the model decides block i: a block with
// text that no certain rule named. The certain rules stay in front of the
// model: ticker lines (and the menu rows the ticker split finds), the
// phrase rules (a "read at source" line, share and copyright lines, the
// seed's Arabic boilerplate), bylines and datelines, titles, and the HTML
// reader's ticker, title and byline; and the formula pieces.
func (c *ctx) modelDecides(i int) bool {
	b := &c.d.Blocks[i]
	if b.Text == "" {
		return false
	}
	switch b.Class {
	case report.ClassTicker, report.ClassTitle, report.ClassByline:
		return false
	}
	if b.Rule == rules.MenuRow || b.Rule == rules.ParagraphFormula || b.Rule == rules.Teaser || phraseRuleNames[b.Rule] {
		return false
	}
	// A block without a letter or a digit (a rule, a bullet, a symbol of a
	// formula) weighs nothing in the article's words: the rules keep it.
	for _, r := range b.Text {
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			return true
		}
	}
	return false
}

// phraseRuleNames are the rules of the phrase table.
var phraseRuleNames = func() map[string]bool {
	m := make(map[string]bool, len(phraseRules))
	for _, pr := range phraseRules {
		m[pr.rule] = true
	}
	return m
}()

// rulesIn reports whether the rules put block i in the article.
func rulesIn(b *doc.Block) bool {
	return b.Class == report.ClassParagraph || b.Class == report.ClassHeading
}

// textShape is what one pass over a block's text counts for the model.
type textShape struct {
	letters, punct, digits, nonSpace, runes int
	words, caps, nav                        int
}

// navSample is how many words of a block are looked up in the navigation
// vocabulary.
const navSample = 16

func shapeOf(s string, arena *[]byte) textShape {
	var t textShape
	inWord, wordStart, first := false, 0, false
	for i := 0; i < len(s); {
		var cls uint8
		r, n := rune(s[i]), 1
		if r < 0x80 {
			cls = asciiShape[r]
		} else {
			r, n = utf8.DecodeRuneInString(s[i:])
			switch {
			case unicode.IsSpace(r):
				cls = shapeSpace
			case unicode.IsLetter(r):
				cls = shapeLetter
				if unicode.IsUpper(r) {
					cls = shapeUpper
				}
			case unicode.IsDigit(r):
				cls = shapeDigit
			case unicode.IsPunct(r):
				cls = shapePunct
			}
		}
		t.runes++
		if cls == shapeSpace {
			if inWord {
				t.words++
				if t.words <= navSample && isNavWord(s[wordStart:i], arena) {
					t.nav++
				}
			}
			inWord = false
			i += n
			continue
		}
		t.nonSpace++
		if !inWord {
			inWord, wordStart, first = true, i, true
		}
		switch cls {
		case shapeLetter, shapeUpper:
			t.letters++
			if first {
				first = false
				if cls == shapeUpper {
					t.caps++
				}
			}
		case shapeDigit:
			t.digits++
			first = false
		case shapePunct:
			t.punct++
		}
		i += n
	}
	if inWord {
		t.words++
		if t.words <= navSample && isNavWord(s[wordStart:], arena) {
			t.nav++
		}
	}
	return t
}

// Character classes of shapeOf.
const (
	shapeOther = iota
	shapeSpace
	shapeLetter
	shapeUpper // an upper-case letter
	shapeDigit
	shapePunct
)

// asciiShape is the class of each ASCII character, as shapeOf reads it:
// space is only ' ', '\t', '\n' and '\r' below 0x80.
var asciiShape = func() (t [0x80]uint8) {
	for c := range rune(0x80) {
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			t[c] = shapeSpace
		case 'A' <= c && c <= 'Z':
			t[c] = shapeUpper
		case 'a' <= c && c <= 'z':
			t[c] = shapeLetter
		case '0' <= c && c <= '9':
			t[c] = shapeDigit
		case unicode.IsPunct(c):
			t[c] = shapePunct
		}
	}
	return t
}()

// isNavWord reports whether w, folded and stripped of punctuation, is a
// navigation or link label.
func isNavWord(w string, arena *[]byte) bool {
	if len(w) > 24 {
		return false
	}
	buf := (*arena)[:0]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			buf = foldLetters(buf[:0], w)
			break
		}
		if 'A' <= c && c <= 'Z' {
			buf = append(buf, c+'a'-'A')
		} else if 'a' <= c && c <= 'z' {
			buf = append(buf, c)
		}
	}
	*arena = buf
	if len(buf) < 2 {
		return false
	}
	_, ok := navWords[string(buf)]
	return ok
}

// foldLetters appends w's letters, lower-cased, to dst.
func foldLetters(dst []byte, w string) []byte {
	for _, r := range w {
		if unicode.IsLetter(r) {
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		}
	}
	return dst
}

// navWords are words of menus, buttons and link labels in the languages of
// the stop-word tables: a line made of them is navigation.
var navWords = func() map[string]struct{} {
	m := map[string]struct{}{}
	for _, w := range []string{
		// en
		"home", "menu", "login", "log", "sign", "signup", "register", "subscribe", "share", "tweet", "email",
		"print", "search", "next", "previous", "prev", "more", "read", "comments", "comment", "reply",
		"follow", "like", "contact", "about", "privacy", "terms", "cookies", "cookie", "advertisement",
		"sponsored", "newsletter", "related", "popular", "trending", "tags", "categories", "category",
		"archive", "archives", "skip", "top", "back", "download", "click", "view", "all", "see", "facebook",
		"twitter", "instagram", "youtube", "linkedin", "whatsapp", "pinterest", "rss", "copyright", "rights",
		"reserved", "policy", "help", "faq", "account", "cart", "shop", "video", "videos", "photos", "gallery",
		// fr
		"accueil", "connexion", "inscription", "partager", "imprimer", "rechercher", "suivant", "précédent",
		"commentaires", "commentaire", "répondre", "suivez", "abonnez", "abonnement", "publicité", "mentions",
		"légales", "confidentialité", "contactez", "voir", "lire", "aussi", "tous", "droits", "réservés",
		// de
		"startseite", "anmelden", "teilen", "drucken", "suche", "weiter", "zurück", "kommentare", "impressum",
		"datenschutz", "werbung", "mehr", "lesen",
		// es
		"inicio", "compartir", "imprimir", "buscar", "siguiente", "anterior", "comentarios", "publicidad",
		"suscríbete", "leer", "más", "contacto",
		// ar
		"الرئيسية", "الرئيسيه", "شارك", "مشاركة", "طباعة", "بحث", "التالي", "السابق", "تعليقات", "التعليقات",
		"اشترك", "إعلان", "اتصل", "المزيد", "اقرأ", "أيضا", "تابعونا", "الخصوصية", "حقوق", "محفوظة",
	} {
		m[w] = struct{}{}
	}
	return m
}()

// eachInput calls fn with the features of every block the model decides,
// in order. row is reused from one call to the next.
func (c *ctx) eachInput(fn func(i int, row []float32)) {
	d := c.d
	n := len(d.Blocks)
	html := d.Format == "html"
	// The non-empty blocks, in order: neighbours are counted among them.
	idx := make([]int, 0, n)
	maxWords, in := 1, 0
	for i := range d.Blocks {
		if d.Blocks[i].Text == "" {
			continue
		}
		idx = append(idx, i)
		maxWords = max(maxWords, c.f[i].words)
		if rulesIn(&d.Blocks[i]) {
			in++
		}
	}
	if len(idx) == 0 {
		return
	}
	pageIn := float32(in) / float32(len(idx))
	logBlocks := float32(math.Log1p(float64(len(idx))))
	// log(1 + words) of each non-empty block, by its place in idx: a block's
	// own feature and its neighbours'.
	lws := make([]float32, len(idx))
	for k, i := range idx {
		lws[k] = float32(math.Log1p(float64(c.f[i].words)))
	}
	// The words the rules put in, and those of them outside a comment
	// hint, before each non-empty block (by its place in idx), and in all.
	var inBefore, proseBefore []int
	inAll, proseAll := 0, 0
	if html {
		inBefore, proseBefore = make([]int, len(idx)), make([]int, len(idx))
		for k, i := range idx {
			inBefore[k], proseBefore[k] = inAll, proseAll
			if b := &d.Blocks[i]; rulesIn(b) {
				inAll += c.f[i].words
				if !slices.Contains(b.Sig().Hints, "comment") {
					proseAll += c.f[i].words
				}
			}
		}
	}
	var arena []byte
	row := make([]float32, NumFeatures)
	for k, i := range idx {
		if !c.modelDecides(i) {
			continue
		}
		b := &d.Blocks[i]
		f := &c.f[i]
		clear(row)
		sh := shapeOf(b.Text, &arena)
		row[fRulesIn] = b2f(rulesIn(b))
		row[fLogWords] = lws[k]
		if sh.words > 0 {
			row[fWordLen] = float32(sh.letters) / float32(sh.words)
			row[fNav] = float32(sh.nav) / float32(min(sh.words, navSample))
			row[fCaps] = float32(sh.caps) / float32(sh.words)
		}
		if sh.nonSpace > 0 {
			row[fPunct] = float32(sh.punct) / float32(sh.nonSpace)
			row[fDigits] = float32(sh.digits) / float32(sh.nonSpace)
		}
		row[fStops] = float32(f.density)
		row[fEndsStop] = b2f(f.endsStop)
		row[fLogRunes] = float32(math.Log1p(float64(sh.runes)))
		row[fListItem] = b2f(f.listItem)
		row[fMenuLike] = b2f(f.menuLike)
		row[fColon] = b2f(f.hasColon)
		row[fQuestion] = b2f(f.question)
		row[fTitleCase] = b2f(f.titleCase)
		row[fSymbolic] = b2f(f.symbolic)
		row[fRepeated] = b2f(f.repeated)
		row[fPosition] = float32(k) / float32(len(idx))
		switch {
		case c.start >= c.end:
			row[fRegionDist] = 1
		case i >= c.start && i < c.end:
			row[fRegionIn] = 1
		case i < c.start:
			row[fRegionDist] = float32(c.start-i) / float32(n)
		default:
			row[fRegionDist] = float32(i-c.end+1) / float32(n)
		}
		row[fRelWords] = float32(f.words) / float32(maxWords)
		var winIn, winWords, winLinks float32
		cnt := 0
		for j := max(0, k-3); j <= min(len(idx)-1, k+3); j++ {
			if j == k {
				continue
			}
			nb := &d.Blocks[idx[j]]
			winIn += b2f(rulesIn(nb))
			winWords += float32(c.f[idx[j]].words)
			winLinks += float32(nb.LinkDensity)
			cnt++
		}
		if cnt > 0 {
			row[fWinIn] = winIn / float32(cnt)
			row[fWinWords] = float32(math.Log1p(float64(winWords / float32(cnt))))
			row[fWinLinks] = winLinks / float32(cnt)
		}
		if k > 0 {
			p := idx[k-1]
			row[fPrevIn] = b2f(rulesIn(&d.Blocks[p]))
			row[fPrevWords] = lws[k-1]
			row[fPrevStops] = float32(c.f[p].density)
			row[fPrevLinks] = float32(d.Blocks[p].LinkDensity)
		}
		if k+1 < len(idx) {
			q := idx[k+1]
			row[fNextIn] = b2f(rulesIn(&d.Blocks[q]))
			row[fNextWords] = lws[k+1]
			row[fNextStops] = float32(c.f[q].density)
			row[fNextLinks] = float32(d.Blocks[q].LinkDensity)
		}
		row[fPageIn] = pageIn
		row[fPageBlocks] = logBlocks
		switch b.Class {
		case report.ClassParagraph:
			row[fClassPara] = 1
		case report.ClassHeading:
			row[fClassHeading] = 1
		case report.ClassBoilerplate:
			row[fClassBoiler] = 1
		default:
			row[fClassOther] = 1
		}
		switch b.Rule {
		case rules.Outside, rules.HTMLOutside:
			row[fRuleOutside] = 1
		case rules.RelatedList:
			row[fRuleRelated] = 1
		case rules.Caption:
			row[fRuleCaption] = 1
		case rules.Comments:
			row[fRuleComments] = 1
		case rules.MenuRun:
			row[fRuleMenuRun] = 1
		case rules.ParagraphBetween:
			row[fRuleBetween] = 1
		case rules.ParagraphShort:
			row[fRuleShort] = 1
		case rules.ParagraphNoProse:
			row[fRuleWhole] = 1
		}
		if html {
			htmlInputs(b, row)
			row[fDiscussion] = b2f(d.Meta.Discussion)
			if inAll > 0 {
				row[fInBefore] = float32(inBefore[k]) / float32(inAll)
			}
			if proseAll > 0 {
				row[fProseBefore] = float32(proseBefore[k]) / float32(proseAll)
			}
		}
		fn(i, row)
	}
}

// htmlInputs sets the features of the HTML reader's signals.
func htmlInputs(b *doc.Block, row []float32) {
	s := b.Sig()
	{
		row[fHTML] = 1
		row[fLinks] = float32(b.LinkDensity)
		row[fHeading] = float32(s.Heading)
		row[fInList] = b2f(s.InList)
		switch s.Tag {
		case "p":
			row[fTagP] = 1
		case "li":
			row[fTagLi] = 1
		case "td", "th":
			row[fTagCell] = 1
		case "div":
			row[fTagDiv] = 1
		case "pre", "code":
			row[fTagPre] = 1
		case "blockquote":
			row[fTagQuote] = 1
		case "dd", "dt":
			row[fTagDef] = 1
		}
		for _, l := range s.Landmarks {
			switch l {
			case "nav":
				row[fLandNav] = 1
			case "header":
				row[fLandHeader] = 1
			case "footer":
				row[fLandFooter] = 1
			case "aside":
				row[fLandAside] = 1
			case "article", "main":
				row[fLandArticle] = 1
			case "form":
				row[fLandForm] = 1
			case "figure":
				row[fLandFigure] = 1
			}
		}
		for _, h := range s.Hints {
			switch h {
			case "nav", "menu":
				row[fHintNav] = 1
			case "share", "social":
				row[fHintShare] = 1
			case "related":
				row[fHintRelated] = 1
			case "comment":
				row[fHintComment] = 1
			case "ad", "promo", "newsletter":
				row[fHintAd] = 1
			case "article", "content", "main", "post", "story", "entry", "body", "text":
				row[fHintContent] = 1
			case "byline", "author", "date", "tags", "caption":
				row[fHintMeta] = 1
			}
		}
		switch b.Region {
		case "main":
			row[fRegMain] = 1
		case "outside":
			row[fRegOutside] = 1
		case "":
		default:
			row[fRegDropped] = 1
		}
	}
}

// Inputs runs the rules on d (without the model) and returns each block's
// features (len(d.Blocks) × NumFeatures, row-major) and whether the model
// decides it: what tools/train learns from. d's classes are the rules'
// afterwards.
func Inputs(d *doc.Doc) (x []float32, decides []bool) {
	c := runRules(d)
	x = make([]float32, len(d.Blocks)*NumFeatures)
	c.eachInput(func(i int, row []float32) { copy(x[i*NumFeatures:], row) })
	decides = make([]bool, len(d.Blocks))
	for i := range decides {
		decides[i] = c.modelDecides(i)
	}
	return x, slices.Clip(decides)
}

func b2f(v bool) float32 {
	if v {
		return 1
	}
	return 0
}
