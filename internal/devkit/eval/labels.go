package eval

import (
	"strings"
)

// Block labels from the gold: which of a page's blocks are article text.
//
// The rule, for each block the reader made (the text reader's lines of
// raw.txt, or the HTML reader's elements):
//
//   - a block of NGram tokens or more is in when at least LabelShare of its
//     own token 4-gram shingles occur in the gold's shingles (as a set);
//   - a shorter block (a heading, a date, a one-word line) is in when its
//     whole token sequence occurs in the gold and the nearest long block
//     after it, or else before it, is in: a short line is judged by the
//     article it stands next to, so that a menu word that happens to occur
//     in the article ("Home", "Share") stays out;
//   - a block without tokens is out (it adds nothing to any score).
//
// Labels as a prediction (the in blocks joined) score the ceiling a block
// classifier can reach with these blocks: LabelText.

// LabelShare is the share of a long block's shingles that must be in the
// gold for the block to be in.
const LabelShare = 0.5

// Labels returns, for each block text, whether it is in the gold.
func Labels(blocks []string, gold string) []bool {
	shares := Shares(blocks, gold)
	out := make([]bool, len(blocks))
	for i, v := range shares {
		out[i] = v >= LabelShare
	}
	return out
}

// Shares returns, for each block text, the share of its shingles found in
// the gold (the number Labels compares with LabelShare): for a long block
// the share of its NGram shingles, for a short one 1 or 0 by the rule of
// short blocks (the nearest long block's label), 0 for a block without
// tokens.
func Shares(blocks []string, gold string) []float64 {
	gt := Tokens(gold)
	grams := make(map[string]bool, 4*len(gt))
	for n := 1; n <= NGram; n++ {
		for i := 0; i+n <= len(gt); i++ {
			grams[strings.Join(gt[i:i+n], sep)] = true
		}
	}
	out := make([]float64, len(blocks))
	ntok := make([]int, len(blocks))
	short := make([]bool, len(blocks)) // a short block whose tokens occur in the gold
	for i, b := range blocks {
		t := Tokens(b)
		ntok[i] = len(t)
		switch {
		case len(t) == 0:
		case len(t) < NGram:
			short[i] = grams[strings.Join(t, sep)]
		default:
			hit := 0
			for k := 0; k+NGram <= len(t); k++ {
				if grams[strings.Join(t[k:k+NGram], sep)] {
					hit++
				}
			}
			out[i] = float64(hit) / float64(len(t)-NGram+1)
		}
	}
	for i := range blocks {
		if !short[i] {
			continue
		}
		next := -1
		for j := i + 1; j < len(blocks); j++ {
			if ntok[j] >= NGram {
				next = j
				break
			}
		}
		if next < 0 {
			for j := i - 1; j >= 0; j-- {
				if ntok[j] >= NGram {
					next = j
					break
				}
			}
		}
		if next >= 0 && out[next] >= LabelShare {
			out[i] = 1
		}
	}
	return out
}

// LabelText joins the blocks labelled in, as the article text they make.
func LabelText(blocks []string, in []bool) string {
	var b strings.Builder
	for i, t := range blocks {
		if !in[i] {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(t)
	}
	return b.String()
}
