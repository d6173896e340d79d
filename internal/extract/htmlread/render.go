package htmlread

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/safi-app/safi/internal/doc"
)

// breaks gives the line breaks a block-level element asks for before and
// after its text, as innerText does: two around a paragraph, one around the
// others.
func breaks(a atom.Atom) int {
	switch a {
	case atom.P:
		return 2
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Body, atom.Caption,
		atom.Center, atom.Dd, atom.Details, atom.Dialog, atom.Dir, atom.Div, atom.Dl, atom.Dt,
		atom.Fieldset, atom.Figcaption, atom.Figure, atom.Footer, atom.Form, atom.H1, atom.H2, atom.H3,
		atom.H4, atom.H5, atom.H6, atom.Header, atom.Hgroup, atom.Hr, atom.Html, atom.Legend, atom.Li,
		atom.Listing, atom.Main, atom.Marquee, atom.Menu, atom.Nav, atom.Ol, atom.Plaintext, atom.Pre,
		atom.Search, atom.Section, atom.Summary, atom.Table, atom.Tbody, atom.Thead, atom.Tfoot, atom.Tr,
		atom.Ul, atom.Xmp:
		return 1
	}
	return 0
}

// embeds reports whether a is a skipped element Readability counts as
// embedded content.
func embeds(a atom.Atom) bool {
	switch a {
	case atom.Iframe, atom.Object, atom.Embed, atom.Video, atom.Audio:
		return true
	}
	return false
}

// preformatted reports whether a keeps its white space.
func preformatted(a atom.Atom) bool {
	switch a {
	case atom.Pre, atom.Listing, atom.Xmp, atom.Plaintext:
		return true
	}
	return false
}

// counts are the measures of an element's rendered text that the content
// search uses. They are 32-bit, as an input is at most 1 GB: an info is
// kept for every rendered element of the page.
type counts struct {
	link    float64 // runes inside links (links to "#…" count 0.3)
	text    int32   // runes of rendered text
	commas  int32
	p       int32 // paragraphs, including divs that hold no block
	img     int32
	li      int32
	input   int32
	embed   int32
	head    int32 // runes inside h1–h6
	textish int32 // runes inside span, li, td and block containers
	list    int32 // runes inside ul and ol
	tables  int32
}

func (c *counts) add(o *counts) {
	c.text += o.text
	c.link += o.link
	c.commas += o.commas
	c.p += o.p
	c.img += o.img
	c.li += o.li
	c.input += o.input
	c.embed += o.embed
	c.head += o.head
	c.textish += o.textish
	c.list += o.list
	c.tables += o.tables
}

func (c *counts) sub(o *counts) {
	c.text -= o.text
	c.link -= o.link
	c.commas -= o.commas
	c.p -= o.p
	c.img -= o.img
	c.li -= o.li
	c.input -= o.input
	c.embed -= o.embed
	c.head -= o.head
	c.textish -= o.textish
	c.list -= o.list
	c.tables -= o.tables
}

// info is what the renderer learned about one rendered element. Its
// offsets are 32-bit, as the counts are. It is the size of a node of the
// parse tree (112 bytes) and, as a node, holds a pointer, so that the
// memory of the text nodes the walk frees is reused by the infos it
// allocates (the allocator keeps objects with and without pointers apart).
type info struct {
	from, to   int32 // its rendered text is out[from:to]
	index      int32 // position in document order
	last       int32 // position in document order of its last descendant
	ownText    int32 // runes of its own text nodes,
	ownCommas  int32 // commas among them,
	ownEmbed   int32 // skipped children that embed content,
	scored     bool
	blockChild bool    // holds a block element (Readability's div-to-p test)
	hints      int16   // its own hints (ownHints): 0 not yet found, -1 none, else r.hintLists[hints-1]
	ownLink    float64 // and runes of its own text inside links (see counts)
	tot        counts  // of its whole subtree, per content attempt
	score      float64
	node       *html.Node // the element
}

