// Package report defines Report, the one value Safi's engine produces: what
// `app analyze` prints as JSON and what the browser app renders.
//
// The JSON field names are an interface (documented in docs/report.md): change
// them only on purpose.
package report

// Classes a block can have.
const (
	ClassTicker      = "ticker"
	ClassBoilerplate = "boilerplate"
	ClassTitle       = "title"
	ClassByline      = "byline"
	ClassHeading     = "heading"
	ClassParagraph   = "paragraph"
	ClassOther       = "other"
)

// InArticle reports whether a block of class is part of the article's
// body: its paragraphs and headings. The article's assembly, the worker's
// block flags and the page's corrections all ask this one function.
func InArticle(class string) bool {
	return class == ClassParagraph || class == ClassHeading
}

// Report is the whole analysis of one input.
type Report struct {
	File      string    `json:"file,omitempty"` // set by `app analyze`: the file the report is of
	Language  string    `json:"language"`       // BCP 47 base tag of the article ("ar", "fr", "en", "und")
	Direction string    `json:"direction"`      // "rtl" or "ltr"
	Input     Input     `json:"input"`
	Article   Article   `json:"article"`
	Ticker    Ticker    `json:"ticker"`
	Blocks    []Block   `json:"blocks"`
	Noise     []Noise   `json:"noise"`
	Stats     StatsSet  `json:"stats"`
	Terms     []Term    `json:"terms"`
	Phrases   []Phrase  `json:"phrases"`
	Figures   []Figure  `json:"figures"`
	Dates     []Date    `json:"dates"`
	Quotes    []Quote   `json:"quotes"`
	Warnings  []Warning `json:"warnings"`
	Timing    *Timing   `json:"timing,omitempty"`

	// Readability grades the article with its language's formula; nil
	// (null) when the language has none or there is no article.
	Readability *Readability `json:"readability"`

	// Debug explains the analysis; only `app analyze --debug` fills it.
	Debug *Debug `json:"debug,omitempty"`
}

// Debug explains an analysis.
type Debug struct {
	// SkippedNumbers are the numbers of the article written in digits that
	// are not figures, each with the reason.
	SkippedNumbers []SkippedNumber `json:"skipped_numbers"`
}

