package classify

import (
	"math"
	"sort"
	"unicode"

	"github.com/safi-app/safi/internal/doc"

	"github.com/safi-app/safi/internal/report"
	"github.com/safi-app/safi/internal/report/rules"
)

// The learned block model (issue 15): after the rules, a small ensemble of
// gradient-boosted trees, trained by tools/train on the training part of
// ../shared/corpus/train (make train writes model_gen.go), reads each
// block's features (model_features.go, the rules' own verdict among them)
// and gives the odds that the block is article text; a two-state Viterbi
// pass over the blocks it decides then removes isolated flips, since an
// article is mostly one stretch of the page. Where the result differs from
// the rules' verdict, the model decides: the block carries rules.ModelText or
// rules.ModelHTML and Why names the two or three features that weighed most.
// Where the model agrees, the rule that named the block keeps its name.

// modelMinBlocks and modelMaxBlocks bound the non-empty blocks of a page
// the model decides: the pages it learnt from have dozens to hundreds
// (the training part's largest HTML page 1,749, its largest paste 2,276,
// on 2026-12-07). Beyond twice that, a page (a long report, a whole book)
// is unlike any it learnt from, and its verdicts, which the gate lets
// stand wholesale, are not to be trusted there.
const (
	modelMinBlocks = 8
	modelMaxBlocks = 5000
)

// Forest is a trained ensemble of complete binary trees of one depth, as
// make train writes it. Node k of a tree has its children at 2k+1 and 2k+2;
// a node whose Feat is Leaf is a leaf (its descendants are unused).
type Forest struct {
	Depth int
	Base  float32 // the log-odds before the first tree
	// Per node, all trees one after the other: the feature and threshold of
	// its split (go left when the feature is below Thr), and its value: the
	// leaf's output, or for a split node the output it would have as a leaf
	// (what the contributions of its split are measured from).
	Feat []uint8
	Thr  []float32
	Val  []float32
	// Switch is the Viterbi pass's cost, in log-odds, of going from article
	// to non-article or back between two blocks.
	Switch float32
	// Prior is what the rules' verdict weighs, in log-odds, added to the
	// trees' margin for the Viterbi pass: the model overrides the rules only
	// when it is surer than that.
	Prior float32
	// Gate is the least share of the words of the blocks the model decides
	// that its verdicts must change, on a page, to stand: below it the
	// rules' verdicts stand. The model is right where the rules missed much
	// of a page, and no better than they are a line here and there.
	Gate float32
}

// Emission returns the margin the Viterbi pass reads for a block of trees'
// margin mg that the rules put in (or not).
func (m *Forest) Emission(mg float32, rulesIn bool) float32 {
	if rulesIn {
		return mg + m.Prior
	}
	return mg - m.Prior
}

// Leaf marks a leaf in Forest.Feat.
const Leaf = 255

func (m *Forest) nodes() int { return 1<<(m.Depth+1) - 1 }

// Margin returns the log-odds that the block of features x is article text.
func (m *Forest) Margin(x []float32) float32 {
	s := m.Base
	per := m.nodes()
	for t := 0; t+per <= len(m.Feat); t += per {
		k := 0
		for {
			f := m.Feat[t+k]
			if f == Leaf {
				break
			}
			if x[f] < m.Thr[t+k] {
				k = 2*k + 1
			} else {
				k = 2*k + 2
			}
		}
		s += m.Val[t+k]
	}
	return s
}

// Contributions adds to contrib (by feature) how much each feature moved the
// margin of x along the paths the trees took (the sum of contrib and of the
// trees' root values plus Base is the margin).
func (m *Forest) Contributions(x []float32, contrib []float32) {
	per := m.nodes()
	for t := 0; t+per <= len(m.Feat); t += per {
		k := 0
		for {
			f := m.Feat[t+k]
			if f == Leaf {
				break
			}
			next := 2*k + 2
			if x[f] < m.Thr[t+k] {
				next = 2*k + 1
			}
			contrib[f] += m.Val[t+next] - m.Val[t+k]
			k = next
		}
	}
}

