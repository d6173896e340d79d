package classify

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/safi-app/safi/internal/doc"
	"github.com/safi-app/safi/internal/language/dates"
	"github.com/safi-app/safi/internal/report"
	"github.com/safi-app/safi/internal/report/rules"
)

// Thresholds of the prose test (jusText-style).
const (
	goodWords   = 10   // a prose block has at least this many words…
	goodDensity = 0.10 // …and at least this share of function words
	// A sentence of sentenceWords words or more, most of them in lower
	// case, is prose whatever its language (one Safi has no function words
	// for: Latin, Polish, Turkish…).
	sentenceWords = 12
	headingMax    = 15 // a heading has at most this many words

	// Region scores: prose votes with its words (up to proseCap), other
	// blocks against.
	proseCap        = 50
	penaltyDecided  = -5
	penaltyMenu     = -5
	penaltyHeadline = -4
	penaltyShort    = -3
)

// isProse reports whether a block reads like running text.
func isProse(f *features) bool {
	if f.titleCase && !f.endsStop {
		return false // a headline in Title Case
	}
	if f.words >= goodWords && f.density >= goodDensity && (f.endsStop || f.hasColon || f.words >= 2*goodWords) {
		return true
	}
	return f.words >= 2*goodWords && f.endsStop || f.words >= 4*goodWords || isSentence(f)
}

// isSentence reports whether a block has the shape of a sentence in a cased
// script: long enough, ending with a full stop, and most words (all but the
// names) in lower case.
func isSentence(f *features) bool {
	return f.words >= sentenceWords && f.endsStop && f.lower*10 >= f.words*7
}

// isHeadlineLike reports whether a block could be a title or heading:
// a few words, not ending like a sentence.
func isHeadlineLike(f *features) bool {
	return f.words >= 1 && f.words <= 30 && !f.endsStop
}

// score is a block's vote for or against being in the article region.
func (c *ctx) score(i int) int {
	b := &c.d.Blocks[i]
	f := &c.f[i]
	switch b.Class {
	case report.ClassOther:
		if b.Rule == rules.Blank {
			return 0
		}
	case "":
	default:
		return penaltyDecided // decided boilerplate, ticker, byline
	}
	switch {
	case f.formula:
		return 1 // mathematics is article matter, one symbol a line
	case isProse(f):
		return min(f.words, proseCap)
	case f.menuLike:
		return penaltyMenu
	case f.symbolic:
		return 0 // code, formulas, tables: neither for nor against
	case f.titleCase:
		return penaltyHeadline
	case (f.endsStop || f.hasColon) && f.density >= goodDensity:
		return 1 // a short sentence
	}
	return penaltyShort
}

// region finds the article: of the stretches of blocks whose running score
// stays positive (maximum-sum segments), the one with the highest total,
// doubled when a byline or date line stands just before it — the article
// follows its byline, while teaser lists and comments have none. (A
// thread of comments signed with dates has one, its first signature: a
// stretch that holds signaturesMin signatures is not doubled.)
func (c *ctx) region() {
	best, sum, from := 0, 0, 0
	bestEnd, runBest := 0, 0
	comments := -1 // the first comments prompt after a stretch of commentsAfterProse (see afterComments)
	flush := func() {
		if bestEnd > from && (comments < 0 || from < comments) {
			total := runBest
			if c.bylineBefore(from) && !c.signedThread(from, bestEnd) {
				total *= 2
			}
			if total > best {
				best, c.start, c.end = total, from, bestEnd
			}
		}
	}
	scores := make([]int, len(c.d.Blocks))
	for i := range c.d.Blocks {
		s := c.score(i)
		if c.d.Blocks[i].Rule == rules.CommentsPrompt {
			if c.f[i].comments == commentsNone {
				s = -1 << 30 // readers' comments never join the article
			}
			if comments < 0 && (max(best, runBest) >= commentsAfterProse ||
				max(best, runBest) >= goodWords && c.threadAfter(i)) {
				comments = i
			}
		}
		scores[i] = s
		if sum+s <= 0 {
			flush()
			sum, from, runBest, bestEnd = 0, i+1, 0, i+1
			continue
		}
		sum += s
		if sum > runBest {
			runBest, bestEnd = sum, i+1
		}
	}
	flush()
	if best <= 0 {
		c.start, c.end = 0, 0
		return
	}
	c.bridge(scores)
	c.cutAtArticleEnd(scores)
}

