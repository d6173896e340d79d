package ui

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/safi-app/safi/internal/export"
	"github.com/safi-app/safi/internal/report"
	"github.com/safi-app/safi/internal/report/rules"
)

// articleText is what "Copy article" copies: the title, then the body.
func articleText(r report.Report) string { return export.Text(r) }

func articleView(lang string, r *report.Report, win windower, onCopy app.EventHandler, copyMsg string, onRead app.EventHandler) app.UI {
	a := r.Article
	np, more := win("paragraphs", len(a.Paragraphs))
	paras := a.Paragraphs[:np]
	title := Bidi(a.Title)
	if title == "" {
		title = T(lang, "article.untitled")
	}
	var meta []app.UI
	addMeta := func(key, v string) {
		if v != "" {
			meta = append(meta, app.Dt().Text(T(lang, key)), app.Dd().Dir("auto").Text(Bidi(v)))
		}
	}
	addMeta("article.source", a.Source)
	addMeta("article.author", a.Author)
	if a.Published != "" {
		meta = append(meta, app.Dt().Text(T(lang, "article.date")),
			app.Dd().Body(app.Time().DateTime(a.Published).Text(FormatDate(lang, a.Published))))
	}
	var body app.UI
	if len(a.Paragraphs) == 0 {
		body = para("empty", T(lang, "article.none"))
	} else {
		body = div("body",
			app.Range(paras).Slice(func(i int) app.UI {
				pg := paras[i]
				if pg.Kind == "heading" {
					return app.H4().Dir("auto").Text(Bidi(pg.Text))
				}
				return app.P().Dir("auto").Text(Bidi(pg.Text))
			}),
			more,
		).ID("article-body").Lang(r.Language)
	}
	var dl app.UI
	if len(meta) > 0 {
		dl = app.Dl().Class("meta").Body(meta...)
	}
	return section("article", T(lang, "section.article"),
		app.H3().ID("article-title").Class("title").Dir("auto").Text(title),
		dl,
		body,
		div("toolbar",
			button("copy", "btn", T(lang, "article.copy"), onCopy),
			when(onRead != nil && len(a.Paragraphs) > 0, button("read", "btn", T(lang, "reader.open"), onRead)),
			span("note", copyMsg).Aria("live", "polite"),
		),
	)
}

// duration formats seconds as minutes (rounded) or, under a minute, seconds.
func duration(lang string, sec float64) string {
	if sec >= 60 {
		return Tn(lang, "stats.min", int(math.Round(sec/60)))
	}
	return Tn(lang, "stats.sec", int(math.Round(sec)))
}

func statsView(lang string, r *report.Report) app.UI {
	s := r.Stats.Article
	card := func(id, key, v string) app.UI {
		return div("stat", span("stat-value", v), span("stat-label", T(lang, key))).ID("stat-" + id)
	}
	var read, readNote app.UI
	if r.Readability != nil {
		read = readabilityCard(lang, r.Readability)
		readNote = para("note", Tf(lang, "read.note", formulaName(r.Readability.Formula))).ID("readability-note")
	}
	return section("stats", T(lang, "section.stats"),
		div("stats",
			card("words", "stats.words", FormatInt(lang, s.Words)),
			card("sentences", "stats.sentences", FormatInt(lang, s.Sentences)),
			card("paragraphs", "stats.paragraphs", FormatInt(lang, s.Paragraphs)),
			card("reading", "stats.reading", duration(lang, s.ReadingTimeSeconds)),
			card("speaking", "stats.speaking", duration(lang, s.SpeakingTimeSeconds)),
			card("unique", "stats.unique", FormatInt(lang, s.UniqueWords)),
			card("characters", "stats.characters", FormatInt(lang, s.Characters)),
			card("avgsent", "stats.avgsent", FormatNumber(lang, s.AvgSentenceWords, 1)),
			card("language", "stats.language", languageName(lang, r.Language)),
			read,
		),
		readNote,
		para("note", Tn(lang, "stats.page", r.Stats.Page.Words)),
	)
}

