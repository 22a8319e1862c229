// Package evaluate measures commentariat's analyses against the shared
// evaluation data (../shared/eval beside a checkout): it reads the gold
// files, runs the stages, and prints the agreement next to published
// reference figures. It only measures: nothing here feeds back into a
// lexicon, rule or threshold.
package evaluate

import (
	"errors"
	"math"
	"strings"

	"github.com/commentariat/commentariat/pipeline"
)

// ErrNoData is returned (wrapped, with the path it looked at) when the
// evaluation data is absent, as it is in a user's clone.
var ErrNoData = errors.New("evaluation data not present")

// pearson returns the correlation of x and y.
func pearson(x, y []float64) float64 {
	n := float64(len(x))
	if n < 2 {
		return math.NaN()
	}
	var mx, my float64
	for i := range x {
		mx += x[i]
		my += y[i]
	}
	mx /= n
	my /= n
	var sxy, sxx, syy float64
	for i := range x {
		dx, dy := x[i]-mx, y[i]-my
		sxy += dx * dy
		sxx += dx * dx
		syy += dy * dy
	}
	return sxy / math.Sqrt(sxx*syy)
}

// classes is the number of tone classes: negative, neutral, positive.
const classes = 3

// class maps a score in [-1, 1] to 0 (negative), 1 (neutral) or 2
// (positive) with the ±0.05 thresholds of the tone README.
func class(v float64) int {
	switch {
	case v > 0.05:
		return 2
	case v < -0.05:
		return 0
	}
	return 1
}

// prf returns precision and recall averaged over the three classes (a
// class that is never predicted has precision 0), and the F1 of the two
// averages, as the tone README defines them.
func prf(gold, pred []int) (p, r, f float64) {
	var tp, predN, goldN [classes]float64
	for i := range gold {
		goldN[gold[i]]++
		predN[pred[i]]++
		if gold[i] == pred[i] {
			tp[gold[i]]++
		}
	}
	for c := 0; c < classes; c++ {
		if predN[c] > 0 {
			p += tp[c] / predN[c]
		}
		if goldN[c] > 0 {
			r += tp[c] / goldN[c]
		}
	}
	p /= classes
	r /= classes
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// kappa returns the accuracy and Cohen's kappa of two labelings.
func kappa(a, b []int) (acc, k float64) {
	n := float64(len(a))
	if n == 0 {
		return math.NaN(), math.NaN()
	}
	var na, nb [classes]float64
	agree := 0.0
	for i := range a {
		na[a[i]]++
		nb[b[i]]++
		if a[i] == b[i] {
			agree++
		}
	}
	acc = agree / n
	pe := 0.0
	for c := 0; c < classes; c++ {
		pe += na[c] / n * nb[c] / n
	}
	if pe == 1 {
		return acc, math.NaN()
	}
	return acc, (acc - pe) / (1 - pe)
}

// paragraphs splits text at blank lines, as the structure stage would,
// trimming white space around each paragraph.
func paragraphs(text string) []pipeline.Span {
	var out []pipeline.Span
	start := 0
	flush := func(end int) {
		s, e := start, end
		for s < e && strings.ContainsRune(" \t\r\n", rune(text[s])) {
			s++
		}
		for e > s && strings.ContainsRune(" \t\r\n", rune(text[e-1])) {
			e--
		}
		if s < e {
			out = append(out, pipeline.Span{Start: s, End: e})
		}
	}
	for {
		i := strings.Index(text[start:], "\n\n")
		if i < 0 {
			flush(len(text))
			return out
		}
		flush(start + i)
		start += i + 2
	}
}