// Viterbi returns the most likely in/out sequence for blocks whose margins
// (log-odds of in) are given, when every change between in and out costs
// sw.
func Viterbi(margins []float32, sw float32) []bool {
	n := len(margins)
	out := make([]bool, n)
	if n == 0 {
		return out
	}
	// back[i] bit 0: the best path into state out at i came from in; bit 1:
	// the best path into in came from out.
	back := make([]uint8, n)
	lin, lout := logSig(margins[0]), logSig(-margins[0])
	for i := 1; i < n; i++ {
		ein, eout := logSig(margins[i]), logSig(-margins[i])
		var b uint8
		nout := lout
		if lin-sw > nout {
			nout, b = lin-sw, b|1
		}
		nin := lin
		if lout-sw > nin {
			nin, b = lout-sw, b|2
		}
		lin, lout, back[i] = nin+ein, nout+eout, b
	}
	in := lin > lout
	for i := n - 1; i >= 0; i-- {
		out[i] = in
		if in {
			in = back[i]&2 == 0
		} else {
			in = back[i]&1 != 0
		}
	}
	return out
}

// Decide returns the verdicts of a page's blocks that the model decides,
// given their emissions (Emission) and the rules' verdicts, on a page of
// nonEmpty non-empty blocks: the Viterbi pass's states, except that a page
// of fewer than modelMinBlocks non-empty blocks keeps the rules' verdicts
// (the model learnt from whole pages, not pastes of a paragraph or two), as
// does one of more than modelMaxBlocks, and
// so does a page the model would leave without an article the rules found.
// breaks (Breaks; nil for none) cut the sequence: the pass runs on each run
// of blocks between them on its own. words are the blocks' words
// (RowWords), which Gate weighs; nil for no gate.
func (m *Forest) Decide(emissions []float32, rulesIn, breaks []bool, words []float32, nonEmpty int) []bool {
	if nonEmpty < modelMinBlocks || nonEmpty > modelMaxBlocks {
		return rulesIn
	}
	states := make([]bool, 0, len(emissions))
	for from := 0; from < len(emissions); {
		to := from + 1
		for to < len(emissions) && (breaks == nil || !breaks[to]) {
			to++
		}
		states = append(states, Viterbi(emissions[from:to], m.Switch)...)
		from = to
	}
	rulesAny, modelAny := false, false
	for k := range states {
		rulesAny = rulesAny || rulesIn[k]
		modelAny = modelAny || states[k]
	}
	if rulesAny && !modelAny {
		return rulesIn
	}
	if m.Gate > 0 && words != nil {
		var changed, all float32
		for k, w := range words {
			all += w
			if states[k] != rulesIn[k] {
				changed += w
			}
		}
		if changed < m.Gate*all {
			return rulesIn
		}
	}
	return states
}

// RowWords is the words of a block, from its features (Inputs' row).
func RowWords(row []float32) float32 {
	return float32(math.Expm1(float64(row[fLogWords])))
}

// Breaks returns, for each block the model decides (decides[i], in order),
// whether the sequence pass starts afresh at it: whether a block the model
// does not decide and the rules hold out of the article (a teaser, a share
// or copyright line, a ticker line, a menu row) stands between it and the
// decided block before it. The pass must not carry the article across such
// a block: its verdict is certain, and the blocks on each side of it are
// not one stretch.
func Breaks(d *doc.Doc, decides []bool) []bool {
	var out []bool
	cut := false
	for i := range d.Blocks {
		b := &d.Blocks[i]
		switch {
		case decides[i]:
			out = append(out, cut)
			cut = false
		case b.Text != "" && !rulesIn(b) && b.Class != report.ClassTitle && b.Class != report.ClassByline:
			cut = true
		}
	}
	return out
}

// learntScript reports whether the page's letters are mostly of scripts
// the model learnt from. The training corpus has Latin, Greek, Cyrillic and
// Chinese pages but a single Arabic one: an Arabic page (more than a third
// of its first letters Arabic) is left to the rules, which were written for
// it.
func learntScript(d *doc.Doc) bool {
	arabic, letters := 0, 0
	for i := range d.Blocks {
		for _, r := range d.Blocks[i].Text {
			if r < 0x80 {
				if 'a' <= r|0x20 && r|0x20 <= 'z' {
					letters++
				}
				continue
			}
			if unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r) {
				arabic++
				letters++
			} else if unicode.IsLetter(r) {
				letters++
			}
		}
		if letters >= 4000 {
			break
		}
	}
	return arabic*3 <= letters
}

