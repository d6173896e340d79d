package normalize

import (
	"fmt"
	"testing"
	"unicode/utf8"
)

func TestDigit(t *testing.T) {
	tests := []struct {
		desc string
		r    rune
		want int
	}{
		{"western zero", '0', 0},
		{"western nine", '9', 9},
		{"arabic-indic zero", '٠', 0},
		{"arabic-indic seven", '٧', 7},
		{"extended arabic-indic four", '۴', 4},
		{"extended arabic-indic nine", '۹', 9},
		{"letter", 'a', -1},
		{"arabic letter", 'ب', -1},
		{"superscript two is not a digit", '²', -1},
		{"arabic decimal separator", '٫', -1},
	}
	for _, tt := range tests {
		if got := Digit(tt.r); got != tt.want {
			t.Errorf("%s: Digit(%q) = %d, want %d", tt.desc, tt.r, got, tt.want)
		}
		if got := IsDigit(tt.r); got != (tt.want >= 0) {
			t.Errorf("%s: IsDigit(%q) = %v", tt.desc, tt.r, got)
		}
	}
}

var readNumberTests = []struct {
	desc   string
	in     string
	value  float64
	isInt  bool
	n, run int
}{
	{"plain integer", "1631 مقاتلا", 1631, true, 4, 4},
	{"arabic-indic digits", "١٦٣١ مقاتلا", 1631, true, 8, 8},
	{"extended arabic-indic digits", "۱۶۳۱", 1631, true, 8, 8},
	{"english thousands comma", "1,631 fighters", 1631, true, 5, 5},
	{"french decimal comma", "3,5 %", 3.5, false, 3, 3},
	{"decimal comma with two digits", "12,75", 12.75, false, 5, 5},
	{"comma before four digits is decimal", "1,6314", 1.6314, false, 6, 6},
	{"zero comma three digits is decimal", "0,125", 0.125, false, 5, 5},
	{"decimal point", "2.5 million", 2.5, false, 3, 3},
	{"lone dot before three digits is decimal", "1.631", 1.631, false, 5, 5},
	{"arabic decimal separator", "٣٫٥", 3.5, false, len("٣٫٥"), len("٣٫٥")},
	{"arabic comma as decimal comma", "2،5 مليار", 2.5, false, len("2،5"), len("2،5")},
	{"arabic comma, arabic-indic digits", "١٣،٣ في المائة", 13.3, false, len("١٣،٣"), len("١٣،٣")},
	{"ra notation: decimals first", "3ر4 مليون", 4.3, false, len("3ر4"), len("3ر4")},
	{"ra notation: below one", "250ر0 دينار", 0.25, false, len("250ر0"), len("250ر0")},
	{"ra notation: two-digit integer", "5ر12 مليون", 12.5, false, len("5ر12"), len("5ر12")},
	{"ra before a letter is no notation", "3رب", 3, true, 1, 1},
	{"ra without digits after", "3ر مليون", 3, true, 1, 1},
	{"arabic thousands separator", "١٬٦٣١", 1631, true, len("١٬٦٣١"), len("١٬٦٣١")},
	{"english millions", "1,234,567 people", 1234567, true, 9, 9},
	{"dotted millions", "1.234.567", 1234567, true, 9, 9},
	{"english grouping with decimal", "1,234.5", 1234.5, false, 7, 7},
	{"european grouping with decimal", "1.234,5", 1234.5, false, 7, 7},
	{"french space grouping", "3 000 habitants", 3000, true, 5, 5},
	{"french no-break space grouping", "12\u00a0500 €", 12500, true, len("12\u00a0500"), len("12\u00a0500")},
	{"french narrow no-break space grouping with decimal", "1\u202f234,5", 1234.5, false, len("1\u202f234,5"), len("1\u202f234,5")},
	{"space before a year does not group", "17 2017", 17, true, 2, 2},
	{"space after four digits does not group", "2014 300", 2014, true, 4, 4},
	{"space before two digits does not group", "15 52", 15, true, 2, 2},
	{"dotted date is not one number", "18.9.2025", 18, true, 2, 9},
	{"list with commas is not one number", "1,2,3", 1, true, 1, 5},
	{"trailing full stop", "2017.", 2017, true, 4, 4},
	{"trailing comma", "1631, then", 1631, true, 4, 4},
	{"hyphen is not a separator", "6-17", 6, true, 1, 1},
	{"leading zero", "02 - 07 - 2017", 2, true, 2, 2},
	{"not a digit", "ب1631", 0, false, 0, 0},
}

func TestReadNumber(t *testing.T) {
	for _, tt := range readNumberTests {
		in := tt.in
		got, n, run := ReadNumber(in)
		if got.Value != tt.value || got.Int != tt.isInt || n != tt.n || run != tt.run {
			t.Errorf("%s: ReadNumber(%q) = %+v, n=%d, run=%d; want value %v int %v n=%d run=%d",
				tt.desc, in, got, n, run, tt.value, tt.isInt, tt.n, tt.run)
		}
	}
}

func TestReadDigits(t *testing.T) {
	v, d, n := ReadDigits("٢٠١٤م")
	if v != 2014 || d != 4 || n != len("٢٠١٤") {
		t.Errorf("ReadDigits(٢٠١٤م) = %v, %d, %d", v, d, n)
	}
}

func FuzzReadNumber(f *testing.F) {
	for _, tt := range readNumberTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		num, n, run := ReadNumber(s)
		if n < 0 || n > run || run > len(s) {
			t.Fatalf("ReadNumber(%q): n=%d run=%d", s, n, run)
		}
		if n == 0 {
			if run != 0 || num != (Number{}) {
				t.Fatalf("ReadNumber(%q): nothing read but %+v, run=%d", s, num, run)
			}
			return
		}
		for _, i := range []int{n, run} {
			if utf8.ValidString(s) && i < len(s) && !utf8.RuneStart(s[i]) {
				t.Fatalf("ReadNumber(%q): %d is not on a rune boundary", s, i)
			}
		}
		if num.Value < 0 {
			t.Fatalf("ReadNumber(%q) = %v", s, num.Value)
		}
		again, n2, run2 := ReadNumber(s)
		if again != num || n2 != n || run2 != run {
			t.Fatalf("ReadNumber(%q) not deterministic", s)
		}
	})
}

func ExampleReadNumber() {
	for _, s := range []string{"1,631", "3,5", "٣٫٥", "3 000", "18.9.2025"} {
		num, n, run := ReadNumber(s)
		fmt.Println(num.Value, n, run)
	}
	// Output:
	// 1631 5 5
	// 3.5 3 3
	// 3.5 6 6
	// 3000 5 5
	// 18 2 9
}
