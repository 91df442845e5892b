#!/usr/bin/env bash
# Scans a large real corpus (the Python standard library on this machine and
# Debian's python3 packages, well over a million lines) and checks that the
# scan neither crashes nor hangs, and that the standard library's files with
# deliberate syntax errors are reported as parse errors rather than dropped.
# The checks live in internal/scan/corpus_test.go; this script finds the
# corpus, installs Debian's python3 packages when missing, and runs the test.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! ls -d /usr/lib/python3.[0-9]* >/dev/null 2>&1 || [ ! -d /usr/lib/python3/dist-packages/flask ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing Debian's python3 and python3-flask (the corpus)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3 python3-flask >/dev/null
  else
    echo "corpus.sh: need /usr/lib/python3.X and python3-flask; install them with apt-get" >&2
    exit 1
  fi
fi

roots=$(ls -d /usr/lib/python3.[0-9]* | head -n 1):/usr/lib/python3/dist-packages
echo "corpus: ${roots//:/ }"
FLASKGUARD_CORPUS="$roots" go test -count=1 -timeout 20m -run '^TestPythonCorpus$' -v ./internal/scan/ | grep -v '^=== RUN'
