package themes

// stopwords are English function words and the most general verbs and
// adverbs, which never start or end a key phrase. Hand-written from general
// knowledge of English (after the usual lists of information retrieval:
// articles, pronouns, prepositions, conjunctions, auxiliaries).
var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{
		"a", "about", "above", "across", "after", "again", "against", "ago", "all", "almost",
		"along", "already", "also", "although", "always", "am", "among", "an", "and", "another",
		"any", "anyone", "anything", "are", "around", "as", "at", "away", "back", "be", "became",
		"because", "become", "been", "before", "being", "below", "between", "both", "but", "by",
		"can", "cannot", "could", "did", "do", "does", "doing", "done", "down", "during", "each",
		"either", "else", "enough", "even", "ever", "every", "few", "first", "for", "from",
		"further", "get", "gets", "got", "had", "has", "have", "having", "he", "her", "here",
		"hers", "herself", "him", "himself", "his", "how", "however", "i", "if", "in", "into",
		"is", "it", "its", "itself", "just", "last", "least", "less", "let", "like", "made",
		"make", "many", "may", "me", "might", "more", "most", "much", "must", "my", "myself",
		"near", "neither", "never", "new", "next", "no", "nor", "not", "now", "of", "off", "often",
		"on", "once", "one", "only", "or", "other", "others", "our", "ours", "ourselves", "out",
		"over", "own", "per", "perhaps", "quite", "rather", "really", "said", "same", "say",
		"says", "second", "see", "seen", "several", "shall", "she", "should", "since", "so",
		"some", "someone", "something", "still", "such", "than", "that", "the", "their",
		"theirs", "them", "themselves", "then", "there", "these", "they", "thing", "things",
		"this", "those", "though", "three", "through", "thus", "to", "today", "together", "too",
		"toward", "towards", "two", "under", "until", "up", "upon", "us", "very", "via", "was",
		"way", "we", "well", "were", "what", "whatever", "when", "where", "whether", "which",
		"while", "who", "whom", "whose", "why", "will", "with", "within", "without", "would",
		"yet", "you", "your", "yours", "yourself", "mr", "mrs", "ms", "dr", "etc", "eg", "ie",
		"lot", "lots", "kind", "sort", "part", "case", "fact", "time", "times", "yesterday",
		"tomorrow", "week", "weeks", "year", "years", "month", "months", "day", "days",
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"certain", "different", "various", "own", "able", "likely", "possible", "big", "small",
		"good", "great", "high", "large", "little", "long", "old", "other", "recent", "top",
		"s", "t", "'s", "n't", "'re", "'ve", "'ll", "'d", "'m",
	} {
		m[w] = true
	}
	return m
}()

// months are the month names, which are no key term when written as one
// (a proper noun: "in March"), though "march" as a common noun may be.
var months = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december", "jan", "feb", "mar", "apr",
		"jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"} {
		m[w] = true
	}
	return m
}()
