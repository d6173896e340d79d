package htmlread

import (
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The content search follows Mozilla Readability's: score the paragraphs,
// give their scores to their ancestors, take the best-scored container with
// its worthy siblings as the main content, then drop the parts of it that
// are not article text.
//
// Readability's patterns of class and id names are alternations of words
// matched anywhere in the name, in any case: here lists of those words,
// looked for in the name in lower case (A-Z; Go's (?i) also folds the
// Kelvin sign and the long s), each name once per page (nameCache). As
// regular expressions they were a third of the time of reading the dev
// pages.
var (
	unlikelyNames = strings.Fields("-ad- ai2html banner breadcrumbs combx comment community cover-wrap disqus extra footer gdpr header legends menu related remark replies rss shoutbox sidebar skyscraper social sponsor supplemental ad-break agegate pagination pager popup yom-remote")
	maybeNames    = strings.Fields("and article body column content main mathjax shadow")
	positiveNames = strings.Fields("article body content entry hentry h-entry main page pagination post text blog story")
	negativeNames = strings.Fields("-ad- hidden banner combx comment com- contact footer gdpr masthead media meta outbrain promo related scroll share shoutbox sidebar skyscraper sponsor shopping tags widget")
	bylineNames   = strings.Fields("byline author dateline writtenby p-author")
)

// The content search's regular expressions on text are Readability's.
// They are compiled on first use, not when the program starts: the page's
// main thread never reads HTML (the analysis worker does), and compiling
// them at start-up would delay the page (docs/measuring.md).
var res = sync.OnceValue(func() *patterns {
	return &patterns{
		adWords:  regexp.MustCompile(`(?i)^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio|إعلان)$`),
		loading:  regexp.MustCompile(`(?i)^((loading|正在加载|Загрузка|chargement|cargando|جار التحميل)(…|\.\.\.)?)$`),
		sentence: regexp.MustCompile(`[.!?؟。](\s|$)`),
	}
})

// patterns are the content search's regular expressions.
type patterns struct {
	adWords, loading, sentence *regexp.Regexp
}

// scoredTags reports whether a is an element whose text Readability
// scores.
func scoredTags(a atom.Atom) bool {
	switch a {
	case atom.Section, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.P, atom.Td, atom.Pre:
		return true
	}
	return false
}

// textish reports whether a is an element whose text Readability counts
// as text, not as loose markup, when it weighs a container.
func textish(a atom.Atom) bool {
	switch a {
	case atom.Span, atom.Li, atom.Td, atom.Blockquote, atom.Dl, atom.Div, atom.Img, atom.Ol, atom.P,
		atom.Pre, atom.Table, atom.Ul:
		return true
	}
	return false
}

// Content search flags, dropped one by one when the content found is too
// short.
const (
	flagStripUnlikely = 1 << iota
	flagWeightClasses
	flagCleanConditionally
	// flagKeepLinkLists keeps the link lists, lists and text-less
	// containers (links between line breaks) that cleaning conditionally
	// dropped when they are the content (keptLinkLists).
	flagKeepLinkLists
)

// minContent is the length of main content, in runes, below which the
// search is retried with fewer flags.
const minContent = 500

// content is the verdict of the search: the containers of the main content
// and, for elements left out, why.
type content struct {
	roots map[*html.Node]bool
	drop  map[*html.Node]string
	text  int // runes of the content
	flags int // the attempt's
}

// findContent searches the rendered tree for the main content: the first
// attempt whose content is minContent runes or more and begins near the
// page's title heading (nearTitle), else the first of minContent runes or
// more, else the longest, with the link lists its cleaning dropped when
// they are its content (keptLinkLists).
//
// The title is the anchor: an article's text begins just after its
// heading. A first attempt that drops the article's container for its
// names (unlikely or negative words in a theme's or a CMS's classes) takes
// what is left, often a block far from the title (a listing, a sidebar's
// text, another story); the retries, which keep those containers, find the
// article under its title.
func findContent(r *renderer, title string) *content {
	if len(r.order) == 0 {
		return &content{roots: map[*html.Node]bool{}, drop: map[*html.Node]string{}}
	}
	var best, first, long *content
	heading := r.titleHeading(title)
	for _, flags := range []int{
		flagStripUnlikely | flagWeightClasses | flagCleanConditionally,
		flagWeightClasses | flagCleanConditionally,
		flagCleanConditionally,
		0,
	} {
		c := r.grab(flags, title)
		if first == nil {
			first = c
		} else if first.text >= retryFloor && (r.inUnlikely(first, c) || r.leavesMain(first, c)) {
			// A retry that finds its content inside the comments the
			// first attempt dropped as unlikely is not taken over the
			// short article that attempt found: the retries keep the
			// longest content, and comments are often longer.
			continue
		}
		if c.text >= minContent {
			if r.nearTitle(c, heading) {
				return c
			}
			if long == nil {
				long = c
			}
		}
		if best == nil || c.text > best.text {
			best = c
		}
	}
	if long != nil {
		return long
	}
	if best.flags&flagCleanConditionally != 0 {
		// No attempt found an article: the content may be the link lists
		// its cleaning dropped (a roundup of links, each with a line of
		// comment; a post that is a list).
		if c := r.grab(best.flags|flagKeepLinkLists, title); c.text > best.text {
			return c
		}
	}
	return best
}

// titleHeading is the first h1 or h2 whose text is the page's title (as
// dropNonContent finds it), or nil.
func (r *renderer) titleHeading(title string) *html.Node {
	if title == "" {
		return nil
	}
	for _, n := range r.order {
		if (n.DataAtom == atom.H1 || n.DataAtom == atom.H2) && similarity(title, r.textOf(n)) > 0.75 {
			return n
		}
	}
	return nil
}

// The content begins near the title when its text starts at most
// titleBefore runes before the title heading's (a kicker, a breadcrumb, a
// date line) or at most titleAfter runes after its end (a byline, a
// standfirst, a lead image's caption, share buttons). Non-space runes of
// the rendered text.
const (
	titleBefore = 200
	titleAfter  = 1000
)

// nearTitle reports whether c's text begins near the title heading h; true
// when the page has no such heading.
func (r *renderer) nearTitle(c *content, h *html.Node) bool {
	if h == nil || r.info[h] == nil {
		return true
	}
	hi := r.info[h]
	start := -1
	for n := range c.roots {
		if _, dropped := c.drop[n]; dropped {
			continue
		}
		if in := r.info[n]; start < 0 || int(in.from) < start {
			start = int(in.from)
		}
	}
	switch {
	case start < 0:
		return true
	case start <= int(hi.from):
		return r.runesBetween(start, int(hi.from)) <= titleBefore
	case start >= int(hi.to):
		return r.runesBetween(int(hi.to), start) <= titleAfter
	}
	return true // it begins inside the heading
}

// runesBetween counts the non-space runes of the rendered text
// out[from:to].
func (r *renderer) runesBetween(from, to int) int {
	n := 0
	for _, b := range r.out[from:to] {
		if b&0xC0 != 0x80 && b != ' ' && b != '\n' && b != '\t' && b != '\r' {
			n++
		}
	}
	return n
}

// retryFloor is the length, in runes, of the first attempt's content from
// which a retry may not take its content from what that attempt dropped as
// unlikely.
const retryFloor = 100

// inUnlikely reports whether a root of c stands inside an element that
// first dropped as unlikely and whose names say comments.
func (r *renderer) inUnlikely(first, c *content) bool {
	for n := range c.roots {
		for a := n; a != nil; a = a.Parent {
			if first.drop[a] == "unlikely" && commentNames(a) {
				return true
			}
		}
	}
	return false
}

// leavesMain reports whether first's content lies inside the page's main
// landmark (<main>, role=main) and c's lies outside it, neither inside
// nor around it: the page marks where its content is, and a retry that
// leaves it for more text finds something else (a disclaimer, a footer's
// prose).
func (r *renderer) leavesMain(first, c *content) bool {
	mainOf := func(n *html.Node) *html.Node {
		for a := n; a != nil; a = a.Parent {
			if a.Type == html.ElementNode && isLandmark(a, "main") {
				return a
			}
		}
		return nil
	}
	var main *html.Node
	for n := range first.roots {
		if _, dropped := first.drop[n]; dropped {
			continue
		}
		m := mainOf(n)
		if m == nil || main != nil && m != main {
			return false
		}
		main = m
	}
	if main == nil {
		return false
	}
	for n := range c.roots {
		if _, dropped := c.drop[n]; dropped {
			continue
		}
		if mainOf(n) == main {
			return false
		}
		for a := main.Parent; a != nil; a = a.Parent {
			if a == n {
				return false
			}
		}
	}
	return true
}

// commentNames reports whether n's class or id names comments.
func commentNames(n *html.Node) bool {
	for _, v := range []string{attr(n, "class"), attr(n, "id")} {
		v = strings.ToLower(v)
		if strings.Contains(v, "comment") || strings.Contains(v, "disqus") || strings.Contains(v, "replies") {
			return true
		}
	}
	return false
}

// grab runs one attempt of the search.
func (r *renderer) grab(flags int, title string) *content {
	c := &content{roots: map[*html.Node]bool{}, drop: map[*html.Node]string{}, flags: flags}
	r.dropNonContent(c, flags, title)
	r.measure(c.drop) // every element, without the dropped ones
	sc := &scorer{r: r, flags: flags}
	sc.scoreParagraphs(c)
	best := sc.best()
	if best == nil {
		best = r.body
		if best == nil {
			best = r.order[0]
		}
		c.roots[best] = true
	} else {
		r.keepSiblings(c, best)
		r.keepRepeated(c, best)
	}
	r.clean(c, flags)
	c.text = r.rootsText(c) // a root the cleaning dropped (negative names) keeps none of its text
	return c
}

// dropNonContent drops the byline, the heading that repeats the title,
// popups and, with flagStripUnlikely, the containers whose names say they
// are not content.
func (r *renderer) dropNonContent(c *content, flags int, title string) {
	titleFound, bylineFound := title == "", false
	for i := 0; i < len(r.order); i++ {
		n := r.order[i]
		reason := ""
		switch {
		case !bylineFound && r.isByline(n):
			reason, bylineFound = "byline", true
		case !titleFound && (n.DataAtom == atom.H1 || n.DataAtom == atom.H2) && similarity(title, r.textOf(n)) > 0.75:
			reason, titleFound = "title", true
		case flags&flagStripUnlikely != 0 && n.DataAtom != atom.Body && n.DataAtom != atom.A &&
			(r.unlikely(n) && !r.headingNamedHeader(n) || dom().unlikelyRoles.Match(n)) && !dom().notInTable.Match(n):
			reason = "unlikely"
		case dom().modalDialog.Match(n):
			reason = "popup"
		}
		if reason != "" {
			c.drop[n] = reason
			i = r.skip(i)
		}
	}
}

// scorer gives the paragraphs' scores to their containers, as
// Readability does, and keeps the containers it scored.
type scorer struct {
	r     *renderer
	flags int
	cands []*html.Node // the scored containers, in the order first scored
}

// init starts n's score from its tag (and its class and id names, with
// flagWeightClasses) the first time it is scored.
func (sc *scorer) init(n *html.Node) *info {
	in := sc.r.info[n]
	if !in.scored {
		in.scored = true
		in.score = tagScore(n.DataAtom)
		if sc.flags&flagWeightClasses != 0 {
			in.score += sc.r.classWeight(n)
		}
		sc.cands = append(sc.cands, n)
	}
	return in
}

// add gives a paragraph's score to first and four more ancestors, less
// and less.
func (sc *scorer) add(first *html.Node, length, commas int) {
	r := sc.r
	// One point for the paragraph, one per comma-separated part (as
	// Readability counts innerText.split(commas).length), one per hundred
	// runes up to three.
	score := 1 + float64(commas+1) + math.Min(float64(length/100), 3)
	level := 0
	for a := first; a != nil && level < 5; a = a.Parent {
		if a.Type != html.ElementNode || a.Parent == nil || a.Parent.Type != html.ElementNode || r.info[a] == nil {
			break
		}
		if r.wrapper(a) {
			continue // Readability replaces it by its paragraph
		}
		div := 1.0
		switch {
		case level == 1:
			div = 2
		case level > 1:
			div = float64(level * 3)
		}
		sc.init(a).score += score / div
		level++
	}
}

// scoreParagraphs scores every paragraph of 25 runes or more outside the
// dropped elements, and the runs of text loose in a div beside blocks
// (Readability wraps each in a paragraph of its own).
func (sc *scorer) scoreParagraphs(c *content) {
	r := sc.r
	for i := 0; i < len(r.order); i++ {
		n := r.order[i]
		if _, ok := c.drop[n]; ok {
			i = r.skip(i)
			continue
		}
		in := r.info[n]
		if !scoredTags(n.DataAtom) && !(n.DataAtom == atom.Div && !in.blockChild) {
			continue
		}
		if length := int(in.tot.text); length >= 25 {
			sc.add(n.Parent, length, int(in.tot.commas))
		}
	}
	for k := range r.blocks {
		rb := &r.blocks[k]
		o := rb.owner
		if o == nil || o.DataAtom != atom.Div || !r.info[o].blockChild || r.droppedUnder(c, o) {
			continue
		}
		length, commas := r.measureBlock(k)
		if length >= 25 {
			sc.add(o, length, commas)
		}
	}
}

// best returns the best scored container, each score scaled by how little
// of it is links, or nil when it is the body or nothing scored.
func (sc *scorer) best() *html.Node {
	r := sc.r
	var top []*html.Node
	for _, n := range sc.cands {
		in := r.info[n]
		in.score *= 1 - r.linkDensity(n)
		top = append(top, n)
	}
	sort.SliceStable(top, func(i, j int) bool { return r.info[top[i]].score > r.info[top[j]].score })
	if len(top) > 5 {
		top = top[:5]
	}
	if len(top) == 0 || top[0].DataAtom == atom.Body {
		return nil
	}
	best := r.betterTop(top[0], top)
	sc.init(best) // a container that scored nothing starts from its tag and names
	return best
}

// keepSiblings makes roots of best and of its siblings worth keeping: well
// scored, or paragraphs of prose with few links.
func (r *renderer) keepSiblings(c *content, best *html.Node) {
	bs := r.info[best].score
	threshold := math.Max(10, bs*0.2)
	cls := attr(best, "class")
	for s := best.Parent.FirstChild; s != nil; s = s.NextSibling {
		si := r.info[s]
		if si == nil {
			continue
		}
		if _, dropped := c.drop[s]; dropped {
			continue
		}
		if s == best {
			c.roots[s] = true
			continue
		}
		bonus := 0.0
		if cls != "" && attr(s, "class") == cls {
			bonus = bs * 0.2
		}
		if si.scored && si.score+bonus >= threshold {
			c.roots[s] = true
			continue
		}
		if s.DataAtom == atom.P || s.DataAtom == atom.Div && !si.blockChild || r.wrapper(s) {
			ld, length := r.linkDensity(s), si.tot.text
			if length > 80 && ld < 0.25 || length < 80 && length > 0 && ld == 0 && res().sentence.MatchString(r.textOf(s)) {
				c.roots[s] = true
			}
		}
	}
}

// betterTop moves the top candidate up the tree as Readability does: to an
// ancestor shared by several close candidates, to a parent scoring higher,
// and past parents of which it is the only child.
func (r *renderer) betterTop(best *html.Node, top []*html.Node) *html.Node {
	bs := r.info[best].score
	var alts [][]*html.Node
	for _, t := range top[1:] {
		if r.info[t].score/bs >= 0.75 {
			alts = append(alts, r.ancestors(t))
		}
	}
	if len(alts) >= 3 {
		for p := best.Parent; p != nil && p.DataAtom != atom.Body && r.info[p] != nil; p = p.Parent {
			n := 0
			for _, as := range alts {
				for _, a := range as {
					if a == p {
						n++
						break
					}
				}
			}
			if n >= 3 {
				best = p
				break
			}
		}
	}
	// A parent scoring higher than its child takes over.
	last := r.info[best].score
	threshold := last / 3
	for p := best.Parent; p != nil && p.DataAtom != atom.Body && r.info[p] != nil; p = p.Parent {
		pi := r.info[p]
		if !pi.scored {
			continue
		}
		if pi.score < threshold {
			break
		}
		if pi.score > last {
			best = p
			break
		}
		last = pi.score
	}
	// An only child gives way to its parent.
	for p := best.Parent; p != nil && p.DataAtom != atom.Body && r.info[p] != nil && onlyChild(p) != nil; p = p.Parent {
		best = p
	}
	return best
}

// onlyChild is n's only element child, or nil when it has none or more
// than one.
func onlyChild(n *html.Node) *html.Node {
	var only *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			if only != nil {
				return nil
			}
			only = c
		}
	}
	return only
}

