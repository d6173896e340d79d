package ui

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/safi-app/safi/internal/engine"
	"github.com/safi-app/safi/internal/ui/worker"
)

// Render draws the page. Every piece of user data becomes a text node or an
// attribute value: never raw HTML.
func (p *Page) Render() app.UI {
	lang := p.lang
	if lang == "" {
		lang = Languages[0]
	}
	shell := "shell"
	var reader app.UI
	if p.screen.reading && p.run.sess != nil {
		shell += " reading"
		reader = p.readerView(lang)
	}
	return app.Div().Class(shell).Body(
		// Always there, hidden while there are no results: a first child
		// that came and went would make go-app replace every sibling
		// after it, the textarea and its listeners with them.
		app.A().ID("skip").Class("skip").Href("#results").Hidden(p.run.sess == nil).Text(T(lang, "skip.results")).OnClick(p.skipToResults),
		p.renderHeader(lang),
		when(p.screen.updateReady, div("banner",
			app.Span().Text(T(lang, "update.available")),
			button("", "btn primary", T(lang, "update.reload"), p.reload),
		).Role("status")),
		app.Main().ID("main").Body(
			p.renderInput(lang),
			when(p.run.sess != nil, &results{Page: p, Key: lang + " " + itoa(p.screen.view), Shown: p.screen.sections}),
		),
		reader,
		app.Footer().Class("foot").Body(
			app.Text(T(lang, "app.name")+" · "+Version),
		),
	)
}

// hiddenNote is the textarea's placeholder while it does not show an input
// too large for it (see maxShown).
func (p *Page) hiddenNote(lang string) string {
	if p.in.hidden == 0 {
		return ""
	}
	name := p.in.file
	if name == "" {
		name = T(lang, "input.hidden.paste")
	}
	return Tf(lang, "input.hidden", name, sizeLabel(lang, p.in.hidden))
}

// engineMS is the time the worker spent in the engine on the last
// analysis, in milliseconds: the status line gives the whole round trip.
func (p *Page) engineMS() string {
	if p.run.sess == nil || !p.run.sess.inWorker {
		return ""
	}
	return strconv.FormatFloat(p.run.sess.engineMS, 'f', 1, 64)
}

// engineWhere says where the last analysis ran: "worker", "page" or "".
func (p *Page) engineWhere() string {
	switch {
	case p.run.sess == nil:
		return ""
	case p.run.sess.inWorker:
		return "worker"
	}
	return "page"
}

// Version is the app's version, shown in the footer; the wasm main sets it
// from the build.
var Version = "dev"

func (p *Page) renderHeader(lang string) app.UI {
	return app.Header().Class("top").Body(
		div("brand",
			app.Img().Src("/web/icon.svg").Aria("hidden", true).Width(40).Height(40),
			app.H1().Text(T(lang, "app.name")),
		),
		para("tagline", T(lang, "app.tagline")),
		div("lang",
			app.Label().For("lang").Text(T(lang, "ui.language")),
			app.Select().ID("lang").OnChange(p.setLang).Body(
				app.Range(Languages).Slice(func(i int) app.UI {
					l := Languages[i]
					o := app.Option().Value(l).Lang(l).Text(languageNames[l])
					if l == lang {
						o = o.Selected(true)
					}
					return o
				}),
			),
		),
	)
}

