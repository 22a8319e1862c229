# commentariat: the two commands of the README, and the tools around them.
#
#   make example   build the binary and run it on the bundled example article
#   make test      run every test, including the DuckDB interoperability check
#
# Both need only Go (and Node.js with npm for the DuckDB check, which
# `make test` installs into interop/node_modules).

GO        ?= go
BIN       := bin/commentariat
EXAMPLE   := example-out
STATICCHECK := honnef.co/go/tools/cmd/staticcheck@v0.8.2

.PHONY: build example test interop lint fuzz bench bench-corpus clean

build:
	$(GO) build -o $(BIN) ./cmd/commentariat

example: build
	rm -rf $(EXAMPLE)
	./$(BIN) run --out $(EXAMPLE) --tokens examples/kisi-2023-03-24.txt
	@echo
	@echo "Tables written under $(EXAMPLE)/: $$(ls $(EXAMPLE) | grep -v '^_' | tr '\n' ' ')"

interop:
	npm ci --prefix interop --no-audit --no-fund --loglevel=error

test: interop
	$(GO) vet ./...
	COMMENTARIAT_REQUIRE_INTEROP=1 $(GO) test -count=1 ./...

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "not gofmt-formatted:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	GOFLAGS=-mod=mod $(GO) run $(STATICCHECK) ./...

# Each fuzzer for FUZZTIME (default 20s); seeds live in testdata/fuzz.
# Minimising each new input is capped at 10 runs: unbounded, it can take
# the whole FUZZTIME on a large input, and the run then ends in "context
# deadline exceeded" instead of fuzzing.
FUZZTIME ?= 20s
fuzz:
	@for pkg in $$($(GO) list ./...); do \
	  for f in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz'); do \
	    echo "== $$pkg $$f"; $(GO) test -run='^$$' -fuzz="^$$f$$" -fuzztime=$(FUZZTIME) -fuzzminimizetime=10x $$pkg || exit 1; \
	  done; \
	done

# Per-stage benchmarks on one core (needs ../shared/corpus for the real-news ones).
bench:
	$(GO) test -run='^$$' -bench=. -benchmem -cpu=1 ./...

# The whole run on ../shared/corpus (21,168 news articles, 20.8 MB):
# documents/s, MB/s and peak memory are in the summary it prints.
bench-corpus: build
	rm -rf /tmp/commentariat-bench
	./$(BIN) run --out /tmp/commentariat-bench ../shared/corpus/
	rm -rf /tmp/commentariat-bench

clean:
	rm -rf bin $(EXAMPLE)
