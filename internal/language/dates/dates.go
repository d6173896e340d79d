// Package dates finds the dates a text mentions.
//
// Extract reads dates written with numbers (02 - 07 - 2017, 18/9/2025,
// 2025-09-18) and with month names in Arabic (Egyptian and Gulf يناير,
// Levantine كانون الثاني, Tunisian and Algerian جانفي, Moroccan يناير … ماي …
// يوليوز غشت شتنبر … نونبر دجنبر, and Hijri months), French (3 mars 2021,
// 1er janvier) and English (March 3, 2021; 3 March 2021; Sep. 2013).
//
// Each date has an ISO value and its precision:
//
//   - day: "2003-05-16"; a day and month without a year give the ISO 8601
//     truncated form "--05-16";
//   - month: "2014-01" (a month name with a year; a month name alone is not
//     a date);
//   - year: "2014", for a year introduced by a year word ("العام 2002",
//     "the year 2014", "l'année 2014"), or a four-digit number from 1900 to
//     2100 after a temporal preposition ("منذ 2002", "in 2014", "depuis
//     2014"), or any year followed by an era mark (2014م, 1445 هـ); and
//     both years of a span ("2014-2016", "من 2014 إلى 2016", "from 2014
//     to 2016"), and a year joined to a date before it ("يناير 2014
//     و2015", "between the year 2014 and 2016").
//
// A Hijri date has calendar "hijri", its Hijri year, month and day in the
// Hijri field ("1445-09-10" for 10 رمضان 1445 هـ) and in ISO the Gregorian
// day it falls on ("2024-03-20"; hijri.go). A Hijri month needs a year of
// at most 1600, and a numeric date is Hijri when هـ follows it.
//
// Numeric dates are read day-month-year, except year-month-day when the
// first number has four digits, and month-day-year when the middle number
// cannot be a month but the first can (9/18/2025). Only four-digit
// Gregorian years from 1000 to 2199 are read ("Mar 2714 min", a month and
// two numbers run together, is no date). Times of day (12:30) are not
// dates.
//
// Every date holds a number, so Extract scans only the text around digits
// (lex.Spans): text without digits costs one quick pass.
package dates

import (
	"strings"
	"sync"

	"github.com/safi-app/safi/internal/language/lex"
	"github.com/safi-app/safi/internal/report"
)

// Precisions of a date.
const (
	Day   = "day"
	Month = "month"
	Year  = "year"
)

// Extract returns the dates in text, in order; Start and End are byte
// offsets into text.
func Extract(text string) []report.Date {
	var out []report.Date
	sc := scanners.Get().(*lex.Scanner)
	defer scanners.Put(sc)
	// Every date holds a number: scan only around the digits.
	for _, sp := range lex.Spans(text, nil, reachBefore, reachAfter) {
		out = append(out, FromTokens(text, sc.ScanRange(text, sp.Start, sp.End))...)
	}
	return out
}

// plain turns the fast path of FromTokens off, for the tests that hold it
// to the plain path.
var plain = false

// scanners keeps token memory from one call to the next; dates keep
// nothing of the tokens.
var scanners = sync.Pool{New: func() any { return new(lex.Scanner) }}

// reachBefore and reachAfter are how many runs of non-space characters
// before and after a number a date may span: "كانون الثاني من العام 2014"
// reaches four back.
const (
	reachBefore = 6
	reachAfter  = 10
)

