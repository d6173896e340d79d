// Package figures extracts the quantities a text reports: "أكثر من 84 ألف
// كيلومتر مربع" → 84000 km², more-than.
//
// Extract scans the words and numbers of a text (see package lex) and reads
// each quantity as: an optional qualifier ("أكثر من", "about", "près de"),
// an optional currency sign ("$"), the number — in Western or Arabic-Indic
// digits, possibly glued to a clitic (ب1631, و17), or in words (ستة, three,
// vingt-cinq) — with its scale words (ألف, million, milliards), then its
// unit (%, km², درهم, USD) or the noun it counts (مقاتلا → مقاتل, people),
// then an optional trailing qualifier ("تقريبا", "or more"). Two quantities
// joined by "-", "إلى", "to", "à", or by "و", "and", "et" after "بين",
// "between", "entre", make a range.
//
// Judgement calls, documented here because they shape the output:
//
//   - Dates are not figures: every number inside a date found by package
//     dates is skipped, and so is an ungrouped four-digit number from 1000
//     to 2199 with no unit, scale, qualifier or range ("2014" alone is a
//     year), or before a Latin word or after a determiner ("his 1968 work",
//     "the 2020 census"): English and French writers group the thousands of
//     a count ("2,000 soldiers", "2 000 soldats"), Arabic writers often do
//     not ("2000 جندي" is a figure).
//   - A figure needs a reason to be one: a unit, a currency, a scale word,
//     a counted noun, a percentage or a qualifier. Numbers that name, order
//     or identify are skipped (see names): after a label of the labels
//     table ("page 45", "المادة 17", "رقم 8", "الدورة 24", "عيار 18",
//     "فرانس 24", "art. 49.3"), an age group after a team word ("المنتخب
//     تحت 20 عاما": ageGroups, teams), before a grade ("95 أوكتان", "18
//     karat"), after الـ ("عيد ميلاده الـ60"), and a bare number right
//     after a definite Arabic noun or a capitalised word ("الطابق 3",
//     "القمة العربية 33", "Windows 10") unless a count word comes shortly
//     before it ("بلغ عدد القتلى 15"). A noun carrying a pronoun ("2
//     أبوابها") or a preposition and the article ("50 للاستقلال") is not
//     what a number counts.
//   - A bare number — in digits, with no unit, noun, scale word, qualifier
//     or currency — is a figure only after a count word ("بلغ عدد القتلى
//     15", "أسفر عن مقتل 12", "rose to 15"): alone it is a list marker, a
//     table cell, a code.
//   - "a-b" with a ≥ b (a score, "2-1") gives no figure, nor does "1-3"
//     after a word of a match's result ("انهزم", "lost"); so does a year
//     span "2014-2016".
//   - A definite tens word counts only before a unit of the units table
//     ("الثلاثين يوما" is 30 days; "القرن العشرين" is an ordinal). A number
//     in parentheses takes the scale word after it ("(45) ألف طن").
//   - Orders of magnitude — عشرات, مئات, آلاف; dozens, hundreds; dizaines,
//     centaines, milliers — give value 10, 100, 1000 (12 for dozens) with
//     qualifier approx: "مئات الأشخاص" is "~100 people". "عشرات الآلاف"
//     (tens of thousands) gives 10000.
//   - "Nearly", "almost", "قرابة", "près de" are approx, not less-than.
//   - A range whose two ends count different things ("ما بين ستة أشهر و17
//     سنة": six months to 17 years) is two figures, not a range.
//   - Number words up to ten count only before a noun ("ستة أشهر",
//     "four fighters"): alone they are too often something else. "one",
//     "un", "واحد" count only inside compounds ("vingt et un").
//   - Numbers glued to Latin letters (5G, 1er, G20, COVID-19), times (12:30),
//     fractions (1/2) and numbers with a leading zero (0522…) are skipped.
package figures

import (
	"math"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/safi-app/safi/internal/language/dates"
	"github.com/safi-app/safi/internal/language/lex"
	"github.com/safi-app/safi/internal/report"
)

// Extract returns the figures in text, in order; Start and End are byte
// offsets into text, and Text is text[Start:End].
func Extract(text string) []report.Figure {
	fs, _ := ExtractAll(text)
	return fs
}

// ExtractAll returns the figures and the dates of text, reading it once:
// what Extract and dates.Extract return, for the price of one.
func ExtractAll(text string) (figs []report.Figure, ds []report.Date) {
	return extractAll(text, nil)
}

// Explain is ExtractAll that also returns the numbers written in digits
// that are not figures, with the reason (see report.SkippedNumber).
func Explain(text string) (figs []report.Figure, ds []report.Date, skipped []report.SkippedNumber) {
	skipped = []report.SkippedNumber{}
	figs, ds = extractAll(text, &skipped)
	return figs, ds, skipped
}

