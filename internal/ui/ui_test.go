package ui

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/safi-app/safi/internal/engine"
	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
	"html"
	"slices"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/safi-app/safi/internal/language/dates"
	"github.com/safi-app/safi/internal/report"
)

func TestMatchLanguage(t *testing.T) {
	tests := []struct {
		desc  string
		langs []string
		want  string
	}{
		{"nothing known", nil, "en"},
		{"Moroccan Arabic", []string{"ar-MA", "fr-FR"}, "ar"},
		{"French first", []string{"fr-CA", "ar"}, "fr"},
		{"English variant", []string{"en-GB"}, "en"},
		{"unsupported, then French", []string{"de-DE", "fr"}, "fr"},
		{"unsupported only", []string{"ja"}, "en"},
		{"malformed tag skipped", []string{"??", "ar"}, "ar"},
		{"Moroccan Darija code", []string{"ary-MA"}, "ar"},
		{"Egyptian Arabic code", []string{"arz"}, "ar"},
		{"underscore and case", []string{"FR_be"}, "fr"},
		{"script subtag", []string{"ar-Arab-EG"}, "ar"},
		{"earlier regional preference beats later exact one", []string{"fr-CA", "en"}, "fr"},
		{"Standard Arabic code", []string{"arb"}, "ar"},
		{"Tunisian Arabic", []string{"aeb-TN", "fr"}, "ar"},
		{"Persian is not Arabic", []string{"fa-IR"}, "en"},
		{"Persian, then French", []string{"fa", "fr"}, "fr"},
		{"Urdu", []string{"ur"}, "en"},
		{"Latin-script Serbian is not French", []string{"sr-Latn"}, "en"},
		{"empty and whitespace tags skipped", []string{"", " ", "ar"}, "ar"},
		{"English variant after unsupported", []string{"de", "en-AU", "fr"}, "en"},
		{"undetermined language", []string{"und"}, "en"},
		{"Swiss French", []string{"fr-CH"}, "fr"},
		{"Arabic with a Latin script", []string{"ar-Latn"}, "ar"},
	}
	for _, tc := range tests {
		if got := MatchLanguage(tc.langs...); got != tc.want {
			t.Errorf("%s: MatchLanguage(%q) = %q, want %q", tc.desc, tc.langs, got, tc.want)
		}
	}
}

func TestFormatNumber(t *testing.T) {
	tests := []struct {
		desc string
		lang string
		v    float64
		prec int
		want string
	}{
		{"English thousands", "en", 84000, 0, "84,000"},
		{"English decimals trimmed", "en", 2.50, 2, "2.5"},
		{"French narrow space and comma", "fr", 1234567.25, 2, "1\u202f234\u202f567,25"},
		{"Arabic-Indic digits", "ar", 3137, 0, "٣٬١٣٧"},
		{"Arabic decimal separator", "ar", 0.5, 1, "٠٫٥"},
		{"negative", "en", -1500, 0, "-1,500"},
		{"small", "en", 7, 0, "7"},
	}
	for _, tc := range tests {
		if got := FormatNumber(tc.lang, tc.v, tc.prec); got != tc.want {
			t.Errorf("%s: FormatNumber(%q, %v, %d) = %q, want %q", tc.desc, tc.lang, tc.v, tc.prec, got, tc.want)
		}
	}
}

func TestFormatDate(t *testing.T) {
	tests := []struct {
		desc, lang, iso, want string
	}{
		{"English day", "en", "2017-07-02", "2 July 2017"},
		{"French day", "fr", "2017-07-02", "2 juillet 2017"},
		{"French first of the month", "fr", "2021-03-01", "1er mars 2021"},
		{"Arabic day in Arabic-Indic digits", "ar", "2017-07-02", "٢ يوليو ٢٠١٧"},
		{"month", "en", "2013-09", "September 2013"},
		{"year, no grouping", "ar", "2014", "٢٠١٤"},
		{"time left out", "fr", "2020-12-31T23:59:00+01:00", "31 décembre 2020"},
		{"Hijri-shaped year kept", "ar", "1445-07-15", "1445-07-15"},
		{"day and month without a year", "en", "--05-16", "16 May"},
		{"day and month without a year, Arabic", "ar", "--11-15", "١٥ نوفمبر"},
		{"day and month without a year, French first", "fr", "--03-01", "1er mars"},
		{"day out of range without a year kept", "en", "--02-31x", "--02-31x"},
		{"month out of range kept", "en", "2017-13-02", "2017-13-02"},
		{"not a date", "en", "yesterday", "yesterday"},
		{"empty", "en", "", ""},
		{"unknown language falls back to English", "de", "2017-07-02", "2 July 2017"},
	}
	for _, tc := range tests {
		if got := FormatDate(tc.lang, tc.iso); got != tc.want {
			t.Errorf("%s: FormatDate(%q, %q) = %q, want %q", tc.desc, tc.lang, tc.iso, got, tc.want)
		}
	}
}

