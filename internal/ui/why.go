package ui

import (
	"github.com/safi-app/safi/internal/report"
	"github.com/safi-app/safi/internal/report/rules"
)

// NoiseText says why a block was removed: the rule's text, and for the
// learned model the features that weighed most ("the learned model: short,
// mostly links, far from the article"). The words are the registry's
// (rules.NoiseText), which app analyze's Markdown export shares.
func NoiseText(lang string, n report.Noise) string {
	return rules.NoiseText(lang, n)
}
