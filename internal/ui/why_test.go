package ui

import (
	"testing"

	"github.com/safi-app/safi/internal/report"
)

func TestNoiseText(t *testing.T) {
	n := report.Noise{Class: "other", Rule: "model.text", Why: []string{"short", "links", "far-from-article"}}
	for lang, want := range map[string]string{
		"en": "the learned model: short, mostly links, far from the article",
		"fr": "le modèle appris : court, surtout des liens, loin de l'article",
		"ar": "النموذج المتعلَّم: قصير، روابط في الغالب، بعيد عن المقال",
	} {
		if got := NoiseText(lang, n); got != want {
			t.Errorf("%s: %q, want %q", lang, got, want)
		}
	}
	if got := NoiseText("en", report.Noise{Rule: "other.caption"}); got != "a photo caption or credit" {
		t.Errorf("a rule's text: %q", got)
	}
	if got := NoiseText("en", report.Noise{Rule: "model.html", Why: []string{"no-such-key"}}); got != "the learned model (HTML): no-such-key" {
		t.Errorf("unknown key: %q", got)
	}
}
