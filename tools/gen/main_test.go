package main

import "testing"

func TestParseSize(t *testing.T) {
	tests := []struct {
		desc, in string
		want     int
		bad      bool
	}{
		{desc: "decimal megabytes", in: "10MB", want: 10_000_000},
		{desc: "decimal kilobytes", in: "100KB", want: 100_000},
		{desc: "binary mebibytes", in: "1MiB", want: 1 << 20},
		{desc: "fraction", in: "2.5M", want: 2_500_000},
		{desc: "bytes", in: "1234", want: 1234},
		{desc: "lower case and spaces", in: " 3 kb ", want: 3000},
		{desc: "not a number", in: "big", bad: true},
		{desc: "negative", in: "-1MB", bad: true},
	}
	for _, tt := range tests {
		got, err := parseSize(tt.in)
		if (err != nil) != tt.bad || got != tt.want {
			t.Errorf("%s: parseSize(%q) = %d, %v; want %d (error %v)", tt.desc, tt.in, got, err, tt.want, tt.bad)
		}
	}
}
