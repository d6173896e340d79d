// Prints the Umm al-Qura month lengths that internal/language/dates/hijri.go
// holds, as read from ICU's islamic-umalqura calendar (Node's Intl, built
// with full ICU): for each Hijri year from 1300 to 1600, three hex digits
// whose bits (month 1 lowest) say which months have 30 days, and the
// Gregorian date of 1 Muharram 1300. Run: node tools/hijri/umalqura.mjs
const f = new Intl.DateTimeFormat("en-u-ca-islamic-umalqura", {
  year: "numeric", month: "numeric", day: "numeric", timeZone: "UTC",
});
const first = 1300, last = 1600;
const len = new Map(); // "y-m" -> days
let start = null;
for (let t = Date.UTC(1882, 0, 1); t < Date.UTC(2176, 0, 1); t += 86400000) {
  const o = {};
  for (const p of f.formatToParts(new Date(t))) o[p.type] = p.value;
  const y = parseInt(o.year), m = +o.month, d = +o.day;
  if (y === first && m === 1 && d === 1) start = new Date(t).toISOString().slice(0, 10);
  const k = y + "-" + m;
  len.set(k, Math.max(len.get(k) || 0, d));
}
let out = "";
for (let y = first; y <= last; y++) {
  let bits = 0;
  for (let m = 1; m <= 12; m++) {
    const n = len.get(y + "-" + m);
    if (n !== 29 && n !== 30) throw new Error(`${y}-${m}: ${n} days`);
    if (n === 30) bits |= 1 << (m - 1);
  }
  out += bits.toString(16).padStart(3, "0");
}
console.log("start", start);
console.log(out);