func elementChildren(n *html.Node) int {
	k := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			k++
		}
	}
	return k
}

func (r *renderer) ancestors(n *html.Node) []*html.Node {
	var out []*html.Node
	for p := n.Parent; p != nil && r.info[p] != nil; p = p.Parent {
		out = append(out, p)
	}
	return out
}

// clean drops what inside the main content is not article text.
func (r *renderer) clean(c *content, flags int) {
	var ranges [][2]int // index ranges in r.order of the roots' subtrees
	for n := range c.roots {
		in := r.info[n]
		ranges = append(ranges, [2]int{int(in.index), int(in.last)})
	}
	sort.Slice(ranges, func(i, j int) bool { return ranges[i][0] < ranges[j][0] })
	dropAt := func(n *html.Node, reason string) {
		c.drop[n] = reason
		t := r.info[n].tot
		for a := n.Parent; a != nil && r.info[a] != nil; a = a.Parent {
			r.info[a].tot.sub(&t)
		}
	}
	// Elements that are never article text, and share rows.
	for _, rg := range ranges {
		for i := rg[0]; i <= rg[1]; i++ {
			n := r.order[i]
			if _, ok := c.drop[n]; ok {
				i = r.skip(i)
				continue
			}
			if reason := r.never(c, n, flags); reason != "" {
				dropAt(n, reason)
				i = r.skip(i)
			}
		}
	}
	if flags&flagCleanConditionally == 0 {
		return
	}
	keep := flags&flagKeepLinkLists != 0
	var before int         // with keep: the content's text before the drops below
	var lists []*html.Node // with keep: dropped as link lists or lists, in the order dropped
	if keep {
		before = r.rootsText(c)
	}
	// Containers that look like link lists, galleries or forms, inner
	// ones first.
	for k := len(ranges) - 1; k >= 0; k-- {
		for i := ranges[k][1]; i >= ranges[k][0]; i-- {
			n := r.order[i]
			switch n.DataAtom {
			case atom.Form, atom.Fieldset, atom.Table, atom.Ul:
			case atom.Div:
				if !r.info[n].blockChild {
					continue
				}
			default:
				continue
			}
			if r.droppedAbove(c, n) {
				continue
			}
			if reason := r.conditional(n, flags); reason != "" {
				dropAt(n, reason)
				if keep && (reason == "link-dense" || reason == "list" || reason == "no-text") {
					lists = append(lists, n)
				}
			}
		}
	}
	if keep && keptLinkLists(before, r.rootsText(c)) {
		// Outer ones first: an inner list's text then returns to its
		// restored ancestors too.
		for k := len(lists) - 1; k >= 0; k-- {
			n := lists[k]
			delete(c.drop, n)
			t := r.info[n].tot
			for a := n.Parent; a != nil && r.info[a] != nil; a = a.Parent {
				r.info[a].tot.add(&t)
			}
		}
	}
}

