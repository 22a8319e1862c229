// Package sentiment scores the tone of commentary: a valence in [-1, 1]
// with a negative, neutral or positive label, and a second dimension,
// certainty, that separates a writer who commits ("will", "clearly") from
// one who hedges ("may", "it seems", "we hope").
//
// # Valence
//
// Words and expressions are rated on VADER's scale (-4..+4) from a lexicon:
// by default VADER's own (MIT licence) overlaid with a hand-written
// extension for political commentary ("pluralism", "corruption", "step
// forward", "free and fair"; and 0 for words whose sense in news names
// rather than evaluates: "crude" oil, the "Treasury", "outstanding
// shares", "effective March 6"), with the AFINN-165 words VADER lacks
// filling its gaps; see data/LICENSES.md and the generator in
// internal/build. A user can bring their own lexicon in quanteda YAML or
// LIWC .dic form: LoadLexicon reads the file and Lexicon.Option gives the
// WithDictionary (replace) or WithExtension (overlay) option, with the
// categories' valences from ParseWeights or DefaultWeights; the run
// command's -tone-dict, -add-tone-dict and -tone-weights flags do the same.
//
// The rules are VADER's, ported to the pipeline's tokens, plus those
// formal commentary needs:
//
//   - negation in a window of three words ("not effective", "never so",
//     "without doubt" excepted), "no" and "no longer", "hardly" and
//     "scarcely" (negations, not dampeners), "far from perfect",
//     "anything but fair", "least"; a negated
//     word's rating shifts towards and past zero as in SO-CAL, so "not
//     bad" is faint praise while "not good" is nearly "bad";
//   - boosters and dampeners ("very", "rather", "kind of") and capitals;
//   - contrast: words before "but", "however", "yet", "nevertheless" weigh
//     half, words after one and a half times; "not only ... but also" is
//     not a contrast; a concessive clause ("although", "despite", "though")
//     weighs half and the clause it concedes to one and a half times;
//   - hypotheticals: words in the scope of "would", "could", "might",
//     "may", "should" (as modal verbs), an "if"/"unless" clause or a
//     distancing word ("supposedly", "so-called") weigh half, to the end
//     of the clause, and so do the words of a question, which asks rather
//     than asserts;
//   - polarity shifters reverse the word they govern, as a negation does:
//     "fewer violations", "reduce poverty", "lack of transparency", "fight
//     corruption", "alleviate poverty", "ban torture", "failed to
//     improve";
//   - "too" before an adjective marks excess: "too optimistic" is
//     criticism, "too costly" worse than "costly";
//   - negative evidence weighs 1.5 times positive evidence (SO-CAL's
//     negativity weight), against the positive lean of word counts;
//   - multi-word expressions are matched before their words, longest
//     first, through an index on their first word;
//   - a few words rate only in one part of speech ("like" as a verb);
//     regular inflections missing from the lexicon ("reformers",
//     "threatened") are rated as the word they inflect when the token's
//     tag agrees ("player" and "broker" are no comparatives) and the
//     form has no sense of its own ("goods"); derivations are not rated
//     ("political" is not "polite");
//   - emoticons the tokenizer splits (":)", ";-(") are rated when they
//     stand between white space, as VADER reads them;
//   - expressive lengthening ("goooood") is undone for the lookup and
//     counts as a booster; a capitalised word is skipped as part of a
//     name only next to another capitalised proper noun or an initial
//     ("Justice Party", "Victor E. Smith") or before a possessive ("said
//     Moody's"), not alone or in capitals ("a Great day", "I LOVE it"); a
//     one-letter word is an initial or a label, never rated ("Peter L.
//     Scott");
//   - VADER's slang idioms whose words in news nearly always mean what
//     they say are left out: "the bomb" (which rated a bombing +3), "the
//     shit", "to die for".
//
// A sentence's valence is the weighted mean of its rated words' values on
// the raters' -4..+4 scale, with a neutral prior worth one word, divided
// by 4: Anderson's averaging model of impression formation, in which a
// second positive word makes a sentence somewhat more positive, not twice
// as positive, and the rules above (contrast, concession, irrealis,
// negativity) set each word's weight. So a valence reads like a mean human
// rating divided by 4. WithVADER uses VADER's normalised sum x/√(x²+15)
// instead. The label uses Threshold: positive above +0.05, negative below
// -0.05, neutral in between (see Threshold for why). Statements, sections
// and documents aggregate their sentences with Aggregate, which pools the
// words' evidence under one prior (the same mean over all their rated
// words), labelled with the same threshold. A statement whose cue judges
// what it reports ("X criticised the plan", "praised the agreement",
// "condemned the attack") adds the cue's rating to its content's, unless
// a negation stands before the cue; "said" or "warned" report without
// judging and add nothing.
//
// # Certainty
//
// Boosters and hedges come from data/certainty.tsv; modal verbs count only
// when tagged MD, and a negated marker of knowing counts as its opposite.
// A sentence's certainty is (B-H)/(B+H+1) over the summed weights.
//
// # Use
//
// Build one Analyzer with New and share it: scoring allocates nothing per
// token. In the pipeline, NewStage(a) is the stage "tone": after the
// language stage (and the attribution stage, for statements) it fills
// Document.Tone at every level. Outside it, Analyzer.Tone does the same
// for one document, Analyzer.Score returns the sentence, section and
// document scores, and Analyzer.Span scores any stretch of text.
package sentiment
