package classify

import (
	"fmt"
	"strings"
	"testing"

	"github.com/safi-app/safi/internal/report"
)

// headlinesOf returns the ticker headlines classify found, as assemble
// lists them.
func headlinesOf(src string) []string {
	d := classify(src)
	var out []string
	for _, b := range d.Blocks {
		if b.Class == report.ClassTicker {
			for _, s := range b.Segments {
				out = append(out, s.Text)
			}
		}
	}
	return out
}

// Lists of headlines, one a line, in the forms "latest news" blocks take
// in a paste: each comes out clean (no bullet, clock time or bar) in the
// headline list, and the article stays whole.
func TestHeadlineLists(t *testing.T) {
	ar := []string{
		"الحكومة تصادق على مشروع قانون المالية المعدل",
		"ارتفاع أسعار المحروقات للمرة الثالثة هذا الشهر",
		"أمطار رعدية مرتقبة بعدد من مناطق المملكة",
		"توقيف شبكة لتزوير الوثائق بمدينة طنجة",
		"انطلاق عملية الإحصاء الفلاحي بجهة الشرق",
	}
	fr := []string{
		"Tours : un incendie détruit un entrepôt de la zone nord",
		"Orléans : la ligne B du tram perturbée jusqu'à midi",
		"Basket : le Tours Métropole s'impose à Blois",
		"Météo : alerte orange aux orages dans l'Indre",
	}
	each := func(lines []string, f func(k int, s string) string) []string {
		out := make([]string, len(lines))
		for k, s := range lines {
			out[k] = f(k, s)
		}
		return out
	}
	clock := func(k int) string { return fmt.Sprintf("%02d:%02d", 10-k/3, 59-7*k) }
	arTitle := []string{"الوزارة تعلن انخفاض عدد الحالات", "نشر في هسبريس يوم 02 - 07 - 2017"}
	frTitle := []string{"Le réseau de bus s'étend au nord", "Publié le 24 juin 2021 à 18h05"}
	tests := []struct {
		desc  string
		src   string
		want  []string
		inArt string // a line that must stay in the article
	}{
		{"bullets, Arabic", page(join(each(ar, func(_ int, s string) string { return "• " + s }), arTitle, proseAR)...), ar, proseAR[1]},
		{"clock and bullet, Arabic", page(join(each(ar, func(k int, s string) string { return clock(k) + " • " + s }), arTitle, proseAR)...), ar, proseAR[1]},
		{"Arabic-Indic clock and dash", page(join(each(ar, func(k int, s string) string { return "١٠:٣" + fmt.Sprint(k) + " - " + s }), arTitle, proseAR)...), ar, proseAR[1]},
		{"items ending with a bar, Arabic", page(join(each(ar, func(_ int, s string) string { return s + " |" }), arTitle, proseAR)...), ar, proseAR[1]},
		{"clock on a line of its own, Arabic", strings.Join(join(func() []string {
			var out []string
			for k, s := range ar {
				out = append(out, clock(k), s)
			}
			return out
		}()), "\n") + "\n\n" + page(join(arTitle, proseAR)...), ar, proseAR[0]},
		{"header and bullets among a menu, French", page(join([]string{"Le Journal", "S'identifier", "En continu"}, each(fr, func(_ int, s string) string { return "• " + s }), []string{"Voir tout le fil", "Région", "Loiret", "Cher"}, frTitle, proseFR)...), fr, proseFR[2]},
		{"clock times, French (10h32)", page(join(each(fr, func(k int, s string) string { return fmt.Sprintf("%dh%02d %s", 10-k, 5*k+10, s) }), frTitle, proseFR)...), fr, proseFR[0]},
		{"a news feed of clock times after the article, French", page(join(frTitle, proseFR, []string{"Fil info"}, each(fr, func(k int, s string) string { return clock(k) + " " + s }))...), fr, proseFR[2]},
		// Not headline lists.
		{"a bulleted list inside the article stays", page(join(arTitle, proseAR[:2], each(ar[:3], func(_ int, s string) string { return "- " + s }), proseAR[2:])...), nil, "- " + ar[1]},
		{"a bulleted menu of one-word items is no list of headlines", page(join([]string{"• Accueil", "• Politique", "• Économie", "• Sport"}, frTitle, proseFR)...), nil, proseFR[1]},
		{"a bulleted related list after the article is not the ticker", page(join(frTitle, proseFR, []string{"À lire aussi"}, each(fr, func(_ int, s string) string { return "• " + s }))...), nil, proseFR[1]},
		{"headlines set apart by blank lines after a menu, French", strings.Join([]string{"Accueil", "Politique", "Économie", "Sport", fr[0], "", fr[1], "", fr[2], "", fr[3]}, "\n") + "\n\n\n" + page(join(frTitle, proseFR)...), fr, proseFR[0]},
		{"a menu of long items, one a line, is no list of headlines", strings.Join([]string{"Home", "About", "Understand your digital preservation readiness", "Step-by-step guide to building a business case", "Template for building a business case", "Lessons learned in repository procurement", "Contact"}, "\n") + "\n\n" + page(join([]string{"Council Votes To Expand Bus Network"}, proseEN)...), nil, proseEN[0]},
		{"two marked lines are no list", page(join(each(ar[:2], func(_ int, s string) string { return "• " + s }), arTitle, proseAR)...), nil, proseAR[1]},
	}
	for _, tc := range tests {
		got := headlinesOf(tc.src)
		if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("%s: headlines\n%q\nwant\n%q", tc.desc, got, tc.want)
		}
		d := classify(tc.src)
		if b := find(d, tc.inArt); b == nil || (b.Class != report.ClassParagraph && b.Class != report.ClassHeading) {
			t.Errorf("%s: %q is not in the article: %+v", tc.desc, tc.inArt, b)
		}
	}
}