func (p *Page) renderInput(lang string) app.UI {
	status := T(lang, "status.idle")
	switch {
	case p.run.busy:
		status = p.run.stage
	case p.run.canceled:
		status = T(lang, "status.canceled")
	case p.run.sess != nil:
		status = Tf(lang, "status.done", FormatNumber(lang, float64(p.run.took.Microseconds())/1000, 1))
	}
	var busy, stages app.UI
	if p.run.busy {
		busy, stages = app.Progress().Class("busy").Aria("label", p.run.stage), p.stagesView(lang)
	}
	var clear app.UI
	if !p.screen.confirmClear {
		clear = button("clear", "btn", T(lang, "input.clear"), p.askClear)
	} else {
		clear = app.Span().Class("confirm").Role("group").Body(
			app.Span().Text(T(lang, "input.clear.ask")),
			button("clear-yes", "btn danger", T(lang, "input.clear.yes"), p.clear),
			button("clear-no", "btn", T(lang, "input.clear.no"), p.cancelClear),
		)
	}
	return app.Section().ID("dropzone").Class("card input").Aria("labelledby", "input-label").Body(
		app.H2().ID("input-label").Body(app.Label().For("input").Text(T(lang, "input.label"))),
		para("hint", T(lang, "input.hint")).ID("input-hint"),
		// The app sets the textarea's value itself (setElementValue), never
		// through a rendered attribute: diffing and re-setting megabytes of
		// text on every render would freeze the page.
		app.Textarea().
			ID("input").
			Class("paste").
			Dir("auto").
			Spellcheck(false).
			Placeholder(p.hiddenNote(lang)).
			Aria("describedby", "input-hint status").
			OnInput(p.onInput),
		div("toolbar",
			app.Input().ID("file").Type("file").Class("visually-hidden").
				Accept(".txt,.text,.html,.htm,text/plain,text/html").
				OnChange(p.onFileChosen),
			app.Label().For("file").Class("btn").Text(T(lang, "input.open")),
			button("paste", "btn", T(lang, "input.paste"), p.pasteClipboard),
			button("example", "btn", T(lang, "input.example"), p.example),
			clear,
		),
		app.P().ID("status").Class("status").Aria("live", "polite").DataSet("analyses", p.run.analyses).DataSet("requests", p.run.requests).DataSet("engine", p.engineWhere()).DataSet("engine-ms", p.engineMS()).DataSet("workers", worker.Workers()).Body(
			busy,
			app.Span().ID("status-text").Text(status),
			stages,
			when(p.cancelable(), button("cancel", "btn", T(lang, "status.cancel"), p.cancel)),
			when(p.run.canceled, button("reanalyze", "btn", T(lang, "status.again"), p.reanalyze)),
			when(p.in.html != "" && !p.run.busy, span("note", " "+Tf(lang, "input.html", sizeLabel(lang, len(p.in.html))))),
			when(p.in.file != "", span("note", " "+Tf(lang, "input.file", p.in.file)).Dir("auto")),
		),
		when(p.run.errMsg != "", para("alert", p.run.errMsg).ID("error").Role("alert")),
		when(p.store.msg != "", para("alert", T(lang, p.store.msg)).ID("storage").Role("alert")),
		when(p.in.fileMsg != "", para("alert", p.in.fileMsg).Role("alert")),
	)
}

// results draws the report. It is a component of its own so that what
// re-renders the page on every key press (the textarea's input handler)
// does not rebuild it: go-app updates a child component only when one of
// its exported fields changes, and Key changes only with the report, the
// corrections or the language. Each section is a component too, drawn in
// turn a frame apart (Page.reveal), so that a large report never holds the
// main thread for the time it takes to draw all of it.
//
// A later report's first screenful replaces the last report's; the last
// report's other sections stay in the page, hidden and untouched (their
// components keep the Key they were drawn with, so go-app neither updates
// nor removes them), until the reveal updates each in place. Removing them
// with the first screenful and mounting them again after it took about
// half of the first screenful's update (docs/measuring.md), and an update
// in place costs less than a mount.
type results struct {
	app.Compo
	Page  *Page
	Key   string
	Shown int // sections drawn so far

	drawn []string // the Key each section was last drawn with, "" if none
}

// resultSections are the report's sections in page order.
var resultSections = []string{"warnings", "article", "stats", "charts", "figures", "dates", "quotes", "ticker", "removed", "segments", "export"}

// firstSections are drawn with the report; the others follow a frame or
// more later, one group at a time.
const firstSections = 3

// Render draws the sections shown so far; the others wait as empty,
// hidden placeholders.
func (c *results) Render() app.UI {
	lang := Languages[0]
	if c.Page != nil && c.Page.lang != "" {
		lang = c.Page.lang
	}
	// A region the skip link focuses (tabindex -1: not in the tab order).
	return app.Div().ID("results").Class("results").Role("region").Aria("label", T(lang, "results.label")).TabIndex(-1).DataSet("complete", c.Shown >= len(resultSections)).Body(
		app.Range(resultSections).Slice(c.slot),
	)
}

