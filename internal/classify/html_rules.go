package classify

import "github.com/safi-app/safi/internal/doc"

// htmlRule decides a block from the signals of the HTML reader (tag, link
// density, list membership, class/id hints). It returns the class and rule
// name, or ok=false to leave the block to the text rules.
//
// Owned by the HTML-reader work; classify.Run calls it first for every block
// of an HTML doc.
func htmlRule(d *doc.Doc, i int) (class, rule string, ok bool) {
	return "", "", false
}
