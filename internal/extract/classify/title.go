package classify

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/safi-app/safi/internal/language/normalize"
	"github.com/safi-app/safi/internal/report"
	"github.com/safi-app/safi/internal/report/rules"
)

// Title search: how far before the article region a title may stand (in
// blocks), and how well a candidate must score.
const (
	titleWindow   = 40
	titleMinScore = 0.45
	titleWords    = 6 // candidates this long or longer count in full
	// The region's opening, before its body begins, may hold the title
	// too: up to openingBlocks blocks with text, until the second prose
	// block or a first one of openingProse words or more.
	openingBlocks = 8
	openingProse  = 40
	// labelWords: a candidate with this many content words or fewer that
	// the body does not share is a label ("Next story", "Supported by").
	labelWords = 3
	// bylineReach: how many labels and names may stand between the title
	// and the byline after it ("Follow", the author's name, "Resize text").
	bylineReach = 4
	// bylineScan: how many blocks with text findByline looks back over for
	// a byline the block rules found, across short labels (a gallery's
	// "1 of 24", "Full Screen", share buttons); it marks date lines only in
	// the first bylineNear.
	bylineScan = 20
	bylineNear = 8
)

// Title score: the bonus next to the byline, the malus of a headline
// between the byline and the body that is not next to the byline (a
// gallery's or a picture's title), and of one inside the region's
// opening, after its first block.
const (
	bylineBonus  = 0.5
	afterByline  = 0.2
	openingMalus = 0.3
	metaBonus    = 1.0
	// A headline right before the best candidate, sharing at least this
	// share of the body's words and standfirstShare of what the candidate
	// shares, is the title, the candidate its standfirst.
	standfirstMin   = 0.3
	standfirstShare = 0.5
)

// titleCand is a title candidate: its block, its score and the share of
// its content words the body has (and how many it has).
type titleCand struct {
	i       int
	score   float64
	bonus   float64 // the part of score from the byline and the meta title
	overlap float64
	content int
	dist    int // blocks with text from it to the region's first block; 0 in the region
	rule    string
}

// label reports whether t is a short label the body does not echo.
func (t *titleCand) label() bool { return t.overlap == 0 && t.content <= labelWords }

// title finds the byline near the start of the region and the title: the
// headline-like block before (or opening) the region whose words the body
// shares most, favouring the block next to the byline, one matching the
// page's meta title, and nearness to the body. When none of them will do,
// a headline further in the region's opening, before its body: after a
// notice, the share buttons.
//
// Then two shapes a page's head has: a headline followed by its
// standfirst, itself headline-like (the title is the first), and a
// headline shown again split or cut short before the byline ("Name" /
// "What happened!!!" after "Name: what happened!!!": the title is the
// whole). A table of contents before the body — lines that come again in
// it as headings — is no title.
func (c *ctx) title() {
	if c.start == c.end {
		return
	}
	byline := c.findByline()
	hi := c.openingEnd()
	cands := c.titleCandidates(hi)
	before, after := c.bylineNeighbours(byline, cands.at)
	meta := fold(c.d.Meta.Title)
	for k := range cands {
		c.scoreTitle(&cands[k], byline, before, after, meta)
	}
	if best := c.pickTitle(cands); best >= 0 && cands[best].score >= titleMinScore {
		c.setTitle(&cands[best], cands.at)
		return
	}
	c.titleBeforeBody(hi)
}

// titleCands are the title candidates, from the last block of the
// region's opening back to titleWindow blocks before the region.
type titleCands []titleCand

// at returns the candidate of block i, or nil.
func (cands titleCands) at(i int) *titleCand {
	for k := range cands {
		if cands[k].i == i {
			return &cands[k]
		}
	}
	return nil
}

