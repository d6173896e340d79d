package dates

import "testing"

// A four-digit year as the text's first token, followed by a word, is
// looked at for a verb before it only when there is a token before it (it
// indexed toks[-1], on pages of the training corpus).
func TestYearFirstToken(t *testing.T) {
	for _, s := range []string{"2023 foo bar", "2023 كانت سنة الجفاف", "1999 was a year"} {
		Extract(s) // must not panic
	}
}