func extractAll(text string, skipped *[]report.SkippedNumber) (figs []report.Figure, ds []report.Date) {
	s := scanner{text: text, skipped: skipped}
	var out []report.Figure
	sc := scanners.Get().(*lex.Scanner)
	defer scanners.Put(sc)
	// Every figure holds a digit or a number word: scan only around them.
	for _, sp := range lex.Spans(text, isNumberWord, reachBefore, reachAfter) {
		s.toks = sc.ScanRange(text, sp.Start, sp.End)
		toks := s.toks
		s.inDate = s.inDate[:0]
		if found := dates.FromTokens(text, toks); len(found) > 0 {
			ds = append(ds, found...)
			if cap(s.inDate) < len(toks) {
				s.inDate = make([]bool, 0, len(toks))
			}
			k := 0
			for i := range toks {
				for k < len(found) && found[k].End <= toks[i].Start {
					k++
				}
				s.inDate = append(s.inDate, k < len(found) && toks[i].Start >= found[k].Start)
			}
		}
		s.floor = 0
		for i := 0; i < len(toks); {
			// Most tokens are words and marks that start no figure: no
			// number, no number word and no currency sign before a number.
			// figure would return i+1 for them; the vocabularies' filters
			// tell them apart without trying each one.
			if t := &toks[i]; !plain && t.Kind != lex.Number && !numberWords.MayMatchClitic(toks, i) &&
				!((t.Kind == lex.Punct || t.Fold != "" && t.Fold[0] < utf8.RuneSelf) && currenciesBefore.MayMatch(toks, i)) {
				i++
				continue
			}
			if f, next, ok := s.figure(i); ok {
				out = append(out, f)
				i, s.floor = next, next
			} else if next > i {
				i = next
			} else {
				i++
			}
		}
	}
	return out, ds
}

// plain turns the fast path of extractAll off, for the tests that hold it
// to the plain path.
var plain = false

// scanners keeps token memory from one call to the next: figures and dates
// keep nothing of the tokens (their texts and units are slices of the text
// or constants).
var scanners = sync.Pool{New: func() any { return new(lex.Scanner) }}

// reachBefore and reachAfter are how many runs of non-space characters a figure may
// reach before and after its number: "ما لا يزيد عن" before, "3 مليارات
// و500 مليون دولار أمريكي تقريبا" after. They cover the date spans too.
const (
	reachBefore = 6
	reachAfter  = 16
)

// isNumberWord reports whether the folded word w, or w without a clitic
// prefix, may start a number written in words.
func isNumberWord(w []byte) bool {
	if numberWords.HasBytes(w) {
		return true
	}
	// Clitic prefixes: one or two Arabic letters (two bytes each).
	if len(w) < 4 || w[0] != 0xd8 && w[0] != 0xd9 {
		return false
	}
	return numberWords.HasBytes(w[2:]) || len(w) > 4 && numberWords.HasBytes(w[4:])
}

// scanner reads the figures of one text, window by window.
type scanner struct {
	text   string
	toks   []lex.Token
	inDate []bool // by token; nil when the text has no date
	floor  int    // the first token after the last figure: qualifiers start no earlier

	skipped *[]report.SkippedNumber // when not nil, numbers that are no figures go here

	// The sentence of the last figure, so that finding each figure's
	// sentence stays linear in a long line with many figures.
	sentStart, sentEnd int
	scanned            int // text[sentStart:scanned] holds no sentence end
}

func (s *scanner) dated(i int) bool { return i < len(s.inDate) && s.inDate[i] }

// skip records that the number at token i is no figure, for reason; it
// returns next, for figure's returns.
func (s *scanner) skip(i int, reason string, next int) int {
	if s.skipped != nil && i < len(s.toks) && s.toks[i].Kind == lex.Number {
		if n := len(*s.skipped); n == 0 || (*s.skipped)[n-1].Start != s.toks[i].Start {
			t := &s.toks[i]
			*s.skipped = append(*s.skipped, report.SkippedNumber{Text: s.text[t.Start:t.End], Reason: reason, Start: t.Start, End: t.End})
		}
	}
	return next
}

// quantity is a number being read, with its scale and unit.
type quantity struct {
	value    float64
	start    int // byte offset where the number's text starts (after a clitic)
	next     int // token index after the number and its unit
	scale    float64
	vague    bool // an order of magnitude: "مئات"
	word     bool // written in words
	small    bool // a number word up to ten, alone: needs a noun after it
	yearLike bool // an ungrouped four-digit number 1000–2199: maybe a year
	definite bool // a definite tens word ("الثلاثين"): needs a unit of the units table
	unit     string
	counted  bool   // unit is a noun the number counts, not one of the units table
	dualUnit string // the noun an Arabic dual counts
	reason   string // rangeEnd: why the pair is no range ("score", "year-span")
}

