package classify

import (
	"testing"

	"github.com/safi-app/safi/internal/report"
	"github.com/safi-app/safi/internal/report/rules"
)

func TestIsTeaser(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		// Teasers: the link stands apart from the cut text.
		{"An irregular heartbeat that isn't felt may point to an increased risk of stroke, a new study suggests. more »", true},
		{"Today I'd like to show you the character designs first and then talk about the whole project after. Today I'd like to show yo... (more)", true},
		{"Holiday shoppers from coast to coast will soon get a firsthand look at the new console. Read more...", true},
		{"Will iPad lovers give Windows 8 tablets a chance? That’s the question we asked for t…  Read More...", true},
		{"After all, our blog is how we earn a living. More important, it's how we add value to other people's lives. Read more", true},
		{"Very satisfied with everything - superb quality chess sets available from seller to suit... read more", true},
		{"Kathy Sierra creates personas for applications. Not only amusing as hell, but insightful as always. ... [Read More]", true},
		{"В Москве врачи Научного центра освоили методики, которые позволяют оказать помощь беременным женщинам,... Подробнее »", true},
		{"Также врач не стал сообщать о привычках и поведении своего пациента..... Читать новость...", true},
		{"The council will vote on the budget next week, after months of debate… Read full article", true},
		{"Le gouvernement a présenté mardi son projet de budget pour l'année prochaine. Lire la suite", true},
		{"أعلنت الحكومة عن خطة جديدة لدعم الفلاحين في المناطق الجبلية. اقرأ المزيد", true},
		{"Rząd przedstawił we wtorek projekt budżetu na przyszły rok… czytaj więcej", true},
		// Sentences that end with the words, not with a link.
		{"Click the “plus” icon next to any question to read more.", false},
		{"If you are prepared to dedicate more time to benefit from its capabilities, then continue reading.", false},
		{"Stay in touch & learn more...", false},
		{"The team wanted the app to do much more.", false},
		{"There are other backend options available, with the default being the local (Read More).", false},
		{"Nobody reads those anymore »", false},
		{"и так далее", false},
		// Too short to be a teaser: the link alone, a label.
		{"Read more", false},
		{"Sports. Read more »", false},
		{"", false},
	} {
		if got := isTeaser(tc.text); got != tc.want {
			t.Errorf("isTeaser(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// Teasers of other stories after an article stay out of it, though they
// read as prose; a lead cut short before the article it opens stays in.
func TestTeasersAfterTheArticle(t *testing.T) {
	lead := "The city council voted on Tuesday to extend the northern bus line to the new suburbs by the end of next year."
	teasers := []string{
		"Mayor ready to take on rival in fitness fight",
		"The mayor says he is ready to take on his rival in a battle of the bulge, and has invited the press to watch. more »",
		"Residents protest logging plans",
		"A few dozen residents were on hand in the valley on Wednesday to protest the logging plans for the area. more »",
	}
	d := classify(page(join([]string{"Bus network to reach the northern suburbs", lead[:60] + "... Read more"}, []string{lead}, proseEN, teasers)...))
	for _, p := range append([]string{lead}, proseEN...) {
		if b := find(d, p); b == nil || !report.InArticle(b.Class) {
			t.Errorf("article paragraph %.30q: %+v", p, b)
		}
	}
	if b := find(d, lead[:60]+"... Read more"); b == nil || b.Rule == rules.Teaser {
		t.Errorf("the article's own lead read as a teaser: %+v", b)
	}
	for _, s := range teasers[1:] {
		if b := find(d, s); b == nil || report.InArticle(b.Class) {
			t.Errorf("teaser %.30q in the article: %+v", s, b)
		}
	}
	if b := find(d, teasers[1]); b == nil || b.Rule != rules.Teaser {
		t.Errorf("teaser %.30q: %+v, want rule %s", teasers[1], b, rules.Teaser)
	}
}
