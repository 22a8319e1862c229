package sentiment

// The constants and word lists of VADER's rules (vaderSentiment.py, MIT
// licence; see data/LICENSES.md), and the additions for formal commentary.
const (
	boostIncr  = 0.293 // a booster's increment to a rated word
	boostDecr  = -0.293
	capsIncr   = 0.733 // an ALL-CAPS rated word among lower-case ones
	negScalar  = -0.74 // a negated word's rating is multiplied by this
	neverScale = 1.25  // "never so good"
	// negShift is SO-CAL's negation shift, 4 on its -5..+5 scale, mapped
	// onto VADER's -4..+4 (see Analyzer.negate).
	negShift = 4 * 4.0 / 5
	alpha    = 15    // normalisation x/√(x²+α)
	epStep   = 0.292 // per "!" (at most 4)
	qmStep   = 0.18  // per "?" when there are 2 or 3
	qmMax    = 0.96
	// contrastScale: words before "but" weigh 1-c, words after 1+c.
	contrastScale = 0.5
	// irrealisScale weighs words in the scope of a hypothetical modal
	// ("would", "could", "might", "may", "should") or an "if"/"unless"
	// clause: hypothetical evidence counts half, the same discount VADER
	// gives to the clause a "but" overrides.
	irrealisScale = 0.5
	// negativityWeight multiplies the weight of every negative
	// contribution, after the other rules: readers weigh bad news more than
	// good ("negativity bias"; Rozin and Royzman 2001), while positive
	// words are the more frequent in any text (the "Pollyanna principle",
	// Boucher and Osgood 1969), so an unweighted mean leans positive. 1.5
	// is the weight of SO-CAL (Taboada et al. 2011, "Lexicon-Based Methods
	// for Sentiment Analysis", Computational Linguistics 37(2)), taken as
	// published.
	negativityWeight = 1.5
	// window is how many words before a rated word the negation and
	// booster rules look at.
	window = 3
)

// vaderNegations is VADER's NEGATE list; "n't" stands for the contracted
// forms that the tokenizer splits off ("do n't").
var vaderNegations = []string{
	"aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt",
	"ain't", "aren't", "can't", "couldn't", "daren't", "didn't", "doesn't",
	"dont", "hadnt", "hasnt", "havent", "isnt", "mightnt", "mustnt", "neither",
	"don't", "hadn't", "hasn't", "haven't", "isn't", "mightn't", "mustn't",
	"neednt", "needn't", "never", "none", "nope", "nor", "not", "nothing", "nowhere",
	"oughtnt", "shant", "shouldnt", "uhuh", "wasnt", "werent",
	"oughtn't", "shan't", "shouldn't", "uh-uh", "wasn't", "weren't",
	"without", "wont", "wouldnt", "won't", "wouldn't", "rarely", "seldom", "despite",
	"n't", "n’t",
}

// vaderBoosters is VADER's BOOSTER_DICT (single words; "kind of" and
// "sort of" are handled as two-word dampeners).
var vaderBoosters = map[string]float64{
	"absolutely": boostIncr, "amazingly": boostIncr, "awfully": boostIncr,
	"completely": boostIncr, "considerable": boostIncr, "considerably": boostIncr,
	"decidedly": boostIncr, "deeply": boostIncr, "effing": boostIncr, "enormous": boostIncr, "enormously": boostIncr,
	"entirely": boostIncr, "especially": boostIncr, "exceptional": boostIncr, "exceptionally": boostIncr,
	"extreme": boostIncr, "extremely": boostIncr,
	"fabulously": boostIncr, "flipping": boostIncr, "flippin": boostIncr, "frackin": boostIncr, "fracking": boostIncr,
	"fricking": boostIncr, "frickin": boostIncr, "frigging": boostIncr, "friggin": boostIncr, "fully": boostIncr,
	"fuckin": boostIncr, "fucking": boostIncr, "fuggin": boostIncr, "fugging": boostIncr,
	"greatly": boostIncr, "hella": boostIncr, "highly": boostIncr, "hugely": boostIncr,
	"incredible": boostIncr, "incredibly": boostIncr, "intensely": boostIncr,
	"major": boostIncr, "majorly": boostIncr, "more": boostIncr, "most": boostIncr, "particularly": boostIncr,
	"purely": boostIncr, "quite": boostIncr, "really": boostIncr, "remarkably": boostIncr,
	"so": boostIncr, "substantially": boostIncr,
	"thoroughly": boostIncr, "total": boostIncr, "totally": boostIncr, "tremendous": boostIncr, "tremendously": boostIncr,
	"uber": boostIncr, "unbelievably": boostIncr, "unusually": boostIncr, "utter": boostIncr, "utterly": boostIncr,
	"very":   boostIncr,
	"almost": boostDecr, "barely": boostDecr, "hardly": boostDecr,
	"kinda": boostDecr, "kindof": boostDecr, "kind-of": boostDecr,
	"less": boostDecr, "little": boostDecr, "marginal": boostDecr, "marginally": boostDecr,
	"occasional": boostDecr, "occasionally": boostDecr, "partly": boostDecr,
	"scarce": boostDecr, "scarcely": boostDecr, "slight": boostDecr, "slightly": boostDecr, "somewhat": boostDecr,
	"sorta": boostDecr, "sortof": boostDecr, "sort-of": boostDecr,
}

