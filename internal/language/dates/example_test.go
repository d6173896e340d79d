package dates_test

import (
	"fmt"
	"strings"

	"github.com/safi-app/safi/internal/language/dates"
)

func ExampleExtract() {
	for _, d := range dates.Extract("قبيل تفجيرات 16 ماي 2003، وفي شتنبر 2013، ثم في 10 رمضان 1445 هـ") {
		fmt.Println(strings.TrimSpace(d.ISO + " " + d.Precision + " " + d.Calendar + " " + d.Hijri))
	}
	// Output:
	// 2003-05-16 day gregorian
	// 2013-09 month gregorian
	// 2024-03-20 day hijri 1445-09-10
}
