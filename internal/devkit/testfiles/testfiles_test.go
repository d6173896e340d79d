package testfiles_test

import (
	"bytes"
	"os"
	"testing"

	"github.com/safi-app/safi/internal/devkit/testfiles"
)

// The example the app offers ("Try an example") is embedded from
// internal/ui/seed.txt, a copy of testdata/seed.txt: they must agree.
func TestSeedCopiesAgree(t *testing.T) {
	seed := testfiles.Seed(t)
	ui, err := os.ReadFile(testfiles.Path("internal", "ui", "seed.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(seed, ui) {
		t.Fatal("internal/ui/seed.txt differs from testdata/seed.txt: copy it again")
	}
	if _, err := os.Stat(testfiles.PagesDir()); err != nil {
		t.Fatal(err)
	}
}