// ownCounts are the counts of n's own text and skipped children, and of n
// itself: a paragraph, an image, a list item, a table, an input.
func ownCounts(n *html.Node, in *info) counts {
	c := counts{link: in.ownLink, text: in.ownText, commas: in.ownCommas, embed: in.ownEmbed}
	switch n.DataAtom {
	case atom.Img:
		c.img = 1
	case atom.Table:
		c.tables = 1
	case atom.Input:
		c.input = 1
	case atom.Li:
		c.li = 1
	case atom.P:
		c.p = 1
	case atom.Div:
		if !in.blockChild {
			c.p = 1 // Readability reads a div without blocks as a paragraph
		}
	}
	return c
}

// rawBlock is a block as rendered, before the Doc's blocks are built.
type rawBlock struct {
	start, end int          // content in out, before trimming
	owner      *html.Node   // nearest block-level element or cell
	lca        *html.Node   // nearest element holding all its text
	last       *html.Node   // element of the last text written
	parents    []*html.Node // elements holding its text, in order, without repeats in a row
	runes      int          // non-space runes
	linkRunes  int          // of which inside links
}

// span is a link's text in out.
type span struct{ start, end int }

// renderer renders a DOM to text like innerText, cutting it into blocks.
type renderer struct {
	out       []byte
	info      map[*html.Node]*info
	hintLists [][]string       // the elements' own hints, found once (ownHints), each list once
	hintIndex map[string]int16 // a list's place in hintLists, by its words joined
	order     []*html.Node     // rendered elements in document order
	body      *html.Node

	blocks    []rawBlock
	cur       int  // index of the open block, or -1
	pendBreak int  // line breaks owed before the next text
	pendSpace bool // a collapsed space owed before the next text
	pendTab   bool // a cell separator owed before the next text
	brRun     int  // <br>s since the last text in the open block
	pre       int  // depth of preformatted elements
	boxes     []*html.Node

	links     []span
	linkDepth int
	linkStart int
	linkW     float64
	curInfo   *info      // element whose own text is being written
	curNode   *html.Node // and that element

	dataTables map[*html.Node]bool  // isDataTable's answers
	nameCache  map[string]nameFlags // name's answers
	blockLen   [][2]int             // measureBlock's answers

	ends map[*html.Node]int // where ticker containers end in out, without infos

	// Without a tree (readStream), each block's signals are taken when it
	// is closed (closed is called with its index), and its owner let go.
	closed      func(i int)
	sigs        []*doc.Signals          // the signals of each block (the streamed reader)
	sigSet      map[sigKey]*doc.Signals // the signals made, each once
	blockTicker []*html.Node            // the ticker container of each block, or nil

	hints, landmarks []string            // signals' buffers
	key              []byte              // intern's
	interned         map[string][]string // the blocks' hints and landmarks
}

func newRenderer() *renderer {
	return &renderer{info: map[*html.Node]*info{}, cur: -1}
}

// newInfo returns a new zero info. Each is allocated on its own, to take
// the place of a text node freed by the walk.
func (r *renderer) newInfo() *info {
	return new(info)
}

// reserve sizes the renderer's storage for what prune found, so that none
// of it grows by copying (the copies would be garbage left between the
// tree's nodes): an entry for each element, the text plus room for line
// breaks, a block for each text node that is not white space.
func (r *renderer) reserve(z sizes) {
	r.info = make(map[*html.Node]*info, z.elements)
	r.order = make([]*html.Node, 0, z.elements)
	r.out = make([]byte, 0, z.text+z.text/8+64)
	r.blocks = make([]rawBlock, 0, z.texts+1)
}

