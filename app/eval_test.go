package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// evalCorpus writes a two-page corpus of the project's own pages.
func evalCorpus(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	pages := map[string][2]string{ // id -> raw, gold
		"en-council": {
			"Home\nNews\nSport\n\nCouncil approves the school budget\n\nThe city council approved a budget of 12 million dollars for the schools on Monday, after a debate that lasted four hours.\n\nWork on the first three schools will start in March and should end within two years, the mayor said.\n\nShare\nComments\n",
			"The city council approved a budget of 12 million dollars for the schools on Monday, after a debate that lasted four hours.\n\nWork on the first three schools will start in March and should end within two years, the mayor said.\n",
		},
		"fr-pluie": {
			"Accueil\nPolitique\n\nDe fortes pluies attendues dans le nord\n\nDes pluies abondantes sont attendues mardi dans le nord du pays, avec jusqu'à 80 millimètres en quelques heures selon les services météorologiques.\n\nLes autorités appellent les habitants à la prudence et déconseillent les déplacements pendant la nuit.\n",
			"Des pluies abondantes sont attendues mardi dans le nord du pays, avec jusqu'à 80 millimètres en quelques heures selon les services météorologiques.\n\nLes autorités appellent les habitants à la prudence et déconseillent les déplacements pendant la nuit.\n",
		},
	}
	for id, p := range pages {
		d := filepath.Join(dir, id)
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(d, "raw.txt"), []byte(p[0]), 0o644)
		os.WriteFile(filepath.Join(d, "gold.txt"), []byte(p[1]), 0o644)
	}
	return dir
}

func TestRunEval(t *testing.T) {
	dir := evalCorpus(t)
	out := t.TempDir()
	tests := []struct {
		desc string
		args []string
		code int
		want []string // in standard output
	}{
		{desc: "text report", args: []string{dir}, want: []string{"en-council", "fr-pluie", "(raw.txt, 2 pages)", "F1 "}},
		{desc: "flags after the folder", args: []string{dir, "--json"}, want: []string{`"pages"`, `"set"`}},
		{desc: "predictions written", args: []string{"--out", out, dir}, want: []string{"F1 "}},
		{desc: "split table, no training corpus", args: []string{"--table", "--train", filepath.Join(dir, "absent"), dir},
			want: []string{"text   dev    dev", "labels", "lines10"}},
		{desc: "split table as JSON", args: []string{"--table", "--json", dir}, want: []string{`"split": "dev"`}},
		{desc: "no folder", args: nil, code: 2},
		{desc: "two folders", args: []string{dir, dir}, code: 2},
		{desc: "no pages", args: []string{t.TempDir()}, code: 1},
	}
	for _, tt := range tests {
		t.Run(tt.desc, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := runEval(tt.args, &stdout, &stderr); code != tt.code {
				t.Fatalf("exit %d, want %d; stderr: %s", code, tt.code, stderr.String())
			}
			for _, w := range tt.want {
				if !strings.Contains(stdout.String(), w) {
					t.Errorf("output lacks %q:\n%s", w, stdout.String())
				}
			}
			if strings.Contains(strings.Join(tt.args, " "), "--json") {
				var v any
				if err := json.Unmarshal(stdout.Bytes(), &v); err != nil {
					t.Errorf("--json output is not JSON: %v", err)
				}
			}
		})
	}
	for _, id := range []string{"en-council", "fr-pluie"} {
		b, err := os.ReadFile(filepath.Join(out, id+".txt"))
		if err != nil || len(b) == 0 {
			t.Errorf("--out %s.txt: %d bytes, %v", id, len(b), err)
		}
	}
}
