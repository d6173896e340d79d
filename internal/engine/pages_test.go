package engine_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"github.com/safi-app/safi/internal/devkit/testfiles"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/safi-app/safi/internal/engine"
	"github.com/safi-app/safi/internal/report"
)

// pagesDir holds the project's own test pages: testdata/pages/<lang>-<name>/
// with input.txt (the text a person gets by select-all + copy in a browser)
// and expect.json (what a careful reader says the page holds, written
// before the engine was run on it).
var pagesDir = testfiles.PagesDir()

// expectation is a page's expect.json. A key left out is not checked.
type expectation struct {
	// Language is the article's language ("ar", "fr", "en"); its
	// direction follows (rtl for Arabic, ltr otherwise).
	Language  *string `json:"language"`
	Title     *string `json:"title"`
	Source    *string `json:"source"`
	Author    *string `json:"author"`
	Published *string `json:"published"` // ISO 8601 date
	// TickerHeadlines is how many ticker headlines the page has; -1: not
	// checked.
	TickerHeadlines *int `json:"ticker_headlines"`
	// MustContain are sentences or headings article.text must contain.
	MustContain []string `json:"must_contain"`
	// MustNotContain are menu items, ticker headlines, widget, related,
	// cookie and footer text that must not be in article.text.
	MustNotContain []string `json:"must_not_contain"`
	// Headings are the article's subheadings, in order (the paragraphs of
	// kind "heading"); nil: not checked, []: none.
	Headings []string `json:"headings"`
	// ParagraphsMin and ParagraphsMax bound the number of article
	// paragraphs of kind "paragraph" (headings not counted).
	ParagraphsMin *int `json:"paragraphs_min"`
	ParagraphsMax *int `json:"paragraphs_max"`
}

// knownFailure names one check that fails on one page today.
type knownFailure struct{ page, check string }

// knownFailures are the checks the engine fails today, each with why. The
// test logs them instead of failing, so that CI stays green while any new
// failure fails it; the list is meant to shrink as the classifier learns.
// A check is named as the test reports it: "language", "title", "source", "author",
// "published", "ticker_headlines", "headings", "paragraphs_min", "paragraphs_max",
// "must_contain: <text>" or "must_not_contain: <text>".
var knownFailures = map[knownFailure]string{

	{"en-review-affiliate", "must_not_contain: Best noise-cancelling headphones 2023"}:     "the related headline stands before a teaser sentence: heading.short-before-prose",
	{"en-review-affiliate", "must_not_contain: Our favourite budget headphones right now"}: "a related teaser written as a sentence passes as prose (paragraph.prose)",
	{"en-review-affiliate", "headings"}:                                                    "\"Our Verdict\" (the verdict box's label) and the related headline after \"Related reviews\" are taken for headings",
}

