package sentiment

import (
	"github.com/commentariat/commentariat/pipeline"
)

// maxEmoticon is the longest emoticon, in bytes, the scorer looks up
// (VADER's longest are seven).
const maxEmoticon = 8

// emoticon reports whether doc.Tokens[t] starts an emoticon the valence
// lexicon rates (":)", ":-(", "<3", ";)"), returning the number of tokens
// it covers, its lower-case text and its info.
//
// The tokenizer splits most emoticons into punctuation tokens (":" and
// ")"), which the scorer would otherwise skip as punctuation. As in
// VADER, which splits text on white space, an emoticon is a whole
// white-space-delimited unit: the tokens must be adjacent, the unit must
// start after white space (or the start of the text) and end before it,
// and it must hold a character that is neither a letter nor a digit. So
// "(see below):" never yields "):", and a word is never read as one.
func (a *Analyzer) emoticon(doc *pipeline.Document, t, to int) (int, string, *wordInfo) {
	tk := &doc.Tokens[t]
	start := tk.Span.Start
	if start < 0 || start > len(doc.Text) || (start > 0 && !isSpace(doc.Text[start-1])) {
		return 0, "", nil
	}
	k := t
	for k+1 < to && doc.Tokens[k+1].Span.Start == doc.Tokens[k].Span.End && doc.Tokens[k+1].Span.End-start <= maxEmoticon {
		k++
	}
	end := doc.Tokens[k].Span.End
	if end-start > maxEmoticon || end < start || end > len(doc.Text) || (end < len(doc.Text) && !isSpace(doc.Text[end])) {
		return 0, "", nil
	}
	if k == t && !isPunct(tk.Lower) {
		return 0, "", nil // a single word token: rated as a word
	}
	var buf [maxEmoticon]byte
	sym := false
	for i := start; i < end; i++ {
		c := doc.Text[i]
		switch {
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case c >= 0x80:
			return 0, "", nil
		case !('a' <= c && c <= 'z') && !('0' <= c && c <= '9'):
			sym = true
		}
		buf[i-start] = c
	}
	if !sym {
		return 0, "", nil
	}
	i, ok := a.info[string(buf[:end-start])]
	if !ok || !a.infos[i].hasVal {
		return 0, "", nil
	}
	return k - t + 1, doc.Text[start:end], &a.infos[i]
}

// isSpace reports whether c is ASCII white space.
func isSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'
}

// elongated rates a word written with expressive lengthening ("goooood",
// "baaad", "sooo"): a letter repeated three or more times. Standard
// English spelling never triples a letter, so such a run is emphasis
// (Brody and Diakopoulos 2011, "Cooooooooooooooollllllllllllll!!!!!!!!!!!!!!
// Using Word Lengthening to Detect Sentiment in Microblogs"). The runs are
// shortened to two letters, then to one, and the first form the lexicon
// rates is returned; nil when there is none or the word is not lengthened.
// The caller treats the lengthening as a booster.
func (a *Analyzer) elongated(w string) *wordInfo {
	run, long := 1, false
	for i := 1; i < len(w); i++ {
		if w[i] == w[i-1] && w[i] >= 'a' && w[i] <= 'z' {
			if run++; run >= 3 {
				long = true
				break
			}
		} else {
			run = 1
		}
	}
	if !long || len(w) > 64 {
		return nil
	}
	for _, keep := range []int{2, 1} {
		var buf [64]byte
		n := 0
		run := 0
		for i := 0; i < len(w); i++ {
			if i > 0 && w[i] == w[i-1] && w[i] >= 'a' && w[i] <= 'z' {
				run++
			} else {
				run = 1
			}
			if run <= keep {
				buf[n] = w[i]
				n++
			}
		}
		if i, ok := a.info[string(buf[:n])]; ok && a.infos[i].hasVal && a.infos[i].booster == 0 {
			return &a.infos[i]
		}
	}
	return nil
}
