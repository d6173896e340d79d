package htmlread

import (
	"bytes"
	"strings"
	"unsafe"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/safi-app/safi/internal/doc"
	"github.com/safi-app/safi/internal/extract/textread"
)

// StreamAbove is the size in bytes above which Read reads a page as it
// tokenizes it, without building its tree (readStream): the tree of a page
// dense in markup takes five to ten times the page, the stream about three
// (issue 8: at most five times the input). What a page read so loses is
// the search for its main content: no block is "main", and none is named
// by why the search dropped it; a block is "outside" in a <nav>, <aside>
// or <footer>, a menu or a cookie banner, and is left to the text rules
// otherwise (the dev corpus read as streams: F1 0.952, against 0.994
// through the tree; titles exact 27 of 44, against 44). Tickers are still
// joined. The nesting is the tokens', with the common implied end tags (p,
// li, dt, dd, tr, td, th, option) but without the rest of the HTML parsing
// algorithm (misnested formatting, tables' foster parents), and the
// metadata is read from the page's first 256 KB.
const StreamAbove = 4 << 20

// metaLimit is how many bytes of a streamed page are parsed for its
// metadata: its head and the start of its body, where bylines and dates
// are.
const metaLimit = 256 << 10

// readStream is Read for a page over StreamAbove: the tokens rendered as
// they come, each element kept only while blocks need its signals.
func readStream(src []byte) *doc.Doc {
	in := decode(src)
	counted := textread.Count(in)
	in = bytes.TrimPrefix(in, []byte("\xEF\xBB\xBF"))
	if bytes.HasPrefix(in, []byte("Version:")) {
		if i := bytes.IndexByte(in, '<'); i >= 0 {
			in = in[i:]
		}
	}
	var meta doc.Meta
	if root, err := parse(in[:min(len(in), metaLimit)]); err == nil {
		meta = readMeta(root)
	}
	s := &streamer{r: &renderer{cur: -1, ends: map[*html.Node]int{}}}
	s.r.closed = s.closed
	s.r.out = make([]byte, 0, len(in)*3/5)
	s.run(in)
	d := &doc.Doc{Src: s.r.out, Format: "html", Meta: meta}
	s.r.blocksOf(d, func(_ *rawBlock, b *doc.Block) string { return streamRegion(b) })
	d.Facts = facts(len(src), counted, d.Src)
	d.Facts.Streamed = true
	return d
}

// streamRegion is the Region of a streamed block: "outside" in a <nav>,
// <aside> or <footer> (a header is not enough: an article's own header
// holds its title) or a menu or cookie banner by its names, "" (the text
// rules decide) otherwise. The other widget names (related, share,
// comment, ad…) are left out: on the dev corpus read as streams they
// marked article text too (F1 0.905 with them, 0.952 without).
func streamRegion(b *doc.Block) string {
	for _, l := range b.Sig().Landmarks {
		switch l {
		case "nav", "aside", "footer":
			return RegionOutside
		}
	}
	for _, h := range b.Sig().Hints {
		switch h {
		case "nav", "menu", "cookie", "consent":
			return RegionOutside
		}
	}
	return ""
}

// maxStreamDepth is the deepest the stream nests elements: a start tag
// deeper is read as if it were not there, its content going to its parent,
// as Read's parser does past 512 (the signals of a block are read from its
// ancestors). maxScan is how many open elements, from the innermost, an
// end tag or an implied end looks through for its element: each is read in
// bounded time, however deep the page.
const (
	maxStreamDepth = 256
	maxScan        = 256
)

// streamer renders a page from its tokens. Its stack holds the open
// elements as nodes with only Parent set (and the attributes the signals
// read), so that an element no block is owned by is garbage once closed.
type streamer struct {
	r        *renderer
	stack    []frame
	root     *html.Node // the parent of the outermost elements
	afterPre bool       // the last token opened a <pre> or <listing>
}

// frame is an open element.
type frame struct {
	n         *html.Node
	skip      bool // renders nothing (itself or an ancestor)
	closed    bool // a closed <details>: only its summary renders
	cells     bool // has had a td or th child
	tickerish bool // may be a ticker container: its end is recorded
}