// loadPages reads every page under pagesDir, in name order.
func loadPages(t testing.TB) []string {
	t.Helper()
	ents, err := os.ReadDir(pagesDir)
	if err != nil {
		t.Fatalf("reading %s: %v", pagesDir, err)
	}
	var names []string
	for _, e := range ents {
		if e.IsDir() {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	if len(names) == 0 {
		t.Fatalf("no pages in %s", pagesDir)
	}
	return names
}

func readPage(t testing.TB, name string) ([]byte, expectation) {
	t.Helper()
	src, err := os.ReadFile(filepath.Join(pagesDir, name, "input.txt"))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(filepath.Join(pagesDir, name, "expect.json"))
	if err != nil {
		t.Fatal(err)
	}
	var exp expectation
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&exp); err != nil {
		t.Fatalf("%s/expect.json: %v", name, err)
	}
	return src, exp
}

// TestPages checks the engine against every page's expectations. Each
// failure names the page, the check, what the engine produced and the
// blocks (class, rule, text) around the place in the input it concerns.
func TestPages(t *testing.T) {
	seen, ran := map[knownFailure]bool{}, map[string]bool{}
	checks, failed := 0, 0
	for _, name := range loadPages(t) {
		t.Run(name, func(t *testing.T) {
			ran[name] = true
			src, exp := readPage(t, name)
			r := engine.Analyze(src, engine.Options{})
			fs := checkPage(src, exp, r)
			checks += countChecks(exp)
			failed += len(fs)
			for _, f := range fs {
				k := knownFailure{name, f.check}
				if why, ok := knownFailures[k]; ok {
					seen[k] = true
					t.Logf("known failure (%s): %s: %s", why, f.check, f.got)
					continue
				}
				t.Errorf("%s: %s: %s\n%s", name, f.check, f.got, dumpBlocks(src, r, f.at))
			}
		})
	}
	var fixed []string
	for k := range knownFailures {
		if ran[k.page] && !seen[k] {
			fixed = append(fixed, k.page+" / "+k.check)
		}
	}
	sort.Strings(fixed)
	for _, k := range fixed {
		t.Logf("known failure now passes, remove it from knownFailures: %s", k)
	}
	t.Logf("%d pages, %d checks, %d failed (%d known)", len(ran), checks, failed, len(seen))
}

// countChecks is how many checks exp asks for.
func countChecks(exp expectation) int {
	n := len(exp.MustContain) + len(exp.MustNotContain)
	for _, set := range []bool{exp.Language != nil, exp.Title != nil, exp.Source != nil, exp.Author != nil, exp.Published != nil,
		exp.TickerHeadlines != nil && *exp.TickerHeadlines >= 0, exp.Headings != nil, exp.ParagraphsMin != nil, exp.ParagraphsMax != nil} {
		if set {
			n++
		}
	}
	return n
}

// failure is one failed check: its name, what the engine produced, and
// the input offset it concerns (-1: the head of the page).
type failure struct {
	check string
	got   string
	at    int
}

// checkPage runs every check exp asks for on r and returns the failures.
func checkPage(src []byte, exp expectation, r report.Report) []failure {
	var fs []failure
	str := func(check string, want *string, got string) {
		if want != nil && *want != got {
			fs = append(fs, failure{check, fmt.Sprintf("got %q, want %q", got, *want), -1})
		}
	}
	if exp.Language != nil {
		dir := "ltr"
		if *exp.Language == "ar" {
			dir = "rtl"
		}
		if r.Language != *exp.Language || r.Direction != dir {
			fs = append(fs, failure{"language", fmt.Sprintf("got %s %s, want %s %s", r.Language, r.Direction, *exp.Language, dir), -1})
		}
	}
	str("title", exp.Title, r.Article.Title)
	str("source", exp.Source, r.Article.Source)
	str("author", exp.Author, r.Article.Author)
	str("published", exp.Published, datePart(r.Article.Published))
	if exp.TickerHeadlines != nil && *exp.TickerHeadlines >= 0 && len(r.Ticker.Headlines) != *exp.TickerHeadlines {
		var hs []string
		for _, h := range r.Ticker.Headlines {
			hs = append(hs, h.Text)
		}
		at := -1
		if len(r.Ticker.Headlines) > 0 {
			at = r.Ticker.Headlines[0].Start
		}
		fs = append(fs, failure{"ticker_headlines", fmt.Sprintf("got %d, want %d: %q", len(hs), *exp.TickerHeadlines, hs), at})
	}
	for _, s := range exp.MustContain {
		if !strings.Contains(r.Article.Text, s) {
			fs = append(fs, failure{"must_contain: " + s, "not in article.text", bytes.Index(src, []byte(s))})
		}
	}
	for _, s := range exp.MustNotContain {
		if strings.Contains(r.Article.Text, s) {
			fs = append(fs, failure{"must_not_contain: " + s, "in article.text", inArticleAt(src, r, s)})
		}
	}
	n := 0
	var heads []string
	headAt := -1
	for _, p := range r.Article.Paragraphs {
		if p.Kind == "paragraph" {
			n++
			continue
		}
		heads = append(heads, p.Text)
		if headAt < 0 && !slices.Contains(exp.Headings, p.Text) {
			headAt = p.Start
		}
	}
	if exp.Headings != nil && !slices.Equal(heads, exp.Headings) {
		if headAt < 0 {
			for _, h := range exp.Headings {
				if !slices.Contains(heads, h) {
					headAt = bytes.Index(src, []byte(h))
					break
				}
			}
		}
		fs = append(fs, failure{"headings", fmt.Sprintf("got %q, want %q", heads, exp.Headings), headAt})
	}
	if exp.ParagraphsMin != nil && n < *exp.ParagraphsMin {
		fs = append(fs, failure{"paragraphs_min", fmt.Sprintf("got %d paragraphs, want at least %d", n, *exp.ParagraphsMin), -1})
	}
	if exp.ParagraphsMax != nil && n > *exp.ParagraphsMax {
		at := -1
		if len(r.Article.Paragraphs) > 0 {
			at = r.Article.Paragraphs[0].Start
		}
		fs = append(fs, failure{"paragraphs_max", fmt.Sprintf("got %d paragraphs, want at most %d", n, *exp.ParagraphsMax), at})
	}
	return fs
}

// datePart is the date of an ISO 8601 date or date-time.
func datePart(iso string) string {
	if len(iso) > 10 && iso[10] == 'T' {
		return iso[:10]
	}
	return iso
}

// inArticleAt is the input offset of the article paragraph holding s.
func inArticleAt(src []byte, r report.Report, s string) int {
	for _, p := range r.Article.Paragraphs {
		if i := strings.Index(p.Text, s); i >= 0 {
			return p.Start + i
		}
	}
	return bytes.Index(src, []byte(s))
}

// dumpBlocks lists the non-blank blocks around input offset at (the first
// blocks of the page when at < 0) with their class, rule and text.
func dumpBlocks(src []byte, r report.Report, at int) string {
	var idx []int
	hit := -1
	for i, b := range r.Blocks {
		if len(bytes.TrimSpace(src[b.Start:b.End])) == 0 {
			continue
		}
		if at >= b.Start && at < b.End {
			hit = len(idx)
		}
		idx = append(idx, i)
	}
	lo, hi := 0, min(len(idx), 14)
	if hit >= 0 {
		lo, hi = max(0, hit-5), min(len(idx), hit+6)
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "    blocks %d–%d of %d (non-blank):\n", lo, hi, len(idx))
	for k := lo; k < hi; k++ {
		b := r.Blocks[idx[k]]
		mark := "  "
		if k == hit {
			mark = "=>"
		}
		fmt.Fprintf(&sb, "    %s %-11s %-30s %q\n", mark, b.Class, b.Rule, excerpt(string(bytes.TrimSpace(src[b.Start:b.End])), 70))
	}
	return sb.String()
}

// excerpt cuts s to at most n runes.
func excerpt(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n]) + "…"
}

