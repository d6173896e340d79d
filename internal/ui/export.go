package ui

import (
	"bytes"
	"encoding/json"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/safi-app/safi/internal/export"
	"github.com/safi-app/safi/internal/report"
)

// ReportJSON returns the report as the CLI prints it: indented, with HTML
// characters left as they are.
func ReportJSON(r report.Report) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	enc.Encode(r) // a Report always encodes
	return b.Bytes()
}

// FiguresCSV returns the figures as CSV, as export.FiguresCSV writes them
// (the CLI's format): a header row, then one row per figure.
func FiguresCSV(figs []report.Figure) []byte {
	return []byte(export.FiguresCSV(report.Report{Figures: figs}))
}

// formatRaw formats a value the way machines read it: "3137", "84000.5".
func formatRaw(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// exportName returns the file name of an export: safi-<what>.<ext>.
func exportName(what, ext string) string { return "safi-" + what + "." + ext }

func (p *Page) exportView(lang string) app.UI {
	return section("export", T(lang, "section.export"),
		div("toolbar",
			button("export-json", "btn", T(lang, "export.json"), p.exportJSON),
			button("export-csv", "btn", T(lang, "export.csv"), p.exportCSV),
			button("export-md", "btn", T(lang, "export.md"), p.exportMD),
		),
	)
}

func (p *Page) exportJSON(ctx app.Context, e app.Event) {
	if p.run.sess != nil {
		p.saveFile(exportName("report", "json"), "application/json", ReportJSON(p.run.sess.Report))
	}
}

func (p *Page) exportCSV(ctx app.Context, e app.Event) {
	if p.run.sess != nil {
		// A UTF-8 BOM so that spreadsheets read Arabic correctly.
		p.saveFile(exportName("figures", "csv"), "text/csv;charset=utf-8", append([]byte("\uFEFF"), FiguresCSV(p.run.sess.Report.Figures)...))
	}
}

func (p *Page) exportMD(ctx app.Context, e app.Event) {
	if p.run.sess != nil {
		p.saveFile(exportName("article", "md"), "text/markdown;charset=utf-8", []byte(export.ArticleMarkdown(p.run.sess.Report)))
	}
}

func (p *Page) saveFile(name, mime string, data []byte) {
	if err := download(name, mime, data); err != nil {
		p.run.errMsg = Tf(p.lang, "export.failed", err.Error())
	}
}
