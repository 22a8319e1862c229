package structure

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// kind is what a paragraph looks like on its own.
type kind uint8

const (
	// kProse is running text: long, or a finished sentence with a verb.
	kProse kind = iota
	// kHeading is a short line that is none of the kinds below: a title,
	// a subheading, a one-word credit.
	kHeading
	// kName is a bare personal name: two to four capitalised words
	// ("Ermek Toktarov", "Tatiana LIPINA", "Dr. Jane van Dyke").
	kName
	// kRole is a position: a short line naming a job title ("Senior
	// Expert", "Head of the Strategic Analysis Department").
	kRole
	// kInstitution is a short line naming an organisation ("Kazakhstan
	// Institute of", "KISI under the RK President").
	kInstitution
	// kContinuation is a short line that starts in lower case ("of the
	// Republic of Kazakhstan"): the wrapped rest of the line above.
	kContinuation
	// kDate is a line that is only a date.
	kDate
	// kByline names the author before the text ("By John Smith, Senior
	// Fellow at ...").
	kByline
	// kTable is a row of a table: columns set apart by runs of spaces, or
	// mostly numbers ("Net 52.9 mln vs 21.9 mln").
	kTable
)

var kindNames = [...]string{"prose", "heading", "name", "role", "institution", "continuation", "date", "byline", "table"}

func (k kind) String() string { return kindNames[k] }

// unit is one paragraph with what the classifier learnt about it.
type unit struct {
	kind kind
	// strongInst is set when an institution line names its organisation
	// with a lexicon word, not only with an acronym.
	strongInst bool
	// titled is set for lines with headline marks: a colon, a question
	// mark, a dash between words, or a first word such as "The" or "Why".
	titled bool
	// endsOpen is set when the line ends with a connector ("of", "and")
	// or a comma: the next line carries on.
	endsOpen bool
	// endsComma is set when the line ends with a comma or colon, endsColon
	// when it ends with a colon.
	endsComma, endsColon bool
	// multiLine is set for a paragraph of several joined lines.
	multiLine bool
	// endsFlat is set when the last word is a function word, determiner,
	// connector or verb from the lexicon ("... said its"): no headline ends
	// so.
	endsFlat bool
	// finished is set when the line ends a sentence (a full stop that
	// closes no abbreviation, "!" or "?").
	finished bool
	// label is set for a line that opens with a bracket or a label such as
	// "NOTE:".
	label bool
	words int
}

// sigLike reports whether u can stand in a signature block. Unless it is
// the lower-case rest of the line above, a line that ends with a colon,
// opens with a label ("NOTE:"), was joined from several wrapped lines or
// finishes a sentence of four or more words is not a signature line.
func (u unit) sigLike() bool {
	if u.kind != kContinuation && (u.endsColon || u.label || u.multiLine || (u.finished && u.words >= 4)) {
		return false
	}
	switch u.kind {
	case kName, kRole, kInstitution, kContinuation, kDate:
		return true
	}
	return false
}

// maxShortBytes bounds the lines the classifier looks into: anything
// longer is prose. It keeps the stage linear with a small constant.
const maxShortBytes = 250

