package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"reflect"
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
