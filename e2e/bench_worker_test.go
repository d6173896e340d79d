//go:build benchbrowser

package e2e

import (
	"bytes"
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
// its reply, then OpWarm's analyses in one loop (at most worker.MaxWarm;
// the engine time alone, as make bench-wasm's Analyze/seed times it under
// Node). SAFI_BENCH_RUNS sets
// the number of analyses (default 30), SAFI_WARM the warm-up's analyses
// before them (default 20, as the page asks; 0 shows a cold worker),
// SAFI_ALL=1 prints every analysis's engine time in order.
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
	stageAt := map[string]float64{} // when each progress reply of the request arrived
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
				if rep.ID == id && rep.Kind == worker.KindProgress {
					stageAt[rep.Stage] = m.T
				}
				if rep.ID == id && rep.Kind != worker.KindProgress {
					stageAt["reply"] = m.T
					return rep, m.T - tb.num(`window.__t0`)
				}
			}
			time.Sleep(20 * time.Millisecond)
		}
		t.Fatalf("no reply to request %d", id)
		return worker.Reply{}, 0
	}
	send := func(q worker.Request) {
		src := q.Src
		q.Src = nil
		tb.eval(fmt.Sprintf(`window.__post(%q, %q)`, b64(worker.AppendRequest(nil, &q)), b64(src)), new(bool))
	}
	post := func(q worker.Request) (worker.Reply, float64) {
		send(q)
		return wait(q.ID)
	}
	// The worker says "ready" first (ID 0, a progress reply).
	tb.waitJS(`window.__msgs.length > 0`, time.Minute)
	next = 1
	id := 0
	// The page's own warm-up: 20 analyses.
	if os.Getenv("SAFI_RACE") != "" {
		// The page's warm-up, and the seed pasted at once, as make
		// bench-browser's first paste after load: it waits for the
		// warm-up's analysis under way.
		id++
		send(worker.Request{ID: id, Op: worker.OpWarm, Seq: -1, Format: "text", Src: seed, Repeat: 20})
		id++
		rep, ms := post(worker.Request{ID: id, Op: worker.OpAnalyze, Seq: 999, Format: "text", Src: seed})
		fmt.Printf("  seed posted right after the warm-up: engine %.1f ms, round trip %.1f ms\n", rep.EngineMS, ms)
	}
	if n, err := strconv.Atoi(os.Getenv("SAFI_PRIME")); err == nil && n > 0 {
		// A first analysis of the seed's first n bytes (cut at a line end).
		cut := seed[:min(n, len(seed))]
		if i := bytes.LastIndexByte(cut, '\n'); i > 0 {
			cut = cut[:i+1]
		}
		id++
		rep, ms := post(worker.Request{ID: id, Op: worker.OpAnalyze, Seq: 1000, Format: "text", Src: cut})
		fmt.Printf("  first analysis, %d bytes: engine %.1f ms, round trip %.1f ms\n", len(cut), rep.EngineMS, ms)
	}
	warm := 20
	if n, err := strconv.Atoi(os.Getenv("SAFI_WARM")); err == nil {
		warm = n
	}
	if warm > 0 {
		id++
		post(worker.Request{ID: id, Op: worker.OpWarm, Seq: -1, Format: "text", Src: seed, Repeat: warm})
	}
	var engine, trip, read, classify, measure []float64
	for i := range runs {
		id++
		clear(stageAt)
		rep, ms := post(worker.Request{ID: id, Op: worker.OpAnalyze, Seq: i + 1, Format: "text", Src: seed})
		if rep.Kind != worker.KindOK {
			t.Fatalf("analysis %d: kind %v", i, rep.Kind)
		}
		engine = append(engine, rep.EngineMS)
		trip = append(trip, ms)
		if _, ok := stageAt["reading"]; ok { // none for an input under 128 KB
			read = append(read, stageAt["classifying"]-stageAt["reading"])
			classify = append(classify, stageAt["measuring"]-stageAt["classifying"])
			measure = append(measure, stageAt["reply"]-stageAt["measuring"])
		}
	}
	id++
	// The worker runs at most worker.MaxWarm analyses for one OpWarm.
	loop := min(runs, worker.MaxWarm)
	rep, _ := post(worker.Request{ID: id, Op: worker.OpWarm, Seq: -1, Format: "text", Src: seed, Repeat: loop})
	stat := func(v []float64) string {
		if len(v) == 0 {
			return "(no progress replies)"
		}
		v = slices.Clone(v)
		slices.Sort(v)
		return fmt.Sprintf("min %6.2f  median %6.2f  max %6.2f ms", v[0], v[len(v)/2], v[len(v)-1])
	}
	fmt.Printf("\nworker alone (headless Chromium, site from %s), the seed, %d analyses:\n", distDir, runs)
	fmt.Printf("  OpAnalyze: engine in the worker        %s\n", stat(engine))
	fmt.Printf("  OpAnalyze: the first ten               %.1f\n", engine[:min(10, len(engine))])
	if os.Getenv("SAFI_ALL") != "" {
		fmt.Printf("  OpAnalyze: all, in order               %.1f\n", engine)
	}
	fmt.Printf("  OpAnalyze: request posted -> reply     %s\n", stat(trip))
	fmt.Printf("  … read (progress replies' arrival)     %s\n", stat(read))
	fmt.Printf("  … classify                             %s\n", stat(classify))
	fmt.Printf("  … measure, to the reply                %s\n", stat(measure))
	fmt.Printf("  OpWarm: %d analyses in one loop        %.2f ms each\n", loop, rep.EngineMS/float64(loop))
}