// titleCandidates gathers the title candidates before the end of the region's
// opening, hi, each with the share of its content words the body has, and
// without the lines of a table of contents.
func (c *ctx) titleCandidates(hi int) titleCands {
	d := c.d
	lo := max(0, c.start-titleWindow)
	words := c.candidateWords(lo, hi)
	c.markBodyWords(words, hi, 1000)
	var cands []titleCand
	dist := 0
	for i := hi - 1; i >= lo; i-- {
		if d.Blocks[i].Text == "" {
			continue
		}
		if i < c.start {
			dist++
		}
		if !c.titleCandidate(i, hi) {
			continue
		}
		t := titleCand{i: i, dist: dist}
		t.overlap, t.content = c.overlap(d.Blocks[i].Text, words)
		cands = append(cands, t)
	}
	return c.dropContents(cands, hi)
}

// bylineNeighbours returns the candidates next to the byline (-1 for
// none): the headline before it or, when there is none (but a label), the
// one after it.
func (c *ctx) bylineNeighbours(byline int, at func(int) *titleCand) (before, after int) {
	before, after = -1, -1
	if byline < 0 {
		return before, after
	}
	before = c.beforeByline(byline, at)
	// (After the byline, a name is its author's: "Posted on 3 May" /
	// "Ana Ruiz" / "Staff Reporter".)
	if t := at(c.nextText(byline)); t != nil && !t.label() && !isNameLine(&c.f[t.i], c.d.Blocks[t.i].Text) && (before < 0 || at(before).label()) {
		after = t.i
	}
	return before, after
}

// scoreTitle scores a candidate and names the rule that would make it the
// title: the body's words it shares, for a title's length; nearness to the
// body; a bonus next to the byline (before, after) and for matching the
// page's folded meta title; less inside the region's opening and between
// the byline and the region.
func (c *ctx) scoreTitle(t *titleCand, byline, before, after int, meta string) {
	f := &c.f[t.i]
	// Titles run to several words: shorter candidates (section names,
	// menu items, credits) count for less.
	t.score = t.overlap * float64(min(f.words, titleWords)) / titleWords
	t.rule = rules.TitleSimilar
	t.score += 0.3 / (1 + float64(t.dist)/2)
	if t.i > c.start {
		t.score -= openingMalus
	}
	switch {
	case t.i == before || t.i == after:
		t.bonus += bylineBonus
		t.rule = rules.TitleBeforeByline
	case byline >= 0 && t.i > byline && t.i < c.start:
		t.score -= afterByline
	}
	if meta != "" && f.folded != "" && (f.folded == meta || f.words >= 3 && strings.Contains(meta, f.folded)) {
		t.bonus += metaBonus
		t.rule = rules.TitleMeta
	}
	t.score += t.bonus
}

// pickTitle returns the index of the best scored candidate (-1 for none):
// the best before the region (or opening it), or the best further in its
// opening when the first is too weak or the second has the byline or the
// meta title for it.
func (c *ctx) pickTitle(cands titleCands) int {
	best, inOpening := -1, -1
	for k := range cands {
		t := &cands[k]
		switch {
		case t.i > c.start:
			if inOpening < 0 || t.score > cands[inOpening].score {
				inOpening = k
			}
		case best < 0 || t.score > cands[best].score:
			best = k
		}
	}
	if o := inOpening; o >= 0 && (best < 0 || cands[best].score < titleMinScore || cands[o].bonus > cands[best].bonus) {
		best = o
	}
	return best
}

// setTitle makes the block of the chosen candidate t the title, or the
// headline whose standfirst it is (when neither the byline nor the meta
// title chose it), or the whole headline it is a part of.
func (c *ctx) setTitle(t *titleCand, at func(int) *titleCand) {
	i := t.i
	if t.bonus == 0 {
		i = c.beforeStandfirst(t, at)
	}
	i = c.wholeHeadline(i, at)
	c.set(i, report.ClassTitle, t.rule)
}