// keptLinkLists reports whether the link lists that cleaning dropped from
// a content are its content: what is left is too short to be an article
// (under minContent runes) and what was there before was long enough.
func keptLinkLists(before, after int) bool {
	return after < minContent && before >= minContent
}

// rootsText is the text, in runes, of c's roots that are not dropped.
func (r *renderer) rootsText(c *content) int {
	k := 0
	for n := range c.roots {
		if _, dropped := c.drop[n]; !dropped {
			k += int(r.info[n].tot.text)
		}
	}
	return k
}

// never is the reason to drop an element of the main content that is never
// article text, or "": that of the first of dropRules it matches.
func (r *renderer) never(c *content, n *html.Node, flags int) string {
	short := !c.roots[n] && r.info[n].tot.text < minContent
	var hints []string
	hinted := false
	for i, d := range dropRules {
		if d.short && !short || d.weighted && (flags&flagWeightClasses == 0 || r.classWeight(n) >= 0) {
			continue
		}
		if d.hint != "" {
			if !hinted {
				hints, hinted = r.ownHints(n), true
			}
			if !slices.Contains(hints, d.hint) {
				continue
			}
		} else if !dom().drop[i].Match(n) {
			continue
		}
		return d.reason
	}
	return ""
}

// wrapper reports whether n is a div holding one paragraph and nothing
// else, with few links: Readability reads it as that paragraph.
func (r *renderer) wrapper(n *html.Node) bool {
	if n.DataAtom != atom.Div || r.info[n].ownText > 0 {
		return false
	}
	c := onlyChild(n)
	return c != nil && c.DataAtom == atom.P && r.info[c] != nil && r.linkDensity(n) < 0.25
}

