#!/usr/bin/env bash
# One-step setup on Debian/Ubuntu: Qt's system libraries (if missing), a virtual
# environment in .venv and the app installed into it.
#   scripts/setup.sh          the app
#   scripts/setup.sh --test   the app and the test tools
set -euo pipefail
cd "$(dirname "$0")/.."

extras="postgres"
tools=()
if [ "${1:-}" = "--test" ]; then
    extras="postgres,test"
    tools=(poppler-utils)  # pdftoppm: the tests render printed forms to images
fi

# Libraries Qt 6 needs on a bare Debian (xcb for a real screen, EGL/GL and fontconfig
# for everything, including the offscreen platform the tests use).
qt_libs=(libegl1 libgl1 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3
         libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0
         libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0
         libxcb-xkb1 libx11-xcb1 libxrender1 libxi6)
if command -v dpkg-query >/dev/null 2>&1; then
    missing=()
    for pkg in "${qt_libs[@]}" "${tools[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
    done
    if [ "${#missing[@]}" -gt 0 ]; then
        echo "Installing system packages: ${missing[*]}"
        sudo_cmd=""
        [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
        $sudo_cmd apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
fi

python="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
    "$python" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[${extras}]"