// TestDateNotesTranslated checks that every precision and calendar the
// dates package reports has its name in each interface language.
func TestDateNotesTranslated(t *testing.T) {
	keys := []string{"date." + dates.Day, "date." + dates.Month, "date." + dates.Year, "cal." + dates.Gregorian, "cal." + dates.Hijri}
	for _, lang := range Languages {
		for _, key := range keys {
			if _, ok := messages[lang][key]; !ok {
				t.Errorf("%s: no message %q", lang, key)
			}
		}
	}
}

func TestVisible(t *testing.T) {
	tests := []struct {
		desc, in, want string
	}{
		{"plain", "نص عادي", "نص عادي"},
		{"RLO override", "abc\u202Edef\u202C", "abc⟨U+202E⟩def⟨U+202C⟩"},
		{"isolates", "\u2067x\u2069", "⟨U+2067⟩x⟨U+2069⟩"},
		{"zero width", "a\u200Bb\u200Dc", "a⟨U+200B⟩b⟨U+200D⟩c"},
		{"NUL", "a\x00b", "a⟨U+0000⟩b"},
		{"invalid UTF-8", "a\xffb", "a\uFFFDb"},
		{"ZWNJ in Persian-style text kept visible", "می\u200Cخواهم", "می⟨U+200C⟩خواهم"},
	}
	for _, tc := range tests {
		if got := Visible(tc.in); got != tc.want {
			t.Errorf("%s: Visible(%q) = %q, want %q", tc.desc, tc.in, got, tc.want)
		}
	}
}

func TestMessagesComplete(t *testing.T) {
	for _, lang := range Languages {
		for key, en := range messages["en"] {
			s, ok := messages[lang][key]
			if !ok {
				t.Errorf("%s: message %q missing", lang, key)
				continue
			}
			if strings.Count(s, "%s") != strings.Count(en, "%s") {
				t.Errorf("%s: message %q has %d %%s, English has %d", lang, key, strings.Count(s, "%s"), strings.Count(en, "%s"))
			}
		}
	}
}

func TestWarningText(t *testing.T) {
	in := report.Input{Bidi: 3, InvalidUTF8: 1200}
	tests := []struct {
		desc string
		lang string
		w    report.Warning
		want string
	}{
		{"English keeps the engine's message", "en", report.Warning{Code: "bidi", Message: "3 bidirectional control characters can make the text look different from what it is."}, "3 bidirectional control characters can make the text look different from what it is."},
		{"French with the count", "fr", report.Warning{Code: "bidi"}, "3 caractères de contrôle bidirectionnel peuvent faire paraître le texte autre qu’il n’est."},
		{"Arabic count in Arabic digits", "ar", report.Warning{Code: "invalid-utf8"}, "قُرئ ١٬٢٠٠ من تسلسلات UTF-8 غير الصالحة كـ U+FFFD (�): قد يكون النص بترميز آخر مثل Windows-1256."},
		{"unknown code falls back to English", "ar", report.Warning{Code: "too-large", Message: "Too large."}, "Too large."},
	}
	for _, tc := range tests {
		if got := WarningText(tc.lang, tc.w, in); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.desc, got, tc.want)
		}
	}
	for key := range messages["ar"] {
		if strings.HasPrefix(key, "warn.") && messages["fr"][key] == "" {
			t.Errorf("French lacks %s", key)
		}
	}
	// Every code the engine gives (report.Warning's list) is translated.
	for _, code := range []string{"empty", "whitespace-only", "no-article", "invalid-utf8", "binary", "nul", "bidi", "invisible", "html-unreadable", "html-streamed"} {
		for _, lang := range []string{"ar", "fr"} {
			if messages[lang]["warn."+code] == "" {
				t.Errorf("%s lacks warn.%s", lang, code)
			}
		}
	}
}

