package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/safi-app/safi/internal/devkit/testfiles"
	"github.com/safi-app/safi/internal/engine"
	"github.com/safi-app/safi/internal/report/rules"
)

// TestModelWhy opens a dev-corpus page whose blocks the learned model
// removes and checks that the browser's removed-blocks list says why in
// words ("the learned model (HTML): no full stop, mostly links, among
// removed blocks"), exactly as app analyze's noise[].why does for the same
// page. Which blocks the model removes changes when it is retrained, and
// the model's verdicts stand only where they change enough of a page: the
// test takes the first dev page (by name; its source.html, then its
// raw.txt) on which the engine, run here as app analyze runs it, gives
// such reasons. The corpus is third-party data, never committed: the test
// is skipped without it ($SAFI_CORPUS, default ../shared/corpus).
func TestModelWhy(t *testing.T) {
	corpus := os.Getenv("SAFI_CORPUS")
	if corpus == "" {
		corpus = testfiles.Path("..", "shared", "corpus")
	}
	dirs, _ := filepath.Glob(filepath.Join(corpus, "dev", "*", "source.html"))
	if len(dirs) == 0 {
		t.Skipf("no dev corpus in %s (set SAFI_CORPUS)", corpus)
	}
	slices.Sort(dirs)
	var name, rule string
	var src []byte
	var want []string
	for _, f := range dirs {
		dir := filepath.Dir(f)
		for _, in := range []struct{ file, rule, ext string }{
			{"source.html", rules.ModelHTML, ".html"},
			{"raw.txt", rules.ModelText, ".txt"},
		} {
			b, err := os.ReadFile(filepath.Join(dir, in.file))
			if err != nil {
				continue
			}
			want = nil
			for _, n := range engine.Analyze(b, engine.Options{}).Noise {
				if n.Rule == in.rule && len(n.Why) > 0 {
					want = append(want, rules.NoiseText("en", n))
				}
			}
			if len(want) > 0 {
				name, rule, src = filepath.Base(dir)+in.ext, in.rule, b
				break
			}
		}
		if src != nil {
			break
		}
	}
	if src == nil {
		t.Fatalf("the model removes no block with reasons on any page of %s", filepath.Join(corpus, "dev"))
	}
	tb := newTab(t)
	tb.open()
	n0 := tb.analyses()
	tb.openFile(name, src)
	tb.waitAnalysed(n0)
	// The list shows its first blocks; "more" shows the rest.
	for range 100 {
		var n int
		tb.eval(`(() => { const b = document.getElementById("more-removed"); if (!b) return -1; const n = document.querySelectorAll("#removed li").length; b.click(); return n; })()`, &n)
		if n < 0 {
			break
		}
		tb.waitJS(fmt.Sprintf(`document.querySelectorAll("#removed li").length > %d`, n), 10*time.Second)
	}
	var got []string
	tb.eval(fmt.Sprintf(`Array.from(document.querySelectorAll('#removed span.rule[title="%s"]')).map(e => e.textContent)`, rule), &got)
	for _, w := range want {
		if !slices.ContainsFunc(got, func(g string) bool { return strings.Contains(g, w) }) {
			t.Errorf("%s: the removed list's model reasons %q lack %q, which app analyze gives", name, got, w)
		}
	}
}