// cutAtArticleEnd ends the region [c.start, c.end) where the article ends:
// at readers' comments (a header, a thread of signatures) or at a line that
// closes an article (see cutAtEnds). The region of a text page and an HTML
// page's main content (htmlEnds) end alike.
func (c *ctx) cutAtArticleEnd(scores []int) {
	c.cutAtComments(scores)
	c.cutAtSignatures(scores)
	c.cutAtEnds(scores)
}

// Region growth: how long a gap bridge may cross, in blocks with text, and
// how many gaps it may cross in one step.
const (
	bridgeMaxGap  = 16
	bridgeMaxHops = 3
)

// bridge grows the region over a gap of short undecided blocks (a list, a
// run of labels, photo captions) to the prose beyond it, when that prose
// weighs at least half what the gap costs: a page's text is often cut by
// a list or a gallery, which the maximum-sum region alone would leave out.
// A page of short pieces of prose, each after its own row of buttons and
// labels, is crossed a few gaps at once, when the prose past them all
// weighs at least half what they all cost. A gap with a decided block in
// it (boilerplate, byline, ticker) is not crossed, but for the widgets set
// inline in an article (see inlineWidget).
func (c *ctx) bridge(scores []int) {
	for {
		end, ok := c.beyond(scores, c.end, 1)
		if !ok {
			break
		}
		c.end = end + 1
	}
	for {
		start, ok := c.beyond(scores, c.start-1, -1)
		if !ok {
			break
		}
		c.start = start
	}
}

// beyond walks from block i in direction dir (1 or -1) over a gap and the
// prose past it — over up to bridgeMaxHops gaps while the prose is not yet
// worth them — and returns the last block of that prose, if it is worth
// the gaps: 2*goodWords words or more, and at least half what the gaps
// cost.
func (c *ctx) beyond(scores []int, i, dir int) (int, bool) {
	n := len(scores)
	gain, cost := 0, 0
	for hop := 0; hop < bridgeMaxHops; hop++ {
		texts := 0
		for ; i >= 0 && i < n && scores[i] < goodWords; i += dir { // short sentences are part of the gap
			b := &c.d.Blocks[i]
			if b.Text == "" {
				continue
			}
			if c.decided(i) && !c.inlineWidget(i) || texts >= bridgeMaxGap {
				return 0, false
			}
			texts++
			cost -= scores[i]
		}
		if i < 0 || i >= n || texts == 0 {
			return 0, false
		}
		last := i
		for ; i >= 0 && i < n && (scores[i] >= goodWords || c.d.Blocks[i].Text == ""); i += dir {
			if c.d.Blocks[i].Text != "" {
				gain += scores[i]
				last = i
			}
		}
		if gain >= 2*goodWords && gain*2 >= cost {
			return last, true
		}
	}
	return 0, false
}

// inlineWidget reports whether block i is boilerplate that stands inside
// an article as often as around it: a pager's "Next" alone on its line, an
// advert label. (A share row most often ends the article: what follows it
// is the author's biography or the comments.)
func (c *ctx) inlineWidget(i int) bool {
	switch c.d.Blocks[i].Rule {
	case rules.NavLink, rules.Advert, rules.AdvertNote:
		return true
	}
	return false
}

// bylineBefore reports whether a byline, or a short line with a date,
// stands among the few text blocks before block i.
func (c *ctx) bylineBefore(i int) bool {
	for j, seen := i-1, 0; j >= 0 && seen < 5; j-- {
		if c.d.Blocks[j].Text == "" {
			continue
		}
		seen++
		if c.d.Blocks[j].Class == report.ClassByline {
			return true
		}
		if !c.decided(j) && c.f[j].words <= 30 && !c.f[j].endsStop && hasDate(c.d.Blocks[j].Text) {
			return true
		}
	}
	return false
}