// figure reads the figure starting at token i. When it returns !ok, next
// (if > i) is where to go on.
func (s *scanner) figure(i int) (f report.Figure, next int, ok bool) {
	t := s.toks
	if s.dated(i) {
		return f, s.skip(i, "date", i+1), false
	}
	// What comes before the number: qualifier, range start, currency.
	numAt := i
	currency := ""
	if t[i].Kind == lex.Punct || t[i].Fold != "" && t[i].Fold[0] < utf8.RuneSelf {
		if c, n, ok := currenciesBefore.Match(t, i, 0); ok && i+n < len(t) && t[i+n].Kind == lex.Number && !t[i+n].Break &&
			(c != "%" || t[i+n].Glued() && (i == 0 || !t[i].Glued() || t[i-1].Kind != lex.Number)) {
			currency, numAt = c, i+n
		}
	}
	q, ok := s.number(numAt, false)
	if !ok {
		reason := "code"
		if s.dated(numAt) {
			reason = "date"
		}
		return f, s.skip(numAt, reason, q.next), false
	}
	start := q.start
	if currency != "" {
		start = t[i].Start
	}
	qual := ""
	andRange := false
	if k, skip, v, ok := before(s, qualifiersBefore, i); ok {
		qual, start = v, t[k].Start+lex.SourceSkip(s.text, &t[k], skip)
	}
	// "300+", "60+ digits": a plus glued after the number, not "1+1".
	if j := q.next; qual == "" && j < len(t) && t[j].Fold == "+" && t[j].Glued() && !(j+1 < len(t) && t[j+1].Glued() && (t[j+1].Kind == lex.Number || t[j+1].Kind == lex.Word)) {
		qual = MoreThan
		q.next++
	}
	rangeStart := -1
	if k, skip, v, ok := before(s, rangeStarts, i); ok && qual == "" {
		rangeStart, andRange = t[k].Start+lex.SourceSkip(s.text, &t[k], skip), v
	}
	if currency != "" {
		q.unit = currency // "$3.5 billion": the currency is the unit
	} else {
		s.unit(&q)
	}
	end := q.next

	// A range: "6-17", "ما بين 6 و17 سنة", "between 2 and 3 million".
	if r, ok := s.rangeEnd(&q, andRange); ok {
		if r.next < 0 {
			return f, s.skip(numAt, r.reason, -r.next), false // a score or a span of years: no figure
		}
		first := q.value
		if q.scale == 0 && r.scale > 0 && q.value*r.scale <= r.value {
			first *= r.scale
		}
		if r.value > first && (q.unit == "" || r.unit == "" || q.unit == r.unit) {
			unit := r.unit
			if unit == "" {
				unit = q.unit
			}
			if rangeStart >= 0 {
				start = rangeStart
			}
			end = s.after(&r, nil)
			return s.make(round(first), round(r.value), unit, Range, start, end), end, true
		}
	}

	if q.yearLike && (q.unit == "" || numAt > 0 && determiners[t[numAt-1].Fold]) && qual == "" && currency == "" {
		return f, s.skip(numAt, "year", q.next), false // a year: "2014", "the 2020 census"
	}
	if !q.word && q.scale == 0 && currency == "" {
		if reason := s.names(numAt, &q, qual != ""); reason != "" {
			return f, s.skip(numAt, reason, q.next), false // "الدورة 24", "عيار 18", "France 24", "الطابق 3"
		}
	}
	if q.unit == "" && qual == "" && currency == "" && !q.word && numAt > 0 && !t[numAt].Glued() && t[numAt-1].Kind == lex.Word {
		if labels[t[numAt-1].Fold] {
			return f, s.skip(numAt, "label", q.next), false // "page 45", "المادة 17"
		}
		if c := s.text[t[numAt-1].Start]; c >= 'A' && c <= 'Z' {
			return f, s.skip(numAt, "name", q.next), false // a name: "Windows 10", "Route 66", "Ligue 1"
		}
	}
	if q.small && q.unit == "" || q.definite && (q.unit == "" || q.counted) {
		return f, q.next, false // "ستة" alone; "القرن العشرين"
	}
	post := ""
	end = s.after(&q, &post)
	if q.unit == "" && q.scale == 0 && !q.vague && !q.word && qual == "" && post == "" && currency == "" && !s.counting(numAt) {
		// No reason to be a figure: no unit, noun, scale, qualifier or
		// currency, and no count word before it ("3." of a list, a table
		// cell, a line of code).
		return f, s.skip(numAt, "bare", q.next), false
	}
	if post != "" && qual == "" {
		qual = post
	}
	if qual == "" {
		qual = Exact
		if q.vague {
			qual = Approx
		}
	}
	return s.make(round(q.value), 0, q.unit, qual, start, end), end, true
}