// droppedUnder reports whether n or any ancestor is dropped.
func (r *renderer) droppedUnder(c *content, n *html.Node) bool {
	for a := n; a != nil; a = a.Parent {
		if _, ok := c.drop[a]; ok {
			return true
		}
	}
	return false
}

// measureBlock returns the length in runes and the commas of rendered
// block k, counted once.
func (r *renderer) measureBlock(k int) (length, commas int) {
	if r.blockLen == nil {
		r.blockLen = make([][2]int, len(r.blocks))
		for i, rb := range r.blocks {
			for p := r.out[rb.start:rb.end]; len(p) > 0; {
				c, size := utf8.DecodeRune(p)
				p = p[size:]
				r.blockLen[i][0]++
				if c == ',' || c == '،' || c == '，' || c == '﹐' {
					r.blockLen[i][1]++
				}
			}
		}
	}
	return r.blockLen[k][0], r.blockLen[k][1]
}

// droppedAbove reports whether n or an ancestor up to its root is dropped.
func (r *renderer) droppedAbove(c *content, n *html.Node) bool {
	for a := n; a != nil; a = a.Parent {
		if _, ok := c.drop[a]; ok {
			return true
		}
		if c.roots[a] {
			return false
		}
	}
	return false
}

// conditional is Readability's _cleanConditionally for one element: the
// reason to drop it, or "".
func (r *renderer) conditional(n *html.Node, flags int) string {
	if n.DataAtom == atom.Table && r.isDataTable(n) {
		return ""
	}
	for a := n.Parent; a != nil; a = a.Parent {
		if a.DataAtom == atom.Table && r.info[a] != nil && r.isDataTable(a) || a.DataAtom == atom.Code {
			return ""
		}
	}
	in := r.info[n]
	t := in.tot
	if t.tables > 0 {
		for i := int(in.index) + 1; i <= int(in.last); i++ {
			if x := r.order[i]; x.DataAtom == atom.Table && r.isDataTable(x) {
				return "" // it holds a data table
			}
		}
	}
	isList := n.DataAtom == atom.Ul || n.DataAtom == atom.Ol
	if !isList && t.text > 0 && float64(t.list)/float64(t.text) > 0.9 {
		isList = true
	}
	weight := 0.0
	if flags&flagWeightClasses != 0 {
		weight = r.classWeight(n)
	}
	if weight < 0 {
		return "negative"
	}
	if t.commas >= 10 {
		return ""
	}
	if t.text < 40 {
		if text := r.textOf(n); res().adWords.MatchString(text) || res().loading.MatchString(text) {
			return "ad"
		}
	}
	p, img, li, input := t.p, t.img, t.li-100, t.input
	if n.DataAtom == atom.Form || n.DataAtom == atom.Fieldset {
		// Readability weighs forms before it removes their fields; here
		// the fields are gone already (dropRules), so count them again.
		input = r.inputsUnder(n)
	}
	ld := r.linkDensity(n)
	headDensity, textDensity := 0.0, 0.0
	if t.text > 0 {
		headDensity = float64(t.head) / float64(t.text)
		textDensity = float64(t.textish) / float64(t.text)
	}
	figure := dom().inFigure.Match(n)
	reason := ""
	switch {
	case !figure && img > 1 && float64(p)/float64(img) < 0.5:
		reason = "images"
	case !isList && li > p:
		reason = "list"
	case input > p/3:
		reason = "form"
	case !isList && !figure && headDensity < 0.9 && t.text < 25 && (img == 0 || img > 2) && ld > 0:
		reason = "link-dense"
	case !isList && weight < 25 && ld > 0.2 && !proseWithLinks(t, ld):
		reason = "link-dense"
	case weight >= 25 && ld > 0.5:
		reason = "link-dense"
	case t.embed == 1 && t.text < 75 || t.embed > 1:
		reason = "embed"
	case img == 0 && textDensity == 0:
		reason = "no-text"
	}
	if isList && reason != "" {
		// A plain list of images stays.
		items, imgs := 0, int(t.img)
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			if ch.Type != html.ElementNode {
				continue
			}
			if elementChildren(ch) > 1 {
				return reason
			}
			items++
		}
		if items == imgs {
			return ""
		}
	}
	return reason
}