// inside decides the undecided blocks of the article region. With no
// region (no block reads like prose: a short note, a list, a poem), every
// undecided block is the article.
func (c *ctx) inside() {
	if c.start == c.end {
		// A page of menus is no article; a short note is one.
		menus, n := 0, 0
		for i := range c.d.Blocks {
			if !c.decided(i) {
				n++
				if c.f[i].menuLike || c.f[i].titleCase {
					menus++
				}
			}
		}
		for i := range c.d.Blocks {
			if !c.decided(i) && (n < 5 || menus*10 < n*3 || c.f[i].endsStop && c.f[i].words >= 4) {
				c.set(i, report.ClassParagraph, rules.ParagraphNoProse)
			}
		}
		return
	}
	for i := c.start; i < c.end; i++ {
		if c.decided(i) {
			continue
		}
		f := &c.f[i]
		switch {
		case f.formula:
			c.set(i, report.ClassParagraph, rules.ParagraphFormula)
		case c.caption(i) && (!isProse(f) || endsWithACredit(c.d.Blocks[i].Text)):
			// (A long caption is prose too; its credit tells it: "Ana
			// Ruiz/AFP", "Photo: Ana Ruiz".)
			c.set(i, report.ClassOther, rules.Caption)
		case f.repeated && (f.words <= 4 && f.menuLike || f.words <= 6 && f.endsStop && f.density > 0) && opensLabel(c.d.Blocks[i].Text):
			// Widget labels shown again and again: "View Photos", "Wait 1
			// second to continue." (Not a line of code or the lower-case
			// piece of a sentence that a how-to repeats: "$ git push",
			// "and add".)
			c.set(i, report.ClassBoilerplate, rules.Repeated)
		case isProse(f):
			c.set(i, report.ClassParagraph, rules.Paragraph)
		case f.words <= headingMax && (!f.endsStop || f.question && f.words <= 10) && !f.symbolic && !f.listItem && c.proseFollows(i):
			c.set(i, report.ClassHeading, rules.Heading)
		case f.words >= 4 && (f.endsStop || f.hasColon) && f.density > 0:
			c.set(i, report.ClassParagraph, rules.ParagraphShort)
		}
	}
	c.relatedAfter()
	c.between()
}

// relatedAfter marks the headlines that follow a "read also" block as a
// related list, so that an inline list of links does not join the article.
func (c *ctx) relatedAfter() {
	for i := c.start; i < c.end; i++ {
		if c.d.Blocks[i].Rule != rules.ReadAlso {
			continue
		}
		if c.teasers(i) {
			continue
		}
		for j := c.nextText(i); j >= 0 && j < c.end && !c.decided(j) && isHeadlineLike(&c.f[j]) && !isProse(&c.f[j]); j = c.nextText(j) {
			c.set(j, report.ClassOther, rules.RelatedList)
		}
	}
}

// Teaser lists: how long a teaser may be, in words, and how many
// headline-and-teaser pairs make a list.
const (
	teaserMaxWords = 60
	teaserMinPairs = 2
)

// teasers marks as a related list what follows the "read also" or "most
// popular" block i up to the region's end, when it is all teasers: a
// headline, a sentence or two, maybe an author and a date, twice or more.
// It reports whether it did.
func (c *ctx) teasers(i int) bool {
	pairs := 0
	k := c.nextText(i)
	for k >= 0 && k < c.end && c.teaserHeadline(k) {
		k = c.nextText(k)
		if k >= 0 && k < c.end && !c.teaserHeadline(k) && c.teaserBody(k) {
			pairs++
			k = c.nextText(k)
		}
		// An author's name, a date.
		for k >= 0 && k < c.end && (c.d.Blocks[k].Class == "" || c.d.Blocks[k].Class == report.ClassByline) && c.f[k].words <= 4 && !c.f[k].endsStop {
			k = c.nextText(k)
		}
	}
	if pairs < teaserMinPairs || k >= 0 && k < c.end {
		return false
	}
	for j := i + 1; j < c.end; j++ {
		if c.d.Blocks[j].Text != "" && c.d.Blocks[j].Class != report.ClassBoilerplate {
			c.set(j, report.ClassOther, rules.RelatedList)
		}
	}
	return true
}