// vaderIdioms is VADER's SPECIAL_CASES: expressions whose rating replaces
// that of their words.
var vaderIdioms = map[string]float64{
	"the shit": 3, "the bomb": 3, "bad ass": 1.5, "badass": 1.5, "bus stop": 0.0,
	"yeah right": -2, "kiss of death": -1.5, "to die for": 3,
	"beating heart": 3.1, "broken heart": -2.9,
}

// slangIdioms are the idioms of vaderIdioms that the default lexicon
// leaves out: social-media praise ("this song is the bomb", "a voice to
// die for") whose words, in news and commentary, nearly always mean what
// they say ("the bomb exploded", "ready to die for their country"), so the
// idiom would rate a bombing +3. WithVADER keeps them.
var slangIdioms = map[string]bool{"the shit": true, "the bomb": true, "to die for": true}

// commentaryBoosters adds the intensifiers and downtoners of formal prose.
var commentaryBoosters = map[string]float64{
	"significantly": boostIncr, "profoundly": boostIncr, "seriously": boostIncr,
	"increasingly": boostIncr, "strongly": boostIncr, "truly": boostIncr,
	"genuinely": boostIncr, "fundamentally": boostIncr, "sharply": boostIncr,
	"rather": boostDecr, "fairly": boostDecr, "relatively": boostDecr,
	"moderately": boostDecr, "mildly": boostDecr, "partially": boostDecr,
	"comparatively": boostDecr, "reasonably": boostDecr,
}

// commentaryNegations are added to VADER's (and "despite" is moved to the
// concessive markers: it concedes, it does not negate).
// "no longer" negates through the word "longer" (see isNegation).
//
// "Hardly" and "scarcely" negate ("hardly effective" is not effective):
// like "not" they license negative-polarity items ("hardly any", "hardly
// ever"), so they are negations here, not VADER's dampeners. "Far from"
// and "anything but" negate what follows them ("far from perfect",
// "anything but fair"; Polanyi and Zaenen 2006, "Contextual valence
// shifters"); see isNeg.
var commentaryNegations = []string{"nobody", "neither", "cannot", "hardly", "scarcely"}

// contrastMarkers shift the weight of a sentence to what follows them.
// "yet" counts only as a conjunction (tag CC) or at the start of a
// sentence, so "not yet" stays temporal.
var contrastMarkers = []string{"but", "however", "yet", "nevertheless", "nonetheless"}

// concessiveMarkers open a clause that the rest of the sentence overrides:
// "Although turnout was low, the vote was fair" weighs the main clause.
var concessiveMarkers = []string{"although", "though", "despite", "whereas", "notwithstanding"}

// irrealisMarkers open a hypothetical scope that lasts to the end of the
// clause. Modal verbs count only when tagged MD.
//
// The distancing adverbs and adjectives ("supposedly", "so-called") open
// the same scope: the writer reports an evaluation without owning it,
// which SO-CAL (Taboada et al. 2011) also treats as irrealis.
var irrealisMarkers = []string{
	"would", "could", "might", "may", "should", "if", "unless",
	"supposedly", "allegedly", "purportedly", "ostensibly", "so-called", "purported", "would-be",
}

// shifters reverse the polarity of the rated word they govern, like a
// negation: "fewer violations", "reduce poverty", "lack of transparency",
// "fight corruption". A shifter that shifts a word gives up its own rating.
var shifters = []string{
	"fewer", "less", "lower", "reduce", "reduced", "reduces", "reducing", "reduction",
	"decrease", "decreased", "decline", "declined", "declining", "drop", "fall", "fell", "falling", "lack", "lacks", "lacked", "lacking",
	"absence", "absent", "shortage", "loss", "lost", "lose", "losing",
	"fight", "fighting", "combat", "combating", "combatting", "tackle", "tackling",
	"prevent", "prevents", "prevented", "preventing", "prevention",
	"curb", "curbing", "eliminate", "eliminated", "eliminating", "eradicate", "eradicating",
	"overcome", "overcoming", "end", "ending", "ended", "resolve", "resolved", "resolving",
	"avoid", "avoided", "avoiding", "counter", "countering", "stop", "stopped", "stopping",
	"alleviate", "alleviates", "alleviated", "alleviating", "mitigate", "mitigates", "mitigated", "mitigating",
	"halt", "halts", "halted", "halting", "ban", "bans", "banned", "banning",
	"abolish", "abolishes", "abolished", "abolishing", "abolition",
	"solve", "solves", "solved", "solving", "defeat", "defeats", "defeated", "defeating",
	// "failed to improve": a failure reverses the verb it governs
	"fail", "fails", "failed", "failing",
}

// posOnly restricts a word's rating to tags with the given prefix: "like"
// rates only as a verb ("I like it", not "like a dog"), "kind" and "pretty"
// only as adjectives ("kind of", "pretty good" are not praise).
var posOnly = map[string]string{
	"like": "VB", "likes": "VB", "liked": "VB", "kind": "JJ", "pretty": "JJ",
	"fine": "JJ", "no": "UH",
}

// modalVerbs are certainty markers only when tagged MD ("the will of the
// people", "in May").
var modalVerbs = []string{"will", "shall", "must", "'ll", "’ll", "may", "might", "could", "would", "should", "can"}
