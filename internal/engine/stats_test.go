package engine

import (
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/safi-app/safi/internal/devkit/benchdata"
	"github.com/safi-app/safi/internal/devkit/testfiles"
	"github.com/safi-app/safi/internal/doc"
	"github.com/safi-app/safi/internal/extract/assemble"
	"github.com/safi-app/safi/internal/language/lang"
	"github.com/safi-app/safi/internal/measure/stats"
	"github.com/safi-app/safi/internal/report"
)

// joinedStats measures the article, the page and the noise the way Safi
// did before measureStats: each joined into one text, measured apart.
func joinedStats(d *doc.Doc, a assemble.Result) report.StatsSet {
	var page, noise []string
	for t := range pageTexts(d) {
		page = append(page, t)
	}
	for _, n := range a.Noise {
		noise = append(noise, n.Text)
	}
	heads := 0
	for _, p := range a.Article.Paragraphs {
		if p.Kind == "heading" {
			heads++
		}
	}
	return report.StatsSet{
		Article: stats.Of(a.Article.Text, len(a.Article.Paragraphs)-heads, heads),
		Page:    stats.OfPage(strings.Join(page, "\n\n"), len(page), 0),
		Noise:   stats.OfPage(strings.Join(noise, "\n\n"), len(noise), 0),
	}
}

// statsInputs are the seed, a generated paste and the test pages.
func statsInputs(t *testing.T) map[string][]byte {
	t.Helper()
	in := map[string][]byte{"paste": benchdata.Paste(300_000, 7)}
	seed, err := os.ReadFile(testfiles.SeedPath())
	if err != nil {
		t.Fatal(err)
	}
	in["seed"] = seed
	for _, p := range testfiles.Pages(t) {
		in[p.Name] = p.Input
	}
	return in
}

// TestStatsMatchJoinedTexts checks that measuring each block once, for
// every text it belongs to, gives the statistics of the joined texts: with
// the blocks lined up with the assembled lists, with a user's corrections,
// and when they do not line up (the fallback).
func TestStatsMatchJoinedTexts(t *testing.T) {
	for name, src := range statsInputs(t) {
		d := Prepare(src, Options{})
		corr := Corrections{}
		for i := range d.Blocks {
			if i%7 == 3 {
				corr[i] = i%2 == 0
			}
		}
		for _, c := range []struct {
			desc string
			corr Corrections
			skew bool
		}{
			{"as classified", nil, false},
			{"with corrections", corr, false},
			{"blocks not lined up", nil, true},
		} {
			a := assemble.Build(d, c.corr)
			if c.skew {
				if len(a.Noise) == 0 {
					continue
				}
				a.Noise = a.Noise[1:]
				if _, ok := blockSets(d, a); ok {
					t.Fatalf("%s: blockSets lined up blocks with a noise list missing its first entry", name)
				}
			} else if _, ok := blockSets(d, a); !ok {
				t.Errorf("%s, %s: the blocks do not line up with the assembled lists", name, c.desc)
			}
			masks, ok := blockSets(d, a)
			if !ok {
				masks = nil
			}
			// The languages from the blocks' evidence are those of the
			// joined texts.
			text := a.Article.Text
			al, pl, nl, paras := languages(d, a, masks)
			want := []string{lang.Detect(text), lang.DetectJoin(pageTexts(d), "\n\n"), lang.DetectJoin(noiseTexts(a.Noise), "\n\n"), strings.Join(stats.ParagraphLanguages(text), " ")}
			if got := []string{al, pl, nl, strings.Join(paras, " ")}; !slices.Equal(got, want) {
				t.Errorf("%s, %s: languages (article, page, noise, paragraphs) %q, of the joined texts %q", name, c.desc, got, want)
			}
			var got report.StatsSet
			var spans []int32
			var size int
			var kept bool
			got.Article, got.Page, got.Noise, spans, size, kept = measureStats(d, a, masks, al, pl, nl, true)
			// The article's words, when kept, are those of its text.
			if want, wantOK := stats.AppendWords(nil, text); kept && (!wantOK || size != len(text) || !slices.Equal(spans, want)) {
				t.Errorf("%s, %s: the article's words kept %v (%d bytes), of its text %v, %v (%d bytes)", name, c.desc, spans, size, want, wantOK, len(text))
			} else if !kept && wantOK && !doc.Splits(len(d.Blocks)) {
				t.Errorf("%s, %s: the article's words not kept, the fast scanner takes its text", name, c.desc)
			}
			got.Article.ParagraphLanguages = paras
			g, _ := json.Marshal(got)
			w, _ := json.Marshal(joinedStats(d, a))
			if string(g) != string(w) {
				t.Errorf("%s, %s:\n got %s\nwant %s", name, c.desc, g, w)
			}
		}
	}
}
