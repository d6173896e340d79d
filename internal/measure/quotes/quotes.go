// Package quotes finds quoted phrases: text between quotation marks,
// "…", «…», “…”, „…“, ‹…› and ‘…’, counted.
package quotes

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/safi-app/safi/internal/language/normalize"
	"github.com/safi-app/safi/internal/report"
)

// MaxRunes is the longest quotation Find reports, in characters: a longer
// span between two marks is more likely a mark left open than a quotation.
const MaxRunes = 600

// closers maps each opening mark to the marks that close it. Straight
// quotes close themselves; “ is closed by ” (and by “ when typed
// reversed, as right-to-left text often has it), German „ by “ or ”.
var closers = map[rune]string{
	'"': `"`,
	'«': "»",
	'“': "”“",
	'„': "“”",
	'‹': "›",
	'‘': "’", // a ’ inside a word (don’t) is an apostrophe, not a closing mark
	'”': "“", // reversed pair in right-to-left text: ”…“
}

// Find returns the quoted phrases of text with how often each occurs,
// most frequent first, then by text. Quotations never span lines; the
// quoted text is trimmed of spaces, and occurrences that fold to the same
// key (normalize.Fold, spaces collapsed) count together under their most
// frequent spelling. Quotations nested in «…» or “…” are found too.
func Find(text string) []report.Quote {
	type tally struct {
		count int
		forms map[string]int
	}
	found := map[string]*tally{}
	for line := range strings.SplitSeq(text, "\n") {
		for _, q := range inLine(line) {
			key := normalize.Fold(strings.Join(strings.Fields(q), " "))
			t := found[key]
			if t == nil {
				t = &tally{forms: map[string]int{}}
				found[key] = t
			}
			t.count++
			t.forms[q]++
		}
	}
	quotes := make([]report.Quote, 0, len(found))
	for _, t := range found {
		best := ""
		for f, c := range t.forms {
			if best == "" || c > t.forms[best] || c == t.forms[best] && f < best {
				best = f
			}
		}
		quotes = append(quotes, report.Quote{Text: best, Count: t.count})
	}
	slices.SortFunc(quotes, func(a, b report.Quote) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), strings.Compare(a.Text, b.Text))
	})
	return quotes
}

// inLine returns the quotations of one line, in order of their opening
// marks.
func inLine(line string) []string {
	if !strings.ContainsAny(line, "\"«“„‹”‘") {
		return nil
	}
	var out []string
	var closed []int // offsets of marks used as closing marks
	for i := 0; i < len(line); {
		r, size := utf8.DecodeRuneInString(line[i:])
		cl, ok := closers[r]
		if !ok || slices.Contains(closed, i) {
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
	return out
}

// closing returns the offset of the mark that closes the quotation opened
// by open at from, or -1. «…» and ‹…› nest.
func closing(line string, from int, open rune, cl string) int {
	depth := 0
	for j := from; j < len(line); {
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
