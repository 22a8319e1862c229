package postag

import (
	"os"
	"testing"

	"github.com/jdkato/prose/v3/segment"
	"github.com/jdkato/prose/v3/tag"
	"github.com/jdkato/prose/v3/token"
	"github.com/jdkato/prose/v3/tokenize"

	"github.com/commentariat/commentariat/internal/testcorpus"
)

// sentencesOf tokenizes texts sentence by sentence, as the pipeline does.
func sentencesOf(t testing.TB, texts []string) [][]token.Token {
	seg, err := segment.New()
	if err != nil {
		t.Fatal(err)
	}
	tk := tokenize.New()
	var out [][]token.Token
	for _, text := range texts {
		for _, s := range seg.Segment(text) {
			out = append(out, tk.Tokenize(s.Text))
		}
	}
	return out
}

func clone(sents [][]token.Token) [][]token.Token {
	out := make([][]token.Token, len(sents))
	for i, s := range sents {
		out[i] = append([]token.Token(nil), s...)
	}
	return out
}

// assertSameTags tags every sentence with prose's tagger and with ours and
// fails on the first difference.
func assertSameTags(t *testing.T, sents [][]token.Token) int {
	t.Helper()
	ref, err := tag.New()
	if err != nil {
		t.Fatal(err)
	}
	ours, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a, b := clone(sents), clone(sents)
	n := 0
	for i := range a {
		ref.TagTokens(a[i])
		ours.TagTokens(b[i])
		for k := range a[i] {
			n++
			if a[i][k].Tag != b[i][k].Tag {
				t.Fatalf("sentence %d token %d %q: prose %s, postag %s", i, k, a[i][k].Text, a[i][k].Tag, b[i][k].Tag)
			}
		}
	}
	return n
}

func TestMatchesProseOnExample(t *testing.T) {
	b, err := os.ReadFile("../../examples/kisi-2023-03-24.txt")
	if err != nil {
		t.Fatal(err)
	}
	n := assertSameTags(t, sentencesOf(t, []string{string(b)}))
	if n < 2500 {
		t.Fatalf("only %d tokens compared", n)
	}
}

func TestMatchesProseOnSpecialTokens(t *testing.T) {
	words := [][]string{
		{"-", ":-)", "@user", "0", "*", "*T*-1", "-LRB-", "-NONE-", "2023", "1,700", "self-nominated", "Ünïcode", "", "x"},
		{"He", "said", "“", "hi", "”", "to", "ME", "."},
	}
	var sents [][]token.Token
	for _, ws := range words {
		var s []token.Token
		for _, w := range ws {
			s = append(s, token.Token{Text: w})
		}
		sents = append(sents, s)
	}
	assertSameTags(t, sents)
}

func TestMatchesProseOnNews(t *testing.T) {
	var texts []string
	for _, rel := range []string{"corpus/reuters21578/reuters21578.jsonl", "corpus/bbc2005/bbc2005.jsonl"} {
		for _, a := range testcorpus.Articles(t, rel, 1500) {
			texts = append(texts, a.Text)
		}
	}
	n := assertSameTags(t, sentencesOf(t, texts))
	t.Logf("%d tokens tagged identically", n)
}

func TestRejectsCorruptModels(t *testing.T) {
	for _, data := range [][]byte{nil, []byte("PROSETAG"), []byte("NOTAMODELxxxxxxxx"), []byte("PROSETAG\x01\x00\x00\x00\xff\xff\xff\xff")} {
		if _, err := FromBytes(data); err == nil {
			t.Errorf("FromBytes(%q) accepted", data)
		}
	}
}

func FuzzFromBytes(f *testing.F) {
	f.Add([]byte("PROSETAG\x01\x00\x00\x00\x01\x00\x00\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		tg, err := FromBytes(data)
		if err == nil {
			tg.TagTokens([]token.Token{{Text: "word"}, {Text: "."}})
		}
	})
}

func benchSents(b *testing.B) ([][]token.Token, int64) {
	arts := testcorpus.Articles(b, "corpus/reuters21578/reuters21578.jsonl", 2000)
	var texts []string
	var n int64
	for _, a := range arts {
		texts = append(texts, a.Text)
		n += int64(len(a.Text))
	}
	return sentencesOf(b, texts), n
}

func BenchmarkPostag(b *testing.B) {
	sents, n := benchSents(b)
	tg, _ := New()
	b.SetBytes(n)
	b.ResetTimer()
	for range b.N {
		for _, s := range sents {
			tg.TagTokens(s)
		}
	}
}

func BenchmarkProseTag(b *testing.B) {
	sents, n := benchSents(b)
	tg, _ := tag.New()
	b.SetBytes(n)
	b.ResetTimer()
	for range b.N {
		for _, s := range sents {
			tg.TagTokens(s)
		}
	}
}
