package layers

import (
	"encoding/json"
	"io"
	"os/exec"
	"strings"
	"testing"

	"github.com/safi-app/safi/internal/devkit/testfiles"
)

const m = Module + "/internal/"

func TestCheck(t *testing.T) {
	tests := []struct {
		desc string
		pkg  Package
		want string // the violation's reason, "" for none
	}{
		{"down a layer", Package{Path: m + "extract/classify", Imports: []string{m + "language/dates", m + "doc", "strings"}}, ""},
		{"same group", Package{Path: m + "extract/classify", Imports: []string{m + "extract/ticker"}}, ""},
		{"engine over both", Package{Path: m + "engine", Imports: []string{m + "extract/assemble", m + "measure/stats"}}, ""},
		{"measure into extract", Package{Path: m + "measure/stats", Imports: []string{m + "extract/textread"}}, "side by side"},
		{"extract into measure", Package{Path: m + "extract/classify", Imports: []string{m + "measure/figures"}}, "side by side"},
		{"language upward", Package{Path: m + "language/dates", Imports: []string{m + "measure/figures"}}, "must not import"},
		{"engine into ui", Package{Path: m + "engine", Imports: []string{m + "ui/worker"}}, "must not import"},
		{"worker over engine", Package{Path: m + "ui/worker", Imports: []string{m + "engine"}}, ""},
		{"ui into worker", Package{Path: m + "ui", Imports: []string{m + "ui/worker"}}, ""},
		{"worker into ui", Package{Path: m + "ui/worker", Imports: []string{m + "ui"}}, "must not import"},
		{"engine with go-app", Package{Path: m + "extract/htmlread", Imports: []string{"github.com/maxence-charriere/go-app/v10/pkg/app"}}, "go-app"},
		{"engine with syscall/js", Package{Path: m + "measure/stats", Imports: []string{"syscall/js"}}, "go-app"},
		{"ui with go-app", Package{Path: m + "ui", Imports: []string{"github.com/maxence-charriere/go-app/v10/pkg/app"}}, ""},
		{"ui/worker with go-app", Package{Path: m + "ui/worker", Imports: []string{"github.com/maxence-charriere/go-app/v10/pkg/app"}}, ""},
		{"export with go-app", Package{Path: m + "export", Imports: []string{"github.com/maxence-charriere/go-app/v10/pkg/app"}}, "go-app"},
		{"devkit in a test", Package{Path: m + "measure/stats", Tests: []string{m + "devkit/testfiles"}}, ""},
		{"devkit in code", Package{Path: m + "measure/stats", Imports: []string{m + "devkit/testfiles"}}, "devkit"},
		{"devkit in wasm", Package{Path: Module + "/wasm", Imports: []string{m + "devkit/golden"}}, "devkit"},
		{"devkit in a tool", Package{Path: Module + "/tools/gen", Imports: []string{m + "devkit/benchdata"}}, ""},
		{"devkit over engine", Package{Path: m + "devkit/eval", Imports: []string{m + "engine"}}, ""},
		{"devkit into ui", Package{Path: m + "devkit/eval", Imports: []string{m + "ui"}}, "must not import"},
		{"unknown group", Package{Path: m + "misc"}, "outside every layer"},
	}
	for _, tt := range tests {
		got := Check([]Package{tt.pkg})
		switch {
		case tt.want == "" && len(got) > 0:
			t.Errorf("%s: %v, want none", tt.desc, got)
		case tt.want != "" && (len(got) != 1 || !strings.Contains(got[0].Why, tt.want)):
			t.Errorf("%s: %v, want one saying %q", tt.desc, got, tt.want)
		}
	}
}

// TestModule checks the module's own import graph, as go list sees it
// for the native build and for the browser's (js/wasm).
func TestModule(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command")
	}
	for _, env := range [][]string{nil, {"GOOS=js", "GOARCH=wasm"}} {
		pkgs := list(t, env)
		if len(pkgs) < 20 {
			t.Fatalf("%v: go list found %d packages", env, len(pkgs))
		}
		for _, v := range Check(pkgs) {
			t.Errorf("%v: %s", env, v)
		}
	}
}

func list(t *testing.T, env []string) []Package {
	t.Helper()
	cmd := exec.Command("go", "list", "-e", "-json=ImportPath,Imports,TestImports,XTestImports", "./...")
	cmd.Dir = testfiles.Root()
	cmd.Env = append(cmd.Environ(), env...)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	var pkgs []Package
	dec := json.NewDecoder(strings.NewReader(string(out)))
	for {
		var p struct {
			ImportPath                string
			Imports                   []string
			TestImports, XTestImports []string
		}
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		pkgs = append(pkgs, Package{Path: p.ImportPath, Imports: p.Imports, Tests: append(p.TestImports, p.XTestImports...)})
	}
	return pkgs
}