// classify looks at one paragraph. Features, in order of decision:
//
//   - prose: more than 30 words, two sentences, a finished sentence of
//     three or more words with a verb or pronoun from the lexicon, or of
//     five or more mostly lower-case words after a capital, or twenty
//     mostly lower-case words, or a finished sentence wrapped over
//     several lines;
//   - byline: "By" followed by two or more capitalised name words;
//   - date: the whole line is a date;
//   - table: a row of columns set apart by spaces, or a third numbers;
//   - continuation: the first word is lower-case;
//   - name: 2-4 capitalised words (an all-caps surname allowed), no digits,
//     no function or lexicon words;
//   - role or institution: a lexicon word (or, for institutions, an
//     all-caps acronym or two with other words and no numbers: "KISI under
//     the RK President", but not "REUTER E" nor "PROFIT AFTER TAX 17.4
//     mln"); a line without lower-case letters is a heading;
//   - heading: anything else.
func (lx *Lexicon) classify(s string) unit {
	if len(s) > maxShortBytes {
		return unit{kind: kProse, words: 31}
	}
	var (
		u                         unit
		verb, role, inst, acronym bool
		fn, digits, internalStop  bool
		nameOK                    = true
		nameWords, properCase     int
		lowerWords, digitWords    int
		acronyms                  int
		month                     bool
		hasLower                  bool
		first, second             string
		prevStop                  bool
		lastWord                  string
	)
	for w := range words(s) {
		core := trimWord(w)
		if core == "" {
			if w == "-" || w == "–" || w == "—" {
				u.titled = true
			}
			continue
		}
		u.words++
		if u.words > 30 {
			return unit{kind: kProse, words: u.words}
		}
		switch u.words {
		case 1:
			first = w
		case 2:
			second = core
		}
		if r, _ := utf8.DecodeRuneInString(core); unicode.IsLower(r) {
			lowerWords++
		}
		if !hasLower && strings.IndexFunc(core, unicode.IsLower) >= 0 {
			hasLower = true
		}
		if prevStop && startsUpper(core) {
			internalStop = true
		}
		prevStop = endsSentence(w) && !isAbbrev(core)
		lastWord = core
		c := lx.lookup(core)
		if c&clVerb != 0 {
			verb = true
		}
		if c&clRole != 0 {
			role = true
		}
		if c&clInstitution != 0 {
			inst = true
		}
		if c&clFunction != 0 {
			fn = true
		}
		if isAcronym(core) {
			acronym = true
			acronyms++
		}
		d, marks := scanWord(w)
		if !month && len(core) >= 3 && len(core) <= 9 && isMonth(core) {
			month = true
		}
		if d {
			digits = true
			digitWords++
		}
		if marks {
			u.titled = true
		}
		// Name shape.
		switch {
		case !nameOK:
		case c&clParticle != 0 && u.words > 1:
		case c&clHonorific != 0 && u.words == 1:
		case c&(clFunction|clRole|clInstitution|clVerb) != 0:
			nameOK = false
		case isNameWord(core, w):
			nameWords++
			if isProperCase(core) {
				properCase++
			}
		default:
			nameOK = false
		}
	}
	if u.words == 0 {
		u.kind = kHeading
		return u
	}
	u.endsColon = strings.HasSuffix(s, ":")
	u.endsComma = u.endsColon || strings.HasSuffix(s, ",")
	u.endsFlat = lx.lookup(lastWord)&(clFunction|clDeterminer|clConnector|clVerb) != 0
	u.endsOpen = u.endsComma || (lx.lookup(lastWord)&clConnector != 0 && !endsSentence(s))
	if lx.lookup(trimWord(first))&clTitleStart != 0 {
		u.titled = true
	}
	ends := endsSentence(s)
	u.finished = finishes(s)
	if c := firstRune(s); c == '(' || c == '[' {
		u.label = true
	} else if i := strings.IndexByte(s, ':'); i > 0 && i < 12 && !strings.ContainsAny(s[:i], " \t") {
		u.label = true
	}
	// Running text is mostly lower-case words; headlines and positions
	// capitalise theirs.
	lowerMost := lowerWords*10 >= u.words*6 && !unicode.IsLower(firstRune(s))
	u.multiLine = strings.IndexByte(s, '\n') >= 0 // joined hard-wrapped lines
	if internalStop || (ends && verb && u.words >= 3) || (ends && u.multiLine && u.words >= 8) || (ends && u.words >= 5 && lowerMost) ||
		(u.words >= 20 && lowerWords*10 >= u.words*7) {
		u.kind = kProse
		return u
	}
	if (first == "By" || first == "BY" || first == "by") && u.words >= 3 && startsUpper(second) && isByline(s[len(first):]) {
		u.kind = kByline
		return u
	}
	if digits && u.words <= 8 && (month || digitWords <= 3 && strings.ContainsAny(s, "-./")) {
		if _, ok := dateLine(s); ok {
			u.kind = kDate
			return u
		}
	}
	if strings.Contains(s, "   ") || strings.Contains(s, "\t") || (digitWords*3 >= u.words && digitWords >= 2) {
		u.kind = kTable
		return u
	}
	if unicode.IsLower(firstRune(s)) {
		u.kind = kContinuation
		return u
	}
	if !hasLower { // an all-caps line is a shouted headline or a table head
		u.kind = kHeading
		return u
	}
	if nameOK && !digits && !fn && nameWords >= 2 && nameWords <= 4 && properCase >= 1 && !ends && !u.titled {
		u.kind = kName
		return u
	}
	if verb {
		u.kind = kHeading
		return u
	}
	if len(lx.phrases) > 0 && (!role || !inst) {
		c := lx.phraseClass(strings.ToLower(strings.Join(strings.Fields(s), " ")))
		role = role || c&clRole != 0
		inst = inst || c&clInstitution != 0
	}
	switch {
	case inst:
		u.kind, u.strongInst = kInstitution, true
	case role:
		u.kind = kRole
	case acronym && acronyms <= 2 && !digits && u.words >= 3 && u.words <= 12:
		u.kind = kInstitution
	default:
		u.kind = kHeading
	}
	return u
}

