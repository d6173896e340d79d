package classify

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/safi-app/safi/internal/report"
)

// Readers' comments under an article read as prose, and pages have many
// of them: kept, they often outweigh the article. What heads them is a
// short line in a few set forms, in many languages ("53 Comments »",
// "Leave a Reply", "Komentarze (3)", "Добавить комментарий", "Σχόλια"):
// such a line is a comments prompt. The article region ends at one that
// follows enough of its prose (cutAtComments), and the blocks after it
// outside the article are comments. (One near the top of a page, before
// the article or after a few lines of its lead, is a link to the
// comments: the region goes on over it.)

// commentsHeads are the folded openings of a comments header, once a
// count before it ("53 ", "{ 18 ") is set aside. They must be followed by
// the end of the line, a non-letter or (for the forms that name what the
// comments are on) anything.
var commentsHeads = foldAll(commentsHeadsList)

// commentsHeadsList: commentsHeads as written (see foldAll).
var commentsHeadsList = []string{
	// English
	"leave a reply", "leave a comment", "post a comment", "post comment", "add a comment", "add comment",
	"add your comment", "add your comments", "write a comment", "write comment", "reader comments", "readers' comments", "one comment", "no comments", "join the discussion",
	// French, Spanish, Italian, Portuguese, German, Dutch
	"laisser un commentaire", "ajouter un commentaire", "réagissez", "deja un comentario", "deja tu comentario",
	"lascia un commento", "deixe um comentário", "kommentar schreiben", "kommentieren",
	// Polish, Russian, Ukrainian, Greek, Czech
	"dodaj komentarz", "wasze komentarze", "twój komentarz", "napisz komentarz", "skomentuj", "komentarze czytelników",
	"добавить комментарий", "оставить комментарий", "ваш комментарий", "σχόλια αναγνωστών", "komentáře čtenářů",
	// Chinese, Japanese
	"网友评论", "发表评论", "我要评论", "コメントを書く",
}

// commentsLongHeads name what the comments are on; the title may follow
// ("53 Responses to “1,400 Rectangles”").
var commentsLongHeads = foldAll(commentsLongHeadsList)

// commentsLongHeadsList: commentsLongHeads as written (see foldAll).
var commentsLongHeadsList = []string{
	"responses to", "response to", "replies to", "thoughts on", "comments on", "comments to", "comment on",
}

// commentsCounted are headers only with a count ("53 Responses",
// "Comments (12)", "Комментарии 0"): alone, they may name an opinion
// section ("Comment", "Комментарии") or a part of an article.
var commentsCounted = foldAll(commentsCountedList)

// commentsCountedList: commentsCounted as written (see foldAll).
var commentsCountedList = []string{
	"comments", "comment", "responses", "response", "replies", "reactions",
	"commentaires", "réactions", "comentarios", "commenti", "comentários", "kommentare", "reacties",
	"komentarze", "komentarzy", "odpowiedzi", "комментарии", "комментариев", "коментарі", "σχόλια", "komentáře", "评论", "コメント",
}

// commentsHeaderWords is the longest comments header, in words, but for
// the long forms, which may hold a title.
const commentsHeaderWords = 6

// Kinds of comments header (features.comments).
const (
	commentsNone  = iota
	commentsHead  // an invitation or a header: "Leave a Reply", "53 Responses to …"
	commentsCount // a count alone: "53 Comments", "Comments (12)"; a list of posts has one a post
)

// commentsKind tells whether a block with features f heads readers'
// comments: a short line, not a sentence, in one of the forms above,
// maybe with a count before or after it ("Comments (12)").
func commentsKind(f *features) uint8 {
	if f.folded == "" || f.words > 3*commentsHeaderWords || f.endsStop && !strings.HasSuffix(f.folded, "...") && !strings.HasSuffix(f.folded, "…") {
		return commentsNone
	}
	if strings.ContainsAny(f.folded, "<>=") {
		return commentsNone // code, or its output: "<Response [200]>"
	}
	s := strings.TrimLeftFunc(f.folded, func(r rune) bool { return !unicode.IsLetter(r) })
	if len(s) == 0 {
		return commentsNone
	}
	countBefore := len(s) < len(f.folded) && strings.ContainsAny(f.folded[:len(f.folded)-len(s)], "0123456789")
	counted := countBefore || strings.ContainsAny(s, "0123456789")
	if t, ok := cutAny(s, "one ", "no "); countBefore || ok {
		for _, h := range commentsLongHeads {
			if t, ok := strings.CutPrefix(t, h); ok && (t == "" || t[0] == ' ') {
				return commentsHead
			}
		}
	}
	if f.words > commentsHeaderWords {
		return commentsNone
	}
	for _, h := range commentsHeads {
		if t, ok := strings.CutPrefix(s, h); ok && endsHead(t) {
			return commentsHead
		}
	}
	if counted {
		for _, h := range commentsCounted {
			if t, ok := strings.CutPrefix(s, h); ok && endsHead(t) {
				return commentsCount
			}
		}
	}
	return commentsNone
}