// teaserHeadline reports whether block k could head a teaser: a short
// line not ending like a sentence, or in Title Case, or a short question.
func (c *ctx) teaserHeadline(k int) bool {
	f := &c.f[k]
	if cl := c.d.Blocks[k].Class; cl != "" && !report.InArticle(cl) {
		return false // decided, and out of the article
	}
	return f.words >= 2 && f.words <= 20 && (isHeadlineLike(f) || f.titleCase || f.question && f.words <= 15)
}

// teaserBody reports whether block k could be a teaser's text: prose of
// a sentence or two.
func (c *ctx) teaserBody(k int) bool {
	switch c.d.Blocks[k].Class {
	case "", report.ClassParagraph:
	default:
		return false
	}
	return isProse(&c.f[k]) && c.f[k].words <= teaserMaxWords
}

// between takes into the article the runs of undecided blocks that stand
// between two article blocks inside the region — lists, code, quotes —
// unless the run looks like a menu or a list of headlines. A list led by a
// short line ending with a colon ("What you need:", "Ingrédients :",
// "المكونات:") that runs into the article is taken too, its items however
// short, even when what stands before the lead is not article.
func (c *ctx) between() {
	d := c.d
	for i := c.start; i < c.end; {
		if c.decided(i) {
			i++
			continue
		}
		j, n, bad := i, 0, 0
		lead, nLead, badLead := -1, 0, 0 // the list's lead; the texts from it on, and the bad ones among them
		prev := c.articleBefore(i)
		if c.inArticle(prev) && c.f[prev].hasColon && c.f[prev].words <= listLeadWords {
			lead = i // the lead is the article block before the run
		}
		for j < c.end && (!c.decided(j) || d.Blocks[j].Rule == rules.Blank) {
			if d.Blocks[j].Text != "" {
				n++
				if lead >= 0 {
					nLead++
				}
				// (The run's first line may be the heading of a list; a
				// line of code or a lower-case piece of a sentence is no
				// menu item.)
				f := &c.f[j]
				if (f.menuLike && j > i && opensLabel(d.Blocks[j].Text) && lead < 0 || f.titleCase && j > i && opensLabel(d.Blocks[j].Text)) && !isRow(d.Blocks[j].Text) {
					bad++
					if lead >= 0 && f.titleCase {
						badLead++
					}
				}
				if lead < 0 && f.hasColon && f.words <= listLeadWords && !f.listItem {
					lead, nLead = j, 1
				}
			}
			j++
		}
		if j >= c.end || !c.inArticle(c.pastWidgets(j)) {
			i = j
			continue
		}
		from := -1
		switch {
		case c.inArticle(prev) && bad*10 < n*3:
			from = i
		case lead >= 0 && nLead > listLeadMin && badLead*10 < nLead*3:
			from = lead
		}
		if from >= 0 {
			for k := from; k < j; k++ {
				if d.Blocks[k].Text != "" {
					c.set(k, report.ClassParagraph, rules.ParagraphBetween)
				}
			}
			// A short line opening a list of three or more items heads it.
			if f := &c.f[from]; from == i && n >= 3 && f.words <= 8 && isHeadlineLike(f) && !f.hasColon && !f.symbolic && !f.listItem && !isCodeLike(d.Blocks[i].Text) {
				c.set(i, report.ClassHeading, rules.HeadingList)
			}
		}
		i = j
	}
}

// A list's lead (see between) has at most listLeadWords words and more
// than listLeadMin items after it.
const (
	listLeadWords = 8
	listLeadMin   = 2
)

// articleBefore returns the last block before i that is neither
// boilerplate nor a caption, or -1.
func (c *ctx) articleBefore(i int) int {
	j := c.prevText(i)
	for j >= 0 && c.d.Blocks[j].Rule == rules.Caption {
		j = c.prevText(j)
	}
	return j
}

