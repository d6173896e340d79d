package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// TestAnalyzeDebug checks that --debug adds the debug field, with the
// numbers that are not figures and why, and that without it there is none.
func TestAnalyzeDebug(t *testing.T) {
	in := "الدورة الرابعة للمعرض\n\nانطلقت الدورة 24 لمعرض الكتاب بمشاركة 700 عارض من 50 دولة، وفاز الفريق 2-1 في المباراة الافتتاحية أمام جمهور غفير.\n"
	for _, debug := range []bool{false, true} {
		args := []string{"-"}
		if debug {
			args = []string{"--debug", "-"}
		}
		var stdout, stderr bytes.Buffer
		if status := runAnalyze(args, strings.NewReader(in), &stdout, &stderr); status != 0 {
			t.Fatalf("%v: status %d: %s", args, status, stderr.String())
		}
		var r struct {
			Figures []struct{ Value float64 }
			Debug   *struct {
				SkippedNumbers []struct{ Text, Reason string } `json:"skipped_numbers"`
			}
		}
		if err := json.Unmarshal(stdout.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		if len(r.Figures) != 2 {
			t.Errorf("%v: %d figures, want 2 (700 and 50)", args, len(r.Figures))
		}
		if !debug {
			if r.Debug != nil {
				t.Errorf("a debug field without --debug")
			}
			continue
		}
		if r.Debug == nil {
			t.Fatalf("--debug: no debug field")
		}
		var got []string
		for _, s := range r.Debug.SkippedNumbers {
			got = append(got, s.Text+" "+s.Reason)
		}
		if want := "24 label, 2 score"; strings.Join(got, ", ") != want {
			t.Errorf("--debug: skipped %q, want %s", got, want)
		}
	}
}
