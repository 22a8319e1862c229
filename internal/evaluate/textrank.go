package evaluate

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"github.com/commentariat/commentariat/pipeline"
)

// textRank ranks the key phrases of d with TextRank (Mihalcea and Tarau
// 2004), the graph-based baseline of the key-phrase literature: the nouns
// and adjectives of the document (by part-of-speech tag, stop words left
// out) are the vertices, two are linked when they follow each other in a sentence
// once the other words are filtered out (a window of two, as in the
// common implementations), PageRank (damping 0.85) scores the vertices, the best third
// of them are keywords, and runs of adjacent keywords are collapsed into
// phrases scored by the sum of their words' scores. It returns the top n
// phrases as stem keys, best first.
func textRank(d *pipeline.Document, n int) []string {
	ok := func(t pipeline.Token) bool {
		return wordTok(t) && !baselineStop[t.Lower] &&
			(strings.HasPrefix(t.Tag, "NN") || strings.HasPrefix(t.Tag, "JJ"))
	}
	index := map[string]int{}
	var words []string
	var adj []map[int]bool
	vertex := func(stem string) int {
		v, seen := index[stem]
		if !seen {
			v = len(words)
			index[stem] = v
			words = append(words, stem)
			adj = append(adj, map[int]bool{})
		}
		return v
	}
	for _, s := range d.Sentences {
		lo, hi := max(s.TokenStart, 0), min(s.TokenEnd, len(d.Tokens))
		prev := -1
		for i := lo; i < hi; i++ {
			if !ok(d.Tokens[i]) {
				continue
			}
			a := vertex(d.Tokens[i].Stem)
			if prev >= 0 && prev != a {
				adj[a][prev], adj[prev][a] = true, true
			}
			prev = a
		}
	}
	if len(words) == 0 {
		return nil
	}
	score := pageRank(adj, 0.85, 50, 1e-6)
	order := make([]int, len(words))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		return cmp.Or(cmp.Compare(score[b], score[a]), strings.Compare(words[a], words[b]))
	})
	keyword := map[int]bool{}
	for _, v := range order[:max(len(order)/3, 1)] {
		keyword[v] = true
	}
	phrases := map[string]float64{}
	for _, s := range d.Sentences {
		lo, hi := max(s.TokenStart, 0), min(s.TokenEnd, len(d.Tokens))
		for i := lo; i < hi; {
			if !ok(d.Tokens[i]) || !keyword[index[d.Tokens[i].Stem]] {
				i++
				continue
			}
			j, sum := i, 0.0
			var parts []string
			for j < hi && ok(d.Tokens[j]) && keyword[index[d.Tokens[j].Stem]] {
				parts = append(parts, d.Tokens[j].Stem)
				sum += score[index[d.Tokens[j].Stem]]
				j++
			}
			phrases[strings.Join(parts, " ")] = sum
			i = j
		}
	}
	keys := make([]string, 0, len(phrases))
	for k := range phrases {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int {
		return cmp.Or(cmp.Compare(phrases[b], phrases[a]), strings.Compare(a, b))
	})
	if len(keys) > n {
		keys = keys[:n]
	}
	return keys
}

// pageRank runs PageRank on an undirected graph given by adjacency sets
// until the largest change is below tol or after iters rounds.
func pageRank(adj []map[int]bool, damping float64, iters int, tol float64) []float64 {
	n := len(adj)
	score := make([]float64, n)
	next := make([]float64, n)
	for i := range score {
		score[i] = 1
	}
	// Neighbours in a fixed order, so the floating-point sums are
	// deterministic.
	nbrs := make([][]int, n)
	for v, m := range adj {
		for u := range m {
			nbrs[v] = append(nbrs[v], u)
		}
		slices.Sort(nbrs[v])
	}
	for range iters {
		delta := 0.0
		for v := range n {
			sum := 0.0
			for _, u := range nbrs[v] {
				sum += score[u] / float64(len(nbrs[u]))
			}
			next[v] = (1 - damping) + damping*sum
			delta = math.Max(delta, math.Abs(next[v]-score[v]))
		}
		score, next = next, score
		if delta < tol {
			break
		}
	}
	return score
}
