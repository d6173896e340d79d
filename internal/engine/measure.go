package engine

import (
	"iter"
	"strconv"
	"strings"
	"sync"

	"github.com/safi-app/safi/internal/doc"
	"github.com/safi-app/safi/internal/extract/assemble"
	"github.com/safi-app/safi/internal/extract/htmlread"
	"github.com/safi-app/safi/internal/language/lang"
	"github.com/safi-app/safi/internal/measure/figures"
	"github.com/safi-app/safi/internal/measure/quotes"
	"github.com/safi-app/safi/internal/measure/readability"
	"github.com/safi-app/safi/internal/measure/stats"
	"github.com/safi-app/safi/internal/measure/terms"
	"github.com/safi-app/safi/internal/report"
)

// TopTerms is how many terms and phrases a report lists.
const TopTerms = 20

// measure turns an assembled article into the report: statistics, terms,
// figures, dates, quotes and warnings.
func measure(d *doc.Doc, a assemble.Result, debug bool) report.Report {
	f := d.Facts
	r := report.Report{
		Input: report.Input{
			Format: d.Format, Bytes: f.Bytes, Runes: f.Runes, Lines: f.Lines,
			InvalidUTF8: f.InvalidUTF8, BOM: f.BOM, NUL: f.NUL, Binary: f.Binary,
			Bidi: f.Bidi, Invisible: f.Invisible, OffsetsIn: "input",
		},
		Article: a.Article,
		Ticker:  a.Ticker,
		Blocks:  a.Blocks,
		Noise:   a.Noise,
	}
	if d.Format == "html" {
		r.Input.OffsetsIn = "text"
	}

	// Languages of the article, the page and the noise; the article's is
	// the report's, or the page's when there is no article.
	text := a.Article.Text
	masks, lined := blockSets(d, a)
	if !lined {
		masks = nil
	}
	articleLang, pageLang, noiseLang, paragraphLangs := languages(d, a, masks)
	r.Language = articleLang
	if text == "" {
		r.Language = pageLang
	}
	if d.Meta.Language != "" && r.Language == "und" {
		r.Language = d.Meta.Language
	}
	r.Direction = lang.Direction(r.Language)

	// Statistics of the article, the page and the noise: each block is
	// measured once, for every text it belongs to. On a large page they
	// take most of measure's time, and run while the terms, quotes,
	// figures and dates of the article are found, which do not need them.
	// On a small page they come first, and the words of the article they
	// find serve the terms and the readability grade.
	var statsDone sync.WaitGroup
	var spans []int32
	known, kept := false, false
	if doc.Splits(len(d.Blocks)) {
		statsDone.Go(func() {
			r.Stats.Article, r.Stats.Page, r.Stats.Noise, _, _, _ = measureStats(d, a, masks, articleLang, pageLang, noiseLang, false)
		})
	} else {
		var size int
		r.Stats.Article, r.Stats.Page, r.Stats.Noise, spans, size, known = measureStats(d, a, masks, articleLang, pageLang, noiseLang, true)
		// The article's text is its paragraphs joined by blank lines, the
		// text of the set of the article's parts.
		kept = known && size == len(text)
	}

	// Terms and quotes of the article.
	// The article's words, found once for the terms and the readability
	// grade, when the fast scanner knows every character of the text.
	if !kept {
		spans, known = stats.AppendWords(make([]int32, 0, len(text)/5), text)
	}
	if known {
		r.Terms, r.Phrases = terms.TopWords(text, spans, r.Language, TopTerms)
	} else {
		r.Terms, r.Phrases = terms.Top(text, r.Language, TopTerms)
	}
	r.Quotes = quotes.Find(text)

	// Figures and dates, paragraph by paragraph, with offsets into the input.
	if debug {
		r.Debug = &report.Debug{SkippedNumbers: []report.SkippedNumber{}}
	}
	for k, p := range a.Article.Paragraphs {
		b := &d.Blocks[a.ParagraphBlocks[k]]
		var figs []report.Figure
		var ds []report.Date
		if debug {
			var skipped []report.SkippedNumber
			figs, ds, skipped = figures.Explain(p.Text)
			starts, ends := d.Offsets(b), d.Offsets(b)
			for _, sk := range skipped {
				sk.Start, sk.End = starts.At(sk.Start), ends.At(sk.End)
				r.Debug.SkippedNumbers = append(r.Debug.SkippedNumbers, sk)
			}
		} else {
			figs, ds = figures.ExtractAll(p.Text) // figures.Extract and dates.Extract, reading the text once
		}
		// One walk of the paragraph for the starts and one for the ends
		// (each ascending), not one per offset.
		starts, ends := d.Offsets(b), d.Offsets(b)
		for _, fg := range figs {
			fg.Start, fg.End = starts.At(fg.Start), ends.At(fg.End)
			r.Figures = append(r.Figures, fg)
		}
		starts, ends = d.Offsets(b), d.Offsets(b)
		for _, dt := range ds {
			dt.Start, dt.End = starts.At(dt.Start), ends.At(dt.End)
			r.Dates = append(r.Dates, dt)
		}
	}

	// The warnings, while the statistics are counted (warnings reads the
	// article, the ticker and the noise, never the statistics the other
	// goroutine writes into r).
	r.Warnings = warnings(d, report.Report{Article: r.Article, Ticker: r.Ticker, Noise: r.Noise})
	statsDone.Wait()
	r.Stats.Article.ParagraphLanguages = paragraphLangs
	// The article's readability grade, from its counts of words and
	// sentences.
	if known {
		r.Readability = readability.OfWords(text, spans, r.Language, r.Stats.Article.Words, r.Stats.Article.Sentences)
	} else {
		r.Readability = readability.Of(text, r.Language, r.Stats.Article.Words, r.Stats.Article.Sentences)
	}

	ensureSlices(&r)
	return r
}

