package classify

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/safi-app/safi/internal/report/rules"
)

// What follows an article on its page is headed by a few set lines: the
// author's biography ("About the Author"), the lists of other posts
// ("Related Posts", "You May Also Like", "Recent posts"), the post's tags
// ("Tags: …", "Filed under: …"). Such a line, after enough of the
// article's prose, ends the article region (cutAtEnds): what follows it
// reads as prose too (a biography, teasers, comments), but is not the
// article.

// endHeads are the folded lines that head what follows an article.
var endHeads = foldAll(endHeadsList)

// endHeadsList: endHeads as written (see foldAll).
var endHeadsList = []string{
	// the author
	"about the author", "about the authors", "about the writer", "author bio", "author biography", "meet the author",
	"why trust us", "à propos de l'auteur", "sobre el autor", "über den autor", "über die autorin", "o autorze", "об авторе",
	"عن الكاتب", "نبذة عن الكاتب",
	// other posts
	"related posts", "related post", "related resources", "related content", "related reading", "related articles", "related stories",
	"recommended posts", "recommended articles", "recommended reading", "recommended for you", "recent posts", "popular posts",
	"more posts", "more articles", "more stories", "more from our blog", "explore more", "keep reading", "continue reading",
	"you may also like", "you might also like", "you may be interested in", "you might be interested in",
	"articles similaires", "à lire aussi", "sur le même sujet", "artículos relacionados", "ähnliche artikel", "podobne artykuły",
	"похожие статьи", "читайте также", "مقالات ذات صلة", "اخبار ذات صلة", "مواضيع ذات صلة",
}