// names returns why the number at token i names, orders or identifies a
// thing rather than counts it ("label", "grade", "name"), or "" when it
// does not: after a label ("الدورة 24", "عيار 18",
// "n° 2", "art. 49.3", "الـ60"), before a grade ("95 أوكتان", "18 karat"),
// and, bare (no unit or counted noun), right after a definite Arabic
// noun or a capitalised Latin word ("الطابق 3", "القمة العربية 33", "France
// 24 covered", "Route 66") unless a count word comes shortly before ("بلغ
// عدد القتلى 15"). qualified says a qualifier came before the number.
func (s *scanner) names(i int, q *quantity, qualified bool) string {
	t := s.toks
	if i == 0 || t[i].Break {
		return ""
	}
	p := i - 1
	if t[p].Kind == lex.Punct && (t[p].Fold == "." || t[p].Fold == "°") && p > 0 && t[p-1].Kind == lex.Word && t[p].Glued() {
		p-- // "art. 49.3", "No. 148", "n° 2"
		if dottedLabels[t[p].Fold] {
			return "label"
		}
	}
	if t[p].Kind == lex.Word {
		f := t[p].Fold
		if ageGroups[f] && p > 0 && t[p-1].Kind == lex.Word && !t[p].Break {
			team := strings.TrimPrefix(strings.TrimPrefix(t[p-1].Fold, "و"), "ال")
			if teams[team] {
				return "label" // an age group: "منتخب تحت 20 عاما"
			}
		}
		if labels[f] || f == "ال" || labels[strings.TrimPrefix(f, "و")] || strings.HasPrefix(f, "ال") && labels[f[len("ال"):]] {
			return "label"
		}
	}
	if i+1 < len(t) && !t[i+1].Break && t[i+1].Kind == lex.Word && labelsAfter[t[i+1].Fold] {
		return "grade" // "18 karat", "95 أوكتان"
	}
	if i+1 < len(t) && !t[i+1].Break && t[i+1].Kind == lex.Word && timesAfter[t[i+1].Fold] {
		return "time" // "10 صباحا", "8 pm"
	}
	if qualified || q.unit != "" || t[i-1].Kind != lex.Word || t[i].Glued() {
		return ""
	}
	w := s.text[t[i-1].Start:t[i-1].End]
	named := strings.HasPrefix(t[i-1].Fold, "ال") && !stopwords[t[i-1].Fold] || w[0] >= 'A' && w[0] <= 'Z'
	if !named {
		return ""
	}
	for k := i - 2; k >= 0 && k >= i-4; k-- {
		if t[k].Break {
			break
		}
		if countWords[t[k].Fold] {
			return ""
		}
		if _, _, ok := qualifiersBefore.Match(t, k, 0); ok {
			return ""
		}
		if _, _, ok := rangeStarts.Match(t, k, 0); ok {
			return ""
		}
	}
	if _, _, ok := qualifiersBefore.Match(t, i-1, 0); ok {
		return "" // "Nearly 20,000"
	}
	if _, _, ok := rangeStarts.Match(t, i-1, 0); ok {
		return "" // "Between 12,000"
	}
	return "name"
}

// make builds the figure spanning start to the end of token end-1.
func (s *scanner) make(value, max float64, unit, qual string, start, end int) report.Figure {
	e := s.toks[end-1].End
	return report.Figure{
		Value: value, Max: max, Text: s.text[start:e], Unit: unit, Qualifier: qual,
		Context: s.sentence(start, e), Start: start, End: e,
	}
}

// round removes the float noise of scaling ("1.2 مليون" is 1200000, not
// 1200000.0000000002).
func round(v float64) float64 {
	if v >= 1e15 {
		return v
	}
	return math.Round(v*1e6) / 1e6
}

// before finds a phrase of vb that ends right before token i (a qualifier
// or a range start), the longest one, and returns where it starts: its
// token and the bytes of its clitic prefix.
func before[V any](s *scanner, vb *lex.Vocab[V], i int) (k, skip int, v V, ok bool) {
	if i >= len(s.toks) || s.toks[i].Break {
		return 0, 0, v, false
	}
	for k = max(s.floor, i-5); k < i; k++ {
		if v, n, skip, ok := vb.MatchClitic(s.toks, k); ok && k+n == i {
			return k, skip, v, true
		}
	}
	return 0, 0, v, false
}

