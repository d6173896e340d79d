// Package dates finds the dates a text mentions.
package dates

import (
	"fmt"
	"regexp"
	"strconv"

	"github.com/safi-app/safi/internal/report"
)

// TODO(dates): numeric day-month-year only, until the statistics issue lands.
var numeric = regexp.MustCompile(`\b(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})\b`)

// Extract returns the dates in text; Start and End are byte offsets into
// text.
func Extract(text string) []report.Date {
	var out []report.Date
	for _, m := range numeric.FindAllStringSubmatchIndex(text, -1) {
		d, _ := strconv.Atoi(text[m[2]:m[3]])
		mo, _ := strconv.Atoi(text[m[4]:m[5]])
		y, _ := strconv.Atoi(text[m[6]:m[7]])
		if d < 1 || d > 31 || mo < 1 || mo > 12 {
			continue
		}
		out = append(out, report.Date{ISO: fmt.Sprintf("%04d-%02d-%02d", y, mo, d), Precision: "day", Calendar: "gregorian", Text: text[m[0]:m[1]], Start: m[0], End: m[1]})
	}
	return out
}
