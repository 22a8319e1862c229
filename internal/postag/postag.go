// Package postag tags tokens with prose v3's English part-of-speech model,
// with a faster lookup than prose's own tagger.
//
// prose's tagger (github.com/jdkato/prose/v3/tag) is an averaged perceptron
// whose 75,000 feature strings sit in one sorted blob searched by binary
// search: on news text that search is over half of all tagging time. This
// package reads the very same model bytes (prose exports them as
// aptagmodel.English), indexes the features in a hash map once per process,
// and scores tokens with the same features, weights, special cases and tie
// breaking as prose. Its output is identical to prose's tag.Tagger, which
// TestMatchesProse checks token by token on real news; it is about twice as
// fast.
//
// The feature templates and special cases follow prose v3.2.3's tag/tag.go
// (MIT licence, Copyright (c) 2017-present Joseph Kato); bump the
// equivalence test's corpus whenever prose is upgraded.
package postag

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"

	"github.com/jdkato/prose/v3/tag/aptagmodel"
	"github.com/jdkato/prose/v3/token"
)

// Tagger assigns Penn Treebank tags. It is immutable after New and safe for
// concurrent use.
type Tagger struct {
	classes  []string
	features map[string]int32
	pairOff  []uint32
	classIDs []uint8
	weights  []float32
	tagMap   map[string]uint8
	pool     sync.Pool

	// Feature ids of the tag-only features, precomputed for every tag a
	// previous token can have (the classes, the start symbols and the tags
	// of the special cases): prevTag maps a tag to its row.
	bias    int32
	prevTag map[string]int
	m1Tag   []int32   // "i-1 tag T"
	m2Tag   []int32   // "i-2 tag T"
	tagPair [][]int32 // "i tag+i-2 tag T1 T2"

	// tagWord indexes the features "i-1 tag+i word T w" by their word w
	// (normalised): the previous tags T the model has a weight for after
	// w, so that tagging looks them up with the word's cache entry rather
	// than building a key and probing the feature table for every token.
	tagWord map[string][]tagFeat
}

// tagFeat is one "i-1 tag+i word" feature of a word: the row of the
// previous tag in prevTag and the feature's id.
type tagFeat struct{ row, id int32 }

// wordFeats are the ids of the features a context word (normalised) brings
// at each position around the token being tagged; -1 where the model has
// no such feature.
type wordFeats struct {
	word, m1word, m1suf, m2word, p1word, p1suf, p2word int32
}

// rawFeats are the ids of the features of the token's own text.
type rawFeats struct{ suf, pre int32 }

// maxCache bounds the per-goroutine word caches; they are cleared when
// full, so memory stays bounded on any corpus.
const maxCache = 1 << 16

type scratch struct {
	scores  []float32
	key     []byte
	context []string
	ents    []entry
	cache   map[string]entry
}

// entry is what the tagger knows of a word before looking at its
// neighbours, cached per goroutine so that a word seen before costs one map
// lookup.
type entry struct {
	// fixed is the word's tag when no model is needed (the special cases
	// and the tag dictionary of unambiguous words); "" when it must be
	// predicted.
	fixed string
	// norm is the word as the model's context features see it.
	norm string
	raw  rawFeats
	ctx  wordFeats
	// tagWord are the word's "i-1 tag+i word" features (Tagger.tagWord).
	tagWord []tagFeat
}

// New loads prose's built-in English model.
func New() (*Tagger, error) { return FromBytes(aptagmodel.English) }

