// Package benchdata generates deterministic, varied pasted pages in Arabic,
// French and English for benchmarks: ticker lines of headlines run together
// with no-break spaces, menus, report-a-picture boilerplate, a title, a
// byline, paragraphs with figures and dates, subheadings, related links and
// a footer. Pages come from word lists and templates driven by a seeded
// PRNG, so a large paste is made of many different pages, not one page
// repeated, and the same seed always gives the same bytes.
package benchdata

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Langs are the languages pages are generated in.
var Langs = []string{"ar", "fr", "en"}

var vocabs = map[string]*vocab{"ar": &arabic, "fr": &french, "en": &english}

// Paste returns a paste of generated pages, each in a language drawn from
// Langs, one after another until the paste holds at least size bytes; it
// is then cut back to the end of the last whole line within size (or to
// size for a page with no line end in reach). Pages are separated by a
// blank line, as when several copied pages are pasted one after another.
func Paste(size int, seed uint64) []byte {
	g := newGen(seed)
	buf := make([]byte, 0, size+64<<10)
	for len(buf) < size {
		g.v = vocabs[Langs[g.r.IntN(len(Langs))]]
		buf = g.page(buf)
		buf = append(buf, '\n')
	}
	if len(buf) > size {
		cut := size
		if i := strings.LastIndexByte(string(buf[:size]), '\n'); i > 0 {
			cut = i + 1
		}
		buf = buf[:cut]
	}
	return buf
}

// Page returns one generated page in lang ("ar", "fr" or "en"; anything
// else is read as "en").
func Page(lang string, seed uint64) []byte {
	g := newGen(seed)
	g.v = vocabs[lang]
	if g.v == nil {
		g.v = &english
	}
	return g.page(nil)
}

// gen is the state of one generation run.
type gen struct {
	r *rand.Rand
	v *vocab
	b strings.Builder
}

func newGen(seed uint64) *gen {
	return &gen{r: rand.New(rand.NewPCG(seed, seed^0x5afe5afe5afe5afe))}
}

// page appends one page to dst.
func (g *gen) page(dst []byte) []byte {
	g.b.Reset()
	// The ticker: headlines run together with runs of no-break spaces.
	n := 15 + g.r.IntN(45)
	for i := range n {
		if i > 0 {
			g.b.WriteString(strings.Repeat("\u00a0", 4*(1+g.r.IntN(2))))
		}
		g.b.WriteString(g.headline())
	}
	g.b.WriteString("\u00a0\u00a0\u00a0\u00a0\n\n\n")
	// Menus: short items, one a line.
	for range 4 + g.r.IntN(10) {
		g.line(g.pick(g.v.menu))
	}
	g.b.WriteString("\n\n")
	if g.r.IntN(2) == 0 {
		g.line(g.v.report[0])
		g.line(g.v.report[1])
		g.b.WriteString("\n\n")
	}
	// Title and byline.
	g.line(g.headline())
	g.line(g.v.byline(g))
	g.b.WriteString("\n")
	// The body: paragraphs, now and then a subheading.
	for i := range 4 + g.r.IntN(12) {
		if i > 0 && g.r.IntN(4) == 0 {
			g.line(g.phrase(2 + g.r.IntN(3)))
		}
		g.paragraph()
	}
	g.b.WriteString("\n\n")
	// Related stories and the footer.
	g.line(g.v.related)
	for range 2 + g.r.IntN(5) {
		g.line(g.headline())
	}
	g.b.WriteString("\n")
	for _, f := range g.v.footer {
		if g.r.IntN(3) > 0 {
			g.line(f)
		}
	}
	return append(dst, g.b.String()...)
}

func (g *gen) line(s string) {
	g.b.WriteString(s)
	g.b.WriteByte('\n')
}

// paragraph writes 2–6 sentences of 8–28 words, with figures and dates.
func (g *gen) paragraph() {
	for i := range 2 + g.r.IntN(5) {
		if i > 0 {
			g.b.WriteByte(' ')
		}
		g.sentence()
	}
	g.b.WriteByte('\n')
}

func (g *gen) sentence() {
	words := 8 + g.r.IntN(21)
	g.b.WriteString(capital(g.pick(g.v.nouns)))
	g.b.WriteByte(' ')
	g.b.WriteString(g.pick(g.v.verbs))
	for w := 2; w < words; w++ {
		g.b.WriteByte(' ')
		switch k := g.r.IntN(20); {
		case k == 0:
			g.b.WriteString(g.figure())
		case k == 1:
			g.b.WriteString(g.v.date(g))
		case k == 2:
			g.b.WriteString(g.pick(g.v.places))
		case k == 3:
			g.b.WriteString(g.pick(g.v.people))
		case k < 8:
			g.b.WriteString(g.pick(g.v.joins))
		case k < 11:
			g.b.WriteString(g.pick(g.v.adjs))
		case k < 14:
			g.b.WriteString(g.pick(g.v.verbs))
		default:
			g.b.WriteString(g.pick(g.v.nouns))
		}
		if w < words-1 && g.r.IntN(12) == 0 {
			g.b.WriteString(g.v.comma)
		}
	}
	g.b.WriteByte('.')
}

// figure is a quantity: a number, maybe a scale word, a unit or a percent.
func (g *gen) figure() string {
	var num string
	switch g.r.IntN(4) {
	case 0:
		num = strconv.Itoa(1 + g.r.IntN(999))
	case 1:
		num = strconv.Itoa(1+g.r.IntN(99)) + "," + strconv.Itoa(g.r.IntN(10))
	case 2:
		num = strconv.Itoa(1000 + g.r.IntN(99000))
	default:
		num = strconv.Itoa(1 + g.r.IntN(99))
	}
	if g.v == &arabic && g.r.IntN(4) == 0 {
		num = arabicIndic(num)
	}
	switch g.r.IntN(3) {
	case 0:
		return num + " " + g.v.percent
	case 1:
		return num + " " + g.pick(g.v.scales) + " " + g.pick(g.v.units)
	}
	return num + " " + g.pick(g.v.units)
}

// arabicIndic writes ASCII digits as Arabic-Indic ones and the comma as
// the Arabic decimal separator.
func arabicIndic(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune('٠' + r - '0')
		case r == ',':
			b.WriteRune('٫')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// headline is a short sentence without a full stop.
func (g *gen) headline() string {
	h := capital(g.pick(g.v.nouns)) + " " + g.pick(g.v.verbs) + " " + g.phrase(2+g.r.IntN(6))
	if g.r.IntN(3) == 0 {
		h += " " + g.pick(g.v.joins) + " " + g.pick(g.v.places)
	}
	if g.r.IntN(4) == 0 {
		h += " " + g.figure()
	}
	return h
}

// phrase is n words of nouns, adjectives and joining words.
func (g *gen) phrase(n int) string {
	parts := make([]string, n)
	for i := range parts {
		switch g.r.IntN(3) {
		case 0:
			parts[i] = g.pick(g.v.joins)
		case 1:
			parts[i] = g.pick(g.v.adjs)
		default:
			parts[i] = g.pick(g.v.nouns)
		}
	}
	return strings.Join(parts, " ")
}

// capital upper-cases the first letter of s (a no-op for Arabic).
func capital(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

func (g *gen) pick(xs []string) string { return xs[g.r.IntN(len(xs))] }

func (g *gen) two(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

func (g *gen) day() string  { return strconv.Itoa(1 + g.r.IntN(28)) }
func (g *gen) year() string { return strconv.Itoa(2005 + g.r.IntN(21)) }
