package classify

import (
	"strings"
	"testing"

	"github.com/safi-app/safi/internal/doc"
	"github.com/safi-app/safi/internal/report/rules"
)

func TestHTMLEnds(t *testing.T) {
	// prose is a paragraph of 60 words that weighs proseCap.
	prose := strings.Repeat("The council said that the new bridge over the river would open in the spring, and that the work on the roads around it was on time. ", 2)
	comment := "I drove over the old bridge every day for years and I am glad that they are finally building a new one for us."
	main := func(text string) doc.Block {
		return doc.Block{Region: "main", Text: text, HTML: &doc.Signals{Tag: "p"}}
	}
	after := rules.HTMLAfterArticle
	for _, tc := range []struct {
		desc   string
		meta   doc.Meta
		blocks []doc.Block
		want   []string // the rule of each block
	}{
		{
			desc:   "a comments header after the article ends it",
			blocks: []doc.Block{main(prose), main(prose), main("Leave a Reply"), main(comment), main(comment)},
			want:   []string{rules.HTMLMain, rules.HTMLMain, after, after, after},
		},
		{
			desc:   "a tag line after the article ends it",
			blocks: []doc.Block{main(prose), main(prose), main("Tags: bridge, council, roads"), main(comment)},
			want:   []string{rules.HTMLMain, rules.HTMLMain, after, after},
		},
		{
			desc:   "before two paragraphs of prose, a comments header ends nothing",
			blocks: []doc.Block{main(prose), main("Leave a Reply"), main(comment)},
			want:   []string{rules.HTMLMain, rules.HTMLMain, rules.HTMLMain},
		},
		{
			desc: "a comment form the reader dropped ends the article too",
			blocks: []doc.Block{main(prose), main(prose),
				{Region: "form", Text: "Leave a Reply", HTML: &doc.Signals{Tag: "label"}}, main(comment)},
			want: []string{rules.HTMLMain, rules.HTMLMain, rules.HTMLMainDropped + "form", after},
		},
		{
			desc:   "on a discussion page the replies are the content",
			meta:   doc.Meta{Discussion: true},
			blocks: []doc.Block{main(prose), main(prose), main("Leave a Reply"), main(comment)},
			want:   []string{rules.HTMLMain, rules.HTMLMain, rules.HTMLMain, rules.HTMLMain},
		},
		{
			desc: "blocks outside the main content are left to the reader's rules",
			blocks: []doc.Block{main(prose), main(prose), main("Leave a Reply"),
				{Region: "outside", Text: comment, HTML: &doc.Signals{Hints: []string{"comment"}}}, main(comment)},
			want: []string{rules.HTMLMain, rules.HTMLMain, after, rules.HTMLWidget, after},
		},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			d := &doc.Doc{Format: "html", Meta: tc.meta, Blocks: tc.blocks}
			runRules(d)
			for i, b := range d.Blocks {
				if b.Rule != tc.want[i] {
					t.Errorf("block %d (%.20q): rule %s, want %s", i, b.Text, b.Rule, tc.want[i])
				}
			}
		})
	}
}
