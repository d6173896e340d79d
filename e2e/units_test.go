package e2e

import (
	"testing"
)

// TestCompoundUnits pastes Arabic, French and English sentences with units
// of volume and area (issue 19 point 2) and a Hijri date: the figures
// table shows m³, km², m² and mi², never the bare "m" or "cubic", and the
// dates list shows the Hijri date beside its Gregorian day.
func TestCompoundUnits(t *testing.T) {
	tb := newTab(t)
	tb.open()
	text := "تعبئة السدود\n\n" +
		"تمت تعبئة 300 مليون متر مكعب من مياه الأمطار في سد الوحدة، وتبلغ مساحة الحوض 84 ألف كيلومتر مربع، وقد بدأت الأشغال في 1 رمضان 1445 هـ.\n\n" +
		"Le barrage retient plus de 75 millions de mètres cubes sur 12 000 mètres carrés.\n\n" +
		"The reservoir holds 162 billion cubic metres of water and floods 40 square miles.\n"
	n0 := tb.analyses()
	tb.paste(text, "")
	tb.waitAnalysed(n0)
	units := evalAs[[]string](tb, `Array.from(document.querySelectorAll("#figures-table tbody tr")).map(tr => tr.children[1].textContent)`)
	values := evalAs[[]string](tb, `Array.from(document.querySelectorAll("#figures-table tbody tr")).map(tr => tr.children[0].dataset.value)`)
	want := map[string]string{"300000000": "m³", "84000": "km²", "75000000": "m³", "12000": "m²", "162000000000": "m³", "40": "mi²"}
	got := map[string]string{}
	for i := range units {
		if i < len(values) {
			got[values[i]] = units[i]
		}
		if units[i] == "m" || units[i] == "cubic" {
			t.Errorf("figure %s has the unit %q", values[i], units[i])
		}
	}
	for v, u := range want {
		if got[v] != u {
			t.Errorf("figure %s: unit %q, want %q (table: values %q, units %q)", v, got[v], u, values, units)
		}
	}
	if got := tb.text("#dates .hijri"); got != "1445-09-01" {
		t.Errorf("Hijri date shown = %q, want 1445-09-01", got)
	}
	if got := tb.text("#dates time.iso"); got != "2024-03-11" {
		t.Errorf("Gregorian day of 1 Ramadan 1445 shown = %q, want 2024-03-11", got)
	}
}
