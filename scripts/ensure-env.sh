#!/usr/bin/env bash
# Creates .venv and installs postdesk with its dev tools on first use (and again when
# pyproject.toml changes). With --system it also installs the Debian packages the tests use
# (PostgreSQL server, Qt's runtime libraries) when they are missing and we may use apt-get.
set -euo pipefail
cd "$(dirname "$0")/.."

want_system=0
[ "${1:-}" = "--system" ] && want_system=1

missing_debs=()
if [ "$want_system" = 1 ]; then
  have_lib() { ldconfig -p 2>/dev/null | grep -q "$1"; }
  have_lib 'libEGL.so.1' || missing_debs+=(libegl1)
  have_lib 'libGL.so.1' || missing_debs+=(libgl1)
  have_lib 'libxkbcommon.so.0' || missing_debs+=(libxkbcommon0)
  have_lib 'libfontconfig.so.1' || missing_debs+=(libfontconfig1)
  have_lib 'libdbus-1.so.3' || missing_debs+=(libdbus-1-3)
  have_lib 'libglib-2.0.so.0' || missing_debs+=(libglib2.0-0)
  fc-list 2>/dev/null | grep -qi dejavu || missing_debs+=(fonts-dejavu-core)
  if ! command -v initdb >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    missing_debs+=(postgresql)
  fi
  if [ ${#missing_debs[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "Installing Debian packages: ${missing_debs[*]}"
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq
      apt-get install -y -qq --no-install-recommends "${missing_debs[@]}" >/dev/null
    else
      echo "Missing system packages (install them with your package manager): ${missing_debs[*]}" >&2
    fi
  fi
fi

python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  echo "Creating the virtual environment in .venv"
  "$python" -m venv .venv
fi
stamp=.venv/.postdesk-installed
digest=$(sha256sum pyproject.toml | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$digest" ]; then
  echo "Installing postdesk and its dependencies into .venv"
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -e '.[dev]'
  echo "$digest" > "$stamp"
fi
