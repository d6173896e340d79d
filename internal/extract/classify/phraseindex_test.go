package classify

import (
	"strings"
	"testing"
	"unicode"
)

// refIsByline is isByline opener by opener: the reference.
func refIsByline(f *features) bool {
	if f.folded == "" || f.words > 25 || f.endsStop && f.words > 12 {
		return false
	}
	for _, o := range bylineOpeners {
		if strings.HasPrefix(f.folded, o) && (strings.HasSuffix(o, " ") || boundaryAt(f.folded, len(o))) {
			return true
		}
	}
	return false
}

// refIsDateline is isDateline agency by agency: the reference.
func refIsDateline(f *features) bool {
	if f.folded == "" || f.words > 6 || f.endsStop {
		return false
	}
	for _, a := range agencies {
		if !containsWord(f.folded, a) {
			continue
		}
		bare := strings.TrimFunc(f.folded, func(r rune) bool { return !unicode.IsLetter(r) })
		if bare == a || strings.Contains(f.folded, "("+a+")") || strings.HasSuffix(f.folded, "- "+a) || strings.HasSuffix(f.folded, "– "+a) {
			return true
		}
	}
	return false
}

// checkPhrases checks the indexed phrase rules against the phrase-by-phrase
// ones on text, and on text with its folded form given as is (so that
// invalid UTF-8 reaches them).
func checkPhrases(t *testing.T, text string) {
	t.Helper()
	f := measure(text)
	raw := f
	raw.folded = text
	for _, f := range []features{f, raw} {
		if f.words > foldLimit {
			continue
		}
		r1, c1, ok1 := matchPhrases(&f)
		r2, c2, ok2 := matchPhrasesSlow(&f)
		if r1 != r2 || c1 != c2 || ok1 != ok2 {
			t.Errorf("matchPhrases(%q) = %q, %q, %v; phrase by phrase %q, %q, %v", f.folded, r1, c1, ok1, r2, c2, ok2)
		}
		if got, want := isByline(&f), refIsByline(&f); got != want {
			t.Errorf("isByline(%q) = %v, want %v", f.folded, got, want)
		}
		if got, want := isDateline(&f), refIsDateline(&f); got != want {
			t.Errorf("isDateline(%q) = %v, want %v", f.folded, got, want)
		}
	}
}

// phraseTexts are the phrases of the rules, the byline openers and the
// agencies, each alone and in the contexts that test word boundaries.
func phraseTexts() []string {
	var ps []string
	for _, r := range phraseRules {
		ps = append(ps, r.phrases...)
		ps = append(ps, r.also...)
	}
	ps = append(ps, bylineOpeners...)
	ps = append(ps, agencies...)
	var texts []string
	for _, p := range ps {
		for _, form := range []string{"%s", "x%s", "%sx", "a %s", "%s b", "a %s b", "(%s)", "- %s", "– %s", "%s.", "ab%s cd", "%s\xff", "\xff%s", "%s%s", "a, %s: b", "Le %s", "%s ١"} {
			texts = append(texts, strings.ReplaceAll(form, "%s", p))
		}
		if len(p) > 2 {
			texts = append(texts, p[:len(p)-1], p[1:], strings.ToUpper(p))
		}
	}
	return texts
}

func TestPhraseIndex(t *testing.T) {
	for _, text := range phraseTexts() {
		checkPhrases(t, text)
	}
	for _, tc := range wordCases {
		checkPhrases(t, tc.text)
	}
	// Phrases with another rule's also phrase, across lengths.
	checkPhrases(t, "We use cookies to improve your experience. Accept all")
	checkPhrases(t, strings.Repeat("word ", 50)+"cookies and privacy policy")
	checkPhrases(t, strings.Repeat("word ", 35)+"all rights reserved")
}

func FuzzPhraseIndex(f *testing.F) {
	for i, text := range phraseTexts() {
		if i%10 == 0 {
			f.Add(text)
		}
	}
	f.Fuzz(checkPhrases)
}

// refIsCaption is isCaption searching and folding the whole text: the
// reference.
func refIsCaption(text string) bool {
	if len(text) > captionMax {
		return false
	}
	t := strings.TrimSpace(text)
	if strings.HasSuffix(t, ")") {
		if i := strings.LastIndex(t, "("); i > 0 && endsWithStop(strings.TrimSpace(t[:i])) {
			return true
		}
	}
	if i := strings.LastIndex(t, ". "); i > 0 && len(t)-i < 60 {
		tail := fold(t[i+2:])
		for _, p := range captionOpeners {
			if strings.HasPrefix(tail, p) {
				return true
			}
		}
	}
	if i := strings.LastIndexByte(t, '/'); i > 0 && len(t)-i < 40 && t[i-1] != ' ' {
		tail := fold(t[i+1:])
		for _, a := range creditAgencies {
			if tail == a {
				return true
			}
		}
	}
	l := fold(prefix(t, 48))
	for _, p := range captionOpeners {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

// captionTexts are captions and near misses.
func captionTexts() []string {
	texts := []string{"", " ", ".", "/", ". ", "a/b", " /x"}
	heads := []string{"", "The station at dawn. ", "Photo ", strings.Repeat("word ", 12) + ". ", "Ana Ruiz", "\u00a0", "C\u0327", "و\u064e\u0654", "ا\u0653", "أ", "إ", "صـ"}
	var tails []string
	tails = append(tails, captionOpeners...)
	tails = append(tails, creditAgencies...)
	for _, p := range append(captionOpeners, creditAgencies...) {
		tails = append(tails, strings.ToUpper(p), " "+p, "x"+p, p+" Ana Ruiz")
	}
	for _, h := range heads {
		for _, tl := range tails {
			texts = append(texts, h+tl, h+"/"+tl, h+"Ruiz/"+tl, h+". "+tl, h+"(credit "+tl+")", tl+" (AFP)", strings.Repeat("x", 40)+". "+tl)
		}
	}
	return texts
}

func TestIsCaptionAgrees(t *testing.T) {
	for _, text := range append(captionTexts(), phraseTexts()...) {
		if got, want := isCaption(text), refIsCaption(text); got != want {
			t.Errorf("isCaption(%q) = %v, want %v", text, got, want)
		}
	}
}

func FuzzIsCaption(f *testing.F) {
	for i, text := range captionTexts() {
		if i%20 == 0 {
			f.Add(text)
		}
	}
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := isCaption(text), refIsCaption(text); got != want {
			t.Errorf("isCaption(%q) = %v, want %v", text, got, want)
		}
	})
}
