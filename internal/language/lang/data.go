package lang

// The per-language data. Every language Safi knows is one entry of
// languages; code never branches on a language tag.
//
// Stopword lists are Safi's own short lists of function words (articles,
// prepositions, conjunctions, pronouns, auxiliaries, common adverbs and
// reporting verbs), written in ordinary spelling and folded with
// normalize.Fold when first used. They are kept short on purpose: they are
// used both to remove function words from the top terms and to tell Latin-
// script languages apart, and a content word in a stopword list would hide
// it from the terms. Two-letter Arabic stopwords that a proclitic turns
// into a content word are left out: لي and لك would make ولي (ولي العهد)
// and فلك stopwords.
//
// Reading rates are words per minute of normally-sighted native adult
// readers reading the International Reading Speed Texts aloud:
// Trauzettel-Klosinski S, Dietz K, IReST Study Group (2012), "Standardized
// assessment of reading performance: the new International Reading Speed
// Texts IReST", Investigative Ophthalmology & Visual Science 53(9):5452–5461,
// doi:10.1167/iovs.11-8284 (17 languages; mean 184 ± 29 words/min, used for
// languages without a rate of their own). For Chinese and Japanese, whose
// words Safi cannot segment, the IReST characters-per-minute rate is used
// on letters instead. Exceptions are cited on their entry.
//
// Speaking rates are derived, not measured per language: Brysbaert M (2019),
// "How many words do we read per minute? A review and meta-analysis of
// reading rate", Journal of Memory and Language 109:104047,
// doi:10.1016/j.jml.2019.104047, finds 183 words/min for reading English
// aloud (77 studies). Each language's speaking rate is that figure scaled by
// its IReST rate relative to English (228 words/min), which carries over the
// cross-language differences in word length that IReST measured.

// defaultReadingWPM is the IReST mean over its 17 languages.
const defaultReadingWPM = 184

// englishOralWPM is Brysbaert's (2019) oral reading rate for English, and
// englishIReSTWPM IReST's English rate: their ratio scales speaking rates.
const (
	englishOralWPM  = 183
	englishIReSTWPM = 228
)

// language is the data Safi holds for one language.
type language struct {
	tag    string // BCP 47 base tag
	script string // the script Detect attributes to it
	rtl    bool
	// readingWPM is words per minute (see above); readingCPM, when set,
	// replaces it with letters per minute for scripts written without spaces.
	readingWPM, readingCPM float64
	// stopwords is a space-separated list in ordinary spelling.
	stopwords string
	// proclitics are prefixes that attach to a word (Arabic و ف ب ل ك and
	// their combinations), longest first. lamArticle is a prefix that stands
	// for a proclitic plus article, whose letters merged (Arabic لل = ل + ال);
	// article is that article.
	proclitics          []string
	lamArticle, article string
	// elisions are elided words glued to the next with an apostrophe (French
	// l', qu'), in folded form, without the apostrophe.
	elisions []string
	// possessives are suffixes after an apostrophe that are not part of the
	// word (English 's), without the apostrophe.
	possessives []string
	// abbreviations are words that end with a period without ending the
	// sentence (Mr., M.), folded, without the period.
	abbreviations string
	// markers are letters whose presence tells this language apart from the
	// ones before it in the table written in the same script (Persian
	// پ چ ژ گ ک ی, which Arabic lacks).
	markers string
}

// Script names returned by ScriptOf.
const (
	ScriptArabic     = "arabic"
	ScriptLatin      = "latin"
	ScriptCyrillic   = "cyrillic"
	ScriptGreek      = "greek"
	ScriptHebrew     = "hebrew"
	ScriptHan        = "han"
	ScriptKana       = "kana"
	ScriptHangul     = "hangul"
	ScriptThai       = "thai"
	ScriptDevanagari = "devanagari"
)

