package report

import (
	"bufio"
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"io"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"
)

// ErrJSON is returned, wrapped, when a report cannot be written as JSON
// (a value encoding/json refuses, such as a NaN figure).
var ErrJSON = errors.New("report: cannot write JSON")

// WriteJSON writes r to w exactly as an encoding/json Encoder with
// SetIndent("", "  ") and SetEscapeHTML(false) encodes it, final newline
// included, but one value at a time through a small buffer: the document
// is never held in memory whole, which for a report of a large input
// (every block, every noise text) would be larger than the input.
//
// Structs, slices, strings, integers and booleans are written here;
// anything else (floats, maps, values with their own JSON methods) is
// encoded by encoding/json, one value at a time.
func WriteJSON(w io.Writer, r *Report) error {
	j := &jsonWriter{w: bufio.NewWriterSize(w, 64<<10)}
	j.value(reflect.ValueOf(r).Elem(), 0)
	j.w.WriteByte('\n')
	if j.err != nil {
		return j.err
	}
	return j.w.Flush()
}

// jsonWriter writes indented JSON to w; err is the first error met.
type jsonWriter struct {
	w       *bufio.Writer
	err     error
	scratch []byte
	types   map[reflect.Type][]jsonField // fields of the struct types met
	customs map[reflect.Type]bool        // whether a type has JSON methods
}

// value writes v, whose line is indented depth times.
func (j *jsonWriter) value(v reflect.Value, depth int) {
	if j.err != nil {
		return
	}
	t := v.Type()
	if j.custom(t) {
		j.delegate(v, depth)
		return
	}
	switch v.Kind() {
	case reflect.Struct:
		j.object(v, depth)
	case reflect.Slice:
		if v.IsNil() {
			j.w.WriteString("null")
			return
		}
		if t.Elem().Kind() == reflect.Uint8 {
			j.delegate(v, depth) // base64
			return
		}
		j.array(v, depth)
	case reflect.Array:
		j.array(v, depth)
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			j.w.WriteString("null")
			return
		}
		j.value(v.Elem(), depth)
	case reflect.String:
		j.string(v.String())
	case reflect.Bool:
		j.w.WriteString(strconv.FormatBool(v.Bool()))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		j.w.Write(strconv.AppendInt(j.scratch[:0], v.Int(), 10))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		j.w.Write(strconv.AppendUint(j.scratch[:0], v.Uint(), 10))
	default:
		j.delegate(v, depth)
	}
}

// custom reports whether values of type t have JSON or text methods of
// their own, which encoding/json calls.
func (j *jsonWriter) custom(t reflect.Type) bool {
	c, ok := j.customs[t]
	if !ok {
		// Looked up here, not in package variables, so that a program
		// that never writes JSON (app.wasm) carries none of this.
		marshalerType := reflect.TypeFor[json.Marshaler]()
		textMarshalerType := reflect.TypeFor[encoding.TextMarshaler]()
		c = t.Implements(marshalerType) || t.Implements(textMarshalerType) ||
			reflect.PointerTo(t).Implements(marshalerType) || reflect.PointerTo(t).Implements(textMarshalerType)
		if j.customs == nil {
			j.customs = map[reflect.Type]bool{}
		}
		j.customs[t] = c
	}
	return c
}

// object writes the struct v field by field, as encoding/json does: in
// order, by their json names, without "-" fields and without empty
// omitempty fields. A struct with embedded fields or ",string" options is
// left to encoding/json.
func (j *jsonWriter) object(v reflect.Value, depth int) {
	fields, ok := j.fields(v.Type())
	if !ok {
		j.delegate(v, depth)
		return
	}
	n := 0
	for _, f := range fields {
		fv := v.Field(f.index)
		if f.omitEmpty && isEmpty(fv) {
			continue
		}
		if n == 0 {
			j.w.WriteByte('{')
		} else {
			j.w.WriteByte(',')
		}
		n++
		j.newline(depth + 1)
		j.string(f.name)
		j.w.WriteString(": ")
		j.value(fv, depth+1)
	}
	if n == 0 {
		j.w.WriteString("{}")
		return
	}
	j.newline(depth)
	j.w.WriteByte('}')
}

