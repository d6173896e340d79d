package benchdata

// vocab is one language's word lists and phrasing. The words are common
// vocabulary chosen for this generator, not text from any page.
type vocab struct {
	nouns, verbs, adjs, joins []string // sentence parts
	places, people, sources   []string
	menu                      []string // navigation items
	months                    []string // twelve month names
	units                     []string // what a figure counts
	scales                    []string // "ألف", "million", …
	percent                   string   // "في المائة", "%", "percent"
	comma                     string   // "،" or ","
	report                    []string // short boilerplate lines after the picture
	footer                    []string // lines after the article
	related                   string   // heading of the related list
	byline                    func(g *gen) string
	date                      func(g *gen) string
}

var arabic = vocab{
	nouns: []string{"الحكومة", "الوزارة", "المجلس", "البرلمان", "الشركة", "المدينة", "الجهة", "السوق", "الميناء", "المشروع",
		"الاقتصاد", "الفلاحة", "الصناعة", "السياحة", "الطاقة", "المياه", "الأمطار", "الطرق", "المدارس", "المستشفى",
		"المواطنين", "الشباب", "النساء", "الأسر", "التلاميذ", "الفلاحين", "الصادرات", "الواردات", "الأسعار", "الميزانية",
		"الاستثمار", "التعاون", "الاتفاقية", "الدراسة", "التقرير", "الإحصائيات", "المعطيات", "الحصيلة", "المبادرة", "البرنامج"},
	verbs: []string{"أعلنت", "كشفت", "أكدت", "سجلت", "أطلقت", "قررت", "رصدت", "أوضحت", "عرفت", "شهدت",
		"يعتزم", "يواصل", "تراجعت", "ارتفعت", "انخفضت", "بلغت", "تجاوزت", "حققت", "دعت", "ناقشت"},
	adjs: []string{"الجديد", "الوطني", "المحلي", "الدولي", "الكبير", "الملحوظ", "المهم", "الأخير", "السنوي", "الرسمي",
		"الاقتصادي", "الاجتماعي", "الجهوي", "المستدام", "الأول"},
	joins:   []string{"في", "على", "من", "إلى", "مع", "حول", "بعد", "قبل", "خلال", "ضمن", "بين", "عند"},
	places:  []string{"الرباط", "الدار البيضاء", "طنجة", "فاس", "مراكش", "أكادير", "وجدة", "الحسيمة", "العيون", "مكناس", "تطوان", "القنيطرة"},
	people:  []string{"محمد العلوي", "فاطمة الزهراء", "يوسف بنعلي", "سعاد المرابط", "عبد الله الإدريسي", "خديجة الفاسي", "أمين التازي", "ليلى بنجلون"},
	sources: []string{"هسبريس", "اليوم 24", "الصباح", "المساء", "الأحداث", "لكم", "العمق", "الأيام"},
	menu: []string{"الرئيسية", "سياسة", "اقتصاد", "مجتمع", "رياضة", "ثقافة", "فن", "تكنولوجيا", "دولي", "جهات", "رأي",
		"فيديو", "صور", "اتصل بنا", "من نحن", "الأرشيف", "بحث", "تسجيل الدخول"},
	months:  []string{"يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"},
	units:   []string{"كيلومتر مربع", "درهم", "طن", "هكتار", "مليمتر", "شخص", "منصب شغل", "سائح", "ميغاواط", "كيلومتر"},
	scales:  []string{"ألف", "مليون", "مليار"},
	percent: "في المائة",
	comma:   "،",
	report:  []string{"شكرا على الإبلاغ!", "سيتم حجب هذه الصورة تلقائيا عندما يتم الإبلاغ عنها من طرف عدة أشخاص.", "إبلاغ عن محتوى غير لائق"},
	footer: []string{"انقر هنا لقراءة الخبر من مصدره.", "جميع الحقوق محفوظة", "تابعونا على فيسبوك", "اشترك في النشرة البريدية",
		"شارك", "تعليقات", "أضف تعليقك"},
	related: "أخبار ذات صلة",
	byline: func(g *gen) string {
		return "نشر في " + g.pick(g.v.sources) + " يوم " + g.two(1+g.r.IntN(28)) + " - " + g.two(1+g.r.IntN(12)) + " - " + g.year()
	},
	date: func(g *gen) string {
		return g.day() + " " + g.pick(g.v.months) + " " + g.year()
	},
}

