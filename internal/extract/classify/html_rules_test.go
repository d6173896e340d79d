package classify

import (
	"testing"

	"github.com/safi-app/safi/internal/doc"
	"github.com/safi-app/safi/internal/report"
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
		{desc: "ticker container with headlines", block: doc.Block{Region: "ticker", Segments: seg}, class: report.ClassTicker, rule: RuleHTMLTicker},
		{desc: "ticker container of one run of text is left to the text rules", block: doc.Block{Region: "ticker", Segments: seg[:1]}, undecided: true},
		{desc: "title heading without page metadata", block: doc.Block{Region: "title"}, class: report.ClassTitle, rule: RuleHTMLTitle},
		{desc: "title heading repeating the metadata title", meta: doc.Meta{Title: "T"}, block: doc.Block{Region: "title"}, class: report.ClassOther, rule: RuleHTMLTitle},
		{desc: "byline", block: doc.Block{Region: "byline"}, class: report.ClassByline, rule: RuleHTMLByline},
		{desc: "heading in the main content", block: doc.Block{Region: "main", Heading: 2}, class: report.ClassHeading, rule: RuleHTMLHeading},
		{desc: "paragraph in the main content", block: doc.Block{Region: "main", Tag: "p"}, class: report.ClassParagraph, rule: RuleHTMLMain},
		{desc: "read-also link line in the main content", block: doc.Block{Region: "main", Text: "Read also: the budget vote", LinkDensity: 0.8}, class: report.ClassBoilerplate, rule: "boilerplate.read-also"},
		{desc: "read-also words without links stay", block: doc.Block{Region: "main", Text: "Read also the budget, he said.", LinkDensity: 0}, class: report.ClassParagraph, rule: RuleHTMLMain},
		{desc: "byline opener in the main content", block: doc.Block{Region: "main", Text: "By Ann Lee, Reuters"}, class: report.ClassByline, rule: RuleByline},
		{desc: "share row dropped inside the main content", block: doc.Block{Region: "share"}, class: report.ClassBoilerplate, rule: "html.main-dropped-share"},
		{desc: "nav landmark", block: doc.Block{Region: "outside", Landmarks: []string{"nav"}}, class: report.ClassBoilerplate, rule: RuleHTMLNav},
		{desc: "menu hint", block: doc.Block{Region: "outside", Hints: []string{"menu"}}, class: report.ClassBoilerplate, rule: RuleHTMLNav},
		{desc: "footer", block: doc.Block{Region: "outside", Landmarks: []string{"footer"}}, class: report.ClassBoilerplate, rule: RuleHTMLFooter},
		{desc: "header", block: doc.Block{Region: "outside", Hints: []string{"header"}}, class: report.ClassBoilerplate, rule: RuleHTMLHeader},
		{desc: "sidebar", block: doc.Block{Region: "outside", Hints: []string{"sidebar"}}, class: report.ClassBoilerplate, rule: RuleHTMLAside},
		{desc: "cookie banner, even in a header", block: doc.Block{Region: "outside", Hints: []string{"cookie", "header"}}, class: report.ClassBoilerplate, rule: RuleHTMLConsent},
		{desc: "newsletter box", block: doc.Block{Region: "outside", Hints: []string{"newsletter"}}, class: report.ClassBoilerplate, rule: RuleHTMLWidget},
		{desc: "links outside the main content", block: doc.Block{Region: "outside", LinkDensity: 0.9}, class: report.ClassBoilerplate, rule: RuleHTMLLinks},
		{desc: "other text outside the main content", block: doc.Block{Region: "outside", LinkDensity: 0.1}, class: report.ClassOther, rule: RuleHTMLOutside},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			d := &doc.Doc{Format: "html", Meta: tc.meta, Blocks: []doc.Block{tc.block}}
			class, rule, ok := htmlRule(d, 0)
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