// titleBeforeBody is the title when no candidate shares the body's words:
// the headline right before the body (or before a word standing alone), if
// it is more than a label or opens the page.
func (c *ctx) titleBeforeBody(hi int) {
	t := c.prevText(c.start)
	if t >= 0 && c.f[t].words == 1 {
		t = c.prevText(t)
	}
	if t >= 0 && c.titleCandidate(t, hi) && (c.f[t].words > labelWords || c.prevText(t) < 0) {
		c.set(t, report.ClassTitle, rules.TitleBeforeBody)
	}
}

// openingEnd returns the end of the region's opening: its second prose
// block, or a first one that is long, or the block after openingBlocks
// blocks with text.
func (c *ctx) openingEnd() int {
	n, prose := 0, 0
	for i := c.start; i < c.end; i++ {
		if c.d.Blocks[i].Text == "" {
			continue
		}
		if isProse(&c.f[i]) {
			prose++
		}
		if n == openingBlocks || prose == 2 || prose == 1 && c.f[i].words >= openingProse {
			return i
		}
		n++
	}
	return c.end
}

// titleCandidate reports whether block i could be the title, hi being
// the end of the region's opening: a headline before the region, or in
// its opening even when taken for a paragraph.
func (c *ctx) titleCandidate(i, hi int) bool {
	b := &c.d.Blocks[i]
	switch {
	case b.Class == "" || b.Class == report.ClassHeading:
	case b.Class == report.ClassParagraph && i >= c.start && i < hi && b.Rule != rules.ParagraphFormula:
	default:
		return false
	}
	f := &c.f[i]
	return titleShape(f, b.Text) && !c.caption(i)
}

// titleShape reports whether a block of text with features f has the
// shape of a title: two to 25 words, mostly letters, not ending like a
// sentence — but a headline may end with "!" or "?" or with an
// abbreviation ("… in N.Y.C."), when it is one sentence of four words or
// more — and no breadcrumb ("Home > News > …").
func titleShape(f *features, text string) bool {
	if f.symbolic || f.words < 2 || f.words > 25 || utf8.RuneCountInString(text) < 4 || isBreadcrumb(text) {
		return false
	}
	if !f.endsStop {
		return true
	}
	if f.words < 4 || !oneSentence(text) {
		return false
	}
	t := strings.TrimRightFunc(text, isCloser)
	r, _ := utf8.DecodeLastRuneInString(t)
	switch r {
	case '!', '?', '؟', '！', '？':
		return true
	case '.': // "N.Y.C.", "U.S." (but not "St.": a cut sentence)
		w := t[strings.LastIndexFunc(t, unicode.IsSpace)+1:]
		return isAbbrev(w) && strings.Count(w, ".") >= 2
	}
	return false
}

// isCloser reports whether r is white space or closes a quotation or a
// parenthesis.
func isCloser(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune("\"'”’»)]›）」』】〕", r)
}

// isAbbrev reports whether the word w, ending with a full stop, is an
// abbreviation: letters with a stop after each ("N.Y.C.", "U.S."), or one
// or two letters ("Dr.", "St.").
func isAbbrev(w string) bool {
	w = strings.TrimLeftFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
	if !strings.HasSuffix(w, ".") {
		return false
	}
	if strings.Count(w, ".") >= 2 {
		return true
	}
	return utf8.RuneCountInString(w) <= 3
}

// oneSentence reports whether no sentence ends in text before its last
// word: abbreviations and a dash or an ellipsis standing alone ("Mask ...
// STOLEN!") do not end one.
func oneSentence(text string) bool {
	last := ""
	for w := range fields(text) {
		if last != "" {
			t := strings.TrimRightFunc(last, isCloser)
			if endsWithStop(t) && !isAbbrev(t) && strings.ContainsFunc(t, unicode.IsLetter) {
				return false
			}
		}
		last = w
	}
	return true
}

// isBreadcrumb reports whether text is a trail of links: "Home > News >
// World", "الرئيسية » أخبار » …".
func isBreadcrumb(text string) bool {
	n := 0
	for _, sep := range [...]string{" > ", " » ", " › ", " >> "} {
		n += strings.Count(text, sep)
	}
	return n >= 2
}