// isByline reports whether rest (a line after its leading "By") starts with
// a personal name: capitalised words up to the end, a comma, "and" or "|".
func isByline(rest string) bool {
	n := 0
	for w := range words(rest) {
		core := trimWord(w)
		if core == "and" || core == "&" || w == "|" {
			break
		}
		if !isNameWord(core, w) {
			return false
		}
		n++
		if strings.HasSuffix(w, ",") || n > 4 {
			break
		}
	}
	return n >= 2
}

// words yields the white-space separated words of s.
func words(s string) func(func(string) bool) {
	return func(yield func(string) bool) {
		i := 0
		for i < len(s) {
			for i < len(s) && (s[i] == ' ' || isSpaceAt(s, i)) {
				i += spaceWidth(s, i)
			}
			start := i
			for i < len(s) && s[i] != ' ' && !isSpaceAt(s, i) {
				i++
			}
			if i > start && !yield(s[start:i]) {
				return
			}
		}
	}
}

func isSpaceAt(s string, i int) bool {
	c := s[i]
	if c < utf8.RuneSelf {
		return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsSpace(r)
}

func spaceWidth(s string, i int) int {
	if s[i] < utf8.RuneSelf {
		return 1
	}
	_, n := utf8.DecodeRuneInString(s[i:])
	return n
}

// trimWord strips the punctuation around a word, keeping letters, digits
// and "&".
func trimWord(w string) string {
	a, b := 0, len(w)
	for a < b && w[a] < utf8.RuneSelf && notWordByte(w[a]) {
		a++
	}
	for b > a && w[b-1] < utf8.RuneSelf && notWordByte(w[b-1]) {
		b--
	}
	if (a < b && w[a] >= utf8.RuneSelf) || (b > a && w[b-1] >= utf8.RuneSelf) {
		return strings.TrimFunc(w[a:b], notWordRune) // curly quotes, dashes
	}
	return w[a:b]
}

func notWordByte(c byte) bool {
	return !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '&')
}

// isMonth reports whether w starts with the first three letters of an
// English month name: a cheap filter before the date parser.
func isMonth(w string) bool {
	var b [3]byte
	for i := range b {
		b[i] = w[i] | 0x20
	}
	switch string(b[:]) {
	case "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec":
		return true
	}
	return false
}

// scanWord reports whether w holds a digit, and whether it holds a
// headline mark (":", "?", "!").
func scanWord(w string) (digit, mark bool) {
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case '0' <= c && c <= '9':
			digit = true
		case c == ':' || c == '?' || c == '!':
			mark = true
		}
	}
	return digit, mark
}

func notWordRune(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '&'
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isNameWord reports whether core (raw word w without surrounding
// punctuation) can be part of a personal name: capitalised letters, with
// hyphens and apostrophes inside ("Jean-Paul", "O'Neil"), or an initial
// ("J.").
func isNameWord(core, w string) bool {
	if !startsUpper(core) {
		return false
	}
	if strings.HasSuffix(w, ".") && utf8.RuneCountInString(core) > 2 {
		return false // "Democracy." ends a sentence, not an initial
	}
	for _, r := range core {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' {
			return false
		}
	}
	return true
}

// isProperCase reports whether w is capitalised with a lower-case rest
// ("Smith", not "SMITH" nor "J").
func isProperCase(w string) bool {
	lower := 0
	for i, r := range w {
		if i == 0 {
			continue
		}
		if unicode.IsUpper(r) && i > 0 && w[i-1] != '-' && w[i-1] != '\'' {
			// "McDonald" is fine, "LIPINA" is not proper case.
			if lower == 0 {
				return false
			}
		}
		if unicode.IsLower(r) {
			lower++
		}
	}
	return lower > 0
}

// isAcronym reports whether w is two to six upper-case letters ("KISI",
// "RK", "NATO").
func isAcronym(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// isNumber reports whether w is all ASCII digits.
func isNumber(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// isAbbrev reports whether core, followed by a period, is more likely an
// abbreviation or an initial than the end of a sentence.
func isAbbrev(core string) bool {
	if isNumber(core) {
		return false // "on February 27."
	}
	if utf8.RuneCountInString(core) <= 2 || strings.Contains(core, ".") {
		return true // "J.", "U.S."
	}
	switch core {
	case "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "Inc", "Ltd", "Co", "Corp", "Gen", "Col", "Lt", "Sgt", "Rep", "Sen", "Gov", "vs", "etc", "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No":
		return true
	}
	return false
}
