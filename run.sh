#!/usr/bin/env bash
# Starts postdesk (first run: creates .venv and installs). Arguments go to the postdesk command,
# e.g. ./run.sh demo
set -euo pipefail
cd "$(dirname "$0")"
scripts/ensure-env.sh
exec .venv/bin/postdesk "$@"
