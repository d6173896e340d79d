package eval

import (
	"encoding/json"
	"errors"
	"hash/fnv"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// The validation split of the training corpus (../shared/corpus/train), fixed
// once so that every figure taken on it stays comparable:
//
//	a page is in the validation part when the FNV-1a 32-bit hash of its
//	site (meta.json "site", lower-cased, a leading "www." removed) is 0
//	modulo 4; every other page is in the training part.
//
// The split is by site, not by page, so that no site's templates are seen
// both in training and in validation: a model that learnt a site's menus by
// heart gains nothing on the validation part. About a quarter of the sites,
// and so about a quarter of the pages, are held out (430 of the 1,716 pages;
// docs/measuring.md gives the counts per dataset). Train and tune only on the
// training part.

// Split names.
const (
	SplitTrain = "train"
	SplitValid = "valid"
	SplitDev   = "dev" // the development corpus (../shared/corpus/dev), outside the split
)

// SplitOf returns the part of the training corpus a page of site is in:
// SplitValid or SplitTrain.
func SplitOf(site string) string {
	if siteHash(site)%4 == 0 {
		return SplitValid
	}
	return SplitTrain
}

// Folds is the number of folds the training part is cut into.
const Folds = 4

// FoldOf returns the fold, 1 to Folds, a training-part page of site is in,
// by the same hash as the split: (hash / 4) mod 4, plus one. Like the split
// it is by site, so that a rule that helps only on some folds shows it has
// learnt some sites rather than a general cause. A validation-part page has
// fold 0.
//
// The folds check the rules, which are written by hand and not fitted: the
// table gives each fold's F1 so that a change's effect can be read fold by
// fold (a change that helps one fold and costs another is fitted to the
// pages it was found on).
func FoldOf(site string) int {
	h := siteHash(site)
	if h%4 == 0 {
		return 0
	}
	return int(h/4%Folds) + 1
}

// FoldName names fold k in the split table: "fold1" to "fold4".
func FoldName(k int) string { return "fold" + strconv.Itoa(k) }

// siteHash is the FNV-1a 32-bit hash of site, lower-cased, a leading
// "www." removed.
func siteHash(site string) uint32 {
	s := strings.TrimPrefix(strings.ToLower(strings.TrimSpace(site)), "www.")
	h := fnv.New32a()
	h.Write([]byte(s))
	return h.Sum32()
}

// PageRef is one page of a labelled corpus: its folder and what meta.json
// says of it.
type PageRef struct {
	Dir     string // the page's folder: gold.txt, raw.txt, source.html, meta.json
	Dataset string // meta.json "dataset" (or "set"), else the parent folder's name
	ID      string // the folder's name
	Site    string // meta.json "site"
	Lang    string // meta.json "lang"
	Kind    string // meta.json "page_type" (or "kind")
	URL     string // meta.json "url", "" when unknown
	Split   string // SplitTrain or SplitValid by Site; SplitDev for LoadPages(dir, true)
	Fold    int    // FoldOf(Site) for a training-part page, 1 to Folds; else 0
}

// ErrNoCorpus is returned by LoadPages when the folder holds no page.
var ErrNoCorpus = errors.New("eval: no page with gold.txt")

// LoadPages lists the pages under root, sorted by dataset and id: the
// folders root/*/gold.txt (a flat corpus such as dev/) and
// root/*/*/gold.txt (a corpus of datasets such as train/). With dev set,
// every page's Split is SplitDev; otherwise it is SplitOf(site).
func LoadPages(root string, dev bool) ([]PageRef, error) {
	var golds []string
	for _, pat := range []string{"*/gold.txt", "*/*/gold.txt"} {
		g, err := filepath.Glob(filepath.Join(root, pat))
		if err != nil {
			return nil, err
		}
		golds = append(golds, g...)
	}
	var pages []PageRef
	for _, g := range golds {
		dir := filepath.Dir(g)
		p := PageRef{Dir: dir, ID: filepath.Base(dir), Dataset: filepath.Base(filepath.Dir(dir))}
		var m struct {
			Dataset  string  `json:"dataset"`
			Set      string  `json:"set"`
			Site     string  `json:"site"`
			Lang     string  `json:"lang"`
			PageType string  `json:"page_type"`
			Kind     string  `json:"kind"`
			URL      *string `json:"url"`
		}
		if raw, err := os.ReadFile(filepath.Join(dir, "meta.json")); err == nil {
			_ = json.Unmarshal(raw, &m) // a page without readable metadata keeps the defaults
		}
		switch {
		case dev:
			p.Dataset = SplitDev
		case m.Dataset != "":
			p.Dataset = m.Dataset
		case m.Set != "":
			p.Dataset = m.Set
		}
		p.Site, p.Lang, p.Kind = m.Site, m.Lang, m.PageType
		if m.URL != nil {
			p.URL = *m.URL
		}
		if p.Kind == "" {
			p.Kind = m.Kind
		}
		if p.Site == "" {
			p.Site = p.ID
		}
		if dev {
			p.Split = SplitDev
		} else {
			p.Split = SplitOf(p.Site)
			p.Fold = FoldOf(p.Site)
		}
		pages = append(pages, p)
	}
	if len(pages) == 0 {
		return nil, ErrNoCorpus
	}
	sort.Slice(pages, func(i, j int) bool {
		if pages[i].Dataset != pages[j].Dataset {
			return pages[i].Dataset < pages[j].Dataset
		}
		return pages[i].ID < pages[j].ID
	})
	return pages, nil
}
