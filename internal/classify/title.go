package classify

import (
	"strings"
	"unicode"
	"unicode/utf8"

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
	body := c.bodyWords(1000)
	meta := fold(d.Meta.Title)
	best, bestScore, bestRule := -1, 0.0, ""
	lo := max(0, c.start-titleWindow)
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
		score := overlap(d.Blocks[i].Text, body) * float64(min(f.words, titleWords)) / titleWords
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
	return !isCaption(b.Text) && isHeadlineLike(f) && !f.symbolic && f.words >= 2 && f.words <= 25 && utf8.RuneCountInString(b.Text) >= 4
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

// bodyWords returns the set of content words (folded, three letters or
// more, not function words) of the region's prose, up to limit words.
func (c *ctx) bodyWords(limit int) map[string]bool {
	set := map[string]bool{}
	n := 0
	for i := c.start; i < c.end && n < limit; i++ {
		if !isProse(&c.f[i]) {
			continue
		}
		for _, w := range contentWords(prefix(c.d.Blocks[i].Text, 8<<10)) {
			set[w] = true
			n++
		}
	}
	return set
}

// overlap is the share of text's content words found in body.
func overlap(text string, body map[string]bool) float64 {
	ws := contentWords(text)
	if len(ws) == 0 {
		return 0
	}
	hit := 0
	for _, w := range ws {
		if body[w] {
			hit++
		}
	}
	return float64(hit) / float64(len(ws))
}

// contentWords splits text into folded words of three letters or more that
// are not function words. CJK text counts each pair of characters as a word.
func contentWords(text string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if isCJK([]rune(w)[0]) {
			rs := []rune(w)
			for k := 0; k+1 < len(rs); k++ {
				out = append(out, string(rs[k:k+2]))
			}
			continue
		}
		if utf8.RuneCountInString(w) < 3 || isStopword(w) {
			continue
		}
		out = append(out, fold(w))
	}
	return out
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
	if i := strings.LastIndex(t, ". "); i > 0 && len(t)-i < 60 {
		tail := fold(t[i+2:])
		for _, p := range captionOpeners {
			if strings.HasPrefix(tail, p) {
				return true
			}
		}
	}
	// Openers are short: fold only the start of the text.
	head := t
	if len(head) > 48 {
		head = head[:48]
		for !utf8.RuneStart(head[len(head)-1]) {
			head = head[:len(head)-1]
		}
	}
	l := fold(head)
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
