// Package stats computes text statistics.
package stats

import "github.com/safi-app/safi/internal/report"

// Of returns the statistics of text, which holds paragraphs paragraphs and
// headings headings.
// TODO(stats): placeholder until the statistics issue lands.
func Of(text string, paragraphs, headings int) report.Stats {
	return report.Stats{Paragraphs: paragraphs, Headings: headings, Scripts: map[string]float64{}}
}
