#!/usr/bin/env bash
# Scores the taint analysis and the API rules on an OWASP-Benchmark-style
# suite: the project's own (testdata/taintbench, the default) or another one
# laid out the same way (a folder with testcode/ and expectedresults.csv).
# Prints TP/FP/TN/FN, TPR, FPR and TPR-FPR per class.
#   scripts/taintbench.sh [SUITE_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
suite=${1:-testdata/taintbench}
[ -f "$suite/expectedresults.csv" ] || { echo "taintbench: $suite/expectedresults.csv not found" >&2; exit 2; }
go build -o bin/flaskguard ./cmd/flaskguard
report=$(mktemp)
trap 'rm -f "$report"' EXIT
# Exit code 1 only means findings were reported, which is expected here.
bin/flaskguard scan --format json --output "$report" "$suite" || [ $? -eq 1 ]
go run ./tools/scorebench -expected "$suite/expectedresults.csv" -results "$report"
