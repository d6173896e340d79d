package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// TestScreenshots writes full-page screenshots of the main screen with the
// seed page analysed, in English and Arabic, at 360 px and desktop width,
// into $SAFI_SCREENSHOTS (skipped when it is not set). They are for people
// to look at; the test only checks that the page never scrolls sideways.
func TestScreenshots(t *testing.T) {
	dir := os.Getenv("SAFI_SCREENSHOTS")
	if dir == "" {
		t.Skip("set SAFI_SCREENSHOTS=DIR to write screenshots")
	}
	shots := []struct {
		lang  string
		width int64
		dark  bool
	}{{"en", 360, false}, {"en", 1280, false}, {"ar", 360, false}, {"ar", 1280, false}, {"fr", 1280, false}, {"en", 1280, true}, {"ar", 360, true}}
	for _, sh := range shots {
		lang, width := sh.lang, sh.width
		name := fmt.Sprintf("%s-%d", lang, width)
		if sh.dark {
			name += "-dark"
		}
		{
			t.Run(name, func(t *testing.T) {
				tb := newTab(t)
				if sh.dark {
					if _, err := chromedp.Call(tb.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
						Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: "dark"}},
					}); err != nil {
						t.Fatal(err)
					}
				}
				if width < 600 {
					tb.run(chromedp.EmulateViewport(width, 800, chromedp.EmulateMobile))
				} else {
					tb.run(chromedp.EmulateViewport(width, 800))
				}
				tb.open()
				tb.run(chromedp.SetValue(chromedp.CSS("#lang"), lang))
				tb.eval(`document.getElementById("lang").dispatchEvent(new Event("change", {bubbles: true}))`, new(bool))
				n0 := tb.analyses()
				tb.run(chromedp.Click(chromedp.CSS("#example")))
				tb.waitAnalysed(n0)
				tb.eval(`document.querySelectorAll("details").forEach(d => d.open = true); true`, new(bool))
				tb.run(chromedp.Sleep(300 * time.Millisecond))
				var wide []string
				tb.eval(overflowJS, &wide)
				if len(wide) > 0 {
					t.Errorf("the page scrolls sideways at %d px: %q", width, wide)
				}
				png, err := chromedp.Run(tb.ctx, chromedp.FullScreenshot(90)) // JPEG at quality 90
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join(dir, "safi-"+name+".jpg"), png, 0o644); err != nil {
					t.Fatal(err)
				}
			})
		}
	}
}
