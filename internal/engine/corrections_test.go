package engine

import (
	"reflect"
	"testing"
)

func TestCorrectionsWithin(t *testing.T) {
	tests := []struct {
		desc string
		corr Corrections
		n    int
		want Corrections
	}{
		{"nil", nil, 3, Corrections{}},
		{"all kept", Corrections{0: true, 2: false}, 3, Corrections{0: true, 2: false}},
		{"past the end and negative dropped", Corrections{-1: true, 1: false, 3: true, 9: false}, 3, Corrections{1: false}},
		{"no blocks", Corrections{0: true}, 0, Corrections{}},
	}
	for _, tc := range tests {
		got := tc.corr.Within(tc.n)
		if got == nil || !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: Within(%d) = %v, want %v", tc.desc, tc.n, got, tc.want)
		}
	}
	// The result is a new map: changing it leaves the corrections as they were.
	c := Corrections{0: true}
	c.Within(1)[0] = false
	if !c[0] {
		t.Error("Within returned the same map")
	}
}