func (s *streamer) run(page []byte) {
	s.root = &html.Node{Type: html.ElementNode, DataAtom: atom.Body, Data: "body"}
	z := html.NewTokenizer(bytes.NewReader(page))
	for {
		tt := z.Next()
		afterPre := s.afterPre
		s.afterPre = false
		switch tt {
		case html.ErrorToken:
			for len(s.stack) > 0 {
				s.pop()
			}
			s.r.close()
			return
		case html.TextToken:
			if s.skipping() {
				continue
			}
			t := z.Text()
			if afterPre {
				t = bytes.TrimPrefix(t, []byte("\n")) // as the parser drops it
			}
			if bytes.IndexByte(t, 0) >= 0 {
				t = bytes.ReplaceAll(t, []byte{0}, nil) // as the parser drops them in a body
			}
			if len(t) > 0 {
				// A view of the tokenizer's buffer: render keeps nothing of it.
				s.r.render(unsafe.String(&t[0], len(t)))
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			var attrs []html.Attribute
			for more := hasAttr; more; {
				var k, v []byte
				k, v, more = z.TagAttr()
				switch string(k) {
				case "class", "id", "role", "hidden", "aria-hidden", "style", "type", "open", "href":
					// What hidden, the signals and the renderer read.
					attrs = append(attrs, html.Attribute{Key: string(k), Val: string(v)})
				}
			}
			s.startTag(name, attrs)
		case html.EndTagToken:
			name, _ := z.TagName()
			s.endTag(name)
		}
	}
}

// skipping reports whether text here renders nothing.
func (s *streamer) skipping() bool {
	if len(s.stack) == 0 {
		return false
	}
	f := &s.stack[len(s.stack)-1]
	return f.skip || f.closed
}

func (s *streamer) top() *html.Node {
	if len(s.stack) == 0 {
		return s.root
	}
	return s.stack[len(s.stack)-1].n
}

// inHead lists what the head holds: any other element ends it.
func inHead(a atom.Atom) bool {
	switch a {
	case atom.Meta, atom.Link, atom.Title, atom.Style, atom.Script, atom.Base, atom.Noscript, atom.Template:
		return true
	}
	return false
}

func (s *streamer) startTag(name []byte, attrs []html.Attribute) {
	a := atom.Lookup(name)
	data := a.String()
	if a == 0 {
		data = string(name)
	}
	switch a {
	case atom.Html:
		return
	case atom.Body:
		// The head ends, and anything left open in it; a second body is
		// ignored.
		for i := 0; i < len(s.stack) && i < 2; i++ { // the head is outermost
			if s.stack[i].n.DataAtom == atom.Head {
				for len(s.stack) > i {
					s.pop()
				}
				break
			}
		}
		return
	}
	if t := s.topAtom(); t == atom.Head && !inHead(a) {
		s.pop() // the head ends where the page's content starts
	}
	s.implyEnds(a)
	n := &html.Node{Type: html.ElementNode, DataAtom: a, Data: data, Parent: s.top(), Attr: attrs}
	skip := len(s.stack) > 0 && s.stack[len(s.stack)-1].skip || removed(n) ||
		len(s.stack) > 0 && s.stack[len(s.stack)-1].closed && a != atom.Summary
	if voidElements(a) {
		if !skip {
			s.r.start(n, false)
			s.r.end(n)
		}
		return
	}
	if len(s.stack) >= maxStreamDepth {
		return // flattened into its parent, as Read's flatten does
	}
	f := frame{n: n, skip: skip, closed: a == atom.Details && !hasAttr(n, "open")}
	s.afterPre = !skip && (a == atom.Pre || a == atom.Listing)
	if !skip {
		afterCell := false
		if (a == atom.Td || a == atom.Th) && len(s.stack) > 0 {
			p := &s.stack[len(s.stack)-1]
			afterCell, p.cells = p.cells, true
		}
		n.Attr = signalAttrs(attrs)
		f.tickerish = a == atom.Marquee || hasTickerHint(n)
		s.r.start(n, afterCell)
	}
	s.stack = append(s.stack, f)
}

// signalAttrs are the attributes of attrs the blocks' signals read:
// class, id and role (those of a link decide nothing once it is open).
func signalAttrs(attrs []html.Attribute) []html.Attribute {
	var kept []html.Attribute
	for _, a := range attrs {
		switch a.Key {
		case "class", "id", "role":
			kept = append(kept, a)
		}
	}
	return kept
}

// hasTickerHint reports whether n names itself a ticker.
func hasTickerHint(n *html.Node) bool {
	var buf [8]string
	for _, h := range hintsOf(buf[:0], n) {
		if tickerHints[h] {
			return true
		}
	}
	return false
}

func (s *streamer) topAtom() atom.Atom {
	if len(s.stack) == 0 {
		return 0
	}
	return s.stack[len(s.stack)-1].n.DataAtom
}

// implyEnds closes the elements a start tag a closes: an open paragraph
// before a block, the previous item of a list, cell or row of a table.
func (s *streamer) implyEnds(a atom.Atom) {
	until := func(stop ...atom.Atom) func(f *frame) bool {
		return func(f *frame) bool {
			for _, x := range stop {
				if f.n.DataAtom == x {
					return true
				}
			}
			return false
		}
	}
	switch a {
	case atom.Li:
		s.closeOpen(atom.Li, until(atom.Ul, atom.Ol, atom.Menu, atom.Table))
	case atom.Dt, atom.Dd:
		s.closeOpen(atom.Dd, until(atom.Dl, atom.Table))
		s.closeOpen(atom.Dt, until(atom.Dl, atom.Table))
	case atom.Tr:
		s.closeOpen(atom.Tr, until(atom.Table))
	case atom.Td, atom.Th:
		s.closeOpen(atom.Td, until(atom.Tr, atom.Table))
		s.closeOpen(atom.Th, until(atom.Tr, atom.Table))
	case atom.Option:
		s.closeOpen(atom.Option, until(atom.Select))
	}
	if a == atom.P || breaks(a) > 0 && a != atom.Li && a != atom.Td && a != atom.Th && a != atom.Tr {
		s.closeOpen(atom.P, until(atom.Table, atom.Td, atom.Th, atom.Button))
	}
	if s.isHeading(s.topAtom()) && s.isHeading(a) {
		s.pop() // a heading does not hold another
	}
}

func (s *streamer) isHeading(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// closeOpen closes the open element a and those opened inside it, if it
// is open above the nearest element stop accepts, among the innermost
// maxScan.
func (s *streamer) closeOpen(a atom.Atom, stop func(f *frame) bool) {
	for i := len(s.stack) - 1; i >= 0 && i >= len(s.stack)-maxScan; i-- {
		f := &s.stack[i]
		if f.n.DataAtom == a {
			for len(s.stack) > i {
				s.pop()
			}
			return
		}
		if stop(f) {
			return
		}
	}
}

func (s *streamer) endTag(name []byte) {
	a := atom.Lookup(name)
	switch a {
	case atom.Br:
		if !s.skipping() {
			n := &html.Node{Type: html.ElementNode, DataAtom: a, Data: "br", Parent: s.top()}
			s.r.start(n, false) // </br> is read as <br>
		}
		return
	case atom.Html, atom.Body:
		return
	}
	for i := len(s.stack) - 1; i >= 0 && i >= len(s.stack)-maxScan; i-- {
		if n := s.stack[i].n; n.DataAtom == a && (a != 0 || strings.EqualFold(n.Data, string(name))) {
			for len(s.stack) > i {
				s.pop()
			}
			return
		}
	}
	if a == atom.P && !s.skipping() {
		// </p> with no paragraph open is an empty paragraph.
		n := &html.Node{Type: html.ElementNode, DataAtom: a, Data: "p", Parent: s.top()}
		s.r.start(n, false)
		s.r.end(n)
	}
}

// pop closes the innermost open element.
func (s *streamer) pop() {
	f := s.stack[len(s.stack)-1]
	s.stack = s.stack[:len(s.stack)-1]
	if f.skip {
		return
	}
	s.r.end(f.n)
	if f.tickerish {
		s.r.ends[f.n] = len(s.r.out)
	}
}

// closed takes the signals of block i, just closed, and lets its owner go:
// the elements no open element or block needs are then garbage.
func (s *streamer) closed(i int) {
	r := s.r
	rb := &r.blocks[i]
	r.sigs = append(r.sigs, r.signals(rb.owner))
	r.blockTicker = append(r.blockTicker, r.tickerOf(rb.owner))
	rb.owner = nil
}
