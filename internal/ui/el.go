package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// Builders of the elements the views draw most often. Each is one call
// where a view wrote a chain of them: in app.wasm every call of a chain is
// an interface method call of some 200 bytes of code, at each place it is
// written (docs/measuring.md, "Size (app.wasm)"). They build the same
// elements as the chains: the same tag, attributes, text and handlers (an
// attribute set to "" is no attribute at all in go-app).

// button is a button with an id (none for ""), classes and a text label,
// calling h when clicked.
func button(id, class, label string, h app.EventHandler, opts ...app.EventOption) app.HTMLButton {
	return app.Button().ID(id).Class(class).Text(label).OnClick(h, opts...)
}

// span is a span of classes holding text.
func span(class, text string) app.HTMLSpan { return app.Span().Class(class).Text(text) }

// para is a paragraph of classes holding text.
func para(class, text string) app.HTMLP { return app.P().Class(class).Text(text) }

// div is a div of classes holding body.
func div(class string, body ...app.UI) app.HTMLDiv { return app.Div().Class(class).Body(body...) }

// when is ui when ok, else nothing: a nil child, which go-app leaves out as
// it leaves out a false app.If. Unlike app.If it takes the element itself,
// not a function that builds it (a closure at each use): for elements that
// are cheap and safe to build either way.
func when(ok bool, ui app.UI) app.UI {
	if ok {
		return ui
	}
	return nil
}