// readabilityCard shows the article's readability grade and its level in
// words, with the formula and its source in the tooltip.
func readabilityCard(lang string, g *report.Readability) app.UI {
	return div("stat",
		span("stat-value", FormatNumber(lang, g.Score, 1)+" · "+T(lang, "read."+readLevel(g.Score))),
		span("stat-label", T(lang, "stats.readability")+" ("+formulaName(g.Formula)+")"),
	).ID("stat-readability").DataSet("score", formatRaw(g.Score)).DataSet("formula", g.Formula).
		Title(T(lang, "read."+g.Formula))
}

// readLevel names the band of a readability score (Flesch's scale, which
// OSMAN and Kandel & Moles share): the key of its word.
func readLevel(score float64) string {
	switch {
	case score >= 80:
		return "easy"
	case score >= 60:
		return "plain"
	case score >= 50:
		return "fairlyhard"
	case score >= 30:
		return "hard"
	}
	return "veryhard"
}

// formulaName is a readability formula's name as people write it.
func formulaName(f string) string {
	switch f {
	case "osman":
		return "OSMAN"
	case "flesch":
		return "Flesch"
	case "kandel-moles":
		return "Kandel–Moles"
	}
	return f
}

// sortedFigures returns the figures in the order asked: by input order
// (key ""), by value, or by unit.
func sortedFigures(figs []report.Figure, key string, desc bool) []report.Figure {
	out := append([]report.Figure(nil), figs...)
	switch key {
	case "value":
		sort.SliceStable(out, func(i, j int) bool { return out[i].Value < out[j].Value })
	case "unit":
		sort.SliceStable(out, func(i, j int) bool { return out[i].Unit < out[j].Unit })
	default:
		return out
	}
	if desc {
		for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
			out[i], out[j] = out[j], out[i]
		}
	}
	return out
}

// highlight returns the sentence ctx with the first occurrence of text in a
// <mark>, all as text nodes.
func highlight(ctx, text string) []app.UI {
	i := -1
	if text != "" {
		i = strings.Index(ctx, text)
	}
	if i < 0 {
		return []app.UI{app.Text(ctx)}
	}
	return []app.UI{
		app.Text(ctx[:i]),
		app.Mark().Text(text),
		app.Text(ctx[i+len(text):]),
	}
}

// windowWords is how many words a figure's row shows on either side of it
// at most; a clause boundary stops the window once it holds minWords.
const (
	windowWords = 6
	minWords    = 3
)

// clauseEnd reports whether a word ends a clause: a comma, semicolon,
// colon or full stop, Latin or Arabic, or a dash.
func clauseEnd(w string) bool {
	return strings.ContainsAny(lastRune(w), ",;:.!?،؛؟—–")
}

func lastRune(s string) string {
	_, n := utf8.DecodeLastRuneInString(s)
	return s[len(s)-n:]
}

// figureWindow cuts the sentence ctx around the figure at [i, j): the
// clause that holds it, or windowWords words either side when the clause is
// longer, never fewer than minWords when the sentence has them. cutL and
// cutR say whether it cut.
func figureWindow(ctx string, i, j int) (before, after string, cutL, cutR bool) {
	before, after = ctx[:i], ctx[j:]
	// Leftwards: the words of before, from the figure.
	// A clause boundary within minWords words lowers the limit to
	// minWords: a few words past it, no more.
	words, limit := 0, windowWords
	k := len(before)
	for k > 0 {
		// the word ending at k (after trailing spaces)
		end := len(strings.TrimRightFunc(before[:k], unicode.IsSpace))
		if end == 0 {
			break
		}
		start := strings.LastIndexFunc(before[:end], unicode.IsSpace) + 1
		if clauseEnd(before[start:end]) {
			if words >= minWords {
				break
			}
			limit = minWords
		}
		if words >= limit {
			break
		}
		words++
		k = start
	}
	if strings.TrimSpace(before[:k]) != "" {
		before, cutL = before[k:], true
	}
	// Rightwards.
	words, limit = 0, windowWords
	k = 0
	for k < len(after) {
		start := len(after) - len(strings.TrimLeftFunc(after[k:], unicode.IsSpace))
		if start == len(after) || words >= limit {
			break
		}
		end := strings.IndexFunc(after[start:], unicode.IsSpace)
		if end < 0 {
			end = len(after)
		} else {
			end += start
		}
		words++
		k = end
		if clauseEnd(after[start:end]) {
			if words >= minWords {
				break
			}
			limit = minWords
		}
	}
	if strings.TrimSpace(after[k:]) != "" {
		after, cutR = after[:k], true
	}
	return before, after, cutL, cutR
}

