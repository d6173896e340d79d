//go:build benchbrowser

package e2e

import (
	"encoding/base64"
	"fmt"
	"os"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/safi-app/safi/internal/ui/worker"
)

// TestBenchWorker times the analysis worker alone, as the page starts it
// (web/worker.js) but from a page that runs nothing else: the seed
// analysed again and again (OpAnalyze, as a paste asks), each with the
// worker's own engine time and the round trip from posting the request to
// its reply, then OpWarm's analyses in one loop (the engine time alone, as
// make bench-wasm's Analyze/seed times it under Node). SAFI_BENCH_RUNS sets
// the number of analyses (default 30), SAFI_WARM the warm-up's analyses
// before them (default 20, as the page asks; 0 shows a cold worker).
// Run it with go test -tags benchbrowser -run '^TestBenchWorker$' -v ./e2e
// (SAFI_DIST=DIR for another build); it is not part of make test.
func TestBenchWorker(t *testing.T) {
	tb := newBenchTab(t, 10*time.Minute)
	runs := 30
	if n, err := strconv.Atoi(os.Getenv("SAFI_BENCH_RUNS")); err == nil && n > 0 {
		runs = n
	}
	seed := []byte(readSeed(t))
	tb.run(chromedp.Navigate(origin + "/web/icon.svg"))
	tb.eval(`(() => {
		window.__msgs = [];
		const w = new Worker("/web/worker.js");
		w.onmessage = e => {
			const d = e.data, t = performance.now();
			let s = "";
			if (d instanceof Uint8Array) for (let i = 0; i < d.length; i += 8192) s += String.fromCharCode.apply(null, d.subarray(i, i + 8192));
			window.__msgs.push({t, b: btoa(s)});
		};
		window.__w = w;
		window.__post = (req, src) => {
			const dec = s => Uint8Array.from(atob(s), c => c.charCodeAt(0));
			const h = dec(req), in_ = dec(src);
			window.__t0 = performance.now();
			w.postMessage([h, in_], [h.buffer, in_.buffer]);
			return true;
		};
		return true;
	})()`, new(bool))
	b64 := base64.StdEncoding.EncodeToString
	type msg struct {
		T float64 `json:"t"`
		B string  `json:"b"`
	}
	next := 0
	// wait returns the reply to request id and the time from posting.
	wait := func(id int) (worker.Reply, float64) {
		deadline := time.Now().Add(2 * time.Minute)
		for time.Now().Before(deadline) {
			var msgs []msg
			tb.eval(fmt.Sprintf(`window.__msgs.slice(%d)`, next), &msgs)
			for _, m := range msgs {
				next++
				b, err := base64.StdEncoding.DecodeString(m.B)
				if err != nil {
					t.Fatal(err)
				}
				rep, err := worker.DecodeReply(b, seed)
				if err != nil {
					t.Fatalf("reply: %v", err)
				}
				if rep.ID == id && rep.Kind != worker.KindProgress {
					return rep, m.T - tb.num(`window.__t0`)
				}
			}
			time.Sleep(20 * time.Millisecond)
		}
		t.Fatalf("no reply to request %d", id)
		return worker.Reply{}, 0
	}
	post := func(q worker.Request) (worker.Reply, float64) {
		src := q.Src
		q.Src = nil
		tb.eval(fmt.Sprintf(`window.__post(%q, %q)`, b64(worker.AppendRequest(nil, &q)), b64(src)), new(bool))
		return wait(q.ID)
	}
	// The worker says "ready" first (ID 0, a progress reply).
	tb.waitJS(`window.__msgs.length > 0`, time.Minute)
	next = 1
	id := 0
	// The page's own warm-up: 20 analyses.
	warm := 20
	if n, err := strconv.Atoi(os.Getenv("SAFI_WARM")); err == nil {
		warm = n
	}
	if warm > 0 {
		id++
		post(worker.Request{ID: id, Op: worker.OpWarm, Seq: -1, Format: "text", Src: seed, Repeat: warm})
	}
	var engine, trip []float64
	for i := range runs {
		id++
		rep, ms := post(worker.Request{ID: id, Op: worker.OpAnalyze, Seq: i + 1, Format: "text", Src: seed})
		if rep.Kind != worker.KindOK {
			t.Fatalf("analysis %d: kind %v", i, rep.Kind)
		}
		engine = append(engine, rep.EngineMS)
		trip = append(trip, ms)
	}
	id++
	rep, _ := post(worker.Request{ID: id, Op: worker.OpWarm, Seq: -1, Format: "text", Src: seed, Repeat: runs})
	stat := func(v []float64) string {
		v = slices.Clone(v)
		slices.Sort(v)
		return fmt.Sprintf("min %6.2f  median %6.2f  max %6.2f ms", v[0], v[len(v)/2], v[len(v)-1])
	}
	fmt.Printf("\nworker alone (headless Chromium, site from %s), the seed, %d analyses:\n", distDir, runs)
	fmt.Printf("  OpAnalyze: engine in the worker        %s\n", stat(engine))
	fmt.Printf("  OpAnalyze: the first ten               %.1f\n", engine[:min(10, len(engine))])
	fmt.Printf("  OpAnalyze: request posted -> reply     %s\n", stat(trip))
	fmt.Printf("  OpWarm: %d analyses in one loop        %.2f ms each\n", runs, rep.EngineMS/float64(runs))
}
