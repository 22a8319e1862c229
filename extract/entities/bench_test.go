package entities

import (
	"context"
	"strings"
	"testing"

	"github.com/commentariat/commentariat/internal/testcorpus"
	"github.com/commentariat/commentariat/internal/testdoc"
	"github.com/commentariat/commentariat/pipeline"
	"github.com/commentariat/commentariat/pipeline/language"
)

// BenchmarkEntities measures the entity stage alone (structure, language
// and attribution run before the timer starts) on Reuters news; compare
// its MB/s with BenchmarkLanguage in pipeline/language.
func BenchmarkEntities(b *testing.B) {
	texts := testcorpus.Texts(b, "corpus/reuters21578/reuters21578.jsonl", 500)
	at, en := attributionAndEntities(b)
	testdoc.BenchStage(b, texts, en, at)
}

// BenchmarkPipeline measures structure, language, attribution and
// entities together on Reuters news, the same pipeline without the entity
// stage, and structure and language with and without part-of-speech
// tagging, so that the entity stage's cost can be set beside the
// tagger's on the same text in the same run.
func BenchmarkPipeline(b *testing.B) {
	arts := testcorpus.Articles(b, "corpus/reuters21578/reuters21578.jsonl", 200)
	at, en := attributionAndEntities(b)
	all := append(testdoc.Backbone(b), at, en)
	noTags, err := language.New(language.WithTagging(false))
	if err != nil {
		b.Fatal(err)
	}
	var n int64
	for _, a := range arts {
		n += int64(len(a.Text))
	}
	for _, c := range []struct {
		name   string
		stages []pipeline.Stage
	}{
		{"with-entities", all},
		{"without-entities", all[:3]},
		{"structure-language", all[:2]},
		{"structure-language-no-tags", []pipeline.Stage{all[0], noTags}},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(n)
			for range b.N {
				for _, a := range arts {
					doc := &pipeline.Document{Text: a.Text}
					for _, s := range c.stages {
						if err := s.Process(context.Background(), doc); err != nil {
							b.Fatal(err)
						}
					}
				}
			}
		})
	}
}

// BenchmarkLoadLexicon measures parsing the embedded gazetteers, which
// New does once per process.
func BenchmarkLoadLexicon(b *testing.B) {
	for range b.N {
		if _, err := loadLexicon(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkHugeDocument measures one document made of many news articles,
// to show the stage stays linear in the document's size.
func BenchmarkHugeDocument(b *testing.B) {
	arts := testcorpus.Articles(b, "corpus/reuters21578/reuters21578.jsonl", 400)
	var sb strings.Builder
	for _, a := range arts {
		sb.WriteString(a.Text)
		sb.WriteString("\n\n")
	}
	b.SetBytes(int64(sb.Len()))
	for range b.N {
		doc := analyse(b, sb.String())
		if len(doc.Entities) == 0 {
			b.Fatal("no entities")
		}
	}
}
