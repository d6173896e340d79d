package assemble

import "testing"

func TestByline(t *testing.T) {
	tests := []struct {
		desc string
		in   string
		want Meta
	}{
		{"Arabic aggregator", "نشر في هسبريس يوم 02 - 07 - 2017", Meta{Source: "هسبريس", Published: "2017-07-02"}},
		{"source with a number", "نشر في اليوم 24 يوم 14 - 03 - 2022", Meta{Source: "اليوم 24", Published: "2022-03-14"}},
		{"French, author after the date", "Publié le 3 mars 2021 par Jean Dupont", Meta{Author: "Jean Dupont", Published: "2021-03-03"}},
		{"French name with Le", "Par Jean-Yves Le Gall", Meta{Author: "Jean-Yves Le Gall"}},
		{"English", "By Jane Doe · March 3, 2021", Meta{Author: "Jane Doe", Published: "2021-03-03"}},
		{"dateline", "دبي - وام", Meta{Source: "وام"}},
		{"dateline in parentheses", "PARIS (AFP)", Meta{Source: "AFP"}},
		{"Gregorian preferred to Hijri", "جازان 15 رجب 1445 هـ الموافق 27 يناير 2024 م واس", Meta{Source: "واس", Published: "2024-01-27"}},
		{"site first", "Le Monde | 04.05.2015 à 13h36", Meta{Source: "Le Monde", Published: "2015-05-04"}},
		{"no year is no date", "By Lena Park March 18 at 3:57 PM", Meta{Author: "Lena Park"}},
		{"interview", "حاورها: كريم الطاهري", Meta{Author: "كريم الطاهري"}},
	}
	for _, tc := range tests {
		if got := Byline(tc.in); got != tc.want {
			t.Errorf("%s: Byline(%q) = %+v, want %+v", tc.desc, tc.in, got, tc.want)
		}
	}
}

func TestCleanTitle(t *testing.T) {
	tests := []struct{ desc, in, want string }{
		{"Arabic section label", "اقتصادي / ميناء جازان يستقبل أول سفينة لنقل الحاويات", "ميناء جازان يستقبل أول سفينة لنقل الحاويات"},
		{"French section label", "Sport | Le PSG s'impose à Lyon en fin de match", "Le PSG s'impose à Lyon en fin de match"},
		{"a slash inside the headline stays", "Guerre / paix : le dilemme", "Guerre / paix : le dilemme"},
		{"no label", "Harbour Council Approves New Ferry Timetable", "Harbour Council Approves New Ferry Timetable"},
	}
	for _, tc := range tests {
		if got := CleanTitle(tc.in); got != tc.want {
			t.Errorf("%s: CleanTitle(%q) = %q, want %q", tc.desc, tc.in, got, tc.want)
		}
	}
}
