# flaskguard developer tasks. `make help` lists them.
.DEFAULT_GOAL := help
GO ?= go

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-10s %s\n", $$1, $$2}'

build: ## build bin/flaskguard
	$(GO) build -o bin/flaskguard ./cmd/flaskguard

test: ## the whole test suite, as CI runs it
	./scripts/test.sh

lint: ## gofmt and go vet
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || (gofmt -l $$(git ls-files '*.go'); exit 1)
	$(GO) vet ./...

generate: ## regenerate docs/rules from the rules' doc comments
	$(GO) generate ./...

golden: ## refresh golden files after an intended output change
	$(GO) test ./internal/report/... ./internal/cli/... -update

bench: ## go benchmarks, then the end-to-end scan benchmark
	$(GO) test -run '^$$' -bench . -benchmem ./internal/python/ ./internal/scan/
	./scripts/bench.sh

fuzz: ## every fuzzer for FUZZTIME (default 30s, or an iteration count such as 100000x) each
	FUZZTIME=$${FUZZTIME:-30s} ./scripts/test.sh

corpus: ## scan the Python standard library and Debian's python3 packages
	./scripts/corpus.sh

.PHONY: help build test lint generate golden bench fuzz corpus
