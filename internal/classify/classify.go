// Package classify decides what each block of a doc is, with ordered, named
// rules.
package classify

import (
	"github.com/safi-app/safi/internal/doc"
	"github.com/safi-app/safi/internal/report"
)

// Run sets Class and Rule on every block of d.
func Run(d *doc.Doc) {
	for i := range d.Blocks {
		d.Blocks[i].Class, d.Blocks[i].Rule = report.ClassParagraph, "paragraph.default"
	}
}
