package classify

import (
	"strings"
	"testing"

	"github.com/safi-app/safi/internal/doc"
	"github.com/safi-app/safi/internal/extract/textread"
	"github.com/safi-app/safi/internal/report/rules"
)

// Prose lines for building pages around the line under test.
var (
	proseAR = []string{
		"أعلنت وزارة الصحة في بلاغ لها يوم الاثنين أن عدد الحالات المسجلة خلال الأسبوع الماضي عرف انخفاضا ملحوظا مقارنة بالأسابيع التي سبقته، وذلك بفضل حملة التلقيح التي انطلقت في مختلف جهات المملكة.",
		"وأوضح المصدر ذاته أن الحملة ستتواصل إلى غاية نهاية الشهر الجاري، مع تعزيز المراكز الصحية بالأطر الطبية والتمريضية اللازمة، وذلك من أجل تقريب الخدمات من المواطنين في المناطق النائية.",
		"ودعت الوزارة المواطنين إلى الالتزام بالتدابير الوقائية، والتوجه إلى أقرب مركز صحي في حال ظهور أعراض المرض، مشيرة إلى أن الوضع الوبائي يبقى تحت السيطرة رغم تسجيل بعض البؤر المحلية.",
	}
	proseEN = []string{
		"The city council voted on Tuesday to expand the bus network to the northern suburbs, a plan that has been debated for more than a decade and that residents say will cut their commute in half.",
		"Officials said the first new routes would open in the spring, and that the cost would be covered by a mix of state grants and a small increase in the parking fees charged in the city centre.",
		"Critics of the plan argued that the money would be better spent on repairing the roads, but the mayor said that the buses were the only way to reduce traffic in the long run.",
	}
	proseFR = []string{
		"Le conseil municipal a voté mardi l'extension du réseau de bus vers les quartiers nord, un projet débattu depuis plus de dix ans et qui devrait, selon les habitants, réduire de moitié leur temps de trajet.",
		"Les premières lignes ouvriront au printemps, et le coût sera couvert par des subventions de l'État ainsi que par une légère hausse du prix du stationnement dans le centre-ville.",
		"Les opposants estiment que cet argent serait mieux employé à réparer les routes, mais le maire a assuré que les bus étaient le seul moyen de réduire la circulation sur le long terme.",
	}
)

// page joins lines into a paste, one line each, blank lines between.
func page(lines ...string) string { return strings.Join(lines, "\n\n") + "\n" }