// FromBytes loads a model in prose's flat tagger format (magic "PROSETAG",
// version 1). data is retained and must not be modified.
func FromBytes(data []byte) (*Tagger, error) {
	r := &reader{b: data}
	if string(r.bytes(8)) != "PROSETAG" {
		return nil, errors.New("postag: not a prose flat tagger model")
	}
	if v := r.u32(); v != 1 {
		return nil, fmt.Errorf("postag: unsupported model version %d", v)
	}
	t := &Tagger{}
	nClasses := int(r.u32())
	if r.err != nil || nClasses > 256 {
		return nil, fmt.Errorf("postag: bad class count %d: %v", nClasses, r.err)
	}
	t.classes = make([]string, nClasses)
	for i := range t.classes {
		t.classes[i] = r.str16()
	}
	nFeatures, nPairs, blobLen := int(r.u32()), int(r.u32()), int(r.u32())
	blob := r.bytes(blobLen)
	featOff := r.u32s(nFeatures + 1)
	t.pairOff = r.u32s(nFeatures + 1)
	ids := r.bytes(nPairs)
	if r.err != nil {
		return nil, fmt.Errorf("postag: %w", r.err)
	}
	t.classIDs = append([]uint8(nil), ids...)
	t.weights = r.f32s(nPairs)
	nTagMap := int(r.u32())
	if r.err != nil {
		return nil, fmt.Errorf("postag: %w", r.err)
	}
	t.tagMap = make(map[string]uint8, nTagMap)
	for range nTagMap {
		w, id := r.str16(), r.u8()
		if r.err != nil {
			return nil, fmt.Errorf("postag: %w", r.err)
		}
		if int(id) >= nClasses {
			return nil, fmt.Errorf("postag: word %q has class %d of %d", w, id, nClasses)
		}
		t.tagMap[w] = id
	}
	if int(featOff[nFeatures]) != len(blob) || int(t.pairOff[nFeatures]) != len(t.weights) {
		return nil, errors.New("postag: model offsets do not match its data")
	}
	for _, id := range t.classIDs {
		if int(id) >= nClasses {
			return nil, fmt.Errorf("postag: class id %d of %d", id, nClasses)
		}
	}
	t.features = make(map[string]int32, nFeatures)
	bs := unsafe.String(unsafe.SliceData(blob), len(blob))
	for i := range nFeatures {
		if featOff[i] > featOff[i+1] || t.pairOff[i] > t.pairOff[i+1] {
			return nil, fmt.Errorf("postag: feature %d has decreasing offsets", i)
		}
		t.features[bs[featOff[i]:featOff[i+1]]] = int32(i)
	}
	t.pool.New = func() any {
		return &scratch{
			scores: make([]float32, nClasses), key: make([]byte, 0, 64),
			cache: make(map[string]entry),
		}
	}
	t.precomputeTags()
	return t, nil
}

// id returns the id of the feature named by the concatenated parts, or -1.
func (t *Tagger) id(parts ...string) int32 {
	if i, ok := t.features[strings.Join(parts, "")]; ok {
		return i
	}
	return -1
}

// precomputeTags fills the tables of tag-only features.
func (t *Tagger) precomputeTags() {
	t.bias = t.id("bias")
	tags := append([]string{"-START-", "-START2-", "-", "SYM", "NN", "-NONE-"}, t.classes...)
	t.prevTag = make(map[string]int, len(tags))
	for _, tg := range tags {
		if _, ok := t.prevTag[tg]; !ok {
			t.prevTag[tg] = len(t.prevTag)
		}
	}
	t.indexTagWord()
	n := len(t.prevTag)
	t.m1Tag, t.m2Tag, t.tagPair = make([]int32, n), make([]int32, n), make([][]int32, n)
	for tg, i := range t.prevTag {
		t.m1Tag[i] = t.id("i-1 tag ", tg)
		t.m2Tag[i] = t.id("i-2 tag ", tg)
		t.tagPair[i] = make([]int32, n)
		for tg2, j := range t.prevTag {
			t.tagPair[i][j] = t.id("i tag+i-2 tag ", tg, " ", tg2)
		}
	}
}

// indexTagWord fills tagWord from the feature table. A feature's name is
// "i-1 tag+i word T w" where T holds no space (tags never do) and w may.
func (t *Tagger) indexTagWord() {
	const prefix = "i-1 tag+i word "
	t.tagWord = make(map[string][]tagFeat)
	for name, id := range t.features {
		rest, ok := strings.CutPrefix(name, prefix)
		if !ok {
			continue
		}
		tg, w, ok := strings.Cut(rest, " ")
		if !ok {
			continue
		}
		row, ok := t.prevTag[tg]
		if !ok {
			continue // a tag no token can have: the feature never fires
		}
		t.tagWord[w] = append(t.tagWord[w], tagFeat{row: int32(row), id: id})
	}
}

