#!/usr/bin/env bash
# Starts postdesk (first run: creates .venv and installs). Arguments go to the postdesk command,
# e.g. ./run.sh demo
# Before a window opens, the Qt runtime libraries are checked (installed when run as root);
# if Qt's window-system plugin still fails, the reason is printed instead of a silent exit.
set -euo pipefail
cd "$(dirname "$0")"

starts_window() {
  [ $# -eq 0 ] && return 0
  case "$1" in
    demo) for arg in "$@"; do [ "$arg" = "--no-gui" ] && return 1; done; return 0 ;;
    gui) return 0 ;;
    *) return 1 ;;
  esac
}

if starts_window "$@"; then
  scripts/ensure-env.sh --gui
  status=0
  .venv/bin/postdesk "$@" || status=$?
  if [ "$status" = 134 ] || [ "$status" = 6 ]; then
    echo "Qt не смог открыть окно (платформенный модуль ${QT_QPA_PLATFORM:-xcb}): запустите с QT_DEBUG_PLUGINS=1, чтобы увидеть недостающую библиотеку, и установите её (sudo apt-get install ...)" >&2
  fi
  exit "$status"
fi
scripts/ensure-env.sh
exec .venv/bin/postdesk "$@"
