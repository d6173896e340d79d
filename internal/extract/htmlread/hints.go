package htmlread

import (
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// hintsOf appends to dst the hints of n's own class, id and role, by
// hintRules.
func hintsOf(dst []string, n *html.Node) []string {
	for _, a := range n.Attr {
		switch a.Key {
		case "class", "id":
			dst = wordHints(dst, a.Val)
		case "role":
			for _, w := range strings.Fields(strings.ToLower(a.Val)) {
				if h, ok := dom().roles[w]; ok {
					dst = append(dst, h)
				}
			}
		}
	}
	return dst
}

// ownHints returns n's own hints (hintsOf), found once for each rendered
// element: the blocks' signals read them for every ancestor of every
// block, the content search for every element of every attempt. The
// slice is shared: do not change it.
func (r *renderer) ownHints(n *html.Node) []string {
	in := r.info[n]
	if in == nil {
		return hintsOf(nil, n)
	}
	if in.hints == 0 {
		var buf [8]string
		h := hintsOf(buf[:0], n)
		if len(h) == 0 {
			in.hints = -1
			return nil
		}
		key := strings.Join(h, " ")
		k, ok := r.hintIndex[key]
		if !ok {
			if len(r.hintLists) >= math.MaxInt16 {
				return slices.Clone(h) // (never on a real page: a few dozen lists)
			}
			if r.hintIndex == nil {
				r.hintIndex = map[string]int16{}
			}
			r.hintLists = append(r.hintLists, slices.Clone(h))
			k = int16(len(r.hintLists))
			r.hintIndex[key] = k
		}
		in.hints = k
	}
	if in.hints < 0 {
		return nil
	}
	return r.hintLists[in.hints-1]
}

// wordHints appends to dst the hints of the words of a class or id value,
// but for the names that begin with a page builder's token
// ("elementor-widget-text-editor"), which give none.
func wordHints(dst []string, v string) []string {
	var buf [32]byte
	for i := 0; ; {
		start, end := nextWord(v, i)
		if start < 0 {
			return dst
		}
		if (start == 0 || isNameSpace(v[start-1])) && builderName(v[start:]) {
			k := strings.IndexAny(v[start:], " \t\n\f\r")
			if k < 0 {
				return dst
			}
			i = start + k
			continue
		}
		i = end
		if w := v[start:end]; len(w) <= len(buf) { // no hint word is longer
			if h, ok := dom().words[string(lowerASCII(buf[:0], w))]; ok {
				dst = append(dst, h)
			}
		}
	}
}

// builderName reports whether a class or id name begins with one of
// builderTokens (their first bytes tested first: most names begin with
// none of them).
func builderName(name string) bool {
	return builderFirst[name[0]] && hasAnyPrefix(name, builderTokens)
}

// isNameSpace reports whether b separates the names of a class value.
func isNameSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\f' || b == '\r' }

// builderFirst marks the first bytes of builderTokens.
var builderFirst = func() (first [256]bool) {
	for _, t := range builderTokens {
		first[t[0]] = true
	}
	return first
}()

// lowerASCII appends w to dst with ASCII letters in lower case, or w as
// strings.ToLower writes it when w has other letters.
func lowerASCII(dst []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return append(dst, strings.ToLower(w)...)
		}
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// nextWord returns the bounds of the first word of a class or id value s
// from byte from on, or -1, -1: words are cut at anything not a letter or
// digit, and where a lower-case letter meets an upper-case one ("mainNav"
// → main, nav).
func nextWord(s string, from int) (start, end int) {
	start = -1
	prev, _ := utf8.DecodeLastRuneInString(s[:from])
	for i, r := range s[from:] {
		i += from
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			if start >= 0 {
				return start, i
			}
			prev = r
			continue
		}
		if start >= 0 && unicode.IsUpper(r) && unicode.IsLower(prev) {
			return start, i
		}
		if start < 0 {
			start = i
		}
		prev = r
	}
	if start >= 0 {
		return start, len(s)
	}
	return -1, -1
}

// uniq sorts s and drops repeats, in place.
func uniq(s []string) []string {
	if len(s) < 2 {
		return s
	}
	sort.Strings(s)
	j := 1
	for i := 1; i < len(s); i++ {
		if s[i] != s[j-1] {
			s[j] = s[i]
			j++
		}
	}
	return s[:j]
}

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// hasAttr reports whether n has the attribute key.
func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}