// inputsUnder counts the input elements under n, dropped or not.
func (r *renderer) inputsUnder(n *html.Node) int32 {
	in := r.info[n]
	k := int32(0)
	for i := int(in.index) + 1; i <= int(in.last); i++ {
		if r.order[i].DataAtom == atom.Input {
			k++
		}
	}
	return k
}

// isDataTable reports whether a table holds data rather than layout,
// remembering the answer.
func (r *renderer) isDataTable(n *html.Node) bool {
	if v, ok := r.dataTables[n]; ok {
		return v
	}
	if r.dataTables == nil {
		r.dataTables = map[*html.Node]bool{}
	}
	v := r.dataTable(n)
	r.dataTables[n] = v
	return v
}

// dataTable is Readability's test of a table holding data, in its order:
// a summary, a caption, the parts only data tables have, then no nested
// table and enough rows and columns.
func (r *renderer) dataTable(n *html.Node) bool {
	if attr(n, "role") == "presentation" || attr(n, "datatable") == "0" {
		return false
	}
	if attr(n, "summary") != "" {
		return true
	}
	m := tableMatchers()
	t := goquery.NewDocumentFromNode(n)
	if c := t.FindMatcher(m.caption).First(); c.Length() > 0 && r.textOf(c.Get(0)) != "" {
		return true
	}
	if t.FindMatcher(m.dataParts).Length() > 0 {
		return true
	}
	if t.FindMatcher(m.table).Length() > 0 {
		return false
	}
	rows := t.FindMatcher(m.row)
	cols := 0
	for i := range rows.Nodes {
		cols = max(cols, rows.Eq(i).ChildrenMatcher(m.cell).Length())
	}
	return rows.Length() >= 10 || cols > 4 || rows.Length()*cols > 10
}