// windowPieces is what a figure's window shows either side of it (ctx[i:j]),
// with "…" where it cut the sentence; cut is false when the window is the
// whole sentence. A cut can leave an embedding or isolate of the sentence
// open or closed without its opener, so each piece goes through Bidi again:
// a control the cut unpaired is written out, not left to act.
func windowPieces(ctx string, i, j int) (before, after string, cut bool) {
	before, after, cutL, cutR := figureWindow(ctx, i, j)
	if !cutL && !cutR {
		return before, after, false
	}
	if cutL {
		before = "… " + strings.TrimLeftFunc(before, unicode.IsSpace)
	}
	if cutR {
		after = strings.TrimRightFunc(after, unicode.IsSpace) + " …"
	}
	return Bidi(before), Bidi(after), true
}

// figureContext is a figure's cell: a short window of its sentence around
// it, the figure marked, the whole sentence in a <details> under it when
// the window is shorter (issue 19, point 5).
func figureContext(ctx, text string) []app.UI {
	i := -1
	if text != "" {
		i = strings.Index(ctx, text)
	}
	if i < 0 {
		return []app.UI{app.Text(ctx)}
	}
	before, after, cut := windowPieces(ctx, i, i+len(text))
	if !cut {
		return highlight(ctx, text)
	}
	return []app.UI{app.Details().Body(
		app.Summary().Class("window").Body(app.Text(before), app.Mark().Text(text), app.Text(after)),
		app.P().Class("sentence").Body(highlight(ctx, text)...),
	)}
}

func figuresView(lang string, r *report.Report, win windower, key string, desc bool, onSort func(string) app.EventHandler) app.UI {
	if len(r.Figures) == 0 {
		return section("figures", T(lang, "section.figures"), para("empty", T(lang, "fig.none")))
	}
	figs := sortedFigures(r.Figures, key, desc)
	n, more := win("figures", len(figs))
	figs = figs[:n]
	head := func(k, label string) app.UI {
		sortState := "none"
		if k == key {
			sortState = "ascending"
			if desc {
				sortState = "descending"
			}
		}
		return app.Th().Scope("col").Aria("sort", sortState).Body(
			button("", "sort", label, onSort(k), app.EventScope(k)).Title(Tf(lang, "fig.sort", label)),
		)
	}
	return section("figures", T(lang, "section.figures"),
		div("scroll",
			app.Table().ID("figures-table").Body(
				app.THead().Body(app.Tr().Body(
					head("value", T(lang, "fig.value")),
					head("unit", T(lang, "fig.unit")),
					app.Th().Scope("col").Text(T(lang, "fig.qualifier")),
					app.Th().Scope("col").Text(T(lang, "fig.context")),
				)),
				app.TBody().Body(app.Range(figs).Slice(func(i int) app.UI {
					f := figs[i]
					v := FormatNumber(lang, f.Value, 3)
					if f.Qualifier == "range" && f.Max != 0 {
						v += "–" + FormatNumber(lang, f.Max, 3)
					}
					return app.Tr().Body(
						app.Td().Class("num").DataSet("value", formatRaw(f.Value)).Text(v),
						app.Td().Dir("auto").Text(f.Unit),
						app.Td().Text(T(lang, "q."+f.Qualifier)),
						app.Td().Class("ctx").Dir("auto").Body(figureContext(Bidi(f.Context), Bidi(f.Text))...),
					)
				})),
			),
		),
		more,
	)
}

