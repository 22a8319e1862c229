package sentiment

//go:generate go run ./internal/build -out data/lexicon.tsv -politics data/politics.tsv
