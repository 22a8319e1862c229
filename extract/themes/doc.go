// Package themes is the pipeline stage that finds recurring themes in a
// document with a dictionary a user can read and change, and the key terms
// that characterise the document (and a whole batch) without one.
//
// # Dictionaries
//
// A theme dictionary is a quanteda-style YAML file or a LIWC-style .dic
// file (package internal/dict reads both; a broken file is reported with
// its name and line). Each leaf category is a theme; nested categories are
// named by their path joined with "/" ("politics/pluralism"). The default
// dictionary, embedded in the binary (data/themes.yml), covers the sixteen
// themes of the project's taxonomy: pluralism, competition, reform,
// democracy, elections, parliamentarism, parties, civil_society, integrity,
// governance, stability, rule_of_law, international, economy, security and
// media. WithDictionary replaces it, WithExtension adds to it.
//
// Patterns are matched on the tokens of the language stage:
//
//   - a plain word matches a token with the same Snowball stem (or the same
//     lower-case form), so "compete" finds "competing" and "competition";
//   - a word ending in "*" matches any token whose lower-case form starts
//     with the rest ("democra*" finds "democratic", "democratization");
//   - words separated by spaces form a phrase that matches consecutive
//     tokens of one sentence ("rule of law");
//   - a pattern starting with "!" is an exclusion: a hit of the pattern's
//     themes that overlaps a match of the exclusion is dropped, so
//     "!birthday party" keeps the parties theme from firing on a party that
//     is not political.
//
// Within one theme overlapping hits keep the longest (then leftmost) match;
// one word may count for several themes.
//
// # Scores
//
// Scores counts hits per document, per section and per statement, with
// the rate per 1,000 word tokens and the matched terms; Present says
// whether a document-level score shows a theme discussed in substance
// rather than in passing.
//
// # Key terms
//
// The stage also ranks the noun phrases of each document (runs of
// adjectives and nouns found by the part-of-speech tags, counted under
// their stems and shown in their most frequent written form) by in-document
// frequency, the position of their first use and, when a reference table
// of document frequencies is given (WithReference), their rarity in that
// reference. BatchTerms accumulates the key terms of a batch.
//
// The stage must run after the language stage (tokens with Lower, Stem and
// Tag) and, for per-section and per-statement scores, after the structure
// and attribution stages.
package themes
