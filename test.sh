#!/usr/bin/env bash
# Runs the whole test suite (first run: installs what the tests need). Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")"
scripts/ensure-env.sh --system
export QT_QPA_PLATFORM=offscreen
workers=${POSTDESK_TEST_WORKERS:-2}
set +e
.venv/bin/python -m pytest -n "$workers" --dist worksteal "$@"
status=$?
set -e
# pytest's 5 means no test ran: that is a failure for us, not a success.
[ "$status" = 5 ] && { echo "no tests were collected" >&2; exit 1; }
exit "$status"