var french = vocab{
	nouns: []string{"le gouvernement", "le ministère", "la commune", "le conseil", "la région", "l'entreprise", "le marché", "le port",
		"le projet", "l'économie", "l'agriculture", "l'industrie", "le tourisme", "l'énergie", "l'eau", "la pluie", "les routes",
		"les écoles", "l'hôpital", "les habitants", "les jeunes", "les familles", "les élèves", "les agriculteurs", "les exportations",
		"les prix", "le budget", "l'investissement", "la coopération", "l'accord", "l'étude", "le rapport", "les chiffres", "le bilan"},
	verbs: []string{"a annoncé", "a révélé", "a confirmé", "a enregistré", "a lancé", "a décidé", "a relevé", "a précisé",
		"a connu", "prévoit", "poursuit", "a reculé", "a augmenté", "a baissé", "a atteint", "a dépassé", "a réalisé", "a appelé"},
	adjs: []string{"nouveau", "national", "local", "international", "important", "dernier", "annuel", "officiel",
		"économique", "social", "régional", "durable", "premier", "notable"},
	joins:   []string{"dans", "sur", "de", "à", "avec", "pour", "après", "avant", "pendant", "selon", "entre", "vers"},
	places:  []string{"Rabat", "Casablanca", "Tanger", "Fès", "Marrakech", "Agadir", "Oujda", "Lyon", "Marseille", "Paris", "Lille", "Nantes"},
	people:  []string{"Marie Dupont", "Jean Martin", "Sophie Bernard", "Karim Benali", "Claire Moreau", "Luc Lefèvre", "Nadia Haddad"},
	sources: []string{"Le Quotidien", "L'Économiste", "La Gazette", "Le Matin", "Ouest Info", "Le Journal"},
	menu: []string{"Accueil", "Politique", "Économie", "Société", "Sport", "Culture", "Monde", "Régions", "Opinions", "Vidéos",
		"Contact", "Qui sommes-nous", "Archives", "Rechercher", "Se connecter", "S'abonner"},
	months:  []string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
	units:   []string{"km²", "euros", "dirhams", "tonnes", "hectares", "mm", "personnes", "emplois", "touristes", "MW", "km"},
	scales:  []string{"mille", "millions de", "milliards de"},
	percent: "%",
	comma:   ",",
	report:  []string{"Merci pour votre signalement.", "Cette image sera masquée après plusieurs signalements.", "Signaler un contenu"},
	footer: []string{"Lire l'article sur le site d'origine.", "Tous droits réservés", "Suivez-nous sur les réseaux sociaux",
		"Inscrivez-vous à la newsletter", "Partager", "Commentaires", "Ajouter un commentaire"},
	related: "À lire aussi",
	byline: func(g *gen) string {
		return "Par " + g.pick(g.v.people) + " - Publié le " + g.v.date(g) + " à " + g.two(g.r.IntN(24)) + "h" + g.two(g.r.IntN(60))
	},
	date: func(g *gen) string {
		return g.day() + " " + g.pick(g.v.months) + " " + g.year()
	},
}

var english = vocab{
	nouns: []string{"the government", "the ministry", "the council", "parliament", "the company", "the city", "the region", "the market",
		"the port", "the project", "the economy", "farming", "industry", "tourism", "energy", "water", "rainfall", "the roads",
		"schools", "the hospital", "residents", "young people", "families", "pupils", "farmers", "exports", "prices", "the budget",
		"investment", "cooperation", "the agreement", "the study", "the report", "the figures", "the survey"},
	verbs: []string{"announced", "revealed", "confirmed", "recorded", "launched", "decided", "reported", "explained",
		"saw", "plans", "continues", "fell", "rose", "dropped", "reached", "exceeded", "achieved", "called for"},
	adjs: []string{"new", "national", "local", "international", "major", "recent", "annual", "official",
		"economic", "social", "regional", "sustainable", "first", "significant"},
	joins:   []string{"in", "on", "from", "to", "with", "for", "after", "before", "during", "according to", "between", "across"},
	places:  []string{"London", "Leeds", "Bristol", "Glasgow", "Cardiff", "Boston", "Denver", "Austin", "Rabat", "Cairo", "Dublin", "Toronto"},
	people:  []string{"Jane Smith", "John Carter", "Emily Clark", "Omar Hassan", "Sarah Lewis", "David Brown", "Amina Yusuf"},
	sources: []string{"The Daily Record", "City Herald", "The Courier", "Morning Post", "The Observer Weekly", "News Today"},
	menu: []string{"Home", "Politics", "Business", "Society", "Sport", "Culture", "World", "Regions", "Opinion", "Video",
		"Contact us", "About", "Archive", "Search", "Sign in", "Subscribe"},
	months:  []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
	units:   []string{"square miles", "dollars", "pounds", "tonnes", "acres", "inches", "people", "jobs", "visitors", "megawatts", "miles"},
	scales:  []string{"thousand", "million", "billion"},
	percent: "percent",
	comma:   ",",
	report:  []string{"Thanks for reporting!", "This image will be hidden once several readers report it.", "Report this content"},
	footer: []string{"Read the full story at the source.", "All rights reserved", "Follow us on social media",
		"Sign up for our newsletter", "Share", "Comments", "Add a comment"},
	related: "Related stories",
	byline: func(g *gen) string {
		return "By " + g.pick(g.v.people) + " | " + g.v.date(g) + ", " + g.two(1+g.r.IntN(12)) + ":" + g.two(g.r.IntN(60)) + " GMT"
	},
	date: func(g *gen) string {
		return g.pick(g.v.months) + " " + g.day() + ", " + g.year()
	},
}