// slot draws the i-th section: shown, kept hidden as last drawn, or an
// empty placeholder.
func (c *results) slot(i int) app.UI {
	if c.Page == nil || c.Page.run.sess == nil {
		c.drawn = nil // nothing of an earlier report is kept
		return div("pending")
	}
	if c.drawn == nil {
		c.drawn = make([]string, len(resultSections))
	}
	key, hidden := c.Key, i >= c.Shown
	if hidden {
		if key = c.drawn[i]; key == "" {
			return div("pending")
		}
	}
	c.drawn[i] = key
	// A wrapper the grid does not see (display: contents): hiding it
	// touches neither the section nor its component.
	slot := app.Div().Class("slot")
	if hidden {
		slot = slot.Hidden(true) // Hidden(false) would write hidden="false"
	}
	return slot.Body(&sectionView{Page: c.Page, Name: resultSections[i], Key: key})
}

// sectionView is one section of the report.
type sectionView struct {
	app.Compo
	Page *Page
	Name string
	Key  string
}

// Render draws the section.
func (c *sectionView) Render() app.UI {
	p := c.Page
	lang := p.lang
	if lang == "" {
		lang = Languages[0]
	}
	r := &p.run.sess.Report
	win := p.window(lang)
	switch c.Name {
	case "warnings":
		if len(r.Warnings) == 0 {
			return div("pending")
		}
		return app.Section().ID("warnings").Class("card warn").Aria("labelledby", "warnings-h").Body(
			app.H2().ID("warnings-h").Text(T(lang, "section.warnings")),
			app.Ul().Body(app.Range(r.Warnings).Slice(func(i int) app.UI {
				return app.Li().DataSet("code", r.Warnings[i].Code).DataSet("places", strings.Join(r.Warnings[i].Places, " ")).Text(WarningText(lang, r.Warnings[i], r.Input))
			})),
		)
	case "article":
		return articleView(lang, r, win, p.copyFrom(&p.screen.copyMsg, articleText), p.screen.copyMsg, p.openReader)
	case "stats":
		return statsView(lang, r)
	case "charts":
		return chartsView(lang, p.run.sess)
	case "figures":
		return figuresView(lang, r, win, p.screen.figSort, p.screen.figDesc, p.sortFigures)
	case "dates":
		return datesView(lang, r, win)
	case "quotes":
		return quotesView(lang, r, win)
	case "ticker":
		return tickerView(lang, r, win, p.copyFrom(&p.screen.headlinesMsg, headlinesText), p.screen.headlinesMsg)
	case "removed":
		return removedView(lang, r, win)
	case "segments":
		return p.segmentsView(lang)
	}
	return p.exportView(lang)
}

// section returns a card with an id and a heading that labels it.
func section(id, title string, body ...app.UI) app.HTMLSection {
	return app.Section().ID(id).Class("card").Aria("labelledby", id+"-h").Body(
		append([]app.UI{app.H2().ID(id + "-h").Text(title)}, body...)...,
	)
}

func itoa(n int) string { return strconv.Itoa(n) }

// analysisStages are the stages of an analysis the status line lists.
var analysisStages = []string{engine.StageReading, engine.StageClassifying, engine.StageMeasuring}

// stagesView lists the stages of the analysis under way: those done, the
// one running (aria-current) and those to come.
func (p *Page) stagesView(lang string) app.UI {
	current := ""
	if n := len(p.run.stages); n > 0 {
		current = p.run.stages[n-1]
	}
	done := true
	return app.Ol().ID("stages").Class("stages").DataSet("seen", strings.Join(p.run.stages, " ")).Body(
		app.Range(analysisStages).Slice(func(i int) app.UI {
			st := analysisStages[i]
			li := app.Li().DataSet("stage", st).Text(T(lang, "stage."+st))
			switch {
			case st == current:
				done = false
				return li.Class("current").Aria("current", "step")
			case done:
				return li.Class("done")
			}
			return li
		}),
	)
}
