package classify

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Formulas copied from a page that renders mathematics (MathML, MathJax)
// come out one symbol a line: "x", "=", "−", "b", "±"… Such a run is
// neither prose nor a menu: it is the article's mathematics.
const (
	formulaTinyRunes = 3 // a formula piece has at most this many characters
	formulaMinTiny   = 8 // a formula run has at least this many pieces…
	formulaMinOps    = 2 // …of which at least this many are operators
	formulaFragment  = 8 // words of the text lines a formula run may hold
)

// formulas marks the blocks of formula runs: runs of undecided text blocks
// (blank blocks between them allowed) made mostly of tiny pieces, some of
// them mathematical operators, with the short text fragments between them
// ("and they are", ", there are two solutions to"). A run starts and ends
// with a piece.
func (c *ctx) formulas() {
	d := c.d
	for i := 0; i < len(d.Blocks); {
		if !c.formulaPiece(i) {
			i++
			continue
		}
		// Extend over pieces and short fragments; last is the last piece.
		last, tiny, ops, n := i, 0, 0, 0
		for j := i; j < len(d.Blocks); j++ {
			b := &d.Blocks[j]
			if b.Text == "" {
				continue
			}
			if c.formulaPiece(j) {
				tiny++
				n++
				last = j
				if isOperator(b.Text) {
					ops++
				}
				continue
			}
			if c.decided(j) || c.f[j].words > formulaFragment || c.f[j].endsStop && c.f[j].words > 3 {
				break
			}
			n++
		}
		if tiny >= formulaMinTiny && ops >= formulaMinOps && tiny*3 >= n*2 {
			for k := i; k <= last; k++ {
				if d.Blocks[k].Text != "" {
					c.f[k].formula = true
				}
			}
		}
		i = last + 1
	}
}

// formulaPiece reports whether block i is undecided and holds a formula
// piece: one to three characters, no space.
func (c *ctx) formulaPiece(i int) bool {
	t := strings.TrimSpace(c.d.Blocks[i].Text)
	return t != "" && len(t) <= formulaTinyRunes*utf8.UTFMax && !c.decided(i) && utf8.RuneCountInString(t) <= formulaTinyRunes && !strings.ContainsFunc(t, unicode.IsSpace)
}

// isOperator reports whether text is a mathematical operator alone: = + −
// ± × ∑ ∂ ≤ …
func isOperator(text string) bool {
	r, n := utf8.DecodeRuneInString(strings.TrimSpace(text))
	return n == len(strings.TrimSpace(text)) && unicode.Is(unicode.Sm, r)
}