func join(parts ...[]string) []string {
	var out []string
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

func classify(src string) *doc.Doc {
	d := textread.Text([]byte(src))
	Run(d)
	return d
}

// find returns the block whose text is line.
func find(d *doc.Doc, line string) *doc.Block {
	for i := range d.Blocks {
		if d.Blocks[i].Text == line {
			return &d.Blocks[i]
		}
	}
	return nil
}

func TestRules(t *testing.T) {
	nb := "\u00a0\u00a0\u00a0\u00a0"
	ticker := "أول خبر عن الطقس في البلاد" + nb + "ثاني خبر عن الرياضة الوطنية اليوم" + nb + "ثالث خبر عن الاقتصاد والأسواق المالية" + nb + "رابع خبر عن السياسة والانتخابات المقبلة"
	menu := []string{"Accueil", "Politique", "Économie", "Culture", "Sport"}
	headlines := []string{
		"Ministers Agree New Rules For Ferry Operators",
		"Storm Leaves Thousands Without Power In The North",
		"Local Team Wins Cup After Dramatic Penalty Shootout",
		"Prices Of Olive Oil Rise For The Third Year",
		"Museum Reopens After Three Years Of Renovation Work",
	}
	// Captions long enough to read as prose, told by their credit.
	captionEN := "March 3, 2021 Workers check the new electric buses at the northern depot before the first routes open to passengers in the spring. Ana Ruiz/Reuters"
	captionFR := "3 mars 2021 Des ouvriers vérifient les nouveaux bus électriques au dépôt nord avant l'ouverture des premières lignes au printemps. Ana Ruiz/AFP"
	captionNamedEN := "Workers check the new electric buses at the northern depot before the first routes open to passengers in the spring. Photo: Ana Ruiz"
	captionNamedFR := "Des ouvriers vérifient les nouveaux bus électriques au dépôt nord avant l'ouverture des premières lignes au printemps. Crédit photo : Ana Ruiz"
	captionAR := "عمال يفحصون الحافلات الكهربائية الجديدة في المستودع الشمالي قبل افتتاح الخطوط الأولى أمام الركاب في فصل الربيع المقبل. أحمد علي/رويترز"
	// Sentences whose formulas the copy lost, leaving double spaces.
	holesEN := "When the matrix  is square and its transpose  equals its conjugate , the product  is real and the form  is positive for every vector  that is not zero."
	holesFR := "Si la matrice  est carrée et que sa transposée  est égale à sa conjuguée , alors le produit  est réel pour tout vecteur  non nul."
	tests := []struct {
		desc  string
		lines []string
		line  string // the line under test
		class string
		rule  string
	}{
		{"ticker of nbsp runs", join([]string{ticker, "عنوان المقال هنا عن الصحة"}, proseAR), ticker, "ticker", rules.TickerSpaceRun},
		{"ticker of bullets", join([]string{"Storm hits the coast • Markets fall again today • Team wins the final • Minister resigns over scandal"}, proseEN), "Storm hits the coast • Markets fall again today • Team wins the final • Minister resigns over scandal", "ticker", rules.TickerSeparator},
		{"menu row", join([]string{"Home | News | Sport | Weather | Contact"}, proseEN), "Home | News | Sport | Weather | Contact", "boilerplate", rules.MenuRow},
		{"menu row split at dashes", join(proseEN, []string{"Jane Doe — Permalink — License — Contact me"}), "Jane Doe — Permalink — License — Contact me", "boilerplate", rules.MenuRow},
		{"a sentence with dashes is no ticker", join([]string{"Грипп в области"}, []string{"Роспотребнадзор: за последние 2 недели было зарегистрировано 5 подозрений на грипп — 2 у взрослых в Жуковском, 2 в — Стародубском и 1 — в Унечском районе."}, proseEN), "Роспотребнадзор: за последние 2 недели было зарегистрировано 5 подозрений на грипп — 2 у взрослых в Жуковском, 2 в — Стародубском и 1 — в Унечском районе.", "paragraph", rules.Paragraph},
		{"menu run", join(menu, []string{"Le réseau de bus s'étend au nord"}, proseFR), "Politique", "boilerplate", rules.MenuRun},
		{"image report widget", join([]string{"شكرا على الإبلاغ!"}, proseAR), "شكرا على الإبلاغ!", "boilerplate", rules.ImageReport},
		{"read at source", join(proseAR, []string{"انقر هنا لقراءة الخبر من مصدره."}), "انقر هنا لقراءة الخبر من مصدره.", "boilerplate", rules.ReadAtSource},
		{"read also, French", join(proseFR[:2], []string{"Lire aussi : Le maire défend son projet de tramway"}, proseFR[2:]), "Lire aussi : Le maire défend son projet de tramway", "boilerplate", rules.ReadAlso},
		{"read also, Traditional Chinese", join(proseEN[:2], []string{"相關新聞：颱風明日登陸 港府發出警告"}, proseEN[2:]), "相關新聞：颱風明日登陸 港府發出警告", "boilerplate", rules.ReadAlso},
		{"related posts, English", join(proseEN[:2], []string{"Related posts:"}, proseEN[2:]), "Related posts:", "boilerplate", rules.ReadAlso},
		{"related reviews, English", join(proseEN[:2], []string{"Related reviews"}, proseEN[2:]), "Related reviews", "boilerplate", rules.ReadAlso},
		{"read also, Arabic hamza form", join(proseAR[:2], []string{"اقرأ أيضا: الوزارة تطلق حملة جديدة"}, proseAR[2:]), "اقرأ أيضا: الوزارة تطلق حملة جديدة", "boilerplate", rules.ReadAlso},
		{"shopping button before the article", join([]string{"$209", "View at Best Buy"}, proseEN), "View at Best Buy", "boilerplate", rules.Advert},
		{"shopping button in the article", join(proseEN[:2], []string{"Check price at Amazon"}, proseEN[2:]), "Check price at Amazon", "boilerplate", rules.Advert},
		{"a view at dusk is no button", join(proseEN[:2], []string{"The view at dusk"}, proseEN[2:]), "The view at dusk", "heading", rules.Heading},
		{"buy at least is no button", join(proseEN[:2], []string{"Buy at least two tickets"}, proseEN[2:]), "Buy at least two tickets", "heading", rules.Heading},
		{"share row", join(proseEN, []string{"Share on Facebook"}), "Share on Facebook", "boilerplate", rules.Share},
		{"cookie banner", join([]string{"We use cookies to improve your experience. By continuing to browse you accept our use of cookies."}, proseEN), "We use cookies to improve your experience. By continuing to browse you accept our use of cookies.", "boilerplate", rules.CookieNotice},
		{"copyright", join(proseFR, []string{"© 2024 Le Journal du Nord. Tous droits réservés."}), "© 2024 Le Journal du Nord. Tous droits réservés.", "boilerplate", rules.Copyright},
		{"copyright, a Russian site's footer", join(proseEN, []string{"При полном или частичном использовании материалов ссылка на «Псковскую ленту новостей» обязательна."}), "При полном или частичном использовании материалов ссылка на «Псковскую ленту новостей» обязательна.", "boilerplate", rules.Copyright},
		{"copyright, Polish", join(proseEN, []string{"Wszelkie prawa zastrzeżone, Gazeta Północna 2024"}), "Wszelkie prawa zastrzeżone, Gazeta Północna 2024", "boilerplate", rules.Copyright},
		{"newsletter", join(proseEN, []string{"Sign up for our morning newsletter"}), "Sign up for our morning newsletter", "boilerplate", rules.Newsletter},
		{"advert", join(proseEN[:1], []string{"Advertisement"}, proseEN[1:]), "Advertisement", "boilerplate", rules.Advert},
		{"byline opener, Arabic", join([]string{"الوزارة تعلن انخفاض عدد الحالات", "نشر في هسبريس يوم 02 - 07 - 2017"}, proseAR), "نشر في هسبريس يوم 02 - 07 - 2017", "byline", rules.Byline},
		{"byline opener, English", join([]string{"Council Votes To Expand Bus Network", "By Jane Doe · March 3, 2021"}, proseEN), "By Jane Doe · March 3, 2021", "byline", rules.Byline},
		{"byline date line", join([]string{"Le réseau de bus s'étend au nord", "Le Journal | 03.05.2021 à 10h12"}, proseFR), "Le Journal | 03.05.2021 à 10h12", "byline", rules.BylineDate},
		{"title before byline", join([]string{"Council Votes To Expand Bus Network", "By Jane Doe · March 3, 2021"}, proseEN), "Council Votes To Expand Bus Network", "title", rules.TitleBeforeByline},
		{"title before article", join([]string{"Le réseau de bus s'étend au nord"}, proseFR), "Le réseau de bus s'étend au nord", "title", rules.TitleSimilar},
		{"title unlike the body, just before it", join([]string{"Une journée ordinaire"}, proseFR), "Une journée ordinaire", "title", rules.TitleBeforeBody},
		{"heading", join(proseEN[:2], []string{"What comes next"}, proseEN[2:]), "What comes next", "heading", rules.Heading},
		{"sentence in a language without function words", []string{"Nowa linia autobusowa", "Rada miasta zdecydowała wczoraj o rozbudowie sieci autobusowej, która połączy północne dzielnice z centrum."}, "Rada miasta zdecydowała wczoraj o rozbudowie sieci autobusowej, która połączy północne dzielnice z centrum.", "paragraph", rules.Paragraph},
		{"Chinese sentence: density of function characters", []string{"北部郊区将开通新公交线路", "市政府周二宣布，新的公交线路将在明年春天开通，这是北部郊区居民等了很久的好消息。"}, "市政府周二宣布，新的公交线路将在明年春天开通，这是北部郊区居民等了很久的好消息。", "paragraph", rules.Paragraph},
		{"loading, Chinese", join(proseEN[:2], []string{"正在加载..."}, proseEN[2:]), "正在加载...", "boilerplate", rules.Loading},
		{"German sentence", []string{"Neuer Nachtbus zum Flughafen", "Seit Montag fährt auch nachts ein Bus vom Bahnhof zum Flughafen, sagt Anna Berger."}, "Seit Montag fährt auch nachts ein Bus vom Bahnhof zum Flughafen, sagt Anna Berger.", "paragraph", rules.Paragraph},
		{"prose paragraph", join([]string{"A title for the story"}, proseEN), proseEN[1], "paragraph", rules.Paragraph},
		{"short sentence in the article", join(proseEN[:2], []string{"The vote was close."}, proseEN[2:]), "The vote was close.", "paragraph", rules.ParagraphShort},
		{"list between prose", join(proseEN[:2], []string{"- route 12 to the airport", "- route 14 to the university"}, proseEN[2:]), "- route 12 to the airport", "paragraph", rules.ParagraphBetween},
		{"heading before a list", join(proseEN[:2], []string{"New routes", "- route 12 to the airport", "- route 14 to the university", "- route 20 to the port"}, proseEN[2:]), "New routes", "heading", rules.HeadingList},
		{"repeated widget label", join(proseEN[:1], []string{"View Photos"}, proseEN[1:2], []string{"View Photos"}, proseEN[2:]), "View Photos", "boilerplate", rules.Repeated},
		{"caption in the article", join(proseEN[:2], []string{"Photo: The new buses at the depot"}, proseEN[2:]), "Photo: The new buses at the depot", "other", rules.Caption},
		{"comments after the article", join([]string{"A title for the story"}, proseEN, []string{"Comments", "Great news for the north side, finally!"}), "Great news for the north side, finally!", "other", rules.Comments},
		{"print-edition note", join(proseEN, []string{"This article appears in the April 2022 print edition."}), "This article appears in the April 2022 print edition.", "boilerplate", rules.PrintNote},
		{"long print-edition note", join(proseEN, []string{"A version of this article appears in print on March 3, 2021, Section B, Page 4 of the Harbour edition with the headline: Council Votes To Expand Bus Network To The Northern Suburbs After A Decade Of Debate."}), "A version of this article appears in print on March 3, 2021, Section B, Page 4 of the Harbour edition with the headline: Council Votes To Expand Bus Network To The Northern Suburbs After A Decade Of Debate.", "boilerplate", rules.PrintNote},
		{"publisher line", join(proseEN, []string{"The Daily Ledger is part of Ledger Media Group, an international media group."}), "The Daily Ledger is part of Ledger Media Group, an international media group.", "boilerplate", rules.Publisher},
		{"paywall", join([]string{"Article réservé aux abonnés"}, proseFR), "Article réservé aux abonnés", "boilerplate", rules.Paywall},
		{"reading time", join([]string{"Temps de lecture 4 min."}, proseFR), "Temps de lecture 4 min.", "boilerplate", rules.ReadingTime},
		{"disclaimer", join(proseAR, []string{"الآراء الواردة في المقال تعبر عن رأي كاتبها"}), "الآراء الواردة في المقال تعبر عن رأي كاتبها", "boilerplate", rules.Disclaimer},
		{"short note is the whole text", []string{"Meeting moved to 3 pm", "Bring the slides"}, "Bring the slides", "paragraph", rules.ParagraphNoProse},
		{"headline run before the article is a ticker", join(headlines, []string{"A title for the story", "By Jane Doe · March 3, 2021"}, proseEN), headlines[2], "ticker", rules.TickerHeadlineRun},
		{"sentence with holes is no ticker", join(proseEN[:1], []string{holesEN}, proseEN[1:]), holesEN, "paragraph", rules.Paragraph},
		{"sentence with holes is no ticker, French", join(proseFR[:1], []string{holesFR}, proseFR[1:]), holesFR, "paragraph", rules.Paragraph},
		{"repeated widget label, Arabic", join(proseAR[:1], []string{"عرض الصور"}, proseAR[1:2], []string{"عرض الصور"}, proseAR[2:]), "عرض الصور", "boilerplate", rules.Repeated},
		{"repeated line of code stays in a how-to", join(proseEN[:1], []string{"Then build it again:", "$ make build", "and test"}, proseEN[1:2], []string{"$ make build", "and test"}, proseEN[2:]), "$ make build", "paragraph", rules.ParagraphBetween},
		{"repeated lower-case piece of a sentence, French", join(proseFR[:1], []string{"Pour compiler :", "$ make build", "puis lancez", "$ make test"}, proseFR[1:2], []string{"$ make build", "puis lancez", "$ make test"}, proseFR[2:]), "puis lancez", "paragraph", rules.ParagraphBetween},
		{"step heading after a caption", join(proseEN[:2], []string{"Photo: The new buses at the depot", "Step 2", "Then press the green button twice."}, proseEN[2:]), "Step 2", "paragraph", rules.ParagraphBetween},
		{"step heading after a caption, Arabic", join(proseAR[:2], []string{"صورة: الحافلات الجديدة في المستودع", "الخطوة الثانية", "ثم اضغط على الزر الأخضر مرتين."}, proseAR[2:]), "الخطوة الثانية", "paragraph", rules.ParagraphBetween},
		{"list led by a colon after a widget", join(proseEN[:1], []string{"Other People Are Reading", "Fixing A Bike Chain At Home", "What you will need:", "Pliers", "Rag", "Chain oil", "Spare link"}, proseEN[1:]), "Rag", "paragraph", rules.ParagraphBetween},
		{"list led by a colon, French", join(proseFR[:1], []string{"Ingrédients :", "Farine", "Sucre", "Beurre", "Œufs"}, proseFR[1:]), "Sucre", "paragraph", rules.ParagraphBetween},
		{"list led by a colon, Arabic", join(proseAR[:1], []string{"المكونات:", "دقيق", "سكر", "زبدة", "بيض"}, proseAR[1:]), "سكر", "paragraph", rules.ParagraphBetween},
		{"no lead: a menu between paragraphs stays out", join(proseEN[:1], []string{"Other People Are Reading", "Fixing A Bike Chain At Home", "Pliers", "Rag", "Chain oil", "Spare link"}, proseEN[1:]), "Rag", "boilerplate", rules.MenuRun},
		{"long caption with a photographer's credit", join(proseEN[:2], []string{captionEN}, proseEN[2:]), captionEN, "other", rules.Caption},
		{"long caption with a photographer's credit, French", join(proseFR[:2], []string{captionFR}, proseFR[2:]), captionFR, "other", rules.Caption},
		{"long caption with a named credit", join(proseEN[:2], []string{captionNamedEN}, proseEN[2:]), captionNamedEN, "other", rules.Caption},
		{"long caption with a named credit, French", join(proseFR[:2], []string{captionNamedFR}, proseFR[2:]), captionNamedFR, "other", rules.Caption},
		{"long caption with a photographer's credit, Arabic", join(proseAR[:2], []string{captionAR}, proseAR[2:]), captionAR, "other", rules.Caption},
		{"repeated short notice", join(proseEN[:1], []string{"Wait 1 second to continue."}, proseEN[1:2], []string{"Wait 1 second to continue."}, proseEN[2:]), "Wait 1 second to continue.", "boilerplate", rules.Repeated},
		{"related list after the article", join([]string{"A title for the story"}, proseEN, headlines[:4]), headlines[1], "other", rules.RelatedList},
	}
	for _, tc := range tests {
		d := classify(page(tc.lines...))
		b := find(d, tc.line)
		if b == nil {
			t.Errorf("%s: no block %q", tc.desc, tc.line)
			continue
		}
		if b.Class != tc.class || b.Rule != tc.rule {
			t.Errorf("%s: %q is %s (%s), want %s (%s)", tc.desc, tc.line, b.Class, b.Rule, tc.class, tc.rule)
		}
	}
}

func TestProseIsNotBoilerplate(t *testing.T) {
	// Long paragraphs that mention boilerplate words stay in the article.
	lines := join(proseEN, []string{"The council said it would share the cost with the region and publish the cookies recipe from the fair, which raised money for the new routes, on its website next week."})
	d := classify(page(lines...))
	if b := find(d, lines[3]); b == nil || b.Class != "paragraph" {
		t.Errorf("long paragraph with boilerplate words: %+v", b)
	}
}

func TestEmptyAndBlank(t *testing.T) {
	for _, in := range []string{"", "\n\n", " \u00a0 \n\t"} {
		d := classify(in)
		for _, b := range d.Blocks {
			if b.Class == "" || b.Rule == "" {
				t.Errorf("%q: block without class: %+v", in, b)
			}
		}
	}
}

func TestTableRowsStayInTheArticle(t *testing.T) {
	rows := []string{"1\tHarrowgate Town\t12\t27", "2\tKelby Rovers\t12\t25", "3\tAshford United\t12\t22"}
	d := classify(page(join(proseEN[:2], rows, proseEN[2:])...))
	for _, r := range rows {
		if b := find(d, r); b == nil || b.Class != "paragraph" {
			t.Errorf("table row %q: %+v", r, b)
		}
	}
	if b := find(d, proseEN[2]); b == nil || b.Class != "paragraph" {
		t.Errorf("the paragraph after the table left the article: %+v", b)
	}
}

func TestQuestionHeading(t *testing.T) {
	d := classify(page(join(proseEN[:2], []string{"Should the city buy more buses?"}, proseEN[2:])...))
	if b := find(d, "Should the city buy more buses?"); b == nil || b.Class != "heading" {
		t.Errorf("question heading: %+v", b)
	}
}

func TestFormulas(t *testing.T) {
	// "The roots are x = (−b ± √(b² − 4ac)) / 2a", as MathML copies: one
	// symbol a line.
	formula := []string{"x", "=", "−", "b", "±", "√", "b", "2", "−", "4", "a", "c", "2", "a"}
	// A league table copied one cell a line: numbers, no operators.
	table := []string{"P", "W", "D", "L", "12", "9", "2", "1", "12", "8", "3", "1", "12", "7", "2", "3"}
	tests := []struct {
		desc  string
		lines []string
		check []string // lines to look at
		class string
		rule  string
	}{
		{"formula between prose", join(proseEN[:2], []string{"The roots are"}, formula, proseEN[2:]), formula, "paragraph", rules.ParagraphFormula},
		{"formula before the only prose", join([]string{"Quadratic equations", "and the roots are"}, formula, proseEN[:1]), formula, "paragraph", rules.ParagraphFormula},
		{"text between formula pieces", join(proseEN[:1], formula[:6], []string{"and so on for"}, formula[6:], proseEN[1:]), []string{"and so on for"}, "paragraph", rules.ParagraphFormula},
		{"table cells are no formula", join([]string{"A title for the story"}, proseEN, table), table[4:], "", ""},
	}
	for _, tc := range tests {
		d := classify(page(tc.lines...))
		for _, line := range tc.check {
			for i := range d.Blocks {
				b := &d.Blocks[i]
				if b.Text != line {
					continue
				}
				if tc.rule == "" && b.Rule == rules.ParagraphFormula || tc.rule != "" && (b.Class != tc.class || b.Rule != tc.rule) {
					t.Errorf("%s: %q is %s (%s)", tc.desc, line, b.Class, b.Rule)
				}
			}
		}
	}
}

// inArticle is a page, one line of it, and whether that line should end up
// in the article (a paragraph or a heading).
type inArticle struct {
	desc  string
	lines []string
	line  string
	in    bool
}

// checkInArticle classifies each page and checks its line's verdict.
func checkInArticle(t *testing.T, tests []inArticle) {
	t.Helper()
	for _, tc := range tests {
		d := classify(page(tc.lines...))
		b := find(d, tc.line)
		if b == nil {
			t.Errorf("%s: no block %q", tc.desc, tc.line)
			continue
		}
		if in := b.Class == "paragraph" || b.Class == "heading"; in != tc.in {
			t.Errorf("%s: %q is %s (%s), want in article: %v", tc.desc, tc.line, b.Class, b.Rule, tc.in)
		}
	}
}

func TestBridge(t *testing.T) {
	labels := []string{"Harbour", "Lighthouse", "Ferries", "Timetables", "Fares", "Parking", "Cycling", "Walking"}
	copyright := "© 2024 The Harbour Gazette. All rights reserved."
	blurbEN := []string{
		"Pick a theme that suits you and change the look of the whole browser in one click.",
		"Add small tools that check the weather, compare prices or play your music while you browse.",
	}
	blurbFR := []string{
		"Choisissez un thème qui vous ressemble et changez l'allure du navigateur en un seul clic.",
		"Ajoutez de petits outils qui donnent la météo, comparent les prix ou jouent votre musique.",
	}
	blurbAR := []string{
		"اختر السمة التي تناسبك وغير مظهر المتصفح كله بنقرة واحدة من دون أي عناء يذكر.",
		"أضف أدوات صغيرة تعرض لك حالة الطقس أو تقارن الأسعار أو تشغل موسيقاك وأنت تتصفح.",
	}
	checkInArticle(t, []inArticle{
		{"prose past a run of labels", join(proseEN[:1], labels, proseEN[1:]), proseEN[0], true},
		{"prose before a run of labels", join(proseEN[:2], labels, proseEN[2:]), proseEN[2], true},
		{"a short sentence in the gap", join(proseEN[:1], labels[:4], []string{"The ferries run every hour."}, labels[4:], proseEN[1:]), proseEN[0], true},
		{"no bridge over boilerplate", join(proseEN[:2], []string{copyright}, labels, proseEN[2:]), proseEN[2], false},
		{"no bridge to a short line", join(proseEN, labels, []string{"The ferry leaves at noon."}), "The ferry leaves at noon.", false},
		// Short pieces of prose, each after its own row of buttons, a
		// pager's "Next" among them: crossed two gaps at once.
		{"short pieces of prose past rows of buttons", join(proseEN[:2], []string{"Replay", "Themes", "Add-ons", "Tools"}, blurbEN[:1], []string{"Try it now", "Learn more", "Next"}, blurbEN[1:]), blurbEN[1], true},
		{"short pieces of prose past rows of buttons, French", join(proseFR[:2], []string{"Revoir", "Thèmes", "Modules", "Outils"}, blurbFR[:1], []string{"Essayer", "En savoir plus", "Suivant"}, blurbFR[1:]), blurbFR[1], true},
		{"short pieces of prose past rows of buttons, Arabic", join(proseAR[:2], []string{"إعادة", "السمات", "الإضافات", "الأدوات"}, blurbAR[:1], []string{"جربه الآن", "اعرف المزيد", "التالي"}, blurbAR[1:]), blurbAR[1], true},
		{"no bridge past a share row", join(proseEN, []string{"Share on Facebook", "Share on Twitter", "Themes", "Tools", "Try it now", "Learn more"}, blurbEN[:1], []string{"Try it now", "Learn more", "Next"}, blurbEN[1:]), blurbEN[1], false},
	})
}

func TestTeasers(t *testing.T) {
	teasers := []string{
		"Most popular",
		"Harbour Ferry Fares To Rise In June",
		"The operator says fuel costs leave it no choice, and commuters are not pleased about it.",
		"Jane Doe",
		"Apr 29, 2021",
		"Why the old lighthouse is closing",
		"After a century of service, the keepers hand over the keys to the museum this summer.",
		"Tom Reed",
		"Apr 27, 2021",
	}
	checkInArticle(t, []inArticle{
		{"teasers after the article", join([]string{"A title for the story"}, proseEN, teasers), teasers[2], false},
		{"teaser headline after the article", join([]string{"A title for the story"}, proseEN, teasers), teasers[5], false},
		{"the article before the teasers", join([]string{"A title for the story"}, proseEN, teasers), proseEN[2], true},
		// A "read also" set inside the article, then more of the article:
		// not a list of teasers, as the article goes on after them.
		{"read also, then the article goes on", join(proseEN[:1], []string{"Read also: Ferry fares to rise in June", "What comes next"}, proseEN[1:2], []string{"Who pays"}, proseEN[2:], proseFR), proseFR[0], true},
	})
}

// TestListing: a page with no article, only a list (a museum's events, a
// forum's index), keeps its list; a page with an article keeps its
// related list out.
func TestListing(t *testing.T) {
	menu := []string{"Home", "Visit", "Exhibitions", "Events", "Shop", "Members"}
	events := []string{
		"Showing 5 of 5 results",
		"Ancient Textiles From The Silk Road Towns",
		"Date: Jun 7, 2026 – Mar 22, 2027",
		"Painted Silk Screens Of The Edo Period",
		"Date: Aug 10, 2026 – Aug 23, 2027",
		"Prints And Drawings From The Permanent Collection",
		"Date: Feb 1 – Jun 7, 2027",
		"Photographs Of The Harbour Before The War",
		"Date: Nov 9, 2026 – Nov 8, 2027",
		"Native Works On Paper And Their Makers",
		"Date: Jan 13 – Mar 29, 2027",
	}
	eventsAR := []string{
		"معرض المنسوجات القديمة من مدن طريق الحرير",
		"من 7 يونيو إلى 22 مارس",
		"لوحات الخط العربي من العصر العثماني الأول",
		"من 10 غشت إلى 23 شتنبر",
		"صور الميناء القديم قبل الحرب العالمية الثانية",
		"من 9 نونبر إلى 8 ماي",
		"مخطوطات نادرة من خزانة القرويين بمدينة فاس",
		"من 13 يناير إلى 29 مارس",
		"أعمال فنية على الورق وصناعها عبر القرون",
		"من 1 فبراير إلى 7 يونيو",
	}
	footer := []string{"Contact", "Press", "Careers"}
	checkInArticle(t, []inArticle{
		{"a listing's item", join(menu, events, footer), events[3], true},
		{"a listing's item, Arabic", join([]string{"الرئيسية", "المعارض", "الأنشطة", "المتجر"}, eventsAR, footer), eventsAR[4], true},
		{"a listing's menu", join(menu, events, footer), "Visit", false},
		{"a related list after an article", join(proseEN, []string{"Related stories"}, events[1:]), events[3], false},
	})
}