// tableMatchers are dataTable's selectors, compiled on first use.
var tableMatchers = sync.OnceValue(func() (m struct{ caption, dataParts, table, row, cell cascadia.Selector }) {
	m.caption = cascadia.MustCompile("caption")
	m.dataParts = cascadia.MustCompile("col, colgroup, tfoot, thead, th")
	m.table = cascadia.MustCompile("table")
	m.row = cascadia.MustCompile("tr")
	m.cell = cascadia.MustCompile("td, th")
	return m
})

// measure sums the counts of every element's subtree, leaving out dropped
// elements, children before parents.
func (r *renderer) measure(drop map[*html.Node]string) {
	for _, n := range r.order {
		in := r.info[n]
		in.tot = ownCounts(n, in)
		in.scored, in.score = false, 0
	}
	for i := len(r.order) - 1; i >= 0; i-- {
		n := r.order[i]
		in := r.info[n]
		switch n.DataAtom {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			in.tot.head = in.tot.text
		case atom.Ul, atom.Ol:
			in.tot.list = in.tot.text
		}
		if textish(n.DataAtom) {
			in.tot.textish = in.tot.text
		}
		if _, ok := drop[n]; ok {
			continue
		}
		if p := r.info[n.Parent]; p != nil {
			p.tot.add(&in.tot)
		}
	}
}

