package lang

// NewsAgencies are the names (and common abbreviations) of news agencies
// that datelines and bylines cite: "دبي - وام", "PARIS (AFP)", "… واس".
// Match them case-insensitively, after folding Arabic letter forms.
var NewsAgencies = []string{
	// Arabic: Emirates, Saudi, Qatar, Kuwait, Bahrain, Jordan, Syria,
	// Algeria, Tunisia, Morocco agencies; AFP, Reuters, Anadolu, dpa, Xinhua.
	"وام", "واس", "قنا", "كونا", "بنا", "بترا", "سانا", "واج", "وات", "ومع", "و.م.ع",
	"أ ف ب", "ا ف ب", "رويترز", "الأناضول", "د ب أ", "شينخوا", "وكالات", "وكالة الأنباء",
	"AFP", "Reuters", "AP", "MAP", "APS", "TAP", "Xinhua", "dpa", "ANSA", "EFE", "Bloomberg", "UPI", "agences",
}
