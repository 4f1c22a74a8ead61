#!/usr/bin/env bash
# CSMM Desktop from a source checkout.
#   ./run.sh          start the app (first run: creates .venv, installs, adds the demo client)
#   ./run.sh test     run the whole test suite (extra arguments go to pytest)
set -euo pipefail
cd "$(dirname "$0")"
venv=${CSMM_VENV:-.venv}
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
stamp="$venv/.csmm-installed"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  "$venv/bin/python" -m pip install --quiet --upgrade pip
  "$venv/bin/python" -m pip install --quiet -e ".[test]"
  touch "$stamp"
fi
case "${1:-app}" in
  test)
    shift || true
    # On every core (pytest-xdist), a test file's tests on one worker: the files that build
    # a store or a set of reports once for all their tests (module fixtures) build it once.
    exec "$venv/bin/python" -m pytest -n auto --dist loadfile "$@"
    ;;
  app)
    shift || true
    if [ -z "$("$venv/bin/csmm-desktop" "$@" clients)" ]; then
      "$venv/bin/csmm-desktop" "$@" demo >/dev/null  # first start: the demo client is there
    fi
    exec "$venv/bin/csmm-desktop" "$@"
    ;;
  *)
    echo "usage: ./run.sh [app [--data-dir DIR] | test [pytest args]]" >&2
    exit 2
    ;;
esac