// jsonField is a struct field encoding/json writes.
type jsonField struct {
	name      string
	index     int
	omitEmpty bool
}

// fields returns the fields of the struct type t that encoding/json
// writes, or false when t has fields this writer leaves to encoding/json.
func (j *jsonWriter) fields(t reflect.Type) ([]jsonField, bool) {
	if fs, ok := j.types[t]; ok {
		return fs, fs != nil
	}
	if j.types == nil {
		j.types = map[reflect.Type][]jsonField{}
	}
	fs := []jsonField{}
	for i := range t.NumField() {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		if f.Anonymous || strings.Contains(tag, ",string") {
			j.types[t] = nil
			return nil, false
		}
		if !f.IsExported() || tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if name == "" {
			name = f.Name
		}
		fs = append(fs, jsonField{name: name, index: i, omitEmpty: strings.Contains(","+opts+",", ",omitempty,")})
	}
	j.types[t] = fs
	return fs, true
}

// array writes the elements of v, one a line.
func (j *jsonWriter) array(v reflect.Value, depth int) {
	if v.Len() == 0 {
		j.w.WriteString("[]")
		return
	}
	j.w.WriteByte('[')
	for i := range v.Len() {
		if i > 0 {
			j.w.WriteByte(',')
		}
		j.newline(depth + 1)
		j.value(v.Index(i), depth+1)
	}
	j.newline(depth)
	j.w.WriteByte(']')
}

// newline ends the line and indents the next depth times.
func (j *jsonWriter) newline(depth int) {
	j.w.WriteByte('\n')
	for range depth {
		j.w.WriteString("  ")
	}
}

// delegate writes v as encoding/json encodes it, indented to depth.
func (j *jsonWriter) delegate(v reflect.Value, depth int) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent(strings.Repeat("  ", depth), "  ")
	if err := enc.Encode(v.Interface()); err != nil {
		j.err = errors.Join(ErrJSON, err)
		return
	}
	j.w.Write(bytes.TrimSuffix(b.Bytes(), []byte("\n")))
}

// isEmpty reports whether omitempty leaves v out: false, 0, "", a nil
// pointer or interface, an empty slice, map or array.
func isEmpty(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Interface, reflect.Pointer:
		return v.IsZero()
	}
	return false
}

// jsonPlain tells the bytes that a JSON string holds as they are: ASCII
// but the control characters, the quote and the backslash.
var jsonPlain = func() (t [256]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// string writes s quoted as encoding/json does without HTML escaping:
// quotes, backslashes and control characters escaped, invalid UTF-8 as
// \ufffd, U+2028 and U+2029 escaped. A long string goes out in pieces.
func (j *jsonWriter) string(s string) {
	const hex = "0123456789abcdef"
	b := append(j.scratch[:0], '"')
	start := 0
	flush := func(i int) {
		b = append(b, s[start:i]...)
		start = i
		j.w.Write(b)
		b = b[:0]
	}
	for i := 0; i < len(s); {
		if len(b)+i-start >= 32<<10 {
			flush(i)
		}
		// The characters that go out as they are (plain ASCII, and valid
		// characters of two bytes: Arabic, accented Latin), in a tight
		// loop, a few thousand bytes at a time so that the pieces stay
		// bounded.
		for stop := min(len(s), i+4096); i < stop; {
			if c := s[i]; jsonPlain[c] {
				i++
			} else if c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
				i += 2
			} else {
				break
			}
		}
		if i == len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if jsonPlain[c] {
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	b = append(b, '"')
	j.w.Write(b)
	if cap(b) <= 64<<10 {
		j.scratch = b[:0]
	}
}
