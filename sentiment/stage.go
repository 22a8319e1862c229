package sentiment

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/commentariat/commentariat/pipeline"
)

// Levels of the tone table: the level a Score was computed for.
const (
	LevelSentence  = "sentence"
	LevelStatement = "statement"
	LevelSection   = "section"
	LevelDocument  = "document"
)

// Result is the tone of one document at every level.
type Result struct {
	// Sentences is indexed like Document.Sentences.
	Sentences []Score
	// Sections is indexed like Document.Sections: the aggregate of the
	// sentences whose Section is that index.
	Sections []Score
	// Document aggregates every sentence.
	Document Score
}

// Score scores every sentence of doc and aggregates them by section and
// for the whole document. Statements are scored with Span; Tone does both
// and returns the document model's form.
func (a *Analyzer) Score(doc *pipeline.Document) Result {
	sc := a.pool.Get().(*scratch)
	defer a.pool.Put(sc)
	r := Result{Sentences: make([]Score, len(doc.Sentences)), Sections: make([]Score, len(doc.Sections))}
	for i, s := range doc.Sentences {
		r.Sentences[i] = a.score(doc, s.TokenStart, s.TokenEnd, sc)
	}
	r.Document = Aggregate(r.Sentences)
	if len(doc.Sections) > 0 {
		by := make([][]Score, len(doc.Sections))
		for i, s := range doc.Sentences {
			if s.Section >= 0 && s.Section < len(by) {
				by[s.Section] = append(by[s.Section], r.Sentences[i])
			}
		}
		for i := range by {
			r.Sections[i] = Aggregate(by[i])
		}
	}
	return r
}

// Tone scores doc at every level, as the tone stage stores it in
// Document.Tone: every sentence, every statement the attribution stage
// found (on the tokens inside its span, see Span, and its cue when the cue
// judges what it reports: "criticised", "praised", "condemned"), every
// section and the document. It needs the language stage's sentences and
// tokens; with none, every score is neutral with zero counts.
func (a *Analyzer) Tone(doc *pipeline.Document) pipeline.Tone {
	r := a.Score(doc)
	t := pipeline.Tone{
		Sentences: make([]pipeline.ToneScore, len(r.Sentences)),
		Sections:  make([]pipeline.ToneScore, len(r.Sections)),
		Document:  r.Document.ToneScore(),
		Scored:    true,
	}
	for i, s := range r.Sentences {
		t.Sentences[i] = s.ToneScore()
	}
	for i, s := range r.Sections {
		t.Sections[i] = s.ToneScore()
	}
	if len(doc.Statements) > 0 {
		t.Statements = make([]pipeline.ToneScore, len(doc.Statements))
		for i, st := range doc.Statements {
			sc := a.span(doc, st.Span, r.Sentences)
			if stanceCue(st.Cue) && !st.CueSpan.Empty() && !negatedCue(doc, st.CueSpan) {
				// "X criticised the plan": the cue is the speaker's own
				// judgment of what they speak of
				sc = withCue(sc, a.span(doc, st.CueSpan, nil))
			}
			t.Statements[i] = sc.ToneScore()
		}
	}
	return t
}

// stanceCues begin the verbs of saying that judge what they report
// ("praised the agreement", "condemned the attack", "criticised the
// decision"), whose own rating is part of the statement's tone; "said",
// "warned" or "denied" report without judging.
var stanceCues = []string{
	"prais", "critici", "condemn", "denounc", "hail", "welcom", "applaud", "commend", "laud",
	"blast", "slam", "castigat", "deplor", "lambast", "rebuk", "scold", "decri", "decry", "salut",
	"accus", "attack", "blam",
}

// stanceCue reports whether a statement's cue is one of stanceCues.
func stanceCue(cue string) bool {
	for _, p := range stanceCues {
		if strings.HasPrefix(cue, p) {
			return true
		}
	}
	return false
}

// negatedCue reports whether a negation stands in the window of tokens
// before the cue at span ("did not criticise"), which the cue's rating
// alone would miss.
func negatedCue(doc *pipeline.Document, span pipeline.Span) bool {
	i := sort.Search(len(doc.Tokens), func(i int) bool { return doc.Tokens[i].Span.Start >= span.Start })
	for k := max(i-window, 0); k < i; k++ {
		switch doc.Tokens[k].Lower {
		case "not", "n't", "never", "no", "nor", "neither":
			return true
		}
	}
	return false
}

// withCue adds the valence evidence of a statement's cue, c, to the score
// of its content, s.
func withCue(s, c Score) Score {
	s.Sum += c.Sum
	s.Weight += c.Weight
	s.Pos += c.Pos
	s.Neg += c.Neg
	s.Valence = valenceOf(s.Sum, s.Weight, s.vader)
	s.Label = LabelOf(s.Valence)
	if s.Pos+s.Neg > 0 && s.Toned == 0 {
		s.Toned = 1
	}
	return s
}

// ToneScore converts s to the document model's form.
func (s Score) ToneScore() pipeline.ToneScore {
	label := s.Label
	if label == "" {
		label = LabelOf(s.Valence)
	}
	return pipeline.ToneScore{
		Valence: s.Valence, Label: string(label), Certainty: s.Certainty,
		Pos: s.Pos, Neg: s.Neg, Hedges: s.Hedges, Boosters: s.Boosters,
		Sentences: s.Sentences, Toned: s.Toned, Stanced: s.Stanced,
		Sum: s.Sum, Weight: s.Weight,
	}
}

// Stage is the pipeline stage "tone": it sets Document.Tone with
// Analyzer.Tone (every sentence, statement, section and the document).
//
// It must run after the language stage (it reads sentences and tokens)
// and, for statement scores, after the attribution stage (it reads
// Document.Statements; without them Tone.Statements is empty); sections
// come from the structure stage. It writes nothing else, so it may run
// anywhere after those, for instance after the themes stage. It reads the
// part-of-speech tags: with the language stage's tagging off, the rules
// that need them ("like" only as a verb, modal verbs as hedges and
// boosters, names, shifters across their object) quietly do less. It is
// safe for concurrent use by the runner's workers.
type Stage struct {
	a *Analyzer
}

// NewStage returns the tone stage, scoring with a (built once with New and
// shared by every worker).
func NewStage(a *Analyzer) *Stage { return &Stage{a: a} }

// Name returns "tone".
func (s *Stage) Name() string { return "tone" }

// Process scores doc and stores the scores in doc.Tone. It returns the
// context's error, wrapped, when ctx is done.
func (s *Stage) Process(ctx context.Context, doc *pipeline.Document) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("tone: %w", err)
	}
	doc.Tone = s.a.Tone(doc)
	return nil
}

// Stage satisfies pipeline.Stage.
var _ pipeline.Stage = (*Stage)(nil)
