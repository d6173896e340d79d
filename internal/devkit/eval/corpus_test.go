package eval

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"testing"
)

// sharedDir is where the project's shared folder lies beside the repository.
const sharedDir = "../../../shared"

// TestCorpusMatchesScorePy scores every page of the development corpus with
// its raw text as the prediction (the keep-everything baseline), here and
// with score.py, and wants the same figures bit for bit. It needs the
// corpus, score.py and python3, and skips without them: the project's own
// tests never depend on third-party data.
func TestCorpusMatchesScorePy(t *testing.T) {
	script := filepath.Join(sharedDir, "eval", "score.py")
	corpus := filepath.Join(sharedDir, "corpus", "dev")
	if _, err := os.Stat(script); err != nil {
		t.Skipf("no score.py (%v)", err)
	}
	pages, _ := filepath.Glob(filepath.Join(corpus, "*", "gold.txt"))
	if len(pages) == 0 {
		t.Skipf("no corpus under %s", corpus)
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("no python3")
	}
	sort.Strings(pages)
	type pair struct {
		Gold string `json:"gold"`
		Pred string `json:"pred"`
	}
	var pairs []pair
	var rs []Result
	for _, g := range pages {
		dir := filepath.Dir(g)
		gold, err1 := os.ReadFile(g)
		pred, err2 := os.ReadFile(filepath.Join(dir, "raw.txt"))
		if err1 != nil || err2 != nil {
			continue
		}
		pairs = append(pairs, pair{g, filepath.Join(dir, "raw.txt")})
		rs = append(rs, Compare(string(gold), string(pred)))
	}
	in, _ := json.Marshal(pairs)
	const prog = `
import importlib.util, json, sys
spec = importlib.util.spec_from_file_location('score', sys.argv[1])
s = importlib.util.module_from_spec(spec); spec.loader.exec_module(s)
counts, exact = [], []
for p in json.load(sys.stdin):
    g = open(p['gold'], encoding='utf-8').read()
    r = open(p['pred'], encoding='utf-8', errors='replace').read()
    counts.append(s.page_counts(g, r)); exact.append(s.tokens(g) == s.tokens(r))
json.dump({'counts': counts, 'set': s.aggregate(counts, exact)}, sys.stdout)
`
	cmd := exec.Command(python, "-c", prog, script)
	stdin, err := os.CreateTemp(t.TempDir(), "pairs")
	if err != nil {
		t.Fatal(err)
	}
	stdin.Write(in)
	stdin.Seek(0, 0)
	cmd.Stdin = stdin
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("score.py: %v", err)
	}
	var py struct {
		Counts [][3]float64 `json:"counts"`
		Set    struct {
			N                               int
			Precision, Recall, F1, Accuracy float64
		} `json:"set"`
	}
	if err := json.Unmarshal(out, &py); err != nil {
		t.Fatalf("score.py output: %v", err)
	}
	if len(py.Counts) != len(rs) {
		t.Fatalf("score.py scored %d pages, Go %d", len(py.Counts), len(rs))
	}
	for i, r := range rs {
		c := py.Counts[i]
		if r.TP != c[0] || r.FP != c[1] || r.FN != c[2] {
			t.Errorf("%s: counts %v/%v/%v, score.py %v", pairs[i].Gold, r.TP, r.FP, r.FN, c)
		}
	}
	got := Aggregate(rs)
	if got.N != py.Set.N || got.Precision != py.Set.Precision || got.Recall != py.Set.Recall ||
		got.F1 != py.Set.F1 || got.Accuracy != py.Set.Accuracy {
		t.Errorf("Aggregate = %+v, score.py %+v", got, py.Set)
	}
	t.Logf("%d pages, keep-everything baseline: P %.3f R %.3f F1 %.3f", got.N, got.Precision, got.Recall, got.F1)
}