// SkippedNumber is a number that is not a figure. Reason is one of "date"
// (part of a date), "code" (glued to letters, a time, a fraction, a
// version or a leading zero: 5G, 12:30, 1/2, 2.22.431, 0522), "year" (a
// year without a unit), "year-span", "score" (2-1), "label" (after a word
// that names by number: الدورة 24, رقم 8, page 45, art. 49.3, الـ60),
// "grade" (before one: 18 karat, 95 أوكتان), "time" (10 صباحا, 8 pm),
// "name" (a bare number right
// after a definite Arabic noun or a capitalised word: الطابق 3, Windows
// 10), "bare" (no unit, noun, scale word, qualifier or currency, and no
// count word before it: a list marker "3.", a table cell, code).
type SkippedNumber struct {
	Text   string `json:"text"`
	Reason string `json:"reason"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
}

// Input describes what was read.
type Input struct {
	Format      string `json:"format"` // "text" or "html"
	Bytes       int    `json:"bytes"`
	Runes       int    `json:"runes"`
	Lines       int    `json:"lines"`
	InvalidUTF8 int    `json:"invalid_utf8"` // invalid byte sequences, each read as U+FFFD
	BOM         bool   `json:"bom"`
	NUL         int    `json:"nul"`       // NUL bytes
	Binary      bool   `json:"binary"`    // input looks like binary data, not text
	Bidi        int    `json:"bidi"`      // bidi controls U+202A–202E, U+2066–2069, U+200E/F, U+061C
	Invisible   int    `json:"invisible"` // zero-width and other invisible characters (U+200B–200D, U+2060, U+FEFF inside text…)
	// OffsetsIn says what every start/end offset in the report counts bytes
	// of: "input" (the original bytes, for text) or "text" (the text
	// rendering of the HTML, for html input).
	OffsetsIn string `json:"offsets_in"`
}

// Article is the extracted article.
type Article struct {
	Title      string      `json:"title"`
	Source     string      `json:"source"`
	Author     string      `json:"author"`
	Published  string      `json:"published"` // ISO 8601 (date, or date and time), "" when unknown
	Text       string      `json:"text"`      // headings and paragraphs separated by blank lines; not the title
	Paragraphs []Paragraph `json:"paragraphs"`
}

// Paragraph is one heading or paragraph of the article body.
type Paragraph struct {
	Kind  string `json:"kind"` // "heading" or "paragraph"
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Ticker holds the headlines of the page's ticker lines.
type Ticker struct {
	Headlines []Headline `json:"headlines"`
}

// Headline is one ticker headline.
type Headline struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Block is one classified part of the input. Blocks tile the input: the
// first starts at 0, each ends where the next starts, the last ends at the
// input's length.
type Block struct {
	Class string `json:"class"`
	Rule  string `json:"rule"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Noise is a block left out of the article, with its text.
type Noise struct {
	Class string `json:"class"`
	Rule  string `json:"rule"`
	Text  string `json:"text"`
	// Why names what weighed most when the learned model removed the block
	// (rule "model.text" or "model.html"): keys such as "short", "links",
	// "far-from-article"; absent for the other rules.
	Why []string `json:"why,omitempty"`
}

// StatsSet holds statistics for the article, the whole page and the noise.
type StatsSet struct {
	Article Stats `json:"article"`
	Page    Stats `json:"page"`
	Noise   Stats `json:"noise"`
}

// Stats are text statistics of one text.
type Stats struct {
	Characters          int                `json:"characters"`
	CharactersNoSpaces  int                `json:"characters_no_spaces"`
	Letters             int                `json:"letters"`
	Words               int                `json:"words"`
	UniqueWords         int                `json:"unique_words"`
	Sentences           int                `json:"sentences"`
	Paragraphs          int                `json:"paragraphs"`
	Headings            int                `json:"headings"`
	AvgWordLength       float64            `json:"avg_word_length"`
	AvgSentenceWords    float64            `json:"avg_sentence_words"`
	TypeTokenRatio      float64            `json:"type_token_ratio"`
	ReadingTimeSeconds  float64            `json:"reading_time_seconds"`
	SpeakingTimeSeconds float64            `json:"speaking_time_seconds"`
	Scripts             map[string]float64 `json:"scripts"` // percent of non-space characters: arabic, latin, digits, other
	Language            string             `json:"language"`
	ParagraphLanguages  []string           `json:"paragraph_languages,omitempty"`
}

// Readability is the readability grade of the article: Score by Formula
// ("osman" for Arabic, El-Haj & Rayson 2016; "flesch" for English, Flesch
// 1948; "kandel-moles" for French, Kandel & Moles 1958), from the counts
// beside it. About 100 reads very easily, 60–70 plainly, under 30 hard.
type Readability struct {
	Formula      string  `json:"formula"`
	Score        float64 `json:"score"` // rounded to a tenth
	Words        int     `json:"words"`
	Sentences    int     `json:"sentences"`
	Syllables    int     `json:"syllables"`               // weighted for OSMAN: a long or stressed syllable counts two
	LongWords    int     `json:"long_words,omitempty"`    // OSMAN: words of more than five letters
	ComplexWords int     `json:"complex_words,omitempty"` // OSMAN: words of more than four syllables
	FaseehWords  int     `json:"faseeh_words,omitempty"`  // OSMAN: complex words with a mark of formal Arabic
}

// Term is a frequent word, with the surface forms grouped under it.
type Term struct {
	Term  string   `json:"term"`
	Count int      `json:"count"`
	Forms []string `json:"forms"`
}

// Phrase is a frequent two-word phrase.
type Phrase struct {
	Text  string `json:"text"`
	Count int    `json:"count"`
}

// Figure is a quantity the article reports.
type Figure struct {
	Value     float64 `json:"value"`
	Text      string  `json:"text"`
	Unit      string  `json:"unit"`
	Qualifier string  `json:"qualifier"`     // "exact", "more-than", "less-than", "approx", "range"
	Max       float64 `json:"max,omitempty"` // upper bound of a range
	Context   string  `json:"context"`
	Start     int     `json:"start"`
	End       int     `json:"end"`
}

// Date is a date the article mentions.
type Date struct {
	ISO       string `json:"iso"`
	Precision string `json:"precision"` // "day", "month", "year"
	Calendar  string `json:"calendar"`  // the calendar the text used: "gregorian" or "hijri"
	// Hijri is the date in the Hijri calendar, as the text gave it
	// ("1445-09-05", "1445-09", "1445"), when Calendar is "hijri"; ISO then
	// holds the Gregorian day it falls on (for a month or a year, the
	// Gregorian day it starts).
	Hijri string `json:"hijri,omitempty"`
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Quote is a quoted phrase and how often it appears.
type Quote struct {
	Text  string `json:"text"`
	Count int    `json:"count"`
}

// Warning is a message about the input for the user.
type Warning struct {
	Code    string `json:"code"` // stable: "empty", "whitespace-only", "no-article", "invalid-utf8", "binary", "nul", "bidi", "invisible", "html-unreadable", "html-streamed"
	Message string `json:"message"`
	// Places, for "bidi": where the displayed text holds an embedding,
	// override or isolate — "title", "source", "author", "heading:N",
	// "paragraph:N" (N counts the article's headings and paragraphs from
	// 1), "headline:N", "removed:N" (removed blocks but ticker), "more".
	Places []string `json:"places,omitempty"`
}

// Timing records how long each stage took, in milliseconds. It is set only
// on request, so that reports of the same input are otherwise identical.
type Timing struct {
	ReadMS     float64 `json:"read_ms"`
	ClassifyMS float64 `json:"classify_ms"`
	MeasureMS  float64 `json:"measure_ms"`
	TotalMS    float64 `json:"total_ms"`
}
