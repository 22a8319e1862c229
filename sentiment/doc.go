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
// forward", "free and fair"); see data/LICENSES.md and the generator in
// internal/build. A user can bring their own lexicon in quanteda YAML or
// LIWC .dic form (package internal/dict) with WithDictionary or
// WithExtension.
//
// The rules are VADER's, ported to the pipeline's tokens, plus those
// formal commentary needs:
//
//   - negation in a window of three words ("not effective", "never so",
//     "without doubt" excepted), "no" and "no longer", "least";
//   - boosters and dampeners ("very", "rather", "kind of") and capitals;
//   - contrast: words before "but", "however", "yet", "nevertheless" weigh
//     half, words after one and a half times; "not only ... but also" is
//     not a contrast; a concessive clause ("although", "despite", "though")
//     weighs half and the clause it concedes to one and a half times;
//   - hypotheticals: words in the scope of "would", "could", "might",
//     "may", "should" (as modal verbs) or an "if"/"unless" clause weigh
//     half, to the end of the clause;
//   - polarity shifters reverse the word they govern, as a negation does:
//     "fewer violations", "reduce poverty", "lack of transparency", "fight
//     corruption";
//   - multi-word expressions are matched before their words, longest
//     first, through an index on their first word;
//   - a few words rate only in one part of speech ("like" as a verb);
//     inflected forms missing from the lexicon are rated through their
//     Snowball stem when the lexicon's words of that stem agree.
//
// A sentence's valence is VADER's normalised sum x/√(x²+15); its label
// uses Threshold (±0.05). Statements, sections and documents aggregate
// their sentences with Aggregate: the mean over sentences that carry any
// rated word.
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
// token. Analyzer.Score scores a document that has been through the
// language stage; Analyzer.Span scores a statement; Stage wraps the
// Analyzer for the pipeline.
package sentiment