// The sets of stats.Sets measure runs on.
const (
	setArticle = iota
	setPage
	setNoise
)

// languages returns the languages of the article (its paragraphs and
// headings joined by blank lines), the page (every block with text), the
// noise (the blocks left out) and each of the article's paragraphs, as
// lang.Detect and stats.ParagraphLanguages give them for those texts. With
// masks (blockSets), from one pass over the blocks: each block's evidence
// is gathered once, for every text it belongs to.
func languages(d *doc.Doc, a assemble.Result, masks []stats.Mask) (article, page, noise string, paragraphs []string) {
	text := a.Article.Text
	if masks == nil || !plainParagraphs(a.Article.Paragraphs) {
		return lang.Detect(text), lang.DetectJoin(pageTexts(d), "\n\n"), lang.DetectJoin(noiseTexts(a.Noise), "\n\n"), stats.ParagraphLanguages(text)
	}
	// Each text is read as far as Detect reads it (lang.DetectBytes): on
	// a large page, the blocks past that are gathered only for the
	// languages of the article's paragraphs.
	var ae, pe, ne lang.Evidence
	for i := range d.Blocks {
		m := masks[i]
		if m == 0 {
			continue
		}
		b := blockEvidence{text: d.Blocks[i].Text}
		if m&(1<<setPage) != 0 {
			b.joinTo(&pe)
		}
		if m&(1<<setNoise) != 0 {
			b.joinTo(&ne)
		}
		if m&(1<<setArticle) != 0 {
			b.joinTo(&ae)
			switch t := b.text; {
			case strings.TrimSpace(t) == "":
			case len(t) > lang.DetectBytes:
				paragraphs = append(paragraphs, lang.Detect(t))
			default:
				e := b.evidence()
				paragraphs = append(paragraphs, e.Decide(single(t), "\n\n"))
			}
		}
	}
	article = ae.Decide(paragraphTexts(a.Article.Paragraphs), "\n\n")
	page = pe.Decide(pageTexts(d), "\n\n")
	noise = ne.Decide(noiseTexts(a.Noise), "\n\n")
	return article, page, noise, paragraphs
}

// blockEvidence is a block's text and its lang.Evidence, gathered once
// when a text it belongs to first needs it.
type blockEvidence struct {
	text     string
	e        lang.Evidence
	gathered bool
}

func (b *blockEvidence) evidence() lang.Evidence {
	if !b.gathered {
		b.e, b.gathered = lang.Gather(b.text), true
	}
	return b.e
}

