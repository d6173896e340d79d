package e2e

import (
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// sentBytes counts the body bytes the server sent per path, whoever asked:
// the page, the service worker or the analysis worker. CDP's Network events
// of a tab see only the page's own loads; the server sees every byte.
var sentBytes sync.Map // path → *atomic.Int64

// slowPaths, when set, makes the server send the bodies of paths with this
// suffix at about slowRate bytes a second, as a slow line does.
var (
	slowSuffix atomic.Value // string
	slowRate   atomic.Int64
)

func init() { slowSuffix.Store("") }

// resetSent forgets the counts.
func resetSent() {
	sentBytes.Range(func(k, _ any) bool { sentBytes.Delete(k); return true })
}

// sent returns the body bytes sent for path since the last resetSent.
func sent(path string) int64 {
	if v, ok := sentBytes.Load(path); ok {
		return v.(*atomic.Int64).Load()
	}
	return 0
}

type counting struct {
	http.ResponseWriter
	n    *atomic.Int64
	slow bool
}

func countingWriter(w http.ResponseWriter, r *http.Request) http.ResponseWriter {
	v, _ := sentBytes.LoadOrStore(r.URL.Path, new(atomic.Int64))
	suf := slowSuffix.Load().(string)
	return &counting{ResponseWriter: w, n: v.(*atomic.Int64), slow: suf != "" && strings.HasSuffix(r.URL.Path, suf)}
}

func (c *counting) Write(p []byte) (int, error) {
	written := 0
	for len(p) > 0 {
		chunk := p
		if c.slow && len(chunk) > 16<<10 {
			chunk = chunk[:16<<10]
		}
		n, err := c.ResponseWriter.Write(chunk)
		c.n.Add(int64(n))
		written += n
		if err != nil {
			return written, err
		}
		p = p[n:]
		if c.slow {
			if f, ok := c.ResponseWriter.(http.Flusher); ok {
				f.Flush()
			}
			if rate := slowRate.Load(); rate > 0 {
				time.Sleep(time.Duration(int64(n) * int64(time.Second) / rate))
			}
		}
	}
	return written, nil
}

func (c *counting) Flush() {
	if f, ok := c.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}
