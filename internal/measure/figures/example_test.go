package figures_test

import (
	"fmt"

	"github.com/safi-app/safi/internal/measure/figures"
)

func ExampleExtract() {
	text := "تمّ تطهير أكثر من 84 ألف كيلومتر مربع، بها أكثر من 4 ملايين شخص، مع إعادة 2 مليون نازح تقريبا."
	for _, f := range figures.Extract(text) {
		fmt.Printf("%.0f %s %s (%s)\n", f.Value, f.Unit, f.Qualifier, f.Text)
	}
	// Output:
	// 84000 km² more-than (أكثر من 84 ألف كيلومتر مربع)
	// 4000000 شخص more-than (أكثر من 4 ملايين شخص)
	// 2000000 نازح approx (2 مليون نازح تقريبا)
}

func ExampleExtract_range() {
	for _, f := range figures.Extract("Les victimes ont entre 6 et 17 ans.") {
		fmt.Println(f.Value, f.Max, f.Unit, f.Qualifier)
	}
	// Output:
	// 6 17 ans range
}