// joinTo joins the block's text, as far as Detect reads it, to the texts
// joined by blank lines whose evidence e is.
func (b *blockEvidence) joinTo(e *lang.Evidence) {
	switch {
	case e.Full():
	case e.Fits(len(b.text), "\n\n"):
		e.Join(b.evidence(), "\n\n")
	default:
		e.JoinCut(b.text, "\n\n")
	}
}

// plainParagraphs reports whether the article's text, its paragraphs
// joined by blank lines, splits at its blank lines into exactly its
// paragraphs, as stats.ParagraphLanguages splits it: no paragraph holds a
// blank line or starts or ends with a line break.
func plainParagraphs(ps []report.Paragraph) bool {
	for _, p := range ps {
		t := p.Text
		if strings.Contains(t, "\n\n") || strings.HasPrefix(t, "\n") || strings.HasSuffix(t, "\n") {
			return false
		}
	}
	return true
}

// single yields text.
func single(text string) iter.Seq[string] {
	return func(yield func(string) bool) { yield(text) }
}

// paragraphTexts yields the texts of the article's paragraphs.
func paragraphTexts(ps []report.Paragraph) iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, p := range ps {
			if !yield(p.Text) {
				return
			}
		}
	}
}

// measureStats returns the statistics of the article (its paragraphs and
// headings joined by blank lines), the page (every block with text) and
// the noise (the blocks left out), each as stats.Of would give them for the
// joined text but the languages of the article's paragraphs, in languages
// the caller detected, from one pass over the blocks when masks, the sets
// each block belongs to (blockSets), are given. With words set, it also
// returns the words of the article's text as stats.AppendWords gives them,
// the length of that text, and ok, when the blocks were measured one after
// the other and the fast scanner took every paragraph (Sets.Words).
func measureStats(d *doc.Doc, a assemble.Result, masks []stats.Mask, articleLang, pageLang, noiseLang string, words bool) (article, page, noise report.Stats, spans []int32, size int, ok bool) {
	sets := stats.NewSets(articleLang, pageLang, noiseLang)
	sets.Reserve(len(d.Src))
	if words {
		// Room for a word in five bytes, about an Arabic text's.
		sets.KeepWords(setArticle, make([]int32, 0, len(a.Article.Text)/5))
	}
	if masks != nil {
		if doc.Splits(len(d.Blocks)) {
			sets.AddAll(len(d.Blocks), func(i int) (string, stats.Mask) { return d.Blocks[i].Text, masks[i] })
		} else {
			for i := range d.Blocks {
				sets.Add(d.Blocks[i].Text, masks[i])
			}
		}
	} else {
		// The blocks do not line up with the assembled texts: measure each
		// list as it is.
		for _, p := range a.Article.Paragraphs {
			sets.Add(p.Text, 1<<setArticle)
		}
		for t := range pageTexts(d) {
			sets.Add(t, 1<<setPage)
		}
		for _, n := range a.Noise {
			sets.Add(n.Text, 1<<setNoise)
		}
	}
	heads := 0
	for _, p := range a.Article.Paragraphs {
		if p.Kind == "heading" {
			heads++
		}
	}
	article = sets.Stats(setArticle, len(a.Article.Paragraphs)-heads, heads)
	page = sets.Stats(setPage, countNonEmpty(d), 0)
	noise = sets.Stats(setNoise, len(a.Noise), 0)
	spans, size, ok = sets.Words(setArticle)
	return article, page, noise, spans, size, ok
}

