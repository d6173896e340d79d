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

// walked is src parsed and rendered, before any content search.
func walked(t *testing.T, src []byte) *renderer {
	t.Helper()
	root, err := parse(src)
	if err != nil {
		t.Fatal(err)
	}
	r := newRenderer()
	r.reserve(prune(root))
	r.walk(root)
	return r
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

// When the first attempt drops the article's container for its names and
// takes a long block far from the title, a retry whose content begins
// under the title is taken.
func TestContentNearTitle(t *testing.T) {
	sentence := func(w string) string {
		return "The " + w + " of the harbour, which the town council rebuilt, reopened on Monday, and the ferries, buses and trains now meet there again. "
	}
	article, other := "", ""
	for i, w := range []string{"quay", "pier", "dock", "wharf", "jetty", "slip", "mole", "basin", "lock", "yard", "berth", "ramp"} {
		article += `<p>` + sentence(w) + `</p>`
		if i < 6 {
			other += `<p>` + strings.Replace(sentence(w), "harbour", "airport", 1) + `</p>`
		}
	}
	src := `<html><head><title>The harbour reopens</title></head><body>
<div class="page"><h1>The harbour reopens</h1>
<div class="banner-story">` + article + `</div></div>
<div class="more"><div class="archive"><h2>From the archive</h2>` + other + `</div></div></body></html>`
	if got := regionOf(t, src, "The quay of the harbour"); got != "main" {
		t.Errorf("article: region %q, want main", got)
	}
	if got := regionOf(t, src, "The quay of the airport"); got == "main" {
		t.Errorf("archive: region %q, want not main", got)
	}
}

// A container the cleaning drops whole keeps none of its text: the
// attempt that found it has no content to stop the search with.
func TestDroppedRootCountsNothing(t *testing.T) {
	sentence := "The ferries, buses and trains, which the council, the port and the region paid for, now meet at the harbour again. "
	body := ""
	for range 8 {
		body += `<p>` + sentence + `</p>`
	}
	src := `<html><head><title>Harbour</title></head><body>
<div class="hs_cos_wrapper_widget">` + body + `</div></body></html>`
	r := walked(t, []byte(src))
	c := r.grab(flagStripUnlikely|flagWeightClasses|flagCleanConditionally, "Harbour")
	main := 0
	for k := range r.blocks {
		if c.blockVerdict(&r.blocks[k]) == RegionMain {
			main += r.blocks[k].runes
		}
	}
	if main == 0 && c.text != 0 {
		t.Errorf("content text %d runes, none of it in the main region", c.text)
	}
}

// A consent dialog marked as a modal alert dialog is never the main
// content, even when the search retries without dropping unlikely
// elements and the dialog holds more prose than a short article.
func TestModalAlertDialog(t *testing.T) {
	para := "We and our partners use cookies and similar methods to recognise visitors, remember their preferences, measure the effectiveness of campaigns and analyse traffic, and you may withdraw your consent at any time. "
	src := `<html><head><title>Harbour</title></head><body>
<div role="alertdialog" aria-modal="true" class="fides-banner"><div role="document"><h2>We Care About Your Privacy</h2>
<p>` + strings.Repeat(para, 2) + `</p><p>` + strings.Repeat(para, 2) + `</p></div></div>
<div class="post"><h1>The harbour reopens</h1>
<p>The harbour, which the town council rebuilt, reopened on Monday, and the ferries, buses and trains now meet there again.</p>
<p>The mayor, who opened it, said the works had cost less than planned, and that the old fish market would be next.</p></div>
</body></html>`
	if got := regionOf(t, src, "We and our partners"); got == "main" {
		t.Errorf("consent dialog: region %q, want not main", got)
	}
	if got := regionOf(t, src, "The harbour, which"); got != "main" {
		t.Errorf("article: region %q, want main", got)
	}
}

// A post that is a list of links, each with a line of comment (a
// roundup), keeps its list as the content. The first attempt's cleaning
// drops the list as links; the retries find the longer comments, which
// the first attempt dropped as unlikely, and are not taken: what is left
// of the first attempt is too short for an article, and the list is what
// the post holds. An article beside such a list still loses it.
func TestRoundupOfLinks(t *testing.T) {
	sentence := func(w string) string {
		return "The " + w + " of the harbour, which the town council rebuilt, reopened on Monday, and the ferries, buses and trains now meet there again. "
	}
	comments := ""
	for _, w := range []string{"quay", "pier", "dock", "wharf", "jetty"} {
		comments += `<div class="post-message"><p>` + strings.Repeat(sentence(w), 3) + `</p></div>`
	}
	items := ""
	for _, w := range []string{"harbour", "ferry", "station", "square", "bridge", "market", "library", "museum"} {
		items += `<p><a href="/` + w + `">The council's plan for the ` + w + ` draws a crowd of objections</a> – worth a read.</p>`
	}
	page := func(article string) string {
		return `<html><head><title>Quickies 10.29</title></head><body>
<div id="nav"><a href="/">Home</a> <a href="/news">News</a></div>
<div id="content"><div class="post"><h1>Quickies 10.29</h1>` + article + `
<div class="links">` + items + `</div></div></div>
<div id="disqus_thread"><h3>Comments</h3>` + comments + `</div></body></html>`
	}
	roundup := page(`<p>` + sentence("news") + `</p>`)
	if got := regionOf(t, roundup, "plan for the ferry"); got != "main" {
		t.Errorf("roundup: the list's region %q, want main", got)
	}
	if got := regionOf(t, roundup, "The quay of the harbour"); got == "main" {
		t.Errorf("roundup: a comment's region %q, want not main", got)
	}
	article := page(strings.Repeat(`<p>`+sentence("station")+`</p>`, 5))
	if got := regionOf(t, article, "plan for the ferry"); got == "main" {
		t.Errorf("article: the list's region %q, want it dropped", got)
	}
}

// A roundup made of lists of links keeps them when cleaning dropped their
// container too: once the lists are dropped, the container holds no text
// (Readability's text density) and goes for that, not as links. The
// attempt that keeps link lists (the last of findContent's) restores it
// with them.
func TestRoundupOfListsOfLinks(t *testing.T) {
	list := func(words ...string) string {
		s := "<ul>"
		for _, w := range words {
			s += `<li><strong>Council:</strong> <a href="/` + w + `">The plan for the ` + w + ` draws a crowd of objections</a></li>`
		}
		return s + "</ul>"
	}
	src := `<html><head><title>The week in review</title></head><body>
<div id="nav"><a href="/">Home</a> <a href="/news">News</a></div>
<div class="entry"><h1>The week in review</h1>
<div class="entry-content"><div class="entry-body">` + list("harbour", "ferry", "station", "square", "bridge") +
		`<p><strong>MORE:</strong></p>` + list("market", "library", "museum", "theatre", "stadium") + `</div></div>
<div class="entry-footer">Posted by Ann on 10/27/2012 | Permalink</div></div>
</body></html>`
	r := walked(t, []byte(src))
	c := r.grab(flagWeightClasses|flagCleanConditionally|flagKeepLinkLists, "The week in review")
	for k := range r.blocks {
		b := &r.blocks[k]
		if text := string(r.out[b.start:b.end]); strings.Contains(text, "plan for the ferry") {
			if got := c.blockVerdict(b); got != RegionMain {
				t.Errorf("the links' region %q, want main", got)
			}
			return
		}
	}
	t.Fatal("no block holds the links")
}

// A form of fields in the main content (a poll under the article) is
// dropped as a form: its fields count, as Readability counts them, though
// the fields themselves are dropped first.
func TestPollAfterArticle(t *testing.T) {
	sentence := "The ferries, buses and trains, which the council, the port and the region paid for, now meet at the harbour again. "
	question := func(q string) string {
		s := `<div class="item"><p class="title">` + q + `</p><div class="legend">`
		for i, a := range []string{"Disagree", "Rather disagree", "Not sure", "Rather agree", "Agree"} {
			s += `<label><input type="radio" name="` + q + `" value="` + string(rune('1'+i)) + `"> ` + a + `</label>`
		}
		return s + `</div></div>`
	}
	src := `<html><head><title>Harbour</title></head><body>
<div id="nav"><a href="/">Home</a> <a href="/news">News</a></div>
<div class="article"><h1>Harbour</h1>` + strings.Repeat(`<p>`+sentence+`</p>`, 6) + `
<div class="assessment"><p>Rate the article, please.</p><form action="#">` +
		question("Easy to read") + question("No mistakes") + question("The right length") + `</form></div></div>
</body></html>`
	if got := regionOf(t, src, "Easy to read"); got == "main" {
		t.Errorf("the poll's region %q, want it dropped", got)
	}
	if got := regionOf(t, src, "meet at the harbour"); got != "main" {
		t.Errorf("the article's region %q, want main", got)
	}
}

// A short article inside the page's <main> stays the content when the
// retries, which keep what the first attempt dropped by its names, find
// more prose outside it (a disclaimer in the footer).
func TestShortArticleInMain(t *testing.T) {
	sentence := "A good safety programme screens the renters of vehicles before the keys change hands. "
	disclaimer := "This material is not intended to replace the advice of a qualified adviser, and the company accepts no liability for its use, in whole or in part, by anyone. "
	src := `<html><head><title>Vehicle rentals</title></head><body>
<div id="nav"><a href="/">Home</a> <a href="/guides">Guides</a></div>
<main class="l-main"><h1>Best practices for vehicle rentals</h1>` + strings.Repeat(`<p>`+sentence+`</p>`, 3) + `
<form><label>First name</label><input name="first"><label>Last name</label><input name="last"><label>Email</label><input name="email"><input type="submit" value="Send"></form></main>
<div class="site-footer"><div class="wpb_column"><p>` + strings.Repeat(disclaimer, 4) + `</p></div></div>
</body></html>`
	if got := regionOf(t, src, "screens the renters"); got != "main" {
		t.Errorf("the article's region %q, want main", got)
	}
	if got := regionOf(t, src, "not intended to replace"); got == "main" {
		t.Errorf("the disclaimer's region %q, want not main", got)
	}
}

// A heading whose class names it a header ("header-anchor-post", as a
// newsletter platform writes every subheading) is the article's, not the
// page's header; a block so named is still dropped.
func TestHeadingNamedHeader(t *testing.T) {
	sentence := "The ferries, buses and trains, which the council, the port and the region paid for, now meet at the harbour again. "
	section := func(h string) string {
		return `<h3 class="header-anchor-post">` + h + `</h3>` + strings.Repeat(`<p>`+sentence+`</p>`, 3)
	}
	src := `<html><head><title>Harbour</title></head><body>
<div class="site-header"><a href="/">Home</a> The Harbour Times, a newsletter about the port and its town</div>
<div class="post"><h1>Harbour</h1>` + section("What the council paid for") + section("What the port wants next") + `</div>
</body></html>`
	if got := regionOf(t, src, "What the port wants next"); got != "main" {
		t.Errorf("the subheading's region %q, want main", got)
	}
	if got := regionOf(t, src, "a newsletter about the port"); got == "main" {
		t.Errorf("the page header's region %q, want not main", got)
	}
}

// The posts of a thread are the content, not only the longest of them:
// items of the same tag and class as the one holding the best-scored
// container, each with text and few links. Teasers of other stories, all
// links, stay out.
func TestThreadOfPosts(t *testing.T) {
	sentence := func(w string) string {
		return "I seasoned the " + w + " twice, in a hot oven, and it has kept its black finish through a whole winter of use. "
	}
	post := func(user, w string, n int) string {
		return `<div class="postItem"><div class="author"><a href="/u/` + user + `">` + user + `</a> Posts: 120</div>` +
			`<div class="postBody"><div class="postText">` + strings.Repeat(sentence(w), n) + `</div></div></div>`
	}
	teaser := func(w string) string {
		return `<div class="card"><a href="/` + w + `">How to season a ` + w + ` in an oven, and what to avoid when you do it the first time</a></div>`
	}
	src := `<html><head><title>Cast iron</title></head><body>
<div id="nav"><a href="/">Home</a> <a href="/forums">Forums</a></div>
<div class="topicBody"><h1>Cast iron</h1>` +
		post("paul", "skillet", 8) + post("anna", "griddle", 2) + post("omar", "kettle", 2) + `</div>
<div class="more">` + teaser("wok") + teaser("pan") + teaser("pot") + `</div>
</body></html>`
	for _, s := range []string{"I seasoned the skillet", "I seasoned the griddle", "I seasoned the kettle"} {
		if got := regionOf(t, src, s); got != "main" {
			t.Errorf("%q: region %q, want main", s, got)
		}
	}
	if got := regionOf(t, src, "How to season a wok"); got == "main" {
		t.Errorf("teaser: region %q, want not main", got)
	}
}

// A part of the article with many links in its sentences (names, places,
// earlier stories linked inline) stays: Readability drops a container
// whose text is a fifth links or more, but one that also holds 150 runes
// or more of plain text, under half of it links, is prose with links. A
// list of links is still dropped. (Before, the first attempt dropped the
// prose, its content came out too short, and the retry without the
// cleaning kept the link list too.)
func TestProseWithInlineLinks(t *testing.T) {
	linked := func(w string) string {
		return `The <a href="/council">town council</a> voted on Monday to rebuild the ` + w + ` after <a href="/storm">the storm of March</a> left it closed. The <a href="/ferries">ferry company</a> will pay for a third of the work. `
	}
	src := `<html><head><title>Harbour</title></head><body>
<div id="nav"><a href="/">Home</a> <a href="/news">News</a></div>
<div id="story"><h1>The harbour reopens</h1>
<div class="intro"><p>The harbour of the old town reopened on Monday, and the ferries, buses and trains now meet there again, as they did before the storm.</p>
<p>Work on the quays took eight months, and the new waiting room opened a week early, to the surprise of the people who use it every day.</p></div>
<div class="more"><p>` + linked("quay") + `</p><p>` + linked("pier") + `</p><p>` + linked("jetty") + `</p></div>
<div class="links"><p><a href="/a">Ferry times and fares for the summer</a> <a href="/b">Bus times</a></p><p><a href="/c">Train times and platforms</a> <a href="/d">Parking near the harbour</a></p></div>
</div></body></html>`
	if got := regionOf(t, src, "voted on Monday to rebuild the quay"); got != "main" {
		t.Errorf("prose with links: region %q, want main", got)
	}
	if got := regionOf(t, src, "Ferry times"); got == "main" {
		t.Errorf("link list: region %q, want not main", got)
	}
}