// walk renders the tree under root. It is iterative, so that nesting depth
// cannot exhaust the stack. It consumes the tree: text and comments are
// taken out as they are rendered, and the content of elements that render
// nothing is cut off, so only the rendered elements are left.
func (r *renderer) walk(root *html.Node) {
	type frame struct {
		n     *html.Node
		leave bool
	}
	st := []frame{{n: root}}
	push := func(n *html.Node, closedDetails bool) {
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			if closedDetails && !(c.Type == html.ElementNode && c.DataAtom == atom.Summary) {
				continue
			}
			st = append(st, frame{n: c})
		}
	}
	for len(st) > 0 {
		f := st[len(st)-1]
		st = st[:len(st)-1]
		n := f.n
		if f.leave {
			r.leave(n)
			continue
		}
		switch n.Type {
		case html.DocumentNode:
			push(n, false)
		case html.TextNode:
			r.text(n)
			detach(n)
		case html.ElementNode:
			if isRemoved(n) {
				if embeds(n.DataAtom) {
					if pi := r.info[n.Parent]; pi != nil {
						pi.ownEmbed++
					}
				}
				// It stays as an element child of its parent, the content
				// search counts those, but nothing in it is looked at again.
				n.FirstChild, n.LastChild, n.Attr = nil, nil, nil
				continue
			}
			r.enter(n)
			st = append(st, frame{n: n, leave: true})
			push(n, n.DataAtom == atom.Details && !hasAttr(n, "open"))
		default:
			detach(n)
		}
	}
	r.close()
}

// detach takes n, a text node or comment already rendered, out of the
// tree, so that the memory of the text can be reused while the rest is
// rendered: after the walk only elements are looked at.
func detach(n *html.Node) {
	if n.Parent != nil {
		n.Parent.RemoveChild(n)
	}
}

// prune readies the tree under root for the walk once the metadata is
// read, freeing what the walk would pass over: comments go; elements that
// render nothing (removeRules) keep neither content nor attributes but
// removedMark, so that the walk still passes over them; the
// others keep only the attributes looked at later — by the content search
// and the blocks' signals (class, id, role, …), whether a <details> is
// open, and of an href only whether it is one to "#…". The values of the
// others (URLs, sources, styles, data) are most of a page's attributes.
//
// It returns how much there is to render: its sizes.
func prune(root *html.Node) (z sizes) {
	st := []*html.Node{root}
	for len(st) > 0 {
		n := st[len(st)-1]
		st = st[:len(st)-1]
		switch n.Type {
		case html.TextNode:
			z.text += len(n.Data)
			if strings.TrimLeft(n.Data, " \t\n\r\f") != "" {
				z.texts++
			}
			continue
		case html.ElementNode:
			if removed(n) {
				n.FirstChild, n.LastChild, n.Attr = nil, nil, removedMark
				continue
			}
			trimAttrs(n)
			z.elements++
		case html.DocumentNode:
		default:
			detach(n)
			continue
		}
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			st = append(st, c)
		}
	}
	return z
}

// sizes are what prune found to render: elements, bytes of text, and text
// nodes that are not only white space (about one block each).
type sizes struct{ elements, text, texts int }

// removedMark are the attributes prune leaves an element removeRules
// remove, by which the walk knows it: the same array, never written.
var removedMark = []html.Attribute{{Key: "hidden"}}

// isRemoved reports whether prune removed n.
func isRemoved(n *html.Node) bool {
	return len(n.Attr) == 1 && &n.Attr[0] == &removedMark[0]
}

// trimAttrs leaves n only the attributes keptAttr names, with an href's
// value cut to "#" for a link to a fragment and "" for the others.
func trimAttrs(n *html.Node) {
	k, same := 0, true
	for _, a := range n.Attr {
		if keptAttr(a.Key) {
			k++
			same = same && (a.Key != "href" || a.Val == hrefKind(a.Val))
		}
	}
	if k == len(n.Attr) && same {
		return
	}
	var kept []html.Attribute
	if k > 0 {
		kept = make([]html.Attribute, 0, k)
		for _, a := range n.Attr {
			if keptAttr(a.Key) {
				if a.Key == "href" {
					a.Val = hrefKind(a.Val)
				}
				kept = append(kept, html.Attribute{Key: a.Key, Val: a.Val})
			}
		}
	}
	n.Attr = kept
}

// hrefKind is what trimAttrs keeps of an href: "#" for a link to a
// fragment of the page, "" for the others.
func hrefKind(href string) string {
	if strings.HasPrefix(href, "#") {
		return "#"
	}
	return ""
}

