#!/usr/bin/env bash
# Syntax-checks the C++ bridge (Sources/PopplerBridge/*.cc) against poppler source trees and
# prints a table: release → errors (count, first error), and warnings in the bridge's own code.
#
#   tools/poppler-compat/check.sh TREES_DIR [TREE_NAME...]
#
# TREES_DIR holds one poppler source tree per folder (for example TREES_DIR/25.03), each
# configured with cmake (only configured, not built) so that a poppler-config.h exists in its
# build folder; see README.md in this folder. With names, only those trees are checked.
# CXX picks the compiler (default clang++); exit status 1 if any tree gives an error.
set -uo pipefail
cd "$(dirname "$0")/../.."
[ $# -ge 1 ] && [ -d "$1" ] || { echo "usage: $0 TREES_DIR [TREE_NAME...]" >&2; exit 2; }
trees_dir=$1; shift
CXX=${CXX:-clang++}
bridge=Sources/PopplerBridge
files=("$bridge"/*.cc)

if [ $# -gt 0 ]; then names=("$@"); else
  names=(); for d in "$trees_dir"/*/; do names+=("$(basename "$d")"); done
  # Oldest first: release names sort as versions, anything else (master) after them.
  mapfile -t names < <(printf '%s\n' "${names[@]}" | sort -V)
fi

printf '%-10s %-10s %6s %8s  %s\n' tree version errors warnings 'first error'
failed=0
for name in "${names[@]}"; do
  tree=$trees_dir/$name
  config=$(find "$tree" -name poppler-config.h -path '*/poppler/poppler-config.h' -not -path "$tree/poppler/*" 2>/dev/null | head -1)
  if [ ! -f "$tree/poppler/PDFDoc.h" ] || [ -z "$config" ]; then
    printf '%-10s %-10s %6s %8s  %s\n' "$name" '?' - - 'not a configured poppler tree (no poppler/PDFDoc.h or build/poppler/poppler-config.h)'
    failed=1; continue
  fi
  build=$(dirname "$(dirname "$config")")
  version=$(sed -n 's/^#define POPPLER_VERSION "\(.*\)"/\1/p' "$config")
  # Poppler's own folders as system headers: their warnings are not the bridge's.
  flags=(-std=c++20 -fsyntax-only -ferror-limit=0 -Wall -Wextra -I"$bridge/include"
         -isystem "$build" -isystem "$build/poppler" -isystem "$tree" -isystem "$tree/poppler"
         -isystem "$tree/goo" -isystem "$tree/fofi" -isystem "$tree/splash")
  for inc in /usr/include/freetype2; do [ -d "$inc" ] && flags+=(-isystem "$inc"); done
  errors=0 warnings=0 first=
  for f in "${files[@]}"; do
    out=$("$CXX" "${flags[@]}" "$f" 2>&1)
    e=$(grep -c ': error: ' <<<"$out"); w=$(grep -c ': warning: ' <<<"$out")
    errors=$((errors + e)); warnings=$((warnings + w))
    if [ -z "$first" ] && [ "$e" -gt 0 ]; then
      first="$(basename "$f"): $(grep -m1 ': error: ' <<<"$out" | sed 's/^.*: error: //')"
    fi
  done
  [ "$errors" -gt 0 ] && failed=1
  printf '%-10s %-10s %6d %8d  %s\n' "$name" "$version" "$errors" "$warnings" "${first:-}"
done
exit $failed
