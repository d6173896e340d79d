package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"reflect"
	"runtime"
	"strconv"
	"strings"
	"testing"
)

// encode is what WriteJSON must write: the report through an
// encoding/json Encoder set as `app analyze` sets it.
func encode(t testing.TB, r *Report) []byte {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(r); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func checkWriteJSON(t *testing.T, r *Report) {
	t.Helper()
	var got bytes.Buffer
	if err := WriteJSON(&got, r); err != nil {
		t.Fatal(err)
	}
	if want := encode(t, r); !bytes.Equal(got.Bytes(), want) {
		i := 0
		for i < min(got.Len(), len(want)) && got.Bytes()[i] == want[i] {
			i++
		}
		t.Errorf("WriteJSON differs from encoding/json at byte %d:\n got …%q\nwant …%q", i,
			got.Bytes()[max(0, i-40):min(got.Len(), i+40)], want[max(0, i-40):min(len(want), i+40)])
	}
}

// filled returns a report with every field set, each string to text (and
// each list two elements long), so that a field WriteJSON mishandles shows.
func filled(text string) *Report {
	var r Report
	n := 0
	var fill func(v reflect.Value)
	fill = func(v reflect.Value) {
		n++
		switch v.Kind() {
		case reflect.Struct:
			for i := range v.NumField() {
				fill(v.Field(i))
			}
		case reflect.Slice:
			v.Set(reflect.MakeSlice(v.Type(), 2, 2))
			for i := range 2 {
				fill(v.Index(i))
			}
		case reflect.Pointer:
			v.Set(reflect.New(v.Type().Elem()))
			fill(v.Elem())
		case reflect.Map:
			v.Set(reflect.MakeMap(v.Type()))
			v.SetMapIndex(reflect.ValueOf("b<&>"), reflect.ValueOf(1.5))
			v.SetMapIndex(reflect.ValueOf("a"), reflect.ValueOf(1e21))
		case reflect.String:
			v.SetString(text)
		case reflect.Int:
			v.SetInt(int64(n * 1000003))
		case reflect.Float64:
			v.SetFloat(float64(n) / 7)
		case reflect.Bool:
			v.SetBool(n%2 == 0)
		}
	}
	fill(reflect.ValueOf(&r).Elem())
	return &r
}

func TestWriteJSON(t *testing.T) {
	long := strings.Repeat("سجلت \"حالات\" انضمام\n\t<b>&amp;</b> \u2028\x01", 3000)
	for _, tt := range []struct {
		desc string
		r    *Report
	}{
		{"zero report: nil lists, no file, no timing", &Report{}},
		{"empty lists", &Report{Blocks: []Block{}, Noise: []Noise{}, Stats: StatsSet{Article: Stats{Scripts: map[string]float64{}}}}},
		{"every field set", filled("Mr. Smith «quoted» \"double\" back\\slash")},
		{"escapes and invalid UTF-8", filled("\x00\x1f\b\f\n\r\t\x7f <>& \u2028\u2029 \xff\xc3 \xe2\x82 é ع")},
		{"strings longer than a piece", filled(long)},
		{"noise with and without reasons", &Report{Blocks: []Block{{Class: "a"}}, Noise: []Noise{{Text: "x"}, {Why: []string{}}, {Why: []string{"short"}}}}},
		{"floats in every form", &Report{Figures: []Figure{{Value: 1e-7, Max: 1e21}, {Value: -0.5, Max: 123456789.125}, {Value: 3}}}},
	} {
		t.Run(tt.desc, func(t *testing.T) { checkWriteJSON(t, tt.r) })
	}
}

func TestWriteJSONAllBytes(t *testing.T) {
	var r Report
	for b := range 256 {
		r.Quotes = append(r.Quotes, Quote{Text: "a" + string([]byte{byte(b)}) + "z", Count: b})
	}
	for c := rune(0x2000); c < 0x2100; c++ {
		r.Terms = append(r.Terms, Term{Term: string(c), Forms: []string{string(c) + "x"}})
	}
	checkWriteJSON(t, &r)
}

func TestWriteJSONError(t *testing.T) {
	r := &Report{Figures: []Figure{{Value: math.NaN()}}}
	if err := WriteJSON(&bytes.Buffer{}, r); !errors.Is(err, ErrJSON) {
		t.Errorf("WriteJSON of a NaN figure: err = %v, want ErrJSON", err)
	}
}

func FuzzWriteJSON(f *testing.F) {
	f.Add("plain", 1.5)
	f.Add("\x00\"\\\u2028\xff", 1e21)
	f.Add("اندحار \"داعش\"", -1e-9)
	f.Fuzz(func(t *testing.T, text string, x float64) {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return
		}
		r := filled(text)
		r.Figures[0].Value = x
		checkWriteJSON(t, r)
	})
}

// longLists returns a report whose blocks and noise lists are long enough
// for objectsTwo's two goroutines, of n entries with texts of every kind.
func longLists(n int) *Report {
	texts := []string{"plain", "سجلت \"حالات\" انضمام", "\x00\xff \u2028"}
	long := strings.Repeat("long ", 30000) // longer than a piece
	r := &Report{Blocks: make([]Block, n), Noise: make([]Noise, n+1)}
	for i := range r.Blocks {
		r.Blocks[i] = Block{Class: texts[i%3], Rule: "rule", Start: i, End: i + 1}
	}
	for i := range r.Noise {
		r.Noise[i] = Noise{Class: "other", Rule: "outside", Text: texts[i%len(texts)]}
		if i%1000 == 999 {
			r.Noise[i].Text = long
		}
		if i%5 == 0 {
			r.Noise[i].Why = []string{"short", texts[i%3]}
		}
	}
	return r
}

// TestWriteJSONLongLists checks the lists written by two goroutines
// (objectsTwo), at lengths around the chunks' edges.
func TestWriteJSONLongLists(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(2))
	for _, n := range []int{2*jsonChunk - 1, 2 * jsonChunk, 3*jsonChunk + 1, 4 * jsonChunk, 9*jsonChunk + 7} {
		t.Run(strconv.Itoa(n), func(t *testing.T) { checkWriteJSON(t, longLists(n)) })
	}
}

// failAfter fails every write once n bytes were written.
type failAfter struct{ n int }

var errFull = errors.New("full")

func (f *failAfter) Write(b []byte) (int, error) {
	if f.n < len(b) {
		return 0, errFull
	}
	f.n -= len(b)
	return len(b), nil
}

// TestWriteJSONLongListsError: a write that fails in the middle of a list
// written by two goroutines ends WriteJSON with its error.
func TestWriteJSONLongListsError(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(2))
	r := longLists(20 * jsonChunk)
	for _, n := range []int{0, 100_000, 5_000_000} {
		if err := WriteJSON(&failAfter{n: n}, r); !errors.Is(err, errFull) {
			t.Errorf("failing after %d bytes: err = %v, want %v", n, err, errFull)
		}
	}
}
