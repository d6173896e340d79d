package assemble

import (
	"strings"
	"unicode"

	"github.com/safi-app/safi/internal/language/dates"
	"github.com/safi-app/safi/internal/language/lang"
)

// Meta is what a byline line says.
type Meta struct {
	Source    string
	Author    string
	Published string // ISO 8601
}

// Byline patterns, as data: what opens a source name, what opens an
// author's name, and what ends either.
var (
	sourceOpeners = []string{"نشر في ", "نشرت في ", "المصدر: ", "المصدر ", "source: ", "source : ", "via "}
	authorOpeners = []string{"الكاتب: ", "الكاتب ", "حاوره: ", "حاورها: ", "أجرى الحوار: ", "rédigé par ", "بقلم: ", "بقلم ", "كتب: ", "كتب ", "كتبت ", "by ", "par ", "written by ", "auteur : ", "auteur: "}
	// Words that end a name: the date's opener and connectors.
	nameEnders = []string{" - ", " يوم ", " بتاريخ ", " في ", " on ", " le ", " at ", " à ", " updated ", " mis à jour ", " published ", " publié "}
	// Separators between the parts of a byline.
	bylineSeps = "|•·—–,;("
)

// Byline reads the source, author and date of a byline line such as
// "نشر في هسبريس يوم 02 - 07 - 2017", "Publié le 3 mars 2021 par Jean
// Dupont" or "By Jane Doe · March 3, 2021".
func Byline(s string) Meta {
	var m Meta
	// The first Gregorian date; a Hijri date only when there is no other
	// ("15 رجب 1445 هـ الموافق 27 يناير 2024 م").
	ds := dates.Extract(s)
	dateAt := len(s) // names end where the first date starts
	if len(ds) > 0 {
		dateAt = ds[0].Start
	}
	for _, d := range ds {
		if strings.HasPrefix(d.ISO, "--") {
			continue // a day and month without a year: no publication date
		}
		if d.Calendar == "hijri" {
			if m.Published == "" {
				m.Published = d.ISO
			}
			continue
		}
		m.Published = d.ISO
		break
	}
	lower := strings.ToLower(s)
	m.Source = nameAfter(s, lower, sourceOpeners, dateAt)
	m.Author = nameAfter(s, lower, authorOpeners, dateAt)
	// A dateline, "دبي - وام" or "PARIS (AFP)": the agency is the source.
	if m.Source == "" {
		m.Source = dateline(s)
	}
	// A known agency at the end of the line: "… 27 يناير 2024 م واس".
	if m.Source == "" {
		if f := strings.Fields(s); len(f) > 0 && isAgency(f[len(f)-1]) {
			m.Source = f[len(f)-1]
		}
	}
	// "Le Monde | 04.05.2015 …": a short first part without digits names
	// the source.
	if m.Source == "" {
		if i := strings.IndexAny(s, "|•"); i > 0 {
			first := strings.TrimSpace(s[:i])
			if first != "" && len(strings.Fields(first)) <= 4 && !strings.ContainsFunc(first, unicode.IsDigit) && nameAfter(first, strings.ToLower(first), authorOpeners, len(first)) == "" {
				m.Source = first
			}
		}
	}
	return m
}

// nameAfter finds the first opener in lower (s lower-cased; same byte
// offsets for the scripts that matter here) and returns the name that
// follows it in s, up to a separator, an ender word, the first date (at
// byte dateAt of s) or, without either, a digit.
func nameAfter(s, lower string, openers []string, dateAt int) string {
	if len(lower) != len(s) {
		lower = s // case mapping changed lengths: match as written
	}
	at := -1
	for _, o := range openers {
		i := strings.Index(lower, o)
		if i < 0 || (i > 0 && !isBoundary(lower[i-1])) {
			continue
		}
		if at < 0 || i < at {
			at = i + len(o)
		}
	}
	if at < 0 {
		return ""
	}
	rest := s[at:]
	end := len(rest)
	if i := strings.IndexAny(rest, bylineSeps); i >= 0 && i < end {
		end = i
	}
	// A name ends at a connector word ("يوم", "le", "on"), as written: "Le
	// Gall" is a name, "le 3 mars" a date; or else at the first digit (of
	// the date): "اليوم 24 يوم 14 - 03 - 2022".
	ender := false
	if d := dateAt - at; d >= 0 && d < end {
		end, ender = d, true
	}
	for _, e := range nameEnders {
		if i := strings.Index(rest[:end], e); i >= 0 && i < end {
			end, ender = i, true
		}
	}
	if i := strings.IndexFunc(rest, unicode.IsDigit); !ender && i >= 0 && i < end {
		end = i
	}
	name := strings.TrimFunc(rest[:end], func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) })
	if name == "" || len(strings.Fields(name)) > 6 {
		return ""
	}
	return name
}

func isBoundary(c byte) bool { return c == ' ' || c == '|' || c == '(' || c == '\t' }

// dateline returns the agency of a dateline: the part after " - " of a
// short line ("دبي - وام"), or the parenthesized part ("PARIS (AFP)").
func dateline(s string) string {
	if len(strings.Fields(s)) > 6 {
		return ""
	}
	if i, j := strings.Index(s, "("), strings.Index(s, ")"); i >= 0 && j > i {
		return strings.TrimSpace(s[i+1 : j])
	}
	for _, sep := range []string{" - ", " – ", " — "} {
		if i := strings.LastIndex(s, sep); i > 0 {
			agency := strings.TrimSpace(s[i+len(sep):])
			if agency != "" && len(strings.Fields(agency)) <= 3 && !strings.ContainsFunc(agency, unicode.IsDigit) {
				return agency
			}
		}
	}
	return ""
}

func isAgency(w string) bool {
	w = strings.Trim(w, "()[].,-–— ")
	for _, a := range lang.NewsAgencies {
		if strings.EqualFold(w, a) {
			return true
		}
	}
	return false
}