// number reads the number at token i, with its scale words, but not its
// unit; second says it is the second end of a range. q.next is set even
// when !ok: where scanning goes on.
func (s *scanner) number(i int, second bool) (q quantity, ok bool) {
	t := s.toks
	q.next = i + 1
	if i >= len(t) || s.dated(i) {
		return q, false
	}
	tok := &t[i]
	switch tok.Kind {
	case lex.Number:
		if !s.plainNumber(i, second) {
			return q, false
		}
		q.value, q.start = tok.Num.Value, tok.Start
		q.yearLike = tok.Num.Int && !tok.Num.Grouped && tok.Num.IntDigits == 4 && q.value >= 1000 && q.value <= 2199
	case lex.Word:
		if !s.numberWords(i, &q) {
			return q, false
		}
	default:
		return q, false
	}
	// "(45) ألف طن": a number in parentheses before its scale word.
	if j := q.next; tok.Kind == lex.Number && i > 0 && t[i-1].Fold == "(" && j+1 < len(t) && t[j].Fold == ")" && t[j].Glued() && !t[j+1].Break {
		if w, _, ok := numberWords.Match(t, j+1, 0); ok && w.kind == wordScale {
			q.next++
			q.start = t[i-1].Start
		}
	}
	// Scale words: "84 ألف", "2,5 milliards", "three million".
	if !q.vague {
		last := 0.0
		for k := 0; k < 2 && q.next < len(t) && !s.dated(q.next); k++ {
			w, n, ok := numberWords.Match(t, q.next, 0)
			if !ok || w.kind != wordScale || t[q.next].Break {
				break
			}
			q.value *= w.value
			if q.scale == 0 {
				q.scale = 1
			}
			q.scale *= w.value
			q.next += n
			q.yearLike, q.small = false, false
			last = w.value
		}
		// "83 ألفا و930", "3 مليارات و500 مليون": the smaller part after و.
		if j := q.next; last > 0 && j+1 < len(t) && t[j].Fold == "و" && !t[j+1].Break && !s.dated(j+1) && t[j+1].Kind == lex.Number && s.plainNumber(j+1, true) {
			v, k := t[j+1].Num.Value, j+2
			for k < len(t) && !t[k].Break {
				w, n, ok := numberWords.Match(t, k, 0)
				if !ok || w.kind != wordScale {
					break
				}
				v *= w.value
				k += n
			}
			if v < last {
				q.value += v
				q.next = k
			}
		}
		// "مليون ونصف": and a half.
		if j := q.next; last > 0 && j < len(t) && !t[j].Break {
			if t[j].Fold == "ونصف" {
				q.value += last / 2
				q.next++
			} else if t[j].Fold == "و" && j+1 < len(t) && t[j+1].Fold == "نصف" {
				q.value += last / 2
				q.next += 2
			}
		}
	}
	return q, true
}

// plainNumber reports whether the number token i stands for a quantity:
// not glued to letters, not part of a time, a fraction or a code. second
// says it is the second end of a range, after "-".
func (s *scanner) plainNumber(i int, second bool) bool {
	t := s.toks
	tok := &t[i]
	if c := s.text[tok.Start]; c == '0' && tok.Num.IntDigits > 1 {
		return false // 0522…, 007
	}
	if tok.Glued() && i > 0 {
		p := &t[i-1]
		switch p.Kind {
		case lex.Word:
			if !clitics[p.Fold] {
				return false // G20, كوفيد19
			}
		case lex.Punct:
			switch p.Fold {
			case ":", "/", "#", "+", ".", ",", "_", "@":
				return false
			case "-", "‐":
				if !second && i > 1 && p.Glued() && t[i-2].Kind != lex.Punct {
					return false // COVID-19; or the second half of 2-1
				}
			}
		case lex.Number:
			return false
		}
	}
	if n := i + 1; n < len(t) && t[n].Glued() {
		switch t[n].Kind {
		case lex.Word:
			if c := s.text[t[n].Start]; c < utf8.RuneSelf {
				if _, _, ok := units.Match(t, n, 0); !ok {
					if _, _, ok := numberWords.Match(t, n, 0); !ok {
						return false // 5G, 1er, 3D
					}
				}
			}
		case lex.Punct:
			if (t[n].Fold == ":" || t[n].Fold == "/") && n+1 < len(t) && t[n+1].Kind == lex.Number && t[n+1].Glued() {
				return false // 12:30, 1/2, 24/7
			}
		}
	}
	return true
}

