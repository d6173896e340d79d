package quotes

// The implementation of Find before its fast paths (marks found by their
// first byte, not by decoding every character; no map per quotation): kept
// as the reference Find must agree with exactly (TestFindMatchesReference,
// FuzzFindMatchesReference).

import (
	"cmp"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/safi-app/safi/internal/devkit/testfiles"
	"github.com/safi-app/safi/internal/language/normalize"
	"github.com/safi-app/safi/internal/report"
)

// refClosers maps each opening mark to the marks that close it. Straight
// quotes close themselves; “ is closed by ” (and by “ when typed
// reversed, as right-to-left text often has it), German „ by “ or ”.
var refClosers = map[rune]string{
	'"': `"`,
	'«': "»",
	'“': "”“",
	'„': "“”",
	'‹': "›",
	'‘': "’", // a ’ inside a word (don’t) is an apostrophe, not a closing mark
	'”': "“", // reversed pair in right-to-left text: ”…“
}

// refFind returns the quoted phrases of text with how often each occurs,
// most frequent first, then by text. Quotations never span lines; the
// quoted text is trimmed of spaces, and occurrences that fold to the same
// key (normalize.Fold, spaces collapsed) count together under their most
// frequent spelling. Quotations nested in «…» or “…” are found too.
func refFind(text string) []report.Quote {
	type tally struct {
		count int
		forms map[string]int
	}
	found := map[string]*tally{}
	for line := range strings.SplitSeq(text, "\n") {
		for _, q := range refInLine(line) {
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

// refInLine returns the quotations of one line, in order of their opening
// marks.
func refInLine(line string) []string {
	if !strings.ContainsAny(line, "\"«“„‹”‘") {
		return nil
	}
	var out []string
	var closed []int // offsets of marks used as closing marks
	for i := 0; i < len(line); {
		r, size := utf8.DecodeRuneInString(line[i:])
		cl, ok := refClosers[r]
		if !ok || slices.Contains(closed, i) {
			i += size
			continue
		}
		end := refClosing(line, i+size, r, cl)
		if end < 0 {
			i += size
			continue
		}
		_, csize := utf8.DecodeRuneInString(line[end:])
		closed = append(closed, end)
		if q := strings.TrimFunc(line[i+size:end], unicode.IsSpace); q != "" && utf8.RuneCountInString(q) <= MaxRunes && refHasLetterOrDigit(q) {
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

// refClosing returns the offset of the mark that closes the quotation opened
// by open at from, or -1. «…» and ‹…› nest.
func refClosing(line string, from int, open rune, cl string) int {
	depth := 0
	for j := from; j < len(line); {
		r, size := utf8.DecodeRuneInString(line[j:])
		switch {
		case r == open && open != '"' && !strings.ContainsRune(cl, r):
			depth++
		case r == '’' && open == '‘' && j+size < len(line) && refStartsWithLetter(line[j+size:]):
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

func refStartsWithLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

func refHasLetterOrDigit(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

func TestFindMatchesReference(t *testing.T) {
	texts := []string{testfiles.SeedArticle(t)}
	if seed, err := os.ReadFile(testfiles.SeedPath()); err == nil {
		texts = append(texts, string(seed))
	}
	for _, tt := range findTests {
		texts = append(texts, tt.text)
	}
	for _, p := range testfiles.Pages(t) {
		texts = append(texts, string(p.Input))
	}
	texts = append(texts, "a \"b  c\" \"b c\" \" b\tc \" «x\u00a0y» «x y»", "\xe2\x80\"a\"\xe2\x80\x9c", "«\xc2»", "‘don’t’ ‘a’b’")
	for _, text := range texts {
		if got, want := Find(text), refFind(text); !reflect.DeepEqual(got, want) {
			t.Fatalf("Find(%.200q) = %v\nrefFind %v", text, got, want)
		}
	}
}

func FuzzFindMatchesReference(f *testing.F) {
	for _, tt := range findTests {
		f.Add(tt.text)
	}
	f.Add("a \"b  c\" \"b c\" \" b\tc \" «x\u00a0y» «x y»")
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := Find(text), refFind(text); !reflect.DeepEqual(got, want) {
			t.Fatalf("Find(%q) = %v\nrefFind %v", text, got, want)
		}
	})
}
