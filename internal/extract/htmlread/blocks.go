package htmlread

import (
	"slices"
	"sort"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/safi-app/safi/internal/doc"
	"github.com/safi-app/safi/internal/extract/textread"
	"github.com/safi-app/safi/internal/extract/ticker"
)

// Regions a block can be in, besides the reasons content.clean gives.
const (
	RegionMain    = "main"    // inside the main content
	RegionOutside = "outside" // outside it
	RegionTicker  = "ticker"  // a ticker container
)

// tickerHints are the hints that make a container a ticker candidate.
var tickerHints = map[string]bool{"ticker": true, "marquee": true, "breaking": true}

// finish builds d.Blocks from the rendered blocks: trimmed text, the DOM's
// signals and the content verdict c; ticker containers become one block
// each.
//
// The infos of the elements go first, before the blocks take their memory:
// past the content search, the blocks need only the tree, c and where each
// ticker container's text ends.
func (r *renderer) finish(d *doc.Doc, c *content) {
	r.blocksOf(d, func(rb *rawBlock, _ *doc.Block) string { return c.blockVerdict(rb) })
}

// blocksOf builds d.Blocks from the rendered blocks, with region giving
// each block's Region once its other signals are set; ticker containers
// become one block each. The end of each ticker container's text is in
// r.info, or else in r.ends.
func (r *renderer) blocksOf(d *doc.Doc, region func(rb *rawBlock, b *doc.Block) string) {
	tickers := make([]*html.Node, len(r.blocks))
	ends := r.ends
	if ends == nil {
		ends = map[*html.Node]int{}
	}
	for i := range r.blocks {
		t := r.tickerOf(r.blocks[i].owner)
		if r.blockTicker != nil {
			t = r.blockTicker[i]
		}
		if t != nil {
			tickers[i] = t
			if in := r.info[t]; in != nil {
				ends[t] = int(in.to)
			}
		}
	}
	r.info, r.order, r.blockLen, r.dataTables = nil, nil, nil, nil

	// The ticker containers that are tickers first, and so how many blocks
	// there are, so that d.Blocks is made once.
	type joined struct {
		last  int // the last rendered block joined
		block doc.Block
	}
	joins := map[int]joined{}
	notTicker := map[*html.Node]bool{}
	n := 0
	for i := 0; i < len(r.blocks); i++ {
		if ts, te := trim(r.out, r.blocks[i].start, r.blocks[i].end); ts >= te {
			continue
		}
		n++
		if t := tickers[i]; t != nil && !notTicker[t] {
			if j, b, ok := r.ticker(t, ends[t], i); ok {
				joins[i] = joined{j, b}
				i = j
				continue
			}
			notTicker[t] = true // its other blocks need no second look
		}
	}
	d.Blocks = make([]doc.Block, 0, n)
	for i := 0; i < len(r.blocks); i++ {
		rb := r.blocks[i]
		ts, te := trim(r.out, rb.start, rb.end)
		if ts >= te {
			continue
		}
		if jb, ok := joins[i]; ok {
			d.Blocks = append(d.Blocks, jb.block)
			i = jb.last
			continue
		}
		b := doc.Block{Start: ts, End: te, TextStart: ts, TextEnd: te, Text: r.view(ts, te)}
		if rb.runes > 0 {
			b.LinkDensity = float64(rb.linkRunes) / float64(rb.runes)
		}
		if r.sigs != nil {
			b.HTML = r.sigs[i]
		} else {
			b.HTML = r.signals(rb.owner)
		}
		b.Region = region(&rb, &b)
		d.Blocks = append(d.Blocks, b)
	}
	textread.Tile(d)
}

// view is the rendered text out[start:end] as a string sharing out's
// memory: the blocks' texts are views of Doc.Src, as the text reader's are
// of its input, and out is not written once the blocks are made.
func (r *renderer) view(start, end int) string {
	if start >= end {
		return ""
	}
	return unsafe.String(&r.out[start], end-start)
}

