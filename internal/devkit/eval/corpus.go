package eval

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/cases"
)

// ErrNoPages is returned by Corpus when the folder holds no page with both a
// gold.txt and the input file.
var ErrNoPages = errors.New("eval: no page with gold.txt and input")

// Extractor runs an extractor on one page's input and returns the article
// text and title. format is "text" for a .txt input and "html" for .html.
type Extractor func(src []byte, format string) (text, title string)

// PageScore is one page of a corpus, scored.
type PageScore struct {
	ID string `json:"id"`
	Result
	// Pred is the extracted text (not in JSON: --out writes it to a file).
	Pred string `json:"-"`
	// Title is the extracted title; GoldTitle the "title" of meta.json, ""
	// when it has none.
	Title     string `json:"title"`
	GoldTitle string `json:"gold_title,omitempty"`
	// TitleExact is true when the normalised titles are equal, TitleContains
	// when the normalised extracted title contains the gold one (a site name
	// added to it, say). Both false without a gold title.
	TitleExact    bool `json:"title_exact"`
	TitleContains bool `json:"title_contains"`
	// TitleWithin is true when the gold title contains the extracted one of
	// three words or more: the page's headline without the site name that
	// <title> adds ("… | Code", "… _光明网").
	TitleWithin bool `json:"title_within"`
}

// MarshalJSON writes the page's figures with its counts.
func (p PageScore) MarshalJSON() ([]byte, error) {
	type page PageScore
	return json.Marshal(struct {
		page
		Precision float64 `json:"precision"`
		Recall    float64 `json:"recall"`
		F1        float64 `json:"f1"`
		HasPred   bool    `json:"has_pred"`
		HasGold   bool    `json:"has_gold"`
	}{page(p), p.Precision(), p.Recall(), p.F1(), p.HasPred(), p.HasGold()})
}

// TitleScore counts title matches over the pages whose meta.json has a
// title.
type TitleScore struct {
	N        int `json:"n"`
	Exact    int `json:"exact"`
	Contains int `json:"contains"`
	Within   int `json:"within"`
}

// CorpusScore is a scored corpus: the pages worst first (lowest F1, then
// by id) and the set's figures over all of them.
type CorpusScore struct {
	Dir     string      `json:"dir"`
	Input   string      `json:"input"`
	Pages   []PageScore `json:"pages"`
	Skipped []string    `json:"skipped"` // pages with gold.txt but no input file
	Score   Score       `json:"set"`
	Titles  TitleScore  `json:"titles"`
}

// MarshalJSON writes NaN figures as null.
func (s Score) MarshalJSON() ([]byte, error) {
	num := func(x float64) *float64 {
		if math.IsNaN(x) {
			return nil
		}
		return &x
	}
	return json.Marshal(struct {
		N         int      `json:"n"`
		Precision *float64 `json:"precision"`
		Recall    *float64 `json:"recall"`
		F1        *float64 `json:"f1"`
		Accuracy  *float64 `json:"accuracy"`
	}{s.N, num(s.Precision), num(s.Recall), num(s.F1), num(s.Accuracy)})
}

// Corpus scores x on every page of dir: each subfolder holding gold.txt and
// the input file (raw.txt, source.html, …), with an optional meta.json whose
// "title" is the gold title. The set's figures are taken over the pages in
// the order of their names, as score.py walks them.
func Corpus(dir, input string, x Extractor) (CorpusScore, error) {
	cs := CorpusScore{Dir: dir, Input: input, Pages: []PageScore{}, Skipped: []string{}}
	golds, err := filepath.Glob(filepath.Join(dir, "*", "gold.txt"))
	if err != nil {
		return cs, err
	}
	sort.Strings(golds)
	format := "text"
	if ext := strings.ToLower(filepath.Ext(input)); ext == ".html" || ext == ".htm" {
		format = "html"
	}
	var results []Result
	for _, g := range golds {
		pdir := filepath.Dir(g)
		id := filepath.Base(pdir)
		src, err := os.ReadFile(filepath.Join(pdir, input))
		if errors.Is(err, os.ErrNotExist) {
			cs.Skipped = append(cs.Skipped, id)
			continue
		}
		if err != nil {
			return cs, err
		}
		gold, err := os.ReadFile(g)
		if err != nil {
			return cs, err
		}
		text, title := x(src, format)
		p := PageScore{ID: id, Result: Compare(string(gold), text), Pred: text, Title: title}
		p.GoldTitle = metaTitle(filepath.Join(pdir, "meta.json"))
		if p.GoldTitle != "" {
			cs.Titles.N++
			gt, pt := NormTitle(p.GoldTitle), NormTitle(title)
			p.TitleExact = gt == pt
			p.TitleContains = pt != "" && strings.Contains(pt, gt)
			p.TitleWithin = !p.TitleExact && len(strings.Fields(pt)) >= 3 && strings.Contains(gt, pt)
			if p.TitleWithin {
				cs.Titles.Within++
			}
			if p.TitleExact {
				cs.Titles.Exact++
			}
			if p.TitleContains {
				cs.Titles.Contains++
			}
		}
		results = append(results, p.Result)
		cs.Pages = append(cs.Pages, p)
	}
	if len(cs.Pages) == 0 {
		return cs, fmt.Errorf("%w: %s/*/{gold.txt,%s}", ErrNoPages, dir, input)
	}
	cs.Score = Aggregate(results)
	sort.SliceStable(cs.Pages, func(i, j int) bool { return cs.Pages[i].F1() < cs.Pages[j].F1() })
	return cs, nil
}