func TestFiguresCSV(t *testing.T) {
	figs := []report.Figure{
		{Value: 3137, Text: "3137 شخصا", Unit: "person", Qualifier: "exact", Context: "تم اعتقال 3137 شخصا", Start: 10, End: 20},
		{Value: 84000, Text: "84 ألف كيلومتر مربع", Unit: "km²", Qualifier: "more-than", Context: "أكثر من 84 ألف كيلومتر مربع"},
		{Value: 2, Max: 3, Text: "2-3", Qualifier: "range", Context: "=HYPERLINK(\"x\")"},
	}
	rows, err := csv.NewReader(strings.NewReader(string(FiguresCSV(figs)))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(figs)+1 {
		t.Fatalf("%d rows, want a header and %d figures", len(rows), len(figs))
	}
	tests := []struct {
		desc     string
		row, col int
		want     string
	}{
		{"header", 0, 0, "value"},
		{"plain value", 1, 0, "3137"},
		{"big value without exponent", 2, 0, "84000"},
		{"range max", 3, 4, "3"},
		{"Arabic context kept", 1, 5, "تم اعتقال 3137 شخصا"},
		{"formula defused", 3, 5, "'=HYPERLINK(\"x\")"},
		{"start offset", 1, 6, "10"},
	}
	for _, tc := range tests {
		if got := rows[tc.row][tc.col]; got != tc.want {
			t.Errorf("%s: row %d col %d = %q, want %q", tc.desc, tc.row, tc.col, got, tc.want)
		}
	}
}

func TestReportJSON(t *testing.T) {
	s, err := NewSession([]byte(seed), "text", nil)
	if err != nil {
		t.Fatal(err)
	}
	var back report.Report
	if err := json.Unmarshal(ReportJSON(s.Report), &back); err != nil {
		t.Fatalf("ReportJSON does not parse: %v", err)
	}
	if back.Article.Title != s.Report.Article.Title || len(back.Blocks) != len(s.Report.Blocks) {
		t.Errorf("ReportJSON round trip lost data")
	}
	if strings.Contains(string(ReportJSON(s.Report)), `\u003c`) {
		t.Errorf("ReportJSON escapes HTML characters")
	}
}

// TestSessionCorrections toggles blocks of the seed page in and out of the
// article, undoes and resets.
func TestSessionCorrections(t *testing.T) {
	s, err := NewSession([]byte(seed), "text", nil)
	if err != nil {
		t.Fatal(err)
	}
	words := func() int { return s.Report.Stats.Article.Words }
	base := words()
	in, out := -1, -1
	for i := range s.Report.Blocks {
		switch {
		case !s.Toggleable(i):
		case s.InArticle(i) && in < 0:
			in = i
		case !s.InArticle(i) && out < 0:
			out = i
		}
	}
	if in < 0 || out < 0 {
		t.Fatalf("the seed needs a block in the article and one out (in %d, out %d)", in, out)
	}

	steps := []struct {
		desc      string
		do        func() error
		wantIn    map[int]bool
		wantWords func(int) bool
		wantCorr  int
	}{
		{"take a paragraph out", func() error { return s.Toggle(in) }, map[int]bool{in: false}, func(n int) bool { return n < base }, 1},
		{"bring a noise block in", func() error { return s.Toggle(out) }, map[int]bool{in: false, out: true}, func(n int) bool { return n != base }, 2},
		{"undo the noise block", s.Undo, map[int]bool{in: false, out: false}, func(n int) bool { return n < base }, 1},
		{"toggle the paragraph back: no correction left", func() error { return s.Toggle(in) }, map[int]bool{in: true}, func(n int) bool { return n == base }, 0},
		{"noise in again", func() error { return s.Toggle(out) }, map[int]bool{out: true}, func(n int) bool { return n != base }, 1},
		{"reset", s.Reset, map[int]bool{in: true, out: false}, func(n int) bool { return n == base }, 0},
		{"undo the reset", s.Undo, map[int]bool{out: true}, func(n int) bool { return n != base }, 1},
	}
	for _, st := range steps {
		if err := st.do(); err != nil {
			t.Fatalf("%s: %v", st.desc, err)
		}
		for i, want := range st.wantIn {
			if got := s.InArticle(i); got != want {
				t.Errorf("%s: block %d in article = %v, want %v", st.desc, i, got, want)
			}
		}
		if !st.wantWords(words()) {
			t.Errorf("%s: %d words (base %d)", st.desc, words(), base)
		}
		if len(s.Corrections) != st.wantCorr {
			t.Errorf("%s: %d corrections, want %d", st.desc, len(s.Corrections), st.wantCorr)
		}
	}
}

func TestNewSessionDropsStaleCorrections(t *testing.T) {
	s, err := NewSession([]byte("one line\n\nanother line"), "text", map[int]bool{-1: true, 999: false})
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Corrections) != 0 {
		t.Errorf("corrections = %v, want none", s.Corrections)
	}
}

