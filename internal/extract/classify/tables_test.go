package classify

import (
	"testing"

	"github.com/safi-app/safi/internal/report"
)

// A table after the article's last paragraph, a table of Title Case rows
// between two of its paragraphs, and a table with its source's credit
// under it are the article's.
func TestTablesJoinTheArticle(t *testing.T) {
	after := []string{"Rank\tCompany\tPremiums\tChange", "1\tState Farm Group\t107,764,591\t16.4", "2\tBerkshire Hathaway\t80,324,255\t4.1", "3\tProgressive Group\t74,411,830\t21.0"}
	d := classify(page(join(proseEN, []string{"Largest insurers"}, after)...))
	for _, row := range after {
		if b := find(d, row); b == nil || !report.InArticle(b.Class) {
			t.Errorf("table row %q after the article left out: %+v", row, b)
		}
	}
	specs := []string{"Price\t$999 MSRP", "Light Source\tRGB Laser", "Displayed Resolution\t1920 x 1080", "Zoom Lens Ratio\tFixed"}
	d = classify(page(join(proseEN[:2], specs, proseEN[2:])...))
	for _, row := range specs {
		if b := find(d, row); b == nil || !report.InArticle(b.Class) {
			t.Errorf("table row %q between paragraphs left out: %+v", row, b)
		}
	}
	// A table with its source's credit under it, inside the article: the
	// credit line is no paragraph, and the rows stand between a paragraph
	// and that line, not between two paragraphs.
	credit := "© A.M. Best Company, Inc. — used by permission"
	d = classify(page(join(proseEN[:2], []string{"Largest insurers"}, after, []string{credit}, proseEN[2:], after[1:], []string{credit})...))
	for _, row := range after {
		if b := find(d, row); b == nil || !report.InArticle(b.Class) {
			t.Errorf("table row %q above its credit left out: %+v", row, b)
		}
	}
}
