package main

import (
	"bytes"
	"strings"
	"testing"
)

const sample = `goos: linux
pkg: github.com/safi-app/safi/internal/engine
BenchmarkRead/100KB-2     	     458	   2000000 ns/op	  50.00 MB/s	 100.0 cpuMB/s	 3.3 MBalloc/MB	 120.1 allocs/MB	  330000 B/op	      12 allocs/op
BenchmarkRead/1MB-2       	      46	  20000000 ns/op	  50.00 MB/s	 80.0 cpuMB/s	 3.3 MBalloc/MB	 17.05 allocs/MB	 3300000 B/op	      17 allocs/op
BenchmarkRead/10MB-2      	       3	 300000000 ns/op	  33.33 MB/s	 3.9 MBalloc/MB	 2.633 allocs/MB	33000000 B/op	      26 allocs/op
pkg: github.com/safi-app/safi/internal/extract/htmlread
BenchmarkRead/paragraphs=10-2 	 724	   3539715 ns/op	   2.16 MB/s	  242128 B/op	    2273 allocs/op
BenchmarkRead/1MB-2       	      46	  99000000 ns/op	  10.00 MB/s	 3300000 B/op	      17 allocs/op
PASS
`

func TestSummary(t *testing.T) {
	var out bytes.Buffer
	res, order, err := parse(strings.NewReader(sample), &out)
	if err != nil {
		t.Fatal(err)
	}
	if out.String() != sample {
		t.Error("input not copied to the output unchanged")
	}
	if got := res["engine.BenchmarkRead/1MB"]; got.nsOp != 20000000 || got.mbS != 50 || got.allocsMB != 17.05 || got.bOp != 3300000 {
		t.Errorf("engine 1MB = %+v", got)
	}
	if got := res["htmlread.BenchmarkRead/1MB"]; got.nsOp != 99000000 {
		t.Errorf("htmlread 1MB = %+v: packages mixed up", got)
	}
	var sum bytes.Buffer
	summarize(&sum, res, order)
	s := sum.String()
	for _, want := range []string{
		// wall ×10 but CPU ×12.5: the CPU figure decides.
		"engine.BenchmarkRead                    1MB     50.00     80.00           17     10.0    10.00    12.50    10.00  SUPERLINEAR",
		// no CPU figure at 10MB: wall time decides.
		"engine.BenchmarkRead                   10MB     33.33         -            3     10.0    15.00        -    10.00  SUPERLINEAR",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("summary lacks %q:\n%s", want, s)
		}
	}
	if strings.Contains(s, "paragraphs") {
		t.Errorf("summary lists a sub-benchmark that is not a size:\n%s", s)
	}
}

func TestSize(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		ok   bool
	}{{"100KB", 1e5, true}, {"1MB", 1e6, true}, {"2.5MB", 2.5e6, true}, {"seed", 0, false}, {"paragraphs=10", 0, false}}
	for _, tt := range tests {
		if got, ok := size(tt.in); got != tt.want || ok != tt.ok {
			t.Errorf("size(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}