// isoText is a date's ISO form as the dates list shows it, but for a day
// without its year, whose ISO form (--11-15) reads as nothing: "15
// November".
func isoText(lang, iso string) string {
	if strings.HasPrefix(iso, "--") {
		return FormatDate(lang, iso)
	}
	return iso
}

func datesView(lang string, r *report.Report, win windower) app.UI {
	if len(r.Dates) == 0 {
		return section("dates", T(lang, "section.dates"), para("empty", T(lang, "dates.none")))
	}
	n, more := win("dates", len(r.Dates))
	dates := r.Dates[:n]
	return section("dates", T(lang, "section.dates"),
		app.Ul().Class("dates").Body(app.Range(dates).Slice(func(i int) app.UI {
			d := dates[i]
			return app.Li().Body(
				app.Time().DateTime(strings.TrimPrefix(d.ISO, "--")).Class("iso").Text(isoText(lang, d.ISO)),
				// The Hijri date as the text gave it; iso is its Gregorian day.
				when(d.Hijri != "", span("iso hijri", d.Hijri).Dir("ltr").Title(T(lang, "cal.hijri"))),
				span("src", Bidi(d.Text)).Dir("auto"),
				span("note", T(lang, "date."+d.Precision)+" · "+T(lang, "cal."+d.Calendar)),
			)
		})),
		more,
	)
}

func quotesView(lang string, r *report.Report, win windower) app.UI {
	if len(r.Quotes) == 0 {
		return section("quotes", T(lang, "section.quotes"), para("empty", T(lang, "quotes.none")))
	}
	n, more := win("quotes", len(r.Quotes))
	quotes := r.Quotes[:n]
	return section("quotes", T(lang, "section.quotes"),
		app.Ul().Class("quotes").Body(app.Range(quotes).Slice(func(i int) app.UI {
			q := quotes[i]
			// The item takes the quote's direction, so that an Arabic
			// quote wraps and aligns right in any interface. The quote
			// has no dir of its own: dir=auto skips elements that do.
			return app.Li().Dir("auto").Body(
				span("quote", "«"+Bidi(q.Text)+"»"),
				when(q.Count > 1, span("note", " ×"+FormatInt(lang, q.Count))),
			)
		})),
		more,
	)
}

// headlinesText is what "Copy headlines" copies: every ticker headline, one
// a line.
func headlinesText(r report.Report) string {
	var b strings.Builder
	for _, h := range r.Ticker.Headlines {
		b.WriteString(h.Text)
		b.WriteByte('\n')
	}
	return b.String()
}

func tickerView(lang string, r *report.Report, win windower, onCopy app.EventHandler, copyMsg string) app.UI {
	all := r.Ticker.Headlines
	n, more := win("ticker", len(all))
	hs := all[:n]
	return foldedSection("ticker", T(lang, "section.ticker"),
		span("count", Tn(lang, "ticker.count", len(all))).ID("ticker-count").DataSet("count", itoa(len(all))),
		app.Ol().Class("headlines").Body(app.Range(hs).Slice(func(i int) app.UI {
			return app.Li().Dir("auto").Text(Bidi(hs[i].Text))
		})),
		more,
		when(len(all) > 0, div("toolbar",
			button("copy-headlines", "btn", T(lang, "ticker.copy"), onCopy),
			span("note", copyMsg).Aria("live", "polite"),
		)),
	)
}

func removedView(lang string, r *report.Report, win windower) app.UI {
	// Counted first, then only the shown ones copied: a 64 MB paste has
	// about 190,000 removed blocks.
	total := 0
	for i := range r.Noise {
		if r.Noise[i].Class != report.ClassTicker {
			total++
		}
	}
	shown, more := win("removed", total)
	noise := make([]report.Noise, 0, shown)
	for i := 0; i < len(r.Noise) && len(noise) < shown; i++ {
		if r.Noise[i].Class != report.ClassTicker {
			noise = append(noise, r.Noise[i])
		}
	}
	return foldedSection("removed", T(lang, "section.removed"),
		span("count", Tn(lang, "removed.count", total)),
		app.Ul().Class("removed").Body(app.Range(noise).Slice(func(i int) app.UI {
			n := noise[i]
			return app.Li().Body(
				span("chip c-"+n.Class, T(lang, "class."+n.Class)),
				span("src", shorten(Visible(n.Text), 200)).Dir("auto"),
				span("rule", Tf(lang, "removed.by", NoiseText(lang, n))).Title(n.Rule),
			)
		})),
		more,
	)
}