// metaTitle returns the "title" of a meta.json, "" if there is none or the
// file is missing or unreadable.
func metaTitle(path string) string {
	raw, err := os.ReadFile(path)
	if err != nil {
		return ""
	}
	var m struct {
		Title string `json:"title"`
	}
	if json.Unmarshal(raw, &m) != nil {
		return ""
	}
	return strings.TrimSpace(m.Title)
}

// NormTitle normalises a title for comparison: white space trimmed and
// collapsed to one space, case folded.
func NormTitle(s string) string {
	return cases.Fold().String(strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " "))
}

// WriteText prints the corpus score for people: one line per page, worst
// first, then the set's figures and the title matches.
func (cs CorpusScore) WriteText(w io.Writer) error {
	width := len("page")
	for _, p := range cs.Pages {
		width = max(width, len(p.ID))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%-*s  %5s  %5s  %5s  %6s  %6s  %s\n", width, "page", "P", "R", "F1", "gold", "pred", "title")
	for _, p := range cs.Pages {
		fmt.Fprintf(&b, "%-*s  %5s  %5s  %5s  %6d  %6d  %s\n", width, p.ID,
			fmtIf(p.Precision(), p.HasPred()), fmtIf(p.Recall(), p.HasGold()), Fmt(p.F1()),
			p.GoldTokens, p.PredTokens, titleMark(p))
	}
	s := cs.Score
	fmt.Fprintf(&b, "\n%s (%s, %d pages", cs.Dir, cs.Input, s.N)
	if len(cs.Skipped) > 0 {
		fmt.Fprintf(&b, "; %d without %s skipped: %s", len(cs.Skipped), cs.Input, strings.Join(cs.Skipped, " "))
	}
	fmt.Fprintf(&b, ")\nP %s  R %s  F1 %s  acc %s\n", Fmt(s.Precision), Fmt(s.Recall), Fmt(s.F1), Fmt(s.Accuracy))
	if t := cs.Titles; t.N > 0 {
		fmt.Fprintf(&b, "titles: %d pages with a gold title: exact %d (%s), contains %d (%s), within %d (%s)\n",
			t.N, t.Exact, pct(t.Exact, t.N), t.Contains, pct(t.Contains, t.N), t.Within, pct(t.Within, t.N))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// titleMark says how a page's title compares: "=" equal, "⊇" contains the
// gold title, "⊆" is within it, "≠" neither (with both titles), "-" no gold
// title.
func titleMark(p PageScore) string {
	switch {
	case p.GoldTitle == "":
		return "-"
	case p.TitleExact:
		return "="
	case p.TitleContains:
		return "⊇"
	case p.TitleWithin:
		return "⊆"
	}
	return fmt.Sprintf("≠ %q (gold %q)", p.Title, p.GoldTitle)
}

// Fmt formats a figure as score.py does: three decimals, "nan" for NaN.
func Fmt(x float64) string {
	if math.IsNaN(x) {
		return "nan"
	}
	return fmt.Sprintf("%.3f", x)
}

func fmtIf(x float64, ok bool) string {
	if !ok {
		return "-"
	}
	return Fmt(x)
}

func pct(n, of int) string {
	return fmt.Sprintf("%.1f%%", 100*float64(n)/float64(of))
}