// numberWords reads a number written in words at token i: "ستة",
// "خمسة وعشرون", "three hundred", "vingt-cinq", "عشرات الآلاف", "شهرين".
func (s *scanner) numberWords(i int, q *quantity) bool {
	t := s.toks
	w, n, skip, ok := numberWords.MatchClitic(t, i)
	if !ok {
		return false
	}
	if skip > 0 && !(skip == 2 && strings.HasPrefix(t[i].Fold, "و")) && utf8.RuneCountInString(t[i].Fold[skip:]) < 4 {
		return false // لست is "I am not", not ل + ست
	}
	q.start = t[i].Start + lex.SourceSkip(s.text, &t[i], skip)
	q.word = true
	// "عشر" after an ordinal is the ordinal's tail: "القرن التاسع عشر".
	if w.kind == wordUnit && w.value == 10 && i > 0 && strings.HasPrefix(t[i-1].Fold, "ال") {
		return false
	}
	if w.kind == wordFraction {
		// "نصف مليون": a fraction of a scale word.
		j := i + n
		if j < len(t) && t[j].Fold == "a" {
			j++ // "half a million"
		}
		w2, n2, ok := numberWords.Match(t, j, 0)
		if !ok || w2.kind != wordScale || t[j].Break {
			return false
		}
		q.value, q.scale, q.next = w.value*w2.value, w2.value, j+n2
		return true
	}
	if w.kind == wordScale && s.text[t[i].Start] < utf8.RuneSelf {
		// A Latin scale word alone counts after "a" or "un" ("a million
		// people", "un million de"), never in "billion-dollar".
		if i == 0 || (t[i-1].Fold != "a" && t[i-1].Fold != "un") && !w.plural ||
			i+n < len(t) && t[i+n].Fold == "-" && t[i+n].Glued() {
			return false
		}
	}
	if w.kind == wordScale && w.plural {
		q.value, q.vague, q.next = w.value, true, i+n // "آلاف الأشخاص"
		return true
	}
	if w.kind == wordVague {
		q.value, q.vague, q.next = w.value, true, i+n
		// "عشرات الآلاف", "hundreds of thousands", "des centaines de milliers".
		j := q.next
		if j < len(t) && (t[j].Fold == "of" || t[j].Fold == "de" || t[j].Fold == "d") {
			j++
		}
		if w2, n2, ok := numberWords.Match(t, j, 0); ok && (w2.kind == wordVague || w2.kind == wordScale) && w2.value > w.value {
			q.value *= w2.value
			q.next = j + n2
		}
		return true
	}
	if w.unit != "" {
		q.value, q.dualUnit, q.next = w.value, w.unit, i+n
		return true
	}
	w0 := w
	total, cur := 0.0, 0.0
	last, count, onlyCompound := -1, 0, true
	lastScale := 0.0
	j := i
	for {
		if count > 0 {
			w, n, skip, ok = numberWords.MatchClitic(t, j)
			if !ok || t[j].Break || w.kind == wordVague || w.unit != "" || (skip > 0 && !strings.HasPrefix(t[j].Fold, "و")) {
				break
			}
		}
		switch w.kind {
		case wordUnit:
			switch {
			case last == wordUnit && w.value == 10 && cur >= 3 && cur <= 9:
				cur += 10 // "خمسة عشر"
			case last == wordTen || last == wordHundreds || last == wordHundred || last == wordScale || last == -1:
				cur += w.value
			default:
				goto done
			}
		case wordTeen, wordTen:
			if last == wordTen || last == wordTeen {
				goto done
			}
			cur += w.value
		case wordHundreds:
			if w.value == 100 && last == wordUnit && cur < 10 {
				cur *= 100 // "ثلاث مائة"
			} else {
				cur += w.value
			}
		case wordHundred:
			cur = math.Max(cur, 1) * 100
		case wordScale:
			total += math.Max(cur, 1) * w.value
			cur = 0
			if q.scale == 0 {
				q.scale = w.value
			}
			lastScale = w.value
		case wordFraction:
			if last != wordScale {
				goto done
			}
			total += lastScale * w.value // "مليون ونصف"
		default:
			goto done
		}
		if !w.compoundOnly {
			onlyCompound = false
		}
		last = w.kind
		count++
		j += n
		// Joiners: "vingt-cinq", "twenty-five", "vingt et un", "three hundred and five",
		// "خمسة و عشرون" (a glued و is a clitic, handled by MatchClitic).
		if j+1 < len(t) && !t[j+1].Break {
			if f := t[j].Fold; (f == "-" && t[j].Glued() && t[j+1].Glued()) || f == "و" || f == "and" || f == "et" {
				if _, _, ok := numberWords.Match(t, j+1, 0); ok {
					j++
				}
			}
		}
	}
done:
	if onlyCompound {
		return false
	}
	q.definite = count == 1 && w0.definite
	q.value, q.next = total+cur, j
	q.small = count == 1 && total+cur <= 10
	return true
}

// unit reads the unit or counted noun after the number.
func (s *scanner) unit(q *quantity) {
	t := s.toks
	if q.dualUnit != "" {
		q.unit = q.dualUnit
		return
	}
	j := q.next
	if j >= len(t) || t[j].Break || s.dated(j) {
		return
	}
	// "3 millions de personnes", "2 milliards d'euros", "hundreds of people".
	if (q.scale > 0 || q.vague) && (t[j].Fold == "de" || t[j].Fold == "d" || t[j].Fold == "of") && j+1 < len(t) {
		j++
	}
	u, n, ok := units.Match(t, j, 0)
	if !ok && strings.HasPrefix(t[j].Fold, "ال") {
		u, n, ok = units.Match(t, j, len("ال")) // "ملايين الدولارات"
	}
	if !ok && (t[j].Fold == "m" || t[j].Fold == "km") && j+1 < len(t) && t[j+1].Glued() && t[j+1].Kind == lex.Number && t[j+1].Num.Int && t[j+1].Num.IntDigits == 1 && (t[j+1].Num.Value == 2 || t[j+1].Num.Value == 3) {
		// "75 m3", "120 km2"; a bare "m" is too often millions ("$6m").
		u, n, ok = t[j].Fold, 1, true
	}
	if ok && !t[j].Break {
		q.unit, q.next = u, j+n
		// km2, m3: "²" and "³" written as digits.
		if (u == "km" || u == "m") && q.next < len(t) && t[q.next].Kind == lex.Number && t[q.next].Glued() && t[q.next].Num.Int && t[q.next].Num.IntDigits == 1 {
			switch t[q.next].Num.Value {
			case 2:
				q.unit += "²"
				q.next++
			case 3:
				q.unit += "³"
				q.next++
			}
		}
		return
	}
	// "a 20-year-old", "a 12-month plan": the noun after the hyphen.
	if t[j].Fold == "-" && t[j].Glued() && j+1 < len(t) && t[j+1].Glued() {
		j++
	}
	// "two other men", "three more": skip the adjective.
	if adjectives[t[j].Fold] && j+1 < len(t) && !t[j+1].Break {
		j++
	}
	if noun, ok := s.noun(j, q.value, q.vague); ok {
		if q.yearLike && s.text[t[j].Start] < utf8.RuneSelf {
			// "his 1968 work": an English or French writer groups the
			// thousands of a count ("2,000 soldiers", "2 000 soldats"),
			// so an ungrouped four-digit number before a Latin word is a
			// year. Arabic writers often do not group: "2000 جندي".
			return
		}
		q.unit, q.next, q.counted = noun, j+1, true
	}
}

