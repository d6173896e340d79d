package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/safi-app/safi/internal/devkit/testfiles"
)

// TestModelWhy opens a page of the dev corpus whose photo caption the
// learned block model removes (citylab-1: the rules kept it), and checks
// that the removed-blocks list says why in words, from the features that
// weighed most, as the CLI's report has them (noise[].why: caption, no-stop,
// among-links). The corpus is third-party data, never committed: the test
// is skipped without it ($SAFI_CORPUS, default ../shared/corpus).
func TestModelWhy(t *testing.T) {
	corpus := os.Getenv("SAFI_CORPUS")
	if corpus == "" {
		corpus = testfiles.Path("..", "shared", "corpus")
	}
	src, err := os.ReadFile(filepath.Join(corpus, "dev", "citylab-1", "source.html"))
	if err != nil {
		t.Skipf("no dev corpus (set SAFI_CORPUS): %v", err)
	}
	tb := newTab(t)
	tb.open()
	n0 := tb.analyses()
	tb.openFile("citylab.html", src)
	tb.waitAnalysed(n0)
	var got []string
	tb.eval(`Array.from(document.querySelectorAll('#removed span.rule[title="model.html"]')).map(e => e.textContent)`, &got)
	want := "the learned model (HTML): a caption, no full stop, among links"
	found := false
	for _, g := range got {
		found = found || strings.Contains(g, want)
	}
	if !found {
		t.Errorf("the removed list's model reasons %q lack %q", got, want)
	}
}