// lookup returns the id of the feature prefix+word without allocating.
func (t *Tagger) lookup(s *scratch, prefix, word string) int32 {
	s.key = append(append(s.key[:0], prefix...), word...)
	if i, ok := t.features[string(s.key)]; ok {
		return i
	}
	return -1
}

// contextFeats returns the feature ids of a normalised context word.
func (t *Tagger) contextFeats(s *scratch, c string) wordFeats {
	suf := suffix(c, 3)
	return wordFeats{
		word:   t.lookup(s, "i word ", c),
		m1word: t.lookup(s, "i-1 word ", c),
		m1suf:  t.lookup(s, "i-1 suffix ", suf),
		m2word: t.lookup(s, "i-2 word ", c),
		p1word: t.lookup(s, "i+1 word ", c),
		p1suf:  t.lookup(s, "i+1 suffix ", suf),
		p2word: t.lookup(s, "i+2 word ", c),
	}
}

// entryOf returns the cached entry of a word, computing it on first sight.
func (t *Tagger) entryOf(s *scratch, word string) entry {
	if e, ok := s.cache[word]; ok {
		return e
	}
	word = strings.Clone(word) // the cache must not keep documents alive
	e := entry{fixed: t.fixedTag(word), norm: normalize(word)}
	pre := ""
	if word != "" {
		pre = word[:1]
	}
	e.raw = rawFeats{suf: t.lookup(s, "i suffix ", suffix(word, 3)), pre: t.lookup(s, "i pref1 ", pre)}
	e.ctx = t.contextFeats(s, e.norm)
	e.tagWord = t.tagWord[e.norm]
	if len(s.cache) >= maxCache {
		clear(s.cache)
	}
	s.cache[word] = e
	return e
}

// boundary returns the entry of a start or end symbol of the context.
func (t *Tagger) boundary(s *scratch, sym string) entry {
	if e, ok := s.cache["\x00"+sym]; ok {
		return e
	}
	e := entry{norm: sym, ctx: t.contextFeats(s, sym)}
	s.cache["\x00"+sym] = e
	return e
}

// add adds the weights of feature i (if any) to the scores.
func (t *Tagger) add(s *scratch, i int32) {
	if i < 0 {
		return
	}
	lo, hi := t.pairOff[i], t.pairOff[i+1]
	ids, wts := t.classIDs[lo:hi], t.weights[lo:hi]
	for j := range ids {
		s.scores[ids[j]] += wts[j]
	}
}

// TagTokens fills in the Tag of each token from its Text. The tokens are
// treated as one sentence.
func (t *Tagger) TagTokens(tokens []token.Token) {
	if len(tokens) == 0 {
		return
	}
	s := t.pool.Get().(*scratch)
	defer t.pool.Put(s)
	need := len(tokens) + 4
	if cap(s.context) < need {
		s.context = make([]string, need)
		s.ents = make([]entry, need)
	}
	ctx, ents := s.context[:need], s.ents[:need]
	ents[0], ents[1] = t.boundary(s, "-START-"), t.boundary(s, "-START2-")
	for i := range tokens {
		ents[i+2] = t.entryOf(s, tokens[i].Text)
	}
	ents[need-2], ents[need-1] = t.boundary(s, "-END-"), t.boundary(s, "-END2-")
	for k := range ents {
		ctx[k] = ents[k].norm
	}
	p1, p2 := "-START-", "-START2-"
	for i := range tokens {
		tg := ents[i+2].fixed
		if tg == "" {
			r1, ok1 := t.prevTag[p1]
			r2, ok2 := t.prevTag[p2]
			if ok1 && ok2 {
				tg = t.predictFast(s, ents, i, r1, r2)
			} else {
				tg = t.predict(s, i, ctx, tokens[i].Text, p1, p2)
			}
		}
		tokens[i].Tag = tg
		p2, p1 = p1, tg
	}
	clear(ents)
	clear(ctx) // do not keep the document's strings alive in the pool
}

