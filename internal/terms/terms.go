// Package terms finds the top terms and two-word phrases of a text.
package terms

import "github.com/safi-app/safi/internal/report"

// Top returns the n most frequent terms and phrases of text in language lang.
// TODO(terms): placeholder until the statistics issue lands.
func Top(text, lang string, n int) ([]report.Term, []report.Phrase) { return nil, nil }
