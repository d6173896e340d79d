package export

import (
	"encoding/csv"
	"path/filepath"
	"strings"
	"testing"

	"github.com/safi-app/safi/internal/devkit/golden"

	"github.com/safi-app/safi/internal/report"
	"github.com/safi-app/safi/internal/report/rules"
)

// sample is a report with every section filled, in the shape of the seed's.
func sample() report.Report {
	return report.Report{
		Language: "ar", Direction: "rtl",
		Article: report.Article{
			Title:     `اندحار "داعش" يضيق الخناق على مقاتلين مغاربة بالعراق وسوريا`,
			Source:    "هسبريس",
			Published: "2017-07-02",
			Paragraphs: []report.Paragraph{
				{Kind: "paragraph", Text: "تمّ تطهير أكثر من 84 ألف كيلومتر مربع من التنظيم الإرهابي، بها أكثر من 4 ملايين شخص."},
				{Kind: "heading", Text: `"قوة استباقية"`},
				{Kind: "paragraph", Text: "فمنذ العام 2002، أي قبيل تفجيرات 16 ماي 2003 الإرهابية."},
			},
		},
		Stats: report.StatsSet{
			Article: report.Stats{Characters: 4314, CharactersNoSpaces: 3606, Letters: 3388, Words: 697, UniqueWords: 466, Sentences: 16, Paragraphs: 10, Headings: 3,
				AvgWordLength: 4.86, AvgSentenceWords: 43.56, TypeTokenRatio: 0.669, ReadingTimeSeconds: 303, SpeakingTimeSeconds: 377.6,
				Scripts: map[string]float64{"arabic": 94, "latin": 0, "digits": 1.9, "other": 4.1}, Language: "ar"},
			Page: report.Stats{Characters: 12000, Words: 2000, Language: "ar", ReadingTimeSeconds: 45,
				Scripts: map[string]float64{"arabic": 90, "latin": 2, "digits": 3, "other": 5}},
			Noise: report.Stats{Language: "und", Scripts: map[string]float64{}},
		},
		Terms: []report.Term{
			{Term: "داعش", Count: 13, Forms: []string{"داعش"}},
			{Term: "العراق", Count: 8, Forms: []string{"العراق", "والعراق"}},
		},
		Phrases: []report.Phrase{{Text: "التحالف الدولي", Count: 4}},
		Figures: []report.Figure{
			{Value: 84000, Text: "أكثر من 84 ألف كيلومتر مربع", Unit: "km²", Qualifier: "more-than", Context: "تمّ تطهير أكثر من 84 ألف كيلومتر مربع من التنظيم الإرهابي، بها أكثر من 4 ملايين شخص.", Start: 10, End: 60},
			{Value: 6, Max: 17, Text: "ما بين 6 و17 سنة", Unit: "سنة", Qualifier: "range", Context: "a | pipe", Start: 70, End: 90},
		},
		Dates: []report.Date{{ISO: "2003-05-16", Precision: "day", Calendar: "gregorian", Text: "16 ماي 2003", Start: 100, End: 120},
			{ISO: "2024-03-11", Precision: "day", Calendar: "hijri", Hijri: "1445-09-01", Text: "1 رمضان 1445 هـ", Start: 130, End: 150}},
		Readability: &report.Readability{Formula: "osman", Score: 45, Words: 697, Sentences: 16, Syllables: 2100, LongWords: 300},
		Quotes:      []report.Quote{{Text: "داعش", Count: 13}, {Text: "قوة استباقية", Count: 1}},
		Ticker:      report.Ticker{Headlines: []report.Headline{{Text: "المغرب يعزز دوره القيادي"}}},
		Noise: []report.Noise{
			{Class: "boilerplate", Rule: rules.ReadAtSource, Text: "انقر هنا لقراءة الخبر من مصدره."},
			{Class: "other", Rule: rules.ModelText, Why: []string{"short", "links", "far-from-article"}, Text: "الأكثر قراءة"},
		},
	}
}

func TestMarkdownGolden(t *testing.T) {
	for _, tt := range []struct {
		desc, golden string
		r            report.Report
	}{
		{"every section", "sample.md", sample()},
		{"empty report", "empty.md", report.Report{}},
	} {
		t.Run(tt.desc, func(t *testing.T) {
			got := []byte(Markdown(tt.r))
			golden.Check(t, filepath.Join("testdata", tt.golden), got)

		})
	}
}

