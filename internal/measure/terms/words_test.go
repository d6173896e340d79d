package terms

import (
	"reflect"
	"testing"

	"github.com/safi-app/safi/internal/measure/stats"
)

// TestTopWordsSameAsTop checks that Top given the words stats.AppendWords
// found (TopWords) gives what Top gives finding them itself.
func TestTopWordsSameAsTop(t *testing.T) {
	taken := 0
	for _, in := range refInputs(t) {
		spans, ok := stats.AppendWords(nil, in.text)
		if !ok {
			continue
		}
		taken++
		wantT, wantP := Top(in.text, in.lang, 20)
		gotT, gotP := TopWords(in.text, spans, in.lang, 20)
		if !reflect.DeepEqual(gotT, wantT) || !reflect.DeepEqual(gotP, wantP) {
			t.Fatalf("%s: TopWords = %v, %v; Top = %v, %v", in.desc, gotT, gotP, wantT, wantP)
		}
	}
	if taken == 0 {
		t.Fatal("AppendWords took none of the inputs")
	}
}