// FromTokens returns the dates in text, given its tokens from lex.Scan.
func FromTokens(text string, toks []lex.Token) []report.Date {
	var out []report.Date
	num := 0 // index of the first number at or after i
	for i := 0; i < len(toks); {
		for num < len(toks) && (num < i || toks[num].Kind != lex.Number) {
			num++
		}
		// Every date holds a number, at most window tokens after its first
		// token ("كانون الثاني من العام 2014"): skip the words far from one.
		if num-i > window {
			i = num - window
			continue
		}
		// A mark, or a word that is no month and no year word, starts no
		// date (matchDate, dayRange and a span of years all want a number
		// or one of those words first); the vocabularies' filters tell
		// most words apart without trying them.
		if t := &toks[i]; !plain && (t.Kind == lex.Punct || t.Kind == lex.Word && !months.MayMatchClitic(toks, i) && !yearWords.MayMatchClitic(toks, i)) {
			i++
			continue
		}
		dt, isDate := matchDate(text, toks, i)
		if first, second, next, ok := dayRange(text, toks, i, dt, isDate); ok {
			// Both days of a range: "من 3 إلى 7 مارس 2025", "يومي 16
			// و17 جانفي", "du 3 au 7 mars", "23 يناير إلى 5 فبراير 2025",
			// "March 16 and 17, 2025".
			out = append(out, render(text, toks, &first), render(text, toks, &second))
			i = next
			continue
		}
		if isDate {
			d := render(text, toks, &dt)
			out = append(out, d)
			i = dt.next
			// The other end of a span: "2014-2016", "من 2014 إلى 2016",
			// "between 2014 and 2016", "يناير 2014 و2015".
			for d.Calendar == Gregorian && len(d.ISO) >= 4 && d.ISO[0] != '-' {
				y, n := spanEnd(toks, i, d.ISO)
				if n == 0 {
					break
				}
				t := &toks[i+n-1]
				d = report.Date{ISO: year4(y), Precision: Year, Calendar: Gregorian, Text: text[t.Start:t.End], Start: t.Start, End: t.End}
				out = append(out, d)
				i += n
			}
			continue
		}
		// The year first, the span after: most tokens are no year, and
		// spanEnd looks its join up in a map.
		if y0 := number(toks, i, 4); y0 >= 1900 && y0 <= 2100 && toks[i].Num.IntDigits == 4 {
			if y1, n := spanEnd(toks, i+1, text[toks[i].Start:toks[i].End]); n > 0 && !listJoins[toks[i+1].Fold] {
				// A bare span of years: "2014-2016", "من 2014 إلى 2016", "from
				// 2014 to 2016"; not "2014 و2016", which may count things.
				t0, t1 := &toks[i], &toks[i+n]
				out = append(out,
					report.Date{ISO: year4(int(t0.Num.Value)), Precision: Year, Calendar: Gregorian, Text: text[t0.Start:t0.End], Start: t0.Start, End: t0.End},
					report.Date{ISO: year4(y1), Precision: Year, Calendar: Gregorian, Text: text[t1.Start:t1.End], Start: t1.Start, End: t1.End})
				i += n + 1
				continue
			}
		}
		i++
	}
	return out
}

// sentenceEnds end a sentence.
var sentenceEnds = foldSet(". ! ? ؟ … : ؛ ;")

// spanJoins join the two years of a span; listJoins among them may join
// two counts as well. dayJoins join the two days of a range.
var (
	spanJoins = foldSet("- – إلى الى حتى و to and until et à au")
	listJoins = foldSet("و and et")
	dayJoins  = foldSet("- – إلى الى حتى و to and until till through et à au")
)

// spanEnd reads the second year of a span at toks[i:]: a join, then a
// four-digit year from 1900 to 2100 (the join و may be glued to it); or
// "/" and the next year, as a season or a fiscal or academic year is
// written ("2024/2025"). first is the first date's ISO value. It returns
// the year and the tokens read, 0 when there is none.
func spanEnd(toks []lex.Token, i int, first string) (year, n int) {
	if i+1 >= len(toks) || toks[i].Break {
		return 0, 0
	}
	slash := toks[i].Fold == "/" && toks[i].Glued() && toks[i+1].Glued()
	if !spanJoins[toks[i].Fold] && !slash {
		return 0, 0
	}
	y := number(toks, i+1, 4)
	if y < 1900 || y > 2100 || toks[i+1].Num.IntDigits != 4 {
		return 0, 0
	}
	if slash && (len(first) != 4 || first != year4(y-1)) {
		return 0, 0
	}
	if i+2 < len(toks) && toks[i+2].Glued() && (toks[i+2].Kind == lex.Word || toks[i+2].Kind == lex.Number) {
		return 0, 0 // "2014-2016s", "2014-20165"
	}
	return y, 2
}