// isEndHead reports whether a block with features f is a line of
// endHeads: the whole line, but for punctuation around it.
func isEndHead(f *features) bool {
	if f.folded == "" || f.words > 6 {
		return false
	}
	s := strings.TrimFunc(f.folded, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	return s != "" && slices.Contains(endHeadsBy[s[0]], s)
}

// byFirstByte groups heads by their first byte: a line is compared only
// with the heads it may be (isEndHead, isTagLine run on every block of a
// region).
func byFirstByte(heads []string) (by [256][]string) {
	for _, h := range heads {
		if h != "" {
			by[h[0]] = append(by[h[0]], h)
		}
	}
	return by
}

var endHeadsBy, tagHeadsBy = byFirstByte(endHeads), byFirstByte(tagHeads)

// tagHeads open a line that lists a post's tags or categories ("Tags:
// cooking, travel", "Filed under: News"), folded.
var tagHeads = foldAll(tagHeadsList)

// tagHeadsList: tagHeads as written (see foldAll).
var tagHeadsList = []string{
	"tags:", "tags :", "tag:", "tagged:", "tagged with:", "tagged as:", "filed under:", "filed under", "categories:", "category:", "posted in:",
	"topics:", "keywords:", "mots-clés :", "mots-clés:", "mots clés :", "étiquettes :", "étiquettes:", "schlagwörter:", "etiquetas:",
	"tagi:", "теги:", "метки:", "ключевые слова:", "ετικέτες:", "标签：", "标签:", "關鍵字：", "关键词：", "الوسوم:", "كلمات مفتاحية:",
}

// isTagLine reports whether a block with features f is a line of a post's
// tags: it opens with one of tagHeads (the tags may follow on the line).
func isTagLine(f *features) bool {
	if f.folded == "" {
		return false
	}
	for _, h := range tagHeadsBy[f.folded[0]] {
		if strings.HasPrefix(f.folded, h) {
			return true
		}
	}
	return false
}

// cutAtEnds ends the article region at the first line of endHeads in it
// or of tags (isTagLine) that follows endHeadAfterProse of its prose,
// and no less prose than the region has after it: a box of related posts
// set in the middle of an article (where it is followed by the rest of
// it) is left to the other rules. A row of share buttons or a copyright line ends it the same way
// when the region has at most a third as much prose after it as before:
// they stand inside articles too (a share row halfway, a picture's
// credit), but most often close them, before the footer's prose.
func (c *ctx) cutAtEnds(scores []int) {
	weight := 0
	for i := c.start; i < c.end; i++ {
		if weight >= goodWords && isPostFooter(&c.f[i]) {
			c.end = i
			return
		}
		if weight >= commentsAfterProse || weight >= endHeadAfterProse && (isEndHead(&c.f[i]) || isTagLine(&c.f[i])) {
			share := 0 // how many times as much prose must stand before the line as after it
			switch {
			case isEndHead(&c.f[i]), isTagLine(&c.f[i]):
				share = 1
			case c.d.Blocks[i].Rule == rules.Share && !isCodeLine(c.d.Blocks[i].Text), c.d.Blocks[i].Rule == rules.Copyright:
				share = endWidgetShare
			case isBio(c.d.Blocks[i].Text):
				share = endWidgetShare
			}
			if share > 0 {
				after := 0
				for j := i + 1; j < c.end; j++ {
					if scores[j] >= goodWords {
						after += scores[j]
					}
				}
				if after*share <= weight {
					c.end = i
					return
				}
			}
		}
		if scores[i] >= goodWords {
			weight += scores[i]
		}
	}
}

// endHeadAfterProse is the prose, in words (of scores), that an end head
// or a tag line ends the region after: one full paragraph's worth
// (proseCap), so that a short news item's "Read also" list and tags are
// cut too; the rest of the article after such a line must still be no
// longer than what stands before it. (It was commentsAfterProse, two
// paragraphs' worth, until 2026-12-07: docs/measuring.md.)
const endHeadAfterProse = proseCap

// postFooters are what a blog engine writes under a post, and nowhere
// else ("This entry was posted in News. Bookmark the permalink.", as
// WordPress's themes do), folded: such a line ends the article after any
// prose, however short the post.
var postFooters = foldAll(postFootersList)

// postFootersList: postFooters as written (see foldAll).
var postFootersList = []string{"this entry was posted in", "bookmark the permalink"}

// isPostFooter reports whether a block with features f holds one of
// postFooters.
func isPostFooter(f *features) bool {
	return f.words <= 40 && slices.ContainsFunc(postFooters, func(p string) bool { return strings.Contains(f.folded, p) })
}

// isCodeLine reports whether text has the punctuation of a line of code,
// which the share rule may take for a button ("print(x)").
func isCodeLine(text string) bool { return strings.ContainsAny(text, "()=;{}") }

// endWidgetShare: a share row or a copyright line ends the region when
// the prose before it weighs this many times what is left after it.
const endWidgetShare = 3

// An author's biography often closes a post without a head: "Jane Doe is
// a reporter at The Daily. She has covered…". isBio tells it by its shape:
// a name, a verb, and the next sentences in the third person.

// bioVerbs follow the name that opens a biography (English, French).
var bioVerbs = []string{"is", "was", "has", "writes", "lives", "holds", "joined", "works", "serves", "covers", "loves", "enjoys", "est", "vit", "écrit", "travaille"}

// bioPronouns open a biography's later sentences: he or she, not they (a
// company's description, "Acme is a firm… They…").
var bioPronouns = []string{". He ", ". She ", ". His ", ". Her ", ". He's ", ". She's ", ". When he", ". When she", ". Il ", ". Elle "}

// isBio reports whether text reads as a person's biography: it opens with
// a name of two or three capitalised words (an initial among them) and one
// of bioVerbs ("John Q. Smith has covered…"), and a later sentence opens
// with one of bioPronouns.
func isBio(text string) bool {
	names, rest := 0, text
	for {
		sp := strings.IndexByte(rest, ' ')
		if sp < 0 {
			return false
		}
		w := strings.TrimSuffix(rest[:sp], ",")
		rest = rest[sp+1:]
		if slices.Contains(bioVerbs, w) {
			break
		}
		if names == 3 || !isNameWord(w) {
			return false
		}
		names++
	}
	if names < 2 {
		return false
	}
	for _, p := range bioPronouns {
		if strings.Contains(rest, p) {
			return true
		}
	}
	return false
}

// isNameWord reports whether w could be a word of a person's name: a
// capital and then lower-case letters (an apostrophe or a hyphen among
// them), or an initial ("Q.").
func isNameWord(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	if w[size:] == "." {
		return true
	}
	if size == len(w) {
		return false
	}
	for _, r := range w[size:] {
		if !unicode.IsLower(r) && r != '\'' && r != '’' && r != '-' {
			return false
		}
	}
	return true
}
