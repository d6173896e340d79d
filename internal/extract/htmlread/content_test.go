package htmlread

import (
	"strings"
	"testing"
)

// regionOf is the region of the first block of src's reading that holds
// s, or "" when none does.
func regionOf(t *testing.T, src, s string) string {
	t.Helper()
	d, err := Read([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range d.Blocks {
		if strings.Contains(b.Text, s) {
			return b.Region
		}
	}
	return ""
}

// A short article stays the main content when the content search's
// retries, which keep what its first attempt dropped as unlikely, find
// longer comments.
func TestShortArticleBeforeComments(t *testing.T) {
	sentence := func(w string) string {
		return "The " + w + " of the harbour, which the town council rebuilt, reopened on Monday, and the ferries, buses and trains now meet there again. "
	}
	comments := ""
	for _, w := range []string{"quay", "pier", "dock", "wharf", "jetty"} {
		comments += `<div class="post-message"><p>` + strings.Repeat(sentence(w), 2) + `</p></div>`
	}
	src := `<html><head><title>Harbour</title></head><body>
<div id="nav"><a href="/">Home</a> <a href="/news">News</a></div>
<div id="content"><div class="post"><h1>The harbour reopens</h1>
<p>` + sentence("station") + `</p><p>` + sentence("square") + `</p></div></div>
<div id="disqus_thread"><h3>Comments</h3>` + comments + `</div></body></html>`
	if got := regionOf(t, src, "The station of the harbour"); got != "main" {
		t.Errorf("article: region %q, want main", got)
	}
	if got := regionOf(t, src, "The quay of the harbour"); got == "main" {
		t.Errorf("comment: region %q, want not main", got)
	}
}

// The class names page builders and utility CSS put on every block do not
// make a block negative; the words they hold do elsewhere.
func TestBuilderNames(t *testing.T) {
	r := newRenderer()
	for name, want := range map[string]bool{
		"elementor-widget-container":                false,
		"so-widget-sow-editor so-widget-sow-editor": false,
		"ck-widget row":                             false,
		"relative overflow-hidden mb-8":             false,
		"widget":                                    true,
		"sidebar-widget":                            true,
		"elementor-widget-container share-buttons":  true,
		"hidden": true,
	} {
		if got := r.name(name).negative; got != want {
			t.Errorf("name(%q).negative = %v, want %v", name, got, want)
		}
	}
}
