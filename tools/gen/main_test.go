package main

import (
	"bytes"
	"testing"

	"github.com/safi-app/safi/internal/extract/htmlread"
)

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

func TestHTMLPaste(t *testing.T) {
	tests := []struct {
		desc string
		size int
		seed uint64
	}{
		{desc: "small page", size: 10_000, seed: 1},
		{desc: "several stories", size: 200_000, seed: 7},
	}
	for _, tt := range tests {
		got := htmlPaste(tt.size, tt.seed)
		if len(got) < tt.size {
			t.Errorf("%s: %d bytes, want at least %d", tt.desc, len(got), tt.size)
		}
		if again := htmlPaste(tt.size, tt.seed); !bytes.Equal(got, again) {
			t.Errorf("%s: two runs with seed %d differ", tt.desc, tt.seed)
		}
		if !htmlread.Sniff(got) {
			t.Errorf("%s: not sniffed as HTML", tt.desc)
		}
		d, err := htmlread.Read(got)
		if err != nil {
			t.Fatalf("%s: %v", tt.desc, err)
		}
		regions := map[string]int{}
		for _, b := range d.Blocks {
			regions[b.Region]++
		}
		for _, want := range []string{htmlread.RegionMain, htmlread.RegionTicker, htmlread.RegionOutside} {
			if regions[want] == 0 {
				t.Errorf("%s: no block in region %q (regions %v)", tt.desc, want, regions)
			}
		}
		if d.Meta.Title == "" {
			t.Errorf("%s: no title", tt.desc)
		}
	}
}
