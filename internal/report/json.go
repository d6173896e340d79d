package report

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"io"
	"reflect"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
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
	j := &jsonWriter{out: w, buf: make([]byte, 0, jsonPiece+jsonPiece/2)}
	j.value(reflect.ValueOf(r).Elem(), 0)
	j.buf = append(j.buf, '\n')
	j.flush()
	return j.err
}

// jsonPiece is about how many bytes jsonWriter gathers before it writes
// them out.
const jsonPiece = 64 << 10

// jsonWriter writes indented JSON to out, gathered in buf; err is the first
// error met, after which nothing more is written.
type jsonWriter struct {
	out io.Writer
	buf []byte
	err error
	// keep, set on a writer that makes a piece of a list for another
	// (objects), keeps everything in buf: it writes nothing out.
	keep    bool
	types   map[reflect.Type][]jsonField // fields of the struct types met
	customs map[reflect.Type]bool        // whether a type has JSON methods
}

// spill writes buf out once it holds a piece.
func (j *jsonWriter) spill() {
	if len(j.buf) >= jsonPiece {
		j.flush()
	}
}

// flush writes buf out.
func (j *jsonWriter) flush() {
	if j.keep {
		return
	}
	if j.err == nil && len(j.buf) > 0 {
		_, j.err = j.out.Write(j.buf)
	}
	j.buf = j.buf[:0]
}