// blockSets returns, for each block, the sets its text belongs to: the
// page when it has text, the article when it is one of the article's
// paragraphs, the noise when it is one of the noise entries. It reports
// false when the blocks, in order, do not give exactly the article's
// paragraphs and the noise entries of a.
func blockSets(d *doc.Doc, a assemble.Result) ([]stats.Mask, bool) {
	if len(a.Blocks) != len(d.Blocks) {
		return nil, false
	}
	masks := make([]stats.Mask, len(d.Blocks))
	p, n := 0, 0
	for i := range d.Blocks {
		b := &d.Blocks[i]
		if b.Text != "" {
			masks[i] |= 1 << setPage
		}
		if p < len(a.ParagraphBlocks) && a.ParagraphBlocks[p] == i {
			if a.Article.Paragraphs[p].Text != b.Text {
				return nil, false
			}
			masks[i] |= 1 << setArticle
			p++
			continue
		}
		// Assemble lists a block as noise when it is not in the article,
		// not the title or a byline, and has text (a ticker even without).
		switch a.Blocks[i].Class {
		case report.ClassTitle, report.ClassByline:
			continue
		case report.ClassTicker:
		default:
			if b.Text == "" {
				continue
			}
		}
		if n == len(a.Noise) || a.Noise[n].Text != b.Text || a.Noise[n].Rule != a.Blocks[i].Rule {
			return nil, false
		}
		masks[i] |= 1 << setNoise
		n++
	}
	return masks, p == len(a.Article.Paragraphs) && n == len(a.Noise)
}

// pageTexts yields the texts of the blocks that have text: the parts of
// the page.
func pageTexts(d *doc.Doc) iter.Seq[string] {
	return func(yield func(string) bool) {
		for i := range d.Blocks {
			if t := d.Blocks[i].Text; t != "" && !yield(t) {
				return
			}
		}
	}
}

// noiseTexts yields the texts of the noise entries.
func noiseTexts(noise []report.Noise) iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, n := range noise {
			if !yield(n.Text) {
				return
			}
		}
	}
}

func countNonEmpty(d *doc.Doc) int {
	n := 0
	for i := range d.Blocks {
		if d.Blocks[i].Text != "" {
			n++
		}
	}
	return n
}