// logSig is log(sigmoid(x)), without overflow.
func logSig(x float32) float32 {
	if x < -30 {
		return x
	}
	return -float32(math.Log1p(math.Exp(-float64(x))))
}

// model runs the learned model on the blocks it decides and applies its
// verdicts where they differ from the rules'.
func (c *ctx) model() {
	m, rule := &textModel, rules.ModelText
	if c.d.Format == "html" {
		m, rule = &htmlModel, rules.ModelHTML
	}
	if len(m.Feat) == 0 {
		return
	}
	nonEmpty := 0
	for i := range c.d.Blocks {
		if c.d.Blocks[i].Text != "" {
			nonEmpty++
		}
	}
	if nonEmpty < modelMinBlocks || nonEmpty > modelMaxBlocks || !learntScript(c.d) {
		return
	}
	var at []int
	var margins, words []float32
	var in []bool
	// The features of the blocks where the trees disagree with the rules,
	// kept to say why.
	why := map[int][]string{}
	contrib := make([]float32, NumFeatures)
	c.eachInput(func(i int, row []float32) {
		ri := rulesIn(&c.d.Blocks[i])
		mg := m.Emission(m.Margin(row), ri)
		at = append(at, i)
		margins = append(margins, mg)
		words = append(words, RowWords(row))
		in = append(in, ri)
		if (mg > 0) != ri {
			clear(contrib)
			m.Contributions(row, contrib)
			why[i] = reasons(row, contrib, mg > 0)
		}
	})
	decides := make([]bool, len(c.d.Blocks))
	for _, i := range at {
		decides[i] = true
	}
	states := m.Decide(margins, in, Breaks(c.d, decides), words, nonEmpty)
	for k, i := range at {
		b := &c.d.Blocks[i]
		if states[k] == in[k] {
			continue
		}
		w, ok := why[i]
		if !ok || (margins[k] > 0) != states[k] {
			w = []string{WhySequence}
		}
		b.Why = w
		if states[k] {
			class := report.ClassParagraph
			if f := &c.f[i]; !f.endsStop && f.words <= 12 && !f.listItem {
				class = report.ClassHeading
			}
			c.set(i, class, rule)
		} else {
			c.set(i, report.ClassOther, rule)
		}
	}
}

// Why keys: what a feature says of a block, in words the UI translates
// (ui's ruleTexts under "why.<key>").
const (
	WhySequence = "sequence" // among blocks of the other kind: the Viterbi pass
)

