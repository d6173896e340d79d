package htmlread

import (
	"bytes"
	"io"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// filter is the page as the parser reads it: the same tokens, less what
// nothing after the parser looks at, so that the parse tree is smaller (on
// a page dense in markup the tree of x/net/html is about 2.5 times the
// page, most of it attributes and text). It leaves out comments, the code
// of scripts (but JSON-LD) and the rules of style sheets and of <noscript>
// (raw text the reader never renders), and the attributes nothing reads:
// an href is kept as "#" for a link to a fragment and "" for the others, a
// style as display:none when it hides the element and not at all when it
// does not.
//
// The tree is the one the page itself gives, but for those: a token the
// filter changes is written back as the tokenizer read it (tag names and
// attribute names lower-case, values escaped), everything else byte for
// byte. The attributes the parser itself looks at are kept: all those of
// formatting elements but <a> (their attributes decide which are the same,
// and <a> never has a twin open), <input type>, <font color/face/size>,
// those of <annotation-xml>. Inside <svg> and <math>, where the parser
// reads <script> and <style> as markup, nothing is changed.
type filter struct {
	z       *html.Tokenizer
	out     []byte // the bytes of the last token, as written
	pending []byte // of out, those not yet read
	raw     bool   // the text that follows is dropped raw text
	foreign int    // depth of <svg> and <math>
	done    bool
	attrs   []attrBytes // of the start tag being read
}

func newFilter(src []byte) *filter {
	return &filter{z: html.NewTokenizer(bytes.NewReader(src))}
}

// Read implements io.Reader for the parser.
func (f *filter) Read(p []byte) (int, error) {
	for len(f.pending) == 0 {
		if f.done {
			return 0, io.EOF
		}
		f.next()
	}
	n := copy(p, f.pending)
	f.pending = f.pending[n:]
	return n, nil
}

// next reads one token and sets pending to what the parser gets of it.
func (f *filter) next() {
	tt := f.z.Next()
	if tt == html.ErrorToken {
		f.done = true
		return
	}
	raw := f.z.Raw()
	dropRaw := f.raw
	f.raw = false
	f.pending = raw
	switch tt {
	case html.TextToken:
		if dropRaw {
			f.pending = nil
		}
	case html.CommentToken:
		if f.foreign == 0 && bytes.HasPrefix(raw, []byte("<!--")) {
			f.pending = nil
		}
	case html.EndTagToken:
		name, _ := f.z.TagName()
		if a := atom.Lookup(name); (a == atom.Svg || a == atom.Math) && f.foreign > 0 {
			f.foreign--
		}
	case html.StartTagToken, html.SelfClosingTagToken:
		name, hasAttr := f.z.TagName()
		a := atom.Lookup(name)
		if f.foreign > 0 || a == atom.Svg || a == atom.Math {
			if tt == html.StartTagToken && (a == atom.Svg || a == atom.Math) {
				f.foreign++
			}
			return
		}
		if !hasAttr {
			f.raw = a == atom.Style || a == atom.Noscript || a == atom.Script
			return
		}
		f.startTag(tt, name, a)
	}
}

// startTag writes a start tag without the attributes nothing reads. It
// allocates nothing: what it would allocate among the tree's nodes would
// be garbage left between them.
func (f *filter) startTag(tt html.TokenType, name []byte, a atom.Atom) {
	f.attrs = f.attrs[:0]
	for more := true; more; {
		var k, v []byte
		k, v, more = f.z.TagAttr()
		f.attrs = append(f.attrs, attrBytes{k, v})
	}
	ldJSON, plain := false, true
	for _, at := range f.attrs {
		if a == atom.Script && string(at.key) == "type" && containsFold(at.val, "ld+json") {
			ldJSON = true
		}
		plain = plain && plainName(at.key)
	}
	f.raw = a == atom.Style || a == atom.Noscript || a == atom.Script && !ldJSON
	if !plain || a == 0 && string(name) == "annotation-xml" || a != atom.A && formatting(a) {
		return // written as it came
	}
	kept, changed := f.attrs[:0], false
	for _, at := range f.attrs {
		switch key := string(at.key); {
		case key == "href":
			if len(at.val) > 0 && string(at.val) != "#" {
				if at.val[0] == '#' {
					at.val = hash
				} else {
					at.val = nil
				}
				changed = true
			}
		case key == "style":
			if !hides(string(at.val)) {
				changed = true
				continue
			}
			if string(at.val) != "display:none" {
				at.val, changed = displayNone, true
			}
		case !parsedAttr(key):
			changed = true
			continue
		}
		kept = append(kept, at)
	}
	if !changed {
		return
	}
	f.out = append(f.out[:0], '<')
	f.out = append(f.out, name...)
	for _, at := range kept {
		f.out = append(f.out, ' ')
		f.out = append(f.out, at.key...)
		f.out = append(f.out, `="`...)
		f.out = appendEscaped(f.out, at.val)
		f.out = append(f.out, '"')
	}
	if tt == html.SelfClosingTagToken {
		f.out = append(f.out, '/')
	}
	f.out = append(f.out, '>')
	f.pending = f.out
}

// The values the filter writes in place of others.
var (
	hash        = []byte("#")
	displayNone = []byte("display:none")
)

// attrBytes is an attribute as the tokenizer gives it, valid until its
// next token.
type attrBytes struct{ key, val []byte }

// appendEscaped appends v escaped as html.EscapeString does.
func appendEscaped(dst, v []byte) []byte {
	for _, c := range v {
		switch c {
		case '&':
			dst = append(dst, "&amp;"...)
		case '\'':
			dst = append(dst, "&#39;"...)
		case '<':
			dst = append(dst, "&lt;"...)
		case '>':
			dst = append(dst, "&gt;"...)
		case '"':
			dst = append(dst, "&#34;"...)
		default:
			dst = append(dst, c)
		}
	}
	return dst
}

// containsFold reports whether s holds the ASCII lower-case word sub, in
// any case.
func containsFold(s []byte, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if bytes.EqualFold(s[i:i+len(sub)], []byte(sub)) {
			return true
		}
	}
	return false
}

// parsedAttr reports whether the filter keeps attributes named key: those
// the parser, the metadata, the renderer or the content search read.
func parsedAttr(key string) bool {
	switch key {
	case "class", "id", "role", "rel", "itemprop", "aria-modal", "aria-hidden", "hidden", "summary", "datatable",
		"open", "type", "lang", "xml:lang", "datetime", "pubdate", "content", "name", "property", "http-equiv":
		return true
	}
	return false
}

// plainName reports whether an attribute name is made of characters that
// read the same wherever they are written: letters, digits, - _ : .
func plainName(key []byte) bool {
	if len(key) == 0 {
		return false
	}
	for i := 0; i < len(key); i++ {
		c := key[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == ':' || c == '.') {
			return false
		}
	}
	return true
}

// formatting reports whether a is a formatting element of the HTML parsing
// algorithm.
func formatting(a atom.Atom) bool {
	switch a {
	case atom.A, atom.B, atom.Big, atom.Code, atom.Em, atom.Font, atom.I, atom.Nobr, atom.S, atom.Small,
		atom.Strike, atom.Strong, atom.Tt, atom.U:
		return true
	}
	return false
}
