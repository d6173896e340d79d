package main

import (
	"errors"
	"reflect"
	"testing"
)

// leb writes n as unsigned LEB128.
func leb(n int) []byte {
	var b []byte
	for {
		c := byte(n & 0x7f)
		n >>= 7
		if n != 0 {
			b = append(b, c|0x80)
			continue
		}
		return append(b, c)
	}
}

func section(id byte, content []byte) []byte {
	return append(append([]byte{id}, leb(len(content))...), content...)
}

func str(s string) []byte { return append(leb(len(s)), s...) }

func cat(parts ...[]byte) []byte {
	var b []byte
	for _, p := range parts {
		b = append(b, p...)
	}
	return b
}

// module builds a small wasm module: one imported function, two defined
// ones (bodies of 3 and 200 bytes), a data segment of 5 bytes and a name
// section naming all three functions as the Go linker does.
func module() []byte {
	body1 := []byte{0x00, 0x01, 0x0b}                   // locals, nop, end
	body2 := append([]byte{0x00}, make([]byte, 199)...) // long enough for a 2-byte size
	body2[199] = 0x0b
	names := cat(leb(3),
		leb(0), str("runtime.wasmWrite"),
		leb(1), str("github.com_a_b_c.__T_.M"),
		leb(2), str("type_.eq.github.com_a_b_c.T"))
	return cat([]byte("\x00asm\x01\x00\x00\x00"),
		section(1, cat(leb(1), []byte{0x60, 0x00, 0x00})),                                // type: func() ()
		section(2, cat(leb(1), str("go"), str("write"), []byte{0x00}, leb(0))),           // import a func
		section(3, cat(leb(2), leb(0), leb(0))),                                          // two functions
		section(10, cat(leb(2), leb(len(body1)), body1, leb(len(body2)), body2)),         // code
		section(11, cat(leb(1), []byte{0x00, 0x41}, leb(8), []byte{0x0b}, str("hello"))), // data
		section(0, cat(str("name"), []byte{1}, leb(len(names)), names)),                  // names
	)
}

func TestParseWasm(t *testing.T) {
	m, err := parseWasm(module())
	if err != nil {
		t.Fatal(err)
	}
	if m.imported != 1 {
		t.Errorf("imported = %d, want 1", m.imported)
	}
	if want := []int{1 + 3, 2 + 200}; !reflect.DeepEqual(m.bodies, want) {
		t.Errorf("bodies = %v, want %v", m.bodies, want)
	}
	if m.dataBytes != 5 {
		t.Errorf("dataBytes = %d, want 5", m.dataBytes)
	}
	if len(m.names) != 3 || m.names[1] != "github.com_a_b_c.__T_.M" {
		t.Errorf("names = %q", m.names)
	}
	if got := codeBodies(module()); len(got) != 2 || len(got[1]) != 202 {
		t.Errorf("codeBodies: %d bodies", len(got))
	}
	for _, bad := range [][]byte{nil, []byte("\x7fELF...."), module()[:30]} {
		if _, err := parseWasm(bad); !errors.Is(err, errWasm) {
			t.Errorf("parseWasm(%q) err = %v, want errWasm", bad, err)
		}
	}
}

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

// FuzzParseWasm checks that no input makes the parser panic or report
// bodies larger than the input.
func FuzzParseWasm(f *testing.F) {
	f.Add(module())
	f.Add([]byte("\x00asm\x01\x00\x00\x00"))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := parseWasm(b)
		if err != nil {
			return
		}
		total := 0
		for _, n := range m.bodies {
			total += n
		}
		if total > len(b) || m.dataBytes > len(b) {
			t.Fatalf("bodies %d, data %d bytes in a %d-byte input", total, m.dataBytes, len(b))
		}
		codeBodies(b)
	})
}
