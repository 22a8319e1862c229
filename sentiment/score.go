package sentiment

import "math"

// Label is the three-way reading of a valence.
type Label string

// The labels a Score carries.
const (
	Negative Label = "negative"
	Neutral  Label = "neutral"
	Positive Label = "positive"
)

// Threshold is the label boundary: a valence above +Threshold is Positive,
// below -Threshold Negative, and Neutral in between (inclusive).
//
// It is VADER's published convention (compound ±0.05), kept on principle
// rather than tuned: Valence is a mean rating divided by 4 (see average;
// in WithVADER mode VADER's compound), and ±0.05 is the cut the VADER
// study applies to the mean human rating divided by 4, that is ±0.2 on
// the raters' -4..+4 scale; so the label reads the valence as the same
// cut would read a human rating. A sentence containing a single rated word
// of rating 0.4 or more that no rule cancels is labelled by that word's
// sign, and only sentences whose evidence cancels, or that have none or
// only faint words, are neutral.
//
// A wider band had a principled candidate: a summed rating of 0.56, 1.96
// times the mean standard error of a VADER rating (ten raters, mean
// standard deviation 0.91), so that a sentence is labelled only when its
// evidence is distinguishable from zero. Measured on the human-rated
// snippets, it changed the three-class F1 by under 0.005 and made the
// labels of statements worse, so the published convention stays. The
// label is only a reading of Valence: analyses that need another cut can
// apply it to the valence column.
const Threshold = 0.05

// LabelOf returns the label of a valence under Threshold.
func LabelOf(valence float64) Label {
	switch {
	case valence > Threshold:
		return Positive
	case valence < -Threshold:
		return Negative
	}
	return Neutral
}

// Score is the tone of a sentence or of a longer stretch of text.
type Score struct {
	// Valence is the tone in [-1, 1]: negative below 0, positive above.
	Valence float64
	// Label is LabelOf(Valence).
	Label Label
	// Certainty is in [-1, 1]: above 0 the writer commits ("will",
	// "clearly"), below 0 they hedge ("may", "it seems"). For a sentence it
	// is (B-H)/(B+H+1), where B and H are the summed weights of its
	// boosters and hedges, so one ordinary marker gives ±0.5.
	Certainty float64
	// Pos and Neg count the words and expressions whose contribution,
	// after the rules, is positive or negative.
	Pos, Neg int
	// Hedges and Boosters count the certainty markers.
	Hedges, Boosters int
	// Sentences is the number of sentences the score covers; Toned and
	// Stanced count those with any valence hit (Pos+Neg > 0) and any
	// certainty marker; Aggregate weighs certainty by Stanced.
	Sentences, Toned, Stanced int
	// Sum and Weight are the evidence behind Valence: Sum is Σ wᵢvᵢ over
	// the rated words (each word's value after the rules, on the raters'
	// -4..+4 scale, times its weight, plus the emphasis of "!") and Weight
	// is Σ wᵢ, so that Valence = Sum/(1+Weight)/4, clamped to [-1, 1].
	// With WithVADER, Sum is VADER's plain sum and Weight is not used.
	// Aggregate pools them.
	Sum, Weight float64

	vader bool // made WithVADER: aggregates normalise the pooled sum
}

// Aggregate combines scores of sentences (or earlier aggregates) into the
// score of a statement, section or document.
//
// Valence pools the evidence of all the sentences, as average does for one
// sentence: the weighted mean of every rated word's value with one neutral
// prior, Σ Sum / (1 + Σ Weight) / 4. This is the averaging model applied to
// the whole text, which predicts its set-size effect: a document whose ten
// sentences each carry one positive word reads as more positive than a
// one-sentence note with that word (the prior weighs less against more
// evidence), yet never more extreme than its words' mean rating, however
// long it is. A sentence without any hit ("The vote was held on 19 March.")
// adds nothing, so a long report does not look neutral for its length
// alone, and, unlike VADER's sum, extreme for its length alone neither. (A
// mean over toned sentences, used before, gave every sentence's prior its
// own weight, so a text of many short toned sentences stayed as faint as
// one of them.) With WithVADER, the pooled sum is normalised as VADER
// normalises a whole text.
//
// Certainty is the mean certainty of the sentences with a certainty marker;
// counts are summed. Since evidence and counts are sums, aggregating
// aggregates gives the same result as aggregating the sentences at once.
func Aggregate(scores []Score) Score {
	var out Score
	var c float64
	for _, s := range scores {
		out.Sum += s.Sum
		out.Weight += s.Weight
		out.vader = out.vader || s.vader
		out.Pos += s.Pos
		out.Neg += s.Neg
		out.Hedges += s.Hedges
		out.Boosters += s.Boosters
		out.Sentences += s.Sentences
		out.Toned += s.Toned
		out.Stanced += s.Stanced
		c += s.Certainty * float64(s.Stanced)
	}
	out.Valence = valenceOf(out.Sum, out.Weight, out.vader)
	if out.Stanced > 0 {
		out.Certainty = clamp(c / float64(out.Stanced))
	}
	out.Label = LabelOf(out.Valence)
	return out
}

// valenceOf maps valence evidence (Score.Sum and Score.Weight) to a
// valence: VADER's normalised sum for an analyzer made WithVADER, else
// average.
func valenceOf(sum, weight float64, vader bool) float64 {
	if vader {
		return normalize(sum)
	}
	return average(sum, weight)
}

// average maps the valence evidence of a sentence (or, pooled, of a longer
// text) to its valence: the weighted mean of its rated words' values on
// the raters' -4..+4 scale, with a neutral prior of weight priorWeight,
// divided by 4. sum is Σ wᵢvᵢ and weights Σ wᵢ over the rated words, where
// a word's weight is 1, scaled by the contrast, concession and irrealis
// rules (0.5 or 1.5) and by negativityWeight when its value is negative.
//
// This is the averaging model of impression formation (N. H. Anderson,
// "Averaging versus adding as a stimulus-combination rule", Journal of
// Experimental Psychology 70, 1965; negative information weighing more is
// modelled as a larger weight, as in that literature): readers form one
// impression of a sentence, and a second positive word makes it somewhat
// more positive, not twice as positive. So a valence reads as a mean human
// rating divided by 4, the scale of the tone evaluation's ratings: one word
// rated +1.9 ("good") gives 1.9/2/4 = 0.24, two give 0.32. VADER instead
// squashes the plain sum with x/√(x²+15), which grows with the number of
// words, so a long sentence looks more extreme than readers find it;
// WithVADER keeps that.
func average(sum, weights float64) float64 {
	return clamp(sum / (priorWeight + weights) / 4)
}

// priorWeight is the weight of the neutral starting impression in
// average, as many words' worth: one, the same prior that Score.Certainty's
// (B-H)/(B+H+1) gives the certainty markers.
const priorWeight = 1

// normalize maps a sum of word ratings into (-1, 1) as VADER does.
func normalize(x float64) float64 { return clamp(x / math.Sqrt(x*x+alpha)) }

func clamp(x float64) float64 { return max(-1, min(1, x)) }
