package classify

import (
	"slices"

	"github.com/safi-app/safi/internal/doc"
	"github.com/safi-app/safi/internal/extract/ticker"
	"github.com/safi-app/safi/internal/report"
	"github.com/safi-app/safi/internal/report/rules"
)

// List items: how many make a list, and the fewest words the median
// headline has (fewer, and the list is a menu: "• Accueil", "• Sport").
const (
	listMinItems = 3
	listMinWords = 3
)

// listItem is one headline of a marked list: the block holding it, its
// span in the block's text, and the block of its clock time when the
// time stands on a line of its own before it (else -1).
type listItem struct {
	block, clock int
	span         ticker.Span
}

// headlineLists makes ticker headlines of the marked lists that lie
// outside the article: every list before the article region (or on a page
// without one), and after it only a list of clock times, a news feed; a
// bulleted list after the article is a related list (see outside).
func (c *ctx) headlineLists() {
	d := c.d
	for i := 0; i < len(d.Blocks); {
		items, marker, next := c.markedRun(i)
		if len(items) >= listMinItems && c.headlineItems(items) {
			before := items[len(items)-1].block < c.start || c.start == c.end
			after := items[0].block >= c.end && c.start < c.end
			if before || (after && marker == ticker.Clock) {
				for _, it := range items {
					c.addListItem(it)
				}
			}
		}
		i = next
	}
}

// markedRun returns the run of undecided lines from block i on that are
// list items marked the same way (blank lines between them allowed), the
// marker, and the block to look at next.
func (c *ctx) markedRun(i int) (items []listItem, marker ticker.Marker, next int) {
	d := c.d
	for j := i; j < len(d.Blocks); {
		b := &d.Blocks[j]
		if b.Text == "" || b.Rule == rules.Blank {
			j++
			continue
		}
		if c.decided(j) {
			return items, marker, max(j, i+1)
		}
		sp, m := ticker.Item(b.Text)
		if m == ticker.NoMarker || (marker != ticker.NoMarker && m != marker) {
			return items, marker, max(j, i+1)
		}
		it := listItem{block: j, clock: -1, span: sp}
		if sp.Start == sp.End {
			// A clock time on its own line: the headline is the next line.
			k := c.nextText(j)
			if m != ticker.Clock || k < 0 || c.decided(k) {
				return items, marker, max(j, i+1)
			}
			ksp, km := ticker.Item(d.Blocks[k].Text)
			if km != ticker.NoMarker {
				return items, marker, max(j, i+1)
			}
			it = listItem{block: k, clock: j, span: ksp}
			j = k
		}
		marker = m
		items = append(items, it)
		j++
	}
	return items, marker, len(d.Blocks)
}

// headlineItems reports whether the items read as headlines: a few words
// each (the median at least listMinWords), and hardly any ending like a
// sentence.
func (c *ctx) headlineItems(items []listItem) bool {
	words := make([]int, len(items))
	stops := 0
	for k, it := range items {
		t := c.d.Blocks[it.block].Text[it.span.Start:it.span.End]
		words[k] = countWords(t)
		if words[k] > 30 {
			return false
		}
		if endsWithStop(t) {
			stops++
		}
	}
	slices.Sort(words)
	return words[len(words)/2] >= listMinWords && stops*4 <= len(items)
}

// addListItem classes a list item's block (and its clock line) as ticker,
// the headline without its marker as the block's segment.
func (c *ctx) addListItem(it listItem) {
	b := &c.d.Blocks[it.block]
	c.set(it.block, report.ClassTicker, rules.TickerList)
	offs := c.d.Offsets(b)
	b.Segments = []doc.Segment{{
		Text:  b.Text[it.span.Start:it.span.End],
		Start: offs.At(it.span.Start),
		End:   offs.At(it.span.End),
	}}
	if it.clock >= 0 {
		c.set(it.clock, report.ClassTicker, rules.TickerList)
	}
}

// headlineSegment returns the segment of a headline that stands alone on
// its line, without a list marker it may carry ("10:32 • …", "… |").
func (c *ctx) headlineSegment(b *doc.Block) doc.Segment {
	sp, m := ticker.Item(b.Text)
	if m == ticker.NoMarker || sp.Start == sp.End {
		return doc.Segment{Text: b.Text, Start: b.TextStart, End: b.TextEnd}
	}
	offs := c.d.Offsets(b)
	return doc.Segment{Text: b.Text[sp.Start:sp.End], Start: offs.At(sp.Start), End: offs.At(sp.End)}
}
