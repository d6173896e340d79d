package report

import "testing"

func TestInArticle(t *testing.T) {
	for class, want := range map[string]bool{
		ClassParagraph: true, ClassHeading: true,
		ClassTitle: false, ClassByline: false, ClassTicker: false, ClassBoilerplate: false, ClassOther: false,
		"": false,
	} {
		if got := InArticle(class); got != want {
			t.Errorf("InArticle(%q) = %v, want %v", class, got, want)
		}
	}
}
