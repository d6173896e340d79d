package figures

import (
	"github.com/safi-app/safi/internal/devkit/testfiles"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/safi-app/safi/internal/devkit/golden"

	"github.com/safi-app/safi/internal/report"
)

// seedArticle returns lines 14–29 of testdata/seed.txt: the title, the
// byline and the article, from "سجلت حالات انضمام" (line 17) to "في
// الرقة." (line 29).
func seedArticle(t testing.TB) []string {
	t.Helper()
	b, err := os.ReadFile(testfiles.SeedPath())
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(b), "\n")
	if len(lines) < 29 || !strings.HasPrefix(lines[16], "سجلت حالات انضمام") || !strings.HasSuffix(lines[28], "في الرقة.") {
		t.Fatal("testdata/seed.txt: lines 17–29 are not the article")
	}
	return lines[13:29]
}

// seedFigure is a figure of the seed article, with the line it is on.
type seedFigure struct {
	Line int `json:"line"`
	report.Figure
}

// TestSeed checks every figure of the seed article against the golden
// file, and the list below, read off the article by hand, against both.
func TestSeed(t *testing.T) {
	var got []seedFigure
	for k, line := range seedArticle(t) {
		for _, f := range Extract(line) {
			got = append(got, seedFigure{Line: 14 + k, Figure: f})
		}
	}

	// Every figure of the article, read by hand: value, unit, qualifier.
	want := []struct {
		line  int
		value float64
		unit  string
		qual  string
	}{
		{17, 2, "عام", Approx},       // منذ قرابة العامين
		{19, 100, "شخص", Approx},     // من مئات الأشخاص أسبوعيا
		{20, 84000, "km²", MoreThan}, // أكثر من 84 ألف كيلومتر مربع
		{20, 4e6, "شخص", MoreThan},   // أكثر من 4 ملايين شخص
		{20, 2e6, "نازح", Approx},    // 2 مليون نازح تقريبا
		{22, 170, "خلية", Exact},     // 170 خلية إرهابية
		{22, 3137, "شخص", Exact},     // 3137 شخصا
		{22, 344, "مشروع", Exact},    // 344 مشروع عمل إرهابي
		{23, 4, "مغاربة", Exact},     // أربعة مغاربة
		{24, 1631, "مقاتل", Exact},   // ب1631 مقاتلا مغربيا
		{24, 865, "مقاتل", Exact},    // 865 مقاتلون رسميون
		{24, 558, "مغربي", Approx},   // قرابة 558 مغربيا
		{24, 211, "مقاتل", Exact},    // 211 مقاتلا مغربيا
		{25, 284, "سيدة", Approx},    // قرابة 284 سيدة
		{25, 333, "قاصر", Approx},    // حوالي 333 قاصرا وطفلا
		{25, 6, "شهر", Exact},        // ما بين ستة أشهر و17 سنة: two figures,
		{25, 17, "سنة", Exact},       // since the ends count months and years
		{25, 15, "طفل", Exact},       // 15 طفلا
		{25, 52, "امرأة", Exact},     // 52 امرأة
		{28, 8, "شهر", Approx},       // قبل نحو 8 أشهر
		{29, 12, "km²", MoreThan},    // أكثر من 12 كيلومترا مربعا
		{29, 3, "أسبوع", Exact},      // بعد 3 أسابيع
	}
	if len(got) != len(want) {
		t.Errorf("%d figures, want %d", len(got), len(want))
	}
	for k := 0; k < len(got) && k < len(want); k++ {
		g, w := got[k], want[k]
		if g.Line != w.line || g.Value != w.value || g.Unit != w.unit || g.Qualifier != w.qual {
			t.Errorf("figure %d: line %d %v %q %s (%q); want line %d %v %q %s", k, g.Line, g.Value, g.Unit, g.Qualifier, g.Text, w.line, w.value, w.unit, w.qual)
		}
	}

	golden.JSON(t, filepath.Join("testdata", "seed.golden.json"), got)
}