// pastWidgets returns the first block from i on that is neither
// boilerplate set inline in an article (a "read also" link, a share row,
// an advert label) nor a caption, or -1.
func (c *ctx) pastWidgets(i int) int {
	for ; i >= 0 && i < c.end; i = c.nextText(i) {
		if c.d.Blocks[i].Rule == rules.Caption {
			continue
		}
		if c.d.Blocks[i].Class != report.ClassBoilerplate {
			return i
		}
		switch c.d.Blocks[i].Rule {
		case rules.ReadAlso, rules.Share, rules.Advert, rules.AdvertNote, rules.Repeated:
		default:
			return i
		}
	}
	return -1
}

// inArticle reports whether block i is a paragraph or heading.
func (c *ctx) inArticle(i int) bool {
	if i < 0 {
		return false
	}
	return report.InArticle(c.d.Blocks[i].Class)
}

// proseFollows reports whether the next block with text after i is prose
// inside the region.
func (c *ctx) proseFollows(i int) bool {
	for j := i + 1; j < c.end; j++ {
		if c.d.Blocks[j].Text == "" {
			continue
		}
		return !c.decided(j) && isProse(&c.f[j])
	}
	return false
}

// prevText returns the index of the last block with text before i that is
// not boilerplate, or -1.
func (c *ctx) prevText(i int) int {
	for j := i - 1; j >= 0; j-- {
		b := &c.d.Blocks[j]
		if b.Text == "" {
			continue
		}
		if b.Class == report.ClassBoilerplate {
			continue
		}
		return j
	}
	return -1
}

func hasDate(s string) bool { return len(dates.Extract(s)) > 0 }

// outside decides the blocks left: menus, one-headline-per-line tickers,
// related lists, and the rest.
func (c *ctx) outside() {
	d := c.d
	comments := false // a comments header stands after the article
	for i := 0; i < len(d.Blocks); {
		if c.decided(i) {
			if i >= c.end && d.Blocks[i].Rule == rules.CommentsPrompt {
				comments = true
			}
			i++
			continue
		}
		// A run of undecided blocks [i, j), blank blocks included.
		j, n, short, headline, long := i, 0, 0, 0, 0
		for j < len(d.Blocks) && (!c.decided(j) || d.Blocks[j].Rule == rules.Blank) {
			if d.Blocks[j].Text != "" {
				n++
				f := &c.f[j]
				if f.words <= 3 {
					short++
				} else if isHeadlineLike(f) && f.words <= 20 {
					headline++
					if f.words >= 5 {
						long++
					}
				}
			}
			j++
		}
		// A ticker of one headline a line, before the article: five or
		// more headlines of five words or more with hardly any short item
		// among them, or four or more set apart by blank lines (short items
		// around them, a menu, do not count then).
		tickerRun := long >= 5 && short*5 <= n
		spaced := c.headlineRuns(i, j)
		for k := i; k < j; k++ {
			if d.Blocks[k].Text == "" {
				continue
			}
			f := &c.f[k]
			switch {
			case c.caption(k):
				c.set(k, report.ClassOther, rules.Caption)
			case comments && k >= c.end && !f.menuLike:
				c.set(k, report.ClassOther, rules.Comments)
			case n >= 3 && short*2 >= n && f.words <= 3:
				c.set(k, report.ClassBoilerplate, rules.MenuRun)
			case (tickerRun && isHeadlineLike(f) && f.words > 3 || spaced[k-i]) && k < c.start:
				c.set(k, report.ClassTicker, rules.TickerHeadlineRun)
				b := &d.Blocks[k]
				b.Segments = []doc.Segment{c.headlineSegment(b)}
			case headline >= 3 && isHeadlineLike(f) && f.words > 3:
				c.set(k, report.ClassOther, rules.RelatedList)
			default:
				c.set(k, report.ClassOther, rules.Outside)
			}
		}
		i = j
	}
}