// warnings says what the user should know about the input, from d and the
// article, ticker and noise of r.
func warnings(d *doc.Doc, r report.Report) []report.Warning {
	var w []report.Warning
	add := func(code, msg string) { w = append(w, report.Warning{Code: code, Message: msg}) }
	f := d.Facts
	switch {
	case f.Bytes == 0:
		add("empty", "The input is empty: paste a page or open a file.")
	case countNonEmpty(d) == 0:
		add("whitespace-only", "The input holds only white space (spaces, tabs, line ends): there is nothing to analyse.")
	case f.Binary:
		add("binary", "The input looks like binary data, not text: the figures below describe its bytes read as text.")
	case len(r.Article.Paragraphs) == 0:
		add("no-article", "No article was found: every block looks like navigation, ticker or boilerplate. Statistics below are for the whole page.")
	}
	if f.Fallback != "" {
		add("html-unreadable", "The page could not be read as HTML ("+f.Fallback+"): it was read as plain text.")
	}
	if f.Streamed {
		add("html-streamed", "The page is more than "+FormatSize(int64(htmlread.StreamAbove))+" of HTML: it was read without building its document tree or searching for its main content, so the article was told from the rest by the text rules alone, which are less exact on HTML.")
	}
	if f.InvalidUTF8 > 0 {
		add("invalid-utf8", plural(f.InvalidUTF8, "invalid UTF-8 sequence was", "invalid UTF-8 sequences were")+" read as U+FFFD (�): the text may be in another encoding, such as Windows-1256 or Latin-1.")
	}
	if f.NUL > 0 && !f.Binary {
		add("nul", "The input holds "+plural(f.NUL, "NUL byte", "NUL bytes")+" (U+0000), kept as they are: they often come from a binary file or a broken copy.")
	}
	if f.Bidi > 0 {
		msg := plural(f.Bidi, "bidirectional control character", "bidirectional control characters") + " can make the text look different from what it is."
		places := BidiPlaces(r)
		if len(places) > 0 {
			names := make([]string, len(places))
			for i, p := range places {
				names[i] = PlaceName(p)
			}
			msg += " Embeddings, overrides and isolates are shown as markers such as ⟨U+202E⟩ in: " + strings.Join(names, ", ") + "."
		}
		w = append(w, report.Warning{Code: "bidi", Message: msg, Places: places})
	}
	if f.Invisible > 0 {
		add("invisible", "The input holds "+plural(f.Invisible, "invisible character", "invisible characters")+" (zero-width spaces, joiners, soft hyphens and similar): the text may not be what it looks like.")
	}
	return w
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// ensureSlices makes empty lists print as [] rather than null.
func ensureSlices(r *report.Report) {
	if r.Article.Paragraphs == nil {
		r.Article.Paragraphs = []report.Paragraph{}
	}
	if r.Ticker.Headlines == nil {
		r.Ticker.Headlines = []report.Headline{}
	}
	if r.Blocks == nil {
		r.Blocks = []report.Block{}
	}
	if r.Noise == nil {
		r.Noise = []report.Noise{}
	}
	if r.Terms == nil {
		r.Terms = []report.Term{}
	}
	if r.Phrases == nil {
		r.Phrases = []report.Phrase{}
	}
	if r.Figures == nil {
		r.Figures = []report.Figure{}
	}
	if r.Dates == nil {
		r.Dates = []report.Date{}
	}
	if r.Quotes == nil {
		r.Quotes = []report.Quote{}
	}
	if r.Warnings == nil {
		r.Warnings = []report.Warning{}
	}
}

// MaxPlaces is the most places a bidi warning names; a last place "more"
// stands for the rest.
const MaxPlaces = 12

// BidiControl reports whether r is a bidirectional embedding, override or
// isolate, or their terminator (U+202A–202E, U+2066–2069): the controls
// that reorder the text around them. The marks U+200E, U+200F and U+061C
// only set the direction of neutral characters next to them.
func BidiControl(r rune) bool {
	return (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069)
}

// hasBidiControl reports whether s holds a character BidiControl names:
// strings.ContainsFunc(s, BidiControl), from the bytes. They are E2 80 AA–AE
// and E2 81 A6–A9 in UTF-8, and E2 is never part of another character, so
// each is found from the E2 bytes (strings.IndexByte) without decoding the
// rest: on a paste of thousands of removed blocks, where the warning looks
// through every one, decoding each character took tens of milliseconds.
func hasBidiControl(s string) bool {
	for {
		i := strings.IndexByte(s, 0xE2)
		if i < 0 || i+2 >= len(s) {
			return false
		}
		switch b1, b2 := s[i+1], s[i+2]; {
		case b1 == 0x80 && b2 >= 0xAA && b2 <= 0xAE, b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9:
			return true
		}
		s = s[i+1:]
	}
}

// BidiPlaces returns where the report's displayed text holds a bidi
// control (issue 19, point 1), in reading order: "title", "source",
// "author", "heading:N" and "paragraph:N" (N counts the article's headings
// and paragraphs together, from 1), "headline:N" (the ticker's), and
// "removed:N" (the removed blocks that are not ticker); at most MaxPlaces,
// the last "more" when there are others.
func BidiPlaces(r report.Report) []string {
	var places []string
	has := hasBidiControl
	full := false
	add := func(p string) {
		if full {
			return
		}
		if len(places) == MaxPlaces {
			places[MaxPlaces-1] = "more"
			full = true
			return
		}
		places = append(places, p)
	}
	a := r.Article
	for _, f := range []struct{ name, text string }{{"title", a.Title}, {"source", a.Source}, {"author", a.Author}} {
		if has(f.text) {
			add(f.name)
		}
	}
	for i, p := range a.Paragraphs {
		if has(p.Text) {
			add(p.Kind + ":" + strconv.Itoa(i+1))
		}
	}
	for i, h := range r.Ticker.Headlines {
		if has(h.Text) {
			add("headline:" + strconv.Itoa(i+1))
		}
	}
	n := 0
	for _, b := range r.Noise {
		if b.Class == report.ClassTicker {
			continue
		}
		n++
		if has(b.Text) {
			add("removed:" + strconv.Itoa(n))
		}
	}
	return places
}

// PlaceName is a place of BidiPlaces in English words: "the title",
// "paragraph 3", "removed block 2".
func PlaceName(p string) string {
	kind, n, _ := strings.Cut(p, ":")
	switch kind {
	case "title", "source", "author":
		return "the " + kind
	case "more":
		return "and elsewhere"
	case "removed":
		return "removed block " + n
	}
	return kind + " " + n
}