// skip returns the index in r.order of the last element under r.order[i],
// so that a loop continuing after it skips the subtree.
func (r *renderer) skip(i int) int {
	return int(r.info[r.order[i]].last)
}

// linkDensity is the share of n's text inside links.
func (r *renderer) linkDensity(n *html.Node) float64 {
	t := r.info[n].tot
	if t.text == 0 {
		return 0
	}
	return t.link / float64(t.text)
}

// proseWithLinks reports whether a container with counts t and link
// density ld is prose with links in its sentences rather than a list of
// links: under half of its text in links and proseLinksText runes or more
// outside them. Readability's test (over a fifth in links) drops the
// paragraphs of an article that links names, places and earlier stories
// inline; a teaser card (a linked headline, a sentence) holds less.
func proseWithLinks(t counts, ld float64) bool {
	return ld < 0.5 && float64(t.text)-t.link >= proseLinksText
}

// proseLinksText is the plain text, in runes, that makes a container with
// many links prose (proseWithLinks).
const proseLinksText = 150

// textOf is n's rendered text, trimmed.
func (r *renderer) textOf(n *html.Node) string {
	in := r.info[n]
	if in == nil || in.to < in.from {
		return ""
	}
	return strings.TrimSpace(string(r.out[in.from:in.to]))
}

// isByline reports whether n is the article's byline: marked as author
// and short.
func (r *renderer) isByline(n *html.Node) bool {
	if attr(n, "rel") != "author" && !strings.Contains(attr(n, "itemprop"), "author") && !r.byline(n) {
		return false
	}
	if in := r.info[n]; in.to-in.from > 400 {
		return false
	}
	k := len([]rune(r.textOf(n)))
	return k > 0 && k < 100
}

// tagScore is the score an element starts with.
func tagScore(a atom.Atom) float64 {
	switch a {
	case atom.Div:
		return 5
	case atom.Pre, atom.Td, atom.Blockquote:
		return 3
	case atom.Address, atom.Ol, atom.Ul, atom.Dl, atom.Dd, atom.Dt, atom.Li, atom.Form:
		return -3
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Th:
		return -5
	}
	return 0
}

// classWeight is ±25 for each of class and id that names content or
// boilerplate.
func (r *renderer) classWeight(n *html.Node) float64 {
	w := 0.0
	for _, v := range []string{attr(n, "class"), attr(n, "id")} {
		f := r.name(v)
		if f.negative {
			w -= 25
		}
		if f.positive {
			w += 25
		}
	}
	return w
}

// nameFlags are what Readability's patterns say of a class or an id.
type nameFlags struct {
	unlikely, maybe, positive, negative, byline bool
}