func TestPrepareRecovers(t *testing.T) {
	_, err := Measure(nil, nil) // a nil doc panics inside the engine
	if !errors.Is(err, ErrAnalysis) {
		t.Errorf("Measure(nil) error = %v, want ErrAnalysis", err)
	}
}

// TestPageRender loads the page with an analysed seed in the test engine
// and checks what it shows, as text nodes.
func TestPageRender(t *testing.T) {
	s, err := NewSession([]byte(seed), "text", nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		desc string
		lang string
		want []string // texts that must appear
		not  []string // texts that must not
	}{
		{"English", "en", []string{"Article", s.Report.Article.Title, "Ticker headlines", "55 headlines", "Copy article", "Report (JSON)"}, []string{"المقال"}},
		{"Arabic", "ar", []string{"المقال", s.Report.Article.Title, "٥٥ عنوانا"}, []string{"Copy article"}},
		{"French", "fr", []string{"Chiffres", "55 titres", "Copier l’article"}, nil},
	}
	for _, tc := range tests {
		p := &Page{lang: tc.lang, run: pageAnalysis{sess: s}, in: pageInput{text: seed}, screen: pageScreen{sections: len(resultSections)}}
		e := app.NewTestEngine()
		if err := e.Load(p); err != nil {
			t.Fatalf("%s: %v", tc.desc, err)
		}
		e.ConsumeAll()
		page := app.HTMLString(p)
		for _, w := range tc.want {
			if !strings.Contains(page, ">"+html.EscapeString(w)+"<") {
				t.Errorf("%s: text %q not shown", tc.desc, w)
			}
		}
		for _, w := range tc.not {
			if strings.Contains(page, html.EscapeString(w)) {
				t.Errorf("%s: text %q shown", tc.desc, w)
			}
		}
	}
}

// TestPageMatch checks the structure around the title with app.Match.
func TestPageMatch(t *testing.T) {
	s, err := NewSession([]byte(seed), "text", nil)
	if err != nil {
		t.Fatal(err)
	}
	p := &Page{lang: "en", run: pageAnalysis{sess: s}, screen: pageScreen{sections: len(resultSections)}}
	e := app.NewTestEngine()
	if err := e.Load(p); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	tree := articleView("en", &s.Report, p.window("en"), nil, "", nil)
	// section > [h2, h3 title, dl, div.body, toolbar]
	if err := app.Match(app.H2().ID("article-h"), tree, 0); err != nil {
		t.Errorf("heading: %v", err)
	}
	if err := app.Match(app.Text("Article"), tree, 0, 0); err != nil {
		t.Errorf("heading text: %v", err)
	}
	if err := app.Match(app.H3().ID("article-title").Class("title").Dir("auto"), tree, 1); err != nil {
		t.Errorf("title element: %v", err)
	}
	if err := app.Match(app.Text(s.Report.Article.Title), tree, 1, 0); err != nil {
		t.Errorf("title text: %v", err)
	}
}

