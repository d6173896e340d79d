package dates

import "fmt"

// Hijri dates are converted to the Gregorian day they fall on by the Umm
// al-Qura calendar of Saudi Arabia for the years 1300–1600 AH (1882–2174),
// and by the tabular Islamic calendar (the civil variant: epoch Friday 16
// July 622 Julian, leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26 and 29
// of each 30) outside them. Umm al-Qura is what Saudi and most Gulf papers
// date by; other countries fix a month's start by sighting the moon, so a
// Maghrebi or Levantine Hijri date may fall a day from the one given here.
// umAlQuraMonths was read from ICU's islamic-umalqura calendar (Node's Intl)
// by tools/hijri/umalqura.mjs, which prints it again.

const (
	umAlQuraFirst = 1300
	umAlQuraLast  = 1600
	// umAlQuraStart is 1 Muharram 1300, 1882-11-12.
	umAlQuraStartYear, umAlQuraStartMonth, umAlQuraStartDay = 1882, 11, 12
	// umAlQuraMonths holds three hex digits a year from 1300 to 1600: bit
	// m-1 is set when month m has 30 days, else it has 29.
	umAlQuraMonths = "5552ab9372b657636cb55aaa95649e95d2ba5b53aab4ba9652e2ad56db5a752f25e8ad16a56ab56b4da9b92b2564ba9b35a6d95d4da5d4aa955369752f46e96d46a953525d4bd9ba3b4b69b2aa554ada5d2da6d9eaae94d2ac564aea6d56ad55d4aa9352ba5b53a6b5ea9d52d29a554ad56daea6e4ed1da2aaa95a2da5b9bb27646c95552ab4dbaba5b4da9d52aa592d26d8ed2daad5aa5a4b4979372b6975d69d52c9592b25b4db9d55d2da5d4aa9554daad3aabd2bc4b89a9552d5adb6a6d4dc9d92aa69562ae56d36ab55aaa94d49d95d2ba5b55aad55a9a92e26e55dada6d46a5b27a4d4ad56db5a754f49e92d26a563566b5baab92b2568ba9b55aada5b4da9b52a9a536276575af26d46a95552ad4bd9ba574b69b52a9552da5d4daad96b2e95e2ac9692eaad56ad65d4ad1562bc5b53a6b5db2d64d29a554ad96daea6e8ed1da4d4aa6a2da5b9b72b686d16554ab95b2ba5b5da9d52ca694e46e95d4daad5aaaa4d49b9374b6975d6ad52aa594b2ab55bad95d2dc5d92b25555ab55b4ba97a2745593aab4d69d65d2ba5b4aa954ad15d2dd9da5b45a952d25b8b717656db6aacaa9652b15b2bb5b6daab94d46a8d52da9d55a755749f13e4aa965566b5baab94"
)

// toGregorian returns the Gregorian day of the Hijri date y-m-d (d from 1
// to 30, m from 1 to 12).
func toGregorian(y, m, d int) (gy, gm, gd int) {
	return fromJDN(hijriJDN(y, m, d))
}

// hijriJDN returns the Julian day number of the Hijri date y-m-d.
func hijriJDN(y, m, d int) int {
	if y >= umAlQuraFirst && y <= umAlQuraLast {
		jdn := gregorianJDN(umAlQuraStartYear, umAlQuraStartMonth, umAlQuraStartDay)
		for yy := umAlQuraFirst; yy <= y; yy++ {
			bits := umAlQuraBits(yy)
			for mm := 1; mm <= 12; mm++ {
				if yy == y && mm == m {
					return jdn + d - 1
				}
				jdn += 29 + int(bits>>(mm-1)&1)
			}
		}
	}
	// The tabular calendar.
	return d + (59*(m-1)+1)/2 + (y-1)*354 + floorDiv(3+11*y, 30) + 1948440 - 1
}

// umAlQuraBits returns the month bits of Hijri year y (1300–1600).
func umAlQuraBits(y int) int {
	i := (y - umAlQuraFirst) * 3
	b := 0
	for _, c := range umAlQuraMonths[i : i+3] {
		b <<= 4
		switch {
		case c >= '0' && c <= '9':
			b |= int(c - '0')
		default:
			b |= int(c-'a') + 10
		}
	}
	return b
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// gregorianJDN returns the Julian day number of a proleptic Gregorian date.
func gregorianJDN(y, m, d int) int {
	a := (14 - m) / 12
	yy := y + 4800 - a
	mm := m + 12*a - 3
	return d + (153*mm+2)/5 + 365*yy + yy/4 - yy/100 + yy/400 - 32045
}

// fromJDN returns the proleptic Gregorian date of a Julian day number.
func fromJDN(j int) (y, m, d int) {
	a := j + 32044
	b := (4*a + 3) / 146097
	c := a - 146097*b/4
	dd := (4*c + 3) / 1461
	e := c - 1461*dd/4
	mm := (5*e + 2) / 153
	d = e - (153*mm+2)/5 + 1
	m = mm + 3 - 12*(mm/10)
	y = 100*b + dd - 4800 + mm/10
	return y, m, d
}

// hijriFields sets ISO and Hijri of a Hijri date: Hijri as the text gave
// it, ISO the Gregorian day it falls on (for a month or a year, the day it
// starts).
func hijriFields(dt *date) (iso, hijri string) {
	m, d := dt.m, dt.d
	switch {
	case d > 0:
		hijri = fmt.Sprintf("%04d-%02d-%02d", dt.y, m, d)
	case m > 0:
		hijri, d = fmt.Sprintf("%04d-%02d", dt.y, m), 1
	default:
		hijri, m, d = fmt.Sprintf("%04d", dt.y), 1, 1
	}
	gy, gm, gd := toGregorian(dt.y, m, d)
	return fmt.Sprintf("%04d-%02d-%02d", gy, gm, gd), hijri
}