// intern returns a slice equal to s, shared with every other block whose
// hints (or landmarks) are the same: most blocks of a page share their
// ancestors' few. The slices returned are full, so that appending to one
// cannot change another.
func (r *renderer) intern(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	r.key = r.key[:0]
	for _, x := range s {
		r.key = append(r.key, x...)
		r.key = append(r.key, 0)
	}
	if v, ok := r.interned[string(r.key)]; ok {
		return v
	}
	if r.interned == nil {
		r.interned = map[string][]string{}
	}
	v := slices.Clip(slices.Clone(s))
	r.interned[string(r.key)] = v
	return v
}

// signals returns what a block's owner and its ancestors say about it,
// the same *doc.Signals for blocks they say the same of.
func (r *renderer) signals(owner *html.Node) *doc.Signals {
	var b doc.Signals
	b.Tag = "body"
	if owner != nil {
		b.Tag = owner.Data
	}
	b.Hints, b.Landmarks = r.hints[:0], r.landmarks[:0]
	for a := owner; a != nil && a.Type == html.ElementNode; a = a.Parent {
		switch a.DataAtom {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			if b.Heading == 0 {
				b.Heading = int(a.Data[1] - '0')
			}
		case atom.Li, atom.Ul, atom.Ol, atom.Dl, atom.Menu, atom.Dd, atom.Dt:
			b.InList = true
		case atom.Body, atom.Html:
			continue
		}
		b.Landmarks = landmarksOf(b.Landmarks, a)
		b.Hints = append(b.Hints, r.ownHints(a)...)
	}
	r.hints, r.landmarks = b.Hints, b.Landmarks // reused by the next block
	b.Hints = r.intern(uniq(b.Hints))
	b.Landmarks = r.intern(uniq(b.Landmarks))
	// Hints and landmarks are interned, so the same lists are the same
	// arrays.
	k := sigKey{b.Tag, b.Heading, b.InList, unsafe.SliceData(b.Hints), unsafe.SliceData(b.Landmarks), len(b.Hints), len(b.Landmarks)}
	sg, ok := r.sigSet[k]
	if !ok {
		if r.sigSet == nil {
			r.sigSet = map[sigKey]*doc.Signals{}
		}
		sg = new(doc.Signals)
		*sg = b
		r.sigSet[k] = sg
	}
	return sg
}

// sigKey tells apart the signals of blocks.
type sigKey struct {
	tag                string
	heading            int
	inList             bool
	hints, landmarks   *string
	nHints, nLandmarks int
}

// blockVerdict is the content verdict for a block: that of the element
// holding all its text, unless each piece of its text lies in an element
// dropped from the main content (a row of buttons in a div).
func (c *content) blockVerdict(rb *rawBlock) string {
	v := c.verdict(firstNonNil(rb.lca, rb.owner))
	if v != RegionMain || len(rb.parents) < 2 {
		return v
	}
	first := ""
	for _, p := range rb.parents {
		w := c.verdict(p)
		if w == RegionMain {
			return v
		}
		if first == "" {
			first = w
		}
	}
	return first
}

// verdict is the content verdict for text owned by n.
func (c *content) verdict(n *html.Node) string {
	reason := ""
	for a := n; a != nil; a = a.Parent {
		if why, ok := c.drop[a]; ok && reason == "" {
			reason = why
		}
		if c.roots[a] {
			if reason != "" {
				return reason
			}
			return RegionMain
		}
	}
	return RegionOutside
}

// tickerOf is the nearest ancestor of n (or n) that names itself a ticker,
// or nil.
func (r *renderer) tickerOf(n *html.Node) *html.Node {
	for a := n; a != nil && a.Type == html.ElementNode; a = a.Parent {
		if a.DataAtom == atom.Body || a.DataAtom == atom.Html {
			return nil
		}
		if a.DataAtom == atom.Marquee {
			return a
		}
		for _, h := range r.ownHints(a) {
			if tickerHints[h] {
				return a
			}
		}
	}
	return nil
}

