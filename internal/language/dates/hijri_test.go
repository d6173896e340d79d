package dates

import (
	"fmt"
	"testing"
)

// TestToGregorian checks the conversion against ICU's islamic-umalqura
// calendar (read with Node's Intl), which outside 1300–1600 AH falls back
// to the tabular civil calendar as this package does; and 1 Ramadan 1445 =
// 11 March 2024, the start of Ramadan announced in Saudi Arabia.
func TestToGregorian(t *testing.T) {
	for _, tt := range []struct {
		y, m, d int
		want    string
	}{
		{1200, 9, 1, "1786-06-28"},
		{1250, 1, 1, "1834-05-10"},
		{1293, 12, 29, "1877-01-15"},
		{1300, 1, 1, "1882-11-12"},
		{1356, 1, 1, "1937-03-14"},
		{1400, 1, 1, "1979-11-21"},
		{1420, 12, 29, "2000-04-04"},
		{1444, 5, 20, "2022-12-14"},
		{1445, 9, 1, "2024-03-11"},
		{1446, 10, 1, "2025-03-30"},
		{1447, 5, 4, "2025-10-26"},
		{1450, 6, 15, "2028-11-02"},
		{1500, 3, 10, "2077-02-04"},
		{1599, 12, 1, "2173-11-07"},
		{1600, 12, 29, "2174-11-24"},
		{1650, 7, 1, "2222-12-06"},
	} {
		y, m, d := toGregorian(tt.y, tt.m, tt.d)
		if got := fmt.Sprintf("%04d-%02d-%02d", y, m, d); got != tt.want {
			t.Errorf("toGregorian(%d-%02d-%02d) = %s, want %s", tt.y, tt.m, tt.d, got, tt.want)
		}
	}
	if len(umAlQuraMonths) != 3*(umAlQuraLast-umAlQuraFirst+1) {
		t.Errorf("umAlQuraMonths holds %d digits, want %d", len(umAlQuraMonths), 3*(umAlQuraLast-umAlQuraFirst+1))
	}
}

func TestJDNRoundTrip(t *testing.T) {
	for j := gregorianJDN(1800, 1, 1); j < gregorianJDN(2200, 1, 1); j += 17 {
		if y, m, d := fromJDN(j); gregorianJDN(y, m, d) != j {
			t.Fatalf("fromJDN(%d) = %d-%d-%d, which gives back %d", j, y, m, d, gregorianJDN(y, m, d))
		}
	}
}
