package engine

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/safi-app/safi/internal/devkit/testfiles"
	"github.com/safi-app/safi/internal/report"
	"github.com/safi-app/safi/internal/report/rules"
)

// TestEmittedRulesRegistered runs the engine on every text and HTML file of
// the repository's testdata folders, once as classified and once with
// every block's verdict turned round by a correction, and checks that
// every rule a block carries is in the registry and gave the block a class
// the registry says it gives.
func TestEmittedRulesRegistered(t *testing.T) {
	var files []string
	root := testfiles.Root()
	err := filepath.WalkDir(root, func(path string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if e.IsDir() && (strings.HasPrefix(e.Name(), ".") || e.Name() == "dist" || e.Name() == "node_modules") && path != root {
			return filepath.SkipDir
		}
		rel, _ := filepath.Rel(root, path)
		inTestdata := strings.HasPrefix(rel, "testdata"+string(filepath.Separator)) || strings.Contains(rel, string(filepath.Separator)+"testdata"+string(filepath.Separator))
		switch filepath.Ext(path) {
		case ".txt", ".html", ".htm":
			if inTestdata && !e.IsDir() {
				files = append(files, path)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 30 {
		t.Fatalf("%d test files found, want the seed, testdata/pages and the HTML reader's pages", len(files))
	}
	seen := map[string]bool{}
	check := func(file string, i int, class, rule string) {
		r, _, ok := rules.Lookup(rule)
		switch {
		case !ok:
			t.Errorf("%s: block %d: rule %q is not registered (internal/report/rules)", file, i, rule)
		case r.Class != "" && class != r.Class && class != r.Also:
			t.Errorf("%s: block %d: rule %s gave class %s; the registry says %s", file, i, rule, class, r.Class)
		}
		seen[r.Name] = true
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		name, _ := filepath.Rel(root, f)
		d := Prepare(src, Options{})
		turned := Corrections{}
		for i, b := range d.Blocks {
			if b.Rule != "" {
				check(name, i, b.Class, b.Rule)
			}
			turned[i] = !report.InArticle(b.Class)
		}
		for _, corr := range []Corrections{nil, turned} {
			rep := Measure(d, corr)
			for i, b := range rep.Blocks {
				check(name, i, b.Class, b.Rule)
			}
		}
	}
	var unseen []string
	for _, r := range rules.All() {
		if !seen[r.Name] {
			unseen = append(unseen, r.Name)
		}
	}
	t.Logf("%d files, %d of %d registered rules seen; not seen: %s", len(files), len(seen), len(rules.All()), strings.Join(unseen, ", "))
}