// ticker joins the rendered blocks from i on that lie in the ticker
// container t, whose text ends at end in out, into one block whose segments are its links (or its items,
// when it has fewer than two links). It returns the index of the last
// block joined, and ok=false when t does not look like a ticker: too few
// items, or items as long as paragraphs.
func (r *renderer) ticker(t *html.Node, end, i int) (int, doc.Block, bool) {
	j := i
	for j+1 < len(r.blocks) && r.blocks[j+1].start < end {
		j++
	}
	ts, _ := trim(r.out, r.blocks[i].start, r.blocks[i].end)
	_, te := trim(r.out, r.blocks[j].start, r.blocks[j].end)
	var segs []doc.Segment
	runes, linkRunes := 0, 0
	for k := i; k <= j; k++ {
		runes += r.blocks[k].runes
		linkRunes += r.blocks[k].linkRunes
	}
	// The links are in the order of their text: those in the container
	// are found by a binary search, not by looking at every link of the
	// page for each container.
	first := sort.Search(len(r.links), func(k int) bool { return r.links[k].start >= ts })
	for _, l := range r.links[first:] {
		if l.start >= te {
			break
		}
		if l.end <= te {
			if s, e := trim(r.out, l.start, l.end); s < e {
				segs = append(segs, doc.Segment{Text: r.view(s, e), Start: s, End: e})
			}
		}
	}
	if len(segs) < 2 {
		segs = segs[:0]
		for k := i; k <= j; k++ {
			s, e := trim(r.out, r.blocks[k].start, r.blocks[k].end)
			if s >= e {
				continue
			}
			// One run of text: headlines set apart by runs of spaces or
			// by a repeated symbol, as the text reader splits them.
			if spans, kind := ticker.Split(r.view(s, e)); kind != ticker.None {
				for _, sp := range spans {
					segs = append(segs, doc.Segment{Text: r.view(s+sp.Start, s+sp.End), Start: s + sp.Start, End: s + sp.End})
				}
				continue
			}
			segs = append(segs, doc.Segment{Text: r.view(s, e), Start: s, End: e})
		}
	}
	// Headlines are short and, unless they are links, rarely sentences.
	marquee := t.DataAtom == atom.Marquee
	if len(segs) < 2 && !marquee || runes/max(len(segs), 1) > 150 {
		return 0, doc.Block{}, false
	}
	if !marquee && linkRunes*2 < runes {
		stops := 0
		for _, sg := range segs {
			if sentenceEnd(sg.Text) {
				stops++
			}
		}
		if stops*2 > len(segs) {
			return 0, doc.Block{}, false
		}
	}
	b := doc.Block{Start: ts, End: te, TextStart: ts, TextEnd: te, Text: r.view(ts, te), Segments: segs}
	if runes > 0 {
		b.LinkDensity = float64(linkRunes) / float64(runes)
	}
	b.HTML = r.signals(t)
	b.Region = RegionTicker
	return j, b, true
}

// trim returns [start,end) of p without surrounding white space.
func trim(p []byte, start, end int) (int, int) {
	for start < end {
		c, n := utf8.DecodeRune(p[start:end])
		if !unicode.IsSpace(c) {
			break
		}
		start += n
	}
	for end > start {
		c, n := utf8.DecodeLastRune(p[start:end])
		if !unicode.IsSpace(c) {
			break
		}
		end -= n
	}
	return start, end
}

func firstNonNil(a, b *html.Node) *html.Node {
	if a != nil {
		return a
	}
	return b
}

// sentenceEnd reports whether s ends like a sentence.
func sentenceEnd(s string) bool {
	c, _ := utf8.DecodeLastRuneInString(s)
	switch c {
	case '.', '!', '?', '؟', '。', '…':
		return true
	}
	return false
}