// cutAny returns s without the first of prefixes it opens with, and
// whether it opened with one; else s.
func cutAny(s string, prefixes ...string) (string, bool) {
	for _, p := range prefixes {
		if t, ok := strings.CutPrefix(s, p); ok {
			return t, true
		}
	}
	return s, false
}

// endsHead reports whether t, what follows a header's words, closes it:
// nothing, or no more letters ("(12)", " »", ": 3").
func endsHead(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	if t != "" && (unicode.IsLetter(r) || r == '\'') {
		return false
	}
	for _, r := range t {
		if unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// commentsAfterProse is the weight of prose (see score) that must stand in
// the article region before a comments header for the region to end there
// (cutAtComments), and before a comments prompt for no stretch of prose
// after it to be the article (region): readers' comments, however long,
// come after the article they are on. (A shorter stretch before the
// prompt may be a teaser, an excerpt or a caption, and the article may
// follow a link to its comments.)
const commentsAfterProse = 2 * proseCap

// cutAtComments ends the article region at the first comments header in
// it that follows commentsAfterProse of its prose. Counts of comments are
// not headers on a page with more than two of them: a list of posts.
func (c *ctx) cutAtComments(scores []int) {
	counts := 0
	for i := range c.f {
		if c.f[i].comments == commentsCount {
			counts++
		}
	}
	weight := 0
	for i := c.start; i < c.end; i++ {
		if k := c.f[i].comments; k == commentsHead || k == commentsCount && counts <= 2 {
			if weight >= commentsAfterProse {
				c.end = i
				return
			}
		}
		if scores[i] >= goodWords {
			weight += scores[i]
		}
	}
}

// Readers' comments without a header are told by their signatures: a
// short line with a date or a time of day ("Peter Flom 07.08.12 at
// 13:24", "Posted October 29, 2012 at 9:26 am | Permalink", "Фанат 7
// Января 2012 01:48:26"), each followed by its comment's prose.

// signaturesMin is how many signatures, each followed by prose, make a
// thread of comments.
const signaturesMin = 3

// signatureWords is the longest signature, in words.
const signatureWords = 16

// signatureReach is how many blocks with text after a signature its
// comment's prose must start within: the name may come after the date,
// and a line of the comment's buttons after the name ("Reply", "Zgłoś do
// moderacji").
const signatureReach = 4

// cutAtSignatures ends the article region at the first signature of a
// thread of comments in it (signaturesMin signatures or more, each with
// prose after it, and nothing between them but comments: prose, short
// lines, widgets) that follows commentsAfterProse of its prose.
func (c *ctx) cutAtSignatures(scores []int) {
	// A post of a forum is signed as its replies are: a thread whose
	// first post opens the region is the page's matter. (A time alone
	// before the region, "9:49am, EDT", is the article's.)
	for j, texts := c.start-1, 0; j >= 0 && texts < 5; j-- {
		if c.d.Blocks[j].Text != "" {
			texts++
			if c.signature(j) && c.f[j].words >= 3 {
				return
			}
		}
	}
	weight := 0
	for i := c.start; i < c.end; i++ {
		if c.signature(i) && c.thread(i, scores) {
			if weight >= commentsAfterProse {
				c.end = i
			}
			return // (a thread that opens the region is a forum's)
		}
		if scores[i] >= goodWords {
			weight += scores[i]
		}
	}
}

// thread reports whether the signature i opens a thread of comments: it
// and signaturesMin-1 more signatures after it in the region each have
// prose within signatureReach blocks after them.
func (c *ctx) thread(i int, scores []int) bool {
	n := 0
	for j := i; j < c.end && n < signaturesMin; j++ {
		if c.signature(j) && c.proseAfter(j, c.end, func(k int) int { return scores[k] }) {
			n++
		}
	}
	return n >= signaturesMin
}

// proseAfter reports whether a comment's prose follows the signature j
// before end: a block of goodWords or more (by score), a sentence, or a
// line of four words or more ending like one, within signatureReach
// blocks with text.
func (c *ctx) proseAfter(j, end int, score func(int) int) bool {
	texts := 0
	for k := j + 1; k < end && texts < signatureReach; k++ {
		if c.d.Blocks[k].Text == "" {
			continue
		}
		texts++
		if score(k) >= goodWords || isSentence(&c.f[k]) || c.f[k].endsStop && c.f[k].words >= 4 {
			return true
		}
	}
	return false
}

// signature reports whether block i reads as a comment's signature: a
// short line, not a sentence, that holds a time of day or a date, and
// that no rule has taken for anything but a byline.
func (c *ctx) signature(i int) bool {
	b := &c.d.Blocks[i]
	f := &c.f[i]
	if b.Text == "" || f.words > signatureWords || b.Class != "" && b.Class != report.ClassByline || isProse(f) && !f.endsStop && f.words > 12 {
		return false
	}
	return hasClock(b.Text) || saysLine(f)
}

// saysEnds close a comment's signature that names its writer and no time,
// as blog engines write it ("Jpsilver said,", "Anna says:"), folded. Not
// "said:", with which forum engines open a quote inside a post.
var saysEnds = foldAll(saysEndsList)

// saysEndsList: saysEnds as written (see foldAll).
var saysEndsList = []string{" said,", " says:"}

// saysLine reports whether a block with features f is a short line that
// ends like saysEnds.
func saysLine(f *features) bool {
	return f.words <= 5 && slices.ContainsFunc(saysEnds, func(e string) bool { return strings.HasSuffix(f.folded, e) })
}

// hasClock reports whether s holds a time of day: one or two digits, a
// colon, two digits ("9:26", "13:24", "01:48:26"), not one end of a span
// of times ("2:30-3:20hrs", a workout's or a timetable's: a signature
// gives one time).
func hasClock(s string) bool {
	for k := strings.IndexByte(s, ':'); k >= 0; {
		if k >= 1 && isDigit(s[k-1]) && k+2 < len(s) && isDigit(s[k+1]) && isDigit(s[k+2]) && (k+3 == len(s) || !isDigit(s[k+3])) &&
			!spanSide(s[k+3:], false) && !spanSide(s[:hourStart(s, k)], true) {
			return true
		}
		next := strings.IndexByte(s[k+1:], ':')
		if next < 0 {
			break
		}
		k += 1 + next
	}
	return false
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// hourStart is where the hour's digits before the colon at k begin.
func hourStart(s string, k int) int {
	h := k
	for h > 0 && k-h < 2 && isDigit(s[h-1]) {
		h--
	}
	return h
}

// spanSide reports whether s, the text on one side of a time, joins it to
// another time: a dash (hyphen or en dash, spaces around it allowed), then
// a digit, read from s's start (after the time) or from its end (before).
func spanSide(s string, before bool) bool {
	trim, cut := strings.TrimLeft, strings.CutPrefix
	if before {
		trim, cut = strings.TrimRight, strings.CutSuffix
	}
	t, ok := cut(trim(s, " "), "-")
	if !ok {
		t, ok = cut(trim(s, " "), "–")
	}
	if t = trim(t, " "); !ok || t == "" {
		return false
	}
	if before {
		return isDigit(t[len(t)-1])
	}
	return isDigit(t[0])
}

// threadReach is how many blocks after a comments prompt threadAfter
// searches for a thread's signatures.
const threadReach = 24

// threadAfter reports whether a thread of comments follows the comments
// prompt i: its first signature within signatureReach blocks with text,
// and signaturesMin signatures, each with prose within signatureReach
// blocks after it, within threadReach blocks. Such a prompt heads readers'
// comments even after a short article; a link to the comments near the
// top of a page has the article after it, not a thread.
func (c *ctx) threadAfter(i int) bool {
	end := min(len(c.d.Blocks), i+1+threadReach)
	texts, n := 0, 0
	for j := i + 1; j < end && n < signaturesMin; j++ {
		if c.d.Blocks[j].Text == "" {
			continue
		}
		texts++
		if !c.signature(j) {
			if n == 0 && texts > signatureReach {
				return false
			}
			continue
		}
		if c.proseAfter(j, end, c.score) { // (the region's scores are not yet known this far)
			n++
		}
	}
	return n >= signaturesMin
}

// signedThread reports whether the stretch [from, to) holds
// signaturesMin signatures or more (see signature): readers' comments,
// whose first signature, just before the stretch, reads as a byline.
func (c *ctx) signedThread(from, to int) bool {
	n := 0
	for i := from; i < to && n < signaturesMin; i++ {
		if c.d.Blocks[i].Text != "" && c.signature(i) {
			n++
		}
	}
	return n >= signaturesMin
}
