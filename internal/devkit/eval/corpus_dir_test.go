package eval

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeCorpus lays out pages as a corpus folder: id -> file -> content.
func writeCorpus(t *testing.T, pages map[string]map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for id, files := range pages {
		if err := os.MkdirAll(filepath.Join(dir, id), 0o755); err != nil {
			t.Fatal(err)
		}
		for name, content := range files {
			if err := os.WriteFile(filepath.Join(dir, id, name), []byte(content), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	return dir
}

// firstLineTitle is a toy extractor: the first line is the title, the rest
// the text.
func firstLineTitle(src []byte, format string) (string, string) {
	title, text, _ := strings.Cut(string(src), "\n")
	return text, title
}

func TestCorpus(t *testing.T) {
	dir := writeCorpus(t, map[string]map[string]string{
		"a-good": {
			"raw.txt":   "The Budget Vote\nThe council approved the budget on Monday after a long debate.",
			"gold.txt":  "The council approved the budget on Monday after a long debate.",
			"meta.json": `{"title": "the  budget\u00a0VOTE "}`,
		},
		"b-noisy": {
			"raw.txt":   "Rain Returns | City News\nHome News Sport Login\nRain is expected across the north on Tuesday.",
			"gold.txt":  "Rain is expected across the north on Tuesday.",
			"meta.json": `{"title": "Rain Returns"}`,
		},
		"c-empty": {
			"raw.txt":  "Only a title",
			"gold.txt": "Something else entirely was the article here.",
		},
		"d-no-input": {
			"gold.txt": "A page without raw.txt is skipped.",
		},
		"not-a-page": {
			"notes.txt": "no gold here",
		},
	})
	cs, err := Corpus(dir, "raw.txt", firstLineTitle)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, p := range cs.Pages {
		ids = append(ids, p.ID)
	}
	// Worst first: the empty prediction (F1 0), then the noisy page, then
	// the perfect one.
	if got, want := strings.Join(ids, " "), "c-empty b-noisy a-good"; got != want {
		t.Errorf("pages = %s, want %s", got, want)
	}
	if got := strings.Join(cs.Skipped, " "); got != "d-no-input" {
		t.Errorf("skipped = %q, want d-no-input", got)
	}
	// The set in name order: a (P 1, R 1), b (gold 8 tokens, 5 shingles;
	// pred 12 tokens, 9 shingles: P 5/9, R 1), c (no prediction: R 0), so
	// P = (1 + 5/9)/2 = 7/9 and R = (1 + 1 + 0)/3 = 2/3.
	want := Aggregate([]Result{
		Compare("The council approved the budget on Monday after a long debate.", "The council approved the budget on Monday after a long debate."),
		Compare("Rain is expected across the north on Tuesday.", "Home News Sport Login\nRain is expected across the north on Tuesday."),
		Compare("Something else entirely was the article here.", ""),
	})
	if cs.Score != want {
		t.Errorf("score = %+v, want %+v", cs.Score, want)
	}
	if !close(cs.Score.Precision, 7.0/9) || !close(cs.Score.Recall, 2.0/3) {
		t.Errorf("P/R = %v/%v, want 7/9 and 2/3", cs.Score.Precision, cs.Score.Recall)
	}
	if cs.Titles != (TitleScore{N: 2, Exact: 1, Contains: 2}) {
		t.Errorf("titles = %+v, want 2 with a title, 1 exact, 2 contains", cs.Titles)
	}

	var b bytes.Buffer
	if err := cs.WriteText(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, s := range []string{
		"c-empty      -  0.000  0.000",
		"a-good   1.000  1.000  1.000",
		"P 0.778  R 0.667  F1 0.718  acc 0.333",
		"titles: 2 pages with a gold title: exact 1 (50.0%), contains 2 (100.0%)",
		"1 without raw.txt skipped: d-no-input",
	} {
		if !strings.Contains(out, s) {
			t.Errorf("text output lacks %q:\n%s", s, out)
		}
	}

	raw, err := json.Marshal(cs)
	if err != nil {
		t.Fatal(err)
	}
	var back struct {
		Pages []map[string]any `json:"pages"`
		Set   map[string]any   `json:"set"`
	}
	if err := json.Unmarshal(raw, &back); err != nil {
		t.Fatal(err)
	}
	if back.Pages[0]["id"] != "c-empty" || back.Pages[0]["has_pred"] != false || back.Set["n"] != 3.0 {
		t.Errorf("JSON = %s", raw)
	}
}

func TestCorpusFormat(t *testing.T) {
	dir := writeCorpus(t, map[string]map[string]string{
		"p": {"source.html": "<p>x</p>", "gold.txt": "x"},
	})
	var got string
	if _, err := Corpus(dir, "source.html", func(src []byte, format string) (string, string) {
		got = format
		return "x", ""
	}); err != nil {
		t.Fatal(err)
	}
	if got != "html" {
		t.Errorf("format for source.html = %q, want html", got)
	}
}

func TestCorpusNoPages(t *testing.T) {
	dir := writeCorpus(t, map[string]map[string]string{"p": {"gold.txt": "x"}})
	if _, err := Corpus(dir, "raw.txt", firstLineTitle); !errors.Is(err, ErrNoPages) {
		t.Errorf("err = %v, want ErrNoPages", err)
	}
}

func TestNormTitle(t *testing.T) {
	tests := []struct{ desc, in, want string }{
		{desc: "trim and collapse", in: "  A \t title\u00a0here ", want: "a title here"},
		{desc: "case fold", in: "STRASSE Straße", want: "strasse strasse"},
		{desc: "Arabic unchanged", in: " عنوان  الخبر ", want: "عنوان الخبر"},
	}
	for _, tt := range tests {
		if got := NormTitle(tt.in); got != tt.want {
			t.Errorf("%s: NormTitle(%q) = %q, want %q", tt.desc, tt.in, got, tt.want)
		}
	}
}
