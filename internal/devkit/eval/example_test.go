package eval_test

import (
	"fmt"

	"github.com/safi-app/safi/internal/devkit/eval"
)

func ExampleCompare() {
	gold := "The council approved the budget on Monday."
	pred := "Home | News\nThe council approved the budget on Monday."
	r := eval.Compare(gold, pred)
	fmt.Printf("P=%.3f R=%.3f F1=%.3f\n", r.Precision(), r.Recall(), r.F1())
	// Output: P=0.667 R=1.000 F1=0.800
}

func ExampleTokens() {
	fmt.Printf("%q\n", eval.Tokens("كَتَبَ l'été, 3.5 km²"))
	// Output: ["ك" "ت" "ب" "l" "été" "3" "5" "km²"]
}
