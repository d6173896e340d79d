package classify

import (
	"testing"

	"github.com/safi-app/safi/internal/report"
)

// Bodies on one subject each, for the title tests: a title shares some of
// its body's words.
var (
	floodEN = []string{
		"Heavy rain flooded several subway tunnels on Monday morning, and trains on four lines were stalled for hours while crews pumped the water out of the stations.",
		"The transit authority said that the pumps in the oldest tunnels had not been replaced since the 1970s, and that a plan to upgrade them had been delayed twice for lack of money.",
		"Riders who were stuck in the trains said that nobody told them what was happening, and several of them walked along the tracks to the next station in the dark.",
	}
	museumEN = []string{
		"Gunmen stormed the national museum in the capital on Wednesday, killing at least 20 visitors before security forces ended the siege in the afternoon.",
		"The attack raised fears for the tourism industry, which employs one worker in ten and had only begun to recover from the unrest of the past years.",
		"Officials said the gunmen had hidden in a storeroom of the museum for hours, and that the region's police would review the security of every site open to visitors.",
	}
	labFR = []string{
		"Dans un laboratoire de Barcelone, une chimiste ouvre une enveloppe scellée et en sort un sachet de cristaux achetés sur un marché en ligne, pour en vérifier la composition.",
		"Le laboratoire analyse chaque semaine des dizaines d'échantillons de drogues envoyés par des acheteurs anonymes, qui reçoivent les résultats par courriel quelques jours plus tard.",
		"Les analyses montrent que près d'un échantillon sur cinq ne contient pas la substance annoncée par le vendeur, et certains contiennent des produits dangereux pour la santé.",
	}
	roseFR = []string{
		"Tailler les rosiers en hiver n'a rien de compliqué, à condition de respecter quelques règles simples que les jardiniers expérimentés appliquent depuis toujours.",
		"Il faut attendre la fin des fortes gelées, le plus souvent en février, quand les bourgeons commencent à gonfler sur les tiges de l'année précédente.",
		"Un sécateur bien aiguisé et désinfecté suffit pour la plupart des rosiers, mais une petite scie est utile pour les vieilles branches.",
		"Évitez de couper trop court les rosiers grimpants, qui fleurissent sur le bois de l'année passée, et ne taillez jamais par temps de gel.",
	}
	trophyAR = []string{
		"اعترف مدرب المنتخب الوطني بأنه أخطأ عندما حمل كأس البطولة إلى مقر الحزب قبل سنوات، مؤكدا أن الرياضة يجب أن تبقى بعيدة عن الحسابات السياسية مهما كانت الظروف.",
		"وقال المدرب في مؤتمر صحفي عقده مساء الأحد إن زيارته آنذاك كانت بدافع المجاملة، وإنه لم يكن يتوقع أن تثير كل هذا الجدل في الأوساط الرياضية والإعلامية.",
		"وأضاف أن اللاعبين أحرار في مواقفهم السياسية خارج الملعب، لكن المنتخب يمثل جميع المواطنين ولا يجوز أن يحسب على أي طرف من الأطراف.",
	}
	gardenAR = []string{
		"تحتاج الحديقة الصغيرة داخل الوعاء الزجاجي إلى طبقة من الحصى في القاع، ثم طبقة من الفحم النباتي، ثم التربة التي تزرع فيها النباتات الصغيرة بعناية.",
		"اختر نباتات بطيئة النمو تحب الرطوبة، مثل الطحالب والسراخس الصغيرة، وتجنب النباتات العصارية التي تتعفن جذورها في الوعاء المغلق.",
		"ضع الوعاء الزجاجي في مكان مضيء بعيدا عن أشعة الشمس المباشرة، ورش النباتات بالماء مرة كل أسبوعين أو عندما تجف التربة.",
	}
)