// dropContents removes from cands a table of contents: two or more
// candidates before the region whose text comes again inside it after
// the opening (at hi), as its section headings.
func (c *ctx) dropContents(cands []titleCand, hi int) []titleCand {
	keys := map[string]int{}
	for k, t := range cands {
		if key := headingKey(c.f[t.i].folded); t.i < c.start && key != "" {
			keys[key] = k
		}
	}
	if len(keys) < 2 {
		return cands
	}
	var inside []bool
	n := 0
	for i := hi; i < c.end; i++ {
		f := &c.f[i]
		if c.d.Blocks[i].Text == "" || f.words > 25 || f.folded == "" {
			continue
		}
		if k, ok := keys[headingKey(f.folded)]; ok {
			if inside == nil {
				inside = make([]bool, len(cands))
			}
			if !inside[k] {
				inside[k] = true
				n++
			}
		}
	}
	if n < 2 {
		return cands
	}
	kept := cands[:0]
	for _, t := range cands {
		// (keys holds one of the candidates with the same text: drop them all.)
		if k, ok := keys[headingKey(c.f[t.i].folded)]; !ok || !inside[k] {
			kept = append(kept, t)
		}
	}
	return kept
}

// headingKey is a heading's folded text without what surrounds its words:
// numbering punctuation, a permalink sign ("¶", "#").
func headingKey(folded string) string {
	return strings.TrimFunc(folded, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// beforeByline returns the candidate that stands before the byline b,
// across labels and names (up to bylineReach of them), or the label right
// before it when there is nothing else, or -1. at returns the candidate of
// a block, or nil.
func (c *ctx) beforeByline(b int, at func(int) *titleCand) int {
	first := -1 // the candidate right before the byline
	for j, n := c.prevText(b), 0; j >= 0 && n <= bylineReach; j, n = c.prevText(j), n+1 {
		t := at(j)
		if n == 0 && t != nil {
			first = j
		}
		if t != nil && !t.label() {
			return j
		}
		f := &c.f[j]
		if (c.decided(j) && t == nil && c.d.Blocks[j].Class != report.ClassByline) || f.words > labelWords+1 || f.endsStop {
			break // not a label or a name
		}
	}
	return first
}

// beforeStandfirst returns the title when t, not next to the byline,
// might be a standfirst: the headline right before it, if it shares
// enough of the body's words (a standfirst, longer and nearer the body,
// often shares more); else t's block.
func (c *ctx) beforeStandfirst(t *titleCand, at func(int) *titleCand) int {
	p := at(c.prevText(t.i))
	if p == nil || c.f[p.i].words < 4 || p.overlap < standfirstMin || p.overlap < standfirstShare*t.overlap {
		return t.i
	}
	return p.i
}

// wholeHeadline returns the title when block i may be a part of the
// headline shown whole just before it (within two blocks): that headline,
// whose content words include all of i's; else i.
func (c *ctx) wholeHeadline(i int, at func(int) *titleCand) int {
	var part []string
	c.contentWords(c.d.Blocks[i].Text, nil, func(w string, stable bool) {
		if !stable {
			w = strings.Clone(w)
		}
		part = append(part, w)
	})
	if len(part) < 2 {
		return i
	}
	for j, n := c.prevText(i), 0; j >= 0 && n < 2; j, n = c.prevText(j), n+1 {
		if at(j) == nil || c.f[j].words <= c.f[i].words {
			continue
		}
		whole := map[string]bool{}
		c.contentWords(c.d.Blocks[j].Text, nil, func(w string, stable bool) {
			if !stable {
				w = strings.Clone(w)
			}
			whole[w] = true
		})
		all := true
		for _, w := range part {
			all = all && whole[w]
		}
		if all {
			return j
		}
	}
	return i
}

// findByline returns the byline near the start of the region, marking a
// short line with a date there as one, or -1.
func (c *ctx) findByline() int {
	d := c.d
	for i, seen := min(c.end, c.start+2)-1, 0; i >= 0 && seen < bylineScan; i-- {
		b := &d.Blocks[i]
		if b.Text == "" {
			continue
		}
		seen++
		if b.Class == report.ClassByline {
			return c.bylineGroup(i)
		}
		if seen > bylineNear {
			// Further back, only across labels and buttons.
			if b.Class != report.ClassBoilerplate && c.f[i].words > labelWords {
				return -1
			}
			continue
		}
		if (!c.decided(i) || b.Class == report.ClassHeading) && c.f[i].words <= 30 && !c.f[i].endsStop && hasDate(b.Text) {
			c.set(i, report.ClassByline, rules.BylineDate)
			return c.bylineGroup(i)
		}
	}
	return -1
}

// bylineGroup extends the byline at i over the byline lines around it — a
// dateline, a date line, an author's name alone on its line — and returns
// the first of them.
func (c *ctx) bylineGroup(i int) int {
	first := i
	for j := c.prevText(i); j >= 0 && c.d.Blocks[j].Class == report.ClassByline; j = c.prevText(j) {
		first = j
	}
	last := i
	for j := c.nextText(i); j >= 0 && c.d.Blocks[j].Class == report.ClassByline; j = c.nextText(j) {
		last = j
	}
	if c.namesAuthor(first, last) {
		return first
	}
	// A name alone between the title and the byline: its author.
	if j := c.prevText(first); j >= 0 && !c.decided(j) && isNameLine(&c.f[j], c.d.Blocks[j].Text) {
		// …after the title, or after a standfirst that follows it.
		if t := c.prevText(j); t >= 0 && (c.titleCandidate(t, t) || !c.decided(t) && c.f[t].endsStop && c.f[t].words >= 5) && c.f[t].words > c.f[j].words+1 {
			c.set(j, report.ClassByline, rules.BylineName)
			first = j
		}
	}
	// A name alone after the byline, before the body: its author.
	if j := c.nextText(last); j >= 0 && !c.decided(j) && isNameLine(&c.f[j], c.d.Blocks[j].Text) {
		if k := c.nextText(j); k >= 0 && isProse(&c.f[k]) {
			c.set(j, report.ClassByline, rules.BylineName)
		}
	}
	return first
}

// isNameLine reports whether text could be a person's name alone on its
// line: two to four words, no digits, no sentence punctuation.
func isNameLine(f *features, text string) bool {
	return f.words >= 2 && f.words <= 4 && !f.endsStop && !f.hasColon && !strings.ContainsFunc(text, unicode.IsDigit) && !strings.ContainsAny(text, ",،|/")
}

// authorWords name the author within a byline: "… by Ana Ruiz", "par …",
// "بقلم …".
var authorWords = foldAll(authorWordsList)

// authorWordsList: authorWords as written (see foldAll).
var authorWordsList = []string{"by", "par", "بقلم", "كتب", "por", "von"}

// namesAuthor reports whether the byline lines from i to last name the
// author already ("15 October 2019 by Ana Ruiz"): a name alone next to
// them is then something else, a title or a heading.
func (c *ctx) namesAuthor(i, last int) bool {
	for j := i; j >= 0 && j <= last; j = c.nextText(j) {
		if c.f[j].words < 3 { // "كتب:" alone, the name on the next line
			continue
		}
		for _, w := range authorWords {
			if containsWord(c.f[j].folded, w) {
				return true
			}
		}
	}
	return false
}

// nextText returns the index of the first block with text after i that is
// not boilerplate, or -1.
func (c *ctx) nextText(i int) int {
	for j := i + 1; j < len(c.d.Blocks); j++ {
		b := &c.d.Blocks[j]
		if b.Text == "" || b.Class == report.ClassBoilerplate {
			continue
		}
		return j
	}
	return -1
}

// wordSet is the set of the title candidates' content words, each marked
// when the body has it too.
type wordSet struct {
	index  map[string]int // word -> its index in inBody
	inBody []bool
	// shapes records the words' lengths by last byte, as stopShapes:
	// most body words are not among them, and need no look-up.
	shapes [256]uint64
}

func wordShape(w string) (byte, uint64) {
	if w == "" {
		return 0, 1
	}
	return w[len(w)-1], 1 << min(len(w), 63)
}

// candidateWords returns the content words of the title candidates from
// the end of the region's opening (hi) back to block lo.
func (c *ctx) candidateWords(lo, hi int) *wordSet {
	ws := &wordSet{index: map[string]int{}}
	for i := hi - 1; i >= lo; i-- {
		if c.d.Blocks[i].Text == "" || !c.titleCandidate(i, hi) {
			continue
		}
		c.contentWords(c.d.Blocks[i].Text, nil, func(w string, stable bool) {
			if _, ok := ws.index[w]; ok {
				return
			}
			if !stable {
				w = strings.Clone(w)
			}
			ws.index[w] = len(ws.inBody)
			ws.inBody = append(ws.inBody, false)
			b, bit := wordShape(w)
			ws.shapes[b] |= bit
		})
	}
	return ws
}

// markBodyWords marks the words of ws that are among the content words of
// the region's prose, up to limit words (counted in whole blocks), but for
// the title candidates in its opening (up to hi).
func (c *ctx) markBodyWords(ws *wordSet, hi, limit int) {
	n := 0
	for i := c.start; i < c.end && n < limit; i++ {
		if !isProse(&c.f[i]) || i < hi && c.titleCandidate(i, hi) {
			continue
		}
		c.contentWords(prefix(c.d.Blocks[i].Text, 8<<10), &ws.shapes, func(w string, _ bool) {
			n++
			if w == skippedWord {
				return
			}
			if b, bit := wordShape(w); ws.shapes[b]&bit == 0 {
				return
			}
			if k, ok := ws.index[w]; ok {
				ws.inBody[k] = true
			}
		})
	}
}

// overlap is the share of text's content words that the body has, and
// how many content words text has.
func (c *ctx) overlap(text string, ws *wordSet) (float64, int) {
	hit, n := 0, 0
	c.contentWords(text, nil, func(w string, _ bool) {
		if k, ok := ws.index[w]; ok && ws.inBody[k] {
			hit++
		}
		n++
	})
	if n == 0 {
		return 0, 0
	}
	return float64(hit) / float64(n), n
}

// contentWords calls yield with each word of text, folded, that has three
// letters or more and is not a function word; CJK text counts each pair
// of characters as a word (not folded). Words are the runs of letters and
// digits. A word passed to yield is valid only during the call unless
// stable is set (it is then a part of text: folding left it unchanged).
//
// When only is given (word shapes, as wordSet.shapes), a content word
// known without folding it to have none of those shapes is passed as
// skippedWord.
func (c *ctx) contentWords(text string, only *[256]uint64, yield func(w string, stable bool)) {
	start := -1 // the current word's start, or -1
	for i, n := 0, 0; i < len(text); i += n {
		var in bool
		if c := text[i]; c < utf8.RuneSelf {
			in, n = asciiAlnum[c], 1
		} else if 0xC2 <= c && c <= 0xDF && i+1 < len(text) && text[i+1]&0xC0 == 0x80 {
			r := rune(c&0x1F)<<6 | rune(text[i+1]&0x3F)
			in, n = 0x0621 <= r && r <= 0x064A || isAlnum2(r), 2
		} else {
			var r rune
			r, n = utf8.DecodeRuneInString(text[i:])
			in = isAlnum2(r)
		}
		switch {
		case in:
			if start < 0 {
				start = i
			}
			// The ASCII letters and digits and the Arabic letters after
			// it, most of a word, in a loop of their own.
			for i+n < len(text) {
				if c := text[i+n]; c < utf8.RuneSelf {
					if !asciiAlnum[c] {
						break
					}
					n++
				} else if c&0xFE == 0xD8 && i+n+1 < len(text) && text[i+n+1]&0xC0 == 0x80 {
					if r := rune(c&0x1F)<<6 | rune(text[i+n+1]&0x3F); r < 0x0621 || r > 0x064A {
						break
					}
					n += 2
				} else {
					break
				}
			}
		case start >= 0:
			c.contentWord(text[start:i], only, yield)
			start = -1
		}
	}
	if start >= 0 {
		c.contentWord(text[start:], only, yield)
	}
}

// skippedWord stands for a content word that contentWords skipped: no
// folded word is invalid UTF-8.
const skippedWord = "\xff"

// contentWord is contentWords for the word w.
func (c *ctx) contentWord(w string, only *[256]uint64, yield func(w string, stable bool)) {
	if r, _ := utf8.DecodeRuneInString(w); isCJK(r) {
		for k := 0; k < len(w); {
			_, n1 := utf8.DecodeRuneInString(w[k:])
			if k+n1 >= len(w) {
				break
			}
			_, n2 := utf8.DecodeRuneInString(w[k+n1:])
			yield(w[k:k+n1+n2], true)
			k += n1
		}
		return
	}
	if len(w) <= 2*utf8.UTFMax && utf8.RuneCountInString(w) < 3 { // (longer: 3 runes at least)
		return
	}
	if only != nil {
		if n, last, first, ok := foldShape(w); ok && only[last]&(1<<min(n, 63)) == 0 && (len(w) > 48 || !mayBeStopShape(n, last, first)) {
			yield(skippedWord, false)
			return
		}
	}
	// isStopword and fold, folding w once.
	c.scratch = normalize.AppendFold(c.scratch[:0], w)
	if len(w) <= 48 && isStopKey(c.scratch) {
		return
	}
	k := view(c.scratch)
	switch {
	case k == w:
		yield(w, true)
	case plainSpaced(k):
		yield(k, false)
	default:
		c.key = appendSpaced(c.key[:0], k)
		yield(view(c.key), false)
	}
}

// caption is isCaption for block i, worked out once.
func (c *ctx) caption(i int) bool {
	if c.captions == nil {
		c.captions = make([]int8, len(c.d.Blocks))
	}
	if c.captions[i] == 0 {
		c.captions[i] = -1
		if isCaption(c.d.Blocks[i].Text) {
			c.captions[i] = 1
		}
	}
	return c.captions[i] > 0
}

// creditAgencies are the agencies a photo credit names after a slash.
var creditAgencies = append(foldAll(creditAgenciesList), agencies...)

// creditAgenciesList: the photo agencies of creditAgencies as written (see
// foldAll); the news agencies follow them.
var creditAgenciesList = []string{"Getty Images", "Getty", "AP Photo", "EPA", "Shutterstock"}

// captionMax is the longest caption, in bytes.
const captionMax = 600

// isCaption reports whether text reads like a picture caption or credit:
// a sentence followed by a parenthesized credit, a credit opener, or a
// photographer's credit with the agency at the end.
func isCaption(text string) bool {
	if len(text) > captionMax {
		return false
	}
	t := strings.TrimSpace(text)
	if strings.HasSuffix(t, ")") {
		if i := strings.LastIndex(t, "("); i > 0 && endsWithStop(strings.TrimSpace(t[:i])) {
			return true
		}
	}
	return endsWithACredit(t) || opensWithCaption(t)
}

// opensWithCaption reports whether s opens with a caption opener ("Photo:",
// "Crédit photo :"). Openers are short: only the first 48 bytes are
// folded, and only when s's first letter may open one (mayOpen).
func opensWithCaption(s string) bool {
	if !mayOpen(captionFirst, s) {
		return false
	}
	var buf, spaced [128]byte // room to fold the head without allocating
	l := foldTo(buf[:0], spaced[:0], prefix(s, 48))
	for _, p := range captionOpeners {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

// The two credits a caption may end with. A long caption is prose; its
// credit tells it (inside). Each folds only the tail that may hold the
// credit, and only when its first letter may open one (mayOpen).

// endsWithACredit reports whether text ends with either credit.
func endsWithACredit(text string) bool {
	return endsWithNamedCredit(text) || endsWithCredit(text)
}

// endsWithNamedCredit reports whether text ends with a credit that a
// caption opener introduces: "… at the station. Photo: Ana Ruiz". Only the
// last ". " counts, when it stands less than 60 bytes from the end.
func endsWithNamedCredit(text string) bool {
	t := strings.TrimSpace(text)
	i := lastIndexFrom(t, ". ", len(t)-59)
	return i > 0 && opensWithCaption(t[i+2:])
}

// endsWithCredit reports whether text ends with a photographer's credit
// naming an agency after a slash, less than 40 bytes from the end: "… in
// Tunis. Ana Ruiz/AFP/Getty Images".
func endsWithCredit(text string) bool {
	t := strings.TrimSpace(text)
	i := lastIndexFrom(t, "/", len(t)-39)
	if i <= 0 || t[i-1] == ' ' || !mayOpen(creditFirst, t[i+1:]) {
		return false
	}
	var buf, spaced [128]byte
	return slices.Contains(creditAgencies, foldTo(buf[:0], spaced[:0], t[i+1:]))
}

// lastIndexFrom is strings.LastIndex(s, sep) for sep of one or two bytes
// when that is from or more, else -1.
func lastIndexFrom(s, sep string, from int) int {
	from = max(from, 0)
	if len(sep) == 1 {
		if i := strings.LastIndexByte(s[from:], sep[0]); i >= 0 {
			return from + i
		}
		return -1
	}
	for i := len(s) - 2; i >= from; i-- {
		if s[i] == sep[0] && s[i+1] == sep[1] {
			return i
		}
	}
	return -1
}

// mayOpen reports whether fold(s) may start with one of the phrases whose
// first characters are in first. It is false when s opens with an ASCII
// character that is not white space (its fold opens with that character
// in lower case, or with what it composes into with the marks after it),
// or with a character other than ’ that folds on its own to text
// (normalize.AloneOf) followed by nothing, ASCII or another character
// that starts a segment (its fold then opens the text's), that is not in
// first. (A mark after it may compose with it: و and a hamza above make
// ؤ, across harakat.)
func mayOpen(first *firstChars, s string) bool {
	if s == "" || first.any {
		return true
	}
	c := s[0]
	if c < utf8.RuneSelf {
		if asciiSpace[c] {
			return true
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		return first.ascii[c]
	}
	q, n := quickAt(s, 0)
	if q == nil || q.Kind != normalize.AloneText || q == apos {
		return true
	}
	if n < len(s) && s[n] >= utf8.RuneSelf {
		if next, _ := quickAt(s, n); next == nil || next.Kind == normalize.AloneNo || next.Kind == normalize.AloneDrop {
			return true
		}
	}
	r, _ := utf8.DecodeRuneInString(q.Fold)
	return slices.Contains(first.other, r)
}

// firstChars are the first characters of the folded phrases of a list
// (any: a phrase is empty).
type firstChars struct {
	ascii [utf8.RuneSelf]bool
	other []rune
	any   bool
}

func firstCharsOf(phrases []string) *firstChars {
	t := &firstChars{}
	for _, p := range phrases {
		r, _ := utf8.DecodeRuneInString(p)
		switch {
		case p == "":
			t.any = true
		case r < utf8.RuneSelf:
			t.ascii[r] = true
		case !slices.Contains(t.other, r):
			t.other = append(t.other, r)
		}
	}
	return t
}

// captionFirst and creditFirst are the first bytes of captionOpeners and
// creditAgencies.
var (
	captionFirst = firstCharsOf(captionOpeners)
	creditFirst  = firstCharsOf(creditAgencies)
)

// prefix returns the first n bytes of s at most, cut on a rune boundary.
func prefix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