// keptAttr reports whether trimAttrs keeps attributes named key.
func keptAttr(key string) bool {
	switch key {
	case "class", "id", "role", "rel", "itemprop", "aria-modal", "summary", "datatable", "href", "open":
		return true
	}
	return false
}

func (r *renderer) enter(n *html.Node) {
	in := r.newInfo()
	in.from, in.index, in.node = int32(len(r.out)), int32(len(r.order)), n
	r.info[n] = in
	r.order = append(r.order, n)
	if n.DataAtom == atom.Body && r.body == nil {
		r.body = n
	}
	afterCell := false
	if n.DataAtom == atom.Td || n.DataAtom == atom.Th {
		for s := n.PrevSibling; s != nil; s = s.PrevSibling {
			if s.Type == html.ElementNode && (s.DataAtom == atom.Td || s.DataAtom == atom.Th) {
				afterCell = true
				break
			}
		}
	}
	r.start(n, afterCell)
}

// start renders the opening of element n: the line breaks or the cell
// separator it asks for (afterCell: a cell follows another in its row),
// and it opens a link or a preformatted run.
func (r *renderer) start(n *html.Node, afterCell bool) {
	switch n.DataAtom {
	case atom.Br:
		r.br()
	case atom.Td, atom.Th:
		if afterCell {
			r.pendTab = true
		}
		r.boxes = append(r.boxes, n)
	case atom.A:
		if hasAttr(n, "href") {
			if r.linkDepth == 0 {
				r.linkStart = -1
				r.linkW = 1
				if hrefKind(attr(n, "href")) == "#" {
					r.linkW = 0.3
				}
			}
			r.linkDepth++
		}
	}
	if k := breaks(n.DataAtom); k > 0 {
		r.requestBreak(k)
		r.boxes = append(r.boxes, n)
	}
	if preformatted(n.DataAtom) {
		r.pre++
	}
}

func (r *renderer) leave(n *html.Node) {
	in := r.info[n]
	r.end(n)
	in.to = int32(len(r.out))
	in.last = int32(len(r.order) - 1)
	if p := r.info[n.Parent]; p != nil && (in.blockChild || blockish(n.DataAtom)) {
		p.blockChild = true
	}
}

// end renders the closing of element n, as start its opening.
func (r *renderer) end(n *html.Node) {
	switch n.DataAtom {
	case atom.Td, atom.Th:
		r.popBox(n)
		if r.cur >= 0 && r.blocks[r.cur].owner == n {
			r.blocks[r.cur].owner = r.top()
		}
	case atom.A:
		if hasAttr(n, "href") && r.linkDepth > 0 {
			r.linkDepth--
			if r.linkDepth == 0 && r.linkStart >= 0 {
				r.links = append(r.links, span{r.linkStart, len(r.out)})
			}
		}
	}
	if k := breaks(n.DataAtom); k > 0 {
		r.requestBreak(k)
		r.popBox(n)
	}
	if preformatted(n.DataAtom) {
		r.pre--
	}
}

// blockish reports whether a is an element whose presence keeps
// Readability from reading a div as a paragraph.
func blockish(a atom.Atom) bool {
	switch a {
	case atom.Blockquote, atom.Dl, atom.Div, atom.Img, atom.Ol, atom.P, atom.Pre, atom.Table, atom.Ul,
		atom.Section, atom.Article, atom.Header, atom.Footer, atom.Nav, atom.Aside, atom.H1, atom.H2,
		atom.H3, atom.H4, atom.H5, atom.H6, atom.Figure, atom.Form, atom.Main, atom.Hr:
		return true
	}
	return false
}

func (r *renderer) top() *html.Node {
	if len(r.boxes) == 0 {
		return nil
	}
	return r.boxes[len(r.boxes)-1]
}

func (r *renderer) popBox(n *html.Node) {
	if k := len(r.boxes); k > 0 && r.boxes[k-1] == n {
		r.boxes = r.boxes[:k-1]
	}
}

func (r *renderer) requestBreak(k int) {
	if k > r.pendBreak {
		r.pendBreak = k
	}
	r.pendSpace = false
	r.pendTab = false
}

