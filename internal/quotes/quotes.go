// Package quotes finds quoted phrases.
package quotes

import "github.com/safi-app/safi/internal/report"

// Find returns the quoted phrases of text with their counts.
// TODO(quotes): placeholder until the statistics issue lands.
func Find(text string) []report.Quote { return nil }
