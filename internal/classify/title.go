package classify

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/safi-app/safi/internal/normalize"
	"github.com/safi-app/safi/internal/report"
)

// Title search: how far before the article region a title may stand (in
// blocks), and how well a candidate must score.
const (
	titleWindow   = 40
	titleMinScore = 0.45
	titleWords    = 6 // candidates this long or longer count in full
)

// title finds the byline near the start of the region and the title: the
// headline-like block before (or opening) the region whose words the body
// shares most, favouring the block next to the byline, one matching the
// page's meta title, and nearness to the body.
func (c *ctx) title() {
	if c.start == c.end {
		return
	}
	d := c.d
	byline := c.findByline()
	lo := max(0, c.start-titleWindow)
	words := c.candidateWords(lo)
	c.markBodyWords(words, 1000)
	meta := fold(d.Meta.Title)
	best, bestScore, bestRule := -1, 0.0, ""
	dist := 0
	for i := c.start; i >= lo; i-- { // the region's first block may be its title
		if d.Blocks[i].Text == "" {
			continue
		}
		if i < c.start {
			dist++
		}
		if !c.titleCandidate(i) {
			continue
		}
		f := &c.f[i]
		// Titles run to several words: shorter candidates (section names,
		// menu items, credits) count for less.
		score := c.overlap(d.Blocks[i].Text, words) * float64(min(f.words, titleWords)) / titleWords
		rule := RuleTitleSimilar
		score += 0.3 / (1 + float64(dist)/2)
		if byline >= 0 && (c.prevText(byline) == i || c.nextText(byline) == i) {
			score += 0.5
			rule = RuleTitleBeforeByline
		}
		if meta != "" && f.folded != "" && (f.folded == meta || f.words >= 3 && strings.Contains(meta, f.folded)) {
			score += 1
			rule = RuleTitleMeta
		}
		if score > bestScore {
			best, bestScore, bestRule = i, score, rule
		}
	}
	if best >= 0 && bestScore >= titleMinScore {
		c.set(best, report.ClassTitle, bestRule)
		return
	}
	// No candidate shares the body's words: the headline right before it.
	if t := c.prevText(c.start); t >= 0 && c.titleCandidate(t) && c.f[t].words >= 2 {
		c.set(t, report.ClassTitle, RuleTitleBeforeBody)
	}
}

// titleCandidate reports whether block i could be the title.
func (c *ctx) titleCandidate(i int) bool {
	b := &c.d.Blocks[i]
	if b.Class != "" && b.Class != report.ClassHeading {
		return false
	}
	f := &c.f[i]
	return isHeadlineLike(f) && !f.symbolic && f.words >= 2 && f.words <= 25 && utf8.RuneCountInString(b.Text) >= 4 && !c.caption(i)
}

// findByline returns the byline near the start of the region, marking a
// short line with a date there as one, or -1.
func (c *ctx) findByline() int {
	d := c.d
	for i, seen := min(c.end, c.start+2)-1, 0; i >= 0 && seen < 8; i-- {
		b := &d.Blocks[i]
		if b.Text == "" {
			continue
		}
		seen++
		if b.Class == report.ClassByline {
			return c.bylineGroup(i)
		}
		if (!c.decided(i) || b.Class == report.ClassHeading) && c.f[i].words <= 30 && !c.f[i].endsStop && hasDate(b.Text) {
			c.set(i, report.ClassByline, RuleBylineDate)
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
	// A name alone between the title and the byline: its author.
	if j := c.prevText(first); j >= 0 && !c.decided(j) && isNameLine(&c.f[j], c.d.Blocks[j].Text) {
		// …after the title, or after a standfirst that follows it.
		if t := c.prevText(j); t >= 0 && (c.titleCandidate(t) || !c.decided(t) && c.f[t].endsStop && c.f[t].words >= 5) && c.f[t].words > c.f[j].words+1 {
			c.set(j, report.ClassByline, RuleBylineName)
			first = j
		}
	}
	// A name alone after the byline, before the body: its author.
	if j := c.nextText(last); j >= 0 && !c.decided(j) && isNameLine(&c.f[j], c.d.Blocks[j].Text) {
		if k := c.nextText(j); k >= 0 && isProse(&c.f[k]) {
			c.set(j, report.ClassByline, RuleBylineName)
		}
	}
	return first
}

// isNameLine reports whether text could be a person's name alone on its
// line: two to four words, no digits, no sentence punctuation.
func isNameLine(f *features, text string) bool {
	return f.words >= 2 && f.words <= 4 && !f.endsStop && !f.hasColon && !strings.ContainsFunc(text, unicode.IsDigit) && !strings.ContainsAny(text, ",،|/")
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
// the region's first block back to block lo.
func (c *ctx) candidateWords(lo int) *wordSet {
	ws := &wordSet{index: map[string]int{}}
	for i := c.start; i >= lo; i-- {
		if c.d.Blocks[i].Text == "" || !c.titleCandidate(i) {
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
// the region's prose, up to limit words (counted in whole blocks).
func (c *ctx) markBodyWords(ws *wordSet, limit int) {
	n := 0
	for i := c.start; i < c.end && n < limit; i++ {
		if !isProse(&c.f[i]) {
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

// overlap is the share of text's content words that the body has.
func (c *ctx) overlap(text string, ws *wordSet) float64 {
	hit, n := 0, 0
	c.contentWords(text, nil, func(w string, _ bool) {
		if k, ok := ws.index[w]; ok && ws.inBody[k] {
			hit++
		}
		n++
	})
	if n == 0 {
		return 0
	}
	return float64(hit) / float64(n)
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
		case in && start < 0:
			start = i
		case !in && start >= 0:
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

// captionMax is the longest caption, in bytes.
const captionMax = 600

// isCaption reports whether text reads like a picture caption or credit:
// a sentence followed by a parenthesized credit, or a credit opener.
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
	// A caption ending with its credit: "… at the station. Photo: Ana Ruiz".
	var buf, spaced [128]byte // room to fold a head or a tail without allocating
	if i := strings.LastIndex(t, ". "); i > 0 && len(t)-i < 60 {
		tail := foldTo(buf[:0], spaced[:0], t[i+2:])
		for _, p := range captionOpeners {
			if strings.HasPrefix(tail, p) {
				return true
			}
		}
	}
	// Openers are short: fold only the start of the text.
	l := foldTo(buf[:0], spaced[:0], prefix(t, 48))
	for _, p := range captionOpeners {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

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