func (r *renderer) br() {
	if r.pre > 0 {
		r.put('\n', true)
		return
	}
	if r.cur < 0 || r.pendBreak > 0 {
		return
	}
	r.out = append(r.out, '\n')
	r.pendSpace = false
	r.brRun++
	if r.brRun >= 2 { // an empty line: the text after it is a new block
		r.close()
	}
}

func (r *renderer) text(n *html.Node) {
	r.curInfo, r.curNode = r.info[n.Parent], n.Parent
	r.render(n.Data)
	r.curInfo, r.curNode = nil, nil
}

// render renders the text s of a text node, collapsing white space as
// innerText does outside preformatted elements.
func (r *renderer) render(s string) {
	for len(s) > 0 {
		c, size := utf8.DecodeRuneInString(s)
		s = s[size:]
		if r.pre > 0 {
			r.put(c, c == '\n' || c == ' ' || c == '\t' || c == '\r')
			continue
		}
		switch c {
		case ' ', '\t', '\n', '\r', '\f':
			if r.cur >= 0 && r.pendBreak == 0 && len(r.out) > 0 && r.out[len(r.out)-1] != '\n' {
				r.pendSpace = true
			}
			continue
		}
		r.put(c, false)
	}
}

// put writes one rune of content, opening a block and paying the breaks,
// tab or space owed before it.
func (r *renderer) put(c rune, space bool) {
	if c == 0 {
		c = utf8.RuneError
	}
	if r.cur < 0 || r.pendBreak > 0 {
		if space && r.pre == 0 {
			return
		}
		r.open()
	}
	if r.pendTab {
		r.out = append(r.out, '\t')
	} else if r.pendSpace {
		r.out = append(r.out, ' ')
	}
	r.pendTab, r.pendSpace = false, false
	if r.linkDepth > 0 && r.linkStart < 0 && !space {
		r.linkStart = len(r.out)
	}
	r.out = utf8.AppendRune(r.out, c)
	in := r.curInfo
	if in != nil {
		in.ownText++
		if c == ',' || c == '،' || c == '，' || c == '﹐' {
			in.ownCommas++
		}
	}
	if !space {
		r.brRun = 0
		b := &r.blocks[r.cur]
		if b.last != r.curNode && r.curNode != nil {
			b.last = r.curNode
			b.lca = commonAncestor(b.lca, r.curNode)
			b.parents = append(b.parents, r.curNode)
		}
		b.runes++
		if r.linkDepth > 0 {
			b.linkRunes++
			if in != nil {
				in.ownLink += r.linkW
			}
		}
	}
}

// open closes the open block and starts a new one at the next rune, after
// the line breaks owed.
func (r *renderer) open() {
	r.close()
	if len(r.out) > 0 {
		have := 0
		for i := len(r.out) - 1; i >= 0 && r.out[i] == '\n'; i-- {
			have++
		}
		for need := max(r.pendBreak, 1); have < need; have++ {
			r.out = append(r.out, '\n')
		}
	}
	r.pendBreak, r.pendSpace, r.pendTab, r.brRun = 0, false, false, 0
	r.blocks = append(r.blocks, rawBlock{start: len(r.out), owner: r.top()})
	r.cur = len(r.blocks) - 1
}

// close ends the open block, if any.
func (r *renderer) close() {
	if r.cur >= 0 {
		r.blocks[r.cur].end = len(r.out)
		if r.closed != nil {
			r.closed(r.cur)
		}
		r.cur = -1
	}
}

// commonAncestor is the nearest element holding both a and n; a may be nil.
func commonAncestor(a, n *html.Node) *html.Node {
	if a == nil {
		return n
	}
	depth := func(x *html.Node) int {
		d := 0
		for ; x != nil; x = x.Parent {
			d++
		}
		return d
	}
	da, dn := depth(a), depth(n)
	for ; da > dn; da-- {
		a = a.Parent
	}
	for ; dn > da; dn-- {
		n = n.Parent
	}
	for a != n {
		a, n = a.Parent, n.Parent
	}
	return a
}
