package wasmmod

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
	m, err := Parse(module())
	if err != nil {
		t.Fatal(err)
	}
	if m.Imported != 1 {
		t.Errorf("imported = %d, want 1", m.Imported)
	}
	if want := []int{1 + 3, 2 + 200}; !reflect.DeepEqual(m.Bodies, want) {
		t.Errorf("bodies = %v, want %v", m.Bodies, want)
	}
	if m.DataBytes != 5 {
		t.Errorf("dataBytes = %d, want 5", m.DataBytes)
	}
	if len(m.Names) != 3 || m.Names[1] != "github.com_a_b_c.__T_.M" {
		t.Errorf("names = %q", m.Names)
	}
	if got := CodeBodies(module()); len(got) != 2 || len(got[1]) != 202 {
		t.Errorf("codeBodies: %d bodies", len(got))
	}
	for _, bad := range [][]byte{nil, []byte("\x7fELF...."), module()[:30]} {
		if _, err := Parse(bad); !errors.Is(err, ErrNotWasm) {
			t.Errorf("Parse(%q) err = %v, want ErrNotWasm", bad, err)
		}
	}
}

// FuzzParse checks that no input makes the parser panic or report
// bodies larger than the input.
func FuzzParse(f *testing.F) {
	f.Add(module())
	f.Add([]byte("\x00asm\x01\x00\x00\x00"))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := Parse(b)
		if err != nil {
			return
		}
		total := 0
		for _, n := range m.Bodies {
			total += n
		}
		if total > len(b) || m.DataBytes > len(b) {
			t.Fatalf("bodies %d, data %d bytes in a %d-byte input", total, m.DataBytes, len(b))
		}
		CodeBodies(b)
	})
}