// TestUserDataIsText: markup in the input reaches the page only as text
// nodes, never as elements.
func TestUserDataIsText(t *testing.T) {
	payload := `<img src=x onerror=alert(1)><script>alert(2)</script>`
	s, err := NewSession([]byte(payload+"\n\n"+payload), "text", nil)
	if err != nil {
		t.Fatal(err)
	}
	p := &Page{lang: "en", run: pageAnalysis{sess: s}, screen: pageScreen{sections: len(resultSections)}}
	e := app.NewTestEngine()
	if err := e.Load(p); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	page := app.HTMLString(p)
	if strings.Contains(page, "<script") || strings.Contains(page, "<img src=\"x\"") || strings.Contains(page, "onerror=") && !strings.Contains(page, "&lt;img src=x onerror=") {
		t.Errorf("the payload became markup")
	}
	if !strings.Contains(page, html.EscapeString("<script>alert(2)</script>")) {
		t.Errorf("the payload is not shown as text")
	}
}

// TestPageStates renders the page in the states the user can meet and
// checks what each shows.
func TestPageStates(t *testing.T) {
	tests := []struct {
		desc string
		page *Page
		want []string
		not  []string
	}{
		{"empty", &Page{lang: "en"}, []string{"Paste a page to begin.", "Try an example"}, []string{`id="results"`, `class="banner"`}},
		{"busy", &Page{lang: "en", run: pageAnalysis{busy: true, stage: "Reading and classifying 15 KB…"}}, []string{"<progress", "Reading and classifying 15 KB…"}, nil},
		{"update available", &Page{lang: "fr", screen: pageScreen{updateReady: true}}, []string{`class="banner"`, "Une nouvelle version de Safi est disponible.", "Recharger"}, nil},
		{"analysis failed", &Page{lang: "en", run: pageAnalysis{errMsg: "The analysis failed: boom."}}, []string{`role="alert"`, "The analysis failed: boom."}, nil},
		{"storage full", &Page{lang: "ar", store: pageStore{msg: "storage.failed"}}, []string{`id="storage"`, T("ar", "storage.failed")}, nil},
		{"clear asks first", &Page{lang: "en", in: pageInput{text: "x"}, screen: pageScreen{confirmClear: true}}, []string{"Discard the text and your corrections?", "Yes, clear", "Cancel"}, []string{`id="clear"`}},
		{"pasted HTML", &Page{lang: "en", in: pageInput{html: "<p>x</p>"}}, []string{"Analysing the pasted HTML (8 B)."}, nil},
	}
	for _, tc := range tests {
		e := app.NewTestEngine()
		if err := e.Load(tc.page); err != nil {
			t.Fatalf("%s: %v", tc.desc, err)
		}
		e.ConsumeAll()
		page := app.HTMLString(tc.page)
		for _, w := range tc.want {
			if !strings.Contains(page, w) && !strings.Contains(page, html.EscapeString(w)) {
				t.Errorf("%s: %q not in the page", tc.desc, w)
			}
		}
		for _, w := range tc.not {
			if strings.Contains(page, w) {
				t.Errorf("%s: %q in the page", tc.desc, w)
			}
		}
	}
}

func TestWindow(t *testing.T) {
	p := &Page{lang: "en"}
	tests := []struct {
		desc     string
		limits   map[string]int
		key      string
		n, want  int
		wantMore bool
	}{
		{"short list shown whole", nil, "figures", 40, 40, false},
		{"long list cut", nil, "figures", 250, 50, true},
		{"after show more", map[string]int{"figures": 400}, "figures", 250, 250, false},
		{"segments step", nil, "segments", 1000, segmentWindow, true},
		{"empty", nil, "ticker", 0, 0, false},
	}
	for _, tc := range tests {
		p.screen.limits = tc.limits
		n, more := p.window("en")(tc.key, tc.n)
		if n != tc.want || (more != nil) != tc.wantMore {
			t.Errorf("%s: window(%q, %d) = %d, more %v; want %d, %v", tc.desc, tc.key, tc.n, n, more != nil, tc.want, tc.wantMore)
		}
	}
}

