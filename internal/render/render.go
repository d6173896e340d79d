// Package render turns a report into text for people: the article as plain
// text, a Markdown summary, and the figures as CSV. The CLI and the browser
// app's exports share it.
package render

import (
	"fmt"
	"strings"

	"github.com/safi-app/safi/internal/report"
)

// Text returns the article only: the title, a blank line, the body.
func Text(r report.Report) string {
	var b strings.Builder
	if r.Article.Title != "" {
		b.WriteString(r.Article.Title)
		b.WriteString("\n\n")
	}
	if r.Article.Text != "" {
		b.WriteString(r.Article.Text)
		b.WriteString("\n")
	}
	return b.String()
}

// Markdown returns a readable summary of the report.
func Markdown(r report.Report) string {
	var b strings.Builder
	title := r.Article.Title
	if title == "" {
		title = "Untitled"
	}
	fmt.Fprintf(&b, "# %s\n\n", mdEscape(title))
	var meta []string
	if r.Article.Source != "" {
		meta = append(meta, "Source: "+mdEscape(r.Article.Source))
	}
	if r.Article.Author != "" {
		meta = append(meta, "Author: "+mdEscape(r.Article.Author))
	}
	if r.Article.Published != "" {
		meta = append(meta, "Published: "+r.Article.Published)
	}
	if len(meta) > 0 {
		b.WriteString(strings.Join(meta, " · "))
		b.WriteString("\n\n")
	}
	for _, p := range r.Article.Paragraphs {
		if p.Kind == "heading" {
			fmt.Fprintf(&b, "## %s\n\n", mdEscape(p.Text))
		} else {
			fmt.Fprintf(&b, "%s\n\n", mdEscape(p.Text))
		}
	}
	if n := len(r.Ticker.Headlines); n > 0 {
		fmt.Fprintf(&b, "---\n\n## Ticker (%d headlines)\n\n", n)
		for _, h := range r.Ticker.Headlines {
			fmt.Fprintf(&b, "- %s\n", mdEscape(h.Text))
		}
		b.WriteString("\n")
	}
	if len(r.Noise) > 0 {
		b.WriteString("## Removed\n\n")
		for _, n := range r.Noise {
			if n.Class == report.ClassTicker {
				continue
			}
			fmt.Fprintf(&b, "- %s (%s): %s\n", n.Class, n.Rule, mdEscape(short(n.Text, 120)))
		}
		b.WriteString("\n")
	}
	return b.String()
}

// ArticleMarkdown returns the article alone as Markdown.
func ArticleMarkdown(r report.Report) string {
	var b strings.Builder
	if r.Article.Title != "" {
		fmt.Fprintf(&b, "# %s\n\n", mdEscape(r.Article.Title))
	}
	for _, p := range r.Article.Paragraphs {
		if p.Kind == "heading" {
			fmt.Fprintf(&b, "## %s\n\n", mdEscape(p.Text))
		} else {
			fmt.Fprintf(&b, "%s\n\n", mdEscape(p.Text))
		}
	}
	return b.String()
}

// mdEscape escapes the characters that would start Markdown syntax.
func mdEscape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "<", `\<`, "#", `\#`)
	return r.Replace(s)
}

func short(s string, n int) string {
	rs := []rune(s)
	if len(rs) <= n {
		return s
	}
	return string(rs[:n]) + "…"
}