// languages is every language Safi knows, in the order Detect prefers on a
// tie.
var languages = []language{
	{
		tag: "ar", script: ScriptArabic, rtl: true, readingWPM: 138,
		proclitics: []string{"وبال", "وكال", "فبال", "فال", "وال", "بال", "كال", "ول", "وب", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك"},
		lamArticle: "لل", article: "ال",
		stopwords: `
في من إلى الى على عن مع منذ حتى لدى عند بين خلال ضد حول دون نحو قبل بعد فوق تحت أمام خلف وراء عبر إزاء سوى غير ضمن مثل بدون رغم جراء بسبب وفق وفقا حسب إثر
و ف ثم أو أم بل لكن ولكن إن أن إنه إنها أنه أنها لأن كأن لعل ليت قد لقد لا لم لن ما لما إذا إذ إذن لو لولا كي كيف هل أي أين متى حيث حين عندما بينما كلما إلا سوف يا أما إما
هو هي هم هن هما أنا نحن أنت أنتم إياه إياها إياهم
هذا هذه هذان هاتان هؤلاء ذلك تلك أولئك هنا هناك هنالك ذاك
الذي التي الذين اللذان اللتان اللواتي اللاتي
له لها لهم لهن لنا لكم به بها بهم فيه فيها فيهم منه منها منهم عنه عنها عنهم عليه عليها عليهم إليه إليها إليهم معه معها معهم بينهم لديه لديها عنده عندها مما عما فيما بما ممن
كل بعض جميع كافة عدة أحد إحدى نفس نفسه ذات مجرد أكثر أقل
كان كانت كانوا يكون تكون أصبح أصبحت ليس ليست ظل مازال يزال تزال
قال قالت يقول تقول أضاف أضافت أكد أكدت أوضح أشار أشارت
أيضا كذلك فقط جدا الآن اليوم أمس غدا هكذا حاليا تم يتم`,
	},
	{
		tag: "fa", script: ScriptArabic, rtl: true,
		markers: "پچژگکی",
		stopwords: `
و در به از که این را با است برای آن یک خود تا کرد بر هم نیز شد می ها شده او ما بود اما یا شود کند دارد باید وی هر آنها بین پس کنند همه دیگر ای ولی چه اگر`,
	},
	{
		tag: "ur", script: ScriptArabic, rtl: true,
		markers: "ےٹڈڑںہ",
		stopwords: `
کے میں کی ہے اور کو سے نے کہ یہ پر ہیں تھا بھی ایک وہ کا تھی گیا ہو تو اس جو کر نہیں لیے ان ہوں`,
	},
	{
		tag: "en", script: ScriptLatin, readingWPM: 228,
		abbreviations: "mr mrs ms dr prof st jr sr vs etc e.g i.e cf no gen col lt sgt capt gov sen rep inc ltd co jan feb mar apr jun jul aug sep sept oct nov dec",
		possessives:   []string{"s"},
		stopwords: `
a an the and or but nor if then else when while of at by for with about against between into through during before after above below to from up down in out on off over under again further once
here there where why how all any both each few more most other some such no not only own same so than too very can will just should now also
i me my myself we our ours ourselves you your yours yourself he him his himself she her hers herself it its itself they them their theirs themselves
what which who whom whose this that these those am is are was were be been being have has had having do does did doing would could may might must shall
said says say as because until since upon via per yet however although though whether within without among across around still even ever much many
s t don didn doesn isn aren wasn weren won mr mrs ms dr`,
	},
	{
		tag: "fr", script: ScriptLatin, readingWPM: 195,
		abbreviations: "m mm mme mmes mlle dr pr me st ste etc cf av apr j.-c janv févr avr juil sept oct nov déc",
		elisions:      []string{"jusqu", "lorsqu", "puisqu", "quoiqu", "qu", "l", "d", "j", "m", "n", "s", "t", "c"},
		stopwords: `
le la les l un une des du de d au aux et ou mais donc or ni car que qu qui quoi dont où ce cet cette ces c ça cela ceci celui celle ceux celles
il ils elle elles on je j tu nous vous me m te t se s lui leur leurs y en ne n pas plus moins très trop peu aussi bien encore déjà toujours jamais rien tout tous toute toutes autre autres même mêmes
son sa ses mon ma mes ton ta tes notre nos votre vos dans sur sous avec sans pour par entre vers chez contre depuis pendant avant après selon lors dès
être est sont était étaient été sera seront serait soit sommes êtes suis avoir a ai as avons avez ont avait avaient aura auront aurait eu
fait faire peut peuvent doit comme si quand comment pourquoi alors ainsi puis cependant toutefois afin lorsque lorsqu puisque jusqu jusque
chaque plusieurs quelque quelques certains certaines aucun aucune tel telle tels telles non oui ici là dit mme mlle mm`,
	},
	{
		tag: "es", script: ScriptLatin, readingWPM: 218,
		abbreviations: "sr sra srta dr dra etc ee.uu",
		stopwords: `
el la los las un una unos unas lo de del al a y e o u pero sino que en por para con sin sobre entre hasta desde hacia según durante contra
se su sus mi mis tu tus nuestro nuestra nuestros vuestro le les me te nos os yo él ella ellos ellas usted nosotros
es son era eran fue fueron ser sido está están estaba estar ha han había haber hay muy más menos también ya como cuando donde porque pues si no
este esta estos estas ese esa esos esas aquel aquella esto eso todo todos toda todas otro otra otros otras cada mismo misma cual quien cuyo dijo`,
	},
	{
		tag: "de", script: ScriptLatin, readingWPM: 179,
		abbreviations: "hr fr dr prof bzw usw z.b d.h ca nr",
		stopwords: `
der die das den dem des ein eine einen einem einer eines und oder aber denn sondern doch nicht kein keine
ist sind war waren wird werden wurde wurden sein hat haben hatte hatten kann können muss soll sollte
ich du er sie es wir ihr mich dich sich uns euch ihm ihn ihnen mein dein sein ihr unser
in im an am auf aus bei mit nach von vom zu zum zur für über unter vor hinter neben zwischen durch gegen ohne um bis seit
auch noch schon nur sehr mehr so wie als wenn dass ob weil da dann hier dort dieser diese dieses jeder jede alle man was wer sagte`,
	},
	{
		tag: "it", script: ScriptLatin, readingWPM: 188,
		elisions: []string{"dell", "all", "dall", "nell", "sull", "un", "l", "d", "c"},
		stopwords: `
il lo la i gli le un uno una di del dello della dei degli delle a al allo alla ai agli alle da dal dalla dai in nel nello nella nei su sul sulla con per tra fra
e ed o ma che chi cui non più anche come se quando dove perché però già ancora molto poco tutto tutti tutta questo questa questi quello quella
è sono era erano essere stato stata ha hanno aveva avere sia io tu lui lei noi voi loro mi ti si ci vi ne suo sua suoi sue nostro ha detto`,
	},
	{
		// Portuguese: 180 words/min, Brazilian readers of the IReST in
		// Portuguese, as reported by Macedo AF, Silva CPL (2013), "Reading
		// speed in the International Reading Speed Texts by native Portuguese
		// readers", University of Minho, hdl:1822/42099.
		tag: "pt", script: ScriptLatin, readingWPM: 180,
		stopwords: `
o a os as um uma uns umas de do da dos das em no na nos nas por pelo pela pelos pelas para com sem sobre entre até desde ao aos à às
e ou mas que se não mais muito também já como quando onde porque seu sua seus suas meu minha ele ela eles elas eu nós você lhe lhes
é são era eram foi foram ser sido está estão estava estar tem têm tinha ter há este esta estes estas esse essa isso isto aquele aquela todo todos toda todas outro outra cada mesmo disse`,
	},
	{
		tag: "nl", script: ScriptLatin, readingWPM: 202,
		stopwords: `
de het een en of maar want dus van in op aan met voor door bij naar uit over onder tot om te als dan dat die dit deze wat wie waar hoe
is zijn was waren wordt werd worden heeft hebben had hadden kan kunnen moet zal zou niet geen ook nog al wel er hier daar
ik jij je hij zij ze wij we jullie u mij me hem haar ons hun zich mijn zijn haar onze`,
	},
	{tag: "ru", script: ScriptCyrillic,
		stopwords: `и в во не что он она оно они на я с со как а то все так его её их но да ты к у же вы за бы по только мне было вот от меня ещё нет о из ему когда даже ли если уже или ни быть был была были до для мы чем без под будет кто этот эта это эти того этого тоже при после над через между сказал`},
	{tag: "uk", script: ScriptCyrillic, markers: "іїєґ",
		stopwords: `і й та в у на з із до від що як це не по за а але або бо для при про так тому цей ця ці він вона воно вони ми ви я ти його її їх був була було були є буде може вже ще також`},
	{tag: "el", script: ScriptGreek, readingWPM: 208, // Gleni A et al., the Greek version of the IReST: 208 ± 24 words/min
		stopwords: `και το η ο τα οι του της των τον την σε στο στη στην στον στα με για από που να θα δεν είναι ήταν ένα μια ως αλλά ή αν`},
	{tag: "he", script: ScriptHebrew, rtl: true, readingWPM: 187,
		stopwords: `של את על עם לא כי זה זו הוא היא הם הן אני אנחנו גם אבל או אם כל יש אין היה הייתה מה מי כך רק עוד כמו אל בין`},
	{tag: "zh", script: ScriptHan, readingCPM: 255},
	{tag: "ja", script: ScriptKana, readingCPM: 357},
	{tag: "ko", script: ScriptHangul},
	{tag: "th", script: ScriptThai},
	{tag: "hi", script: ScriptDevanagari},
	{tag: "fi", script: ScriptLatin, readingWPM: 161,
		stopwords: `ja on ei se että oli hän ovat kun mutta tai myös joka jotka ole sen sekä kuin niin vain jo olla mukaan kanssa tämä nämä hänen heidän`},
	{tag: "pl", script: ScriptLatin, readingWPM: 166,
		stopwords: `i w na z się nie do to że a o jak ale po co jest od za jego tak przez są przy dla czy już tylko może być był była było także oraz lub ich który która które`},
}
