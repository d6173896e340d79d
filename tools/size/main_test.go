package main

import "testing"

func TestPkgOf(t *testing.T) {
	pm := newPkgMatcher([]string{"runtime", "github.com/a-b/c", "github.com/a-b/c/d", "internal/runtime/maps", "main"})
	tests := []struct{ desc, name, want string }{
		{desc: "std", name: "runtime.mallocgc", want: "runtime"},
		{desc: "std with slash", name: "internal_runtime_maps.__Map_.getWithKey", want: "internal/runtime/maps"},
		{desc: "dash and method on pointer", name: "github.com_a_b_c.__T_.M", want: "github.com/a-b/c"},
		{desc: "longest path wins", name: "github.com_a_b_c_d.F", want: "github.com/a-b/c/d"},
		{desc: "generic instance", name: "github.com_a_b_c.Map_go.shape.int_", want: "github.com/a-b/c"},
		{desc: "main", name: "main.main", want: "main"},
		{desc: "compiler-made", name: "type_.eq.github.com_a_b_c.T", want: "(compiler: type equality and hash functions)"},
		{desc: "assembly helper", name: "memchr", want: "(runtime: assembly helpers)"},
		{desc: "unknown package", name: "other.F", want: "(other)"},
		{desc: "unnamed", name: "", want: "(unnamed)"},
	}
	for _, tt := range tests {
		if got := pm.pkgOf(tt.name); got != tt.want {
			t.Errorf("%s: pkgOf(%q) = %q, want %q", tt.desc, tt.name, got, tt.want)
		}
	}
}

func TestModuleOf(t *testing.T) {
	tests := []struct{ in, want string }{
		{"runtime", "std"},
		{"vendor/golang.org/x/net/http/httpguts", "std"},
		{"github.com/maxence-charriere/go-app/v10/pkg/app", "github.com/maxence-charriere/go-app/v10"},
		{"golang.org/x/text/unicode/norm", "golang.org/x/text"},
		{"github.com/safi-app/safi/internal/ui", "github.com/safi-app/safi"},
		{"(unnamed)", "(unnamed)"},
	}
	for _, tt := range tests {
		if got := moduleOf(tt.in); got != tt.want {
			t.Errorf("moduleOf(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
