package benchdata

import (
	"bytes"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
)

// Sources are the real pages a benchmark paste is made of, in groups: the
// project's own pages (the seed and testdata/pages, Arabic, French and
// English aggregator and news pages), the development corpus's copies
// (dev/<id>/raw.txt) and the training corpus's (<dataset>/<id>/raw.txt).
// A group may be empty.
type Sources struct {
	Groups [][]string // file paths, per group
}

// FindSources lists the real pages under the repository's testdata folder
// and, when they exist (each may be ""), the shared corpus folder (its
// dev/*/raw.txt) and the unpacked training corpus (*/*/raw.txt). The
// training pages are put in an order drawn from a fixed seed, so that a
// paste of any size takes pages from each of its datasets and languages
// rather than the first dataset's; the others are in the order of their
// paths.
func FindSources(testdata, corpus, train string) (Sources, error) {
	var own []string
	if testdata != "" {
		own = append(own, filepath.Join(testdata, "seed.txt"))
		pages, err := filepath.Glob(filepath.Join(testdata, "pages", "*", "input.txt"))
		if err != nil {
			return Sources{}, err
		}
		own = append(own, pages...)
	}
	var dev, trn []string
	if corpus != "" {
		dev, _ = filepath.Glob(filepath.Join(corpus, "dev", "*", "raw.txt"))
	}
	if train != "" {
		trn, _ = filepath.Glob(filepath.Join(train, "*", "*", "raw.txt"))
		r := rand.New(rand.NewPCG(1, 0x5afe5afe5afe5afe))
		r.Shuffle(len(trn), func(i, j int) { trn[i], trn[j] = trn[j], trn[i] })
	}
	for _, g := range [][]string{own, dev} {
		slices.Sort(g)
	}
	s := Sources{}
	for _, g := range [][]string{own, dev, trn} {
		if len(g) > 0 {
			s.Groups = append(s.Groups, g)
		}
	}
	if len(s.Groups) == 0 {
		return s, fs.ErrNotExist
	}
	return s, nil
}

// Real returns a paste of real pages of about size bytes: one page from
// each group in turn (each group's pages in its order, starting over when
// they run out), separated by a blank line as pages pasted one after
// another, until the paste holds at least size bytes; it is then cut back
// to the end of the last whole line within size. Taking the groups in turn
// keeps the mixture the same at every size, so that a larger paste is more
// of the same kind of text, not a different kind.
func Real(size int, s Sources) ([]byte, error) {
	if len(s.Groups) == 0 {
		return nil, fs.ErrNotExist
	}
	buf := make([]byte, 0, size+64<<10)
	next := make([]int, len(s.Groups))
	cache := map[string][]byte{}
	for len(buf) < size {
		for g, files := range s.Groups {
			if len(buf) >= size {
				break
			}
			path := files[next[g]%len(files)]
			next[g]++
			page, ok := cache[path]
			if !ok {
				var err error
				if page, err = os.ReadFile(path); err != nil {
					return nil, err
				}
				page = bytes.TrimRight(page, "\n")
				cache[path] = page
			}
			if len(page) == 0 {
				continue
			}
			buf = append(buf, page...)
			buf = append(buf, "\n\n"...)
		}
		if len(buf) == 0 && allRead(next, s) {
			return nil, fs.ErrNotExist // every page is empty
		}
	}
	if len(buf) > size {
		cut := size
		if i := bytes.LastIndexByte(buf[:size], '\n'); i > 0 {
			cut = i + 1
		}
		buf = buf[:cut]
	}
	return buf, nil
}

// allRead reports whether every group's pages have each been taken once.
func allRead(next []int, s Sources) bool {
	for g, files := range s.Groups {
		if next[g] < len(files) {
			return false
		}
	}
	return true
}