var (
	noneRe = regexp.MustCompile(`^(?:0|\*[\w?]\*|\*\-\d{1,3}|\*[A-Z]+\*\-\d{1,3}|\*)$`)
	keepRe = regexp.MustCompile(`^\-[A-Z]{3}\-$`)
)

// fixedTag returns the tag of a word that needs no model: prose's special
// cases, then its dictionary of unambiguous words; "" otherwise.
func (t *Tagger) fixedTag(word string) string {
	switch {
	case word == "-":
		return "-"
	case emoticons[word]:
		return "SYM"
	case strings.HasPrefix(word, "@"):
		return "NN"
	// The regular expressions only match words starting with '0', '*' or
	// '-'; testing the first byte first keeps them off the hot path.
	case (word != "" && (word[0] == '0' || word[0] == '*')) && noneRe.MatchString(word):
		return "-NONE-"
	case (word != "" && word[0] == '-') && keepRe.MatchString(word):
		return word
	}
	if id, ok := t.tagMap[word]; ok {
		return t.classes[id]
	}
	return ""
}

// predictFast is predict with the feature ids taken from the precomputed
// tag tables and the per-goroutine word cache (TagTokens looks each word up
// once, and its entry holds its "i-1 tag+i word" features): no map lookup
// at all per token. The sum of weights is the same, in the same order of
// features, so the tags are identical. ids are the entries of the sentence
// with two boundary entries either side; i is the token's index.
func (t *Tagger) predictFast(s *scratch, ids []entry, i int, r1, r2 int) string {
	clear(s.scores)
	i += 2
	raw := ids[i].raw
	t.add(s, t.bias)
	t.add(s, raw.suf)
	t.add(s, raw.pre)
	t.add(s, t.m1Tag[r1])
	t.add(s, t.m2Tag[r2])
	t.add(s, t.tagPair[r1][r2])
	t.add(s, ids[i].ctx.word)
	for _, f := range ids[i].tagWord {
		if f.row == int32(r1) {
			t.add(s, f.id)
			break
		}
	}
	t.add(s, ids[i-1].ctx.m1word)
	t.add(s, ids[i-1].ctx.m1suf)
	t.add(s, ids[i-2].ctx.m2word)
	t.add(s, ids[i+1].ctx.p1word)
	t.add(s, ids[i+1].ctx.p1suf)
	t.add(s, ids[i+2].ctx.p2word)
	return t.argmax(s)
}

func (t *Tagger) predict(s *scratch, i int, ctx []string, word, p1, p2 string) string {
	clear(s.scores)
	i = min(len(ctx)-3, i+2)
	suf := suffix(word, 3)
	pre := ""
	if word != "" {
		pre = word[:1]
	}
	t.feat(s, "bias")
	t.feat(s, "i suffix ", suf)
	t.feat(s, "i pref1 ", pre)
	t.feat(s, "i-1 tag ", p1)
	t.feat(s, "i-2 tag ", p2)
	t.feat(s, "i tag+i-2 tag ", p1, " ", p2)
	t.feat(s, "i word ", ctx[i])
	t.feat(s, "i-1 tag+i word ", p1, " ", ctx[i])
	t.feat(s, "i-1 word ", ctx[i-1])
	t.feat(s, "i-1 suffix ", suffix(ctx[i-1], 3))
	t.feat(s, "i-2 word ", ctx[i-2])
	t.feat(s, "i+1 word ", ctx[i+1])
	t.feat(s, "i+1 suffix ", suffix(ctx[i+1], 3))
	t.feat(s, "i+2 word ", ctx[i+2])
	return t.argmax(s)
}

// argmax returns the class with the highest score (the first on ties, as
// prose does).
func (t *Tagger) argmax(s *scratch) string {
	best, bestID := float32(math.Inf(-1)), -1
	for id, v := range s.scores {
		if v > best {
			best, bestID = v, id
		}
	}
	if bestID < 0 {
		return ""
	}
	return t.classes[bestID]
}

