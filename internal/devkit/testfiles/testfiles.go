// Package testfiles finds the repository's shared test files (testdata/ at
// the top of the module, web/ and the built app.wasm) from any package's
// tests, whatever folder the test runs in.
package testfiles

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// Root is the repository's top folder.
func Root() string {
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		panic("testfiles: no caller information")
	}
	return filepath.Join(filepath.Dir(file), "..", "..", "..")
}

// Path joins elem to the repository's top folder.
func Path(elem ...string) string {
	return filepath.Join(append([]string{Root()}, elem...)...)
}

// SeedPath is the path of the seed page: the original paste the project
// was created from (a copy of ../shared/seed).
func SeedPath() string { return Path("testdata", "seed.txt") }

// Seed returns the seed page, failing tb when it cannot be read.
func Seed(tb testing.TB) []byte {
	tb.Helper()
	b, err := os.ReadFile(SeedPath())
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// SeedArticle returns the article of the seed page: its lines from "سجلت
// حالات انضمام" to "في الرقة.", joined by blank lines as the engine joins
// paragraphs.
func SeedArticle(tb testing.TB) string {
	tb.Helper()
	s := string(Seed(tb))
	start := strings.Index(s, "سجلت حالات انضمام")
	end := strings.Index(s, "في الرقة.")
	if start < 0 || end < start {
		tb.Fatal("seed article not found in testdata/seed.txt")
	}
	return strings.Join(strings.Split(s[start:end+len("في الرقة.")], "\n"), "\n\n")
}

// FigureLines returns every line of the labelled figure and date cases
// (testdata/figures/*.txt, in the order of their names), failing tb when
// there are none: text for tests that hold a fast path to a plain one.
func FigureLines(tb testing.TB) []string {
	tb.Helper()
	files, err := filepath.Glob(Path("testdata", "figures", "*.txt"))
	if err != nil || len(files) == 0 {
		tb.Fatalf("no testdata/figures/*.txt: %v", err)
	}
	var lines []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		for line := range strings.Lines(string(b)) {
			lines = append(lines, line)
		}
	}
	return lines
}

// PagesDir is the folder of the project's own test pages
// (testdata/pages/<lang>-<name>/).
func PagesDir() string { return Path("testdata", "pages") }

// Page is one of the repository's test pages (testdata/pages).
type Page struct {
	Name  string // its folder: "ar-wire-hijri"
	Input []byte // its input.txt
}

// Pages returns the test pages in the order of their names, failing tb
// when there are none or one cannot be read.
func Pages(tb testing.TB) []Page {
	tb.Helper()
	paths, err := filepath.Glob(filepath.Join(PagesDir(), "*", "input.txt"))
	if err != nil || len(paths) == 0 {
		tb.Fatalf("no test pages in %s: %v", PagesDir(), err)
	}
	pages := make([]Page, len(paths))
	for i, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		pages[i] = Page{Name: filepath.Base(filepath.Dir(p)), Input: b}
	}
	return pages
}
