package entities

import (
	"strings"
	"testing"
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
