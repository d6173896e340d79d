package engine_test

import (
	"fmt"
	"strings"

	"github.com/safi-app/safi/internal/engine"
)

// Analyze separates a pasted page into its ticker, its boilerplate and its
// article, and reads the title, author and date from the byline.
func ExampleAnalyze() {
	nbsp := strings.Repeat("\u00a0", 4) // the ticker's separator: runs of no-break spaces
	page := strings.Join([]string{
		"Markets rally after surprise rate cut" + nbsp + "Storm closes schools across the north" + nbsp +
			"Cup final moved to Sunday evening" + nbsp + "Fuel prices rise for a third week" + nbsp +
			"New bridge opens to traffic in May",
		"",
		"Millbrook opens its first public library in forty years",
		"By Jane Doe · March 3, 2021",
		"",
		"The town of Millbrook opened its first new public library in forty years on Wednesday, and more than two thousand people queued at the doors before the ribbon was cut.",
		"The building, a former textile mill on the river, holds about 60,000 books and a workshop where residents can borrow tools and learn to repair them.",
		"",
		"Click here to read the full story at the source.",
		"",
	}, "\n")

	r := engine.Analyze([]byte(page), engine.Options{})
	fmt.Println("title:", r.Article.Title)
	fmt.Println("author:", r.Article.Author, "| published:", r.Article.Published)
	fmt.Println("ticker headlines:", len(r.Ticker.Headlines))
	fmt.Println("first headline:", r.Ticker.Headlines[0].Text)
	for _, p := range r.Article.Paragraphs {
		fmt.Printf("%s: %s…\n", p.Kind, strings.Join(strings.Fields(p.Text)[:8], " "))
	}
	for _, n := range r.Noise {
		fmt.Printf("noise: %s (%s)\n", n.Class, n.Rule)
	}
	// Output:
	// title: Millbrook opens its first public library in forty years
	// author: Jane Doe | published: 2021-03-03
	// ticker headlines: 5
	// first headline: Markets rally after surprise rate cut
	// paragraph: The town of Millbrook opened its first new…
	// paragraph: The building, a former textile mill on the…
	// noise: ticker (ticker.space-run)
	// noise: boilerplate (boilerplate.read-at-source)
}