// window is how many tokens a date's first token may come before its
// first number.
const window = 6

// date is a date being read.
type date struct {
	y, m, d  int
	calendar string
	start    int // byte offset of the date's text
	next     int // index of the token after the date
}

// matchDate reads the date that starts at toks[i].
func matchDate(text string, toks []lex.Token, i int) (date, bool) {
	var dt date
	ok := false
	switch toks[i].Kind {
	case lex.Number:
		ok = numeric(toks, i, &dt) || dayFirst(text, toks, i, &dt) || bareYear(toks, i, &dt)
	case lex.Word:
		ok = monthFirst(text, toks, i, &dt) || yearWord(text, toks, i, &dt)
	}
	return dt, ok && valid(&dt)
}

// render makes the report's date of dt.
func render(text string, toks []lex.Token, dt *date) report.Date {
	end := toks[dt.next-1].End
	r := report.Date{Calendar: dt.calendar, Text: text[dt.start:end], Start: dt.start, End: end}
	if dt.calendar == Hijri && dt.y > 0 {
		r.ISO, r.Hijri = hijriFields(dt)
		switch {
		case dt.d > 0:
			r.Precision = Day
		case dt.m > 0:
			r.Precision = Month
		default:
			r.Precision = Year
		}
		return r
	}
	switch {
	case dt.d > 0 && dt.y > 0:
		r.ISO, r.Precision = isoDate(dt.y, dt.m, dt.d), Day
	case dt.d > 0:
		var b [8]byte
		s := pad(append(b[:0], '-', '-'), dt.m, 2)
		r.ISO, r.Precision = string(pad(append(s, '-'), dt.d, 2)), Day
	case dt.m > 0:
		r.ISO, r.Precision = isoDate(dt.y, dt.m, 0), Month
	default:
		r.ISO, r.Precision = year4(dt.y), Year
	}
	return r
}

// pad appends v to b in decimal, zero-padded to width digits: what fmt's
// %0*d gives for v >= 0, without fmt's cost (WebAssembly's calls are dear).
func pad(b []byte, v, width int) []byte {
	if v < 0 {
		return pad(append(b, '-'), -v, width-1) // the sign counts in the width
	}
	var d [20]byte
	i := len(d)
	for {
		i--
		d[i] = byte('0' + v%10)
		if v /= 10; v == 0 {
			break
		}
	}
	for k := len(d) - i; k < width; k++ {
		b = append(b, '0')
	}
	return append(b, d[i:]...)
}

// year4 is fmt.Sprintf("%04d", y).
//
// Out of line: it runs once a date, and app.wasm counts its bytes.
//
//go:noinline
func year4(y int) string {
	var b [8]byte
	return string(pad(b[:0], y, 4))
}

// isoDate is fmt.Sprintf("%04d-%02d-%02d", y, m, d), or without the day
// when d is 0.
//
// Out of line: it runs once a date, and app.wasm counts its bytes.
//
//go:noinline
func isoDate(y, m, d int) string {
	var b [16]byte
	s := append(pad(b[:0], y, 4), '-')
	s = pad(s, m, 2)
	if d > 0 {
		s = pad(append(s, '-'), d, 2)
	}
	return string(s)
}

