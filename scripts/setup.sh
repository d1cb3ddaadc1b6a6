#!/usr/bin/env bash
# Installs what building and testing need on a fresh Debian machine with Swift:
# poppler-glib and cairo (the PDF engine), poppler-utils (pdftotext, used by tests and the
# benchmark as the reference) and Python's jsonschema (the schema tests' validator).
set -euo pipefail
need_apt=()
pkg-config --exists poppler-glib 2>/dev/null || need_apt+=(libpoppler-glib-dev)
pkg-config --exists cairo 2>/dev/null || need_apt+=(libcairo2-dev)
command -v pdftotext >/dev/null 2>&1 || need_apt+=(poppler-utils)
command -v pkg-config >/dev/null 2>&1 || need_apt+=(pkg-config)
if [ "${1:-}" = "--tests" ]; then
  command -v valgrind >/dev/null 2>&1 || need_apt+=(valgrind)
fi
if [ ${#need_apt[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi
if [ "${1:-}" = "--tests" ]; then
  python3 -c 'import jsonschema' 2>/dev/null || python3 -m pip install -q jsonschema
fi
