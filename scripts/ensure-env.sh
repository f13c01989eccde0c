#!/usr/bin/env bash
# Creates .venv and installs postdesk with its dev tools on first use (and again when
# pyproject.toml changes). With --system it also installs the Debian packages the tests use
# (PostgreSQL server, Qt's runtime libraries) when they are missing and we may use apt-get.
# With --gui it checks the libraries Qt's X11 (xcb) platform plugin loads: as root it installs
# the missing ones, otherwise it prints one line naming them with the apt-get command.
set -euo pipefail
cd "$(dirname "$0")/.."

want_system=0
[ "${1:-}" = "--system" ] && want_system=1
want_gui=0
[ "${1:-}" = "--gui" ] && want_gui=1

# soname:package pairs of what libqxcb.so and Qt's GUI module need at run time.
qt_runtime_libs="libEGL.so.1:libegl1 libGL.so.1:libgl1 libxkbcommon.so.0:libxkbcommon0
libxkbcommon-x11.so.0:libxkbcommon-x11-0 libfontconfig.so.1:libfontconfig1 libdbus-1.so.3:libdbus-1-3
libglib-2.0.so.0:libglib2.0-0 libX11-xcb.so.1:libx11-xcb1 libxcb.so.1:libxcb1
libxcb-icccm.so.4:libxcb-icccm4 libxcb-keysyms.so.1:libxcb-keysyms1 libxcb-image.so.0:libxcb-image0
libxcb-render-util.so.0:libxcb-render-util0 libxcb-randr.so.0:libxcb-randr0 libxcb-shape.so.0:libxcb-shape0
libxcb-xinerama.so.0:libxcb-xinerama0 libxcb-xkb.so.1:libxcb-xkb1 libxcb-cursor.so.0:libxcb-cursor0
libxcb-xfixes.so.0:libxcb-xfixes0 libxcb-sync.so.1:libxcb-sync1 libxcb-shm.so.0:libxcb-shm0
libxcb-render.so.0:libxcb-render0"

missing_qt_debs() {
  local pair lib deb
  for pair in $qt_runtime_libs; do
    lib=${pair%%:*}
    deb=${pair##*:}
    ldconfig -p 2>/dev/null | grep -q "$lib" || printf '%s\n' "$deb"
  done
}

if [ "$want_gui" = 1 ] && [ "$(uname -s)" = Linux ]; then
  mapfile -t gui_debs < <(missing_qt_debs)
  if [ ${#gui_debs[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "Installing the Qt runtime libraries: ${gui_debs[*]}"
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq
      apt-get install -y -qq --no-install-recommends "${gui_debs[@]}" >/dev/null
    else
      echo "Отсутствуют библиотеки Qt для окна (${gui_debs[*]}): установите их командой sudo apt-get install ${gui_debs[*]}" >&2
    fi
  fi
fi

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