func TestClip(t *testing.T) {
	long := strings.Repeat("ب", segmentChars+5)
	tests := []struct {
		desc, in, want string
	}{
		{"short", "abc", "abc"},
		{"long Arabic", long, strings.Repeat("ب", segmentChars) + " … (+5)"},
	}
	for _, tc := range tests {
		if got := clip(tc.in, segmentChars); got != tc.want {
			t.Errorf("%s: clip = %q…, want %q…", tc.desc, shorten(got, 20), shorten(tc.want, 20))
		}
	}
}

func TestSortedFigures(t *testing.T) {
	figs := []report.Figure{{Value: 170, Unit: "cell"}, {Value: 3137, Unit: "person"}, {Value: 2, Unit: "year"}, {Value: 84000, Unit: "km²"}}
	values := func(fs []report.Figure) []float64 {
		var v []float64
		for _, f := range fs {
			v = append(v, f.Value)
		}
		return v
	}
	tests := []struct {
		desc  string
		key   string
		desc2 bool
		want  []float64
	}{
		{"input order", "", false, []float64{170, 3137, 2, 84000}},
		{"value ascending", "value", false, []float64{2, 170, 3137, 84000}},
		{"value descending", "value", true, []float64{84000, 3137, 170, 2}},
		{"unit", "unit", false, []float64{170, 84000, 3137, 2}},
	}
	for _, tc := range tests {
		got := values(sortedFigures(figs, tc.key, tc.desc2))
		if fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("%s: %v, want %v", tc.desc, got, tc.want)
		}
	}
	if figs[0].Value != 170 {
		t.Errorf("sortedFigures changed its input")
	}
}

func TestHighlight(t *testing.T) {
	tests := []struct {
		desc, ctx, text string
		want            []app.UI // text nodes, and a mark around the figure
	}{
		{"found", "تم اعتقال 3137 شخصا في قضايا", "3137 شخصا", []app.UI{app.Text("تم اعتقال "), app.Mark().Text("3137 شخصا"), app.Text(" في قضايا")}},
		{"not found", "no figure here", "12", []app.UI{app.Text("no figure here")}},
		{"empty text", "sentence", "", []app.UI{app.Text("sentence")}},
		{"markup stays text", "<b>5</b> euros", "5", []app.UI{app.Text("<b>"), app.Mark().Text("5"), app.Text("</b> euros")}},
	}
	for _, tc := range tests {
		got := highlight(tc.ctx, tc.text)
		if len(got) != len(tc.want) {
			t.Errorf("%s: %d nodes, want %d", tc.desc, len(got), len(tc.want))
			continue
		}
		for i := range got {
			if err := app.Match(tc.want[i], got[i]); err != nil {
				t.Errorf("%s: node %d: %v", tc.desc, i, err)
			}
		}
		if len(got) == 3 {
			if err := app.Match(app.Text(tc.text), got[1], 0); err != nil {
				t.Errorf("%s: mark text: %v", tc.desc, err)
			}
		}
	}
}

func TestPrepareRefusesOverBrowserLimit(t *testing.T) {
	big := make([]byte, engine.MaxBrowserInput+1)
	if _, err := Prepare(big, "text"); !errors.Is(err, engine.ErrTooLarge) {
		t.Errorf("Prepare of %d bytes: error %v, want engine.ErrTooLarge", len(big), err)
	}
}

func TestUTF16Offset(t *testing.T) {
	tests := []struct {
		desc string
		s    string
		u    int
		want int
	}{
		{"start", "abc", 0, 0},
		{"ASCII", "abc", 2, 2},
		{"end", "abc", 3, 3},
		{"past the end", "abc", 9, 3},
		{"Arabic: one unit, two bytes", "سلام", 2, 4},
		{"after an emoji (two units)", "a😀b", 3, 5},
		{"inside an emoji: its end", "a😀b", 2, 5},
	}
	for _, tc := range tests {
		if got := utf16Offset(tc.s, tc.u); got != tc.want {
			t.Errorf("%s: utf16Offset(%q, %d) = %d, want %d", tc.desc, tc.s, tc.u, got, tc.want)
		}
	}
	if got := utf16Len("a😀سb"); got != 5 {
		t.Errorf("utf16Len = %d, want 5", got)
	}
}

