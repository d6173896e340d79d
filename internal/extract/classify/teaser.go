package classify

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/safi-app/safi/internal/doc"
)

// A teaser is a few lines of another story cut short, closed by a link to
// the rest of it: "… Read more", "… (more)", "more »", "… czytaj więcej".
// Lists of them follow articles (other stories, a blog's other posts) and
// fill index pages; a block that ends so is not the article's, whatever
// its prose (on the training part's pages, 5 of the 201 lines of six words
// or more that end so are in the gold, see docs/measuring.md).

// teaserLinks are the links that close a teaser, in lower case, as they
// stand after the teaser's last sentence or its cut ("…").
var teaserLinks = []string{
	"read more", "read full story", "read the full story", "read the rest", "continue reading", "full story",
	"read full article", "read the full article", "read article", "keep reading",
	"lire la suite", "lire plus", "la suite", "voir la suite", "lire l'article", "leer más", "seguir leyendo", "weiterlesen", "mehr lesen", "leggi tutto", "leia mais",
	"czytaj więcej", "czytaj dalej", "czytaj całość", "подробнее", "читать далее", "читать дальше", "читать полностью", "читать новость", "читать статью", "далее",
	"διαβάστε περισσότερα", "περισσότερα", "阅读全文", "查看全文", "اقرأ المزيد", "اقرا المزيد", "إقرأ المزيد", "المزيد", "التفاصيل",
}

// teaserMore are the bare words that close a teaser when set off as a link:
// in brackets, after an ellipsis, or before an arrow ("(more)", "… more",
// "more »").
var teaserMore = []string{"more", "mehr", "więcej", "plus", "más", "ещё", "еще", "更多", "المزيد"}

// teaserMinWords is how many words a teaser has before its link.
const teaserMinWords = 4

// isTeaser reports whether text is a teaser: teaserMinWords words or more
// closed by a "read more" link that stands apart from its last sentence —
// after its cut ("…"), before an arrow, or after a full stop or a closing
// quote (a bare "more" in brackets) — so that a sentence that ends "… to
// read more." is not one, nor a paragraph that ends with a reference's
// "(Read more)".
func isTeaser(text string) bool {
	if len(text) < 12 {
		return false
	}
	// The link's decoration after it: spaces, dots, arrows, a closing
	// bracket.
	tail, arrow := text, false
	for tail != "" {
		if c := tail[len(tail)-1]; c < utf8.RuneSelf {
			if c != ' ' && c != '.' && c != ')' && c != ']' && c != '>' && c != '\t' {
				break
			}
			arrow = arrow || c == '>'
			tail = tail[:len(tail)-1]
			continue
		}
		r, n := utf8.DecodeLastRuneInString(tail)
		if r != '…' && r != '»' && r != '›' && r != '→' && !unicode.IsSpace(r) {
			break
		}
		arrow = arrow || r == '»' || r == '›' || r == '→'
		tail = tail[:len(tail)-n]
	}
	if tail == "" {
		return false
	}
	last := tail[len(tail)-1]
	if 'A' <= last && last <= 'Z' {
		last += 'a' - 'A'
	}
	for _, l := range teaserBy[last] {
		n := len(tail) - len(l.text)
		if n < 0 || !utf8.RuneStart(tail[n]) || !strings.EqualFold(tail[n:], l.text) {
			continue
		}
		head := tail[:n]
		if r, _ := utf8.DecodeLastRuneInString(head); unicode.IsLetter(r) || unicode.IsDigit(r) {
			continue // inside a word: "anymore"
		}
		head = strings.TrimRightFunc(head, unicode.IsSpace)
		bracket := strings.HasSuffix(head, "(") || strings.HasSuffix(head, "[")
		head = strings.TrimRightFunc(head, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune("([|-–—", r) })
		if countWords(head) < teaserMinWords {
			continue
		}
		cut := strings.HasSuffix(head, "...") || strings.HasSuffix(head, "…")
		switch {
		case cut || arrow:
			return true
		case !l.bare && endsWithStop(head):
			return true // "… last sentence. Read more"
		case l.bare && bracket:
			return true // "(more)"; "(Read more)" after a sentence links a reference
		}
	}
	return false
}

// teaserLink is a link that closes a teaser: one of teaserLinks, or of
// teaserMore (bare).
type teaserLink struct {
	text string
	bare bool
}

// teaserBy are the teaser links by their last byte: isTeaser runs on every
// block, and most end with none of them.
var teaserBy = func() (by [256][]teaserLink) {
	for k, list := range [2][]string{teaserLinks, teaserMore} {
		for _, l := range list {
			by[l[len(l)-1]] = append(by[l[len(l)-1]], teaserLink{l, k == 1})
		}
	}
	return by
}()

// teaser reports whether block i (its features f) is a teaser of another
// story: isTeaser, unless it is the article's own lead cut short just
// before the article, which one of the next few blocks then begins with
// (a lead the page repeats whole is the article's).
func teaser(blocks []doc.Block, i int, f *features) bool {
	if f.words <= teaserMinWords || !isTeaser(blocks[i].Text) {
		return false
	}
	lead := blocks[i].Text
	lead = lead[:min(len(lead), teaserLeadBytes)]
	for j, seen := i+1, 0; j < len(blocks) && seen < 3; j++ {
		if t := blocks[j].Text; t != "" {
			seen++
			if strings.HasPrefix(t, lead) {
				return false
			}
		}
	}
	return true
}

// teaserLeadBytes is how much of a teaser's text the article's lead
// repeats.
const teaserLeadBytes = 40
