package entities

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzProcess runs the whole pipeline on arbitrary (valid UTF-8) text:
// the stage must not panic and its output must keep the model's
// invariants.
func FuzzProcess(f *testing.F) {
	for _, s := range []string{
		"",
		"Kazakhstan",
		"The Kazakhstan Institute for Strategic Studies (KISI) said on March 19, 2023 that KISI experts met.",
		"Mr. Erkin Tukumov, Director of KISI under the President of the RK, said: \"The OSCE and the CEC agree.\"",
		"CRICKET - LEICESTERSHIRE TAKE OVER AT TOP\nLONDON 1996-08-30\nS. Waugh and M. Waugh of Australia .",
		"Tatiana LIPINA\nSenior Expert\nKazakhstan Institute of\nStrategic Studies\nunder the President of the RK",
		"Douglas & Lomason Co said . U.S. President Bill Clinton on Friday .",
		"March March 2023 2023 May 2099 31 December 1999 1999-02-30",
		"SOCCER - LEEDS BEAT EVERTON 2-1 .\nLeeds striker Alan Smith scored after half-time in Cardiff, the Lions said. Shr 1.04 vs 2-1\nM1 63.02 62.83\nMerrill Lynch said May 3.",
		"SOCCER - RESULTS .\nMILWAUKEE , Wisconsin 1996-08-29\nLeicester ( The Oval ) : Surrey 195\nHuddersfield 1 Crystal Palace 1\nLeyton Orient 4 1 1 2 3 3 4 ( \nThe New York Rangers and St Louis beat Volkswagen A.G. :",
		"Economist Joel Naroff of First Union said I spoke to Joel . Yeltsin , whom Boris Yeltsin named , won an Olympic gold .",
		strings.Repeat("The Senate of the Parliament of the RK and ", 20),
		"\xff\xfe A\x00B \u200b Ümit Özdemir İstanbul’s ‘Quoted Title Here’ «Ещё»",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		// Document.Text is valid UTF-8 by contract (the corpus readers
		// decode every input); pipeline/language panics on invalid bytes.
		doc := analyse(t, strings.ToValidUTF8(s, "\uFFFD"))
		checkDoc(t, doc)
	})
}

// FuzzCollapseSpace: collapseSpace, indexFold and shape are fast forms
// of strings.Join(strings.Fields(s), " "), of strings.Index on the
// lower-cased text and of shapeUnicode, and must agree with them.
func FuzzCollapseSpace(f *testing.F) {
	for _, s := range []string{"", " ", "a  b", " a", "a ", "a\tb", "Mazhilis under the President", "a\u00a0b", "é b", "THE Senate", "x UNDER THE y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := collapseSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Fatalf("collapseSpace(%q) = %q, want %q", s, got, want)
		}
		c1, w1, l1 := shape(s)
		if c2, w2, l2 := shapeUnicode(s); c1 != c2 || w1 != w2 || l1 != l2 {
			t.Fatalf("shape(%q) = %v %v %v, shapeUnicode = %v %v %v", s, c1, w1, l1, c2, w2, l2)
		}
		ascii := true
		for i := 0; i < len(s); i++ {
			ascii = ascii && s[i] < utf8.RuneSelf
		}
		if ascii {
			if got, want := indexFold(s, " under the "), strings.Index(strings.ToLower(s), " under the "); got != want {
				t.Fatalf("indexFold(%q) = %d, want %d", s, got, want)
			}
		}
	})
}
