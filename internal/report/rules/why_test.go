package rules

import (
	"testing"

	"github.com/safi-app/safi/internal/report"
)

// TestWhyTexts: every reason key has its words in every language, and
// every language its list punctuation.
func TestWhyTexts(t *testing.T) {
	if len(whyTexts) == 0 {
		t.Fatal("no words for the learned model's reasons")
	}
	for _, lang := range Languages {
		if _, ok := listPunct[lang]; !ok {
			t.Errorf("%s: no list punctuation", lang)
		}
		for key, texts := range whyTexts {
			if texts.In(lang) == "" {
				t.Errorf("%s: no text for %q", lang, key)
			}
		}
	}
}

func TestNoiseText(t *testing.T) {
	n := report.Noise{Class: "other", Rule: "model.text", Why: []string{"short", "links", "far-from-article"}}
	for lang, want := range map[string]string{
		"en": "the learned model: short, mostly links, far from the article",
		"fr": "le modèle appris : court, surtout des liens, loin de l'article",
		"ar": "النموذج المتعلَّم: قصير، روابط في الغالب، بعيد عن المقال",
		"de": "the learned model: short, mostly links, far from the article",
	} {
		if got := NoiseText(lang, n); got != want {
			t.Errorf("%s: %q, want %q", lang, got, want)
		}
	}
	if got := NoiseText("en", report.Noise{Rule: "model.html", Why: []string{"no-such-key"}}); got != "the learned model (HTML): no-such-key" {
		t.Errorf("unknown key: %q", got)
	}
}