// value writes v, whose line is indented depth times.
func (j *jsonWriter) value(v reflect.Value, depth int) {
	if j.err != nil {
		return
	}
	t := v.Type()
	if t.Kind() == reflect.Slice && !v.IsNil() {
		// The report's two long lists, a line of the input each, are
		// written without reflection: they are most of a large report.
		switch t {
		case blocksType:
			j.blocks(v.Interface().([]Block), depth)
			return
		case noiseType:
			j.noise(v.Interface().([]Noise), depth)
			return
		}
	}
	if j.custom(t) {
		j.delegate(v, depth)
		return
	}
	switch v.Kind() {
	case reflect.Struct:
		j.object(v, depth)
	case reflect.Slice:
		if v.IsNil() {
			j.buf = append(j.buf, "null"...)
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
			j.buf = append(j.buf, "null"...)
			return
		}
		j.value(v.Elem(), depth)
	case reflect.String:
		j.string(v.String())
	case reflect.Bool:
		j.buf = strconv.AppendBool(j.buf, v.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		j.buf = strconv.AppendInt(j.buf, v.Int(), 10)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		j.buf = strconv.AppendUint(j.buf, v.Uint(), 10)
	default:
		j.delegate(v, depth)
	}
}

var (
	blocksType = reflect.TypeFor[[]Block]()
	noiseType  = reflect.TypeFor[[]Noise]()
)

// objects writes a list of n objects as value writes any slice of structs,
// member by member: members(w, i) writes with w the members of the i-th,
// each one with key, separated by commas.
func (j *jsonWriter) objects(n, depth int, members func(w *jsonWriter, i int)) {
	if n == 0 {
		j.buf = append(j.buf, "[]"...)
		return
	}
	j.buf = append(j.buf, '[')
	if n >= 2*jsonChunk && runtime.GOMAXPROCS(0) > 1 {
		j.objectsTwo(n, depth, members)
	} else {
		j.objectsIn(0, n, depth, members)
	}
	j.newline(depth)
	j.buf = append(j.buf, ']')
}

// objectsIn writes the objects [lo, hi) of a list of objects.
func (j *jsonWriter) objectsIn(lo, hi, depth int, members func(w *jsonWriter, i int)) {
	for i := lo; i < hi; i++ {
		j.spill()
		if i > 0 {
			j.buf = append(j.buf, ',')
		}
		j.newline(depth + 1)
		j.buf = append(j.buf, '{')
		members(j, i)
		j.newline(depth + 1)
		j.buf = append(j.buf, '}')
	}
}

// jsonChunk is how many objects of a long list objectsTwo hands to each
// goroutine at a time: a few hundred KB of JSON.
const jsonChunk = 1024

// objectsTwo writes the objects of a list of n as objectsIn does, the
// chunks of jsonChunk objects made by two goroutines in turn: this one
// makes the even chunks and writes every chunk out in order, the other
// makes the odd ones in one of three buffers that it hands over and gets
// back once written (the blocks and the noise of a large page are most of
// its report: the real 10 MB paste's is 42 MB of JSON).
func (j *jsonWriter) objectsTwo(n, depth int, members func(w *jsonWriter, i int)) {
	chunks := (n + jsonChunk - 1) / jsonChunk
	// Three buffers passed round, so that the other may be up to two
	// chunks ahead.
	made := make(chan []byte, 2) // the odd chunks, in order
	free := make(chan []byte, 3) // the buffers, written out
	for range 3 {
		free <- make([]byte, 0, 4*jsonPiece)
	}
	var stop atomic.Bool // set when this one stops writing
	go func() {
		defer close(made)
		w := &jsonWriter{keep: true}
		for c := 1; c < chunks && !stop.Load(); c += 2 {
			w.buf = (<-free)[:0]
			w.objectsIn(c*jsonChunk, min((c+1)*jsonChunk, n), depth, members)
			made <- w.buf
		}
	}()
	for c := 0; c < chunks; c += 2 {
		j.objectsIn(c*jsonChunk, min((c+1)*jsonChunk, n), depth, members)
		if c+1 == chunks {
			break
		}
		b, ok := <-made
		if !ok {
			break
		}
		j.flush()
		if j.err == nil {
			_, j.err = j.out.Write(b)
		}
		free <- b
		if j.err != nil {
			stop.Store(true)
			break
		}
	}
	for b := range made { // the other's last chunk, once this one stopped
		free <- b
	}
}

// blocks writes bs as value writes any slice of structs (Block has no JSON
// methods and no omitempty field). TestWriteJSON compares every field with
// encoding/json's: a field added to Block must be added here.
func (j *jsonWriter) blocks(bs []Block, depth int) {
	j.objects(len(bs), depth, func(j *jsonWriter, i int) {
		b := &bs[i]
		j.key("class", depth+2)
		j.string(b.Class)
		j.buf = append(j.buf, ',')
		j.key("rule", depth+2)
		j.string(b.Rule)
		j.buf = append(j.buf, ',')
		j.key("start", depth+2)
		j.int(b.Start)
		j.buf = append(j.buf, ',')
		j.key("end", depth+2)
		j.int(b.End)
	})
}

// noise writes ns as value writes any slice of structs: Why is left out
// when empty (omitempty). A field added to Noise must be added here (see
// blocks).
func (j *jsonWriter) noise(ns []Noise, depth int) {
	j.objects(len(ns), depth, func(j *jsonWriter, i int) {
		n := &ns[i]
		j.key("class", depth+2)
		j.string(n.Class)
		j.buf = append(j.buf, ',')
		j.key("rule", depth+2)
		j.string(n.Rule)
		j.buf = append(j.buf, ',')
		j.key("text", depth+2)
		j.string(n.Text)
		if len(n.Why) > 0 {
			j.buf = append(j.buf, ',')
			j.key("why", depth+2)
			j.buf = append(j.buf, '[')
			for k, w := range n.Why {
				if k > 0 {
					j.buf = append(j.buf, ',')
				}
				j.newline(depth + 3)
				j.string(w)
			}
			j.newline(depth + 2)
			j.buf = append(j.buf, ']')
		}
	})
}

// key starts an object's member named name (plain ASCII, as the report's
// field names are) on a new line indented depth times.
func (j *jsonWriter) key(name string, depth int) {
	j.newline(depth)
	j.buf = append(j.buf, '"')
	j.buf = append(j.buf, name...)
	j.buf = append(j.buf, `": `...)
}

// int writes n in decimal.
func (j *jsonWriter) int(n int) {
	j.buf = strconv.AppendInt(j.buf, int64(n), 10)
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
			j.buf = append(j.buf, '{')
		} else {
			j.buf = append(j.buf, ',')
		}
		n++
		j.newline(depth + 1)
		j.string(f.name)
		j.buf = append(j.buf, ": "...)
		j.value(fv, depth+1)
	}
	if n == 0 {
		j.buf = append(j.buf, "{}"...)
		return
	}
	j.newline(depth)
	j.buf = append(j.buf, '}')
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
		j.buf = append(j.buf, "[]"...)
		return
	}
	j.buf = append(j.buf, '[')
	for i := range v.Len() {
		j.spill()
		if i > 0 {
			j.buf = append(j.buf, ',')
		}
		j.newline(depth + 1)
		j.value(v.Index(i), depth+1)
	}
	j.newline(depth)
	j.buf = append(j.buf, ']')
}

// newline ends the line and indents the next depth times.
func (j *jsonWriter) newline(depth int) {
	if 1+2*depth <= len(newlineIndent) {
		j.buf = append(j.buf, newlineIndent[:1+2*depth]...)
		return
	}
	j.buf = append(j.buf, '\n')
	for range depth {
		j.buf = append(j.buf, "  "...)
	}
}

// newlineIndent is a line break and the indentation of up to 8 levels.
const newlineIndent = "\n                "

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
	j.buf = append(j.buf, bytes.TrimSuffix(b.Bytes(), []byte("\n"))...)
	j.spill()
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
	b := append(j.buf, '"')
	start := 0
	for i := 0; i < len(s); {
		if len(b)+i-start >= 2*jsonPiece {
			b = append(b, s[start:i]...)
			start = i
			j.buf = b
			j.flush()
			b = j.buf
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
	j.buf = append(b, '"')
}
