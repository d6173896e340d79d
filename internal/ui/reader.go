package ui

import (
	"errors"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/safi-app/safi/internal/ui/worker"
)

// The reading view's font sizes and line widths are steps of classes in
// safi.css (fs-1…fs-5, lw-1…lw-4: the app sets no inline style), starting
// from readerDefault.
const (
	fontSteps     = 5
	widthSteps    = 4
	readerDefault = 2
)

// openReader opens the reading view of the article.
func (p *Page) openReader(ctx app.Context, e app.Event) {
	if p.run.sess == nil {
		return
	}
	p.screen.reading = true
	p.afterDraw(func() { focusElement("#reader") })
}

// closeReader closes the reading view and gives the focus back to the
// button that opened it.
func (p *Page) closeReader(ctx app.Context, e app.Event) {
	if !p.screen.reading {
		return
	}
	p.screen.reading = false
	p.afterDraw(func() { focusElement("#read") })
}

// step returns a handler that moves *v by d within [1, n].
func step(v *int, d, n int) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		*v = min(max(level(*v)+d, 1), n)
	}
}

// level is a step as stored (0: the default) as shown.
func level(v int) int {
	if v == 0 {
		return readerDefault
	}
	return v
}

// stepButton is a button of the reading view's font size or line width,
// named label, aria-disabled at the end of its steps.
func stepButton(id, label string, last bool, text string, h app.EventHandler) app.UI {
	return button(id, "btn", text, h).Aria("label", label).Aria("disabled", last)
}

// printPage opens the browser's print dialog; the print stylesheet prints
// the reading view when it is open, else the article.
func printPage(ctx app.Context, e app.Event) {
	worker.JSCall(func() { app.Window().Call("print") })
}

// readerView is the article alone, in a column whose font size and line
// width the reader sets, with print.
func (p *Page) readerView(lang string) app.UI {
	r := &p.run.sess.Report
	a := r.Article
	fs, lw := level(p.screen.fontStep), level(p.screen.widthStep)
	title := Bidi(a.Title) // pasted text: controls that would reorder it shown as markers
	if title == "" {
		title = T(lang, "article.untitled")
	}
	np, more := p.window(lang)("paragraphs", len(a.Paragraphs))
	paras := a.Paragraphs[:np]
	var meta app.UI
	if a.Source != "" || a.Published != "" {
		m := Bidi(a.Source)
		if a.Published != "" {
			if m != "" {
				m += " · "
			}
			m += FormatDate(lang, a.Published)
		}
		meta = para("reader-meta", m).Dir("auto")
	}
	return app.Div().ID("reader").Class("reader fs-"+itoa(fs)+" lw-"+itoa(lw)).
		Role("dialog").Aria("modal", true).Aria("labelledby", "reader-title").TabIndex(-1).
		DataSet("font", fs).DataSet("width", lw).Body(
		div("toolbar reader-bar",
			span("note", T(lang, "reader.size")),
			// The names begin with the visible text (WCAG 2.5.3, axe's
			// label-content-name-mismatch): "A− Smaller text".
			stepButton("font-down", "A− "+T(lang, "reader.smaller"), fs <= 1, "A−", step(&p.screen.fontStep, -1, fontSteps)),
			stepButton("font-up", "A+ "+T(lang, "reader.larger"), fs >= fontSteps, "A+", step(&p.screen.fontStep, 1, fontSteps)),
			span("note", T(lang, "reader.width")),
			stepButton("width-down", T(lang, "reader.narrower"), lw <= 1, "→←", step(&p.screen.widthStep, -1, widthSteps)),
			stepButton("width-up", T(lang, "reader.wider"), lw >= widthSteps, "←→", step(&p.screen.widthStep, 1, widthSteps)),
			button("print", "btn", T(lang, "reader.print"), printPage),
			button("reader-close", "btn", T(lang, "reader.close"), p.closeReader),
		).Role("toolbar").Aria("label", T(lang, "reader.controls")),
		app.Article().Class("reader-text").Lang(r.Language).Dir(r.Direction).Body(
			app.H1().ID("reader-title").Dir("auto").Text(title),
			meta,
			app.Range(paras).Slice(func(i int) app.UI {
				if paras[i].Kind == "heading" {
					return app.H2().Dir("auto").Text(Bidi(paras[i].Text))
				}
				return app.P().Dir("auto").Text(Bidi(paras[i].Text))
			}),
			more,
		),
	)
}

// pasteClipboard is the Paste button: it reads the clipboard, where the
// browser allows it, and analyses its text as a paste replacing the
// input; where the browser refuses, it says so and how to paste instead.
func (p *Page) pasteClipboard(ctx app.Context, e app.Event) {
	readClipboard(func(text string, err error) {
		ctx.Dispatch(func(ctx app.Context) {
			switch {
			case errors.Is(err, errNoClipboard):
				p.in.fileMsg = T(p.lang, "paste.unavailable")
			case err != nil:
				p.in.fileMsg = T(p.lang, "paste.refused")
			case text == "":
				p.in.fileMsg = T(p.lang, "paste.empty")
			default:
				p.in.fileMsg = ""
				p.setInput(ctx, text, "", "")
			}
		})
	})
}
