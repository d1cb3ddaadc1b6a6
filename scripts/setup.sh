#!/usr/bin/env bash
# Installs what building and testing need on a fresh Debian machine with Swift:
# poppler's core library with its C++ headers (the PDF engine), poppler-utils (pdftotext, used
# by tests and the benchmark as the reference) and Python's jsonschema (the schema tests'
# validator); with --tests also valgrind (the leak check), qpdf (the tests encrypt PDFs with
# it) and Chromium (renders the HTML report headless).
set -euo pipefail
need_apt=()
# The headers of poppler's core (PDFDoc.h, TextOutputDev.h, ...) are its "private" package.
[ -f /usr/include/poppler/TextOutputDev.h ] && pkg-config --exists poppler 2>/dev/null || need_apt+=(libpoppler-private-dev)
# The bridge is C++: the standard library headers (Swift's own install usually brings them).
compgen -G "/usr/include/c++/*/vector" >/dev/null || need_apt+=(libstdc++-12-dev)
command -v pdftotext >/dev/null 2>&1 || need_apt+=(poppler-utils)
command -v pkg-config >/dev/null 2>&1 || need_apt+=(pkg-config)
if [ "${1:-}" = "--tests" ]; then
  command -v valgrind >/dev/null 2>&1 || need_apt+=(valgrind)
  command -v qpdf >/dev/null 2>&1 || need_apt+=(qpdf)
  command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
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
