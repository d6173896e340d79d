package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/safi-app/safi/internal/engine"
	"github.com/safi-app/safi/internal/extract/htmlread"
)

const smallArticle = "Floods close the coastal road\n\nHeavy rain on Sunday flooded the coastal road between the two towns, and the authority said it would stay closed for a week.\n"

// TestAnalyzeRefusesLargeFile checks that a file over the CLI limit is
// refused by its size, before it is read, with a message naming the file
// and the limit, and that the other files are still analysed.
func TestAnalyzeRefusesLargeFile(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	f.Close()
	// A sparse file: 1.1 GB by its size, nothing on disk.
	if err := os.Truncate(big, 1100<<20); err != nil {
		t.Skip("no sparse files here:", err)
	}
	small := filepath.Join(dir, "small.txt")
	if err := os.WriteFile(small, []byte(smallArticle), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	status := runAnalyze([]string{big, small}, strings.NewReader(""), &stdout, &stderr)
	if status != 1 {
		t.Errorf("status %d, want 1", status)
	}
	msg := stderr.String()
	for _, want := range []string{"app analyze: " + big + ":", "1.1 GB", "more than the limit of 1 GB"} {
		if !strings.Contains(msg, want) {
			t.Errorf("message %q lacks %q", msg, want)
		}
	}
	var r struct {
		File    string `json:"file"`
		Article struct{ Text string }
	}
	if err := json.NewDecoder(&stdout).Decode(&r); err != nil || r.File != small || !strings.Contains(r.Article.Text, "Heavy rain") {
		t.Errorf("the small file was not analysed: %v, %+v", err, r)
	}
}

func TestAnalyzeInputLimit(t *testing.T) {
	defer func(old int64) { inputLimit = old }(inputLimit)
	n := len(smallArticle)
	inputLimit = int64(n)
	dir := t.TempDir()
	at := filepath.Join(dir, "at.txt")
	over := filepath.Join(dir, "over.txt")
	os.WriteFile(at, []byte(smallArticle), 0o644)
	os.WriteFile(over, []byte(smallArticle+"x"), 0o644)
	for _, tt := range []struct {
		desc   string
		args   []string
		stdin  io.Reader
		status int
		errMsg string // what stderr must hold; "" for nothing
	}{
		{desc: "a file at the limit", args: []string{at}, status: 0},
		{desc: "a file one byte over", args: []string{over}, status: 1, errMsg: fmt.Sprintf("%s: the input is %d bytes, more than the limit of %d bytes", over, n+1, n)},
		{desc: "standard input at the limit", args: []string{"-"}, stdin: strings.NewReader(smallArticle), status: 0},
		{desc: "standard input over the limit", args: []string{"-"}, stdin: strings.NewReader(smallArticle + strings.Repeat("x", 1<<20)), status: 1, errMsg: fmt.Sprintf("-: the input is more than the limit of %d bytes", n)},
		{desc: "a missing file among good ones", args: []string{at, filepath.Join(dir, "missing.txt"), at}, status: 1, errMsg: "missing.txt"},
	} {
		t.Run(tt.desc, func(t *testing.T) {
			if tt.stdin == nil {
				tt.stdin = strings.NewReader("")
			}
			var stdout, stderr bytes.Buffer
			status := runAnalyze(tt.args, tt.stdin, &stdout, &stderr)
			if status != tt.status {
				t.Errorf("status %d, want %d (stderr %q)", status, tt.status, stderr.String())
			}
			if tt.errMsg == "" && stderr.Len() > 0 || !strings.Contains(stderr.String(), tt.errMsg) {
				t.Errorf("stderr %q, want %q", stderr.String(), tt.errMsg)
			}
			// Every file that could be read has its report.
			reports := 0
			for dec := json.NewDecoder(&stdout); ; reports++ {
				var r map[string]any
				if dec.Decode(&r) != nil {
					break
				}
			}
			want := 0
			for _, a := range tt.args {
				if a == at || a == "-" && tt.status == 0 {
					want++
				}
			}
			if reports != want {
				t.Errorf("%d reports, want %d", reports, want)
			}
		})
	}
}

// TestAnalyzeRefusesWhatMemoryCannotHold checks that an input whose
// analysis needs more memory than is available is refused with the sizes,
// and that HTML, which needs more, is refused sooner.
func TestAnalyzeRefusesWhatMemoryCannotHold(t *testing.T) {
	defer func(old func() int64) { memAvailable = old }(memAvailable)
	dir := t.TempDir()
	text := filepath.Join(dir, "a.txt")
	os.WriteFile(text, []byte(smallArticle), 0o644)
	page := "<!DOCTYPE html><html><body><article><p>" + smallArticle + "</p></article></body></html>"
	html := filepath.Join(dir, "a.html")
	os.WriteFile(html, []byte(page), 0o644)
	// A page over htmlread.StreamAbove is read as a stream, which needs
	// less per byte than a parse tree.
	big := "<!DOCTYPE html><html><body><article>" + strings.Repeat("<p>"+smallArticle+"</p>\n", htmlread.StreamAbove/len(smallArticle)+1) + "</article></body></html>"
	bigHTML := filepath.Join(dir, "big.html")
	os.WriteFile(bigHTML, []byte(big), 0o644)
	n, nh, nb := int64(len(smallArticle)), int64(len(page)), int64(len(big))
	for _, tt := range []struct {
		desc   string
		avail  int64
		file   string
		stdin  bool
		status int
		errMsg string
	}{
		{desc: "unknown memory: no check", avail: 0, file: text, status: 0},
		{desc: "plenty of memory", avail: 1 << 30, file: text, status: 0},
		{desc: "too little for text", avail: n * 2, file: text, status: 1, errMsg: fmt.Sprintf("not enough memory: the input is %d bytes; analysing it needs about", n)},
		{desc: "too little for text from standard input", avail: n * 2, file: text, stdin: true, status: 1, errMsg: "not enough memory"},
		{desc: "enough for text", avail: n * 6, file: text, status: 0},
		{desc: "too little for HTML", avail: nh * 6, file: html, status: 1, errMsg: fmt.Sprintf("not enough memory: the input, HTML, is %d bytes", nh)},
		{desc: "enough for HTML", avail: nh * 13, file: html, status: 0},
		{desc: "too little for a large page", avail: nb * 4, file: bigHTML, status: 1, errMsg: fmt.Sprintf("not enough memory: the input is %s", engine.FormatSize(nb))},
		{desc: "enough for a large page, read as a stream", avail: nb * 6, file: bigHTML, status: 0},
	} {
		t.Run(tt.desc, func(t *testing.T) {
			memAvailable = func() int64 { return tt.avail }
			args, stdin := []string{"--format", "json", tt.file}, io.Reader(strings.NewReader(""))
			if tt.stdin {
				args[2], stdin = "-", strings.NewReader(smallArticle)
			}
			var stdout, stderr bytes.Buffer
			if status := runAnalyze(args, stdin, &stdout, &stderr); status != tt.status {
				t.Errorf("status %d, want %d (stderr %q)", status, tt.status, stderr.String())
			}
			if tt.errMsg == "" && stderr.Len() > 0 || !strings.Contains(stderr.String(), tt.errMsg) {
				t.Errorf("stderr %q, want %q", stderr.String(), tt.errMsg)
			}
			if tt.status == 0 && !strings.Contains(stdout.String(), "Heavy rain") {
				t.Errorf("no analysis in %q", stdout.String())
			}
		})
	}
}