func TestMarkdownSections(t *testing.T) {
	md := Markdown(sample())
	for _, want := range []string{
		"## Statistics", "| Words | 697 | 2,000 | 0 |", "| Reading time | 5 min 3 s | 45 s | 0 s |",
		"arabic 94%, digits 1.9%, other 4.1%",
		"## Top terms", "2. العراق — 8 (العراق, والعراق)", "## Top phrases", "1. التحالف الدولي — 4",
		"## Figures (2)", "| 84,000 | أكثر من 84 ألف كيلومتر مربع | km² | more-than |", "| 6–17 |",
		"## Dates (2)", "| 2003-05-16 | day | gregorian | 16 ماي 2003 |", "| 2024-03-11 | day | hijri 1445-09-01 | 1 رمضان 1445 هـ |",
		"## Quotes", "- «داعش» × 13", "- «قوة استباقية»\n",
		"## Removed", "- other (model.text: short, mostly links, far from the article): الأكثر قراءة\n",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q", want)
		}
	}
	for _, section := range []string{"## Statistics", "## Top terms", "## Figures", "## Dates", "## Quotes"} {
		if strings.Contains(Markdown(report.Report{}), section) {
			t.Errorf("empty report shows %q", section)
		}
	}
}

func TestFiguresCSV(t *testing.T) {
	r := sample()
	r.Figures = append(r.Figures,
		report.Figure{Value: 2000000, Text: `2 "مليون"`, Unit: "نازح", Qualifier: "approx", Context: "line one\nline two, with comma"},
		report.Figure{Value: -5, Text: "-5", Unit: "=SUM(A1)", Qualifier: "exact", Context: "@cmd"},
		report.Figure{Value: 0.5, Text: "+1 ٪", Qualifier: "exact"},
	)
	got := FiguresCSV(r)
	rows, err := csv.NewReader(strings.NewReader(got)).ReadAll()
	if err != nil {
		t.Fatalf("FiguresCSV is not valid CSV: %v\n%s", err, got)
	}
	want := [][]string{
		{"value", "text", "unit", "qualifier", "max", "context", "start", "end"},
		{"84000", "أكثر من 84 ألف كيلومتر مربع", "km²", "more-than", "", "تمّ تطهير أكثر من 84 ألف كيلومتر مربع من التنظيم الإرهابي، بها أكثر من 4 ملايين شخص.", "10", "60"},
		{"6", "ما بين 6 و17 سنة", "سنة", "range", "17", "a | pipe", "70", "90"},
		{"2000000", `2 "مليون"`, "نازح", "approx", "", "line one\nline two, with comma", "0", "0"},
		{"-5", "-5", "'=SUM(A1)", "exact", "", "'@cmd", "0", "0"},
		{"0.5", "'+1 ٪", "", "exact", "", "", "0", "0"},
	}
	if len(rows) != len(want) {
		t.Fatalf("%d rows, want %d:\n%s", len(rows), len(want), got)
	}
	for i := range want {
		if strings.Join(rows[i], "\x00") != strings.Join(want[i], "\x00") {
			t.Errorf("row %d = %q, want %q", i, rows[i], want[i])
		}
	}
	if got := FiguresCSV(report.Report{}); got != "value,text,unit,qualifier,max,context,start,end\n" {
		t.Errorf("no figures: %q, want the header only", got)
	}
}

func TestFormatting(t *testing.T) {
	for _, tt := range []struct{ desc, got, want string }{
		{"small number", grouped(163), "163"},
		{"four digits", grouped(1631), "1,631"},
		{"thousands", grouped(84000), "84,000"},
		{"millions", grouped(2000000), "2,000,000"},
		{"decimal", grouped(12345.5), "12,345.5"},
		{"negative", grouped(-12345), "-12,345"},
		{"seconds", duration(42.4), "42 s"},
		{"minutes", duration(303), "5 min 3 s"},
		{"whole minutes", duration(120), "2 min"},
	} {
		if tt.got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.desc, tt.got, tt.want)
		}
	}
}

// TestArticleMarkdownMeta: the browser's Markdown export carries the
// article's source, author and date (issue 19, point 8).
func TestArticleMarkdownMeta(t *testing.T) {
	r := report.Report{Article: report.Article{Title: "T", Source: "Hespress", Author: "A. B.", Published: "2024-11-15",
		Paragraphs: []report.Paragraph{{Kind: "paragraph", Text: "Body."}}}}
	want := "# T\n\nSource: Hespress · Author: A. B. · Published: 2024-11-15\n\nBody.\n\n"
	if got := ArticleMarkdown(r); got != want {
		t.Errorf("ArticleMarkdown = %q, want %q", got, want)
	}
}

// TestShort checks short against the conversion to runes it replaced.
func TestShort(t *testing.T) {
	ref := func(s string, n int) string {
		rs := []rune(s)
		if len(rs) <= n {
			return s
		}
		return string(rs[:n]) + "…"
	}
	for _, s := range []string{"", "abc", "abcd", "عربي نص", "a\xffb\xc3c", "\xff\xfe\xfd\xfc", "éééé", "ab\xe2\x80"} {
		for n := 0; n <= 5; n++ {
			if got, want := short(s, n), ref(s, n); got != want {
				t.Errorf("short(%q, %d) = %q, want %q", s, n, got, want)
			}
		}
	}
}