// TestBidi: overrides and unpaired controls become markers; paired
// embeddings and isolates stay.
func TestBidi(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"plain عربي", "plain عربي"},
		{"file \u202Egnp.evil", "file ⟨U+202E⟩gnp.evil"},
		{"file \u202Egnp.evil\u202C.", "file ⟨U+202E⟩gnp.evil⟨U+202C⟩."},
		{"a \u202Bعربي\u202C b", "a \u202Bعربي\u202C b"},
		{"a \u2067عربي\u2069 b", "a \u2067عربي\u2069 b"},
		{"a \u2067x \u202By\u2069 z", "a \u2067x ⟨U+202B⟩y\u2069 z"},
		{"open \u2066end", "open ⟨U+2066⟩end"},
		{"close\u2069 \u202C", "close⟨U+2069⟩ ⟨U+202C⟩"},
		{"\u2067a\u202Cb\u2069", "\u2067a⟨U+202C⟩b\u2069"},
		{"mark\u200F kept", "mark\u200F kept"},
	} {
		if got := Bidi(tc.in); got != tc.want {
			t.Errorf("Bidi(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestFigureWindow: a figure's row shows its clause, or a few words either
// side, not the whole sentence.
func TestFigureWindow(t *testing.T) {
	for _, tc := range []struct{ ctx, fig, before, after string }{
		{"The dam holds 300 million cubic metres.", "300 million", "The dam holds ", " cubic metres."},
		{"After years of talks between the two ministries and the regional council, the dam now holds 300 million cubic metres of water, enough for the whole valley in a dry summer.",
			"300 million", "the dam now holds ", " cubic metres of water,"},
		{"One two three four five six seven eight nine ten 42 eleven twelve thirteen fourteen fifteen sixteen seventeen.", "42",
			"five six seven eight nine ten ", " eleven twelve thirteen fourteen fifteen sixteen"},
		{"وقالت الوزارة في بيان، إن مساحة الغابات بلغت 84 ألف كيلومتر مربع، بزيادة طفيفة عن العام الماضي.", "84 ألف",
			"إن مساحة الغابات بلغت ", " كيلومتر مربع، بزيادة"},
	} {
		i := strings.Index(tc.ctx, tc.fig)
		before, after, _, _ := figureWindow(tc.ctx, i, i+len(tc.fig))
		if before != tc.before || after != tc.after {
			t.Errorf("figureWindow(%q, %q) = %q, %q; want %q, %q", tc.ctx, tc.fig, before, after, tc.before, tc.after)
		}
	}
}

// TestWindowPiecesBidi: an embedding or isolate that the sentence closes
// but the figure's window cuts in two is written out in the window, so
// what the summary shows holds no unpaired control (the whole sentence,
// under it, keeps it paired).
func TestWindowPiecesBidi(t *testing.T) {
	words := "one two three four five six seven eight nine ten eleven twelve "
	for _, ctx := range []string{
		words + "\u202Bthe dam holds 300 million cubic metres " + words + "\u202C.",
		words + "the dam holds 300 million cubic \u2067metres " + words + "\u2069 end.",
	} {
		ctx = Bidi(ctx) // as the page passes it: the whole sentence paired
		i := strings.Index(ctx, "300 million")
		before, after, cut := windowPieces(ctx, i, i+len("300 million"))
		if !cut {
			t.Fatalf("windowPieces(%q): not cut", ctx)
		}
		shown := before + "300 million" + after
		if Bidi(shown) != shown || !strings.Contains(shown, "⟨U+") {
			t.Errorf("windowPieces(%q) = %q, %q: an unpaired control acts in the window", ctx, before, after)
		}
	}
}

// TestPlurals: counts take their CLDR plural form — English and French one
// and other, Arabic zero, one, two, few, many and other.
func TestPlurals(t *testing.T) {
	for _, tc := range []struct {
		lang string
		n    int
		want string
	}{
		{"en", 1, "1 headline"}, {"en", 0, "0 headlines"}, {"en", 2, "2 headlines"}, {"en", 1001, "1,001 headlines"},
		{"fr", 0, "0 titre"}, {"fr", 1, "1 titre"}, {"fr", 2, "2 titres"},
		{"ar", 0, "لا عناوين"}, {"ar", 1, "عنوان واحد"}, {"ar", 2, "عنوانان"}, {"ar", 3, "٣ عناوين"}, {"ar", 10, "١٠ عناوين"},
		{"ar", 11, "١١ عنوانا"}, {"ar", 55, "٥٥ عنوانا"}, {"ar", 99, "٩٩ عنوانا"}, {"ar", 100, "١٠٠ عنوان"}, {"ar", 102, "١٠٢ عنوان"},
		{"ar", 103, "١٠٣ عناوين"}, {"ar", 111, "١١١ عنوانا"},
	} {
		if got := Tn(tc.lang, "ticker.count", tc.n); got != tc.want {
			t.Errorf("Tn(%s, ticker.count, %d) = %q, want %q", tc.lang, tc.n, got, tc.want)
		}
	}
	seen := map[[2]string]bool{}
	for _, pm := range pluralMessages {
		if _, ok := messages["en"][pm.key]; !ok {
			t.Errorf("%s: plural forms of %q, which is no message", pm.lang, pm.key)
		}
		if !slices.Contains(Languages, pm.lang) {
			t.Errorf("%s %s: no interface language", pm.lang, pm.key)
		}
		if seen[[2]string{pm.lang, pm.key}] {
			t.Errorf("%s %s: plural forms listed twice", pm.lang, pm.key)
		}
		seen[[2]string{pm.lang, pm.key}] = true
	}
}

// TestPluralRulesMatchCLDR: the page's plural table agrees with
// golang.org/x/text/feature/plural (CLDR 32) on every count up to 20,000
// (French "many", for whole millions, came with CLDR 38).
func TestPluralRulesMatchCLDR(t *testing.T) {
	names := map[plural.Form]string{plural.Other: "other", plural.Zero: "zero", plural.One: "one", plural.Two: "two", plural.Few: "few", plural.Many: "many"}
	for _, lang := range Languages {
		for n := 0; n <= 20000; n++ {
			want := names[plural.Cardinal.MatchPlural(language.Make(lang), n, 0, 0, 0, 0)]
			if got := pluralForm(lang, n); got != want {
				t.Fatalf("%s %d: %s, CLDR says %s", lang, n, got, want)
			}
		}
	}
	if got := pluralForm("fr", 2000000); got != "many" {
		t.Errorf("fr 2,000,000: %s, want many", got)
	}
}

// TestArabicRegionDigits: Moroccan, Algerian, Tunisian and Libyan Arabic
// write Latin digits (CLDR), Egyptian and Gulf Arabic Arabic-Indic ones;
// the region is the first Arabic browser language's, or its likely one.
func TestArabicRegionDigits(t *testing.T) {
	defer SetArabicRegion("")
	for _, tc := range []struct {
		langs  []string
		region string
		want   string
	}{
		{[]string{"ar-MA", "fr"}, "MA", "84.000,5"},
		{[]string{"fr-FR", "ary"}, "MA", "84.000,5"},
		{[]string{"ar-DZ"}, "DZ", "84.000,5"},
		{[]string{"aeb"}, "TN", "84.000,5"},
		{[]string{"ar-EG"}, "EG", "٨٤٬٠٠٠٫٥"},
		{[]string{"ar"}, "EG", "٨٤٬٠٠٠٫٥"},
		{[]string{"ar-SA", "ar-MA"}, "SA", "٨٤٬٠٠٠٫٥"},
		{[]string{"en-US", "fr"}, "", "٨٤٬٠٠٠٫٥"},
	} {
		region := ArabicRegion(tc.langs...)
		SetArabicRegion(region)
		if got := FormatNumber("ar", 84000.5, 1); region != tc.region || got != tc.want {
			t.Errorf("%q: region %q, 84000.5 as %q; want %q, %q", tc.langs, region, got, tc.region, tc.want)
		}
	}
	SetArabicRegion("MA")
	if got := FormatDate("ar", "2017-07-02"); got != "2 يوليو 2017" {
		t.Errorf("ar-MA date %q", got)
	}
}
