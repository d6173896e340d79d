package readability

import (
	"reflect"
	"strings"
	"testing"

	"github.com/safi-app/safi/internal/devkit/testfiles"
	"github.com/safi-app/safi/internal/measure/stats"
)

// TestOfWordsSameAsOf checks that Of given the words stats.AppendWords
// found (OfWords) gives what Of gives finding them itself, line by line.
func TestOfWordsSameAsOf(t *testing.T) {
	article := testfiles.SeedArticle(t)
	texts := []string{
		"The cat sat on the mat.", "Le chat mange une pomme.\nLa table.", "ذهبوا إلى المدرسة.\n\nقال ل\"داعش\"",
		article, strings.ReplaceAll(article, "\n\n", "\n"), "", "\n\n",
	}
	for _, text := range texts {
		spans, ok := stats.AppendWords(nil, text)
		if !ok {
			t.Fatalf("AppendWords(%.40q) did not take the text", text)
		}
		for _, tag := range []string{"ar", "en", "fr", "und"} {
			want, got := Of(text, tag, 100, 7), OfWords(text, spans, tag, 100, 7)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("OfWords(%.40q, %s) = %+v, Of %+v", text, tag, got, want)
			}
		}
	}
}