// headlineRuns marks, among the blocks [i, j), those in a run of
// headline-like lines of four words or more, each set apart from the next
// by a blank line, when four of the run have five words or more. (Menus,
// even of long items, come one item a line.)
func (c *ctx) headlineRuns(i, j int) []bool {
	in := make([]bool, j-i)
	for k := i; k < j; {
		if !c.headlineLine(k) {
			k++
			continue
		}
		end, long := k, 0
		for m := k; m < j; m++ {
			if c.d.Blocks[m].Text == "" {
				continue
			}
			if !c.headlineLine(m) || (m > k && !c.blankBefore(m)) {
				break
			}
			if c.f[m].words >= 5 {
				long++
			}
			end = m + 1
		}
		if long >= 4 {
			for m := k; m < end; m++ {
				in[m-i] = c.d.Blocks[m].Text != ""
			}
		}
		k = end
	}
	return in
}

// blankBefore reports whether a blank line stands between block m and the
// block before it in the input.
func (c *ctx) blankBefore(m int) bool {
	prev := c.d.Blocks[m-1].TextEnd
	gap := c.d.Src[min(prev, c.d.Blocks[m].TextStart):c.d.Blocks[m].TextStart]
	return bytes.Count(gap, []byte{'\n'}) >= 2
}

// headlineLine reports whether block k reads as a headline of a list: a
// line of four to twenty words, opening as a label does (a capital, a
// digit, a letter of a caseless script), not ending like a sentence.
func (c *ctx) headlineLine(k int) bool {
	f := &c.f[k]
	return c.d.Blocks[k].Text != "" && isHeadlineLike(f) && f.words > 3 && f.words <= 20 && opensLabel(c.d.Blocks[k].Text)
}

// isCodeLike reports whether a line reads like program code: it ends with
// a brace or a semicolon, or holds an empty call or an arrow.
func isCodeLike(text string) bool {
	t := strings.TrimSpace(text)
	return strings.HasSuffix(t, "{") || strings.HasSuffix(t, "}") || strings.HasSuffix(t, ";") ||
		strings.Contains(t, "()") || strings.Contains(t, ":=") || strings.Contains(t, "=>")
}

// opensLabel reports whether text opens as a label or a menu item does:
// with a digit or a letter that is not lower case (a capital, or a letter
// of a script without case such as Arabic), not with a lower-case letter
// or a symbol as lines of code and pieces of sentences do.
func opensLabel(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	return isAlnum(r) && !unicode.IsLower(r)
}

// Listing pages: the most words an article may have for the page to be
// read as a listing, and how many related-list lines make its list.
const (
	listingMaxArticle = 25
	listingMinLines   = 5
)

// listing keeps the list of a page with no article to speak of (a forum's
// index, a shop's category, a museum's events): when the article has fewer
// than listingMaxArticle words, listingMinLines lines or more were taken
// for a related list, and the article region, if any, lies outside the
// stretch from the first such line to the last, that stretch is the page's
// content: its lines taken for lists, menus, bylines or outside matter.
// (A short post with related threads around it keeps them out.) Text pages
// only: an HTML page's reader knows its main content.
func (c *ctx) listing() {
	d := c.d
	if d.Format == "html" {
		return
	}
	words, first, last, n := 0, -1, -1, 0
	for i := range d.Blocks {
		b := &d.Blocks[i]
		if report.InArticle(b.Class) {
			words += c.f[i].words
		}
		if b.Rule == rules.RelatedList {
			if first < 0 {
				first = i
			}
			last = i
			n++
		}
	}
	if words >= listingMaxArticle || n < listingMinLines || c.start < c.end && c.start <= last && c.end > first {
		return
	}
	for i := first; i <= last; i++ {
		b := &d.Blocks[i]
		switch b.Rule {
		case rules.RelatedList, rules.Outside, rules.MenuRun, rules.Byline, rules.TickerHeadlineRun, rules.Comments, rules.CommentsPrompt, rules.NavLink:
			if b.Text != "" {
				b.Class, b.Rule = report.ClassParagraph, rules.ParagraphNoProse
				b.Segments = nil // a headline run's, a ticker's only
			}
		}
	}
}
