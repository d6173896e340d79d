package textread_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/safi-app/safi/internal/extract/textread"
)

func TestJoinWrapped(t *testing.T) {
	// rows is a paragraph wrapped at about 70 columns: rows end inside
	// sentences, the last is short.
	rows := []string{
		"Gym equipment refers to the various machines, tools, and accessories used in a",
		"fitness facility to help individuals achieve their fitness goals. These",
		"equipment are designed to target different muscle groups, improve",
		"cardiovascular health.",
	}
	arabic := []string{
		"قال المجلس البلدي إن الجسر الجديد فوق النهر سيفتح في الربيع المقبل، وإن الأشغال",
		"في الطرق المحيطة به تسير وفق الجدول المحدد، مما أرضى أصحاب المحلات في المدينة",
		"القديمة الذين كانوا يخشون إغلاق الطرق طوال مدة الأشغال.",
	}
	para := strings.Join(rows, "\n")
	for _, tc := range []struct {
		desc string
		in   string
		want []string // the blocks' texts
	}{
		{"a wrapped paragraph is one block", para + "\n", []string{para}},
		{"with CRLF line ends", strings.Join(rows, "\r\n"), []string{strings.Join(rows, "\r\n")}},
		{"Arabic rows, by their runes", strings.Join(arabic, "\n"), []string{strings.Join(arabic, "\n")}},
		{"a short line ends a paragraph: two in one run", para + "\n" + para, []string{para, para}},
		{"a heading and a blank line before it stay apart", "Cardio Machines\n\n" + para, []string{"Cardio Machines", para}},
		{"paragraphs a line each, ending their sentences, stay apart",
			"The council met on Monday to vote on the new bridge over the river.\n" +
				"The mayor said the work would take two years and cost four million.\n" +
				"Critics said the money should have gone to the schools of the town.\n" +
				"The vote is expected next week, after a last debate in the council.",
			[]string{
				"The council met on Monday to vote on the new bridge over the river.",
				"The mayor said the work would take two years and cost four million.",
				"Critics said the money should have gone to the schools of the town.",
				"The vote is expected next week, after a last debate in the council.",
			}},
		{"a menu stays a line an item", "Home\nNews\nSport\nWeather\nContact us", []string{"Home", "News", "Sport", "Weather", "Contact us"}},
		{"headlines and teasers stay apart",
			"Bridge opens next spring\nThe council voted on Monday for the new bridge over the river, at last\nSchools get new money\nThe town will spend two million on its schools over the next three years",
			[]string{"Bridge opens next spring", "The council voted on Monday for the new bridge over the river, at last", "Schools get new money", "The town will spend two million on its schools over the next three years"}},
		{"a blank line ends a paragraph whose last row is full",
			strings.Join(rows[:3], "\n") + "\n\n" + para + "\n\n" + strings.Join(rows[:3], "\n"),
			[]string{strings.Join(rows[:3], "\n"), para, strings.Join(rows[:3], "\n")}},
		{"so does a line of spaces, with CRLF",
			strings.Join(rows[:3], "\r\n") + "\r\n  \r\n" + strings.Join(rows, "\r\n"),
			[]string{strings.Join(rows[:3], "\r\n"), strings.Join(rows, "\r\n")}},
		{"two rows are no run", rows[0] + "\n" + rows[1], []string{rows[0], rows[1]}},
		{"invalid UTF-8 is left a line a block", strings.Join(rows, "\n") + "\xff", rows[:3]},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			d := textread.Text([]byte(tc.in))
			checkDoc(t, tc.desc, d)
			var got []string
			for _, b := range d.Blocks {
				got = append(got, b.Text)
			}
			if len(got) < len(tc.want) {
				t.Fatalf("blocks %q, want %q", got, tc.want)
			}
			for i, w := range tc.want {
				if got[i] != w {
					t.Errorf("block %d = %q, want %q", i, got[i], w)
				}
			}
			if len(got) != len(tc.want) && !strings.Contains(tc.in, "\xff") {
				t.Errorf("%d blocks, want %d: %q", len(got), len(tc.want), got)
			}
		})
	}
}

func TestRuneCount(t *testing.T) {
	for _, s := range []string{"", "a", "héllo wörld, ça va", "قال المجلس البلدي إن الجسر", "香港浸會大學宣布，委任呂愛平", "😀 emoji and ASCII mixed 😀😀", strings.Repeat("é", 17)} {
		if got, want := textread.RuneCount(s), utf8.RuneCountInString(s); got != want {
			t.Errorf("runeCount(%q) = %d, want %d", s, got, want)
		}
	}
}