// noun returns the noun at token j that a number counts, as written,
// without the accusative ending Arabic puts on a noun after 11–99
// ("1631 مقاتلا" counts "مقاتل"). Only an order of magnitude counts a
// definite Arabic noun ("مئات الأشخاص").
func (s *scanner) noun(j int, value float64, vague bool) (string, bool) {
	t := s.toks
	if j >= len(t) || t[j].Kind != lex.Word || t[j].Break || s.dated(j) {
		return "", false
	}
	f := t[j].Fold
	if stopwords[f] || (strings.HasPrefix(f, "و") && (stopwords[f[2:]] || countWords[f[2:]])) {
		return "", false
	}
	if strings.HasPrefix(f, "ال") && !vague {
		return "", false // Arabic counts indefinite nouns; "انتخابات 2021 التشريعية" counts nothing
	}
	if _, k := lex.Clitics(f); k > 0 && strings.HasPrefix(f[2:], "ال") || strings.HasPrefix(f, "لل") {
		return "", false // a preposition and a definite noun: "50 للاستقلال", "2025 بالمغرب"
	}
	if raw := s.text[t[j].Start:t[j].End]; utf8.RuneCountInString(raw) > 4 && (strings.HasSuffix(raw, "ها") || strings.HasSuffix(raw, "هم") || strings.HasSuffix(raw, "هما") || strings.HasSuffix(raw, "هن")) {
		return "", false // a noun with a pronoun is not counted: "2 أبوابها"
	}
	if _, _, ok := numberWords.Match(t, j, 0); ok {
		return "", false
	}
	if _, _, ok := qualifiersAfter.Match(t, j, 0); ok {
		return "", false
	}
	if _, _, ok := qualifiersBefore.Match(t, j, 0); ok {
		return "", false
	}
	if _, _, ok := rangeJoins.Match(t, j, 0); ok {
		return "", false
	}
	if _, _, ok := rangeStarts.Match(t, j, 0); ok {
		return "", false
	}
	w := s.text[t[j].Start:t[j].End]
	w = strings.TrimSuffix(w, "\u064b") // tanween fath after the alef: "شخصاً"
	if r, _ := utf8.DecodeRuneInString(w); r >= 0x600 && r <= 0x6ff {
		w = strings.TrimSuffix(w, "\u064b")
		if n := int64(value) % 100; float64(int64(value)) == value && n >= 11 && n <= 99 &&
			strings.HasSuffix(w, "ا") && utf8.RuneCountInString(w) >= 4 {
			w = strings.TrimSuffix(w, "ا")
			w = strings.TrimSuffix(w, "\u064b") // "شخصًا"
		}
	}
	return w, w != ""
}

// after reads the qualifier that may follow a quantity ("تقريبا", "or
// more"), possibly after one adjective ("2 مليون نازح سوري تقريبا"), and
// returns the token index where the figure ends. post gets the qualifier.
func (s *scanner) after(q *quantity, post *string) int {
	t := s.toks
	j := q.next
	for skip := 0; skip < 2 && j+skip < len(t); skip++ {
		k := j + skip
		if t[k].Break || s.dated(k) {
			break
		}
		if v, n, ok := qualifiersAfter.Match(t, k, 0); ok {
			if post != nil {
				*post = v
			}
			return k + n
		}
		if skip == 0 && (q.unit == "" || t[k].Kind != lex.Word || stopwords[t[k].Fold]) {
			break // only a word after the unit may stand between
		}
	}
	return j
}

