package htmlread

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/safi-app/safi/internal/doc"
	"github.com/safi-app/safi/internal/read"
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
func Read(src []byte) (*doc.Doc, error) {
	root, err := parse(src)
	if err != nil {
		return nil, err
	}
	r := newRenderer()
	r.walk(root)

	d := &doc.Doc{Src: r.out, Format: "html"}
	d.Meta = readMeta(root)
	c := findContent(r, d.Meta.Title)
	r.finish(d, c)
	d.Facts = facts(src, d.Src)
	return d, nil
}

// parse builds the DOM of src, flattening too-deep nesting when the parser
// refuses it.
func parse(src []byte) (*html.Node, error) {
	src = bytes.TrimPrefix(src, []byte("\xEF\xBB\xBF"))
	root, err := html.Parse(bytes.NewReader(src))
	for _, max := range maxDepths {
		if err == nil {
			break
		}
		root, err = html.Parse(bytes.NewReader(flatten(src, max)))
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrParse, err)
	}
	return root, nil
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
			if voidElements[atom.Lookup(name)] {
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

// voidElements have no end tag.
var voidElements = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true,
	atom.Hr: true, atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true,
	atom.Source: true, atom.Track: true, atom.Wbr: true, atom.Param: true, atom.Keygen: true,
}

// facts counts the input's bytes and encoding problems, and the rendered
// text's runes, lines and special characters: what the user sees.
func facts(src, text []byte) doc.Facts {
	in := read.Count(src)
	f := read.Count(text)
	f.Bytes = in.Bytes
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
			if knownTags[atom.Lookup(name)] {
				return true
			}
		}
	}
	return false
}

// knownTags are elements whose presence among the first tags marks a page
// or a clipboard fragment as HTML.
var knownTags = map[atom.Atom]bool{
	atom.Html: true, atom.Head: true, atom.Body: true, atom.Meta: true, atom.Title: true,
	atom.Div: true, atom.P: true, atom.Span: true, atom.A: true, atom.Article: true,
	atom.Section: true, atom.Main: true, atom.Header: true, atom.Nav: true, atom.Table: true,
	atom.Ul: true, atom.Ol: true, atom.Li: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.Br: true, atom.B: true, atom.I: true, atom.Strong: true, atom.Em: true, atom.Img: true,
	atom.Link: true, atom.Style: true, atom.Script: true, atom.Blockquote: true, atom.Pre: true,
	atom.Font: true, atom.Center: true, atom.Footer: true, atom.Aside: true, atom.Figure: true,
}
