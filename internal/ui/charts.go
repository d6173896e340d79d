package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/safi-app/safi/internal/report"
)

const svgNS = "http://www.w3.org/2000/svg"

// svg returns an SVG element with attributes given as name, value pairs;
// every element of a drawing needs the SVG namespace. (Pairs in one call,
// not a chain of Attr calls: a call of a chain is some 200 bytes of
// app.wasm, see el.go.)
func svg(tag string, attrs ...string) app.HTMLElem {
	e := app.Elem(tag).XMLNS(svgNS)
	for i := 0; i+1 < len(attrs); i += 2 {
		e = e.Attr(attrs[i], attrs[i+1])
	}
	return e
}

func num(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) }

// part is one share of a stacked bar.
type part struct {
	Key   string // class or script name, for the colour
	Label string
	Value float64
}

// composition returns the characters of the page by kind: article (body
// paragraphs and headings), title and byline, ticker, boilerplate, other.
func composition(lang string, s *Session) []part {
	keys := [...]string{"article", report.ClassTitle, report.ClassTicker, report.ClassBoilerplate, report.ClassOther}
	var counts [len(keys)]int
	runes := s.blockRunes()
	for i := range s.Report.Blocks {
		k := 4 // other, and any class the chart does not know
		switch class := s.Report.Blocks[i].Class; {
		case report.InArticle(class):
			k = 0
		case class == report.ClassTitle || class == report.ClassByline:
			k = 1
		case class == report.ClassTicker:
			k = 2
		case class == report.ClassBoilerplate:
			k = 3
		}
		counts[k] += runes[i]
	}
	var parts []part
	for i, k := range keys {
		if counts[i] > 0 {
			parts = append(parts, part{Key: k, Label: T(lang, "class."+k), Value: float64(counts[i])})
		}
	}
	return parts
}

// scriptParts returns the script composition of the article.
func scriptParts(lang string, scripts map[string]float64) []part {
	var parts []part
	for _, k := range []string{"arabic", "latin", "digits", "other"} {
		if v := scripts[k]; v > 0 {
			parts = append(parts, part{Key: "s-" + k, Label: T(lang, "script."+k), Value: v})
		}
	}
	return parts
}

// stackedBar draws parts as one horizontal bar, first part at the start of
// the reading direction, with a legend giving each share in percent.
func stackedBar(lang, id, title string, parts []part) app.UI {
	total := 0.0
	for _, pt := range parts {
		total += pt.Value
	}
	if total <= 0 {
		return nil
	}
	const w, h = 400.0, 28.0
	rtl := dirOf(lang) == "rtl"
	var rects []app.UI
	x := 0.0
	for _, pt := range parts {
		pw := pt.Value / total * w
		rx := x
		if rtl {
			rx = w - x - pw
		}
		rects = append(rects, svg("rect", "class", "f-"+pt.Key, "x", num(rx), "y", "0", "width", num(pw), "height", num(h)).
			Body(svg("title").Text(pt.Label+" "+FormatNumber(lang, pt.Value/total*100, 1)+"%")))
		x += pw
	}
	return app.Figure().ID(id).Class("chart").Body(
		svg("svg", "viewBox", "0 0 400 28", "preserveAspectRatio", "none", "role", "img", "aria-label", title, "class", "bar").Body(rects...),
		app.FigCaption().Body(
			span("chart-title", title),
			app.Ul().Class("legend").Body(app.Range(parts).Slice(func(i int) app.UI {
				pt := parts[i]
				return app.Li().Body(
					span("chip c-"+pt.Key, pt.Label),
					app.Text(" "+FormatNumber(lang, pt.Value/total*100, 1)+"%"),
				)
			})),
		),
	)
}

// termsChart draws the top terms as horizontal bars, labels on the reading
// side.
func termsChart(lang string, terms []report.Term) app.UI {
	if len(terms) == 0 {
		return para("empty", T(lang, "chart.terms.none"))
	}
	if len(terms) > 15 {
		terms = terms[:15]
	}
	maxc := 1
	for _, t := range terms {
		maxc = max(maxc, t.Count)
	}
	const w, row, labelW, countW = 400.0, 22.0, 130.0, 40.0
	barMax := w - labelW - countW - 12
	rtl := dirOf(lang) == "rtl"
	var items []app.UI
	for i, t := range terms {
		y := float64(i) * row
		bw := float64(t.Count) / float64(maxc) * barMax
		lx, la, bx, cx, ca := labelW-4, "end", labelW+2, labelW+2+bw+4, "start"
		if rtl {
			lx, la, bx, cx, ca = w-labelW+4, "start", w-labelW-2-bw, w-labelW-2-bw-4, "end"
		}
		items = append(items, svg("g").Body(
			svg("text", "x", num(lx), "y", num(y+row*0.7), "text-anchor", la, "class", "lbl").Text(shorten(t.Term, 18)),
			svg("rect", "class", "f-term", "x", num(bx), "y", num(y+3), "width", num(max(bw, 1)), "height", num(row-6)),
			svg("text", "x", num(cx), "y", num(y+row*0.7), "text-anchor", ca, "class", "cnt").Text(FormatInt(lang, t.Count)),
		))
	}
	hgt := float64(len(terms)) * row
	return app.Figure().ID("terms-chart").Class("chart").Body(
		svg("svg", "viewBox", "0 0 400 "+num(hgt), "direction", "ltr", "role", "img", "aria-label", T(lang, "chart.terms"), "class", "terms").Body(items...),
		app.FigCaption().Class("chart-title").Text(T(lang, "chart.terms")),
	)
}

func chartsView(lang string, s *Session) app.UI {
	r := &s.Report
	return section("charts", T(lang, "section.charts"),
		termsChart(lang, r.Terms),
		stackedBar(lang, "page-chart", T(lang, "chart.page"), composition(lang, s)),
		stackedBar(lang, "script-chart", T(lang, "chart.scripts"), scriptParts(lang, r.Stats.Article.Scripts)),
	)
}
