// Package doc holds the block model every reader produces and every later
// stage reads: a Doc is the text the offsets point into, cut into Blocks
// that tile it.
package doc

// Doc is one input cut into blocks.
type Doc struct {
	// Src is the text the offsets count bytes of: the original input for the
	// text reader, the rendered text for the HTML reader.
	Src []byte
	// Format is "text" or "html".
	Format string
	// Blocks tile Src: Blocks[0].Start == 0, each block ends where the next
	// starts, and the last ends at len(Src).
	Blocks []Block
	// Meta is metadata the reader found outside the blocks (HTML meta tags,
	// JSON-LD, <time>); empty for text.
	Meta Meta
	// Facts about the input, counted by the reader.
	Facts Facts
}

// Facts are counts the reader takes of its input.
type Facts struct {
	Bytes       int // bytes of the original input
	Runes       int
	Lines       int
	InvalidUTF8 int
	BOM         bool
	NUL         int
	Binary      bool
	Bidi        int
	Invisible   int
	// Fallback is why the HTML reader failed on an input the text reader
	// then read; empty otherwise.
	Fallback string
	// Streamed says that an HTML page too large for a parse tree was read
	// as a stream of tokens, without the search for its main content
	// (htmlread.StreamAbove).
	Streamed bool
}

// Meta is page metadata a reader found.
type Meta struct {
	Title     string
	Source    string
	Author    string
	Published string // ISO 8601
	Language  string
	// Discussion says that the page declares itself a discussion: a forum
	// thread, or a question and its answers (schema.org
	// DiscussionForumPosting, QAPage or Question in microdata or JSON-LD,
	// or a forum engine named by <meta name="generator">). Its replies are
	// then its content, where under an article they are comments.
	Discussion bool `json:",omitempty"`
}

// Block is one unit of the input: a line of pasted text, or an element's
// text for HTML.
type Block struct {
	// Start and End are byte offsets into Doc.Src: [Start, End) covers the
	// block and the blank space after it, so that blocks tile the input.
	Start, End int
	// TextStart and TextEnd delimit the block's content (no surrounding
	// space) in Doc.Src.
	TextStart, TextEnd int
	// Text is the block's content, cleaned: invalid UTF-8 as U+FFFD, no BOM,
	// trimmed.
	Text string

	// Class and Rule are set by classify: what the block is and the name of
	// the rule that decided it.
	Class string
	Rule  string
	// Why names, for a block the learned model decided (Rule "model.…"),
	// what weighed most: keys such as "short", "links", "far-from-article".
	Why []string

	// Segments are the headlines of a ticker block, with offsets into
	// Doc.Src.
	Segments []Segment

	// HTML holds what the HTML reader's element and its ancestors say of
	// the block; nil for text (Sig gives zero signals then). Blocks whose
	// elements say the same share one: it is not to be written. Out of
	// line, as a text paste holds a block a line (a 10 MB paste 153,000):
	// 72 bytes less a block.
	HTML *Signals

	// Signals from the HTML reader; zero for text.
	LinkDensity float64 // share of the text inside links
	// Region is the HTML reader's verdict from the page's structure: "main"
	// for a block inside the main content it found, "outside" for a block
	// outside it, or why a block inside it is not article text ("title",
	// "byline", "unlikely", "nav", "share", "aside", "footer", "form",
	// "heading", "link-dense", "list", "images", …). Empty for text.
	Region string
}

// Signals are what an HTML block's element and its ancestors say of it.
type Signals struct {
	Tag       string // nearest block-level tag: "p", "h2", "li", "td", …
	Heading   int    // 1–6 for h1–h6
	InList    bool
	Hints     []string // class/id/role hints: "nav", "ticker", "share", "related", …
	Landmarks []string // sectioning ancestors: "nav", "header", "footer", "aside", "article", "main", "form", "figure", …
}

// noSignals are the signals of a block without any (text).
var noSignals Signals

// Sig returns the block's HTML signals, zero ones when it has none. They
// may be shared with other blocks: not to be written.
func (b *Block) Sig() *Signals {
	if b.HTML != nil {
		return b.HTML
	}
	return &noSignals
}

// Segment is a part of a block with its offsets into Doc.Src.
type Segment struct {
	Text       string
	Start, End int
}
