package worker

import (
	"bytes"
	"runtime/metrics"
	"slices"
	"testing"

	"github.com/safi-app/safi/internal/devkit/benchdata"
)

// TestProgress: an analysis of progressFrom bytes or more reports each
// stage as it starts; a smaller one (the example page: TestServer) none.
func TestProgress(t *testing.T) {
	for _, size := range []int{progressFrom, progressFrom - 1} {
		src := benchdata.Paste(size, 1) // cut at a line end: made size again with blank lines
		src = append(src, bytes.Repeat([]byte{'\n'}, size-len(src))...)
		var s Server
		var stages []string
		rep := s.Handle(Request{ID: 1, Op: OpAnalyze, Seq: 1, Src: src}, func(r Reply) {
			if r.Kind != KindProgress || r.ID != 1 || r.Seq != 1 {
				t.Errorf("progress reply: kind %d id %d seq %d", r.Kind, r.ID, r.Seq)
			}
			stages = append(stages, r.Stage)
		})
		if rep.Kind != KindOK {
			t.Fatalf("%d bytes: kind %d (%s)", size, rep.Kind, rep.Message)
		}
		want := []string{"reading", "classifying", "measuring"}
		if size < progressFrom {
			want = nil
		}
		if !slices.Equal(stages, want) {
			t.Errorf("%d bytes: progress %q, want %q", size, stages, want)
		}
	}
}

func TestNearTrigger(t *testing.T) {
	const kb, mb = 1 << 10, 1 << 20
	for _, c := range []struct {
		objects, live, goal, reserve uint64
		want                         bool
	}{
		// The example page's heap: 2.5 MB live, the 4 MB goal.
		{objects: 2.5 * mb, live: 2.5 * mb, goal: 4 * mb, reserve: 400 * kb, want: false},
		{objects: 3.25 * mb, live: 2.5 * mb, goal: 4 * mb, reserve: 400 * kb, want: true},
		// A large paste's heap has room for a small analysis, not a large one.
		{objects: 40 * mb, live: 40 * mb, goal: 80 * mb, reserve: 400 * kb, want: false},
		{objects: 40 * mb, live: 40 * mb, goal: 80 * mb, reserve: 27 * mb, want: true},
		{objects: 1 * mb, live: 4 * mb, goal: 4 * mb, reserve: 0, want: true},
	} {
		if got := nearTrigger(c.objects, c.live, c.goal, c.reserve); got != c.want {
			t.Errorf("nearTrigger(%d, %d, %d, %d) = %v, want %v", c.objects, c.live, c.goal, c.reserve, got, c.want)
		}
	}
}

// TestTidy: after a warm-up, Tidy leaves room for another analysis of the
// same input, so that the next one runs without a collection.
func TestTidy(t *testing.T) {
	s := Server{warmSrc: seed(t), warmFormat: "text", warmLeft: 3}
	for s.Warming() {
		if err := s.WarmOne(); err != nil {
			t.Fatal(err)
		}
	}
	if s.lastAlloc == 0 {
		t.Fatal("WarmOne counted no allocation")
	}
	s.Tidy()
	m := [...]metrics.Sample{
		{Name: "/memory/classes/heap/objects:bytes"},
		{Name: "/gc/heap/live:bytes"},
		{Name: "/gc/heap/goal:bytes"},
	}
	metrics.Read(m[:])
	if nearTrigger(m[0].Value.Uint64(), m[1].Value.Uint64(), m[2].Value.Uint64(), s.lastAlloc) {
		t.Errorf("after Tidy: heap %d, live %d, goal %d: no room for %d bytes", m[0].Value.Uint64(), m[1].Value.Uint64(), m[2].Value.Uint64(), s.lastAlloc)
	}
}
