// Package attribution is the pipeline stage that finds who said what: the
// statements of a document (Document.Statements) and the speakers they are
// attributed to (Document.Speakers).
//
// It runs after the structure stage (sections, paragraphs, signature
// lines) and the language stage (sentences, tokens, part-of-speech tags),
// and finds three kinds of statement:
//
//   - direct: the words inside quotation marks (straight, curly, guillemets
//     and „low-high“ quotes, a straight mark closed by a curly one or the
//     other way round, a quote that runs over several paragraphs
//     reopening each one), attributed by a cue after the quote ("...,"
//     said Tulindinova / Kaliyev said / the expert noted / "...?" she
//     asked / "..." — Jane Doe), before it (Kaliyev said: "...", "...,
//     saying, "...""), or, for a quote that opens a sentence without a
//     cue, carried over from the statement just before it ("Political
//     scientist X said, in turn, that ..." followed by the quote) unless
//     a sentence about someone else comes between them. Words that open
//     the sentence before such a quotation ("With thousands of systems,
//     "there is no single point of failure," he said") are reported
//     too: they become an indirect statement with the quotation's cue;
//     before a subject whose cue a quotation follows, only a subordinate
//     clause is ("So when the deal came, Mr. Barrett said, "we were
//     floored.""), not a phrase about the speaker or the occasion
//     ("Speaking to the Heritage Foundation, Heller said, "...""). A
//     line break inside a paragraph of wrapped prose does not end the
//     sentence a quotation is read in ("Brian Kissack, president of the
//     Foreign Banks Association,\ntold Reuters, "..."" is Kissack's, not
//     Reuters'); a quotation after a comma that ends a clause a cue
//     reports belongs to that reported clause ("said Bangladesh feared a
//     drop in prices, "which will affect our earnings""); a comment
//     clause may introduce a quotation ("But as State Treasurer Ann
//     Richards said last Thursday, "..."").
//     The turns of an interview or debate transcript are direct too: a
//     paragraph that opens with a speaker's name in capitals and a colon
//     ("PENCE: Well, look, ...", "SEN. WARREN: ...") is that speaker's,
//     with the cue "transcript", running over the paragraphs after it
//     that reopen the quotation, up to the next turn or an aside
//     ("(CROSSTALK.)"). A label counts when it names a person (a title or
//     given name, or a surname the document gives in full: "Mike Pence"
//     for "PENCE") or, in a document with such turns, comes back ("the
//     interviewer "WALLACE""); two turns are needed, so headings
//     ("UPDATE:", "NOTE:") are none. Quotations inside a turn are its
//     speaker's words;
//   - indirect: reported speech. The statement's span is the reported
//     content, not the cue: "According to X, CONTENT", "CONTENT, according
//     to X", "X said (that) CONTENT", "X expressed the hope that CONTENT",
//     "CONTENT, X said", "CONTENT, said X", "PART, X told me, PART",
//     "X told reporters CONTENT" (an audience, then a clause of its own),
//     "X said in a statement CONTENT", "X said on Monday CONTENT",
//     "X urged voters to CONTENT", "X called the plan "a disaster"",
//     "what X called "a rant"", "X's claim that CONTENT", and headlines
//     ("..., Lindsey Graham Says"). Before a cue after the content, the
//     subject may be a group named by what its members are, where they
//     are or who wrote ("officials and seismologists", "unions at the
//     Italian carmaker", "a report by the watchdog": nobody named) or a
//     name with its acronym in apposition ("the Organisation for Economic
//     Cooperation and Development, OECD, said"), and a short adverbial
//     may follow the cue ("said here", "told the Commons on Tuesday");
//     a time adverbial or a phrase between commas may stand between
//     subject and verb ("The Fed in February said", "X, in an interview
//     with Reuters, said"), and reported content may open with an idiom
//     or a phrase of time ("said at present ...", "said in 1985 ...").
//     "X did something but said CONTENT" reports X; reported content may
//     open with a subordinate clause ("said while production stayed
//     below quota, sales might exceed output"). A quotation inside the
//     reported clause
//     stays part of it ("said that there are "some people" who ..."). The
//     clause ends at the end of the sentence, at "and"/"but" before a
//     second verb of saying or a clause with a subject of its own, and at
//     a comma before a new statement. Inside a signed piece only
//     quotations are extracted: the piece as a whole is the author's.
//   - authored: the body of a section with a signature block, attributed
//     to the person the block names, or to its position and institution
//     when it names no one.
//
// Reported content of ten words or fewer with no verb and no quotation
// that opens with a preposition, adverb or conjunction, or is one word,
// is a phrase left over from parsing ("In a statement", "Under existing
// law", "But"), not a statement, unless it leads into a quotation.
//
// Every statement carries its cue (the lower-cased verb or phrase,
// "signed" for authored pieces) and the cue's span.
//
// Speakers are resolved within the document, an abbreviated office before
// a name read as a role ("Sen. Elizabeth Warren" is Elizabeth Warren, a
// senator): "Zhanar Tulindinova" and later
// "Tulindinova" are one speaker, and so are "Tazhibayev" and "Tazhibaev"
// (internal/names.SameWord), "Tatiana LIPINA", "Zhao" and "Zhao Ziyang" (a
// family name written first), and "De Clercq" and "Willy De Clercq". A
// pronoun ("he said") or a definite descriptor ("the expert added",
// "concluded the Kyrgyz expert") refers to the last speaker named before it
// in the same section; an indefinite or plural one ("a source",
// "officials", "another") keeps its words as SpeakerText but names no
// speaker, and so does a "they" that goes on quoting such a group ("...,
// officials said. They said ..."); "they" never goes back to one person
// named before. An unnamed person ("a State Department official said")
// goes on speaking through a "he" or "she" that follows before anyone
// else is named or quoted, and through a descriptor with the same head
// ("the official said") until someone named is quoted, and through that
// descriptor for the rest of the section unless the person named since
// holds that role ("one official said ... Baker said ... the official
// said"); neither goes back to the speaker named before that person, and
// "the aide" after "The White House aide said" (a definite descriptor
// that fits nobody) stays that unnamed aide. When nobody has been quoted
// yet, a pronoun goes back to the last person named, but a descriptor
// only to a name whose roles say so, or that it gives an age ("the
// 30-year-old"): "his lawyer" and "the report" are nobody named before.
// An office descriptor fits a speaker only if the words that tell one
// office from another are theirs too ("the foreign secretary" is not the
// "Home Secretary"). A surname quoted first ("Mr Straw said") is the one
// person the section named in full before with that surname and no other
// gender ("Jack Straw has attacked ..."), who gives the speaker its name
// and roles. "It" goes back to the institution quoted last in the
// section ("Acme Corp said ... It said ..."), to a name quoted last with
// nothing personal about it ("the China Daily said ... It said", which
// makes it an institution), unless the clause or the sentence before has
// another name for its subject ("While Poland is unlikely to ..., it
// says"), or to the unnamed source just quoted ("the study said ... It
// added ..."; not people: "company sources said ... It said" is the
// company's), never to a person, nor to a one-word name the document
// writes after a given name or a title ("Michael Howard ... Howard"). An institution's head word alone ("the
// Bank said", "the ministry said") is the institution with that head
// quoted last ("the Reserve Bank of Australia"), whoever spoke in between;
// "the company" is the institution quoted last when its name may be a
// firm's (one word, or a company's form at its end: "Kodak", "Norton
// co"), else the firm the sentence before is about (its subject, not a
// copula's nor inside reported content: "RJR Nabisco Inc filed with the
// SEC ... The company said"), else the institution quoted last whose
// name fits, else the firm named last before. A firm's initials ("S and
// P") are its name, and the firm named before with those initials
// ("Standard and Poor's Corp"); "Moody's said" (a possessive right before
// the finite verb) is a firm's name; "which said" after an institution
// is the institution's, and a statement inside a relative clause between
// commas ends before the main verb ("X, who said A, said B": two
// statements). A name after "the" is an
// institution's ("the China Daily", "the Tories"), unless it may describe
// a person ("the American", "the Texas Democrat", "the Crown Prince").
//
// People's names joined by "and" ("Ann Smith and Bob Jones said", "Ann
// Smith, Bob Jones and Carl Wu said", "Senators Tom Lee and Mary Poe said")
// make a joint statement: Speaker is the first, CoSpeakers the others, a
// plural title before them is each one's, and "they" after it goes back to
// all of them. A name counts as a person's there when it starts with a
// title, a given name or an initial and holds no institution's head or
// company's form ("Procter and Gamble", "Red Cross and Red Crescent
// Societies" stay institutions).
//
// Institutions speak too: names with "and" or a possessive inside are read
// whole ("the Department of Trade and Industry", "Moody's said", "Standard
// and Poor's said"), and so is an administration named after its leader
// ("the Reagan administration said"). People described at a workplace name
// nobody ("Analysts at Goldman Sachs said", "an economist with the bank
// said"), but a spokesman for an institution speaks for it ("a spokesman
// for the Foreign Ministry said": the ministry; not so for a person, "a
// spokesman for Michael Howard"). A participle's phrase between the subject
// and its verb is skipped ("NCR Corp, earlier reporting higher profit,
// said"), and so is an aside between dashes ("Deutsche Bank - itself a
// target of a lawsuit - said"), a reflexive ("Henson himself says") and a
// former name ("PHLCorp, formerly Baldwin-United Corp, said"). People
// described by a place or a group ("the U.S. agriculture counselor in
// Moscow", "A spokesman at Airbus headquarters in Toulouse", "sources
// close to the ministry") name nobody: neither the place nor the people
// they are close to speak. A name before its description is the speaker
// ("Howard Archer, economist at Global Insight said"), and so is a titled
// name after a descriptor ("hunt master, Captain Ian Farquhar, said").
// Bracketed words inside a firm's name are part of it ("Nikko Securities
// Co (Europe) Ltd"), and a title between names is a title whatever its tag
// ("Tigers coach John Wells"). So are particles ("Eric de Villegas de
// Clercamp"), a number ending an institution's name ("Transport 2000"), a
// stock ticker inside a title ("Generale de Banque SA <GENB.BR> president
// Eric ..."), and a given name or surname the tagger read otherwise
// ("Theodore Brophy", "Ruding said"). A title left without its closing
// comma still describes the name before it ("Theodore Brophy, chairman of
// GTE said"), a relative clause may stand between a descriptor and its
// verb ("one official, who asked not to be identified, told Reuters";
// the request for anonymity is not reported), and a descriptor may hold
// an "of" phrase ("the maker of industrial equipment", "one of the
// sources", "members of Congress": people of an institution, not the
// institution).
//
// Verbs of telling, warning, advising and instructing report directives
// ("told film-makers not to ignore other routes") when one noun phrase
// stands before "to"; an audience of any short noun phrase may come
// before a reported clause ("told a military parade there was no
// tension", "told securities analysts business is good", "told Reuters
// Brazil was not planning"). The reported clause may follow an aside, a
// time phrase or a phrase and a comma after the cue ("said, as previously
// announced, he will", "said this week he would", "said in March 1986,
// sales were"), and a cue may open the next line of wrapped prose after a
// quotation. A phrase or subordinate clause that opens the reported clause
// before a comma belongs to it ("said by the end of 1987, more than 1.6
// billion dlrs would be downgraded", "said without the rise of the mark,
// orders would have been higher"). A source quoting someone is not the
// speaker: "The company quoted Boyd Jefferies as saying, "..."", "the
// NRC quoted the official as saying", "Nakasone was quoted by Kyodo News
// Service as saying" report the person quoted, with the cue "saying".
// The reported clause's subject may
// carry an aside between commas ("said other countries, such as Japan and
// West Germany, also needed", "told MPs the Lord Chancellor, Lord
// Falconer, was insisting"), though not a firm's name written with a comma
// ("Smith Barney, Harris Upham and Co Inc").
//
// Roles and affiliations come from appositions ("X, Director of the
// Institute of Y, said") and relative clauses ("X, who leads the Democratic
// Party, said"), from titles before a name ("Political scientist X", "the
// Vice-President of Y X") and from signature lines; a place after "in" ends
// an affiliation ("an analyst at Lehman Brothers in Tokyo"), and so do a
// relative clause, a dash, a verb and a company's abbreviated form before
// a new sentence ("BT Wholesale which provides ...", "PaineWebber Group
// Inc. He said ..."); a bracket left open is dropped. Speaker.ID is
// names.PersonID of the canonical name for people and names.EntityID("ORG",
// ...) for institutions.
//
// The rules read word lists (cue verbs, verbs that only close a quote,
// verbs of calling and promising, nouns of saying, job titles,
// institution head words, descriptors) from lexicon.txt, written by hand
// from general knowledge of English news style and of the reporting verbs
// English grammars list, and embedded; WithLexicon replaces it. Everything is
// linear in the number of tokens, apart from small bounded windows around
// each cue.
package attribution
