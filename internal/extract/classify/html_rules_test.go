package classify

import (
	"testing"

	"github.com/safi-app/safi/internal/doc"
	"github.com/safi-app/safi/internal/report"
	"github.com/safi-app/safi/internal/report/rules"
)

func TestHTMLRule(t *testing.T) {
	seg := []doc.Segment{{Text: "a"}, {Text: "b"}}
	for _, tc := range []struct {
		desc      string
		meta      doc.Meta
		block     doc.Block
		class     string
		rule      string
		undecided bool
	}{
		{desc: "text doc blocks are left to the text rules", block: doc.Block{Text: "x"}, undecided: true},
		{desc: "ticker container with headlines", block: doc.Block{Region: "ticker", Segments: seg}, class: report.ClassTicker, rule: rules.HTMLTicker},
		{desc: "ticker container of one run of text is left to the text rules", block: doc.Block{Region: "ticker", Segments: seg[:1]}, undecided: true},
		{desc: "title heading without page metadata", block: doc.Block{Region: "title"}, class: report.ClassTitle, rule: rules.HTMLTitle},
		{desc: "title heading repeating the metadata title", meta: doc.Meta{Title: "T"}, block: doc.Block{Region: "title"}, class: report.ClassOther, rule: rules.HTMLTitle},
		{desc: "byline", block: doc.Block{Region: "byline"}, class: report.ClassByline, rule: rules.HTMLByline},
		{desc: "heading in the main content", block: doc.Block{Region: "main", HTML: &doc.Signals{Heading: 2}}, class: report.ClassHeading, rule: rules.HTMLHeading},
		{desc: "paragraph in the main content", block: doc.Block{Region: "main", HTML: &doc.Signals{Tag: "p"}}, class: report.ClassParagraph, rule: rules.HTMLMain},
		{desc: "read-also link line in the main content", block: doc.Block{Region: "main", Text: "Read also: the budget vote", LinkDensity: 0.8}, class: report.ClassBoilerplate, rule: rules.ReadAlso},
		{desc: "read-also words without links stay", block: doc.Block{Region: "main", Text: "Read also the budget, he said.", LinkDensity: 0}, class: report.ClassParagraph, rule: rules.HTMLMain},
		{desc: "byline opener in the main content", block: doc.Block{Region: "main", Text: "By Ann Lee, Reuters"}, class: report.ClassByline, rule: rules.Byline},
		{desc: "share row dropped inside the main content", block: doc.Block{Region: "share"}, class: report.ClassBoilerplate, rule: rules.HTMLMainDropped + "share"},
		{desc: "nav landmark", block: doc.Block{Region: "outside", HTML: &doc.Signals{Landmarks: []string{"nav"}}}, class: report.ClassBoilerplate, rule: rules.HTMLNav},
		{desc: "menu hint", block: doc.Block{Region: "outside", HTML: &doc.Signals{Hints: []string{"menu"}}}, class: report.ClassBoilerplate, rule: rules.HTMLNav},
		{desc: "footer", block: doc.Block{Region: "outside", HTML: &doc.Signals{Landmarks: []string{"footer"}}}, class: report.ClassBoilerplate, rule: rules.HTMLFooter},
		{desc: "header", block: doc.Block{Region: "outside", HTML: &doc.Signals{Hints: []string{"header"}}}, class: report.ClassBoilerplate, rule: rules.HTMLHeader},
		{desc: "sidebar", block: doc.Block{Region: "outside", HTML: &doc.Signals{Hints: []string{"sidebar"}}}, class: report.ClassBoilerplate, rule: rules.HTMLAside},
		{desc: "cookie banner, even in a header", block: doc.Block{Region: "outside", HTML: &doc.Signals{Hints: []string{"cookie", "header"}}}, class: report.ClassBoilerplate, rule: rules.HTMLCookie},
		{desc: "newsletter box", block: doc.Block{Region: "outside", HTML: &doc.Signals{Hints: []string{"newsletter"}}}, class: report.ClassBoilerplate, rule: rules.HTMLWidget},
		{desc: "links outside the main content", block: doc.Block{Region: "outside", LinkDensity: 0.9}, class: report.ClassBoilerplate, rule: rules.HTMLLinkDense},
		{desc: "a reply on a discussion page", meta: doc.Meta{Discussion: true}, block: doc.Block{Region: "outside", HTML: &doc.Signals{Hints: []string{"comment"}}, Text: "I would head out to the nearest shop and try both of them."}, class: report.ClassParagraph, rule: rules.HTMLDiscussion},
		{desc: "a reply under an article is a widget", block: doc.Block{Region: "outside", HTML: &doc.Signals{Hints: []string{"comment"}}, Text: "I would head out to the nearest shop and try both of them."}, class: report.ClassBoilerplate, rule: rules.HTMLWidget},
		{desc: "a discussion page's short line stays out", meta: doc.Meta{Discussion: true}, block: doc.Block{Region: "outside", HTML: &doc.Signals{Hints: []string{"comment"}}, Text: "Posted August 26"}, class: report.ClassBoilerplate, rule: rules.HTMLWidget},
		{desc: "a discussion page's sidebar stays out", meta: doc.Meta{Discussion: true}, block: doc.Block{Region: "outside", HTML: &doc.Signals{Landmarks: []string{"aside"}}, Text: "I would head out to the nearest shop and try both of them."}, class: report.ClassBoilerplate, rule: rules.HTMLAside},
		{desc: "other text outside the main content", block: doc.Block{Region: "outside", LinkDensity: 0.1}, class: report.ClassOther, rule: rules.HTMLOutside},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			d := &doc.Doc{Format: "html", Meta: tc.meta, Blocks: []doc.Block{tc.block}}
			f := measure(tc.block.Text)
			class, rule, ok := htmlRule(d, 0, &f)
			if tc.undecided {
				if ok {
					t.Errorf("htmlRule = %s %s, want undecided", class, rule)
				}
				return
			}
			if !ok || class != tc.class || rule != tc.rule {
				t.Errorf("htmlRule = %s %s %v, want %s %s", class, rule, ok, tc.class, tc.rule)
			}
		})
	}
}