// titleTests are pages shaped like the heads of real ones, each with the
// block a person points at as its title.
var titleTests = []struct {
	desc  string
	lines []string
	title string // the block that must be the title; "": none
}{
	{
		desc: "a label before the headline, which ends with an abbreviation",
		lines: join([]string{"Sections", "Search", "Log In", "Today’s Paper", "Supported by",
			"Rain Floods Subway Tunnels and Stalls Trains on Four Lines Across N.Y.C."}, floodEN),
		title: "Rain Floods Subway Tunnels and Stalls Trains on Four Lines Across N.Y.C.",
	},
	{
		desc:  "a label alone before the body is no title",
		lines: join([]string{"Sections", "Search", "Today’s Paper", "Supported by"}, floodEN),
		title: "",
	},
	{
		desc:  "the page's first line, short, sharing nothing with the body",
		lines: join([]string{"Notes du comité"}, roseFR),
		title: "Notes du comité",
	},
	{
		desc:  "the page's first line, sharing nothing with the body, before a word alone",
		lines: join([]string{"Essai du lecteur de formules, version bêta", "Remarque"}, roseFR),
		title: "Essai du lecteur de formules, version bêta",
	},
	{
		desc: "the headline after a notice that opens the region, and again after the share buttons",
		lines: join([]string{"Prochain article", "Prochain article",
			"L'auteur a choisi de ne pas faire figurer cet article dans les listes du site, ce qui signifie que seules les personnes qui ont reçu le lien peuvent le lire. Voulez-vous vraiment le partager ? Oui, afficher les options",
			"Dans le laboratoire qui analyse les drogues vendues en ligne",
			"Partager sur Twitter", "Partager sur Facebook",
			"Dans le laboratoire qui analyse les drogues vendues en ligne"}, labFR),
		title: "Dans le laboratoire qui analyse les drogues vendues en ligne",
	},
	{
		desc: "a section heading in the region's opening is not the title before it",
		lines: join([]string{"Home", "Metro",
			"Rain stalls trains on four subway lines",
			"Crews worked through the night to pump water from the flooded stations, and service resumed on Tuesday.",
			"Why the old pumps in the subway tunnels failed when the rain came"}, floodEN),
		title: "Rain stalls trains on four subway lines",
	},
	{
		desc: "the headline before the byline, across share buttons; not the gallery's title after it",
		lines: join([]string{"World", "Middle East",
			"Museum attack stokes fears for tourism in the region",
			"Share on Facebook", "Share on Twitter", "More Options", "Resize Text",
			"By Ana Ruiz March 18 at 3:57 PM",
			"1 of 12", "Full Screen", "Autoplay", "Close", "Skip Ad",
			"Previous", "Next",
			"At least 20 dead after gunmen storm the museum in the capital",
			"View Photos"}, museumEN),
		title: "Museum attack stokes fears for tourism in the region",
	},
	{
		desc: "a headline and its standfirst: the headline",
		lines: join([]string{"الرئيسية", "رياضة",
			"مدرب المنتخب يعترف بخطئه حين حمل كأس البطولة إلى مقر الحزب",
			"وقال المدرب إن زيارته إلى مقر الحزب كانت بدافع المجاملة وإنه لم يكن يتوقع كل هذا الجدل",
			"نسخ الرابط"}, trophyAR),
		title: "مدرب المنتخب يعترف بخطئه حين حمل كأس البطولة إلى مقر الحزب",
	},
	{
		desc: "a headline ending with exclamation marks, shown again in two lines before the date line",
		lines: join([]string{"Home",
			"Museum's $90K Golden Mask -- STOLEN!!!",
			"National Museum",
			"$90K Golden Mask ... STOLEN!!!!",
			"3/4/2021 9:15 AM PST BY STAFF",
			"EXCLUSIVE"}, museumEN),
		title: "Museum's $90K Golden Mask -- STOLEN!!!",
	},
	{
		desc: "a short title before a date line that names the author is not the author",
		lines: join([]string{"Powered by", "An old copy of the source code of this site",
			"On Floods and Tunnels",
			"Tuesday 15 October 2019 by Ana Ruiz"}, floodEN),
		title: "On Floods and Tunnels",
	},
	{
		desc: "the title before the byline, across the author's name and a button; not the subtitle after it",
		lines: join([]string{"Responses",
			"Why the Subway Floods Every Spring",
			"Ana Ruiz", "Follow",
			"Oct 15, 2015 · 8 min read",
			"What the old pumps tell us about the city"}, floodEN),
		title: "Why the Subway Floods Every Spring",
	},
	{
		desc: "a picture's caption with its credit before the headline is no headline",
		lines: join([]string{"Design", "Life",
			"The old pumping station in Queens Ana Ruiz/Reuters",
			"Why Rain Floods the Subway Tunnels Every Spring",
			"Sarah Archer", "1:39 PM ET"}, floodEN),
		title: "Why Rain Floods the Subway Tunnels Every Spring",
	},
	{
		desc: "a table of contents before the body is no title",
		lines: join([]string{"Guide du jardinier",
			"Tailler les rosiers en hiver",
			"Sommaire",
			"Choisir le bon moment pour tailler",
			"Les outils nécessaires au jardinier",
			"Les rosiers grimpants et le gel",
			roseFR[0],
			"Choisir le bon moment pour tailler¶", roseFR[1],
			"Les outils nécessaires au jardinier¶", roseFR[2],
			"Les rosiers grimpants et le gel¶", roseFR[3]}),
		title: "Tailler les rosiers en hiver",
	},
	{
		desc: "the headline before a byline further back, across buttons and a label",
		lines: join([]string{"الرئيسية", "منزل وحديقة",
			"كيف تصنع حديقة صغيرة داخل وعاء زجاجي",
			"كيف تصنع حديقة صغيرة داخل وعاء زجاجي",
			"بقلم سلمى العلوي",
			"محررة", "مشاركة", "تغريدة", "حفظ", "طباعة", "أعجبني", "هل أفادك هذا"}, gardenAR),
		title: "كيف تصنع حديقة صغيرة داخل وعاء زجاجي",
	},
}