// name are the patterns' verdicts on a class or id value v, found once per
// page.
func (r *renderer) name(v string) nameFlags {
	if v == "" {
		return nameFlags{}
	}
	if f, ok := r.nameCache[v]; ok {
		return f
	}
	low := make([]byte, 0, len(v)+2)
	low = append(low, ' ')
	for i := 0; i < len(v); i++ {
		c := v[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		low = append(low, c)
	}
	low = append(low, ' ')
	s := string(low)
	f := nameFlags{
		unlikely: containsAny(s, unlikelyNames),
		maybe:    containsAny(s, maybeNames),
		positive: containsAny(s, positiveNames),
		negative: containsAny(builderFree(s), negativeNames) || strings.Contains(s, " hid "),
		byline:   containsAny(s, bylineNames),
	}
	if r.nameCache == nil {
		r.nameCache = map[string]nameFlags{}
	}
	r.nameCache[v] = f
	return f
}

// unlikely and byline are the patterns' verdicts on n's class and id
// together (Readability matches them on the two joined by a space, which
// none of their words holds).
func (r *renderer) unlikely(n *html.Node) bool {
	c, i := r.name(attr(n, "class")), r.name(attr(n, "id"))
	return (c.unlikely || i.unlikely) && !(c.maybe || i.maybe)
}

// headingNamedHeader reports whether n is a heading (h1–h6) that is
// unlikely only for "header" in its names ("header-anchor-post",
// "section-header"): there the word names the heading itself, not the
// page's header, which is what Readability's word is for.
func (r *renderer) headingNamedHeader(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
	default:
		return false
	}
	strip := func(v string) string { return strings.ReplaceAll(strings.ToLower(v), "header", "") }
	c, i := r.name(strip(attr(n, "class"))), r.name(strip(attr(n, "id")))
	return !c.unlikely && !i.unlikely
}

func (r *renderer) byline(n *html.Node) bool {
	c, i := r.name(attr(n, "class")), r.name(attr(n, "id"))
	return c.byline || i.byline
}

// builderTokens begin the class names that page builders and utility CSS
// put on every block, article text or not (an Elementor or SiteOrigin
// widget, a CKEditor widget, Tailwind's overflow-hidden): they say nothing
// of the block's worth, and give it no negative weight and no hint
// (hintsOf).
var builderTokens = []string{"elementor-", "so-widget", "so-panel", "widget_sow", "ck-widget", "overflow-", "textwidget"}

// builderFree is s, a name in lower case between spaces, without its
// page builders' tokens.
func builderFree(s string) string {
	if !containsAny(s, builderTokens) {
		return s
	}
	var b strings.Builder
	b.WriteByte(' ')
	for _, tok := range strings.Fields(s) {
		if !hasAnyPrefix(tok, builderTokens) {
			b.WriteString(tok)
			b.WriteByte(' ')
		}
	}
	return b.String()
}

func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// similarity is how much of b's words a holds, by length: 1 when b adds
// nothing to a.
func similarity(a, b string) float64 {
	split := func(s string) []string {
		return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	}
	ta, tb := split(a), split(b)
	if len(ta) == 0 || len(tb) == 0 {
		return 0
	}
	in := map[string]bool{}
	for _, w := range ta {
		in[w] = true
	}
	var uniq []string
	for _, w := range tb {
		if !in[w] {
			uniq = append(uniq, w)
		}
	}
	return 1 - float64(len(strings.Join(uniq, " ")))/float64(len(strings.Join(tb, " ")))
}

// keepRepeated makes roots of the items like the one holding best: when an
// ancestor of best (up to repeatLevels up) has repeatMin siblings or more
// of its tag and class, each with repeatText runes of text or more and
// under repeatLinks of it in links, they are the content too: the posts of
// a thread or the answers of a question, of which Readability's search
// keeps the longest. Not when that class names comments or other
// unlikely content (the cleaning would drop them; a page that declares
// itself a discussion keeps its replies by the classify rules).
func (r *renderer) keepRepeated(c *content, best *html.Node) {
	for a, level := best, 0; a != nil && a.Parent != nil && level < repeatLevels; a, level = a.Parent, level+1 {
		if a.DataAtom == atom.Body || r.info[a] == nil {
			return
		}
		cls := attr(a, "class")
		if cls == "" {
			continue
		}
		if f := r.name(cls); f.negative || f.unlikely {
			return // comments, replies: the cleaning would drop them
		}
		var items []*html.Node
		for s := a.Parent.FirstChild; s != nil; s = s.NextSibling {
			if s == a || s.Type != html.ElementNode || s.DataAtom != a.DataAtom || attr(s, "class") != cls {
				continue
			}
			if _, dropped := c.drop[s]; dropped {
				continue
			}
			si := r.info[s]
			if si == nil || int(si.tot.text) < repeatText || r.linkDensity(s) >= repeatLinks {
				continue
			}
			items = append(items, s)
		}
		if len(items) >= repeatMin {
			for _, s := range items {
				c.roots[s] = true
			}
			return
		}
	}
}

// The repeated items keepRepeated looks for: how far up from the best
// container, how many besides its own, and how much text, with how few
// links, each holds.
const (
	repeatLevels = 6
	repeatMin    = 2
	repeatText   = 100 // runes
	repeatLinks  = 0.3 // link density
)
