package htmlread

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/safi-app/safi/internal/doc"
	"github.com/safi-app/safi/internal/extract/textread"
)

// ErrParse is returned, wrapped, when the page cannot be parsed even after
// its nesting has been flattened.
var ErrParse = errors.New("htmlread: cannot parse the page")

// maxDepths are the nesting limits tried, in turn, on a page the parser
// rejects: x/net/html refuses more than 512 open elements, so deeper
// elements are flattened into their ancestor at these depths.
var maxDepths = []int{256, 64}

// Read parses src as HTML and returns its rendered text cut into blocks,
// with the DOM's signals on each block and the page's metadata in Meta.
// Offsets count bytes of Doc.Src, the rendered text. The error, if any,
// wraps ErrParse.
//
// The memory it holds at its peak, besides src, is the parse tree and what
// the content search learns about each element (about three times src for
// a page dense in markup): the tree is consumed as it is rendered, and the
// blocks' texts share the rendered text's memory.
func Read(src []byte) (*doc.Doc, error) {
	if len(src) > StreamAbove {
		return readStream(src), nil
	}
	in := decode(src)
	counted := textread.Count(in)
	root, err := parse(in)
	if err != nil {
		return nil, err
	}
	in = nil // a decoded copy of src can go
	d := render(root)
	d.Facts = facts(len(src), counted, d.Src)
	if len(d.Src) < noscriptBelow && hasNoscript(src) {
		// A page that renders client-side may give its text, to clients
		// without scripts, only inside <noscript> (a Discourse forum's
		// thread): read that when the page shows next to nothing.
		if root, err := html.ParseWithOptions(bytes.NewReader(decode(src)), html.ParseOptionEnableScripting(false)); err == nil {
			unwrapNoscript(root)
			if d2 := render(root); len(d2.Src) >= max(noscriptBelow, 2*len(d.Src)) {
				d2.Facts = facts(len(src), counted, d2.Src)
				return d2, nil
			}
		}
	}
	return d, nil
}

// render renders a parsed page into a Doc, without its Facts.
func render(root *html.Node) *doc.Doc {
	meta := readMeta(root)
	r := newRenderer()
	r.reserve(prune(root))
	r.walk(root)

	d := &doc.Doc{Src: r.out, Format: "html", Meta: meta}
	c := findContent(r, d.Meta.Title)
	r.finish(d, c)
	return d
}

// noscriptBelow is the rendered text's length, in bytes, below which a
// page with <noscript> elements is read again with their content; the
// second reading is taken when it renders at least as much and twice the
// first.
const noscriptBelow = 400

// hasNoscript reports whether src has a <noscript> tag, in any case.
func hasNoscript(src []byte) bool {
	for i := 0; ; {
		j := bytes.IndexByte(src[i:], '<')
		if j < 0 || i+j+9 > len(src) {
			return false
		}
		i += j + 1
		if bytes.EqualFold(src[i:i+8], []byte("noscript")) {
			return true
		}
	}
}

// unwrapNoscript replaces every <noscript> element of a tree parsed
// without scripting (whose content is then markup, not text) by its
// children.
func unwrapNoscript(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && c.DataAtom == atom.Noscript {
			first := c.FirstChild
			for k := c.FirstChild; k != nil; {
				kn := k.NextSibling
				c.RemoveChild(k)
				n.InsertBefore(k, c)
				k = kn
			}
			n.RemoveChild(c)
			if first != nil {
				next = first
			}
		} else {
			unwrapNoscript(c)
		}
		c = next
	}
}

// parse builds the DOM of src, flattening too-deep nesting when the parser
// refuses it.
func parse(src []byte) (*html.Node, error) {
	src = bytes.TrimPrefix(src, []byte("\xEF\xBB\xBF"))
	if bytes.HasPrefix(src, []byte("Version:")) {
		// The Windows clipboard's HTML format: a header of offsets, then
		// the page.
		if i := bytes.IndexByte(src, '<'); i >= 0 {
			src = src[i:]
		}
	}
	root, err := html.Parse(reader(src))
	for _, max := range maxDepths {
		if err == nil {
			break
		}
		root, err = html.Parse(reader(flatten(src, max)))
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrParse, err)
	}
	return root, nil
}

