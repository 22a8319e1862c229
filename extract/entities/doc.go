// Package entities is the pipeline stage that finds the named entities of
// a document — people, organisations, countries and cities, other places,
// nationalities and political groups, events, laws and dates — and resolves
// their mentions within the document to one entity each, with an id that
// is the same in every document and batch.
//
// It runs after the structure, language and attribution stages: it reads
// sections (titles and signature blocks), sentences, tokens with their
// part-of-speech tags, and the speakers the attribution stage named.
//
//	st, _ := structure.New()
//	lang, _ := language.New()
//	at, _ := attribution.New()
//	ent, _ := entities.New()
//	// run st, lang, at, ent in that order on each document
//
// # How names are found
//
// Calendar dates come first ("March 24, 2023", "December 2022", "since
// 2004", "1996-08-30"). Then each sentence is read for runs of capitalised
// words, joined by the connectors that occur inside names: "of", "for" and
// "on" after a head word ("Institute for Strategic Studies", "Mazhilis of
// the Parliament of the RK"), "and" inside an organisation's complement
// ("Organization for Security and Cooperation in Europe"), "&", a
// collective's possessive ("People's Party") and "under the President"
// after an organisation ("KISI under the President of the RK"). Signature
// lines broken inside a name ("Kazakhstan Institute of" / "Strategic
// Studies") are read as one line.
//
// A run loses its sentence-initial function words and common words
// ("During", "Political"), leading adjectives ("Former") and its leading
// job titles ("Director of the", "Senior Expert", "President"), and is cut
// where a speaker's name, a gazetteer name or a title starts ("President
// of the Republic of Kazakhstan Kassym-Jomart Tokayev" is a GPE and a
// PERSON; "Cofinec CEO Stephen Frater" and "Federal Reserve Board Chairman
// Paul Volcker" an ORG and a PERSON; words that only qualify a title go:
// "Deputy Energy Minister"). An abbreviation's dot that ends the sentence
// stays the name's ("NationsBank Corp."). Hyphenated
// adjectives ("London-based") and weekdays end a run.
//
// # How names are typed
//
// In order of strength: a gazetteer (countries, their official and common
// names, capitals, cities of 100,000 people or more, regions,
// nationalities, continents and world regions, international
// organisations and well-known media; banks, brokers and auditors named
// after people, "Merrill Lynch", "Smith Barney", which would otherwise
// read as persons, even when they speak: internal/names.Firm), a speaker
// named by the attribution
// stage, a speaker's affiliation ("an analyst at Merrill Lynch", "chief
// executive of Xstrata", "Merrill Lynch analyst": an ORG, unless the
// gazetteer or a person's full name in the document says otherwise), a
// head word (Institute, Party, Ministry ... make an ORG; Act, Code,
// Constitution a LAW; Games, Cup, Summit an EVENT; Sea, River, Valley a
// LOC), then context: a title before the name ("Mr", "President"), a verb
// of saying after it, a known first name, a noun for a kind of business
// before it ("cables giant Pirelli", "the carmaker Fiat"; not before a
// given name: "film maker Theo van Gogh"), a noun such as "party" after it,
// "in" before a lone word, "the town of" before it, a demonym's ending
// before a lower-case noun ("the Transylvanian town": NORP). A place's name next
// to capitalised common words names an organisation ("Bristol City",
// "Hong Kong Standard", "Statistics Canada"), and a compass point before a
// place a place ("West Berlin"). A run
// with none of these is a PERSON when it is two to four name-like words
// (not all of them English words that are never capitalised, none of them
// used in lower case in the document), and an ORG otherwise; acronyms are
// ORG, and so is a lone unknown capitalised word unless it has a family
// name's ending (-ov, -enko, -ski, -ez, -son ...).
//
// The document then agrees with itself: a name typed on strong evidence
// gives its type to its other occurrences, a surname takes its full name's
// type (a lone word with no evidence of its own is a person when it is the
// surname of a name the document types PERSON, however weakly; a lone
// English word, "Straw", "Shearer", "Cable", only when it is the surname
// of a person the document names in full on good evidence), an
// acronym takes the type of the name it abbreviates ("PPK" after
// "People's Party of Kazakhstan"), and the unknown members of a list
// ("Amanat, Auyl, Respublica, and the People's Party of Kazakhstan") take
// the type of the known ones. Headlines, section titles, quoted titles and
// all-caps lines, where capitals say nothing, are searched only for names
// found elsewhere in the document and for gazetteer names. In tables of
// figures, the labels of rows ("Shr 1.04 dlrs vs 87 cts", "M1 63.02
// 62.83") and abbreviations without a vowel ("Qtr", "Chg") are no names.
//
// In a report on sport (a document filed under sport by its metadata,
// whose headline names a sport, or that holds three or more different
// words only such reports use often: "striker", "innings", "half-time",
// "football", a score such as "2-1"), a town's or region's name is the
// club named after it ("Leeds beat Everton", "Newcastle striker Alan
// Shearer": ORG) except where it is a place: after "in", "at", "near" or
// a word of motion and "to" ("flew back to Leeds"), in a dateline (also
// with a region: "MILWAUKEE, Wisconsin 1996-08-29"), opening a line of
// results before a colon ("Leicester : Leicestershire beat Somerset"),
// after a stadium's name and a comma or a country's possessive, or
// modifying a noun after an article, a possessive or a year ("the London
// marathon"). Countries keep their type: a national side goes by its
// country's name. A capitalised plural English word in mid-sentence is a
// team's nickname there ("Wasps beat Saracens", "the Lions"), unless it
// ends an event's name ("the Games"); after a town's name it is part of
// the club's ("Leeds Rhinos", "Cleveland Indians"). Names on lines of
// results (name, score, name, score) and of league tables (a name and six
// whole numbers or more) are clubs, there and in the prose ("Crystal
// Palace 1 Norwich 0").
//
// Other rules of context: "of" after a person's name opens no
// organisation's name ("Economist Joel Naroff of First Union"); "St",
// "Mt" and "Ft" open places' names ("St Louis"); a lone given name is the
// person the document names in full with it ("I spoke to Alan" after Alan
// Shearer); a word opening a sentence that the tagger reads as no name is
// kept only where the document makes it a surname ("Yeltsin has said") or
// the first word of a firm's name made of it and legal forms ("Texaco"
// beside "Texaco Inc"); the Olympic Games are an event by one word too
// ("an Olympic champion").
//
// # How mentions are resolved
//
// Longer names are resolved first, so that short forms find their full
// form: a surname joins the person whose surname it is (spellings folded
// by internal/names: "Tazhibaev" and "Tazhibayev"), an upper-case variant
// ("Tatiana LIPINA") joins by the person key; an acronym joins the name
// whose initials it spells ("RK", "PPK", and with one letter from inside a
// word, transliterated acronyms such as KISI for the Kazakhstan Institute
// for Strategic Studies), or the expansion a gazetteer gives it (OSCE, UN,
// CEC); "the Senate" joins "Senate of the Parliament of the RK", which has
// the same head word; names that differ only in stop words and an "under
// the ..." clause are one entity. Gazetteer names join their canonical
// entity ("Republic of Kazakhstan" and "Kazakhstan").
//
// # Identifiers
//
// An entity's id is names.EntityID of its type and a canonical name: for a
// PERSON, names.PersonID of the fullest name (the speaker's id when the
// person is a speaker, so that a speaker and the person mentioned share
// one id); for gazetteer entities the gazetteer's canonical name, so the
// same country or organisation has the same id in every document; for
// other names the fullest form without an "under the ..." clause; for
// dates the ISO form of the date (2023-03-19, 2023-03, 2022).
//
// # Speakers
//
// The stage corrects the attribution stage's speakers where its types
// know better: a speaker known by one word that the document names as an
// organisation, a group or a place ("Texaco said") becomes an institution
// with that entity's id; a "he" or "she" that the attribution stage sent
// back to a name found before it, no statement naming that speaker, names
// nobody when the name is a place's, an event's or an organisation's
// ("Prices rose in New York. He said ...").
//
// # Data
//
// The gazetteers under data/ are built by gen/fetch.sh (go generate) from
// openly licensed sources, and data/hand.txt is written by hand; see
// LICENSES.md. Evaluation data was never used to write or tune them.
package entities
