package main

import (
	"encoding/json"
	"regexp"
	"testing"
)

// tiny is a profile of root → a → b and root → c, sampled b, b, c, a, b.
const tiny = `{"nodes":[
 {"id":1,"callFrame":{"functionName":"(root)"},"children":[2,4]},
 {"id":2,"callFrame":{"functionName":"a"},"children":[3]},
 {"id":3,"callFrame":{"functionName":"wasm-function[1]"}},
 {"id":4,"callFrame":{"functionName":"c"}}],
 "samples":[3,3,4,2,3]}`

func TestSummarise(t *testing.T) {
	var p profile
	if err := json.Unmarshal([]byte(tiny), &p); err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile
	tests := []struct {
		desc                string
		cum                 bool
		within, open, close *regexp.Regexp
		kept                int
		want                map[string]int
	}{
		{desc: "self", kept: 5, want: map[string]int{"b": 3, "c": 1, "a": 1}},
		{desc: "cum", cum: true, kept: 5, want: map[string]int{"(root)": 5, "a": 4, "b": 3, "c": 1}},
		{desc: "within", within: re("^a$"), kept: 4, want: map[string]int{"b": 3, "a": 1}},
		{desc: "window", open: re("^c$"), close: re("^b$"), kept: 2, want: map[string]int{"c": 1, "a": 1}},
	}
	for _, tt := range tests {
		s := summarise(&p, []string{"", "b"}, tt.cum, tt.within, tt.open, tt.close)
		got := map[string]int{}
		for _, f := range s.funcs {
			got[f.name] = f.n
		}
		if s.kept != tt.kept || len(got) != len(tt.want) {
			t.Errorf("%s: kept %d, counts %v; want %d, %v", tt.desc, s.kept, got, tt.kept, tt.want)
			continue
		}
		for k, v := range tt.want {
			if got[k] != v {
				t.Errorf("%s: %s = %d, want %d", tt.desc, k, got[k], v)
			}
		}
	}
}