// whyOf names, for a feature that weighed for the verdict, what the block's
// value of it says: the key when the value is low, and when it is high.
var whyOf = [numFeatures]struct {
	at        float32
	low, high string
}{
	fRulesIn:      {0.5, "rules-out", "rules-in"},
	fLogWords:     {2.5, "short", "long"}, // 2.5: about 11 words
	fWordLen:      {3.5, "short-words", "long-words"},
	fPunct:        {0.08, "little-punct", "much-punct"},
	fDigits:       {0.1, "few-digits", "many-digits"},
	fStops:        {0.2, "few-function-words", "function-words"},
	fNav:          {0.3, "", "nav-words"},
	fCaps:         {0.5, "few-caps", "many-caps"},
	fEndsStop:     {0.5, "no-stop", "ends-stop"},
	fLogRunes:     {4, "short", "long"},
	fListItem:     {0.5, "", "list-item"},
	fMenuLike:     {0.5, "", "menu-like"},
	fColon:        {0.5, "", "colon"},
	fQuestion:     {0.5, "", "question"},
	fTitleCase:    {0.5, "", "title-case"},
	fSymbolic:     {0.5, "", "symbolic"},
	fRepeated:     {0.5, "", "repeated"},
	fPosition:     {0.5, "page-top", "page-bottom"},
	fRegionIn:     {0.5, "outside-region", "inside-region"},
	fRegionDist:   {0.02, "near-article", "far-from-article"},
	fRelWords:     {0.3, "short", "long"},
	fWinIn:        {0.5, "among-noise", "among-article"},
	fWinWords:     {2.5, "among-short", "among-long"},
	fPrevIn:       {0.5, "among-noise", "among-article"},
	fPrevWords:    {2.5, "among-short", "among-long"},
	fPrevStops:    {0.2, "among-short", "among-prose"},
	fNextIn:       {0.5, "among-noise", "among-article"},
	fNextWords:    {2.5, "among-short", "among-long"},
	fNextStops:    {0.2, "among-short", "among-prose"},
	fPageIn:       {0.3, "", ""},
	fPageBlocks:   {4, "", ""},
	fClassPara:    {0.5, "", "rules-in"},
	fClassHeading: {0.5, "", "rules-in"},
	fClassBoiler:  {0.5, "", "rules-out"},
	fClassOther:   {0.5, "", "rules-out"},
	fRuleOutside:  {0.5, "", "outside-region"},
	fRuleRelated:  {0.5, "", "related"},
	fRuleCaption:  {0.5, "", "caption"},
	fRuleComments: {0.5, "", "comments"},
	fRuleMenuRun:  {0.5, "", "menu-like"},
	fRuleBetween:  {0.5, "", "among-article"},
	fRuleShort:    {0.5, "", "among-article"},
	fRuleWhole:    {0.5, "", ""},
	fHTML:         {0.5, "", ""},
	fLinks:        {0.4, "few-links", "links"},
	fHeading:      {0.5, "", "heading"},
	fInList:       {0.5, "", "in-list"},
	fTagP:         {0.5, "", "paragraph-tag"},
	fTagLi:        {0.5, "", "in-list"},
	fTagCell:      {0.5, "", "table"},
	fTagDiv:       {0.5, "", ""},
	fTagPre:       {0.5, "", "code"},
	fTagQuote:     {0.5, "", "quote"},
	fTagDef:       {0.5, "", "in-list"},
	fLandNav:      {0.5, "", "nav"},
	fLandHeader:   {0.5, "", "header"},
	fLandFooter:   {0.5, "", "footer"},
	fLandAside:    {0.5, "", "aside"},
	fLandArticle:  {0.5, "", "in-article-element"},
	fLandForm:     {0.5, "", "form"},
	fLandFigure:   {0.5, "", "caption"},
	fHintNav:      {0.5, "", "nav"},
	fHintShare:    {0.5, "", "share"},
	fHintRelated:  {0.5, "", "related"},
	fHintComment:  {0.5, "", "comments"},
	fHintAd:       {0.5, "", "ad"},
	fHintContent:  {0.5, "", "in-article-element"},
	fHintMeta:     {0.5, "", "meta"},
	fRegMain:      {0.5, "", "in-main"},
	fRegOutside:   {0.5, "", "outside-main"},
	fRegDropped:   {0.5, "", "dropped-from-main"},
	fPrevLinks:    {0.4, "", "among-links"},
	fNextLinks:    {0.4, "", "among-links"},
	fWinLinks:     {0.4, "", "among-links"},
	fDiscussion:   {0.5, "", "discussion"},
	fInBefore:     {0.98, "", "after-article"},
	fProseBefore:  {0.98, "", "after-article"},
}

// reasons returns the keys of up to three features that weighed most for
// the verdict in (contrib pushing the same way), each named once.
func reasons(row, contrib []float32, in bool) []string {
	type fw struct {
		f int
		w float32
	}
	var ws []fw
	for f, w := range contrib {
		if !in {
			w = -w
		}
		if w > 0 {
			ws = append(ws, fw{f, w})
		}
	}
	sort.Slice(ws, func(a, b int) bool {
		if ws[a].w != ws[b].w {
			return ws[a].w > ws[b].w
		}
		return ws[a].f < ws[b].f
	})
	var keys []string
	for _, x := range ws {
		d := whyOf[x.f]
		key := d.low
		if row[x.f] >= d.at {
			key = d.high
		}
		if key == "" || containsStr(keys, key) {
			continue
		}
		keys = append(keys, key)
		if len(keys) == 3 {
			break
		}
	}
	return keys
}

func containsStr(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