func TestTitle(t *testing.T) {
	for _, tc := range titleTests {
		d := classify(page(tc.lines...))
		got := ""
		for i := range d.Blocks {
			if d.Blocks[i].Class == report.ClassTitle {
				if got != "" {
					t.Errorf("%s: two titles, %q and %q", tc.desc, got, d.Blocks[i].Text)
				}
				got = d.Blocks[i].Text
			}
		}
		if got != tc.title {
			t.Errorf("%s: title %q, want %q", tc.desc, got, tc.title)
			for i, b := range d.Blocks {
				if b.Text != "" {
					t.Logf("  %2d %-10s %-28s %q", i, b.Class, b.Rule, b.Text)
				}
			}
		}
	}
}

func TestTitleShape(t *testing.T) {
	tests := []struct {
		desc string
		text string
		want bool
	}{
		{"a headline", "Council approves plan to rebuild the bridge", true},
		{"an Arabic headline", "افتتاح أربع محطات جديدة بالخط الثالث للمترو", true},
		{"a sentence", "The council approved the plan on Tuesday.", false},
		{"ends with an abbreviation", "Rain Floods Subway Tunnels Across N.Y.C.", true},
		{"ends with a short abbreviation", "Storm closes the port of St.", false},
		{"a question", "Pourquoi le prix du pain augmente-t-il encore ?", true},
		{"an Arabic question", "هل تنجح الحكومة في خفض أسعار المحروقات؟", true},
		{"an exclamation", "Golden Mask -- STOLEN!!!", true},
		{"two sentences", "It rained. The trains stopped!", false},
		{"a short question", "Found this helpful?", false},
		{"a breadcrumb", "Accueil > Économie > Industrie > Le chantier embauche", false},
		{"an Arabic breadcrumb", "الرئيسية » أخبار » اقتصاد » الميناء يستقبل أول سفينة", false},
		{"one word", "Sport", false},
	}
	for _, tc := range tests {
		f := measure(tc.text)
		if got := titleShape(&f, tc.text); got != tc.want {
			t.Errorf("%s: titleShape(%q) = %v, want %v", tc.desc, tc.text, got, tc.want)
		}
	}
}

func TestIsCaptionCredit(t *testing.T) {
	tests := []struct {
		desc string
		text string
		want bool
	}{
		{"a photographer and an agency", "The old pumping station in Queens Ana Ruiz/Reuters", true},
		{"an Arabic agency", "عمال يصلحون أنبوب الماء في الرباط سلمى العلوي/رويترز", true},
		{"Getty Images", "Le port de Marseille au petit matin Jean Martin/Getty Images", true},
		{"a headline with a slash", "Ports / Reuters", false},
		{"a headline ending with a path", "How to read /etc/passwd", false},
	}
	for _, tc := range tests {
		if got := isCaption(tc.text); got != tc.want {
			t.Errorf("%s: isCaption(%q) = %v, want %v", tc.desc, tc.text, got, tc.want)
		}
	}
}

// FuzzTitle checks that a text page has one title at most, and that it
// has a title's shape.
func FuzzTitle(f *testing.F) {
	for _, tc := range titleTests {
		f.Add(page(tc.lines...))
	}
	f.Fuzz(func(t *testing.T, src string) {
		d := classify(src)
		n := 0
		for i := range d.Blocks {
			b := &d.Blocks[i]
			if b.Class != report.ClassTitle {
				continue
			}
			n++
			if f := measure(b.Text); !titleShape(&f, b.Text) {
				t.Errorf("title %q has no title's shape", b.Text)
			}
		}
		if n > 1 {
			t.Errorf("%d titles", n)
		}
	})
}
