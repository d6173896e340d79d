package engine_test

import (
	"os"
	"reflect"
	"testing"

	"github.com/safi-app/safi/internal/engine"
)

// TestDebug checks Options.Debug on the seed page: the report is the same
// with the debug field added, and each skipped number points at its text
// in the input.
func TestDebug(t *testing.T) {
	src, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	plain := engine.Analyze(src, engine.Options{})
	if plain.Debug != nil {
		t.Fatalf("the debug field is filled without Options.Debug")
	}
	r := engine.Analyze(src, engine.Options{Debug: true})
	if r.Debug == nil || len(r.Debug.SkippedNumbers) == 0 {
		t.Fatalf("Options.Debug: no skipped numbers in the seed page")
	}
	for _, s := range r.Debug.SkippedNumbers {
		if s.Reason == "" || string(src[s.Start:s.End]) != s.Text {
			t.Errorf("skipped number %+v: no reason, or not src[%d:%d] (%q)", s, s.Start, s.End, src[s.Start:s.End])
		}
	}
	r.Debug = nil
	if !reflect.DeepEqual(r, plain) {
		t.Errorf("Options.Debug changes the rest of the report")
	}
}
