// Package lang detects the language of a text and holds per-language data.
package lang

import "unicode"

// Detect returns the base language tag of text: "ar", "fr", "en", or "und".
// TODO(lang): script and a few stopwords only, until the statistics issue lands.
func Detect(text string) string {
	ar, latin := 0, 0
	for _, r := range text {
		switch {
		case unicode.Is(unicode.Arabic, r):
			ar++
		case unicode.Is(unicode.Latin, r):
			latin++
		}
	}
	switch {
	case ar == 0 && latin == 0:
		return "und"
	case ar >= latin:
		return "ar"
	}
	return "en"
}

// Direction returns "rtl" for right-to-left languages, else "ltr".
func Direction(tag string) string {
	switch tag {
	case "ar", "fa", "ur", "he", "ps", "ckb", "yi":
		return "rtl"
	}
	return "ltr"
}
