package eval

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
)

func TestSplitOf(t *testing.T) {
	for _, c := range []struct{ site, want string }{
		{"bbc.co.uk", SplitValid}, // FNV-1a 32 % 4 == 0
		{"www.bbc.co.uk", SplitValid},
		{"BBC.co.uk", SplitValid},
		{"example.com", SplitTrain}, // 2
		{"nytimes.com", SplitTrain}, // 1
		{"lemonde.fr", SplitTrain},  // 3
	} {
		if got := SplitOf(c.site); got != c.want {
			t.Errorf("SplitOf(%q) = %s, want %s", c.site, got, c.want)
		}
	}
}

func TestFoldOf(t *testing.T) {
	for _, c := range []struct {
		site string
		want int
	}{
		{"bbc.co.uk", 0}, // the validation part
		{"www.bbc.co.uk", 0},
		{"example.com", 2}, // FNV-1a 32 / 4 % 4 + 1
		{"nytimes.com", 2},
		{"lemonde.fr", 3},
	} {
		if got := FoldOf(c.site); got != c.want {
			t.Errorf("FoldOf(%q) = %d, want %d", c.site, got, c.want)
		}
	}
}

func TestLoadPages(t *testing.T) {
	dir := writeCorpus(t, map[string]map[string]string{
		"setb/p2": {"gold.txt": "g", "raw.txt": "r", "meta.json": `{"dataset":"setb","site":"bbc.co.uk","lang":"en","page_type":"forum"}`},
		"seta/p1": {"gold.txt": "g", "raw.txt": "r", "meta.json": `{"dataset":"seta","site":"example.com"}`},
		"seta/p0": {"gold.txt": "g", "raw.txt": "r"}, // no meta.json: the folder names the dataset, the id the site
	})
	pages, err := LoadPages(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range pages {
		got = append(got, p.Dataset+"/"+p.ID+":"+p.Site+":"+p.Split+":"+p.Kind)
	}
	want := "seta/p0:p0:" + SplitOf("p0") + ": seta/p1:example.com:train: setb/p2:bbc.co.uk:valid:forum"
	if strings.Join(got, " ") != want {
		t.Errorf("pages:\n got %s\nwant %s", strings.Join(got, " "), want)
	}
	dev, err := LoadPages(dir+"/seta", true)
	if err != nil || len(dev) != 2 || dev[0].Split != SplitDev || dev[0].Dataset != SplitDev {
		t.Errorf("dev: %+v, %v", dev, err)
	}
	if _, err := LoadPages(t.TempDir(), false); err != ErrNoCorpus {
		t.Errorf("empty folder: %v, want ErrNoCorpus", err)
	}
}

func TestLabels(t *testing.T) {
	gold := "Budget approved\n\nThe council approved the budget on Monday after a long debate.\n\nWork starts in March, the mayor said."
	blocks := []string{
		"Home",            // a menu word: not in the gold
		"News",            // nor this
		"Budget approved", // short, in the gold, before an article block: in
		"The council approved the budget on Monday after a long debate.",
		"",
		"Work starts in March, the mayor said. Read more about the council here today.", // 5 of 12 shingles: out
		"Work starts in March, the mayor said.",
		"Share this", // short, not in the gold
		"the budget", // short, in the gold, but the next long block is out: out
		"Related stories from the same site about other things",
	}
	got := Labels(blocks, gold)
	want := []bool{false, false, true, true, false, false, true, false, false, false}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("block %d %q: in = %v, want %v", i, blocks[i], got[i], want[i])
		}
	}
	text := LabelText(blocks, got)
	if c := Compare(gold, text); !c.Exact {
		t.Errorf("label text %q does not equal the gold", text)
	}
}

func TestLines10(t *testing.T) {
	in := "Home\none two three four five six seven eight nine ten\nshort line\na b c d e f g h i j k\n"
	want := "one two three four five six seven eight nine ten\na b c d e f g h i j k\n"
	if got := Lines10(in); got != want {
		t.Errorf("Lines10 = %q, want %q", got, want)
	}
}

func TestSplitTable(t *testing.T) {
	article := "The council approved the budget on Monday after a long debate in the town hall."
	dir := writeCorpus(t, map[string]map[string]string{
		"a/p1": {"gold.txt": article, "raw.txt": "Home\n" + article + "\n", "source.html": "<p>" + article, "meta.json": `{"dataset":"a","site":"bbc.co.uk"}`},
		"a/p2": {"gold.txt": article, "raw.txt": "Home\n" + article + "\n", "source.html": "<p>" + article, "meta.json": `{"dataset":"a","site":"example.com"}`},
		"b/p3": {"gold.txt": article, "raw.txt": article, "source.html": "<p>" + article, "meta.json": `{"dataset":"b","site":"nytimes.com"}`},
	})
	pages, err := LoadPages(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	x := func(src []byte, format string) (string, string) { // the last line
		lines := strings.Split(strings.TrimSpace(string(src)), "\n")
		return lines[len(lines)-1], ""
	}
	blocks := func(src []byte, format string) []string { return strings.Split(string(src), "\n") }
	rows, err := SplitTable(pages, []string{"text"}, x, blocks)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range rows {
		got = append(got, r.Split+"/"+r.Dataset+":"+Fmt(r.Safi.F1)+":"+Fmt(r.Labels.F1)+":"+strconv.Itoa(r.Safi.N))
	}
	want := "train/all:1.000:1.000:2 train/a:1.000:1.000:1 train/b:1.000:1.000:1 fold2/all:1.000:1.000:2 valid/a:1.000:1.000:1"
	if strings.Join(got, " ") != want {
		t.Errorf("rows:\n got %s\nwant %s", strings.Join(got, " "), want)
	}
	if rows[0].Whole.F1 >= 1 {
		t.Errorf("whole-text baseline %v: the menu line should cost precision", rows[0].Whole.F1)
	}
	var buf bytes.Buffer
	if err := WriteTable(&buf, rows); err != nil || !strings.Contains(buf.String(), "valid  a") {
		t.Errorf("table:\n%s", buf.String())
	}
}
