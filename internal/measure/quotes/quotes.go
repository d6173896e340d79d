// Package quotes finds quoted phrases: text between quotation marks,
// "…", «…», “…”, „…“, ‹…› and ‘…’, counted.
package quotes

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/safi-app/safi/internal/language/normalize"
	"github.com/safi-app/safi/internal/report"
)

// MaxRunes is the longest quotation Find reports, in characters: a longer
// span between two marks is more likely a mark left open than a quotation.
const MaxRunes = 600

// closers returns the marks that close the opening mark r, "" when r
// opens no quotation. Straight quotes close themselves; “ is closed by ”
// (and by “ when typed reversed, as right-to-left text often has it),
// German „ by “ or ”. A switch, not a map: a map of runes is hashed for
// every mark, slowly in WebAssembly.
func closers(r rune) string {
	switch r {
	case '"':
		return `"`
	case '«':
		return "»"
	case '“':
		return "”“"
	case '„':
		return "“”"
	case '‹':
		return "›"
	case '‘':
		return "’" // a ’ inside a word (don’t) is an apostrophe, not a closing mark
	case '”':
		return "“" // reversed pair in right-to-left text: ”…“
	}
	return ""
}

// mayStartMark reports whether a mark Find knows (an opening or closing
// one, or ’) may start at byte c: '"' is ASCII, « and » start with 0xC2,
// the others (U+2018 to U+203A) with 0xE2. These bytes only ever start a
// character, so a scan that steps over the other bytes one at a time stops
// where a scan decoding every character would find a mark, without the
// cost of decoding (most characters of a line are letters).
func mayStartMark(c byte) bool {
	return c == '"' || c == 0xC2 || c == 0xE2
}

// Find returns the quoted phrases of text with how often each occurs,
// most frequent first, then by text. Quotations never span lines; the
// quoted text is trimmed of spaces, and occurrences that fold to the same
// key (normalize.Fold, spaces collapsed) count together under their most
// frequent spelling. Quotations nested in «…» or “…” are found too.
func Find(text string) []report.Quote {
	var tallies []tally
	var found map[string]int32 // index into tallies of each key
	var sc scanner
	for line := range strings.SplitSeq(text, "\n") {
		for _, q := range sc.inLine(line) {
			key := normalize.Fold(normalize.SingleSpaced(q))
			if found == nil {
				found = map[string]int32{}
			}
			k, ok := found[key]
			if !ok {
				k = int32(len(tallies))
				tallies = append(tallies, tally{})
				found[key] = k
			}
			tallies[k].count++
			tallies[k].forms.add(q)
		}
	}
	quotes := make([]report.Quote, 0, len(tallies))
	for _, t := range tallies {
		quotes = append(quotes, report.Quote{Text: t.forms.best(), Count: t.count})
	}
	// sort.Slice, not slices.SortFunc: the same pdqsort, but one copy in
	// app.wasm for every element type, where each type slices.SortFunc
	// sorts adds some 20 KB of code (docs/measuring.md).
	sort.Slice(quotes, func(i, j int) bool {
		a, b := &quotes[i], &quotes[j]
		return a.Count > b.Count || a.Count == b.Count && a.Text < b.Text
	})
	return quotes
}

// tally is the count of one quotation's key and of its spellings.
type tally struct {
	count int
	forms forms
}

// forms counts spellings. Most quotations have one: the map is made only
// for a second.
type forms struct {
	first string
	n     int
	more  map[string]int // every spelling with its count, once there are two
}

func (f *forms) add(s string) {
	if f.more == nil {
		if f.n == 0 || f.first == s {
			f.first = s
			f.n++
			return
		}
		f.more = map[string]int{f.first: f.n}
	}
	f.more[s]++
}

// best returns the most frequent spelling, the first by text on a tie.
func (f *forms) best() string {
	if f.more == nil {
		return f.first
	}
	best, n := "", 0
	for s, c := range f.more {
		if c > n || c == n && s < best {
			best, n = s, c
		}
	}
	return best
}

// scanner finds the quotations of the lines of a text, one line after
// the other, in slices it reuses from one line to the next.
type scanner struct {
	out    []string
	closed []int // offsets of marks used as closing marks
}

// inLine returns the quotations of one line, in order of their opening
// marks, until the next call.
func (sc *scanner) inLine(line string) []string {
	out, closed := sc.out[:0], sc.closed[:0]
	for i := 0; i < len(line); {
		if !mayStartMark(line[i]) {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(line[i:])
		cl := closers(r)
		if cl == "" || slices.Contains(closed, i) {
			i += size
			continue
		}
		end := closing(line, i+size, r, cl)
		if end < 0 {
			i += size
			continue
		}
		_, csize := utf8.DecodeRuneInString(line[end:])
		closed = append(closed, end)
		if q := strings.TrimFunc(line[i+size:end], unicode.IsSpace); q != "" && utf8.RuneCountInString(q) <= MaxRunes && hasLetterOrDigit(q) {
			out = append(out, q)
		}
		if r == '"' {
			i = end + csize // straight quotes do not nest
		} else {
			i += size // look for quotations inside this one
		}
	}
	sc.out, sc.closed = out, closed
	return out
}

// closing returns the offset of the mark that closes the quotation opened
// by open at from, or -1. «…» and ‹…› nest.
func closing(line string, from int, open rune, cl string) int {
	depth := 0
	for j := from; j < len(line); {
		if !mayStartMark(line[j]) {
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(line[j:])
		switch {
		case r == open && open != '"' && !strings.ContainsRune(cl, r):
			depth++
		case r == '’' && open == '‘' && j+size < len(line) && startsWithLetter(line[j+size:]):
			// an apostrophe: don’t, l’homme
		case strings.ContainsRune(cl, r):
			if depth == 0 {
				return j
			}
			depth--
		}
		j += size
	}
	return -1
}

func startsWithLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

func hasLetterOrDigit(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