// valid reports whether the day exists in its month.
func valid(dt *date) bool {
	if dt.m < 0 || dt.m > 12 || dt.d < 0 || dt.d > 31 || dt.y < 0 || dt.y > 9999 {
		return false
	}
	if dt.d == 0 {
		return true
	}
	if dt.m == 0 {
		return false
	}
	if dt.calendar == Hijri {
		return dt.d <= 30
	}
	days := [13]int{0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[dt.m]
	if dt.m == 2 && dt.y > 0 && !(dt.y%4 == 0 && (dt.y%100 != 0 || dt.y%400 == 0)) {
		days = 28
	}
	return dt.d <= days
}

// number returns the value of toks[i] when it is a whole number written
// with at most maxDigits digits and no grouping, or -1.
func number(toks []lex.Token, i, maxDigits int) int {
	if i >= len(toks) || i < 0 {
		return -1
	}
	t := &toks[i]
	if t.Kind != lex.Number || !t.Num.Int || t.Num.Grouped || t.Num.IntDigits > maxDigits || t.Break {
		return -1
	}
	return int(t.Num.Value)
}

// punct reports whether toks[i] is one of the punctuation marks in set, on
// the same line.
func punct(toks []lex.Token, i int, set string) bool {
	if i >= len(toks) || i < 0 || toks[i].Kind != lex.Punct || toks[i].Break {
		return false
	}
	for _, r := range set {
		if string(r) == toks[i].Fold {
			return true
		}
	}
	return false
}

const dateSeparators = "-/.–‐"

// numeric reads 02 - 07 - 2017, 18/9/2025 and 2025-09-18.
func numeric(toks []lex.Token, i int, dt *date) bool {
	a, b, c := number(toks, i, 4), number(toks, i+2, 4), number(toks, i+4, 4)
	if a < 0 || b < 0 || c < 0 || !punct(toks, i+1, dateSeparators) || toks[i+1].Fold != toks[i+3].Fold || !punct(toks, i+3, dateSeparators) {
		return false
	}
	// Part of a longer dotted or dashed run (a version, an address)?
	sep := toks[i+1].Fold
	if i > 0 && toks[i].Glued() && toks[i-1].Fold == sep && i > 1 && toks[i-2].Kind == lex.Number {
		return false
	}
	if i+6 < len(toks) && toks[i+5].Fold == sep && toks[i+5].Glued() && toks[i+6].Kind == lex.Number && toks[i+6].Glued() {
		return false
	}
	ad, bd, cd := toks[i].Num.IntDigits, toks[i+2].Num.IntDigits, toks[i+4].Num.IntDigits
	switch {
	case ad == 4 && bd <= 2 && cd <= 2:
		dt.y, dt.m, dt.d = a, b, c
	case cd == 4 && ad <= 2 && bd <= 2:
		dt.d, dt.m, dt.y = a, b, c
		if dt.m > 12 && dt.d <= 12 {
			dt.d, dt.m = dt.m, dt.d // 9/18/2025
		}
	default:
		return false
	}
	if dt.m == 0 || dt.d == 0 || !gregorianYear(dt.y, 4) {
		return false
	}
	dt.calendar, dt.start, dt.next = Gregorian, toks[i].Start, i+5
	era(toks, dt)
	return true
}

// gregorianYear reports whether y, written with digits digits, is read as
// a Gregorian year: four digits, 1000–2199 ("Mar 2714 min" is a month and
// two numbers run together, not the year 2714).
func gregorianYear(y, digits int) bool { return digits == 4 && y >= 1000 && y <= 2199 }

// era reads an era mark after the date and sets the calendar by it.
func era(toks []lex.Token, dt *date) {
	if cal, n, ok := eras.Match(toks, dt.next, 0); ok && !toks[dt.next].Break {
		dt.calendar = cal
		dt.next += n
	}
}

// isMonth matches a month name at toks[i] (after skip bytes of clitic),
// checking the capital an English name needs.
func isMonth(text string, toks []lex.Token, i int, clitic bool) (m month, n, skip int, ok bool) {
	if clitic {
		m, n, skip, ok = months.MatchClitic(toks, i)
	} else {
		m, n, ok = months.Match(toks, i, 0)
	}
	if !ok {
		return m, 0, 0, false
	}
	if m.capital {
		if c := text[toks[i].Start]; c < 'A' || c > 'Z' {
			return m, 0, 0, false
		}
	}
	return m, n, skip, true
}

// year reads the year at toks[j] for a date in calendar cal, with an
// optional era mark, and sets dt.y, dt.calendar and dt.next.
func year(toks []lex.Token, j int, cal string, dt *date) bool {
	y := number(toks, j, 4)
	if y < 0 || toks[j].Num.IntDigits < 3 {
		return false
	}
	if cal == Hijri && y > 1600 {
		return false
	}
	if cal == Gregorian && !gregorianYear(y, toks[j].Num.IntDigits) {
		return false
	}
	dt.y, dt.calendar, dt.next = y, cal, j+1
	era(toks, dt)
	return dt.calendar == cal
}

// dayFirst reads 16 ماي 2003, 3 mars 2021, 1er janvier, 3rd of March 2021.
func dayFirst(text string, toks []lex.Token, i int, dt *date) bool {
	d := number(toks, i, 2)
	if d < 1 || d > 31 {
		return false
	}
	j := i + 1
	if j < len(toks) && toks[j].Glued() {
		if _, n, ok := ordinalSuffixes.Match(toks, j, 0); ok {
			j += n
		}
	}
	if j < len(toks) && toks[j].Fold == "of" {
		j++
	}
	m, n, _, ok := isMonth(text, toks, j, false)
	if !ok {
		return false
	}
	j += n
	dt.d, dt.m, dt.start, dt.calendar, dt.next = d, m.n, toks[i].Start, m.calendar, j
	k := j
	if punct(toks, k, ".") && toks[k].Glued() {
		k++ // "3 Sep. 2013"; but "le 3 mars." ends with its sentence
	}
	if punct(toks, k, ",،") {
		k++
	}
	if _, n, ok := monthYearLinks.Match(toks, k, 0); ok {
		k += n
	}
	if year(toks, k, m.calendar, dt) {
		return true
	}
	dt.y, dt.calendar, dt.next = 0, m.calendar, j
	return m.calendar == Gregorian
}

// monthFirst reads يناير 2014, يونيو من العام 2014, March 3, 2021 and
// Sep. 2013.
func monthFirst(text string, toks []lex.Token, i int, dt *date) bool {
	m, n, skip, ok := isMonth(text, toks, i, true)
	if !ok {
		return false
	}
	dt.m, dt.calendar = m.n, m.calendar
	dt.start = toks[i].Start + lex.SourceSkip(text, &toks[i], skip)
	j := i + n
	if punct(toks, j, ".") && toks[j].Glued() && j+1 < len(toks) && toks[j+1].Kind == lex.Number {
		j++ // "Sep. 2013"
	}
	// English order: March 3, 2021.
	if d := number(toks, j, 2); m.capital && d >= 1 && d <= 31 {
		k := j + 1
		if k < len(toks) && toks[k].Glued() {
			if _, n, ok := ordinalSuffixes.Match(toks, k, 0); ok {
				k += n
			}
		}
		if punct(toks, k, ",،") {
			k++
		}
		dt.d = d
		if year(toks, k, m.calendar, dt) {
			return true
		}
		dt.y, dt.calendar, dt.next = 0, m.calendar, k
		if punct(toks, k-1, ",،") {
			dt.next = k - 1
		}
		return true
	}
	if punct(toks, j, ",،") {
		j++
	}
	if _, n, ok := monthYearLinks.Match(toks, j, 0); ok {
		j += n
	}
	return year(toks, j, m.calendar, dt)
}

// yearWord reads العام 2002, عام 2014, the year 2014, l'année 2014.
func yearWord(text string, toks []lex.Token, i int, dt *date) bool {
	_, n, skip, ok := yearWords.MatchClitic(toks, i)
	if !ok || number(toks, i+n, 4) < 0 || toks[i+n].Num.IntDigits < 3 {
		return false
	}
	dt.start = toks[i].Start + lex.SourceSkip(text, &toks[i], skip)
	y := int(toks[i+n].Num.Value)
	dt.y, dt.next, dt.calendar = y, i+n+1, Gregorian
	era(toks, dt)
	if dt.calendar == Gregorian && !gregorianYear(y, toks[i+n].Num.IntDigits) {
		return false
	}
	return true
}

// bareYear reads 2014 after a temporal preposition (منذ 2002, in 2014) and
// any year followed by an era mark (2014م, 1445 هـ).
func bareYear(toks []lex.Token, i int, dt *date) bool {
	y := number(toks, i, 4)
	if y < 0 || toks[i].Num.IntDigits < 3 {
		return false
	}
	dt.y, dt.start, dt.next, dt.calendar = y, toks[i].Start, i+1, ""
	era(toks, dt)
	switch dt.calendar {
	case Hijri:
		return true
	case Gregorian:
		return gregorianYear(y, toks[i].Num.IntDigits)
	}
	dt.calendar = Gregorian
	if y < 1900 || y > 2100 || toks[i].Num.IntDigits != 4 {
		return false
	}
	// The subject of a sentence: "2023 كانت سنة الجفاف", "2023 was the
	// driest year"; "كانت 2006 سنة الحرب".
	if i+1 < len(toks) && !toks[i+1].Break && (toks[i+1].Kind == lex.Word || toks[i+1].Kind == lex.Number) {
		sentenceStart := i == 0 || toks[i].Break || toks[i-1].Kind == lex.Punct && sentenceEnds[toks[i-1].Fold] && !toks[i].Glued()
		if _, _, ok := yearVerbs.Match(toks, i+1, 0); ok && sentenceStart {
			return true
		}
		if i > 0 && !toks[i].Break {
			if _, _, ok := yearVerbs.Match(toks, i-1, 0); ok {
				if _, n, ok := yearWords.Match(toks, i+1, 0); ok && i+1+n < len(toks) && strings.HasPrefix(toks[i+1+n].Fold, "ال") {
					return true
				}
			}
		}
	}
	if i == 0 || toks[i].Break {
		return false
	}
	p := &toks[i-1]
	if p.Kind != lex.Word {
		return false
	}
	if yearPrepositions[p.Fold] {
		return true
	}
	skips, k := lex.Clitics(p.Fold)
	for j := 0; j < k; j++ {
		if yearPrepositions[p.Fold[skips[j]:]] {
			return true
		}
	}
	return false
}

// dayRange reads two dates joined as a range of days at toks[i]: "3 إلى 7
// مارس 2025" (the first day takes the month and year of the second), "23
// يناير إلى 5 فبراير 2025" (the first takes the year of the second), and
// "March 16 and 17, 2025" (the second takes the month of the first). It
// returns both and the token after them.
// dt and isDate are what matchDate gives at toks[i].
func dayRange(text string, toks []lex.Token, i int, dt date, isDate bool) (first, second date, next int, ok bool) {
	d1 := number(toks, i, 2)
	if d1 >= 1 && d1 <= 31 && i+2 < len(toks) && dayJoins[toks[i+1].Fold] && !toks[i+1].Break && toks[i+2].Kind == lex.Number && !toks[i+2].Break {
		// "3 إلى 7 مارس 2025": the first day has no month of its own.
		if !isDate {
			second, ok = matchDate(text, toks, i+2)
			if ok && second.d > d1 && second.start == toks[i+2].Start {
				first = second
				first.d, first.start, first.next = d1, toks[i].Start, i+1
				return first, second, second.next, valid(&first)
			}
			return first, second, 0, false
		}
	}
	first = dt
	if !isDate || first.d == 0 {
		return first, second, 0, false
	}
	j := first.next
	if j+1 >= len(toks) || !dayJoins[toks[j].Fold] || toks[j].Break || toks[j+1].Break {
		return first, second, 0, false
	}
	if second, ok = matchDate(text, toks, j+1); ok && second.d > 0 && second.calendar == first.calendar {
		// "23 يناير إلى 5 فبراير 2025": the year of the second.
		if first.y == 0 && second.y > 0 {
			first.y = second.y
			if first.m > second.m {
				first.y--
			}
		}
		return first, second, second.next, valid(&first)
	}
	// "March 16 and 17, 2025", "16 mars et 17": the month of the first.
	d2 := number(toks, j+1, 2)
	if d2 <= first.d || d2 > 31 {
		return first, second, 0, false
	}
	second = first
	second.d, second.start, second.next = d2, toks[j+1].Start, j+2
	k := j + 2
	if punct(toks, k, ",،") {
		k++
	}
	if first.y == 0 {
		var withYear date
		if year(toks, k, first.calendar, &withYear) {
			first.y, second.y, second.next = withYear.y, withYear.y, withYear.next
		}
	}
	return first, second, second.next, valid(&second)
}