// TestPagesInvariants checks what must hold on every page whatever the
// classifier decides: blocks tile the input, offsets slice the input to
// the text they claim, the article text is its paragraphs, and the report
// is deterministic.
func TestPagesInvariants(t *testing.T) {
	for _, name := range loadPages(t) {
		t.Run(name, func(t *testing.T) {
			src, _ := readPage(t, name)
			r := engine.Analyze(src, engine.Options{})
			for _, err := range invariants(src, r) {
				t.Errorf("%s: %v", name, err)
			}
			a, _ := json.Marshal(r)
			b, _ := json.Marshal(engine.Analyze(src, engine.Options{}))
			if !bytes.Equal(a, b) {
				t.Errorf("%s: two runs on the same input give different reports", name)
			}
		})
	}
}

// invariants returns every broken invariant of r as the report of src.
func invariants(src []byte, r report.Report) []error {
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
	// Blocks tile the input.
	end := 0
	for i, b := range r.Blocks {
		if b.Start != end {
			bad("block %d starts at %d, want %d (where block %d ends)", i, b.Start, end, i-1)
		}
		if b.End <= b.Start {
			bad("block %d is empty or reversed: [%d,%d)", i, b.Start, b.End)
		}
		if b.Class == "" || b.Rule == "" {
			bad("block %d has no class or rule: %q %q", i, b.Class, b.Rule)
		}
		end = b.End
	}
	if end != len(src) {
		bad("blocks end at %d, want %d (the input's length)", end, len(src))
	}
	// Offsets slice the input to their text.
	slices := func(what string, i int, text string, start, end int) {
		if start < 0 || end > len(src) || start > end {
			bad("%s %d: offsets [%d,%d) outside the input", what, i, start, end)
			return
		}
		if got := string(src[start:end]); got != text {
			bad("%s %d: input[%d:%d] = %q, want its text %q", what, i, start, end, excerpt(got, 60), excerpt(text, 60))
		}
	}
	var body []string
	for i, p := range r.Article.Paragraphs {
		slices("paragraph", i, p.Text, p.Start, p.End)
		if p.Kind != "paragraph" && p.Kind != "heading" {
			bad("paragraph %d: kind %q", i, p.Kind)
		}
		body = append(body, p.Text)
	}
	for i, h := range r.Ticker.Headlines {
		slices("headline", i, h.Text, h.Start, h.End)
		if h.Text == "" || strings.TrimSpace(h.Text) != h.Text {
			bad("headline %d is empty or untrimmed: %q", i, h.Text)
		}
	}
	// The article text is its paragraphs separated by blank lines.
	if got, want := r.Article.Text, strings.Join(body, "\n\n"); got != want {
		bad("article.text is not its paragraphs joined by blank lines")
	}
	return errs
}
