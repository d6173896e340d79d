package ticker

import (
	"strings"
	"testing"
)

func TestItem(t *testing.T) {
	tests := []struct {
		in     string
		want   string
		marker Marker
	}{
		{"• الحكومة تصادق على مشروع قانون المالية", "الحكومة تصادق على مشروع قانون المالية", Bullet},
		{"  ▪ Markets rally after the vote ", "Markets rally after the vote", Bullet},
		{"- Le Sénat adopte le budget", "Le Sénat adopte le budget", Bullet},
		{"10:32 • أمطار رعدية مرتقبة بعدد من المناطق", "أمطار رعدية مرتقبة بعدد من المناطق", Clock},
		{"١٠:٣٢ - انطلاق عملية الإحصاء الفلاحي", "انطلاق عملية الإحصاء الفلاحي", Clock},
		{"09:58 Basket : le Tours Métropole s'impose", "Basket : le Tours Métropole s'impose", Clock},
		{"10h32 | Orléans : la ligne B perturbée", "Orléans : la ligne B perturbée", Clock},
		{"7:05 pm Storm warning for the coast", "Storm warning for the coast", Clock},
		{"10:32", "", Clock},
		{"توقيف شبكة لتزوير الوثائق بطنجة |", "توقيف شبكة لتزوير الوثائق بطنجة", Bar},
		{"| Rain expected on Sunday", "Rain expected on Sunday", Bar},
		{"\u200f• خبر عاجل عن الطقس\u200f", "خبر عاجل عن الطقس", Bullet},
		// Not markers.
		{"الرجاء يتعادل مع الوداد | ديربي بلا أهداف", "الرجاء يتعادل مع الوداد | ديربي بلا أهداف", NoMarker},
		{"12.50 euros le litre, un record", "12.50 euros le litre, un record", NoMarker},
		{"2-1 win for the visitors", "2-1 win for the visitors", NoMarker},
		{"-5 degrees expected tonight", "-5 degrees expected tonight", NoMarker},
		{"1:2 is the ratio", "1:2 is the ratio", NoMarker},
		{"10:325 words", "10:325 words", NoMarker},
		{"*bold* text", "*bold* text", NoMarker},
		{"", "", NoMarker},
	}
	for _, tc := range tests {
		sp, m := Item(tc.in)
		if got := tc.in[sp.Start:sp.End]; got != tc.want || m != tc.marker {
			t.Errorf("Item(%q) = %q, %v; want %q, %v", tc.in, got, m, tc.want, tc.marker)
		}
	}
}

// A space-run ticker whose separators hold zero-width or directional marks
// among the spaces, or mix runs of two, three and four, splits at every one.
func TestSplitInvisibleAndMixedRuns(t *testing.T) {
	heads := []string{"هزة ارضية تضرب نواحي إقليم الحسيمة", "ارتفاع رقم معاملات الميناء", "إيداع المتهمين السجن", "زيارة الرئيس الصيني للمغرب", "أمطار رعدية مرتقبة"}
	seps := []string{"\u00a0\u200f\u00a0", " \u200b ", "\u00a0\u00a0\u00a0", "\u200e\u00a0\u00a0\u00a0\u00a0\u200e"}
	var b strings.Builder
	for i, h := range heads {
		b.WriteString(h)
		if i < len(seps) {
			b.WriteString(seps[i])
		}
	}
	in := b.String()
	got, kind := Split(in)
	if kind != SpaceRun || strings.Join(texts(in, got), "\x00") != strings.Join(heads, "\x00") {
		t.Errorf("Split = %q, %v; want %q", texts(in, got), kind, heads)
	}
}

func FuzzItem(f *testing.F) {
	for _, s := range []string{"• a b", "10:32 • x", "x |", "١٠:٣٢ - y", "10h", "\u200f"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		sp, m := Item(s)
		if sp.Start < 0 || sp.End > len(s) || sp.Start > sp.End {
			t.Fatalf("Item(%q) = %v", s, sp)
		}
		if m == NoMarker && sp.End-sp.Start > 0 && strings.TrimSpace(s) == "" {
			t.Fatalf("Item(%q): a blank line has text %v", s, sp)
		}
		// The item again holds no further clock (a clock is taken once).
		_ = m.String()
	})
}
