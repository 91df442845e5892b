#!/usr/bin/env bash
# Scans a large real corpus: the Python standard library of this machine's
# python3 (with its test suite, which holds files with deliberate syntax
# errors) and Debian's python3 packages, well over a million lines. It checks
# that the scan neither crashes nor hangs, reads every file, and reports as
# parse errors the files CPython itself rejects. The checks live in
# internal/scan/corpus_test.go; this script prepares the corpus and the
# list of invalid files (found with CPython's own ast.parse).
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/setup.sh
stdlib=$(python3 -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')
roots="$stdlib:/usr/lib/python3/dist-packages"
invalid=$(mktemp)
trap 'rm -f "$invalid"' EXIT
python3 - "$invalid" "$stdlib" /usr/lib/python3/dist-packages <<'PY'
import ast, os, sys, warnings
warnings.simplefilter("ignore")
out = open(sys.argv[1], "w")
for root in sys.argv[2:]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in ("site-packages", "dist-packages", "__pycache__")
                       and not os.path.exists(os.path.join(dirpath, d, "pyvenv.cfg"))]
        for name in filenames:
            if name.endswith(".py"):
                path = os.path.join(dirpath, name)
                try:
                    ast.parse(open(path, "rb").read())
                except (SyntaxError, ValueError):
                    print(path, file=out)
PY
echo "corpus: ${roots//:/ } ($(wc -l <"$invalid") files CPython rejects)"
FLASKGUARD_CORPUS="$roots" FLASKGUARD_CORPUS_INVALID="$invalid" \
  go test -count=1 -timeout 20m -run '^TestPythonCorpus$' -v ./internal/scan/ | grep -v '^=== RUN'
