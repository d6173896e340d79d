package classify

import (
	"strings"

	"github.com/safi-app/safi/internal/report"
	"github.com/safi-app/safi/internal/report/rules"
)

// A table that follows the article's last paragraph is part of it, as
// lists and tables inside it are (see between): the copy gives one line a
// row, its cells separated by tabs, which the region's scores count for
// nothing and the rules may take for a ticker or a menu row.

// tableLead is how many blocks with text may stand between the region's
// end and a table that still belongs to the article: its title, a note.
const tableLead = 2

// tableMinRows is the fewest rows that make a table.
const tableMinRows = 2

// isCells reports whether text is a row of cells: two tabs or more.
func isCells(text string) bool { return strings.Count(text, "\t") >= 2 }

// tableAfter returns the end of the table that follows block from, or
// from when none does: a run of tableMinRows rows or more (blank blocks
// between them, and the short lines around a table: its title, a note)
// that starts within tableLead blocks with text of from and ends at a row.
func (c *ctx) tableAfter(from int) int {
	end := from
	texts, rows, last := 0, 0, -1
	for i := from; i < len(c.d.Blocks); i++ {
		b := &c.d.Blocks[i]
		if b.Text == "" {
			continue
		}
		if isCells(b.Text) && c.tableCell(i) {
			rows++
			last = i
			texts = 0
			continue
		}
		texts++
		if texts > tableLead || rows > 0 {
			break
		}
	}
	if rows >= tableMinRows && last >= 0 {
		end = last + 1
	}
	return end
}

// tableCell reports whether block i may join a table: undecided, or taken
// by a rule that reads a line of many short items (a ticker, a menu row).
func (c *ctx) tableCell(i int) bool {
	switch c.d.Blocks[i].Rule {
	case "", rules.TickerSpaceRun, rules.TickerSeparator, rules.MenuRow, rules.Repeated, rules.MenuRun:
		return true
	}
	return false
}

// tables takes into the article the tables that follow its paragraphs:
// inside the region, whatever stands after them (a source's copyright
// under a table, which between, taking what stands between two
// paragraphs, does not cross), and the table after the region.
func (c *ctx) tables() {
	take := func(from, end int) {
		for i := from; i < end; i++ {
			b := &c.d.Blocks[i]
			if b.Text != "" && isCells(b.Text) && c.tableCell(i) {
				b.Segments = nil
				c.set(i, report.ClassParagraph, rules.ParagraphBetween)
			}
		}
	}
	for i := c.start; i < c.end; i++ {
		if c.inArticle(i) {
			if end := c.tableAfter(i + 1); end > i+1 {
				take(i+1, end)
				i = end - 1
			}
		}
	}
	end := c.tableAfter(c.end)
	take(c.end, end)
	c.end = max(c.end, end)
}

// isRow reports whether text is a row of a table: cells separated by a
// tab ("Price\t$999 MSRP"). A row in Title Case is no menu item.
func isRow(text string) bool { return strings.IndexByte(strings.TrimSpace(text), '\t') > 0 }
