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

// modelPages are dev-corpus pages where the learned block model removed
// blocks the rules kept, with its reasons (noise[].why), when the test was
// written. Which blocks the model removes changes when it is retrained, so
// the test takes the first of them on which the engine, run here as app
// analyze runs it, still gives reasons, and checks the browser against it.
var modelPages = []string{"citylab-1", "nytimes-1", "ars-1", "ebb-org", "nytimes-2", "wikipedia-4", "gmw", "ehow-1"}

// TestModelWhy opens a dev-corpus page whose blocks the learned model
// removes and checks that the browser's removed-blocks list says why in
// words ("the learned model (HTML): no full stop, mostly links, among
// removed blocks"), exactly as app analyze's noise[].why does for the same
// page. The corpus is third-party data, never committed: the test is
// skipped without it ($SAFI_CORPUS, default ../shared/corpus).
func TestModelWhy(t *testing.T) {
	corpus := os.Getenv("SAFI_CORPUS")
	if corpus == "" {
		corpus = testfiles.Path("..", "shared", "corpus")
	}
	var name string
	var src []byte
	var want []string
	for _, p := range modelPages {
		b, err := os.ReadFile(filepath.Join(corpus, "dev", p, "source.html"))
		if err != nil {
			t.Skipf("no dev corpus (set SAFI_CORPUS): %v", err)
		}
		want = nil
		for _, n := range engine.Analyze(b, engine.Options{}).Noise {
			if n.Rule == "model.html" && len(n.Why) > 0 {
				want = append(want, rules.NoiseText("en", n))
			}
		}
		if len(want) > 0 {
			name, src = p, b
			break
		}
	}
	if src == nil {
		t.Fatalf("the model removes no block with reasons on any of %v: pick pages where it does", modelPages)
	}
	tb := newTab(t)
	tb.open()
	n0 := tb.analyses()
	tb.openFile(name+".html", src)
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
	tb.eval(`Array.from(document.querySelectorAll('#removed span.rule[title="model.html"]')).map(e => e.textContent)`, &got)
	for _, w := range want {
		if !slices.ContainsFunc(got, func(g string) bool { return strings.Contains(g, w) }) {
			t.Errorf("%s: the removed list's model reasons %q lack %q, which app analyze gives", name, got, w)
		}
	}
}
