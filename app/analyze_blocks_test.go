package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestAnalyzeBlocks checks the debugging view of --format blocks: a line
// per block with text, tab-separated region, class, rule, link density,
// the model's reasons and the text on one line, for a pasted text and for
// an HTML page.
func TestAnalyzeBlocks(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     [][]string // fields of some lines, in order
	}{
		{"text", "Weather\n\nThe council approved the budget on Monday after a long debate in the town hall.\nIt took six hours.\n", [][]string{
			{"-", "paragraph"},
		}},
		{"html", `<html><head><title>Budget</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Budget</h1><p>The council approved the budget on Monday after a long debate in the town hall.<br>It took six hours.</p></article></body></html>`, [][]string{
			{"outside", "boilerplate", "html.nav", "1.00", "-", "Home News"},
			{"main", "paragraph"},
		}},
	} {
		var stdout, stderr bytes.Buffer
		if status := runAnalyze([]string{"--format", "blocks", "-"}, strings.NewReader(tc.in), &stdout, &stderr); status != 0 {
			t.Fatalf("%s: status %d: %s", tc.name, status, stderr.String())
		}
		lines := strings.Split(strings.TrimSuffix(stdout.String(), "\n"), "\n")
		k := 0
		for _, l := range lines {
			f := strings.Split(l, "\t")
			if len(f) != 6 {
				t.Fatalf("%s: %q: %d fields, want 6", tc.name, l, len(f))
			}
			if strings.Contains(f[5], "\n") {
				t.Errorf("%s: a line break in %q", tc.name, f[5])
			}
			if k < len(tc.want) && strings.HasPrefix(strings.Join(f, "\t"), strings.Join(tc.want[k], "\t")) {
				k++
			}
		}
		if k < len(tc.want) {
			t.Errorf("%s: no line starting %q in\n%s", tc.name, tc.want[k], stdout.String())
		}
		if tc.name == "html" && !strings.Contains(stdout.String(), "debate in the town hall. ⏎ It took six hours.") {
			t.Errorf("html: the paragraph's line break not shown as ⏎:\n%s", stdout.String())
		}
	}
}
