package main

import (
	"bytes"
	"flag"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/safi-app/safi/internal/extract/classify"
)

var update = flag.Bool("update", false, "rewrite testdata/model_gen.go.golden")

// fixtureParams keep the fixture's model small.
var fixtureParams = params{Trees: 4, Depth: 2, Rate: 0.3, Lambda: 1, MinChild: 0.5}

// TestReproduces trains on the fixture (six made-up pages that
// writeFixture writes in the corpus's layout; no corpus data) and
// compares the generated file with the committed one: the tool's output
// depends only on its input, as make train's model_gen.go depends only on
// the training corpus.
func TestReproduces(t *testing.T) {
	corpus := writeFixture(t)
	got, err := build(corpus, "", fixtureParams, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "model_gen.go.golden")
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("the tool's output differs from %s (go test -update if the change is meant)", golden)
	}
	again, err := build(corpus, "", fixtureParams, io.Discard)
	if err != nil || !bytes.Equal(got, again) {
		t.Errorf("a second run differs (err %v)", err)
	}
	if !bytes.Contains(got, []byte("var textModel = Forest{")) || !bytes.Contains(got, []byte("var htmlModel = Forest{")) {
		t.Errorf("the output lacks a model:\n%s", got)
	}
}

func TestRunErrors(t *testing.T) {
	var out, errs bytes.Buffer
	if code := run([]string{"-corpus", t.TempDir(), "-out", filepath.Join(t.TempDir(), "m.go")}, &out, &errs); code != 1 {
		t.Errorf("empty corpus: exit %d, want 1 (%s)", code, errs.String())
	}
	if code := run([]string{"-nosuchflag"}, &out, &errs); code != 2 {
		t.Errorf("bad flag: exit %d, want 2", code)
	}
}

func TestKindOf(t *testing.T) {
	x := make([]float32, classify.NumFeatures)
	x[featureIndex("region-outside")] = 1
	x[featureIndex("tag-li")] = 1
	x[featureIndex("hint-related")] = 1
	if got := kindOf(x); got != "outside li related" {
		t.Errorf("kindOf = %q, want %q", got, "outside li related")
	}
	clear(x)
	x[featureIndex("region-main")] = 1
	x[featureIndex("heading")] = 2
	if got := kindOf(x); got != "main h" {
		t.Errorf("kindOf = %q, want %q", got, "main h")
	}
}

// A training part whose sites all fall in one fold cannot be scored out of
// fold: outOfFold says so rather than leave the pages without margins.
func TestOutOfFoldOneFold(t *testing.T) {
	if _, err := outOfFold([]page{{}, {}}, []int{2, 2}, cvFolds, defaults); err == nil {
		t.Error("outOfFold with every page in one fold: no error")
	}
}
