// Package wasmmod reads what the project's tools need from a WebAssembly
// module: its sections' sizes, its functions' body sizes and names (the
// "name" section a build without -s keeps). The size report (tools/size)
// and the profile reader (tools/cpuprof) use it.
package wasmmod

import (
	"errors"
	"fmt"
)

// ErrNotWasm is returned for a file that is not a WebAssembly module this
// reader understands.
var ErrNotWasm = errors.New("wasmmod: not a wasm module")

// Module is what the tools need from a module: the size of each section,
// of each function body, and the function names.
type Module struct {
	Sections  []Section
	Imported  int      // imported functions: they come first in the index space
	Bodies    []int    // size in bytes of each defined function's body (with its size prefix)
	Names     []string // name of function index i ("" when unnamed)
	DataBytes int      // bytes of the data segments' contents
}

// Section is one section of a module.
type Section struct {
	ID   byte
	Name string // for custom sections
	Size int    // including its id and size prefix
}

// SectionNames names the standard sections by their id.
var SectionNames = map[byte]string{
	0: "custom", 1: "type", 2: "import", 3: "function", 4: "table", 5: "memory", 6: "global",
	7: "export", 8: "start", 9: "element", 10: "code", 11: "data", 12: "datacount",
}

// Parse reads the sections of a module, the code section's bodies, the
// import count and the "name" custom section's function names.
func Parse(b []byte) (*Module, error) {
	if len(b) < 8 || string(b[:4]) != "\x00asm" {
		return nil, ErrNotWasm
	}
	m := &Module{}
	r := &reader{b: b, pos: 8}
	for r.pos < len(b) {
		start := r.pos
		id := r.byte()
		size := int(r.uleb())
		end := r.pos + size
		if r.err != nil || size < 0 || end > len(b) {
			return nil, fmt.Errorf("%w: section at %d runs past the end", ErrNotWasm, start)
		}
		sec := Section{ID: id, Size: end - start}
		sub := &reader{b: b[:end], pos: r.pos}
		switch id {
		case 0:
			sec.Name = sub.name()
			if sec.Name == "name" {
				m.readNames(sub)
			}
		case 2:
			m.readImports(sub)
		case 10:
			for n := sub.uleb(); n > 0 && sub.err == nil; n-- {
				s := sub.pos
				sub.skip(int(sub.uleb()))
				m.Bodies = append(m.Bodies, sub.pos-s)
			}
		case 11:
			for n := sub.uleb(); n > 0 && sub.err == nil; n-- {
				switch flag := sub.uleb(); flag {
				case 0:
					sub.skipExpr()
				case 1:
				case 2:
					sub.uleb()
					sub.skipExpr()
				}
				l := int(sub.uleb())
				sub.skip(l)
				m.DataBytes += l
			}
		}
		if sub.err != nil {
			return nil, fmt.Errorf("%w: section %d: %v", ErrNotWasm, id, sub.err)
		}
		m.Sections = append(m.Sections, sec)
		r.pos = end
	}
	return m, nil
}

func (m *Module) readImports(r *reader) {
	for n := r.uleb(); n > 0 && r.err == nil; n-- {
		r.name()
		r.name()
		switch kind := r.byte(); kind {
		case 0: // func: type index
			r.uleb()
			m.Imported++
		case 1: // table: reftype, limits
			r.byte()
			r.limits()
		case 2: // memory: limits
			r.limits()
		case 3: // global: valtype, mut
			r.byte()
			r.byte()
		default:
			r.err = fmt.Errorf("import kind %d", kind)
		}
	}
}

// readNames reads subsection 1 (function names) of the "name" section.
func (m *Module) readNames(r *reader) {
	for r.pos < len(r.b) && r.err == nil {
		id := r.byte()
		size := int(r.uleb())
		end := r.pos + size
		if size < 0 || end > len(r.b) {
			r.err = errors.New("name subsection runs past the end")
			return
		}
		if id == 1 {
			for n := r.uleb(); n > 0 && r.err == nil; n-- {
				idx := int(r.uleb())
				name := r.name()
				if idx < 0 || idx > len(r.b) { // more functions than bytes: corrupt
					r.err = errors.New("function index out of range")
					return
				}
				for len(m.Names) <= idx {
					m.Names = append(m.Names, "")
				}
				m.Names[idx] = name
			}
		}
		r.pos = end
	}
}

// reader decodes the module's LEB128 numbers and names; the first error
// sticks.
type reader struct {
	b   []byte
	pos int
	err error
}

func (r *reader) byte() byte {
	if r.pos >= len(r.b) {
		r.err = errors.New("unexpected end")
		return 0
	}
	c := r.b[r.pos]
	r.pos++
	return c
}

func (r *reader) uleb() uint64 {
	var v uint64
	for shift := 0; shift < 64; shift += 7 {
		c := r.byte()
		v |= uint64(c&0x7f) << shift
		if c < 0x80 || r.err != nil {
			return v
		}
	}
	r.err = errors.New("LEB128 too long")
	return v
}

// skip moves past n bytes.
func (r *reader) skip(n int) {
	if n < 0 || r.pos+n > len(r.b) {
		r.err = errors.New("runs past the end")
		return
	}
	r.pos += n
}

func (r *reader) name() string {
	n := int(r.uleb())
	if r.err != nil || n < 0 || r.pos+n > len(r.b) {
		r.err = errors.New("name runs past the end")
		return ""
	}
	s := string(r.b[r.pos : r.pos+n])
	r.pos += n
	return s
}

func (r *reader) limits() {
	if r.byte()&1 == 1 {
		r.uleb()
	}
	r.uleb()
}

// skipExpr skips a constant expression up to its end opcode (0x0b).
func (r *reader) skipExpr() {
	for r.err == nil {
		switch op := r.byte(); op {
		case 0x0b:
			return
		case 0x41, 0x42, 0x23: // i32.const, i64.const, global.get
			r.uleb()
		default:
			r.err = fmt.Errorf("opcode %#x in a constant expression", op)
		}
	}
}

// CodeBodies returns each function body of the code section.
func CodeBodies(b []byte) [][]byte {
	r := &reader{b: b, pos: 8}
	for r.pos < len(b) && r.err == nil {
		id := r.byte()
		size := int(r.uleb())
		end := r.pos + size
		if size < 0 || end > len(b) {
			return nil
		}
		if id == 10 {
			var out [][]byte
			for n := r.uleb(); n > 0 && r.err == nil; n-- {
				s := r.pos
				l := int(r.uleb())
				if l < 0 || r.pos+l > end {
					break
				}
				r.pos += l
				out = append(out, b[s:r.pos])
			}
			return out
		}
		r.pos = end
	}
	return nil
}
