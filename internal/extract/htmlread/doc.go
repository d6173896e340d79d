// Package htmlread turns an HTML page into a doc.Doc, the same block model
// the text reader produces, so that one pipeline classifies, assembles and
// measures both.
//
// The page is only parsed, never rendered or executed. Read renders the DOM
// to text the way a browser's innerText does — block elements on their own
// lines, a blank line around paragraphs, <br> as a line break, table cells
// separated by tabs and rows by line breaks — and that text is Doc.Src: every
// offset of an HTML doc counts bytes of the rendered text, not of the markup.
// Scripts, styles, templates, <noscript>, the head, comments and hidden
// elements (the hidden attribute, aria-hidden="true", display:none,
// visibility:hidden) render nothing.
//
// Each run of text between two line breaks forced by block elements is one
// doc.Block, carrying what the DOM said about it: the nearest block tag,
// its heading level, its link density, whether it sits in a list, hint words
// from the class, id and role of its ancestors, its landmark ancestors
// (<nav>, <header>, <footer>, <aside>, <article>, <main>, …), and, in
// Region, the verdict of a search for the page's main content modelled on
// Mozilla Readability's: paragraphs are scored (length, commas, class
// names) and their scores given to their ancestors; the best container,
// with its worthy siblings, is the main content ("main"), everything else
// is "outside"; inside it, the heading that repeats the title ("title"),
// the byline ("byline") and parts that are not article text — navigation,
// share rows, asides, footers, forms, link lists, galleries — are named by
// why they were dropped. If the content found is shorter than 500 runes,
// the search is retried without its class-name heuristics, as Readability
// does. A ticker container (hints ticker, marquee or breaking, made of short
// linked items) becomes one block whose links or items are its segments
// ("ticker").
//
// Input is UTF-8, as browsers hand pasted HTML over; a saved page that is
// not valid UTF-8 and declares windows-1256, ISO 8859-6, windows-1252 or
// ISO 8859-1 in its first bytes is decoded from that encoding.
//
// Nesting deeper than the parser's limit of 512 elements is flattened
// before parsing, and the DOM is walked without recursion, so deep,
// truncated or malformed pages give a doc; Read fails (ErrParse) only if
// the flattened page still cannot be parsed.
//
// Metadata — title, source, author, publication date, language — comes from
// JSON-LD, Open Graph and article meta tags, <time> and the <title>, the
// most specific source first.
//
// The DOM rules are data (rules.go, meta.go): what renders nothing, the
// landmarks, the class/id/role hints, what the content search drops from
// the main content and where the metadata is read are tables of named
// rules (html.remove.hidden, html.nav, html.hint.share,
// html.main-dropped-share, html.meta.json-ld, …), each a CSS selector that
// cascadia compiles, or the words of a hint, with the class it argues for
// and why; Rules lists them. The tree is read through goquery (the
// metadata, the data-table test); the hot loops of the renderer and the
// content search call the compiled selectors on each node. The streamed
// reader matches the same removal, landmark and hint tables on each start
// tag, so both paths name the same rules.
//
// Memory: a page is parsed through a filter that leaves out what nothing
// reads (comments, script and style code, most attributes), and its tree is
// consumed as it is rendered. A page over StreamAbove (4 MB) is not parsed
// into a tree at all: it is rendered as it is tokenized, with the same text
// on well-formed pages, but without the search for the main content (see
// StreamAbove for what that loses), so that its analysis stays within five
// times its size.
package htmlread