// foldedSection is a card folded into a <details>, its summary the title
// and count (how many items the list has), the body under it.
func foldedSection(id, title string, count app.UI, body ...app.UI) app.UI {
	return app.Section().ID(id).Class("card").Aria("label", title).Body(
		app.Details().Body(append([]app.UI{app.Summary().Body(app.H2().Text(title), count)}, body...)...),
	)
}

// segmentChars is the most characters the segmentation view shows of one
// block: a 10 MB line would make the page crawl.
const segmentChars = 20000

// clip cuts s to segmentChars runes, saying how much it left out.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i, k := 0, 0
	for j := range s {
		if k == n {
			i = j
			break
		}
		k++
	}
	if i == 0 {
		return s
	}
	return s[:i] + " … (+" + itoa(utf8.RuneCountInString(s[i:])) + ")"
}

// classOrder is the order of the segmentation legend.
var classOrder = []string{
	report.ClassTitle, report.ClassByline, report.ClassHeading, report.ClassParagraph,
	report.ClassTicker, report.ClassBoilerplate, report.ClassOther,
}

func legend(lang string) app.UI {
	return app.Ul().Class("legend").Body(app.Range(classOrder).Slice(func(i int) app.UI {
		c := classOrder[i]
		return app.Li().Body(span("chip c-"+c, T(lang, "class."+c)))
	}))
}

func (p *Page) segmentsView(lang string) app.UI {
	s := p.run.sess
	from := min(p.screen.segFrom, len(s.Report.Blocks))
	blocks := s.Report.Blocks[from:]
	limit, more := p.window(lang)("segments", len(blocks))
	return section("segments", T(lang, "section.segments"),
		para("hint", T(lang, "seg.help")),
		legend(lang),
		// What the blocks' marks mean (issue 19, point 8): the bar, the
		// fading and the outline, each on a sample as the blocks have it.
		app.Ul().ID("seg-marks").Class("legend").Body(
			app.Li().Body(span("seg-key in", T(lang, "seg.key.in"))),
			app.Li().Body(span("seg-key", T(lang, "seg.key.out"))),
			app.Li().Body(span("seg-key corrected", T(lang, "seg.key.corrected"))),
		),
		div("toolbar",
			button("undo", "btn", T(lang, "seg.undo"), p.undo).Disabled(!s.CanUndo()),
			button("reset", "btn", T(lang, "seg.reset"), p.reset).Disabled(len(s.Corrections) == 0),
			span("note", Tn(lang, "seg.corrections", len(s.Corrections))),
		),
		p.segmentJumps(lang, from, limit),
		div("segs",
			app.Range(blocks[:limit]).Slice(func(i int) app.UI {
				b := blocks[i]
				i += from
				text := Visible(clip(s.BlockText(i), segmentChars))
				if !s.Toggleable(i) {
					return app.Div().Class("seg blank").Text(text)
				}
				in := s.InArticle(i)
				state := T(lang, "seg.out")
				cls := "seg c-" + b.Class
				if in {
					state = T(lang, "seg.in")
					cls += " in"
				}
				if _, ok := s.Corrections[i]; ok {
					cls += " corrected"
				}
				return app.Div().
					Class(cls).
					DataSet("block", i).
					Role("button").
					TabIndex(0).
					Aria("pressed", in).
					Title(T(lang, "class."+b.Class)+" · "+rules.Text(lang, b.Rule)+" · "+state).
					Dir("auto").
					Text(text).
					OnClick(p.toggle(i), app.EventScope(i)).
					OnKeyDown(p.toggleKey(i), app.EventScope(i))
			}),
		).ID("segmentation").Lang(s.Report.Language),
		more,
	)
}