func (t *Tagger) feat(s *scratch, parts ...string) {
	s.key = s.key[:0]
	for _, p := range parts {
		s.key = append(s.key, p...)
	}
	i, ok := t.features[string(s.key)] // no allocation: the compiler elides the conversion
	if !ok {
		return
	}
	lo, hi := t.pairOff[i], t.pairOff[i+1]
	ids, wts := t.classIDs[lo:hi], t.weights[lo:hi]
	for j := range ids {
		s.scores[ids[j]] += wts[j]
	}
}

func suffix(w string, n int) string {
	if len(w) <= n {
		return w
	}
	return w[len(w)-n:]
}

// normalize maps a word onto the form the model was trained on.
func normalize(word string) string {
	if word == "" {
		return word
	}
	first := word[0]
	if first != '-' && strings.IndexByte(word, '-') >= 0 {
		return "!HYPHEN"
	}
	if len(word) == 4 && isDecimalInt(word) {
		return "!YEAR"
	}
	if first >= '0' && first <= '9' {
		return "!DIGITS"
	}
	for i := 0; i < len(word); i++ {
		if c := word[i]; (c >= 'A' && c <= 'Z') || c >= utf8.RuneSelf {
			return strings.ToLower(word)
		}
	}
	return word
}

func isDecimalInt(s string) bool {
	i := 0
	if s[0] == '+' || s[0] == '-' {
		i = 1
	}
	if i == len(s) {
		return false
	}
	for ; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// emoticons is prose's emoticon set (internal/emoticon), which its tagger
// tags SYM.
var emoticons = map[string]bool{
	"(-8": true, "(-;": true, "(-_-)": true, "(._.)": true, "(:": true, "(=": true,
	"(o:": true, "(¬_¬)": true, "(ಠ_ಠ)": true, "(╯°□°）╯︵┻━┻": true, "-__-": true,
	"8-)": true, "8-D": true, "8D": true, ":(": true, ":((": true, ":(((": true,
	":()": true, ":)))": true, ":-)": true, ":-))": true, ":-)))": true, ":-*": true,
	":-/": true, ":-X": true, ":-]": true, ":-o": true, ":-p": true, ":-x": true,
	":-|": true, ":-}": true, ":0": true, ":3": true, ":P": true, ":]": true,
	":`(": true, ":`)": true, ":`-(": true, ":o": true, ":o)": true, "=(": true,
	"=)": true, "=D": true, "=|": true, "@_@": true, "O.o": true, "O_o": true,
	"V_V": true, "XDD": true, "[-:": true, "^___^": true, "o_0": true, "o_O": true,
	"o_o": true, "v_v": true, "xD": true, "xDD": true, "¯\\(ツ)/¯": true,
}

// reader decodes the little-endian model format.
type reader struct {
	b   []byte
	pos int
	err error
}

func (r *reader) bytes(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || r.pos+n > len(r.b) {
		r.err = fmt.Errorf("truncated model: wanted %d bytes at offset %d", n, r.pos)
		return nil
	}
	out := r.b[r.pos : r.pos+n]
	r.pos += n
	return out
}

func (r *reader) u32() uint32 {
	if b := r.bytes(4); b != nil {
		return binary.LittleEndian.Uint32(b)
	}
	return 0
}

func (r *reader) u8() uint8 {
	if b := r.bytes(1); b != nil {
		return b[0]
	}
	return 0
}

func (r *reader) str16() string {
	b := r.bytes(2)
	if b == nil {
		return ""
	}
	return string(r.bytes(int(binary.LittleEndian.Uint16(b))))
}

func (r *reader) u32s(n int) []uint32 {
	b := r.bytes(n * 4)
	if b == nil {
		return nil
	}
	out := make([]uint32, n)
	for i := range out {
		out[i] = binary.LittleEndian.Uint32(b[i*4:])
	}
	return out
}

func (r *reader) f32s(n int) []float32 {
	b := r.bytes(n * 4)
	if b == nil {
		return nil
	}
	out := make([]float32, n)
	for i := range out {
		out[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[i*4:]))
	}
	return out
}