// filterAbove is the size in bytes above which the parser reads a page
// through a filter (newFilter): the tree is the same, smaller, but
// tokenizing twice costs time that a small page's tree is not worth (a
// variable so that tests can filter every page).
var filterAbove = 256 << 10

// reader is what the parser reads src from.
func reader(src []byte) io.Reader {
	if len(src) > filterAbove {
		return newFilter(src)
	}
	return bytes.NewReader(src)
}

// flatten rewrites src without the start and end tags of elements nested
// deeper than max, keeping their content. It only tokenizes, so it cannot
// fail on nesting.
func flatten(src []byte, max int) []byte {
	z := html.NewTokenizer(bytes.NewReader(src))
	var out bytes.Buffer
	out.Grow(len(src))
	type open struct {
		name string
		kept bool
	}
	var stack []open
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return out.Bytes()
		}
		raw := z.Raw()
		switch tt {
		case html.StartTagToken:
			name, _ := z.TagName()
			if voidElements(atom.Lookup(name)) {
				out.Write(raw)
				continue
			}
			kept := len(stack) < max
			stack = append(stack, open{string(name), kept})
			if kept {
				out.Write(raw)
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			i := len(stack) - 1
			for i >= 0 && stack[i].name != string(name) {
				i--
			}
			if i < 0 {
				out.Write(raw)
				continue
			}
			if stack[i].kept {
				out.Write(raw)
			}
			stack = stack[:i]
		default:
			out.Write(raw)
		}
	}
}

// voidElements reports whether a has no end tag.
func voidElements(a atom.Atom) bool {
	switch a {
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img, atom.Input,
		atom.Link, atom.Meta, atom.Source, atom.Track, atom.Wbr, atom.Param, atom.Keygen:
		return true
	}
	return false
}

// facts gives the input's size, the encoding problems of the input as
// decoded (in, its counts), and the rendered text's runes, lines and
// special characters: what the user sees.
func facts(size int, in doc.Facts, text []byte) doc.Facts {
	f := textread.Count(text)
	f.Bytes = size
	f.InvalidUTF8 = in.InvalidUTF8
	f.BOM = in.BOM
	f.NUL = in.NUL
	f.Binary = in.Binary
	return f
}

// Sniff reports whether src looks like HTML: after white space and a byte
// order mark it starts with a tag, a doctype or a comment, and one of the
// first tags is a known HTML element. The file name plays no part.
func Sniff(src []byte) bool {
	s := bytes.TrimPrefix(src, []byte("\xEF\xBB\xBF"))
	s = bytes.TrimLeft(s, " \t\r\n\f")
	if len(s) > 4096 {
		s = s[:4096]
	}
	if bytes.HasPrefix(s, []byte("Version:")) && bytes.Contains(s, []byte("StartHTML:")) {
		return true // the Windows clipboard's HTML format
	}
	if len(s) < 2 || s[0] != '<' {
		return false
	}
	if c := s[1]; c != '!' && !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
		return false
	}
	lower := strings.ToLower(string(s))
	if strings.HasPrefix(lower, "<!doctype html") {
		return true
	}
	z := html.NewTokenizer(strings.NewReader(lower))
	for i := 0; i < 64; i++ {
		tt := z.Next()
		if tt == html.ErrorToken {
			return false
		}
		if tt == html.StartTagToken || tt == html.SelfClosingTagToken {
			name, _ := z.TagName()
			if knownTags(atom.Lookup(name)) {
				return true
			}
		}
	}
	return false
}

// knownTags reports whether a is an element whose presence among the
// first tags marks a page or a clipboard fragment as HTML.
func knownTags(a atom.Atom) bool {
	switch a {
	case atom.Html, atom.Head, atom.Body, atom.Meta, atom.Title, atom.Div, atom.P, atom.Span, atom.A,
		atom.Article, atom.Section, atom.Main, atom.Header, atom.Nav, atom.Table, atom.Ul, atom.Ol,
		atom.Li, atom.H1, atom.H2, atom.H3, atom.Br, atom.B, atom.I, atom.Strong, atom.Em, atom.Img,
		atom.Link, atom.Style, atom.Script, atom.Blockquote, atom.Pre, atom.Font, atom.Center,
		atom.Footer, atom.Aside, atom.Figure:
		return true
	}
	return false
}