// rangeEnd reads the second end of a range after q. When the pair is a
// score or a span of years, r.next is minus where to go on.
func (s *scanner) rangeEnd(q *quantity, andRange bool) (r quantity, ok bool) {
	t := s.toks
	j := q.next
	if j >= len(t) || t[j].Break || s.dated(j) {
		return r, false
	}
	and, n, ok := rangeJoins.Match(t, j, 0)
	secondAt := j + n
	if !ok {
		// A glued و on the second number: "و17", "وعشرين".
		if !andRange || t[j].Kind != lex.Word || !strings.HasPrefix(t[j].Fold, "و") {
			return r, false
		}
		and, secondAt = true, j
	}
	if and && !andRange {
		return r, false
	}
	if secondAt >= len(t) || t[secondAt].Break {
		return r, false
	}
	r, ok = s.number(secondAt, true)
	if !ok || r.vague {
		return r, false
	}
	if t[j].Kind == lex.Punct && !q.word && !r.word && q.unit == "" && q.value >= r.value {
		r.next, r.reason = -r.next, "score" // "2-1" is a score
		return r, true
	}
	s.unit(&r)
	if t[j].Kind == lex.Punct && !q.word && !r.word && q.unit == "" && (r.unit == "" || r.counted) && r.value <= 20 && s.scoreNear(q.start) {
		r.next, r.reason = -r.next, "score" // "1-3" after "lost" or "انهزم" is a score too
		return r, true
	}
	if q.yearLike && r.yearLike && q.unit == "" && r.unit == "" {
		r.next, r.reason = -r.next, "year-span" // "2014-2016", "between 2014 and 2016": a span of years
		return r, true
	}
	return r, true
}

// counting reports whether a count word comes within four words before
// token i: "بلغ عدد القتلى 15", "rose to 15".
func (s *scanner) counting(i int) bool {
	t := s.toks
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if t[k+1].Break {
			return false
		}
		if countWords[t[k].Fold] {
			return true
		}
		if _, k2 := lex.Clitics(t[k].Fold); k2 > 0 && countWords[t[k].Fold[2:]] {
			return true
		}
	}
	return false
}

// scoreNear reports whether a word of a match's result ("فاز", "انهزم",
// "beat", "lost") comes within four words before the byte offset at.
func (s *scanner) scoreNear(at int) bool {
	t := s.toks
	k := 0
	for k < len(t) && t[k].Start < at {
		k++
	}
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if t[j].Break && j < k-1 {
			break
		}
		if scoreWords[t[j].Fold] {
			return true
		}
	}
	return false
}

// sentence returns the sentence around text[start:end]: from the end of the
// previous sentence (. ! ? ؟ … or a line break; a dot between digits is a
// decimal point) to the end of this one, trimmed.
func (s *scanner) sentence(start, end int) string {
	text := s.text
	if start < s.sentEnd && end <= s.sentEnd {
		return strings.TrimSpace(text[s.sentStart:s.sentEnd])
	}
	// Byte by byte, not rune by rune (WebAssembly's calls are dear): the
	// non-ASCII terminators are ؟ (D8 9F), ۔ (DB 94) and … (E2 80 A6), and
	// no other rune's bytes start with D8, DB or E2 or hold them past
	// its first byte, so a terminator is found where decoding the runes
	// finds it (FuzzSentence holds this to the rune by rune scan).
	i := start
	for i > s.scanned {
		c := text[i-1]
		if c < utf8.RuneSelf {
			if terminator(text, i-1, rune(c)) {
				break
			}
		} else if c == 0x9f && i >= 2 && text[i-2] == 0xd8 || c == 0x94 && i >= 2 && text[i-2] == 0xdb ||
			c == 0xa6 && i >= 3 && text[i-2] == 0x80 && text[i-3] == 0xe2 {
			break
		}
		i--
	}
	if i == s.scanned && s.scanned > 0 {
		i = s.sentStart // no sentence end since the last figure's sentence began
	}
	j := end
	for j < len(text) {
		c := text[j]
		switch {
		case c == '\n' || c == '\r':
		case c < utf8.RuneSelf:
			j++
			if !terminator(text, j-1, rune(c)) {
				continue
			}
		case c == 0xd8 && j+1 < len(text) && text[j+1] == 0x9f, c == 0xdb && j+1 < len(text) && text[j+1] == 0x94:
			j += 2
		case c == 0xe2 && j+2 < len(text) && text[j+1] == 0x80 && text[j+2] == 0xa6:
			j += 3
		default:
			j++
			continue
		}
		if c != '\n' && c != '\r' {
			for j < len(text) && (text[j] == '.' || text[j] == '!' || text[j] == '?') {
				j++ // "..", "?!"
			}
		}
		break
	}
	s.sentStart, s.sentEnd, s.scanned = i, j, start
	return strings.TrimSpace(text[i:j])
}

// terminator reports whether the rune r at text[i] ends a sentence.
func terminator(text string, i int, r rune) bool {
	switch r {
	case '\n', '\r', '!', '?', '؟', '…', '۔':
		return true
	case '.':
		return i == 0 || i+1 >= len(text) || !isDigitByte(text[i-1]) || !isDigitByte(text[i+1])
	}
	return false
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }
