// Package render turns a report into text for people: the article as plain
// text, a Markdown summary, and the figures as CSV. The CLI and the browser
// app's exports share it.
package export

import (
	"encoding/csv"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/safi-app/safi/internal/report"
	"github.com/safi-app/safi/internal/report/rules"
)

// Text returns the article only: the title, a blank line, the body.
func Text(r report.Report) string {
	var b strings.Builder
	if r.Article.Title != "" {
		b.WriteString(r.Article.Title)
		b.WriteString("\n\n")
	}
	if r.Article.Text != "" {
		b.WriteString(r.Article.Text)
		b.WriteString("\n")
	}
	return b.String()
}

// Markdown returns a readable summary of the report: the article, then its
// statistics (article, page and noise side by side), the readability grade,
// top terms and phrases, figures, dates and quotes, then the ticker and
// what was removed. Sections with nothing to show are left out.
func Markdown(r report.Report) string {
	var b strings.Builder
	title := r.Article.Title
	if title == "" {
		title = "Untitled"
	}
	fmt.Fprintf(&b, "# %s\n\n", mdEscape(title))
	writeMeta(&b, r.Article)
	for _, p := range r.Article.Paragraphs {
		if p.Kind == "heading" {
			fmt.Fprintf(&b, "## %s\n\n", mdEscape(p.Text))
		} else {
			fmt.Fprintf(&b, "%s\n\n", mdEscape(p.Text))
		}
	}
	var m strings.Builder
	writeStats(&m, r.Stats)
	writeReadability(&m, r.Readability)
	writeTerms(&m, r.Terms, r.Phrases)
	writeFigures(&m, r.Figures)
	writeDates(&m, r.Dates)
	writeQuotes(&m, r.Quotes)
	if m.Len() > 0 {
		b.WriteString("---\n\n")
		b.WriteString(m.String())
	}
	if n := len(r.Ticker.Headlines); n > 0 {
		fmt.Fprintf(&b, "---\n\n## Ticker (%d headlines)\n\n", n)
		for _, h := range r.Ticker.Headlines {
			fmt.Fprintf(&b, "- %s\n", mdEscape(h.Text))
		}
		b.WriteString("\n")
	}
	if len(r.Noise) > 0 {
		b.WriteString("## Removed\n\n")
		for _, n := range r.Noise {
			if n.Class == report.ClassTicker {
				continue
			}
			b.WriteString("- ")
			b.WriteString(n.Class)
			b.WriteString(" (")
			b.WriteString(noiseRule(n))
			b.WriteString("): ")
			b.WriteString(mdEscape(short(n.Text, 120)))
			b.WriteString("\n")
		}
		b.WriteString("\n")
	}
	return b.String()
}

// noiseRule names the rule that removed a block and, for the learned
// model, in English the features that weighed most ("model.text: short,
// mostly links, far from the article"): the words the page shows, from the
// registry.
func noiseRule(n report.Noise) string {
	if len(n.Why) == 0 {
		return n.Rule
	}
	words := make([]string, len(n.Why))
	for i, k := range n.Why {
		words[i] = rules.WhyText("en", k)
	}
	return n.Rule + ": " + mdEscape(strings.Join(words, ", "))
}

// ArticleMarkdown returns the article alone as Markdown.
func ArticleMarkdown(r report.Report) string {
	var b strings.Builder
	if r.Article.Title != "" {
		fmt.Fprintf(&b, "# %s\n\n", mdEscape(r.Article.Title))
	}
	writeMeta(&b, r.Article)
	for _, p := range r.Article.Paragraphs {
		if p.Kind == "heading" {
			fmt.Fprintf(&b, "## %s\n\n", mdEscape(p.Text))
		} else {
			fmt.Fprintf(&b, "%s\n\n", mdEscape(p.Text))
		}
	}
	return b.String()
}

// mdEscape escapes the characters that would start Markdown syntax.
func mdEscape(s string) string {
	return mdEscaper.Replace(s)
}

// mdEscaper is mdEscape's replacer, made once (strings.NewReplacer builds
// its table on first use): a report of a large page escapes a removed
// block a line.
var mdEscaper = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "<", `\<`, "#", `\#`)

// short returns s cut to its first n characters and "…" when it is longer,
// invalid UTF-8 in what it keeps as U+FFFD, as a conversion to runes gives.
func short(s string, n int) string {
	k := 0
	for i := range s {
		if k == n {
			if head := s[:i]; utf8.ValidString(head) {
				return head + "…"
			}
			return string([]rune(s[:i])) + "…"
		}
		k++
	}
	return s
}

// writeStats writes the statistics of the article, the page and the noise
// as one table.
func writeStats(b *strings.Builder, s report.StatsSet) {
	if s.Article.Words == 0 && s.Page.Words == 0 {
		return
	}
	sets := []report.Stats{s.Article, s.Page, s.Noise}
	b.WriteString("## Statistics\n\n| | Article | Page | Noise |\n| --- | ---: | ---: | ---: |\n")
	row := func(name string, cell func(st report.Stats) string) {
		fmt.Fprintf(b, "| %s |", name)
		for _, st := range sets {
			fmt.Fprintf(b, " %s |", cell(st))
		}
		b.WriteString("\n")
	}
	row("Language", func(st report.Stats) string { return st.Language })
	row("Characters", func(st report.Stats) string { return count(st.Characters) })
	row("Characters without spaces", func(st report.Stats) string { return count(st.CharactersNoSpaces) })
	row("Letters", func(st report.Stats) string { return count(st.Letters) })
	row("Words", func(st report.Stats) string { return count(st.Words) })
	row("Unique words", func(st report.Stats) string { return count(st.UniqueWords) })
	row("Sentences", func(st report.Stats) string { return count(st.Sentences) })
	row("Paragraphs", func(st report.Stats) string { return count(st.Paragraphs) })
	row("Headings", func(st report.Stats) string { return count(st.Headings) })
	row("Average word length (letters)", func(st report.Stats) string { return decimal(st.AvgWordLength) })
	row("Average sentence length (words)", func(st report.Stats) string { return decimal(st.AvgSentenceWords) })
	row("Type/token ratio", func(st report.Stats) string { return decimal(st.TypeTokenRatio) })
	row("Reading time", func(st report.Stats) string { return duration(st.ReadingTimeSeconds) })
	row("Speaking time", func(st report.Stats) string { return duration(st.SpeakingTimeSeconds) })
	row("Scripts", func(st report.Stats) string { return scripts(st.Scripts) })
	b.WriteString("\n")
}

// formulaNames are the readability formulas' names as the summary gives
// them (report.Readability.Formula is the key).
var formulaNames = map[string]string{"osman": "OSMAN", "flesch": "Flesch reading ease", "kandel-moles": "Kandel & Moles"}

// writeReadability writes the article's readability grade, when its
// language has a formula.
func writeReadability(b *strings.Builder, g *report.Readability) {
	if g == nil {
		return
	}
	name := formulaNames[g.Formula]
	if name == "" {
		name = g.Formula
	}
	fmt.Fprintf(b, "**Readability** (%s): %s, from %s words in %s sentences.\n\n", name, decimal(g.Score), count(g.Words), count(g.Sentences))
}

// writeTerms writes the top terms, with their forms, and the top phrases.
func writeTerms(b *strings.Builder, terms []report.Term, phrases []report.Phrase) {
	if len(terms) > 0 {
		b.WriteString("## Top terms\n\n")
		for i, t := range terms {
			fmt.Fprintf(b, "%d. %s — %d", i+1, mdEscape(t.Term), t.Count)
			if len(t.Forms) > 1 || len(t.Forms) == 1 && t.Forms[0] != t.Term {
				fmt.Fprintf(b, " (%s)", mdEscape(strings.Join(t.Forms, ", ")))
			}
			b.WriteString("\n")
		}
		b.WriteString("\n")
	}
	if len(phrases) > 0 {
		b.WriteString("## Top phrases\n\n")
		for i, p := range phrases {
			fmt.Fprintf(b, "%d. %s — %d\n", i+1, mdEscape(p.Text), p.Count)
		}
		b.WriteString("\n")
	}
}

// writeFigures writes the figures as a table.
func writeFigures(b *strings.Builder, figures []report.Figure) {
	if len(figures) == 0 {
		return
	}
	fmt.Fprintf(b, "## Figures (%d)\n\n| Value | As written | Unit | Qualifier |\n| ---: | --- | --- | --- |\n", len(figures))
	for _, f := range figures {
		v := grouped(f.Value)
		if f.Qualifier == "range" || f.Max != 0 {
			v += "–" + grouped(f.Max)
		}
		fmt.Fprintf(b, "| %s | %s | %s | %s |\n", v, cell(f.Text), cell(f.Unit), cell(f.Qualifier))
	}
	b.WriteString("\n")
}

// writeDates writes the dates as a table.
func writeDates(b *strings.Builder, dates []report.Date) {
	if len(dates) == 0 {
		return
	}
	fmt.Fprintf(b, "## Dates (%d)\n\n| Date | Precision | Calendar | As written |\n| --- | --- | --- | --- |\n", len(dates))
	for _, d := range dates {
		cal := d.Calendar
		if d.Hijri != "" {
			cal += " " + d.Hijri // the Hijri date beside its Gregorian day
		}
		fmt.Fprintf(b, "| %s | %s | %s | %s |\n", cell(d.ISO), cell(d.Precision), cell(cal), cell(d.Text))
	}
	b.WriteString("\n")
}

