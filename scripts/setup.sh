#!/usr/bin/env bash
# Installs what the tests need beyond Go and gcc: Debian's python3 with Flask
# (the taint benchmark's ground truth is checked by running its cases, and
# the corpus test scans Debian's python3 packages). Idempotent and quiet.
set -euo pipefail
if /usr/bin/python3 -c 'import flask, jinja2, markupsafe, werkzeug' >/dev/null 2>&1 &&
   [ -d /usr/lib/python3/dist-packages/flask ]; then
  exit 0
fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "setup.sh: install Debian's python3-flask (apt-get install python3-flask) and run again" >&2
  exit 1
fi
echo "setup: installing Debian's python3-flask and friends"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3 python3-flask python3-flask-limiter \
  python3-flask-talisman python3-flaskext.wtf >/dev/null
