package engine

import (
	"reflect"
	"slices"
	"testing"

	"github.com/safi-app/safi/internal/devkit/testfiles"
)

// Options.Progress names each stage as it starts, in order, and changes
// nothing in the report.
func TestProgress(t *testing.T) {
	src := testfiles.Seed(t)
	var stages []string
	opt := Options{Progress: func(s string) { stages = append(stages, s) }}
	r := Analyze(src, opt)
	if want := []string{StageReading, StageClassifying, StageMeasuring}; !slices.Equal(stages, want) {
		t.Errorf("Analyze stages %q, want %q", stages, want)
	}
	if plain := Analyze(src, Options{}); !reflect.DeepEqual(plain, r) {
		t.Error("the report with Progress differs from the one without")
	}
	stages = nil
	if _, err := SafePrepare(src, opt); err != nil {
		t.Fatal(err)
	}
	if want := []string{StageReading, StageClassifying}; !slices.Equal(stages, want) {
		t.Errorf("SafePrepare stages %q, want %q", stages, want)
	}
}
