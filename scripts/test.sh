#!/usr/bin/env bash
# The whole test suite, as CI runs it: formatting, vet, generated files
# current, unit and end-to-end tests, and a short run of every fuzzer.
# FUZZTIME=0 skips the fuzzers (for a quick local loop).
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

step "prerequisites"
./scripts/setup.sh

step "gofmt"
unformatted=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go' -not -path './bench/*'))
if [ -n "$unformatted" ]; then
  echo "gofmt would change:"; echo "$unformatted"; exit 1
fi

step "go vet"
go vet ./...

step "generated docs are current"
go generate ./...
if git rev-parse --git-dir >/dev/null 2>&1; then
  if ! git diff --exit-code -- docs/rules; then
    echo "docs/rules is stale: run 'go generate ./...' and commit the result"; exit 1
  fi
  if [ -n "$(git status --porcelain -- docs/rules)" ]; then
    git status --porcelain -- docs/rules
    echo "docs/rules has new or removed pages: run 'go generate ./...' and commit the result"; exit 1
  fi
fi

step "go test"
go test -count=1 ./...

if [ "${CORPUS:-1}" != "0" ]; then
  step "large real corpus (CORPUS=0 skips)"
  ./scripts/corpus.sh
fi

# An iteration count rather than a duration: with a short duration Go's
# fuzzer sometimes fails with "context deadline exceeded" when time runs out
# mid-run, a flake that says nothing about our code.
fuzztime=${FUZZTIME:-20000x}
if [ "$fuzztime" != "0" ]; then
  step "fuzzing, $fuzztime each"
  # Every native fuzz test in the module, found by name so that a new fuzzer
  # is run without editing this script.
  grep -rl --include='*_test.go' '^func Fuzz' internal | sort | while read -r file; do
    pkg="./$(dirname "$file")"
    for fuzz in $(grep -o '^func Fuzz[A-Za-z0-9_]*' "$file" | sed 's/^func //'); do
      echo "-- $pkg $fuzz"
      go test -run='^$' -fuzz="^${fuzz}\$" -fuzztime="$fuzztime" "$pkg"
    done
  done
fi
echo
echo "all checks passed"
