package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/safi-app/safi/internal/ui/worker"
)

// segmentJumps is the segmentation view's way through a long page: the
// blocks shown, and buttons that jump to the article's first block, to the
// next block of each class (after the one last jumped to, round to the
// start) and back to the start. Nothing for a page short enough to show
// whole.
func (p *Page) segmentJumps(lang string, from, shown int) app.UI {
	s := p.run.sess
	blocks := s.Report.Blocks
	if len(blocks) <= segmentWindow {
		return div("pending")
	}
	counts := map[string]int{}
	for i := range blocks {
		if s.Toggleable(i) {
			counts[blocks[i].Class]++
		}
	}
	var buttons []app.UI
	if first := p.jumpTarget("article"); first >= 0 {
		buttons = append(buttons, button("jump-article", "btn", T(lang, "seg.jump.article"), p.jumpNext("article")).DataSet("target", first))
	}
	for _, c := range classOrder {
		if counts[c] == 0 {
			continue
		}
		buttons = append(buttons, button("jump-"+c, "btn chip c-"+c, Tf(lang, "seg.jump.next", T(lang, "class."+c)), p.jumpNext(c), app.EventScope(c)).
			DataSet("target", p.jumpTarget(c)).Title(Tn(lang, "seg.jump.count", counts[c])))
	}
	if from > 0 {
		buttons = append(buttons, button("jump-start", "btn", T(lang, "seg.jump.start"), p.jumpNext("")))
	}
	return div("toolbar jumps",
		span("note", Tf(lang, "seg.range", FormatInt(lang, from+1), FormatInt(lang, from+shown), FormatInt(lang, len(blocks)))).
			ID("seg-range").DataSet("from", from),
		app.Range(buttons).Slice(func(i int) app.UI { return buttons[i] }),
	).ID("seg-jumps").Role("group").Aria("label", T(lang, "seg.jump"))
}

// nextBlock returns the first block at or after start that can be moved
// (not blank space) and satisfies ok, searching round to the start; -1
// when there is none.
func (s *Session) nextBlock(start int, ok func(int) bool) int {
	n := len(s.Report.Blocks)
	for k := range n {
		i := (start + k) % n
		if s.Toggleable(i) && ok(i) {
			return i
		}
	}
	return -1
}

// jumpTarget is the block a jump goes to: the article's first block
// (what "article"), the next block of the class what after the one last
// jumped to (or after the first shown), or the first block (what ""); -1
// for none.
func (p *Page) jumpTarget(what string) int {
	s := p.run.sess
	if s == nil {
		return -1
	}
	switch what {
	case "":
		return 0
	case "article":
		return s.nextBlock(0, s.InArticle)
	}
	after := p.screen.segAt // the block after the one last jumped to
	if after == 0 {
		after = p.screen.segFrom
	}
	return s.nextBlock(after, func(i int) bool { return s.Report.Blocks[i].Class == what })
}

// jumpNext is the handler of a jump button: it works out the target when
// clicked (go-app keeps an element's first handler across renders unless
// its app.EventScope changes, so a target fixed when drawn would go stale).
func (p *Page) jumpNext(what string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		p.jumpTo(p.jumpTarget(what))
	}
}

// jumpTo shows the segmentation view from block i, then scrolls to it and
// focuses it.
func (p *Page) jumpTo(i int) {
	if i < 0 {
		return
	}
	p.screen.segFrom, p.screen.segAt = i, i+1
	if p.screen.limits != nil {
		delete(p.screen.limits, "segments")
	}
	p.afterDraw(func() { // not ctx.Defer: "Back to the start" hides itself
		worker.JSCall(func() {
			el := app.Window().Get("document").Call("querySelector", `#segmentation [data-block="`+itoa(i)+`"]`)
			if el.Truthy() {
				el.Call("scrollIntoView", map[string]any{"block": "center"})
				el.Call("focus", map[string]any{"preventScroll": true})
			}
		})
	})
}