// writeQuotes writes the quoted phrases with their counts.
func writeQuotes(b *strings.Builder, quotes []report.Quote) {
	if len(quotes) == 0 {
		return
	}
	b.WriteString("## Quotes\n\n")
	for _, q := range quotes {
		fmt.Fprintf(b, "- «%s»", mdEscape(q.Text))
		if q.Count > 1 {
			fmt.Fprintf(b, " × %d", q.Count)
		}
		b.WriteString("\n")
	}
	b.WriteString("\n")
}

// FiguresCSV returns the figures as CSV (RFC 4180, CRLF-free, "\n" line
// ends): a header row, then one row per figure with its value, text, unit,
// qualifier, max (empty unless a range), context, start and end. Fields are
// quoted when they need it. A text field that a spreadsheet would run as a
// formula (starting with =, +, -, @, a tab or a carriage return, and not a
// plain number) is prefixed with an apostrophe. There is no byte order
// mark: a caller that targets Excel may prepend "\ufeff".
func FiguresCSV(r report.Report) string {
	var b strings.Builder
	w := csv.NewWriter(&b)
	w.Write([]string{"value", "text", "unit", "qualifier", "max", "context", "start", "end"})
	for _, f := range r.Figures {
		hi := ""
		if f.Qualifier == "range" || f.Max != 0 {
			hi = number(f.Max)
		}
		w.Write([]string{
			number(f.Value), safeCell(f.Text), safeCell(f.Unit), safeCell(f.Qualifier), hi,
			safeCell(f.Context), strconv.Itoa(f.Start), strconv.Itoa(f.End),
		})
	}
	w.Flush()
	return b.String()
}

// safeCell defuses a CSV field that a spreadsheet would read as a formula.
func safeCell(s string) string {
	if s == "" || !strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return s
	}
	if _, err := strconv.ParseFloat(s, 64); err == nil {
		return s
	}
	return "'" + s
}

// number formats a value without exponent or trailing zeros.
func number(v float64) string {
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// grouped formats a value with its thousands grouped by commas.
func grouped(v float64) string {
	s := number(v)
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	intPart, frac, hasFrac := strings.Cut(s, ".")
	if len(intPart) > 3 {
		var g strings.Builder
		for i, c := range intPart {
			if i > 0 && (len(intPart)-i)%3 == 0 {
				g.WriteByte(',')
			}
			g.WriteRune(c)
		}
		intPart = g.String()
	}
	if hasFrac {
		return sign + intPart + "." + frac
	}
	return sign + intPart
}

// count formats a count, its thousands grouped.
func count(n int) string { return grouped(float64(n)) }

// decimal formats a ratio or an average.
func decimal(v float64) string { return number(v) }

// duration formats seconds as "42 s" or "5 min 3 s".
func duration(sec float64) string {
	s := int(math.Round(sec))
	if s < 60 {
		return strconv.Itoa(s) + " s"
	}
	if s%60 == 0 {
		return strconv.Itoa(s/60) + " min"
	}
	return fmt.Sprintf("%d min %d s", s/60, s%60)
}

// scripts formats the script composition, in a fixed order.
func scripts(m map[string]float64) string {
	var parts []string
	for _, k := range []string{"arabic", "latin", "digits", "other"} {
		if v := m[k]; v > 0 {
			parts = append(parts, fmt.Sprintf("%s %s%%", k, number(v)))
		}
	}
	if len(parts) == 0 {
		return "–"
	}
	return strings.Join(parts, ", ")
}

// cell escapes a Markdown table cell.
func cell(s string) string {
	if s == "" {
		return "–"
	}
	return strings.NewReplacer("|", `\|`, "\n", " ", "\r", " ").Replace(mdEscape(s))
}

// writeMeta writes the article's source, author and publication date, one
// line, when it has any.
func writeMeta(b *strings.Builder, a report.Article) {
	var meta []string
	if a.Source != "" {
		meta = append(meta, "Source: "+mdEscape(a.Source))
	}
	if a.Author != "" {
		meta = append(meta, "Author: "+mdEscape(a.Author))
	}
	if a.Published != "" {
		meta = append(meta, "Published: "+a.Published)
	}
	if len(meta) > 0 {
		b.WriteString(strings.Join(meta, " · "))
		b.WriteString("\n\n")
	}
}
